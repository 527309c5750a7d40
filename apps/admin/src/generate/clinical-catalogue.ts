/**
 * The clinical vocabulary the generator draws from, with the rough frequencies seen on a
 * telehealth platform. Weights are relative, not probabilities.
 */

/** Patient needs and clinician specialties (snake_case), with how common each one is. */
export const NEEDS: readonly { key: string; weight: number }[] = [
  { key: 'anxiety', weight: 10 },
  { key: 'depression', weight: 9 },
  { key: 'stress', weight: 6 },
  { key: 'trauma', weight: 5 },
  { key: 'relationship_issues', weight: 5 },
  { key: 'self_esteem', weight: 4 },
  { key: 'adhd', weight: 4 },
  { key: 'ptsd', weight: 3 },
  { key: 'life_transitions', weight: 3 },
  { key: 'grief', weight: 3 },
  { key: 'insomnia', weight: 3 },
  { key: 'panic_disorder', weight: 2.5 },
  { key: 'substance_abuse', weight: 2.5 },
  { key: 'bipolar', weight: 2 },
  { key: 'ocd', weight: 2 },
  { key: 'lgbtq_issues', weight: 2 },
  { key: 'eating_disorders', weight: 1.5 },
  { key: 'anger_management', weight: 1.5 },
  { key: 'postpartum', weight: 1.2 },
  { key: 'schizophrenia', weight: 0.8 },
];

/**
 * Therapy modalities grouped into families of related approaches. A patient's hidden taste is
 * for a family, not one named modality, which is how people actually describe what worked.
 */
export const MODALITY_FAMILIES: readonly (readonly string[])[] = [
  ['cbt', 'dbt', 'exposure_therapy'],
  ['act', 'mindfulness', 'emdr'],
  ['psychodynamic', 'family_systems', 'interpersonal', 'person_centered'],
  ['solution_focused', 'motivational_interviewing'],
];

export const MEDICATION_MODALITY = 'medication_management';

/** Years-of-experience bands a patient may prefer without saying so. */
export const EXPERIENCE_BANDS: readonly { min: number; max: number }[] = [
  { min: 1, max: 4 },
  { min: 5, max: 14 },
  { min: 15, max: 35 },
];

/** Licence credentials, by what the clinician offers. */
export const THERAPY_CREDENTIALS = ['LCSW', 'LMFT', 'LPC', 'PsyD', 'PhD'] as const;
export const PRESCRIBER_CREDENTIALS = ['MD', 'PMHNP'] as const;

/** The prefix of a state licence number for each credential. */
export const LICENSE_PREFIX: Record<string, string> = {
  LCSW: 'LCSW',
  LMFT: 'LMFT',
  LPC: 'LPC',
  PsyD: 'PSY',
  PhD: 'PSY',
  MD: 'MD',
  PMHNP: 'APRN',
};

/** Extra certifications, each tied to a specialty or modality that makes it plausible. */
export const CERTIFICATIONS: readonly { name: string; when: string }[] = [
  { name: 'Certified EMDR Therapist', when: 'emdr' },
  { name: 'Certified Clinical Trauma Professional', when: 'trauma' },
  { name: 'Certified Eating Disorder Specialist', when: 'eating_disorders' },
  { name: 'Certified Addiction Counselor', when: 'substance_abuse' },
  { name: 'Perinatal Mental Health Certification', when: 'postpartum' },
  { name: 'Gottman Method Level 2', when: 'relationship_issues' },
  { name: 'DBT Intensive Training', when: 'dbt' },
  { name: 'Certified Grief Counselor', when: 'grief' },
  { name: 'CBT-I Sleep Certification', when: 'insomnia' },
  { name: 'ADHD Clinical Services Provider', when: 'adhd' },
];

export const SPECIAL_POPULATIONS = [
  'veterans',
  'lgbtq',
  'college_students',
  'new_parents',
  'first_responders',
  'bipoc',
  'chronic_illness',
  'couples',
  'healthcare_workers',
  'immigrants',
] as const;

/** Goals a registered patient writes down, keyed loosely to the needs they stated. */
export const THERAPY_GOALS = [
  'reduce_anxiety',
  'improve_mood',
  'manage_stress',
  'build_coping_skills',
  'improve_relationships',
  'process_trauma',
  'improve_sleep',
  'boost_self_esteem',
  'medication_review',
  'work_life_balance',
  'grief_support',
  'stay_sober',
] as const;

/**
 * Time slots as patients type them: the same slot appears singular or plural (the import folds
 * both to one value), and the spelling is kept as typed.
 */
export const TIME_SLOT_SPELLINGS: readonly (readonly string[])[] = [
  ['morning', 'mornings'],
  ['afternoon', 'afternoons'],
  ['evening', 'evenings'],
  ['weekends', 'weekend'],
];

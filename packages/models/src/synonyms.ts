/**
 * Synonym tables: canonical value → other spellings that mean the same thing. They are data, not
 * code, so the API can publish them with the vocabularies and clients can build forms from them.
 *
 * Every synonym is written in folded form (lower case, snake_case, no accents; see `foldKey`), and
 * a canonical value's own folded form never needs listing: `Non-Binary` folds to `non_binary`.
 * Synonyms of a data vocabulary (needs, insurers, languages) only take effect when their canonical
 * value occurs in the clinician data, so listing one here never makes an unknown value valid.
 */
import type {
  AgeGroup,
  AgeRange,
  AppointmentType,
  Gender,
  InteractionAction,
  RegistrationType,
  StateCode,
  TherapyExperience,
  TimeSlot,
  Urgency,
} from './vocabulary';

/** A synonym table: canonical value → its synonyms, in folded form. */
export type SynonymTable<T extends string = string> = Readonly<
  Partial<Record<T, readonly string[]>>
>;

/** State synonyms beyond the state's own name, which is always accepted. */
export const STATE_SYNONYMS: SynonymTable<StateCode> = {
  DC: ['washington_dc', 'd_c'],
};

/** Appointment type synonyms: medication management and psychiatry are `medication`. */
export const APPOINTMENT_TYPE_SYNONYMS: SynonymTable<AppointmentType> = {
  therapy: ['psychotherapy', 'counseling', 'counselling', 'talk_therapy'],
  medication: ['medication_management', 'med_management', 'meds', 'psychiatry'],
};

/** Gender synonyms, for clinicians and for gender preferences. */
export const GENDER_SYNONYMS: SynonymTable<Gender> = {
  female: ['f', 'woman'],
  male: ['m', 'man'],
  non_binary: ['nonbinary', 'nb', 'enby'],
};

/** Singular and plural time slots are the same slot. */
export const TIME_SLOT_SYNONYMS: SynonymTable<TimeSlot> = {
  morning: ['mornings'],
  afternoon: ['afternoons'],
  evening: ['evenings'],
  weekends: ['weekend'],
};

/** Urgency synonyms: "urgent" and "asap" mean `immediate`. */
export const URGENCY_SYNONYMS: SynonymTable<Urgency> = {
  immediate: ['urgent', 'asap', 'as_soon_as_possible'],
  flexible: ['not_urgent', 'routine'],
};

/** Age range synonyms (other spellings such as `25 - 34` fold on their own). */
export const AGE_RANGE_SYNONYMS: SynonymTable<AgeRange> = {
  '65+': ['65_plus', '65_and_over', '65_and_older'],
};

/** Age group synonyms: adolescents are `teens`, older adults are `seniors`. */
export const AGE_GROUP_SYNONYMS: SynonymTable<AgeGroup> = {
  teens: ['teen', 'teenagers', 'adolescents', 'adolescent'],
  young_adults: ['young_adult'],
  adults: ['adult'],
  seniors: ['senior', 'older_adults', 'older_adult', 'elderly', 'geriatric'],
};

/** Therapy experience synonyms: `some_experience` is `returning`. */
export const THERAPY_EXPERIENCE_SYNONYMS: SynonymTable<TherapyExperience> = {
  first_time: ['first_timer', 'new_to_therapy'],
  returning: ['some_experience'],
  experienced: ['very_experienced'],
};

/** Registration types have no synonyms; the table exists so every vocabulary publishes one. */
export const REGISTRATION_TYPE_SYNONYMS: SynonymTable<RegistrationType> = {};

/** Present-tense (and a few other) spellings of interaction actions. */
export const ACTION_SYNONYMS: SynonymTable<InteractionAction> = {
  viewed: ['view'],
  clicked: ['click'],
  contacted: ['contact'],
  booked: ['book'],
  ignored: ['ignore'],
  rejected: ['reject'],
};

/**
 * Need synonyms. Kept modest on purpose: a distinct need such as `trauma` stays its own value
 * rather than being folded into `ptsd`.
 */
export const NEED_SYNONYMS: SynonymTable = {
  substance_abuse: ['substance_use', 'substance_use_disorder'],
  ptsd: ['post_traumatic_stress', 'post_traumatic_stress_disorder'],
  stress: ['stress_management'],
  adhd: ['attention_deficit_hyperactivity_disorder'],
  ocd: ['obsessive_compulsive_disorder'],
};

/**
 * Insurer synonyms. `none` is deliberately absent: "no insurance" is not the same statement as
 * "I will pay for myself", so it stays an unknown value instead of silently meaning self-pay.
 */
export const INSURER_SYNONYMS: SynonymTable = {
  private_pay: ['self_pay', 'selfpay', 'cash', 'cash_pay', 'out_of_pocket'],
  blue_cross_blue_shield: [
    'bcbs',
    'blue_cross',
    'blue_cross_and_blue_shield',
    'bluecross_blueshield',
  ],
  unitedhealthcare: ['uhc', 'united', 'united_healthcare', 'united_health_care'],
  kaiser_permanente: ['kaiser'],
};

/** Language synonyms: common ISO 639-1 codes and native names. */
export const LANGUAGE_SYNONYMS: SynonymTable = {
  english: ['en', 'eng'],
  spanish: ['es', 'espanol', 'castellano'],
  french: ['fr', 'francais'],
  portuguese: ['pt', 'portugues'],
  german: ['de', 'deutsch'],
  italian: ['it', 'italiano'],
  russian: ['ru'],
  arabic: ['ar'],
  hindi: ['hi'],
  vietnamese: ['vi'],
  korean: ['ko'],
  japanese: ['ja'],
  tagalog: ['tl'],
  asl: ['american_sign_language'],
};

/**
 * Fixed vocabularies: values that do not depend on the data. Vocabularies taken from the data
 * (specialties, insurers, languages) are built per snapshot; see `buildDataVocabulary`.
 */

/** The 50 US states plus DC, as two-letter codes. */
export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
] as const;
export type StateCode = (typeof US_STATES)[number];

export const APPOINTMENT_TYPES = ['therapy', 'medication'] as const;
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];

export const GENDERS = ['female', 'male', 'non_binary'] as const;
export type Gender = (typeof GENDERS)[number];

export const TIME_SLOTS = ['morning', 'afternoon', 'evening', 'weekends'] as const;
export type TimeSlot = (typeof TIME_SLOTS)[number];

export const URGENCY_LEVELS = ['immediate', 'flexible'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];

export const AGE_RANGES = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeRange = (typeof AGE_RANGES)[number];

/** Age groups a clinician serves, each covering one or more patient age ranges. */
export const AGE_GROUPS = ['teens', 'young_adults', 'adults', 'seniors'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Which clinician age group serves a patient of a given age range. */
export const AGE_GROUP_OF_RANGE: Record<AgeRange, AgeGroup> = {
  '13-17': 'teens',
  '18-24': 'young_adults',
  '25-34': 'adults',
  '35-44': 'adults',
  '45-54': 'adults',
  '55-64': 'adults',
  '65+': 'seniors',
};

export const THERAPY_EXPERIENCE = ['first_time', 'returning', 'experienced'] as const;
export type TherapyExperience = (typeof THERAPY_EXPERIENCE)[number];

export const REGISTRATION_TYPES = ['anonymous', 'basic', 'complete'] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];

export const INTERACTION_ACTIONS = [
  'viewed',
  'clicked',
  'contacted',
  'booked',
  'ignored',
  'rejected',
] as const;
export type InteractionAction = (typeof INTERACTION_ACTIONS)[number];

/** The insurer key that means the patient pays for themselves. */
export const SELF_PAY = 'private_pay';

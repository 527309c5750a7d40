/**
 * Display labels for vocabulary values, published with the vocabularies so clients can show a
 * value without inventing their own wording.
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

/** US state (and DC) names by code. */
export const US_STATE_NAMES: Readonly<Record<StateCode, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

/** Appointment type labels. */
export const APPOINTMENT_TYPE_LABELS: Readonly<Record<AppointmentType, string>> = {
  therapy: 'Therapy',
  medication: 'Medication management',
};

/** Gender labels. */
export const GENDER_LABELS: Readonly<Record<Gender, string>> = {
  female: 'Female',
  male: 'Male',
  non_binary: 'Non-binary',
};

/** Time slot labels. */
export const TIME_SLOT_LABELS: Readonly<Record<TimeSlot, string>> = {
  morning: 'Mornings',
  afternoon: 'Afternoons',
  evening: 'Evenings',
  weekends: 'Weekends',
};

/** Urgency labels. */
export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  immediate: 'As soon as possible',
  flexible: 'Flexible',
};

/** Age range labels. */
export const AGE_RANGE_LABELS: Readonly<Record<AgeRange, string>> = {
  '13-17': '13–17',
  '18-24': '18–24',
  '25-34': '25–34',
  '35-44': '35–44',
  '45-54': '45–54',
  '55-64': '55–64',
  '65+': '65 and over',
};

/** Age group labels, with the ages each group covers. */
export const AGE_GROUP_LABELS: Readonly<Record<AgeGroup, string>> = {
  teens: 'Teens (13–17)',
  young_adults: 'Young adults (18–24)',
  adults: 'Adults (25–64)',
  seniors: 'Seniors (65 and over)',
};

/** Therapy experience labels. */
export const THERAPY_EXPERIENCE_LABELS: Readonly<Record<TherapyExperience, string>> = {
  first_time: 'First time in therapy',
  returning: 'Some experience',
  experienced: 'Experienced',
};

/** Registration type labels. */
export const REGISTRATION_TYPE_LABELS: Readonly<Record<RegistrationType, string>> = {
  anonymous: 'Anonymous',
  basic: 'Basic',
  complete: 'Complete',
};

/** Interaction action labels. */
export const ACTION_LABELS: Readonly<Record<InteractionAction, string>> = {
  viewed: 'Viewed',
  clicked: 'Clicked',
  contacted: 'Contacted',
  booked: 'Booked',
  ignored: 'Ignored',
  rejected: 'Rejected',
};

/**
 * Labels for data-vocabulary keys whose spelling title case would get wrong (acronyms, brand
 * names). Other keys are labelled from the raw data or by title case.
 */
export const KNOWN_DATA_LABELS: Readonly<Record<string, string>> = {
  ptsd: 'PTSD',
  adhd: 'ADHD',
  ocd: 'OCD',
  lgbtq: 'LGBTQ+',
  lgbtq_plus: 'LGBTQ+',
  asl: 'ASL',
  private_pay: 'Private Pay',
  unitedhealthcare: 'UnitedHealthcare',
  blue_cross_blue_shield: 'Blue Cross Blue Shield',
  tricare: 'TRICARE',
};

/** `blue_cross_blue_shield` → "Blue Cross Blue Shield". */
export function titleCaseKey(key: string): string {
  return key
    .split('_')
    .filter((word) => word.length > 0)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

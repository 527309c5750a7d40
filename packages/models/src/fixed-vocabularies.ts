/**
 * The fixed vocabularies as published entries (value, label, synonyms) and as lookups that turn
 * free text into their canonical values.
 */
import { foldKey } from './fold-key';
import {
  ACTION_LABELS,
  AGE_GROUP_LABELS,
  AGE_RANGE_LABELS,
  APPOINTMENT_TYPE_LABELS,
  GENDER_LABELS,
  REGISTRATION_TYPE_LABELS,
  THERAPY_EXPERIENCE_LABELS,
  TIME_SLOT_LABELS,
  URGENCY_LABELS,
  US_STATE_NAMES,
} from './labels';
import {
  ACTION_SYNONYMS,
  AGE_GROUP_SYNONYMS,
  AGE_RANGE_SYNONYMS,
  APPOINTMENT_TYPE_SYNONYMS,
  GENDER_SYNONYMS,
  REGISTRATION_TYPE_SYNONYMS,
  STATE_SYNONYMS,
  THERAPY_EXPERIENCE_SYNONYMS,
  TIME_SLOT_SYNONYMS,
  URGENCY_SYNONYMS,
  type SynonymTable,
} from './synonyms';
import {
  AGE_GROUPS,
  AGE_RANGES,
  APPOINTMENT_TYPES,
  GENDERS,
  INTERACTION_ACTIONS,
  REGISTRATION_TYPES,
  THERAPY_EXPERIENCE,
  TIME_SLOTS,
  URGENCY_LEVELS,
  US_STATES,
  type AgeGroup,
  type AgeRange,
  type AppointmentType,
  type Gender,
  type InteractionAction,
  type RegistrationType,
  type StateCode,
  type TherapyExperience,
  type TimeSlot,
  type Urgency,
} from './vocabulary';
import { createVocabularyLookup, type VocabularyLookup } from './vocabulary-lookup';
import type { VocabularyEntry } from './vocabulary-entry';

/** A vocabulary entry whose value is typed. */
export interface TypedVocabularyEntry<T extends string> extends VocabularyEntry {
  value: T;
}

function entriesOf<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
  synonyms: SynonymTable<T>,
): TypedVocabularyEntry<T>[] {
  return values.map((value) => ({
    value,
    label: labels[value],
    synonyms: [...(synonyms[value] ?? [])],
  }));
}

/** States accept their full name (`california`, `New York`) besides the code. */
const STATE_NAME_SYNONYMS: SynonymTable<StateCode> = Object.fromEntries(
  US_STATES.map((code) => [code, [foldKey(US_STATE_NAMES[code]), ...(STATE_SYNONYMS[code] ?? [])]]),
);

/** Every fixed vocabulary as published entries, in their canonical order. */
export const FIXED_VOCABULARY_ENTRIES = {
  states: entriesOf(US_STATES, US_STATE_NAMES, STATE_NAME_SYNONYMS),
  appointment_types: entriesOf(
    APPOINTMENT_TYPES,
    APPOINTMENT_TYPE_LABELS,
    APPOINTMENT_TYPE_SYNONYMS,
  ),
  genders: entriesOf(GENDERS, GENDER_LABELS, GENDER_SYNONYMS),
  time_slots: entriesOf(TIME_SLOTS, TIME_SLOT_LABELS, TIME_SLOT_SYNONYMS),
  urgency_levels: entriesOf(URGENCY_LEVELS, URGENCY_LABELS, URGENCY_SYNONYMS),
  age_ranges: entriesOf(AGE_RANGES, AGE_RANGE_LABELS, AGE_RANGE_SYNONYMS),
  age_groups: entriesOf(AGE_GROUPS, AGE_GROUP_LABELS, AGE_GROUP_SYNONYMS),
  therapy_experience: entriesOf(
    THERAPY_EXPERIENCE,
    THERAPY_EXPERIENCE_LABELS,
    THERAPY_EXPERIENCE_SYNONYMS,
  ),
  registration_types: entriesOf(
    REGISTRATION_TYPES,
    REGISTRATION_TYPE_LABELS,
    REGISTRATION_TYPE_SYNONYMS,
  ),
  actions: entriesOf(INTERACTION_ACTIONS, ACTION_LABELS, ACTION_SYNONYMS),
};

/** Lookups for every fixed vocabulary. */
export interface FixedLookups {
  states: VocabularyLookup<StateCode>;
  appointmentTypes: VocabularyLookup<AppointmentType>;
  genders: VocabularyLookup<Gender>;
  timeSlots: VocabularyLookup<TimeSlot>;
  urgencyLevels: VocabularyLookup<Urgency>;
  ageRanges: VocabularyLookup<AgeRange>;
  ageGroups: VocabularyLookup<AgeGroup>;
  therapyExperience: VocabularyLookup<TherapyExperience>;
  registrationTypes: VocabularyLookup<RegistrationType>;
  actions: VocabularyLookup<InteractionAction>;
}

/** Lookups for every fixed vocabulary, built once. */
export const FIXED_LOOKUPS: FixedLookups = {
  states: createVocabularyLookup(FIXED_VOCABULARY_ENTRIES.states),
  appointmentTypes: createVocabularyLookup(FIXED_VOCABULARY_ENTRIES.appointment_types),
  genders: createVocabularyLookup(FIXED_VOCABULARY_ENTRIES.genders),
  timeSlots: createVocabularyLookup(FIXED_VOCABULARY_ENTRIES.time_slots),
  urgencyLevels: createVocabularyLookup(FIXED_VOCABULARY_ENTRIES.urgency_levels),
  ageRanges: createVocabularyLookup(FIXED_VOCABULARY_ENTRIES.age_ranges),
  ageGroups: createVocabularyLookup(FIXED_VOCABULARY_ENTRIES.age_groups),
  therapyExperience: createVocabularyLookup(FIXED_VOCABULARY_ENTRIES.therapy_experience),
  registrationTypes: createVocabularyLookup(FIXED_VOCABULARY_ENTRIES.registration_types),
  actions: createVocabularyLookup(FIXED_VOCABULARY_ENTRIES.actions),
};

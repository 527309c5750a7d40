import { FIXED_VOCABULARY_ENTRIES } from './fixed-vocabularies';
import type { DataVocabulary, VocabularyEntry } from './vocabulary-entry';

/** Names of every published vocabulary. */
export const VOCABULARY_NAMES = [
  'states',
  'appointment_types',
  'genders',
  'time_slots',
  'urgency_levels',
  'age_ranges',
  'age_groups',
  'therapy_experience',
  'registration_types',
  'actions',
  'specialties',
  'insurers',
  'languages',
] as const;
/** The name of a published vocabulary. */
export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

/** Every vocabulary, by name, as `GET /api/v1/vocabularies` serves it. */
export type PublishedVocabularies = Record<VocabularyName, { values: VocabularyEntry[] }>;

/**
 * Every vocabulary a client may need to build a form: the fixed ones and those of the current
 * data. `specialties` is also the vocabulary of a patient's `clinical_needs`. Entries are copies,
 * so a caller may serialise or alter them freely.
 */
export function publishVocabularies(data: DataVocabulary): PublishedVocabularies {
  const all: Record<VocabularyName, readonly VocabularyEntry[]> = {
    ...FIXED_VOCABULARY_ENTRIES,
    specialties: data.specialties,
    insurers: data.insurers,
    languages: data.languages,
  };

  return Object.fromEntries(
    VOCABULARY_NAMES.map((name) => [
      name,
      { values: all[name].map((entry) => ({ ...entry, synonyms: [...entry.synonyms] })) },
    ]),
  ) as PublishedVocabularies;
}

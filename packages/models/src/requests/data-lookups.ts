import type { DataVocabulary } from '../vocabulary-entry';
import { createVocabularyLookup, type VocabularyLookup } from '../vocabulary-lookup';

/** Lookups for the vocabularies taken from the data. */
export interface DataLookups {
  needs: VocabularyLookup;
  insurers: VocabularyLookup;
  languages: VocabularyLookup;
}

/** Lookups over a data vocabulary: its values and the synonyms it publishes. */
export function createDataLookups(vocabulary: DataVocabulary): DataLookups {
  return {
    needs: createVocabularyLookup(vocabulary.specialties),
    insurers: createVocabularyLookup(vocabulary.insurers),
    languages: createVocabularyLookup(vocabulary.languages),
  };
}

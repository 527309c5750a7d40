/** One allowed value of a vocabulary, with its display label and the synonyms that map to it. */
export interface VocabularyEntry {
  value: string;
  label: string;
  synonyms: string[];
}

/**
 * The vocabularies taken from the data: built once per snapshot from the clinicians (and the
 * configured synonyms), so a need or insurer no clinician has is still a validation error.
 */
export interface DataVocabulary {
  specialties: VocabularyEntry[];
  insurers: VocabularyEntry[];
  languages: VocabularyEntry[];
}

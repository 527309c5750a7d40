import { foldKey } from './fold-key';

/** Allowed values listed in an error message before the list is cut short. */
const MAX_LISTED_VALUES = 60;

/** The part of a vocabulary entry a lookup needs. */
export interface LookupEntry<T extends string = string> {
  value: T;
  synonyms: readonly string[];
}

/**
 * Resolves free text to the canonical value of one vocabulary, accepting every spelling that
 * folds to the value or to one of its synonyms.
 */
export interface VocabularyLookup<T extends string = string> {
  /** Canonical values in vocabulary order. */
  readonly values: readonly T[];
  /** The canonical value for `raw`, or undefined when it is not in the vocabulary. */
  find(raw: string): T | undefined;
  /** True when `value` is one of the canonical values, exactly. */
  has(value: string): value is T;
  /** "must be one of: therapy, medication": the reason given for an unknown value. */
  readonly allowedMessage: string;
}

/**
 * Builds a lookup. A canonical value wins over a synonym that folds to the same key, so a data
 * vocabulary holding both `stress` and `stress_management` keeps them apart.
 */
export function createVocabularyLookup<T extends string>(
  entries: readonly LookupEntry<T>[],
): VocabularyLookup<T> {
  const byKey = new Map<string, T>();
  for (const entry of entries) {
    for (const synonym of entry.synonyms) {
      const key = foldKey(synonym);
      if (!byKey.has(key)) byKey.set(key, entry.value);
    }
  }
  for (const entry of entries) byKey.set(foldKey(entry.value), entry.value);

  const values = entries.map((entry) => entry.value);
  const canonical = new Set<string>(values);

  return {
    values,
    find: (raw) => byKey.get(foldKey(raw)),
    has: (value): value is T => canonical.has(value),
    allowedMessage: describeAllowed(values),
  };
}

/** "must be one of: a, b, c" (cut short, with a count, for very long vocabularies). */
export function describeAllowed(values: readonly string[]): string {
  if (values.length === 0) return 'no values are allowed (the vocabulary is empty)';
  const listed = values.slice(0, MAX_LISTED_VALUES).join(', ');
  const rest = values.length - MAX_LISTED_VALUES;

  return rest > 0 ? `must be one of: ${listed} (and ${rest} more)` : `must be one of: ${listed}`;
}

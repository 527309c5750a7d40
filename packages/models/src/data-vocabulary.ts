/**
 * The vocabularies taken from the data (specialties, insurers, languages): exactly the values
 * that occur in the clinicians, so a need no clinician treats is a validation error rather than a
 * request that can never match.
 */
import type { Clinician } from './domain';
import type { ClinicianRecord } from './files/clinician-record.schema';
import { foldKey } from './fold-key';
import { KNOWN_DATA_LABELS, titleCaseKey } from './labels';
import { toClinician } from './mappers/to-clinician';
import {
  compareCodeUnits,
  normaliseInsurerKey,
  normaliseLanguageKey,
  normaliseNeedKey,
} from './normalise';
import { INSURER_SYNONYMS, LANGUAGE_SYNONYMS, NEED_SYNONYMS, type SynonymTable } from './synonyms';
import type { DataVocabulary, VocabularyEntry } from './vocabulary-entry';

/** Display labels seen in raw data, per data vocabulary: key → label. */
export interface DisplayLabels {
  specialties: Record<string, string>;
  insurers: Record<string, string>;
  languages: Record<string, string>;
}

/**
 * The data vocabulary of a set of clinicians, each list sorted by value. A value is labelled with
 * the spelling first seen in the raw data when there is one (`Private Pay`, `Aetna`), else a known
 * label (`PTSD`), else its key in title case (`Blue Cross Blue Shield`).
 */
export function buildDataVocabulary(
  clinicians: readonly Clinician[],
  labels: Partial<DisplayLabels> = {},
): DataVocabulary {
  return {
    specialties: entriesOf(
      clinicians.flatMap((clinician) => clinician.specialties),
      labels.specialties ?? {},
      NEED_SYNONYMS,
    ),
    insurers: entriesOf(
      clinicians.flatMap((clinician) => clinician.insurancesAccepted),
      labels.insurers ?? {},
      INSURER_SYNONYMS,
    ),
    languages: entriesOf(
      clinicians.flatMap((clinician) => clinician.languages),
      labels.languages ?? {},
      LANGUAGE_SYNONYMS,
    ),
  };
}

/** The data vocabulary of validated clinician records, keeping their raw display labels. */
export function buildDataVocabularyFromRecords(
  records: readonly ClinicianRecord[],
): DataVocabulary {
  return buildDataVocabulary(records.map(toClinician), collectDisplayLabels(records));
}

/**
 * The first display spelling of each key in the records. Only text that is a display name
 * (`Private Pay`, not `private_pay`) and names the key directly (not through a synonym such as
 * `BCBS`) counts.
 */
export function collectDisplayLabels(records: readonly ClinicianRecord[]): DisplayLabels {
  const labels: DisplayLabels = { specialties: {}, insurers: {}, languages: {} };
  for (const record of records) {
    collect(labels.specialties, record.profile_features.specialties, normaliseNeedKey);
    collect(labels.insurers, record.admin_data.insurances_accepted, normaliseInsurerKey);
    collect(labels.languages, record.profile_features.languages, normaliseLanguageKey);
  }
  return labels;
}

function collect(
  into: Record<string, string>,
  texts: readonly string[],
  normalise: (raw: string) => string | null,
): void {
  for (const raw of texts) {
    const text = raw.trim().replace(/\s+/g, ' ');
    const key = normalise(text);
    if (key === null || key in into) continue;
    if (foldKey(text) === key && text !== key) into[key] = text;
  }
}

function entriesOf(
  keys: readonly string[],
  labels: Readonly<Record<string, string>>,
  synonyms: SynonymTable,
): VocabularyEntry[] {
  const values = [...new Set(keys)].sort(compareCodeUnits);
  const present = new Set(values.map(foldKey));

  return values.map((value) => ({
    value,
    label: labels[value] ?? KNOWN_DATA_LABELS[value] ?? titleCaseKey(value),
    // A synonym that is itself a value in the data would be shadowed by it, so it is not offered.
    synonyms: (synonyms[value] ?? []).filter((synonym) => !present.has(foldKey(synonym))),
  }));
}

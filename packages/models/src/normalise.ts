/**
 * Normalisation at the edge: free text from files and requests becomes canonical vocabulary
 * values. Case, spaces and hyphens fold to snake_case, singular and plural time slots are one
 * slot, blank means "no preference" (null), and known synonyms map to their canonical value.
 */
import { FIXED_LOOKUPS } from './fixed-vocabularies';
import { foldKey, isNoPreference } from './fold-key';
import { INSURER_SYNONYMS, LANGUAGE_SYNONYMS, NEED_SYNONYMS, type SynonymTable } from './synonyms';
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
import type { VocabularyLookup } from './vocabulary-lookup';

export { foldKey, isNoPreference };

/** The outcome of normalising one value: canonical (null for no preference) or a reason. */
export type Normalised<T> = { ok: true; value: T | null } | { ok: false; message: string };

/** A value outside its vocabulary; the message lists the allowed values. */
export class UnknownValueError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`"${input}" is not allowed: ${message}`);
    this.name = 'UnknownValueError';
  }
}

/** Normalises one value against a vocabulary lookup, without throwing. */
export function normaliseValue<T extends string>(
  lookup: VocabularyLookup<T>,
  raw: unknown,
): Normalised<T> {
  if (isNoPreference(raw)) return { ok: true, value: null };
  if (typeof raw !== 'string') return { ok: false, message: lookup.allowedMessage };

  const value = lookup.find(raw);
  return value === undefined ? { ok: false, message: lookup.allowedMessage } : { ok: true, value };
}

function normaliseOrThrow<T extends string>(lookup: VocabularyLookup<T>) {
  return (raw: string | null | undefined): T | null => {
    const result = normaliseValue(lookup, raw);
    if (!result.ok) throw new UnknownValueError(String(raw), result.message);
    return result.value;
  };
}

/** `california`, `ca`, `CA` → `CA`; blank → null; throws UnknownValueError otherwise. */
export const normaliseState = normaliseOrThrow<StateCode>(FIXED_LOOKUPS.states);
/** `Therapy`, `psychiatry` → `therapy`, `medication`; blank → null. */
export const normaliseAppointmentType = normaliseOrThrow<AppointmentType>(
  FIXED_LOOKUPS.appointmentTypes,
);
/** `Non-Binary`, `nb` → `non_binary`; blank → null. */
export const normaliseGender = normaliseOrThrow<Gender>(FIXED_LOOKUPS.genders);
/** `Evenings`, `evening` → `evening`; `weekend` → `weekends`; blank → null. */
export const normaliseTimeSlot = normaliseOrThrow<TimeSlot>(FIXED_LOOKUPS.timeSlots);
/** `urgent`, `ASAP` → `immediate`; blank → null. */
export const normaliseUrgency = normaliseOrThrow<Urgency>(FIXED_LOOKUPS.urgencyLevels);
/** `25-34`, `25 - 34` → `25-34`; `65 plus` → `65+`; blank → null. */
export const normaliseAgeRange = normaliseOrThrow<AgeRange>(FIXED_LOOKUPS.ageRanges);
/** `Adolescents` → `teens`, `older adults` → `seniors`; blank → null. */
export const normaliseAgeGroup = normaliseOrThrow<AgeGroup>(FIXED_LOOKUPS.ageGroups);
/** `some_experience` → `returning`; blank → null. */
export const normaliseTherapyExperience = normaliseOrThrow<TherapyExperience>(
  FIXED_LOOKUPS.therapyExperience,
);
/** `Basic` → `basic`; blank → null. */
export const normaliseRegistrationType = normaliseOrThrow<RegistrationType>(
  FIXED_LOOKUPS.registrationTypes,
);
/** `view`, `Viewed` → `viewed`; blank → null. */
export const normaliseAction = normaliseOrThrow<InteractionAction>(FIXED_LOOKUPS.actions);

function openVocabulary(table: SynonymTable) {
  const canonicalOf = new Map<string, string>();
  for (const [value, synonyms] of Object.entries(table)) {
    for (const synonym of synonyms ?? []) canonicalOf.set(foldKey(synonym), value);
  }

  return (raw: string | null | undefined): string | null => {
    if (isNoPreference(raw)) return null;
    const key = foldKey(raw);
    return canonicalOf.get(key) ?? key;
  };
}

/**
 * Folds a need to its key and applies the need synonyms (`Substance Use` → `substance_abuse`).
 * Needs come from the data, so any other non-blank text is kept as its own key; whether it is
 * allowed in a request is decided against the data vocabulary.
 */
export const normaliseNeedKey = openVocabulary(NEED_SYNONYMS);
/** `Private Pay`, `self-pay`, `cash` → `private_pay`; `BCBS` → `blue_cross_blue_shield`. */
export const normaliseInsurerKey = openVocabulary(INSURER_SYNONYMS);
/** `English`, `en` → `english`; `es`, `Español` → `spanish`. */
export const normaliseLanguageKey = openVocabulary(LANGUAGE_SYNONYMS);

/**
 * Sorted unique list, nulls (blank entries) dropped. With `order`, values sort by their position
 * there (time slots keep their day order); otherwise by code-unit order, as every sort here does.
 */
export function toSortedUnique<T extends string>(
  values: readonly (T | null)[],
  order?: readonly T[],
): T[] {
  const unique = [...new Set(values.filter((value): value is T => value !== null))];
  if (order === undefined) return unique.sort(compareCodeUnits);

  const rank = new Map(order.map((value, index) => [value, index]));
  return unique.sort((a, b) => (rank.get(a) ?? order.length) - (rank.get(b) ?? order.length));
}

/** Locale-independent string order, so results do not depend on the machine. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

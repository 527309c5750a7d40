/**
 * Zod field builders shared by the file-record and request schemas. Vocabulary fields are
 * validated after normalisation, so `"Therapy"` is accepted as `therapy`, and an unknown value is
 * an issue, at the field's own path, that lists the allowed values.
 */
import { z } from 'zod';
import { isNoPreference, toSortedUnique } from './normalise';
import type { VocabularyLookup } from './vocabulary-lookup';

/** Longest piece of a rejected input quoted back in a message. */
const MAX_QUOTED = 40;

/**
 * Error text for a missing field ("is required") or a value of the wrong type (`message`); other
 * issues (ranges, formats) keep their own text.
 */
export function requiredOr(message: string) {
  return (issue: { code?: string; input?: unknown; keys?: string[]; inst?: unknown }) => {
    if (issue.code === 'unrecognized_keys')
      return unknownFieldsMessage(issue.keys ?? [], issue.inst);
    if (issue.code !== 'invalid_type' && issue.code !== 'invalid_union') return undefined;
    return issue.input === undefined ? 'is required' : message;
  };
}

/**
 * Request bodies are strict objects, so a misspelt field (`clinical_need`) is a 400 that names it
 * and lists the fields the object takes, rather than a silently unfiltered answer.
 */
function unknownFieldsMessage(keys: string[], schema: unknown): string {
  const shape = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } })?._zod?.def
    ?.shape;
  const named = keys.map((key) => `"${key.slice(0, 40)}"`).join(', ');
  const allowed = shape ? `; allowed: ${Object.keys(shape).join(', ')}` : '';
  return `unknown field${keys.length === 1 ? '' : 's'} ${named}${allowed}`;
}

/** Bounds of a number field. */
export interface NumberBounds {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** "must be an integer of at least 0", "must be a number from 0 to 1" */
export function describeNumber({ min, max, integer = false }: NumberBounds): string {
  const kind = integer ? 'an integer' : 'a number';
  if (min !== undefined && max !== undefined) return `must be ${kind} from ${min} to ${max}`;
  if (min !== undefined) return `must be ${kind} of at least ${min}`;
  if (max !== undefined) return `must be ${kind} of at most ${max}`;
  return `must be ${kind}`;
}

/** A number with bounds; every problem (type, fraction, range) gets the same clear message. */
export function boundedNumber(bounds: NumberBounds = {}) {
  const message = describeNumber(bounds);
  let schema = z.number({
    error: (issue) => (issue.input === undefined ? 'is required' : message),
  });
  if (bounds.integer) schema = schema.int({ error: message });
  if (bounds.min !== undefined) schema = schema.min(bounds.min, { error: message });
  if (bounds.max !== undefined) schema = schema.max(bounds.max, { error: message });
  return schema;
}

/** `unknown value "xyz": must be one of: a, b` */
export function unknownValueMessage(raw: string, lookup: VocabularyLookup): string {
  const quoted = raw.length > MAX_QUOTED ? `${raw.slice(0, MAX_QUOTED)}…` : raw;
  return `unknown value ${JSON.stringify(quoted)}: ${lookup.allowedMessage}`;
}

/** A non-blank string, trimmed: ids and names. */
export function requiredText() {
  return z
    .string({ error: requiredOr('must be a string') })
    .trim()
    .min(1, { error: 'must not be empty' });
}

/** Optional free text: absent stays undefined, blank or null becomes null, else trimmed. */
export function optionalText() {
  return z
    .string({ error: 'must be a string' })
    .nullish()
    .transform((raw) => (raw === undefined ? undefined : isNoPreference(raw) ? null : raw.trim()));
}

/** A required vocabulary value: missing is "is required", blank is "must not be empty". */
export function vocabularyField<T extends string>(lookup: VocabularyLookup<T>) {
  return z
    .string({ error: requiredOr(lookup.allowedMessage) })
    .transform((raw, ctx): T => {
      if (isNoPreference(raw)) {
        ctx.addIssue({ code: 'custom', message: 'must not be empty', input: raw });
        return z.NEVER;
      }
      const value = lookup.find(raw);
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: unknownValueMessage(raw, lookup), input: raw });
        return z.NEVER;
      }
      return value;
    })
    .describe(lookup.allowedMessage);
}

/**
 * An optional vocabulary value: absent stays undefined (so partial updates can tell "not given"
 * from "no preference"), null or blank becomes null.
 */
export function optionalVocabularyField<T extends string>(lookup: VocabularyLookup<T>) {
  return z
    .string({ error: lookup.allowedMessage })
    .nullish()
    .transform((raw, ctx): T | null | undefined => {
      if (raw === undefined) return undefined;
      if (isNoPreference(raw)) return null;
      const value = lookup.find(raw);
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: unknownValueMessage(raw, lookup), input: raw });
        return z.NEVER;
      }
      return value;
    })
    .describe(`${lookup.allowedMessage}; empty or null means no preference`);
}

/** How a vocabulary list is read. */
export interface ListOptions<T extends string> {
  /** Sort in this order instead of code-unit order (time slots keep their day order). */
  order?: readonly T[];
  /**
   * Also accept one comma-separated string (`"anxiety, depression"`), and commas inside list
   * elements (a repeated query parameter `clinical_needs=anxiety&clinical_needs=ptsd,stress`).
   */
  commaSeparated?: boolean;
}

function listInput(commaSeparated: boolean) {
  const list = z.array(z.string({ error: 'must be a string' }), { error: 'must be a list' });
  return commaSeparated
    ? z.union([list, z.string()], {
        error: requiredOr('must be a list or a comma-separated string'),
      })
    : z.array(z.string({ error: 'must be a string' }), { error: requiredOr('must be a list') });
}

function resolveList<T extends string>(
  raw: string | string[],
  lookup: VocabularyLookup<T>,
  options: ListOptions<T>,
  ctx: z.core.$RefinementCtx,
): T[] {
  // An issue points at the list element (or, for one string, the comma-separated piece).
  const pieces: [number, string][] =
    typeof raw === 'string'
      ? raw.split(',').map((piece, index) => [index, piece])
      : raw.flatMap((item, index) =>
          (options.commaSeparated ? item.split(',') : [item]).map((piece): [number, string] => [
            index,
            piece,
          ]),
        );

  const values: T[] = [];
  for (const [index, piece] of pieces) {
    if (isNoPreference(piece)) continue;
    const value = lookup.find(piece);
    if (value === undefined) {
      const message = unknownValueMessage(piece.trim(), lookup);
      ctx.addIssue({ code: 'custom', message, path: [index], input: piece });
    } else {
      values.push(value);
    }
  }

  return toSortedUnique(values, options.order);
}

/** A required list of vocabulary values, normalised to a sorted unique list (blanks dropped). */
export function vocabularyList<T extends string>(
  lookup: VocabularyLookup<T>,
  options: ListOptions<T> = {},
) {
  return listInput(options.commaSeparated ?? false)
    .transform((raw, ctx) => resolveList(raw, lookup, options, ctx))
    .describe(`each ${lookup.allowedMessage}`);
}

/** An optional list: absent stays undefined, null becomes an empty list. */
export function optionalVocabularyList<T extends string>(
  lookup: VocabularyLookup<T>,
  options: ListOptions<T> = {},
) {
  return listInput(options.commaSeparated ?? false)
    .nullish()
    .transform((raw, ctx): T[] | undefined => {
      if (raw === undefined) return undefined;
      if (raw === null) return [];
      return resolveList(raw, lookup, options, ctx);
    })
    .describe(`each ${lookup.allowedMessage}; empty means no preference`);
}

/**
 * A list of free text kept as written (trimmed, blanks dropped, order kept), for values whose
 * vocabulary comes from the data: the raw spelling is the display label the data offers.
 */
export function textList(options: { commaSeparated?: boolean } = {}) {
  return listInput(options.commaSeparated ?? false).transform((raw) =>
    (typeof raw === 'string' ? raw.split(',') : raw)
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );
}

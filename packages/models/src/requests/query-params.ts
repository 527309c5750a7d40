/**
 * Query-string parameters as Express hands them over: a string, or an array when the parameter
 * is repeated. A repeated scalar is an error, never silently the first or last value.
 */
import { z } from 'zod';

/** Accepts a parameter given at most once; a repeated one is "must be given once". */
export function givenOnce<T extends z.ZodType>(inner: T) {
  return z.preprocess((raw, ctx) => {
    if (Array.isArray(raw)) {
      ctx.addIssue({ code: 'custom', message: 'must be given once', input: raw });
      return z.NEVER;
    }
    return raw;
  }, inner);
}

/** An integer parameter within [min, max], with a default when absent. */
export function queryInteger(options: { min: number; max?: number; default: number }) {
  const { min, max } = options;
  const message =
    max === undefined
      ? `must be an integer of at least ${min}`
      : `must be an integer from ${min} to ${max}`;

  return givenOnce(z.string({ error: message }).optional())
    .transform((raw, ctx): number => {
      if (raw === undefined) return options.default;
      const text = raw.trim();
      const value = Number(text);
      if (!/^\d+$/.test(text) || value < min || (max !== undefined && value > max)) {
        ctx.addIssue({ code: 'custom', message, input: raw });
        return z.NEVER;
      }
      return value;
    })
    .describe(`${message}; default ${options.default}`);
}

/** A boolean parameter: only the strings `true` and `false`, with a default when absent. */
export function queryBoolean(defaultValue: boolean) {
  return givenOnce(z.enum(['true', 'false'], { error: 'must be true or false' }).optional())
    .transform((raw): boolean => (raw === undefined ? defaultValue : raw === 'true'))
    .describe(`true or false; default ${defaultValue}`);
}

/** An optional boolean filter parameter: `true`, `false`, or absent (no filter, null). */
export function queryOptionalBoolean() {
  return givenOnce(z.enum(['true', 'false'], { error: 'must be true or false' }).optional())
    .transform((raw): boolean | null => (raw === undefined ? null : raw === 'true'))
    .describe('true or false; absent means either');
}

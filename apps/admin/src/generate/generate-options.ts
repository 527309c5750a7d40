import { z } from 'zod';

/** The defaults that produce the committed seed data set in `data/`. */
export const GENERATE_DEFAULTS = {
  seed: 20261101,
  referenceTime: '2026-11-01T00:00:00.000Z',
  clinicians: 300,
  users: 2500,
  interactions: 70000,
  out: 'data',
} as const;

const count = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must not be negative`)
    .max(10_000_000, `${name} is larger than 10,000,000`);

/** Options of a generation run, validated and with defaults filled in. */
export const GenerateOptionsSchema = z
  .object({
    seed: z.coerce
      .number({ error: 'seed must be a whole number' })
      .int('seed must be a whole number')
      .min(0, 'seed must be between 0 and 4294967295')
      .max(0xffffffff, 'seed must be between 0 and 4294967295')
      .default(GENERATE_DEFAULTS.seed),
    referenceTime: z
      .string()
      .default(GENERATE_DEFAULTS.referenceTime)
      .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), {
        message: 'reference time must be an ISO 8601 date-time such as 2026-11-01T00:00:00.000Z',
      })
      .transform((s) => Date.parse(s)),
    clinicians: count('clinicians').default(GENERATE_DEFAULTS.clinicians),
    users: count('users').default(GENERATE_DEFAULTS.users),
    interactions: count('interactions').default(GENERATE_DEFAULTS.interactions),
    out: z.string().min(1, 'out must be a folder').default(GENERATE_DEFAULTS.out),
  })
  .refine((o) => o.users === 0 || o.clinicians > 0, {
    message: 'users need at least one clinician',
    path: ['clinicians'],
  })
  .refine((o) => o.interactions === 0 || o.users > 0, {
    message: 'interactions need at least one user',
    path: ['users'],
  });

/** Generation options as given (strings from the command line are fine). */
export type GenerateOptionsInput = z.input<typeof GenerateOptionsSchema>;
/** Generation options after validation: `referenceTime` is epoch milliseconds. */
export type GenerateOptions = z.output<typeof GenerateOptionsSchema>;

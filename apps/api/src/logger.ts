import pino, { type DestinationStream, type Logger } from 'pino';

import type { Config } from './config';

export type { Logger };

// Defence in depth: request logs carry ids and timings only, but a handler that logs an object
// carelessly must still not write credentials or a patient's contact details.
const CREDENTIALS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers["x-api-key"]',
  'password',
  'token',
  'apiKey',
];

// A patient's contact details and health context, under the names the wire format and the
// domain types use. Bodies and queries go too: they carry preferences and needs.
const PERSONAL_FIELDS = [
  'body',
  'query',
  'email',
  'phone',
  'zip_code',
  'zipCode',
  'city',
  'location',
  'contact',
  'profile',
  'profile_data',
  'profileData',
  'preferences',
  'stated_preferences',
  'statedPreferences',
  'clinical_needs',
  'clinicalNeeds',
  'therapy_goals',
  'therapyGoals',
];

const REDACTED_PATHS = [
  ...CREDENTIALS,
  ...[...CREDENTIALS, ...PERSONAL_FIELDS].filter((p) => !p.includes('.')).map((p) => `*.${p}`),
  ...PERSONAL_FIELDS,
];

/** The process logger: JSON lines, personal data and credentials redacted. */
export function createLogger(options: Config['log'], destination?: DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'lunajoy-api' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

import pino, { type DestinationStream, type Logger } from 'pino';

import type { Config } from './config';

export type { Logger };

// Defence in depth: request logs carry ids and timings only, but a handler that logs an object
// carelessly must still not write credentials or a patient's contact details.
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'body',
  '*.body',
  'headers.authorization',
  '*.password',
  '*.email',
  '*.phone',
  '*.zip_code',
  '*.zipCode',
  '*.contact',
  'token',
  '*.token',
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

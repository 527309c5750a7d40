/**
 * The slice of a structured logger the cache uses; a pino logger fits it. Fields are ids and
 * states only, never cached values.
 */
export interface CacheLogger {
  warn(fields: Record<string, unknown>, message: string): void;
  info?(fields: Record<string, unknown>, message: string): void;
}

/** A logger that drops everything, for callers that pass none. */
export const silentLogger: CacheLogger = {
  warn: () => undefined,
  info: () => undefined,
};

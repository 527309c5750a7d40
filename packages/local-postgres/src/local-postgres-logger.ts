/**
 * The logging calls this package makes. A pino logger satisfies it; the default writes nothing,
 * because a library must not print on its own.
 */
export interface LocalPostgresLogger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/** A logger that drops every line: the default when the caller passes none. */
export const silentLogger: LocalPostgresLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
};

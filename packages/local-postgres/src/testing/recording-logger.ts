import type { LocalPostgresLogger } from '../local-postgres-logger';

/** A logger that keeps the info and warning messages, so tests can assert what was reported. */
export function createRecordingLogger(): LocalPostgresLogger & { messages: string[] } {
  const messages: string[] = [];

  return {
    messages,
    debug: () => undefined,
    info: (_fields, message) => messages.push(message),
    warn: (_fields, message) => messages.push(message),
  };
}

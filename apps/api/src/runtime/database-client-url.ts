/** Session settings the API's own database connections run with. */
export interface DatabaseClientSettings {
  /** PostgreSQL cancels any statement of the API running longer than this */
  statementTimeoutMs: number;
  /** shown in `pg_stat_activity`, so an operator can tell the API's connections apart */
  applicationName: string;
}

/**
 * The connection URL of the API's request-serving pool: the configured URL with a statement
 * timeout and an application name added (the pg driver reads both from the URL), unless the URL
 * sets them itself. A statement stuck behind a lock or a slow plan then fails (and answers 503)
 * instead of holding a pooled connection and the request for ever. Migrations and the seed
 * import keep the plain URL: their bulk statements may legitimately run longer.
 */
export function databaseClientUrl(url: string, settings: DatabaseClientSettings): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('statement_timeout')) {
    parsed.searchParams.set('statement_timeout', String(settings.statementTimeoutMs));
  }
  if (!parsed.searchParams.has('application_name')) {
    parsed.searchParams.set('application_name', settings.applicationName);
  }
  return parsed.toString();
}

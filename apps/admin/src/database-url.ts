import path from 'node:path';

import { findPrismaPaths, migrateDatabase } from '@lunajoy/db';
import { ensureLocalPostgres } from '@lunajoy/local-postgres';

/** The database a command talks to, and how to let go of it afterwards. */
export interface DatabaseTarget {
  url: string;
  /** true for the project's embedded cluster (started or attached) */
  embedded: boolean;
  release(): Promise<void>;
}

/**
 * `DATABASE_URL` when set. Otherwise the project's embedded cluster, in the same data folder the
 * API uses (`LOCAL_DB_DIR`, default `.data/postgres`): attached when it runs, started when not
 * (and stopped again on release), and migrated, so a command works on a fresh checkout.
 */
export async function resolveDatabase(note: (line: string) => void): Promise<DatabaseTarget> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, release: async () => undefined };

  const root = findPrismaPaths().root;
  const dataDir = path.resolve(root, process.env.LOCAL_DB_DIR ?? '.data/postgres');
  const warn = (fields: object, message: string) => note(`${message} ${JSON.stringify(fields)}`);
  const local = await ensureLocalPostgres({
    dataDir,
    logger: { debug: () => undefined, info: () => undefined, warn },
  });
  note(
    `DATABASE_URL is not set: using the embedded PostgreSQL on port ${local.port} ` +
      `(${local.startedHere ? 'started' : 'already running'}, data in ${dataDir})`,
  );
  await migrateDatabase(local.url);
  return { url: local.url, embedded: true, release: () => local.stop() };
}

import { createTestDatabase } from '@lunajoy/db/testing';
import { startTemporaryPostgres } from '@lunajoy/local-postgres';

/** A database the benchmark owns for its run, and how to get rid of it. */
export interface BenchDatabase {
  url: string;
  /** where it lives, for the report */
  description: string;
  release(): Promise<void>;
}

/**
 * With `DATABASE_URL`, a fresh database of its own on that server (dropped afterwards);
 * without it, a throwaway embedded PostgreSQL in a temporary folder. Either way the benchmark
 * never touches a database anyone else uses.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  if (process.env.DATABASE_URL) {
    const db = await createTestDatabase();
    return {
      url: db.url,
      description: `database ${db.name} on the DATABASE_URL server`,
      release: () => db.drop(),
    };
  }

  const temporary = await startTemporaryPostgres();
  return {
    url: temporary.url,
    description: 'a temporary embedded PostgreSQL',
    release: () => temporary.stop(),
  };
}

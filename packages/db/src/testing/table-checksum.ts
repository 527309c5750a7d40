import { Client } from 'pg';

/** The tables an import may change; `import_runs` is an audit trail and left out on purpose. */
export const DATA_TABLES = [
  'clinicians',
  'users',
  'user_contacts',
  'interactions',
  'data_versions',
] as const;

/**
 * A checksum per table over every row's full text (ordered, so row order does not matter), for
 * tests that must prove a database is exactly as it was.
 */
export async function tableChecksums(
  databaseUrl: string,
  tables: readonly string[] = DATA_TABLES,
): Promise<Record<string, string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const sums: Record<string, string> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ sum: string | null; n: string }>(
        `SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum,
                count(*) AS n
           FROM "${table}" t`,
      );
      sums[table] = `${rows[0]?.n ?? 0}:${rows[0]?.sum ?? ''}`;
    }
    return sums;
  } finally {
    await client.end();
  }
}

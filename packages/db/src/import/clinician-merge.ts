import type { ClientBase } from 'pg';

import { CLINICIAN_DATA_COLUMNS } from './clinician-staging';
import type { EntitySummary } from './import-types';

type Counts = Pick<EntitySummary, 'inserted' | 'updated' | 'unchanged' | 'deactivated'>;

// A stored clinician changes when its record changed, or when it comes back after a prune.
const DIFFERS = `(t.content_hash IS DISTINCT FROM s.content_hash
               OR t.active_status IS DISTINCT FROM s.active_status)`;
const ABSENT = `t.active_status
                AND NOT EXISTS (SELECT 1 FROM import_clinicians s WHERE s.id = t.id)`;

/** What merging the staged clinicians would do, without doing it. */
export async function countClinicians(client: ClientBase, prune: boolean): Promise<Counts> {
  const { rows } = await client.query<Omit<Counts, 'deactivated'>>(
    `SELECT count(*) FILTER (WHERE t.id IS NULL)::int AS inserted,
            count(*) FILTER (WHERE t.id IS NOT NULL AND ${DIFFERS})::int AS updated,
            count(*) FILTER (WHERE t.id IS NOT NULL AND NOT ${DIFFERS})::int AS unchanged
       FROM import_clinicians s
       LEFT JOIN clinicians t ON t.id = s.id`,
  );
  let deactivated = 0;
  if (prune) {
    const absent = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM clinicians t WHERE ${ABSENT}`,
    );
    deactivated = absent.rows[0]?.n ?? 0;
  }
  return { ...rows[0]!, deactivated };
}

/**
 * Upserts the staged clinicians in one statement, touching only rows whose content (or active
 * status) differs, and with `prune` deactivates stored clinicians the file no longer lists.
 */
export async function mergeClinicians(client: ClientBase, prune: boolean): Promise<void> {
  const columns = CLINICIAN_DATA_COLUMNS.map((name) => `"${name}"`);
  const updates = columns
    .filter((name) => name !== '"id"')
    .map((name) => `${name} = EXCLUDED.${name}`);
  await client.query(
    `INSERT INTO clinicians AS t (${columns.join(', ')}, imported_at, updated_at)
     SELECT ${columns.join(', ')}, now(), now() FROM import_clinicians
     ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}, updated_at = now()
      WHERE t.content_hash IS DISTINCT FROM EXCLUDED.content_hash
         OR t.active_status IS DISTINCT FROM EXCLUDED.active_status`,
  );
  if (prune) {
    await client.query(`UPDATE clinicians t SET active_status = false, updated_at = now()
                         WHERE ${ABSENT}`);
  }
}

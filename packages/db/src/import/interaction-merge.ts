import type { ClientBase } from 'pg';

import type { EntitySummary } from './import-types';
import { INTERACTION_DATA_COLUMNS } from './interaction-staging';

type Counts = Pick<EntitySummary, 'inserted' | 'unchanged' | 'skipped'>;

/** A staged interaction whose id is stored with different content. */
export interface InteractionConflict {
  position: number;
  id: string;
}

/** Staged interactions that would rewrite a stored one (interactions are append-only). */
export async function findInteractionConflicts(
  client: ClientBase,
  limit: number,
): Promise<{ conflicts: InteractionConflict[]; total: number }> {
  const { rows } = await client.query<InteractionConflict & { total: number }>(
    `SELECT s.position, s.id, count(*) OVER ()::int AS total
       FROM import_interactions s JOIN interactions t ON t.id = s.id
      WHERE t.content_hash IS DISTINCT FROM s.content_hash
      ORDER BY s.position
      LIMIT $1`,
    [limit],
  );
  return { conflicts: rows, total: rows[0]?.total ?? 0 };
}

/** What merging the staged interactions would do; those of erased patients are skipped. */
export async function countInteractions(client: ClientBase): Promise<Counts> {
  const { rows } = await client.query<Counts>(
    `SELECT count(*) FILTER (WHERE t.id IS NULL AND u.erased IS NOT TRUE)::int AS inserted,
            count(*) FILTER (WHERE t.id IS NOT NULL)::int AS unchanged,
            count(*) FILTER (WHERE t.id IS NULL AND u.erased)::int AS skipped
       FROM import_interactions s
       LEFT JOIN interactions t ON t.id = s.id
       LEFT JOIN users u ON u.id = s.user_id`,
  );
  return rows[0]!;
}

/**
 * Appends the staged interactions that are new, in one statement, and bumps the version of
 * every patient who gained history. Run after users and clinicians are merged (foreign keys).
 */
export async function mergeInteractions(client: ClientBase): Promise<void> {
  await client.query(
    `UPDATE users u SET version = u.version + 1, updated_at = now()
       FROM (SELECT DISTINCT s.user_id FROM import_interactions s
              WHERE NOT EXISTS (SELECT 1 FROM interactions t WHERE t.id = s.id)) gained
      WHERE u.id = gained.user_id AND NOT u.erased`,
  );

  const columns = INTERACTION_DATA_COLUMNS.map((name) => `"${name}"`);
  await client.query(
    `INSERT INTO interactions (${columns.join(', ')}, source)
     SELECT ${columns.map((name) => `s.${name}`).join(', ')}, 'import'
       FROM import_interactions s
      WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id AND u.erased)
     ON CONFLICT (id) DO NOTHING`,
  );
}

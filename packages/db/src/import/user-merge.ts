import type { ClientBase } from 'pg';

import type { EntitySummary } from './import-types';
import { CONTACT_DATA_COLUMNS, USER_DATA_COLUMNS } from './user-staging';

type Counts = Pick<EntitySummary, 'inserted' | 'updated' | 'unchanged' | 'skipped'>;

/** What merging the staged users would do; records of erased patients are skipped. */
export async function countUsers(client: ClientBase): Promise<Counts> {
  const { rows } = await client.query<Counts>(
    `SELECT count(*) FILTER (WHERE t.id IS NULL)::int AS inserted,
            count(*) FILTER (WHERE t.erased)::int AS skipped,
            count(*) FILTER (WHERE NOT t.erased
                               AND t.content_hash IS DISTINCT FROM s.content_hash)::int AS updated,
            count(*) FILTER (WHERE NOT t.erased AND t.content_hash = s.content_hash)::int
              AS unchanged
       FROM import_users s
       LEFT JOIN users t ON t.id = s.id`,
  );
  return rows[0]!;
}

/**
 * Upserts the staged users whose content changed (each change bumps the patient's version, so
 * cached personalised results are not served again) and replaces their contact details. An
 * erased patient is never brought back by an import.
 */
export async function mergeUsers(client: ClientBase): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE import_users_changed ON COMMIT DROP AS
     SELECT s.id FROM import_users s LEFT JOIN users t ON t.id = s.id
      WHERE t.id IS NULL OR (NOT t.erased AND t.content_hash IS DISTINCT FROM s.content_hash)`,
  );

  const columns = USER_DATA_COLUMNS.map((name) => `"${name}"`);
  const updates = columns
    .filter((name) => name !== '"id"')
    .map((name) => `${name} = EXCLUDED.${name}`);
  await client.query(
    `INSERT INTO users AS t (${columns.join(', ')}, imported_at, updated_at)
     SELECT ${columns.map((name) => `s.${name}`).join(', ')}, now(), now()
       FROM import_users s JOIN import_users_changed c ON c.id = s.id
     ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')},
        version = t.version + 1, updated_at = now()`,
  );

  const contacts = CONTACT_DATA_COLUMNS.map((name) => `"${name}"`);
  await client.query(
    `DELETE FROM user_contacts uc USING import_users_changed c WHERE uc.user_id = c.id`,
  );
  await client.query(
    `INSERT INTO user_contacts (user_id, ${contacts.join(', ')})
     SELECT s.id, ${contacts.map((name) => `s.${name}`).join(', ')}
       FROM import_users s JOIN import_users_changed c ON c.id = s.id
      WHERE coalesce(s.email, s.phone, s.city, s.zip_code) IS NOT NULL
         OR s.raw_location IS NOT NULL`,
  );
}

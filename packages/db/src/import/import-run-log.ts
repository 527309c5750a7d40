import type { ClientBase } from 'pg';

import type { EntitySummary, ImportEntity } from './import-types';

/** How an import run ended, as recorded in `import_runs`. */
export interface RunOutcome {
  status: 'succeeded' | 'rejected' | 'failed';
  counts: Partial<Record<ImportEntity, EntitySummary>> | null;
  rejections: number;
  changed: boolean;
  dataVersion: bigint | null;
  error?: string;
}

/** Records that an import started (committed at once, so a running import is visible). */
export async function startRun(
  client: ClientBase,
  directory: string,
  files: string[],
  prune: boolean,
): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO import_runs (status, directory, files, prune)
     VALUES ('running', $1, $2, $3) RETURNING id::text AS id`,
    [directory, JSON.stringify(files), prune],
  );
  return rows[0]!.id;
}

/** Records how an import ended; inside the import's transaction when it succeeded. */
export async function finishRun(
  client: ClientBase,
  id: string,
  outcome: RunOutcome,
): Promise<void> {
  await client.query(
    `UPDATE import_runs
        SET status = $2, finished_at = clock_timestamp(), counts = $3, rejections = $4,
            changed = $5, data_version = $6, error = $7
      WHERE id = $1`,
    [
      id,
      outcome.status,
      outcome.counts === null ? null : JSON.stringify(outcome.counts),
      outcome.rejections,
      outcome.changed,
      outcome.dataVersion === null ? null : outcome.dataVersion.toString(),
      outcome.error ?? null,
    ],
  );
}

import fs from 'node:fs';
import path from 'node:path';

import { Client } from 'pg';

import { finishRun, startRun } from './import-run-log';
import { runImportTransaction, type ImportFiles } from './import-transaction';
import {
  IMPORT_ENTITIES,
  IMPORT_FILES,
  type ImportOptions,
  type ImportReport,
} from './import-types';

/** The import folder holds none of the files an import reads. */
export class ImportFolderError extends Error {
  override readonly name = 'ImportFolderError';
}

/**
 * Imports the JSON files of a folder (`clinicians.json`, `users.json`, `interactions.json`; each
 * optional) into the database in one transaction on one connection. Every record of every file
 * is validated first; any rejection means nothing changes. Clinicians and users are upserted by
 * id, interactions appended by id, and the data version is bumped only when something changed.
 * Each run is recorded in `import_runs`, except dry runs, which write nothing at all.
 * Logs nothing: progress goes to `onProgress`, and the report says what happened.
 */
export async function importDirectory(options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const dir = path.resolve(options.dir);
  const files = findImportFiles(dir);
  const fileNames = IMPORT_ENTITIES.filter((entity) => files[entity]).map((e) => IMPORT_FILES[e]);
  if (fileNames.length === 0) {
    const expected = Object.values(IMPORT_FILES).join(', ');
    throw new ImportFolderError(`nothing to import: ${dir} has none of ${expected}`);
  }

  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const runId = options.dryRun
      ? null
      : await startRun(client, dir, fileNames, options.prune === true);
    try {
      await client.query('BEGIN');
      const outcome = await runImportTransaction(client, files, options);
      const rejectionCount = outcome.rejections.count;
      const commit = !options.dryRun && rejectionCount === 0;

      let dataVersion: bigint | null = null;
      if (commit && outcome.changed) dataVersion = await bumpDataVersion(client);
      if (commit && runId !== null) {
        const counts = outcome.summary;
        const succeeded = { status: 'succeeded' as const, counts, rejections: 0, dataVersion };
        await finishRun(client, runId, { ...succeeded, changed: outcome.changed });
      }
      await client.query(commit ? 'COMMIT' : 'ROLLBACK');
      if (!commit && runId !== null) {
        const rejected = { status: 'rejected' as const, counts: outcome.summary, dataVersion };
        await finishRun(client, runId, { ...rejected, rejections: rejectionCount, changed: false });
      }

      return {
        runId,
        status: options.dryRun ? 'dry_run' : commit ? 'succeeded' : 'rejected',
        committed: commit,
        changed: commit && outcome.changed,
        dataVersion,
        files: fileNames,
        summary: outcome.summary,
        rejections: outcome.rejections.kept,
        rejectionCount,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (runId !== null) {
        const failed = { status: 'failed' as const, counts: null, rejections: 0, changed: false };
        const message = error instanceof Error ? error.message : String(error);
        await finishRun(client, runId, { ...failed, dataVersion: null, error: message }).catch(
          () => undefined,
        );
      }
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** The import files present in a folder, by entity. */
export function findImportFiles(dir: string): ImportFiles {
  const files: ImportFiles = {};
  for (const entity of IMPORT_ENTITIES) {
    const file = path.join(dir, IMPORT_FILES[entity]);
    if (fs.existsSync(file)) files[entity] = file;
  }
  return files;
}

async function bumpDataVersion(client: Client): Promise<bigint> {
  const { rows } = await client.query<{ version: string }>(
    `INSERT INTO data_versions (kind, version, updated_at) VALUES ('data', 1, now())
     ON CONFLICT (kind) DO UPDATE SET version = data_versions.version + 1, updated_at = now()
     RETURNING version::text AS version`,
  );
  return BigInt(rows[0]!.version);
}

import type { ClientBase } from 'pg';

import { countClinicians, mergeClinicians } from './clinician-merge';
import { checkClinicianRecord } from './clinician-record-check';
import { clinicianStaging } from './clinician-staging';
import { stageFile, type FileStageResult } from './file-stager';
import {
  emptySummary,
  IMPORT_FILES,
  type EntitySummary,
  type ImportEntity,
  type ImportOptions,
} from './import-types';
import {
  countInteractions,
  findInteractionConflicts,
  mergeInteractions,
} from './interaction-merge';
import { interactionRecordChecker, type IdLookup, type KnownIds } from './interaction-record-check';
import { interactionStaging } from './interaction-staging';
import type { RecordChecker } from './record-check';
import { RejectionCollector } from './rejection-collector';
import type { StagingTable } from './staging-table';
import { checkUserRecord } from './user-record-check';
import { countUsers, mergeUsers } from './user-merge';
import { userStaging } from './user-staging';

/** Any constant shared by every importer: concurrent imports wait for each other on it. */
export const IMPORT_LOCK_KEY = 0x4c4a494d;

/** Paths of the files found in the import folder, by entity. */
export type ImportFiles = Partial<Record<ImportEntity, string>>;

/** What the transaction found and (unless rejected or a dry run) did. */
export interface TransactionOutcome {
  summary: Record<ImportEntity, EntitySummary>;
  rejections: RejectionCollector;
  changed: boolean;
}

const NONE: IdLookup = { has: () => false };

/**
 * The body of an import, inside the caller's open transaction on one connection. Takes the
 * import lock first, so a concurrent import waits and then sees this one's result. Validates and
 * stages every file, then, when nothing was rejected and this is not a dry run, merges.
 */
export async function runImportTransaction(
  client: ClientBase,
  files: ImportFiles,
  options: ImportOptions,
): Promise<TransactionOutcome> {
  const limit = options.maxRejections ?? 10_000;
  const rejections = new RejectionCollector(limit);
  const summary = {
    clinicians: emptySummary(),
    users: emptySummary(),
    interactions: emptySummary(),
  };
  const read = <T>(
    entity: ImportEntity,
    idField: string,
    table: StagingTable<T>,
    check: RecordChecker<T>,
  ): Promise<FileStageResult> =>
    stageFile({
      entity,
      path: files[entity]!,
      file: IMPORT_FILES[entity],
      idField,
      check,
      rejections,
      writer: table.open(client),
      onProgress: options.onProgress,
    });

  await client.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK_KEY]);
  await clinicianStaging.create(client);
  await userStaging.create(client);
  await interactionStaging.create(client);

  // 1. Validate and stage; clinicians and users first, so interactions can be checked against them.
  const clinicians = files.clinicians
    ? await read('clinicians', 'clinician_id', clinicianStaging, checkClinicianRecord)
    : null;
  const users = files.users ? await read('users', 'user_id', userStaging, checkUserRecord) : null;
  if (files.interactions) {
    const inFiles: KnownIds = { clinicians: clinicians?.ids ?? NONE, users: users?.ids ?? NONE };
    const check = interactionRecordChecker(inFiles, await storedIds(client));
    await read('interactions', 'interaction_id', interactionStaging, check);
    if (rejections.count === 0) await rejectConflicts(client, rejections, limit);
  }
  for (const entity of ['clinicians', 'users', 'interactions'] as const) {
    summary[entity].rejected = rejections.rejectedRecords(entity);
  }
  if (rejections.count > 0) return { summary, rejections, changed: false };

  // 2. Count what the merge will do.
  for (const table of [clinicianStaging, userStaging, interactionStaging]) {
    await table.analyse(client);
  }
  const prune = options.prune === true && files.clinicians !== undefined;
  if (files.clinicians) Object.assign(summary.clinicians, await countClinicians(client, prune));
  if (files.users) Object.assign(summary.users, await countUsers(client));
  if (files.interactions) Object.assign(summary.interactions, await countInteractions(client));
  const changed = Object.values(summary).some(
    (counts) => counts.inserted + counts.updated + counts.deactivated > 0,
  );
  if (options.dryRun || !changed) return { summary, rejections, changed };

  // 3. Merge, parents before children (foreign keys).
  const steps: [ImportEntity, () => Promise<void>][] = [];
  if (files.clinicians) steps.push(['clinicians', () => mergeClinicians(client, prune)]);
  if (files.users) steps.push(['users', () => mergeUsers(client)]);
  if (files.interactions) steps.push(['interactions', () => mergeInteractions(client)]);
  for (const [index, [entity, merge]] of steps.entries()) {
    options.onProgress?.({
      phase: 'write',
      file: entity,
      done: index,
      total: steps.length,
      records: 0,
    });
    await merge();
  }
  options.onProgress?.({
    phase: 'write',
    file: 'database',
    done: steps.length,
    total: steps.length,
    records: 0,
  });
  return { summary, rejections, changed };
}

/** Ids already stored; only ids are held, so memory stays small however large the tables. */
async function storedIds(client: ClientBase): Promise<KnownIds> {
  const clinicians = await client.query<{ id: string }>('SELECT id FROM clinicians');
  const users = await client.query<{ id: string }>('SELECT id FROM users');
  return {
    clinicians: new Set(clinicians.rows.map((row) => row.id)),
    users: new Set(users.rows.map((row) => row.id)),
  };
}

async function rejectConflicts(
  client: ClientBase,
  rejections: RejectionCollector,
  limit: number,
): Promise<void> {
  const { conflicts, total } = await findInteractionConflicts(client, limit);
  const file = IMPORT_FILES.interactions;
  const reason = 'already stored with different content: interactions are append-only';
  for (const { position, id } of conflicts) {
    rejections.reject('interactions', { file, position, id }, [{ path: 'interaction_id', reason }]);
  }
  // Conflicts beyond the report limit still count.
  for (let index = conflicts.length; index < total; index += 1) {
    rejections.reject('interactions', { file, position: null, id: null }, [{ path: '', reason }]);
  }
}

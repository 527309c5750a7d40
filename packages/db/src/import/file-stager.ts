import type { ImportEntity, ImportProgress } from './import-types';
import { JsonArrayFormatError, readJsonArray, type ReadProgress } from './json-array-reader';
import type { RecordChecker } from './record-check';
import { readId, type RejectionCollector } from './rejection-collector';
import type { StagingWriter } from './staging-table';

/** How one file is read: what it holds, how records are checked, where valid ones go. */
export interface FileStageOptions<T> {
  entity: ImportEntity;
  /** path of the file */
  path: string;
  /** its name in reports */
  file: string;
  idField: string;
  check: RecordChecker<T>;
  rejections: RejectionCollector;
  /** receives valid records while nothing anywhere has been rejected */
  writer: StagingWriter<T>;
  onProgress?: (progress: ImportProgress) => void;
}

/** What reading one file found. */
export interface FileStageResult {
  records: number;
  /** every readable id in the file (valid or not) → its first position, for reference checks */
  ids: ReadonlyMap<string, number>;
}

// Report progress every this many records.
const PROGRESS_EVERY = 2000;

/**
 * Reads one file record by record: validates each, rejects duplicates of an id seen earlier in
 * the file, and streams valid records into staging. Once anything is rejected the import cannot
 * commit, so staging stops while validation carries on to report every rejection.
 */
export async function stageFile<T>(options: FileStageOptions<T>): Promise<FileStageResult> {
  const { entity, file, idField, check, rejections, writer, onProgress } = options;
  const firstPosition = new Map<string, number>();
  const progress: ReadProgress = { bytesRead: 0, bytesTotal: 0 };
  const report = (records: number) =>
    onProgress?.({
      phase: 'validate',
      file,
      done: progress.bytesRead,
      total: progress.bytesTotal,
      records,
    });

  let records = 0;
  try {
    for await (const { position, value, error } of readJsonArray(options.path, progress)) {
      records += 1;
      if (records % PROGRESS_EVERY === 0) report(records);
      if (error !== undefined) {
        rejections.reject(entity, { file, position, id: null }, [{ path: '', reason: error }]);
        continue;
      }

      const id = readId(value, idField);
      const earlier = id === null ? undefined : firstPosition.get(id);
      if (id !== null && earlier === undefined) firstPosition.set(id, position);

      const verdict = check(value, position);
      if (earlier !== undefined) {
        const reason = `duplicate ${idField}: also at position ${earlier} of ${file}`;
        rejections.reject(entity, { file, position, id }, [{ path: idField, reason }]);
      } else if (!verdict.ok) {
        rejections.reject(entity, { file, position, id }, verdict.issues);
      } else if (rejections.count === 0) {
        await writer.write(verdict.item);
      }
    }
  } catch (error) {
    if (!(error instanceof JsonArrayFormatError)) throw error;
    const reason = `not a readable JSON array: ${error.message}`;
    rejections.reject(entity, { file, position: error.position, id: null }, [{ path: '', reason }]);
  } finally {
    await writer.end();
  }

  report(records);
  return { records, ids: firstPosition };
}

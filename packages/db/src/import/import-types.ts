/** The record kinds an import reads, each from its own file in the import folder. */
export const IMPORT_ENTITIES = ['clinicians', 'users', 'interactions'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

/** The file each entity is read from. */
export const IMPORT_FILES: Record<ImportEntity, string> = {
  clinicians: 'clinicians.json',
  users: 'users.json',
  interactions: 'interactions.json',
};

/** One rejected record (or one problem with it): where it is and what is wrong. */
export interface ImportRejection {
  /** file name inside the import folder, for example `clinicians.json` */
  file: string;
  /** 0-based index in the file's top-level array; null when the file itself is unreadable */
  position: number | null;
  /** the record's id when it has a readable one */
  id: string | null;
  /** dotted field path inside the record (`basic_info.license_states.2`); empty for the record */
  path: string;
  reason: string;
}

/** What an import did (or, for a dry run, would do) to one entity. */
export interface EntitySummary {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** clinicians deactivated by `prune` */
  deactivated: number;
  /** records left alone because their patient was erased */
  skipped: number;
}

/** A progress report: reading a file (bytes) or writing to the database (steps). */
export interface ImportProgress {
  phase: 'validate' | 'write';
  /** the file being read, or the entity being written */
  file: string;
  done: number;
  total: number;
  /** records read so far from this file (validate phase) */
  records: number;
}

/** Options of `importDirectory`. */
export interface ImportOptions {
  databaseUrl: string;
  /** folder holding `clinicians.json`, `users.json` and/or `interactions.json` */
  dir: string;
  /** validate and count against the database, then roll back */
  dryRun?: boolean;
  /** deactivate stored clinicians absent from `clinicians.json` */
  prune?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** rejections kept in the report (all are counted); 10,000 unless set */
  maxRejections?: number;
}

/** The outcome of an import. Nothing was written unless `committed` is true. */
export interface ImportReport {
  /** the `import_runs` row; null for dry runs, which write nothing */
  runId: string | null;
  status: 'succeeded' | 'rejected' | 'dry_run';
  committed: boolean;
  /** whether any row changed (and so the data version was bumped) */
  changed: boolean;
  dataVersion: bigint | null;
  files: string[];
  summary: Record<ImportEntity, EntitySummary>;
  rejections: ImportRejection[];
  rejectionCount: number;
  durationMs: number;
}

/** An empty summary for one entity. */
export function emptySummary(): EntitySummary {
  return { inserted: 0, updated: 0, unchanged: 0, rejected: 0, deactivated: 0, skipped: 0 };
}

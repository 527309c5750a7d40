import type { RecordIssue } from './rejection-collector';

/** The verdict on one raw record: a staged item (with its id) or the issues that reject it. */
export type RecordCheck<T> =
  { ok: true; id: string; item: T } | { ok: false; issues: RecordIssue[] };

/** Validates and maps one raw record of a file. */
export type RecordChecker<T> = (value: unknown, position: number) => RecordCheck<T>;

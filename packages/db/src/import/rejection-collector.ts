import { formatZodIssues } from '@lunajoy/models';

import type { ImportEntity, ImportRejection } from './import-types';

/** One problem found in a record: the field path inside it and why. */
export interface RecordIssue {
  path: string;
  reason: string;
}

/**
 * Collects rejections across every file of an import. Every rejection is counted; only the first
 * `limit` are kept, so a file of a million bad records cannot exhaust memory.
 */
export class RejectionCollector {
  readonly kept: ImportRejection[] = [];
  private total = 0;
  private readonly records = new Map<ImportEntity, number>();

  constructor(private readonly limit: number) {}

  /** Rejects one record for one or more issues; the record counts once for its entity. */
  reject(
    entity: ImportEntity,
    where: Omit<ImportRejection, 'path' | 'reason'>,
    issues: RecordIssue[],
  ) {
    this.records.set(entity, (this.records.get(entity) ?? 0) + 1);
    for (const issue of issues) {
      this.total += 1;
      if (this.kept.length < this.limit) this.kept.push({ ...where, ...issue });
    }
  }

  /** Rejections found so far, kept or not. */
  get count(): number {
    return this.total;
  }

  /** Records of one entity rejected so far. */
  rejectedRecords(entity: ImportEntity): number {
    return this.records.get(entity) ?? 0;
  }
}

/** Zod issues as record issues, each at its dotted path inside the record. */
export function issuesOf(error: Parameters<typeof formatZodIssues>[0]): RecordIssue[] {
  return formatZodIssues(error).map((issue) => ({ path: issue.path, reason: issue.message }));
}

/** The id of a raw record when it has a readable one, for reports on records that failed. */
export function readId(value: unknown, field: string): string | null {
  if (value === null || typeof value !== 'object') return null;
  const id = (value as Record<string, unknown>)[field];
  if (typeof id === 'string') return id.trim() || null;
  if (typeof id === 'number') return String(id);
  return null;
}

import type { PrismaClient } from '../generated/prisma/client';

/** One recorded import. */
export interface ImportRunRecord {
  id: string;
  startedAt: Date;
  finishedAt: Date | null;
  status: string;
  directory: string;
  files: string[];
  prune: boolean;
  counts: unknown;
  rejections: number;
  changed: boolean;
  dataVersion: bigint | null;
  error: string | null;
}

/** Reads the import audit trail (the importer writes it). */
export class ImportRunRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The latest runs, newest first. */
  async listImportRuns(limit = 20): Promise<ImportRunRecord[]> {
    const rows = await this.prisma.importRun.findMany({
      orderBy: { id: 'desc' },
      take: limit,
    });
    return rows.map(toRecord);
  }

  /** One run by id, or null. */
  async findImportRun(id: string): Promise<ImportRunRecord | null> {
    const row = await this.prisma.importRun.findUnique({ where: { id: BigInt(id) } });
    return row === null ? null : toRecord(row);
  }
}

function toRecord(row: {
  id: bigint;
  startedAt: Date;
  finishedAt: Date | null;
  status: string;
  directory: string;
  files: unknown;
  prune: boolean;
  counts: unknown;
  rejections: number;
  changed: boolean;
  dataVersion: bigint | null;
  error: string | null;
}): ImportRunRecord {
  return { ...row, id: row.id.toString(), files: row.files as string[] };
}

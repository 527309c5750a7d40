import type { Prisma, PrismaClient } from '../generated/prisma/client';

/** The versions API instances watch: a new one means "reload your snapshot". */
export type VersionKind = 'data' | 'model';

/** Both versions, read together. */
export interface Versions {
  data: bigint;
  model: bigint;
  /** when each counter last moved (the import or training committed); null before the first */
  updatedAt: Record<VersionKind, Date | null>;
}

/** Reads and bumps the `data_versions` counters. */
export class DataVersionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * The current data and model versions (0 before anything was imported or trained) and when
   * each was last bumped.
   */
  async getVersions(): Promise<Versions> {
    const rows = await this.prisma.dataVersion.findMany();
    const versions: Versions = { data: 0n, model: 0n, updatedAt: { data: null, model: null } };
    for (const row of rows) {
      if (row.kind === 'data' || row.kind === 'model') {
        versions[row.kind] = row.version;
        // The migration inserts both rows at 0; that stamp is not an import or a training.
        versions.updatedAt[row.kind] = row.version > 0n ? row.updatedAt : null;
      }
    }
    return versions;
  }

  /**
   * Adds one to a version and returns the new value; pass `tx` to make the bump part of the
   * transaction that made the change, so readers never see the version before the data.
   */
  async bumpVersion(kind: VersionKind, tx?: Prisma.TransactionClient): Promise<bigint> {
    const client = tx ?? this.prisma;
    const row = await client.dataVersion.upsert({
      where: { kind },
      create: { kind, version: 1n },
      update: { version: { increment: 1 }, updatedAt: new Date() },
    });
    return row.version;
  }
}

import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { DataVersionRepository } from './data-version.repository';
import { insertClusterRows, insertNeighbourRows, readNeighbourRows } from './model-rows';
import type { SavedModel, SaveModelOptions, StoredModel, StoredModelCluster } from './stored-model';

/** Options of the model repository. */
export interface ModelRepositoryOptions {
  /**
   * ready models kept whole (default 3): an API instance still loading the previous model finds
   * it, and a bad model can be looked at next to the one before it
   */
  keepModels?: number;
}

const DEFAULT_KEEP_MODELS = 3;
// A large model (millions of neighbour rows) takes minutes to write; Prisma's 5 s default
// would roll it back.
const SAVE_TIMEOUT_MS = 30 * 60_000;
const LOAD_TIMEOUT_MS = 10 * 60_000;

/**
 * Stores trained models, versioned by the `model` counter of `data_versions`: one `models` row,
 * one `model_clusters` row per cluster and one `model_neighbours` row per (patient, neighbour).
 *
 * Retention: saving a model keeps the latest `keepModels` ready models whole; older ones are
 * marked `retired` and their cluster and neighbour rows are deleted (the `models` row stays, with
 * its params and metrics, as a record of what was trained).
 */
export class ModelRepository {
  private readonly versions: DataVersionRepository;
  private readonly keepModels: number;

  constructor(
    private readonly prisma: PrismaClient,
    options: ModelRepositoryOptions = {},
  ) {
    this.versions = new DataVersionRepository(prisma);
    this.keepModels = Math.max(1, options.keepModels ?? DEFAULT_KEEP_MODELS);
  }

  /**
   * Saves a model under the next model version, in one transaction that also bumps the `model`
   * row of `data_versions`, so an instance that sees the new version always finds the model.
   */
  async saveModel(model: StoredModel, options: SaveModelOptions = {}): Promise<SavedModel> {
    return this.prisma.$transaction(
      async (tx) => {
        const version = await this.versions.bumpVersion('model', tx);
        const id = `model_${version}`;
        const neighbourhoods = model.neighbours.size;
        const metrics = { ...options.metrics, clusters: model.clusters.length, neighbourhoods };

        // JSON goes as text: Prisma's own JSON parameters round doubles (see `model-rows.ts`).
        await tx.$executeRaw`
          INSERT INTO models (id, version, trained_at, fingerprint, params, feature_spec,
                              metrics, status)
          VALUES (${id}, ${version}, ${new Date(model.trainedAt).toISOString()}::timestamptz,
                  ${model.version}, ${JSON.stringify(model.params)}::jsonb,
                  ${JSON.stringify(model.featureSpec)}::jsonb, ${JSON.stringify(metrics)}::jsonb,
                  'ready')`;
        const clusterRows = await insertClusterRows(tx, id, model.clusters);
        const neighbourRows = await insertNeighbourRows(
          tx,
          id,
          model.neighbours,
          options.onProgress,
        );
        const retiredVersions = await this.retireOldModels(tx);

        return { id, version, clusterRows, neighbourRows, retiredVersions };
      },
      { maxWait: 10_000, timeout: SAVE_TIMEOUT_MS },
    );
  }

  /** The version of the latest ready model, or null before any model was saved. */
  async findModelVersion(): Promise<bigint | null> {
    const row = await this.prisma.model.findFirst({
      where: { status: 'ready' },
      orderBy: { version: 'desc' },
      select: { version: true },
    });
    return row?.version ?? null;
  }

  /**
   * The latest ready model, rebuilt in the shape it was saved in (the engine's `TrainedModel`
   * when it saved it: pass that type as `M`), or null when there is none.
   */
  async loadLatestModel<M extends StoredModel = StoredModel>(): Promise<M | null> {
    return this.load<M>(null);
  }

  /** The ready model saved under `version`, or null when there is none (or it was retired). */
  async loadModel<M extends StoredModel = StoredModel>(version: bigint): Promise<M | null> {
    return this.load<M>(version);
  }

  private async load<M extends StoredModel>(version: bigint | null): Promise<M | null> {
    // One snapshot of the database for all three reads, so a model retired meanwhile by another
    // process's save is still read whole.
    return this.prisma.$transaction(
      async (tx) => {
        const row = await tx.model.findFirst({
          where: { status: 'ready', ...(version !== null && { version }) },
          orderBy: { version: 'desc' },
        });
        if (row === null) return null;

        const clusterRows = await tx.modelCluster.findMany({
          where: { modelId: row.id },
          orderBy: { clusterId: 'asc' },
        });
        const clusters: StoredModelCluster[] = clusterRows.map((cluster) => ({
          id: cluster.clusterId,
          label: cluster.label,
          centre: cluster.centre,
          size: cluster.size,
          favourites: cluster.favourites as unknown as StoredModelCluster['favourites'],
        }));
        const neighbours = await readNeighbourRows(tx, row.id);
        const model: StoredModel = {
          version: row.fingerprint,
          trainedAt: row.trainedAt.getTime(),
          params: row.params as object,
          clusters,
          neighbours,
          featureSpec: row.featureSpec as object,
        };
        return model as M;
      },
      {
        isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
        maxWait: 10_000,
        timeout: LOAD_TIMEOUT_MS,
      },
    );
  }

  /** Retires every ready model but the latest `keepModels`; returns their versions. */
  private async retireOldModels(tx: Prisma.TransactionClient): Promise<bigint[]> {
    const old = await tx.model.findMany({
      where: { status: 'ready' },
      orderBy: { version: 'desc' },
      skip: this.keepModels,
      select: { id: true, version: true },
    });
    if (old.length === 0) return [];

    const ids = old.map((model) => model.id);
    await tx.modelNeighbour.deleteMany({ where: { modelId: { in: ids } } });
    await tx.modelCluster.deleteMany({ where: { modelId: { in: ids } } });
    await tx.model.updateMany({ where: { id: { in: ids } }, data: { status: 'retired' } });
    return old.map((model) => model.version).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

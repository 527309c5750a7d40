import { createTestDatabase, findTestDatabaseServer, type TestDatabase } from '../testing';
import { DataVersionRepository } from './data-version.repository';
import { ModelRepository } from './model.repository';
import type { StoredModel, StoredNeighbour } from './stored-model';

const server = findTestDatabaseServer('ModelRepository');
const describeDb = server ? describe : describe.skip;

/** A model with awkward doubles, so the round trip has to be exact to compare equal. */
function sampleModel(patients: number, neighboursEach: number, tag = 'a'): StoredModel {
  const neighbours = new Map<string, StoredNeighbour[]>();
  for (let p = 0; p < patients; p += 1) {
    const list = Array.from({ length: neighboursEach }, (_, n) => ({
      id: `user_${String((p + n + 1) % patients).padStart(6, '0')}`,
      similarity: 1 / (3 + n) + p * 1e-7,
    }));
    neighbours.set(`user_${String(p).padStart(6, '0')}`, list);
  }
  return {
    version: `20261101T000000-${tag}`,
    trainedAt: Date.UTC(2026, 10, 1, 12, 30, 15, 250),
    params: {
      clusterCount: 2,
      seed: 42,
      weight: 0.1 + 0.2,
      neighbourhood: { neighbourCount: neighboursEach },
    },
    clusters: [
      {
        id: 0,
        label: 'anxiety, 25-34',
        centre: [0.1 + 0.2, 1 / 3, 0],
        size: 10,
        favourites: [
          { clinicianId: 'clin_1', score: 1 },
          { clinicianId: 'clin_2', score: 0.5714 },
        ],
      },
      {
        id: 1,
        label: 'depression, 45-54',
        centre: [Math.PI, 2 / 7, 1e-12],
        size: 4,
        favourites: [],
      },
    ],
    neighbours,
    featureSpec: {
      dimension: 3,
      blocks: [{ name: 'age', offset: 0, columns: ['age'], scale: Math.sqrt(0.75 / 2) }],
    },
  };
}

describeDb('ModelRepository', () => {
  let db: TestDatabase;
  let repository: ModelRepository;

  beforeEach(async () => {
    db = await createTestDatabase();
    repository = new ModelRepository(db.prisma, { keepModels: 2 });
  });

  afterEach(async () => {
    await db?.drop();
  });

  it('finds no model before one was saved', async () => {
    expect(await repository.findModelVersion()).toBeNull();
    expect(await repository.loadLatestModel()).toBeNull();
  });

  it('saves a model and loads back an equal one, neighbourhoods as rows', async () => {
    const model = sampleModel(50, 4);

    const saved = await repository.saveModel(model, { metrics: { trainingMs: 12 } });

    expect(saved).toEqual({
      id: 'model_1',
      version: 1n,
      clusterRows: 2,
      neighbourRows: 200,
      retiredVersions: [],
    });
    const loaded = await repository.loadLatestModel();
    expect(loaded).toEqual(model);
    expect([...loaded!.neighbours.keys()]).toEqual([...model.neighbours.keys()]);
    const ranks = await db.prisma.modelNeighbour.findMany({
      where: { modelId: 'model_1', userId: 'user_000007' },
      orderBy: { rank: 'asc' },
    });
    expect(ranks.map((r) => [r.rank, r.neighbourId])).toEqual([
      [1, 'user_000008'],
      [2, 'user_000009'],
      [3, 'user_000010'],
      [4, 'user_000011'],
    ]);
    const row = await db.prisma.model.findUniqueOrThrow({ where: { id: 'model_1' } });
    expect(row.metrics).toEqual({ trainingMs: 12, clusters: 2, neighbourhoods: 50 });
  });

  it('bumps the model version with each save, and data_versions with it', async () => {
    await repository.saveModel(sampleModel(5, 2, 'a'));
    const second = await repository.saveModel(sampleModel(6, 2, 'b'));

    expect(second.version).toBe(2n);
    expect(await repository.findModelVersion()).toBe(2n);
    expect((await new DataVersionRepository(db.prisma).getVersions()).model).toBe(2n);
    expect((await repository.loadLatestModel())?.version).toBe('20261101T000000-b');
    expect((await repository.loadModel(1n))?.version).toBe('20261101T000000-a');
  });

  it('keeps the latest models whole and retires older ones, deleting their rows', async () => {
    for (const tag of ['a', 'b', 'c']) await repository.saveModel(sampleModel(5, 2, tag));

    const statuses = await db.prisma.model.findMany({
      orderBy: { version: 'asc' },
      select: { id: true, status: true },
    });
    expect(statuses).toEqual([
      { id: 'model_1', status: 'retired' },
      { id: 'model_2', status: 'ready' },
      { id: 'model_3', status: 'ready' },
    ]);
    expect(await db.prisma.modelNeighbour.count({ where: { modelId: 'model_1' } })).toBe(0);
    expect(await db.prisma.modelCluster.count({ where: { modelId: 'model_1' } })).toBe(0);
    expect(await repository.loadModel(1n)).toBeNull();
    expect((await repository.loadModel(2n))?.version).toBe('20261101T000000-b');
  });

  it('writes nothing and keeps the version when the save fails', async () => {
    const broken = sampleModel(5, 2);
    broken.clusters.push({ ...broken.clusters[0]! });

    await expect(repository.saveModel(broken)).rejects.toThrow();

    expect(await db.prisma.model.count()).toBe(0);
    expect(await db.prisma.modelNeighbour.count()).toBe(0);
    expect((await new DataVersionRepository(db.prisma).getVersions()).model).toBe(0n);
  });

  it('writes and reads a large model in chunks and pages', async () => {
    const model = sampleModel(30_000, 5);

    const started = Date.now();
    const progress: number[] = [];
    const saved = await repository.saveModel(model, { onProgress: (p) => progress.push(p.done) });
    const savedMs = Date.now() - started;
    const loaded = await repository.loadLatestModel();
    const loadedMs = Date.now() - started - savedMs;

    expect(saved.neighbourRows).toBe(150_000);
    expect(progress).toEqual([0, 100_000, 150_000]);
    expect(loaded?.neighbours.size).toBe(30_000);
    expect(loaded).toEqual(model);
    process.stderr.write(
      `150,000 neighbour rows: saved in ${savedMs} ms, loaded in ${loadedMs} ms\n`,
    );
  });
});

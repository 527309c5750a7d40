import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createVersionChannel } from '@lunajoy/cache';
import { ModelRepository } from '@lunajoy/db';
import {
  createTestDatabase,
  findTestDatabaseServer,
  writeImportFixture,
  type TestDatabase,
} from '@lunajoy/db/testing';
import type { TrainedModel } from '@lunajoy/engine';

import { buildProgram } from '../cli';

const server = findTestDatabaseServer('admin train');
const describeDb = server ? describe : describe.skip;

/** Redis is optional here: without it the announcement test is skipped, saying why. */
function findRedis(): string | undefined {
  const url = process.env.REDIS_URL;
  if (url) return url;
  const reason = 'admin train: REDIS_URL is not set (the announcement test needs Redis)';
  if (process.env.REQUIRE_SERVICES === '1') throw new Error(`${reason}, and REQUIRE_SERVICES=1`);
  process.stderr.write(`${reason}: skipped\n`);
  return undefined;
}
const redisUrl = server ? findRedis() : undefined;
const itRedis = redisUrl ? it : it.skip;

describeDb('admin train', () => {
  let db: TestDatabase;
  let dir: string;
  let output: string[];
  const saved: Record<string, string | undefined> = {};
  const run = (...args: string[]) =>
    buildProgram({ exitOverride: true }).parseAsync(['node', 'lunajoy-admin', ...args]);
  const setEnv = (name: string, value: string | undefined) => {
    if (!(name in saved)) saved[name] = process.env[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-admin-train-'));
    writeImportFixture(dir, { clinicians: 40, users: 60, interactions: 900 });
    setEnv('DATABASE_URL', db.url);
    setEnv('REDIS_URL', undefined);
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await run('import', '--dir', dir);
  });

  beforeEach(() => {
    output = [];
    jest.mocked(console.log).mockImplementation((line: string) => void output.push(line));
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('trains a model with clusters and neighbour rows and saves it as model version 1', async () => {
    await run('train');

    const text = output.join('\n');
    expect(text).toContain('trained on 60 patients, 900 interactions and 40 active clinicians');
    expect(text).toMatch(/saved model version 1 \(\d{8}T\d{6}-[0-9a-f]{8}\)/);
    expect(text).toMatch(/REDIS_URL is not set: instances pick up model version 1/);

    const model = await new ModelRepository(db.prisma).loadLatestModel<TrainedModel>();
    expect(model).not.toBeNull();
    const clusters = await db.prisma.modelCluster.findMany({ where: { modelId: 'model_1' } });
    const rows = await db.prisma.modelNeighbour.count({ where: { modelId: 'model_1' } });
    expect(clusters.length).toBeGreaterThan(1);
    expect(clusters.reduce((sum, c) => sum + c.size, 0)).toBe(40); // basic + complete patients
    expect(clusters.every((c) => c.label.length > 0)).toBe(true);
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBe([...model!.neighbours.values()].reduce((sum, l) => sum + l.length, 0));
    expect(text).toContain(`${rows} neighbour rows`);
    // Trained at the data's own "now": the latest interaction.
    expect(new Date(model!.trainedAt).toISOString()).toBe('2024-06-01T14:59:30.000Z');
  });

  it('retrains the same data into the same model under the next version', async () => {
    const repository = new ModelRepository(db.prisma);
    const before = await repository.loadLatestModel<TrainedModel>();

    await run('train');

    expect(await repository.findModelVersion()).toBe(2n);
    expect(await repository.loadLatestModel<TrainedModel>()).toEqual(before);
  });

  itRedis('announces the new model version on the version channel', async () => {
    const prefix = `lj_test_train_${process.pid}_${Date.now()}:`;
    const channel = createVersionChannel({ redisUrl, prefix });
    const messages: unknown[] = [];
    await channel.subscribe((message) => messages.push(message));
    setEnv('REDIS_URL', redisUrl);
    setEnv('CACHE_PREFIX', prefix);
    try {
      await run('train');
      await waitFor(() => messages.length > 0);
    } finally {
      setEnv('REDIS_URL', undefined);
      await channel.close();
    }

    expect(messages).toEqual([{ kind: 'model', version: '3' }]);
    expect(output.join('\n')).toContain('announced model version 3');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

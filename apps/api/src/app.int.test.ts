import { createTestDatabase, findTestDatabaseServer, type TestDatabase } from '@lunajoy/db/testing';
import { fixedClock } from '@lunajoy/models';
import request from 'supertest';

import { createApp } from './app';
import { composeRuntime, type Runtime } from './composition-root';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { FIXTURE_NOW, FIXTURE_SEED_DIR } from './testing/fixture-clinicians';
import { LogCapture } from './testing/log-capture';

const server = findTestDatabaseServer('apps/api app.int.test');
const describeWithDb = server ? describe : describe.skip;

async function startRuntime(db: TestDatabase, dataDir: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    CACHE_PREFIX: `lj-test-${db.name}:`,
  });
  const logs = new LogCapture();
  const runtime = await composeRuntime(config, createLogger(config.log, logs), {
    clock: fixedClock(FIXTURE_NOW),
  });
  await runtime.deps.snapshotStore.load();
  return { runtime, logs, app: createApp(runtime.deps) };
}

describeWithDb('the API over PostgreSQL, seeded from a fixture folder', () => {
  let db: TestDatabase;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  let logs: LogCapture;

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ runtime, app, logs } = await startRuntime(db, FIXTURE_SEED_DIR));
  });

  afterAll(async () => {
    await runtime?.close();
    await db?.drop();
  });

  it('imports the folder into the empty database and logs the counts', () => {
    const imported = logs.entries().find((e) => e.msg === 'seed data imported');

    expect(imported).toMatchObject({ clinicians: expect.objectContaining({ inserted: 8 }) });
  });

  it('is ready with the database reachable and the imported data version', async () => {
    const res = await request(app).get('/api/ready').expect(200);

    expect(res.body).toMatchObject({
      status: 'ready',
      database: 'ok',
      cache: 'ok',
      snapshot_version: '1',
      model_version: null,
      clinicians: 7,
    });
  });

  it('matches against the imported clinicians', async () => {
    const res = await request(app)
      .post('/api/v1/match?limit=3')
      .send({ state: 'CA', appointment_type: 'therapy', clinical_needs: ['anxiety'] })
      .expect(200);

    expect(res.body.matches).toHaveLength(3);
    expect(res.body.total_matches).toBe(4);
    expect(res.body.matches[0].explanation.primary_reasons.length).toBeGreaterThan(0);
  });

  it('browses inactive clinicians read from the database', async () => {
    await request(app)
      .get('/api/v1/clinicians/c-005')
      .expect(200, /"active_status":false/);
    const res = await request(app).get('/api/v1/clinicians?active=false').expect(200);

    expect(res.body.total).toBe(1);
  });

  it('does not import again when the database already has clinicians', async () => {
    const second = await startRuntime(db, FIXTURE_SEED_DIR);
    try {
      expect(second.logs.entries().map((e) => e.msg)).not.toContain('seed data imported');
      expect(second.runtime.deps.snapshotStore.get().version).toBe('1');
    } finally {
      await second.runtime.close();
    }
  });
});

import { setTimeout as sleep } from 'node:timers/promises';

import { createPrismaClient, UserRepository, type PrismaClient } from '@lunajoy/db';
import { createTestDatabase, type TestDatabase } from '@lunajoy/db/testing';
import express, { type Express } from 'express';
import request from 'supertest';

import { errorHandler } from '../http/error-handler';
import { requestId } from '../http/request-id';
import { TcpProxy } from '../testing/faults/tcp-proxy';
import { describeWithServices } from '../testing/faults/service-gate';
import { startTestRuntime, type TestRuntime } from '../testing/faults/test-runtime';

const ADMIN_KEY = 'admin-key-for-tests-0123456789abcdef';
const CA_THERAPY = { state: 'CA', appointment_type: 'therapy' };

/** A write through the real repositories and the app's error handler. */
function writeApp(prisma: PrismaClient): Express {
  const users = new UserRepository(prisma);
  const app = express();
  app.use(requestId());
  app.post('/patients/:id', async (req, res) => {
    const created = await users.createPatient({
      patient: {
        id: req.params.id,
        registrationType: 'basic',
        preferences: null,
        profile: { ageRange: '25-34', gender: null, therapyExperience: null, therapyGoals: [] },
        createdAt: null,
      },
      contact: null,
    });
    res.status(201).json({ version: created.version });
  });
  app.use(errorHandler());
  return app;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started;
    await sleep(100);
  }
  throw new Error(`not reached within ${timeoutMs} ms`);
}

describeWithServices('the API when PostgreSQL goes away', { database: true }, () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let api: TestRuntime;
  let writer: PrismaClient;
  let writes: Express;

  beforeAll(async () => {
    db = await createTestDatabase();
    const target = new URL(db.url);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(db.url);
    proxied.port = String(proxy.listeningPort);

    api = await startTestRuntime({
      env: {
        DATABASE_URL: proxied.toString(),
        ADMIN_API_KEYS: ADMIN_KEY,
        SNAPSHOT_POLL_INTERVAL_MS: '200',
      },
    });
    await api.runtime.versionWatcher.start();
    writer = createPrismaClient(proxied.toString());
    writes = writeApp(writer);
  });

  afterAll(async () => {
    await writer?.$disconnect();
    await api?.close();
    await proxy?.cut();
    await db?.drop();
  });

  it('keeps matching from the snapshot, answers writes 503, and recovers by itself', async () => {
    const reload = () => request(api.app).post('/api/v1/admin/reload').set('X-Api-Key', ADMIN_KEY);
    await request(writes).post('/patients/user_before').expect(201);
    expect((await request(api.app).get('/api/ready')).body.database).toBe('ok');

    await proxy.cut();

    for (let i = 1; i <= 10; i += 1) {
      const res = await request(api.app).post(`/api/v1/match?limit=${i}`).send(CA_THERAPY);
      expect(res.status).toBe(200);
      expect(res.body.matches.length).toBeGreaterThan(0);
    }
    const ready = await request(api.app).get('/api/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'degraded', database: 'degraded', cache: 'ok' });

    const write = await request(writes).post('/patients/user_during');
    expect(write.status).toBe(503);
    expect(write.headers['retry-after']).toBe('5');
    expect(write.body.error).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/database is unavailable/),
    });
    const refused = await reload();
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('5');

    // The periodic version check fails quietly (once in the log) and the snapshot keeps serving.
    await sleep(700);
    const failures = api.logs.entries().filter((e) => e.msg === 'version check failed');
    expect(failures).toHaveLength(1);
    expect(api.runtime.deps.snapshotStore.get().version).toBe('1');

    await proxy.restore();
    const recoveredMs = await waitFor(
      async () => (await request(api.app).get('/api/ready')).body.database === 'ok',
      10_000,
    );
    expect(recoveredMs).toBeLessThan(10_000);
    expect((await reload()).status).toBe(200);
    await request(writes).post('/patients/user_after').expect(201);
    // The watcher notices on its own next poll, which under load may come after the checks above.
    await waitFor(
      async () => api.logs.entries().some((e) => e.msg === 'version check recovered'),
      5000,
    );
  });
});

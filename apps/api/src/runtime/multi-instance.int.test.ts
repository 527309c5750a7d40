import { setTimeout as sleep } from 'node:timers/promises';

import { createVersionChannel, type VersionChannel } from '@lunajoy/cache';
import { importDirectory } from '@lunajoy/db';
import { createTestDatabase, type TestDatabase } from '@lunajoy/db/testing';
import { Redis } from 'ioredis';

import { publishVersion } from '../snapshot/version-message';
import { ApiProcess } from '../testing/faults/api-process';
import { ensureApiBuilt } from '../testing/faults/ensure-api-built';
import { copySeedFolder, type SeedFolder } from '../testing/faults/seed-folder';
import { describeWithServices, uniquePrefix } from '../testing/faults/service-gate';

const CA_THERAPY = { state: 'CA', appointment_type: 'therapy' };
const LEAVING = 'c-001';

interface Answer {
  ids: string[];
  cache: string | null;
}

async function ask(api: ApiProcess): Promise<Answer> {
  const res = await fetch(`${api.baseUrl}/api/v1/match?limit=50`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(CA_THERAPY),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { matches: { clinician_id: string }[] };
  return { ids: body.matches.map((m) => m.clinician_id), cache: res.headers.get('x-cache') };
}

async function snapshotVersion(api: ApiProcess): Promise<string> {
  const res = await fetch(`${api.baseUrl}/api/ready`);
  return ((await res.json()) as { snapshot_version: string }).snapshot_version;
}

/** Asks until the clinician is gone from the answer; resolves how long that took. */
async function untilGone(api: ApiProcess, id: string, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (!(await ask(api)).ids.includes(id)) return performance.now() - started;
    await sleep(50);
  }
  throw new Error(`${id} was still served after ${timeoutMs} ms`);
}

async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

describeWithServices(
  'two API processes sharing PostgreSQL and Redis',
  { database: true, sharedRedis: true },
  () => {
    const redisUrl = process.env.REDIS_URL!;
    const prefix = uniquePrefix('multi');
    let db: TestDatabase;
    let seed: SeedFolder;
    let channel: VersionChannel<unknown>;
    let instances: ApiProcess[] = [];

    beforeAll(async () => {
      ensureApiBuilt();
      db = await createTestDatabase();
      seed = copySeedFolder();
      await importDirectory({ databaseUrl: db.url, dir: seed.dir });
      const env = {
        NODE_ENV: 'test',
        DATABASE_URL: db.url,
        REDIS_URL: redisUrl,
        CACHE_PREFIX: prefix,
        DATA_DIR: seed.dir,
        // Far longer than the test waits: a reload within seconds can only come from pub/sub.
        SNAPSHOT_POLL_INTERVAL_MS: '600000',
        RATE_LIMIT_ENABLED: 'false',
      };
      instances = await Promise.all([ApiProcess.start(env), ApiProcess.start(env)]);
      channel = createVersionChannel({ redisUrl, prefix });
    }, 120_000);

    afterAll(async () => {
      const codes = await Promise.all(instances.map((api) => api.stop()));
      await channel?.close();
      await deleteKeys(redisUrl, prefix);
      await db?.drop();
      seed?.remove();
      expect(codes).toEqual(instances.map(() => 0));
    }, 30_000);

    it('stops every instance serving a clinician who stopped accepting, within seconds', async () => {
      const [a, b] = instances as [ApiProcess, ApiProcess];
      const first = await ask(a);
      const second = await ask(b);
      expect(first).toEqual({ ids: expect.arrayContaining([LEAVING]), cache: 'MISS' });
      // One shared cache: the other instance is answered from the first one's entry.
      expect(second).toEqual({ ids: first.ids, cache: 'HIT' });

      seed.editClinician(LEAVING, (record) => {
        record.availability_features.accepting_new_patients = false;
      });
      const report = await importDirectory({ databaseUrl: db.url, dir: seed.dir });
      expect(report).toMatchObject({ committed: true, changed: true, dataVersion: 2n });
      expect(await publishVersion(channel, { kind: 'data', version: report.dataVersion! })).toBe(
        true,
      );

      const [aMs, bMs] = await Promise.all([
        untilGone(a, LEAVING, 5000),
        untilGone(b, LEAVING, 5000),
      ]);
      expect(Math.max(aMs, bMs)).toBeLessThan(3000);

      // Nothing stale afterwards: both serve version 2, and neither cache answer brings it back.
      expect([await snapshotVersion(a), await snapshotVersion(b)]).toEqual(['2', '2']);
      for (const api of [a, b, a, b]) {
        expect((await ask(api)).ids).not.toContain(LEAVING);
      }
      expect(await ask(b)).toMatchObject({ cache: 'HIT' });
      for (const api of [a, b]) {
        expect(api.logs).toContainEqual(
          expect.objectContaining({ msg: 'snapshot out of date, reloading', trigger: 'channel' }),
        );
      }
    });
  },
);

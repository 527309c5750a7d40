import { setTimeout as sleep } from 'node:timers/promises';

import type { Express } from 'express';
import { Redis } from 'ioredis';
import request from 'supertest';

import { startHungServer } from '../testing/faults/hung-server';
import { PrivateRedis } from '../testing/faults/private-redis';
import { describeWithServices, uniquePrefix } from '../testing/faults/service-gate';
import { startTestRuntime } from '../testing/faults/test-runtime';

/** No match may wait longer than this for a dead or hung Redis. */
const BOUND_MS = 1500;
const CA_THERAPY = { state: 'CA', appointment_type: 'therapy' };

interface Outcome {
  status: number;
  ms: number;
  cache: string | undefined;
}

async function match(app: Express, limit: number): Promise<Outcome> {
  const started = performance.now();
  const res = await request(app).post(`/api/v1/match?limit=${limit}`).send(CA_THERAPY);
  return { status: res.status, ms: performance.now() - started, cache: res.headers['x-cache'] };
}

/** Sends match requests, four at a time, until `until` settles; returns every outcome. */
async function matchUntil(app: Express, until: Promise<unknown>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let done = false;
  void until.finally(() => (done = true));
  let round = 0;
  while (!done || round < 3) {
    const batch = [1, 2, 3, 4].map((i) => match(app, ((round * 4 + i) % 10) + 1));
    outcomes.push(...(await Promise.all(batch)));
    round += 1;
  }
  return outcomes;
}

async function readiness(app: Express): Promise<{ status: number; cache: string }> {
  const res = await request(app).get('/api/ready');
  return { status: res.status, cache: res.body.cache };
}

/** Repeats one request until the second of a pair is a cache hit; resolves the time it took. */
async function waitForCaching(app: Express, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    await match(app, 10);
    if ((await match(app, 10)).cache === 'HIT') return performance.now() - started;
    await sleep(200);
  }
  throw new Error(`caching did not resume within ${timeoutMs} ms`);
}

const RUNTIME_ENV = { RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_MAX: '100000' };

describeWithServices('the API when Redis fails', { database: true, redisServer: true }, () => {
  it('answers every match while Redis is killed, says degraded, then caches again', async () => {
    const redis = await PrivateRedis.start();
    const api = await startTestRuntime({ env: { ...RUNTIME_ENV, REDIS_URL: redis.url } });
    try {
      expect((await match(api.app, 10)).cache).toBe('MISS');
      expect((await match(api.app, 10)).cache).toBe('HIT');

      const killed = sleep(100).then(() => redis.kill());
      const during = await matchUntil(api.app, killed);
      const after = await matchUntil(api.app, sleep(1500));

      for (const outcome of [...during, ...after]) {
        expect(outcome.status).toBe(200);
        expect(outcome.ms).toBeLessThan(BOUND_MS);
      }
      expect(after.every((o) => o.cache === 'MISS')).toBe(true);
      expect(await readiness(api.app)).toEqual({ status: 200, cache: 'degraded' });

      await redis.restart();
      const resumedMs = await waitForCaching(api.app, 10_000);
      expect(resumedMs).toBeLessThan(10_000);
      expect(await readiness(api.app)).toEqual({ status: 200, cache: 'ok' });
    } finally {
      await api.close();
      await redis.kill();
    }
  });

  it('counts the rate limit in Redis, answering 429 with Retry-After over the budget', async () => {
    const redis = await PrivateRedis.start();
    const prefix = uniquePrefix('limits');
    const env = { REDIS_URL: redis.url, CACHE_PREFIX: prefix, RATE_LIMIT_ENABLED: 'true' };
    const api = await startTestRuntime({ env: { ...env, RATE_LIMIT_MAX: '3' } });
    const client = new Redis(redis.url);
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await match(api.app, 5)).status);
      const over = await request(api.app).post('/api/v1/match').send(CA_THERAPY);

      expect(statuses).toEqual([200, 200, 200]);
      expect(over.status).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect(await client.keys(`${prefix}rate-limit:*`)).toHaveLength(1);
    } finally {
      client.disconnect();
      await api.close();
      await redis.kill();
    }
  });

  it('answers within the bound when Redis accepts connections but never replies', async () => {
    const hung = await startHungServer();
    let redis: PrivateRedis | null = null;
    const api = await startTestRuntime({ env: { ...RUNTIME_ENV, REDIS_URL: hung.url } });
    try {
      const outcomes = await matchUntil(api.app, sleep(2000));

      expect(outcomes.length).toBeGreaterThan(8);
      for (const outcome of outcomes) {
        expect(outcome).toMatchObject({ status: 200, cache: 'MISS' });
        expect(outcome.ms).toBeLessThan(BOUND_MS);
      }
      expect(await readiness(api.app)).toEqual({ status: 200, cache: 'degraded' });

      // The hung server goes and a real Redis comes up on its port: caching starts by itself.
      await hung.close();
      redis = await PrivateRedis.start(hung.port);
      await waitForCaching(api.app, 10_000);
      expect(await readiness(api.app)).toEqual({ status: 200, cache: 'ok' });
    } finally {
      await api.close();
      await hung.close();
      await redis?.kill();
    }
  });
});

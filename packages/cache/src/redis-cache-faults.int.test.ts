import { setTimeout as sleep } from 'node:timers/promises';

import type { CandidateCache } from './candidate-cache';
import type { CacheEvent } from './cache-events';
import { CacheUnavailableError } from './cache-errors';
import { createCache } from './create-cache';
import { startHungServer } from './testing/hung-server';
import { PrivateRedis, redisServerAvailable } from './testing/private-redis';
import { describeWithService, timed, uniquePrefix } from './testing/service-gate';

/** No cache call may keep a request waiting longer than this while Redis is gone or hung. */
const BOUND_MS = 1500;

const tuning = {
  commandTimeoutMs: 300,
  connectTimeoutMs: 500,
  maxReconnectDelayMs: 400,
  circuitResetMs: 500,
};

async function openCache(redisUrl: string, events: CacheEvent[]): Promise<CandidateCache> {
  return createCache({
    redisUrl,
    prefix: uniquePrefix('faults'),
    ttlSeconds: 30,
    maxEntries: 10,
    redis: tuning,
    onEvent: (event) => events.push(event),
  });
}

/** Runs every kind of call against a broken Redis and checks each answers within the bound. */
async function expectEveryCallBounded(cache: CandidateCache, rounds: number): Promise<number[]> {
  const durations: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const read = await timed(() => cache.get(`k${round}`));
    const write = await timed(() => cache.set(`k${round}`, { round }));
    const computed = await timed(() => cache.getOrCompute(`c${round}`, 30, async () => round));
    const removed = await timed(() => cache.deleteByPrefix('k'));
    const health = await timed(() => cache.health());

    expect(read).toMatchObject({ ok: true, value: undefined });
    expect(write).toMatchObject({ ok: true, value: undefined });
    expect(computed).toMatchObject({ ok: true, value: { value: round, hit: false } });
    expect(removed.ok).toBe(false);
    expect(removed.ok ? undefined : removed.error).toBeInstanceOf(CacheUnavailableError);
    expect(health).toMatchObject({ ok: true, value: { status: 'degraded', backend: 'redis' } });
    durations.push(read.ms, write.ms, computed.ms, removed.ms, health.ms);
  }

  expect(Math.max(...durations)).toBeLessThan(BOUND_MS);
  return durations;
}

/** Waits until a write can be read back, which is when caching has resumed. */
async function waitForCaching(cache: CandidateCache, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    await cache.set('probe', 'back');
    if ((await cache.get('probe')) === 'back' && (await cache.health()).status === 'ok') {
      return performance.now() - started;
    }
    await sleep(100);
  }
  throw new Error(`caching did not resume within ${timeoutMs} ms`);
}

const missing = redisServerAvailable() ? undefined : 'no redis-server binary on PATH';

describeWithService('RedisCache when Redis fails', missing, () => {
  let server: PrivateRedis;

  beforeAll(async () => {
    server = await PrivateRedis.start();
  });

  afterAll(async () => {
    await server.kill();
  });

  it('answers within the bound while Redis is killed, then resumes on restart', async () => {
    const events: CacheEvent[] = [];
    const cache = await openCache(server.url, events);
    await cache.set('before', 1);
    expect(await cache.get('before')).toBe(1);

    await server.kill();
    const durations = await expectEveryCallBounded(cache, 8);

    expect(events).toContainEqual({ type: 'circuit', state: 'open' });
    expect(cache.stats.errors).toBeGreaterThan(0);

    await server.restart();
    const recoveredMs = await waitForCaching(cache, 5000);
    process.stderr.write(
      `killed redis: slowest call ${Math.round(Math.max(...durations))} ms, ` +
        `caching resumed ${Math.round(recoveredMs)} ms after restart\n`,
    );

    expect(events).toContainEqual({ type: 'circuit', state: 'closed' });
    expect(await cache.getOrCompute('after', 30, async () => 'fresh')).toEqual({
      value: 'fresh',
      hit: false,
    });
    expect(await cache.getOrCompute('after', 30, async () => 'stale')).toEqual({
      value: 'fresh',
      hit: true,
    });
    await cache.close();
  });

  it('answers within the bound while Redis is frozen mid-run, then resumes', async () => {
    const events: CacheEvent[] = [];
    const cache = await openCache(server.url, events);
    await cache.set('before', 1);

    server.freeze();
    let durations: number[];
    try {
      durations = await expectEveryCallBounded(cache, 4);
    } finally {
      server.thaw();
    }

    const recoveredMs = await waitForCaching(cache, 5000);
    process.stderr.write(
      `frozen redis: slowest call ${Math.round(Math.max(...durations))} ms, ` +
        `caching resumed ${Math.round(recoveredMs)} ms after thaw\n`,
    );
    expect(events).toContainEqual({ type: 'circuit', state: 'open' });
    expect(await cache.get('before')).toBe(1);
    await cache.close();
  });
});

describe('RedisCache against a server that never answers', () => {
  it('starts, and answers every call within the bound', async () => {
    const hung = await startHungServer();
    const events: CacheEvent[] = [];

    const opened = await timed(() => openCache(hung.url, events));
    expect(opened.ms).toBeLessThan(BOUND_MS);
    if (!opened.ok) {
      throw opened.error;
    }

    const cache = opened.value;
    const durations = await expectEveryCallBounded(cache, 4);
    process.stderr.write(
      `hung server: start ${Math.round(opened.ms)} ms, ` +
        `slowest call ${Math.round(Math.max(...durations))} ms\n`,
    );

    expect(await cache.health()).toMatchObject({ status: 'degraded' });
    expect(hung.accepted).toBeGreaterThan(0);
    await cache.close();
    await hung.close();
  });
});

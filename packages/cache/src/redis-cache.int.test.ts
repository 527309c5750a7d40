import { setTimeout as sleep } from 'node:timers/promises';

import { Redis } from 'ioredis';

import { createCache } from './create-cache';
import { RedisCache } from './redis-cache';
import { describeWithService, sharedRedisUrl, uniquePrefix } from './testing/service-gate';

const redisUrl = sharedRedisUrl();

describeWithService(
  'RedisCache on the shared Redis',
  redisUrl ? undefined : 'REDIS_URL is not set',
  () => {
    const url = redisUrl ?? '';
    const prefix = uniquePrefix('redis-cache');
    const caches: RedisCache[] = [];
    let raw: Redis;

    const open = async (keyPrefix = prefix): Promise<RedisCache> => {
      // Generous timeouts: a busy machine must not trip the circuit in behaviour tests.
      const cache = new RedisCache({
        redisUrl: url,
        prefix: keyPrefix,
        defaultTtlSeconds: 60,
        commandTimeoutMs: 1000,
      });
      caches.push(cache);
      expect(await cache.waitUntilReady(2000)).toBe(true);
      return cache;
    };

    beforeAll(async () => {
      raw = new Redis(url);
    });

    afterAll(async () => {
      // Remove only this run's keys, through the code under test and then by hand as a check.
      const cleaner = await open();
      await cleaner.deleteByPrefix('');
      await Promise.all(caches.map((cache) => cache.close()));
      const [, left] = await raw.scan('0', 'MATCH', `${prefix}*`, 'COUNT', 1000);
      raw.disconnect();
      expect(left).toEqual([]);
    });

    it('stores JSON under the prefix and reads it back', async () => {
      const cache = await open();
      await cache.set('set-get', { ids: ['c1'], score: 0.5 });

      expect(await cache.get('set-get')).toEqual({ ids: ['c1'], score: 0.5 });
      expect(await raw.get(`${prefix}set-get`)).toBe('{"ids":["c1"],"score":0.5}');
      expect(await cache.get('never-set')).toBeUndefined();
      expect(await cache.health()).toEqual({ status: 'ok', backend: 'redis' });
    });

    it('lets an entry expire after its TTL', async () => {
      const cache = await open();
      await cache.set('ttl', 'soon gone', 0.3);

      const pttl = await raw.pttl(`${prefix}ttl`);
      expect(pttl).toBeGreaterThan(0);
      expect(pttl).toBeLessThanOrEqual(300);
      expect(await cache.get('ttl')).toBe('soon gone');

      await sleep(450);
      expect(await cache.get('ttl')).toBeUndefined();
    });

    it('deletes by prefix only within its own prefix, across many SCAN batches', async () => {
      const cache = await open();
      const neighbour = await open(`${prefix}neighbour:`);
      // Seeded in one pipeline: the test is about deleting, not about write throughput.
      const seed = raw.pipeline();
      for (let i = 0; i < 1200; i += 1) {
        seed.set(`${prefix}patient:1:${i}`, '1', 'PX', 60_000);
      }
      await seed.exec();
      await cache.set('patient:10:a', 'kept');
      await cache.set('patient:2:a', 'kept');
      await cache.set('we*rd[1]:a', 'glob');
      await cache.set('weXrd1:a', 'kept');
      await neighbour.set('patient:1:a', 'kept');

      expect(await cache.deleteByPrefix('patient:1:')).toBe(1200);
      expect(await cache.deleteByPrefix('we*rd[1]:')).toBe(1);

      expect(await cache.get('patient:1:5')).toBeUndefined();
      expect(await cache.get('we*rd[1]:a')).toBeUndefined();
      expect(await cache.get('patient:10:a')).toBe('kept');
      expect(await cache.get('patient:2:a')).toBe('kept');
      expect(await cache.get('weXrd1:a')).toBe('kept');
      expect(await neighbour.get('patient:1:a')).toBe('kept');
      expect(await cache.delete('patient:2:a')).toBe(1);
      expect(await cache.delete('patient:2:a')).toBe(0);
    });

    it('computes once when two instances miss the same key at the same time', async () => {
      const [first, second] = [await open(), await open()];
      let computations = 0;
      const compute = async (): Promise<{ ranked: string[] }> => {
        computations += 1;
        await sleep(100);
        return { ranked: ['c2', 'c1'] };
      };

      const lookups = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? first : second).getOrCompute('shared-miss', 30, compute),
        ),
      );
      const again = await second.getOrCompute('shared-miss', 30, compute);

      expect(computations).toBe(1);
      expect(lookups.map((lookup) => lookup.value)).toEqual(
        Array(10).fill({ ranked: ['c2', 'c1'] }),
      );
      expect(again).toEqual({ value: { ranked: ['c2', 'c1'] }, hit: true });
      expect(await raw.exists(`${prefix}__lock__:shared-miss`)).toBe(0);
      expect(first.stats.coalesced + second.stats.coalesced).toBe(8);
    });

    it('computes itself when the lock holder is slower than the wait bound', async () => {
      const [holder, waiter] = [await open(), await open()];
      let computations = 0;
      const slow = async (): Promise<string> => {
        computations += 1;
        await sleep(600);
        return 'slow';
      };

      const held = holder.getOrCompute('slow-holder', 30, slow);
      await sleep(30);
      const started = performance.now();
      const waited = await waiter.getOrCompute('slow-holder', 30, async () => 'waiter');
      const waitedMs = performance.now() - started;
      await held;

      expect(waited).toEqual({ value: 'waiter', hit: false });
      expect(waitedMs).toBeLessThan(900);
      expect(computations).toBe(1);
      expect(waiter.stats.lockWaitTimeouts).toBe(1);
    });

    it('computes directly once the lock holder fails', async () => {
      const [holder, waiter] = [await open(), await open()];
      const failing = holder
        .getOrCompute('failing-holder', 30, async () => {
          await sleep(50);
          throw new Error('scoring failed');
        })
        .catch((error: Error) => error.message);
      await sleep(10);

      const waited = await waiter.getOrCompute('failing-holder', 30, async () => 'recovered');

      expect(await failing).toBe('scoring failed');
      expect(waited).toEqual({ value: 'recovered', hit: false });
      expect(waiter.stats.lockWaitTimeouts).toBe(0);
    });

    it('is built by createCache when a Redis URL is given', async () => {
      const cache = await createCache({ redisUrl: url, prefix, ttlSeconds: 5, maxEntries: 1 });
      caches.push(cache as RedisCache);

      expect(cache).toBeInstanceOf(RedisCache);
      await cache.set('factory', true);
      expect(await raw.pttl(`${prefix}factory`)).toBeGreaterThan(4000);
    });
  },
);

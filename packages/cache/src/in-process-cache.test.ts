import { setTimeout as sleep } from 'node:timers/promises';

import type { CacheEvent } from './cache-events';
import { InProcessCache } from './in-process-cache';

/** A clock the test moves by hand. */
function manualClock(): { now(): number; advance(ms: number): void } {
  let now = 1_000_000;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

describe('InProcessCache', () => {
  it('returns what was stored, in its JSON form', async () => {
    const cache = new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 10 });
    const when = new Date('2025-01-02T03:04:05.000Z');

    await cache.set('k', { ids: ['c1', 'c2'], at: when, gone: undefined });

    expect(await cache.get('k')).toEqual({ ids: ['c1', 'c2'], at: when.toISOString() });
    expect(await cache.get('missing')).toBeUndefined();
  });

  it('hands every reader its own copy', async () => {
    const cache = new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 10 });
    await cache.set('k', { ids: ['c1'] });

    const first = await cache.get<{ ids: string[] }>('k');
    first?.ids.push('mutated');

    expect(await cache.get('k')).toEqual({ ids: ['c1'] });
  });

  it('expires an entry once its TTL has passed on the injected clock', async () => {
    const clock = manualClock();
    const cache = new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 10, clock });
    await cache.set('short', 'a', 2);
    await cache.set('default', 'b');

    clock.advance(1999);
    expect(await cache.get('short')).toBe('a');

    clock.advance(2);
    expect(await cache.get('short')).toBeUndefined();
    expect(await cache.get('default')).toBe('b');

    clock.advance(60_000);
    expect(await cache.get('default')).toBeUndefined();
  });

  it('expires entries on real time with a sub-second TTL', async () => {
    const cache = new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 10 });
    await cache.set('k', 1, 0.05);

    expect(await cache.get('k')).toBe(1);
    await sleep(80);
    expect(await cache.get('k')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 2 });
    await cache.set('a', 1);
    await cache.set('b', 2);
    await cache.get('a');
    await cache.set('c', 3);

    expect(await cache.get('a')).toBe(1);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('deletes one key or every key under a prefix, and nothing else', async () => {
    const cache = new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 100 });
    for (const key of ['patient:1:a', 'patient:1:b', 'patient:10:a', 'patient:2:a', 'x']) {
      await cache.set(key, key);
    }

    expect(await cache.deleteByPrefix('patient:1:')).toBe(2);
    expect(await cache.delete('x')).toBe(1);
    expect(await cache.delete('x')).toBe(0);

    expect(await cache.get('patient:1:a')).toBeUndefined();
    expect(await cache.get('patient:10:a')).toBe('patient:10:a');
    expect(await cache.get('patient:2:a')).toBe('patient:2:a');
  });

  it('computes once for ten concurrent misses and serves the next call as a hit', async () => {
    const cache = new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 10 });
    let computations = 0;
    const compute = async (): Promise<{ ids: string[] }> => {
      computations += 1;
      await sleep(20);
      return { ids: ['c1', 'c2'] };
    };

    const lookups = await Promise.all(
      Array.from({ length: 10 }, () => cache.getOrCompute('k', undefined, compute)),
    );
    const again = await cache.getOrCompute('k', undefined, compute);

    expect(computations).toBe(1);
    expect(lookups.every((lookup) => !lookup.hit)).toBe(true);
    expect(lookups.map((lookup) => lookup.value)).toEqual(Array(10).fill({ ids: ['c1', 'c2'] }));
    expect(new Set(lookups.map((lookup) => lookup.value)).size).toBe(10);
    expect(again).toEqual({ value: { ids: ['c1', 'c2'] }, hit: true });
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1, sets: 1, coalesced: 9 });
  });

  it('stores nothing when the computation fails and rejects every waiting caller', async () => {
    const cache = new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 10 });
    const failing = async (): Promise<number> => {
      await sleep(5);
      throw new Error('scoring failed');
    };

    const settled = await Promise.allSettled([
      cache.getOrCompute('k', 10, failing),
      cache.getOrCompute('k', 10, failing),
    ]);

    expect(settled.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(await cache.get('k')).toBeUndefined();
    expect(await cache.getOrCompute('k', 10, async () => 5)).toEqual({ value: 5, hit: false });
  });

  it('reports each hit, miss and set to the listener', async () => {
    const events: CacheEvent[] = [];
    const cache = new InProcessCache({
      defaultTtlSeconds: 60,
      maxEntries: 10,
      onEvent: (event) => events.push(event),
    });

    await cache.get('k');
    await cache.set('k', 1);
    await cache.get('k');

    expect(events).toEqual([{ type: 'miss' }, { type: 'set' }, { type: 'hit' }]);
  });

  it('rejects a TTL that is not a positive number', async () => {
    const cache = new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 10 });

    await expect(cache.set('k', 1, 0)).rejects.toThrow(RangeError);
    expect(() => new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 0 })).toThrow(RangeError);
  });

  it('is healthy until closed, then down and empty', async () => {
    const cache = new InProcessCache({ defaultTtlSeconds: 60, maxEntries: 10 });
    await cache.set('k', 1);

    expect(await cache.health()).toEqual({ status: 'ok', backend: 'in-process' });
    await cache.close();

    expect(await cache.health()).toMatchObject({ status: 'down' });
    expect(await cache.get('k')).toBeUndefined();
    expect(await cache.getOrCompute('k', undefined, async () => 2)).toEqual({
      value: 2,
      hit: false,
    });
  });
});

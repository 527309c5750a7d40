import { createCache } from './create-cache';
import { InProcessCache } from './in-process-cache';

describe('createCache', () => {
  it('uses the in-process cache when no Redis URL is given', async () => {
    const cache = await createCache({ prefix: 'lunajoy:test:', ttlSeconds: 30, maxEntries: 5 });

    expect(cache).toBeInstanceOf(InProcessCache);
    expect(cache.defaultTtlSeconds).toBe(30);
    expect(await cache.health()).toEqual({ status: 'ok', backend: 'in-process' });
    await cache.close();
  });
});

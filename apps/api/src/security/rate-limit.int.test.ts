import { randomUUID } from 'node:crypto';

import express, { type Express } from 'express';
import { Redis } from 'ioredis';
import request from 'supertest';

import { errorHandler } from '../http/error-handler';
import { requestId } from '../http/request-id';
import { createRateLimiter } from './rate-limit';

const REDIS_URL = process.env.REDIS_URL || undefined;
const SUITE = 'createRateLimiter with the shared Redis';

// Two apps with one Redis stand for two API instances behind one load balancer.
function buildInstance(redis: Redis, prefix: string): Express {
  const app = express();
  app.use(requestId());
  app.use(createRateLimiter({ windowMs: 30_000, limit: 3, redis, prefix }));
  app.get('/ping', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(errorHandler());
  return app;
}

async function deleteByPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 100);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

function suite(url: string): void {
  const prefix = `lunajoy:test:rate-limit:${randomUUID()}:`;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 1000 });
    redis.on('error', () => undefined);
    await redis.connect();
  });

  afterAll(async () => {
    await deleteByPrefix(redis, prefix);
    await redis.quit();
  });

  it('should hold one budget across instances and answer 429 with Retry-After', async () => {
    const a = buildInstance(redis, prefix);
    const b = buildInstance(redis, prefix);

    const statuses = [
      (await request(a).get('/ping')).status,
      (await request(b).get('/ping')).status,
      (await request(a).get('/ping')).status,
    ];
    const over = await request(b).get('/ping');

    expect(statuses).toEqual([200, 200, 200]);
    expect(over.status).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(30);
    expect(over.body.error.code).toBe('rate_limited');

    const keys = await redis.keys(`${prefix}*`);
    expect(keys).toHaveLength(1);
    expect(Number(await redis.get(keys[0]!))).toBe(4);
    expect(await redis.pttl(keys[0]!)).toBeGreaterThan(0);
  });
}

if (REDIS_URL !== undefined) {
  describe(SUITE, () => suite(REDIS_URL));
} else if (process.env.REQUIRE_SERVICES === '1') {
  describe(SUITE, () => {
    it('has the Redis it needs', () => {
      throw new Error('REDIS_URL is not set (REQUIRE_SERVICES=1)');
    });
  });
} else {
  process.stderr.write(`skipping "${SUITE}": REDIS_URL is not set\n`);
  describe.skip(SUITE, () => suite(''));
}

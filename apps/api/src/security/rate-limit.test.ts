import net from 'node:net';

import express, { type Express } from 'express';
import { Redis } from 'ioredis';
import request from 'supertest';

import { errorHandler } from '../http/error-handler';
import { requestId } from '../http/request-id';
import { createRateLimiter, type RateLimitOptions } from './rate-limit';

function buildApp(options: RateLimitOptions): Express {
  const app = express();
  app.set('trust proxy', 'loopback');
  app.use(requestId());
  app.use('/api/v1', createRateLimiter(options));
  app.get('/api/v1/ping', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(errorHandler());
  return app;
}

function collectingLogger() {
  const lines: string[] = [];
  const log = (_fields: unknown, message?: string) => lines.push(message ?? '');
  return { lines, logger: { warn: log, error: log } };
}

// A Redis client that fails fast, as the API's own clients are set up to.
function failFastClient(port: number): Redis {
  const client = new Redis({
    port,
    host: '127.0.0.1',
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  return client;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

describe('createRateLimiter in memory', () => {
  it('should answer the request over the limit with 429, Retry-After and the error body', async () => {
    const app = buildApp({ windowMs: 60_000, limit: 2 });

    const first = await request(app).get('/api/v1/ping');
    await request(app).get('/api/v1/ping');
    const third = await request(app).get('/api/v1/ping');

    expect(first.status).toBe(200);
    expect(first.headers['ratelimit']).toMatch(/limit=2, remaining=1, reset=\d+/);
    expect(third.status).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(55);
    expect(Number(third.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(third.body.error).toEqual({
      code: 'rate_limited',
      message: `Too many requests: try again in ${third.headers['retry-after']} seconds`,
      request_id: third.headers['x-request-id'],
    });
  });

  it('should give each client behind the trusted proxy its own budget', async () => {
    const app = buildApp({ windowMs: 60_000, limit: 1 });

    const a1 = await request(app).get('/api/v1/ping').set('X-Forwarded-For', '203.0.113.7');
    const a2 = await request(app).get('/api/v1/ping').set('X-Forwarded-For', '203.0.113.7');
    const b1 = await request(app).get('/api/v1/ping').set('X-Forwarded-For', '198.51.100.20');

    expect([a1.status, a2.status, b1.status]).toEqual([200, 429, 200]);
  });

  it('should let every request through when disabled', async () => {
    const app = buildApp({ enabled: false, windowMs: 60_000, limit: 1 });

    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await request(app).get('/api/v1/ping')).status);

    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });

  it('should not count routes outside where it is mounted or requests it is told to skip', async () => {
    const app = buildApp({ windowMs: 60_000, limit: 1, skip: (req) => req.path === '/ping' });

    const statuses = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await request(app).get('/api/v1/ping')).status);
      statuses.push((await request(app).get('/api/health')).status);
    }

    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
  });
});

describe('createRateLimiter with a failing Redis', () => {
  it('should let requests through, and log, when Redis refuses connections', async () => {
    const closed = net.createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const client = failFastClient(port);
    const { lines, logger } = collectingLogger();
    const app = buildApp({ windowMs: 60_000, limit: 1, redis: client, logger });

    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await request(app).get('/api/v1/ping')).status);

      expect(statuses).toEqual([200, 200, 200]);
      expect(lines.some((line) => line.includes('error from store'))).toBe(true);
    } finally {
      // ioredis arms a 2 s timer when an ended client is disconnected again, holding Jest open.
      if (client.status !== 'end') client.disconnect();
    }
  });

  it('should let a request through within the store timeout when Redis hangs', async () => {
    const sockets = new Set<net.Socket>();
    const hung = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    const port = await listen(hung);
    const client = new Redis({
      port,
      host: '127.0.0.1',
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    const app = buildApp({ windowMs: 60_000, limit: 1, redis: client, storeTimeoutMs: 200 });

    try {
      const started = performance.now();
      const res = await request(app).get('/api/v1/ping');
      const elapsedMs = performance.now() - started;

      expect(res.status).toBe(200);
      expect(elapsedMs).toBeLessThan(1000);
    } finally {
      client.disconnect();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => hung.close(resolve));
    }
  });
});

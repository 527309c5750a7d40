import { Redis } from 'ioredis';

import type { Logger } from '../logger';

/**
 * The Redis connection the rate limiter shares its counts over. It fails fast, like the cache's:
 * nothing is queued while Redis is away (the limiter then lets requests through uncounted), a
 * reply that does not come within 250 ms fails, and it reconnects by itself with capped backoff.
 */
export function openRateLimitRedis(url: string, logger: Logger): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 500,
    commandTimeout: 250,
    socketTimeout: 1000,
    retryStrategy: (attempt) => Math.min(50 * 2 ** (attempt - 1), 2000),
  });

  let failing = false;
  client.on('ready', () => {
    if (failing) logger.info({ role: 'rate-limit' }, 'redis ready again');
    failing = false;
  });
  client.on('error', (err: unknown) => {
    if (!failing) logger.warn({ role: 'rate-limit', err }, 'redis unavailable');
    failing = true;
  });
  client.connect().catch(() => undefined);
  return client;
}

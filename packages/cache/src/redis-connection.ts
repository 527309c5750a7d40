import { Redis } from 'ioredis';

import type { CacheLogger } from './cache-logger';
import { describeFailure } from './cache-errors';

/** Time limits for a Redis connection; every one keeps a dead or hung Redis from stalling us. */
export interface RedisTimeouts {
  /** A command without a reply by then fails. Default 300. */
  commandTimeoutMs?: number;
  /** A connection not established by then is abandoned and retried. Default 500. */
  connectTimeoutMs?: number;
  /** Reconnect attempts back off exponentially up to this delay. Default 2000. */
  maxReconnectDelayMs?: number;
}

/** {@link RedisTimeouts} with every default filled in. */
export type ResolvedRedisTimeouts = Required<RedisTimeouts>;

/** Fills in the defaults of {@link RedisTimeouts}. */
export function resolveTimeouts(timeouts: RedisTimeouts = {}): ResolvedRedisTimeouts {
  return {
    commandTimeoutMs: timeouts.commandTimeoutMs ?? 300,
    connectTimeoutMs: timeouts.connectTimeoutMs ?? 500,
    maxReconnectDelayMs: timeouts.maxReconnectDelayMs ?? 2000,
  };
}

/**
 * Opens an ioredis client that fails fast instead of queueing: commands sent while it is not
 * connected reject at once, a command with no reply rejects after `commandTimeoutMs`, and a
 * socket that stops answering is torn down so the client reconnects (with capped backoff,
 * forever). The connection starts in the background; use {@link waitUntilReady} to await it.
 */
export function openFailFastRedis(
  url: string,
  timeouts: ResolvedRedisTimeouts,
  role: string,
  logger: CacheLogger,
): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // We resubscribe ourselves on every ready, so a subscribe that failed is retried too.
    autoResubscribe: false,
    connectTimeout: timeouts.connectTimeoutMs,
    commandTimeout: timeouts.commandTimeoutMs,
    // A server that accepts but never answers would otherwise keep the socket forever.
    socketTimeout: timeouts.commandTimeoutMs * 2,
    retryStrategy: (attempt) => Math.min(50 * 2 ** (attempt - 1), timeouts.maxReconnectDelayMs),
  });

  // Report one failure per outage, not one per reconnect attempt.
  let failureReported = false;
  client.on('ready', () => {
    failureReported = false;
    logger.info?.({ role }, 'cache redis ready');
  });
  client.on('error', (error: unknown) => {
    if (!failureReported) {
      failureReported = true;
      logger.warn({ role, reason: describeFailure(error) }, 'cache redis unavailable');
    }
  });

  client.connect().catch(() => {
    // The retry strategy keeps reconnecting; the error listener has reported the failure.
  });
  return client;
}

/**
 * Resolves true once the client is ready, or false as soon as a connection attempt fails or
 * `timeoutMs` passes, whichever comes first.
 */
export function waitUntilReady(client: Redis, timeoutMs: number): Promise<boolean> {
  if (client.status === 'ready') {
    return Promise.resolve(true);
  }

  return new Promise((resolve) => {
    const settle = (ready: boolean): void => {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('error', onError);
      resolve(ready);
    };
    const onReady = (): void => settle(true);
    const onError = (): void => settle(false);
    const timer = setTimeout(() => settle(false), timeoutMs);
    client.once('ready', onReady);
    client.once('error', onError);
  });
}

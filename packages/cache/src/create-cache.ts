import type { CandidateCache } from './candidate-cache';
import type { CacheEventListener } from './cache-events';
import type { CacheLogger } from './cache-logger';
import { InProcessCache } from './in-process-cache';
import { RedisCache, type RedisCacheOptions } from './redis-cache';

/** Settings for {@link createCache}. */
export interface CreateCacheOptions {
  /** Without it, the in-process cache is used. */
  redisUrl?: string;
  /** Every Redis key lives under it, e.g. `lunajoy:production:`. */
  prefix: string;
  /** TTL for calls that pass none. */
  ttlSeconds: number;
  /** Capacity of the in-process cache. */
  maxEntries: number;
  logger?: CacheLogger;
  /** Told about every hit, miss, set, error and circuit change, e.g. to feed metrics. */
  onEvent?: CacheEventListener;
  /** Timeouts, circuit and lock tuning for Redis; the defaults suit a local network. */
  redis?: Omit<
    RedisCacheOptions,
    'redisUrl' | 'prefix' | 'defaultTtlSeconds' | 'logger' | 'onEvent'
  >;
}

/**
 * Builds the cache: Redis when `redisUrl` is given, otherwise a bounded in-process LRU. With
 * Redis it waits at most one connect timeout for the first connection and never fails because
 * Redis is down: the cache then starts degraded and recovers when Redis comes up.
 */
export async function createCache(options: CreateCacheOptions): Promise<CandidateCache> {
  if (options.redisUrl === undefined || options.redisUrl === '') {
    return new InProcessCache({
      defaultTtlSeconds: options.ttlSeconds,
      maxEntries: options.maxEntries,
      onEvent: options.onEvent,
    });
  }

  const cache = new RedisCache({
    ...options.redis,
    redisUrl: options.redisUrl,
    prefix: options.prefix,
    defaultTtlSeconds: options.ttlSeconds,
    logger: options.logger,
    onEvent: options.onEvent,
  });
  const ready = await cache.waitUntilReady();
  if (!ready) {
    options.logger?.warn({ backend: 'redis' }, 'cache starting degraded');
  }
  return cache;
}

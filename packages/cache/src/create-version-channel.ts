import { type CacheLogger, silentLogger } from './cache-logger';
import { type RedisTimeouts, resolveTimeouts } from './redis-connection';
import { RedisVersionChannel } from './redis-version-channel';
import { InProcessVersionChannel, type VersionChannel } from './version-channel';

/** Settings for {@link createVersionChannel}. */
export interface VersionChannelOptions extends RedisTimeouts {
  /** Without it, the channel only reaches this process. */
  redisUrl?: string;
  /** Namespaces the channel, like the cache's key prefix. */
  prefix: string;
  /** Longest wait in `subscribe` for Redis to confirm. Default 1000. */
  subscribeWaitMs?: number;
  logger?: CacheLogger;
}

/**
 * Opens the channel that keeps every instance current: over Redis pub/sub when `redisUrl` is
 * given, otherwise within this process.
 */
export function createVersionChannel<T = unknown>(
  options: VersionChannelOptions,
): VersionChannel<T> {
  const logger = options.logger ?? silentLogger;
  if (options.redisUrl === undefined || options.redisUrl === '') {
    return new InProcessVersionChannel<T>(logger);
  }

  return new RedisVersionChannel<T>({
    redisUrl: options.redisUrl,
    prefix: options.prefix,
    timeouts: resolveTimeouts(options),
    subscribeWaitMs: options.subscribeWaitMs ?? 1000,
    logger,
  });
}

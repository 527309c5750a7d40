export type { CacheHealth, CacheLookup, CandidateCache } from './candidate-cache';
export {
  CacheCounters,
  type CacheEvent,
  type CacheEventListener,
  type CacheOperation,
  type CacheStats,
  type CircuitState,
} from './cache-events';
export { type CacheLogger, silentLogger } from './cache-logger';
export { CacheUnavailableError } from './cache-errors';
export { SingleFlight } from './single-flight';
export { InProcessCache, type InProcessCacheOptions } from './in-process-cache';
export { RedisCache, type RedisCacheOptions } from './redis-cache';
export type { RedisTimeouts } from './redis-connection';
export type { ComputeLockTiming } from './redis-compute-lock';
export { createCache, type CreateCacheOptions } from './create-cache';
export {
  InProcessVersionChannel,
  type VersionChannel,
  type VersionHandler,
} from './version-channel';
export { RedisVersionChannel, type RedisVersionChannelOptions } from './redis-version-channel';
export { createVersionChannel, type VersionChannelOptions } from './create-version-channel';

import type { CacheStats } from './cache-events';

/** How a cache reports its own state to readiness checks. */
export interface CacheHealth {
  /**
   * `ok`: serving from its store. `degraded`: its store is unreachable, so reads miss and
   * computations run directly. `down`: the cache has been closed.
   */
  status: 'ok' | 'degraded' | 'down';
  /** Which store backs the cache. */
  backend: 'redis' | 'in-process';
  /** A short reason when the status is not `ok`. */
  detail?: string;
}

/** The outcome of {@link CandidateCache.getOrCompute}. */
export interface CacheLookup<T> {
  value: T;
  /** True when the value came from the cache rather than from this call's computation. */
  hit: boolean;
}

/**
 * The cache of scored candidate sets, shared by every API instance.
 *
 * Values are stored as JSON, so what comes back is what `JSON.parse(JSON.stringify(value))`
 * gives (dates become strings, `undefined` fields vanish). Keys are relative: a shared store
 * puts them under its configured prefix. A TTL given as `undefined` means the
 * cache's default; fractional seconds are honoured to the millisecond.
 *
 * Reads and writes never fail because the store is unavailable: a read then resolves
 * `undefined`, a write is dropped and `getOrCompute` computes directly.
 */
export interface CandidateCache {
  /** The TTL used when a call passes none. */
  readonly defaultTtlSeconds: number;

  /** Running totals of hits, misses, sets and errors since creation. */
  readonly stats: CacheStats;

  /** Finds a value, or resolves `undefined` on a miss or when the store is unavailable. */
  get<T>(key: string): Promise<T | undefined>;

  /** Stores a value for `ttlSeconds`; dropped silently when the store is unavailable. */
  set<T>(key: string, value: T, ttlSeconds?: number): Promise<void>;

  /**
   * Removes one entry and resolves how many were removed (0 or 1). Rejects with
   * `CacheUnavailableError` when the store cannot be reached, because callers that erase
   * data need to know the entry may still exist until its TTL ends.
   */
  delete(key: string): Promise<number>;

  /**
   * Removes every entry whose key starts with `keyPrefix` (within this cache's own prefix) and
   * resolves how many were removed. Rejects with `CacheUnavailableError` like {@link delete}.
   */
  deleteByPrefix(keyPrefix: string): Promise<number>;

  /**
   * Returns the cached value or computes, stores and returns it. Concurrent misses for one key
   * share a single computation in this process; across processes a short lock makes the others
   * wait a bounded time for the first result before computing themselves. The value comes back
   * in its JSON form whether it was a hit or a miss, each caller with its own copy. A computation
   * that throws rejects every caller waiting on it and stores nothing.
   */
  getOrCompute<T>(
    key: string,
    ttlSeconds: number | undefined,
    compute: () => Promise<T>,
  ): Promise<CacheLookup<T>>;

  /** Reports whether the store is reachable; resolves within a bounded time. */
  health(): Promise<CacheHealth>;

  /** Releases connections and timers; later reads miss and writes are dropped. */
  close(): Promise<void>;
}

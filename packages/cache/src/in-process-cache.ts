import { LRUCache } from 'lru-cache';

import type { CacheHealth, CacheLookup, CandidateCache } from './candidate-cache';
import { CacheCounters, type CacheEventListener, type CacheStats } from './cache-events';
import { assertTtlSeconds, decodeValue, encodeValue, ttlToMs } from './cache-key';
import { type SharedLookup, toLookup } from './shared-lookup';
import { SingleFlight } from './single-flight';

/** Settings for {@link InProcessCache}. */
export interface InProcessCacheOptions {
  /** TTL for calls that pass none. */
  defaultTtlSeconds: number;
  /** Entries kept before the least recently used are evicted. */
  maxEntries: number;
  /** Milliseconds source for expiry; tests pass a controllable one. Defaults to `performance`. */
  clock?: { now(): number };
  /** Told about every hit, miss and set. */
  onEvent?: CacheEventListener;
}

/**
 * A bounded LRU cache with per-entry TTL, private to this process. It is what runs when no
 * Redis is configured, so a single instance needs nothing else; values are JSON-serialised like
 * in Redis, so callers never share mutable objects with the cache.
 */
export class InProcessCache implements CandidateCache {
  readonly defaultTtlSeconds: number;

  private readonly entries: LRUCache<string, string>;
  private readonly flights = new SingleFlight();
  private readonly counters: CacheCounters;
  private closed = false;

  constructor(options: InProcessCacheOptions) {
    if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1) {
      throw new RangeError(`maxEntries must be a positive integer, got ${options.maxEntries}`);
    }

    this.defaultTtlSeconds = assertTtlSeconds(options.defaultTtlSeconds);
    this.counters = new CacheCounters(options.onEvent);
    this.entries = new LRUCache<string, string>({
      max: options.maxEntries,
      ttl: ttlToMs(options.defaultTtlSeconds),
      // An injected clock can jump; re-reading it on every check keeps expiry exact.
      ttlResolution: options.clock ? 0 : 1,
      ...(options.clock ? { perf: options.clock } : {}),
    });
  }

  /** Running totals of hits, misses and sets. */
  get stats(): CacheStats {
    return this.counters.snapshot();
  }

  /** Entries currently held, expired ones included until they are next touched. */
  get size(): number {
    return this.entries.size;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const stored = this.lookup(key);
    return stored === undefined ? undefined : decodeValue<T>(stored);
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const ttlMs = ttlToMs(ttlSeconds ?? this.defaultTtlSeconds);
    const encoded = encodeValue(value);
    if (encoded !== undefined) {
      this.store(key, encoded, ttlMs);
    }
  }

  async delete(key: string): Promise<number> {
    return this.entries.delete(key) ? 1 : 0;
  }

  async deleteByPrefix(keyPrefix: string): Promise<number> {
    // Collect first: deleting while iterating an LRU would skip entries.
    const doomed = [...this.entries.keys()].filter((key) => key.startsWith(keyPrefix));
    for (const key of doomed) {
      this.entries.delete(key);
    }
    return doomed.length;
  }

  async getOrCompute<T>(
    key: string,
    ttlSeconds: number | undefined,
    compute: () => Promise<T>,
  ): Promise<CacheLookup<T>> {
    const ttlMs = ttlToMs(ttlSeconds ?? this.defaultTtlSeconds);
    const shared = await this.flights.run(
      key,
      async (): Promise<SharedLookup<T>> => {
        const stored = this.lookup(key);
        if (stored !== undefined) {
          return { stored, value: undefined, hit: true };
        }

        const value = await compute();
        const encoded = encodeValue(value);
        if (encoded !== undefined) {
          this.store(key, encoded, ttlMs);
        }
        return { stored: encoded, value, hit: false };
      },
      () => this.counters.emit({ type: 'coalesced' }),
    );

    return toLookup(shared);
  }

  async health(): Promise<CacheHealth> {
    if (this.closed) {
      return { status: 'down', backend: 'in-process', detail: 'closed' };
    }
    return { status: 'ok', backend: 'in-process' };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.entries.clear();
  }

  private lookup(key: string): string | undefined {
    if (this.closed) {
      return undefined;
    }

    const stored = this.entries.get(key);
    this.counters.emit({ type: stored === undefined ? 'miss' : 'hit' });
    return stored;
  }

  private store(key: string, encoded: string, ttlMs: number): void {
    if (this.closed) {
      return;
    }

    this.entries.set(key, encoded, { ttl: ttlMs });
    this.counters.emit({ type: 'set' });
  }
}

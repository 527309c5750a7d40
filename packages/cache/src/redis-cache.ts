import type { Redis } from 'ioredis';

import type { CacheHealth, CacheLookup, CandidateCache } from './candidate-cache';
import {
  CacheCounters,
  type CacheEventListener,
  type CacheOperation,
  type CacheStats,
} from './cache-events';
import { type CacheLogger, silentLogger } from './cache-logger';
import { assertPrefix, assertTtlSeconds, decodeValue, encodeValue, ttlToMs } from './cache-key';
import { describeFailure } from './cache-errors';
import { RedisCircuit } from './redis-circuit';
import { type ComputeLockTiming, RedisComputeLock } from './redis-compute-lock';
import {
  openFailFastRedis,
  type RedisTimeouts,
  resolveTimeouts,
  waitUntilReady,
} from './redis-connection';
import { deleteKeysByPrefix } from './redis-prefix-delete';
import { type SharedLookup, toLookup } from './shared-lookup';
import { SingleFlight } from './single-flight';

/** Settings for {@link RedisCache}. */
export interface RedisCacheOptions extends RedisTimeouts, Partial<ComputeLockTiming> {
  redisUrl: string;
  /** Every key lives under it, e.g. `lunajoy:production:`; tests use one per run. */
  prefix: string;
  /** TTL for calls that pass none. */
  defaultTtlSeconds: number;
  /** How long the circuit stays open before a trial call. Default 2000. */
  circuitResetMs?: number;
  logger?: CacheLogger;
  /** Told about every hit, miss, set, error and circuit change. */
  onEvent?: CacheEventListener;
}

/**
 * The cache shared by every API instance, in Redis. Redis is never a single point of failure:
 * the client fails fast, a circuit breaker stops calling a Redis that keeps failing, and every
 * read or write then degrades to a miss or a no-op within about one command timeout.
 */
export class RedisCache implements CandidateCache {
  readonly defaultTtlSeconds: number;

  private readonly prefix: string;
  private readonly client: Redis;
  private readonly circuit: RedisCircuit;
  private readonly lock: RedisComputeLock;
  private readonly flights = new SingleFlight();
  private readonly counters: CacheCounters;
  private readonly connectTimeoutMs: number;
  private closed = false;

  constructor(options: RedisCacheOptions) {
    const logger = options.logger ?? silentLogger;
    const timeouts = resolveTimeouts(options);

    this.prefix = assertPrefix(options.prefix);
    this.defaultTtlSeconds = assertTtlSeconds(options.defaultTtlSeconds);
    this.connectTimeoutMs = timeouts.connectTimeoutMs;
    this.counters = new CacheCounters(options.onEvent);
    this.circuit = new RedisCircuit({
      callTimeoutMs: timeouts.commandTimeoutMs + 100,
      resetAfterMs: options.circuitResetMs ?? 2000,
      logger,
      onStateChange: (state) => this.counters.emit({ type: 'circuit', state }),
    });
    this.client = openFailFastRedis(options.redisUrl, timeouts, 'cache', logger);
    this.lock = new RedisComputeLock(this.client, this.circuit, {
      lockTtlMs: options.lockTtlMs ?? 5000,
      lockWaitMs: options.lockWaitMs ?? 300,
      lockPollMs: options.lockPollMs ?? 25,
    });
  }

  /** Running totals of hits, misses, sets and errors. */
  get stats(): CacheStats {
    return this.counters.snapshot();
  }

  /** Resolves true once connected, false if not within `timeoutMs` (default: connect timeout). */
  waitUntilReady(timeoutMs: number = this.connectTimeoutMs): Promise<boolean> {
    return waitUntilReady(this.client, timeoutMs);
  }

  async get<T>(key: string): Promise<T | undefined> {
    const { stored } = await this.read(key);
    return stored === undefined ? undefined : decodeValue<T>(stored);
  }

  async set<T>(key: string, value: T, ttlSeconds?: number): Promise<void> {
    const ttlMs = ttlToMs(ttlSeconds ?? this.defaultTtlSeconds);
    const encoded = encodeValue(value);
    if (encoded !== undefined) {
      await this.write(key, encoded, ttlMs);
    }
  }

  async delete(key: string): Promise<number> {
    return this.guardDelete('delete', () =>
      this.circuit.run('delete', () => this.client.unlink(this.prefix + key)),
    );
  }

  async deleteByPrefix(keyPrefix: string): Promise<number> {
    return this.guardDelete('deleteByPrefix', () =>
      deleteKeysByPrefix(this.client, this.circuit, this.prefix + keyPrefix),
    );
  }

  async getOrCompute<T>(
    key: string,
    ttlSeconds: number | undefined,
    compute: () => Promise<T>,
  ): Promise<CacheLookup<T>> {
    const ttlMs = ttlToMs(ttlSeconds ?? this.defaultTtlSeconds);
    const shared = await this.flights.run(
      key,
      () => this.fetchOrCompute(key, ttlMs, compute),
      () => this.counters.emit({ type: 'coalesced' }),
    );
    return toLookup(shared);
  }

  async health(): Promise<CacheHealth> {
    if (this.closed) {
      return { status: 'down', backend: 'redis', detail: 'closed' };
    }
    if (this.circuit.state === 'open') {
      return { status: 'degraded', backend: 'redis', detail: 'circuit open' };
    }
    if (this.client.status !== 'ready') {
      return { status: 'degraded', backend: 'redis', detail: `redis ${this.client.status}` };
    }

    try {
      await this.circuit.run('health', () => this.client.ping());
      return { status: 'ok', backend: 'redis' };
    } catch (error) {
      this.recordError('health', error);
      return { status: 'degraded', backend: 'redis', detail: 'redis not answering' };
    }
  }

  async close(): Promise<void> {
    if (this.closed) {
      return;
    }

    this.closed = true;
    this.circuit.shutdown();
    this.client.disconnect();
  }

  /** One computation per key in this process; the lock spreads that across instances. */
  private async fetchOrCompute<T>(
    key: string,
    ttlMs: number,
    compute: () => Promise<T>,
  ): Promise<SharedLookup<T>> {
    const first = await this.read(key);
    if (first.stored !== undefined) {
      return { stored: first.stored, value: undefined, hit: true };
    }
    if (!first.reachable) {
      // Redis just failed us: compute directly and don't spend another timeout writing.
      const value = await compute();
      return { stored: encodeValue(value), value, hit: false };
    }

    const lockKey = `${this.prefix}__lock__:${key}`;
    const token = await this.lock.acquire(lockKey).catch((error: unknown) => {
      this.recordError('lock', error);
      return null;
    });

    if (token === undefined) {
      const outcome = await this.lock.waitForHolder(this.prefix + key, lockKey);
      if (outcome.kind === 'value') {
        return { stored: outcome.stored, value: undefined, hit: true };
      }
      if (outcome.kind === 'timeout') {
        this.counters.emit({ type: 'lock_wait_timeout' });
      }
    }

    try {
      const value = await compute();
      const encoded = encodeValue(value);
      if (encoded !== undefined) {
        await this.write(key, encoded, ttlMs);
      }
      return { stored: encoded, value, hit: false };
    } finally {
      if (typeof token === 'string') {
        // The entry is written first, so waiters see it before the lock goes.
        this.lock.release(lockKey, token).catch((error: unknown) => {
          this.recordError('unlock', error);
        });
      }
    }
  }

  /** Reads one entry; `reachable` is false when Redis failed rather than missed. */
  private async read(key: string): Promise<{ stored?: string; reachable: boolean }> {
    if (this.closed) {
      return { reachable: false };
    }

    try {
      const stored = await this.circuit.run('get', () => this.client.get(this.prefix + key));
      this.counters.emit({ type: stored === null ? 'miss' : 'hit' });
      return stored === null ? { reachable: true } : { stored, reachable: true };
    } catch (error) {
      this.recordError('get', error);
      return { reachable: false };
    }
  }

  /** Writes one entry, dropping it when Redis is unavailable. */
  private async write(key: string, encoded: string, ttlMs: number): Promise<void> {
    if (this.closed) {
      return;
    }

    try {
      await this.circuit.run('set', () => this.client.set(this.prefix + key, encoded, 'PX', ttlMs));
      this.counters.emit({ type: 'set' });
    } catch (error) {
      this.recordError('set', error);
    }
  }

  private async guardDelete(
    operation: 'delete' | 'deleteByPrefix',
    run: () => Promise<number>,
  ): Promise<number> {
    try {
      return await run();
    } catch (error) {
      this.recordError(operation, error);
      throw error;
    }
  }

  private recordError(operation: CacheOperation, error: unknown): void {
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    this.counters.emit({ type: 'error', operation, reason: describeFailure(cause) });
  }
}

import CircuitBreaker from 'opossum';

import type { CacheOperation, CircuitState } from './cache-events';
import type { CacheLogger } from './cache-logger';
import { CacheUnavailableError } from './cache-errors';

/** Settings for {@link RedisCircuit}. */
export interface RedisCircuitOptions {
  /** A call still running after this long counts as failed (a safety net over ioredis's own). */
  callTimeoutMs: number;
  /** How long the circuit stays open before letting one trial call through. */
  resetAfterMs: number;
  logger: CacheLogger;
  onStateChange: (state: CircuitState) => void;
}

type Call = () => Promise<unknown>;

/**
 * A circuit breaker in front of Redis. After repeated failures it opens and every call fails at
 * once, without touching the network, so a dead Redis costs requests nothing; after
 * `resetAfterMs` one trial call goes through and, if it succeeds, caching resumes by itself.
 */
export class RedisCircuit {
  private readonly breaker: CircuitBreaker<[Call], unknown>;

  constructor(options: RedisCircuitOptions) {
    this.breaker = new CircuitBreaker((call: Call) => call(), {
      timeout: options.callTimeoutMs,
      resetTimeout: options.resetAfterMs,
      errorThresholdPercentage: 50,
      // A short window so an outage outweighs the successes before it quickly.
      rollingCountTimeout: 5000,
      rollingCountBuckets: 10,
      volumeThreshold: 3,
      rollingPercentilesEnabled: false,
      enableSnapshots: false,
      // A reply error means Redis answered: it says nothing about availability.
      errorFilter: (error: unknown) => (error as Error | undefined)?.name === 'ReplyError',
    });

    this.breaker.on('open', () => {
      options.logger.warn({ resetAfterMs: options.resetAfterMs }, 'cache circuit open');
      options.onStateChange('open');
    });
    this.breaker.on('halfOpen', () => options.onStateChange('half_open'));
    this.breaker.on('close', () => {
      options.logger.info?.({}, 'cache circuit closed');
      options.onStateChange('closed');
    });
  }

  /** The breaker's current state. */
  get state(): CircuitState {
    if (this.breaker.opened) {
      return 'open';
    }
    return this.breaker.halfOpen ? 'half_open' : 'closed';
  }

  /** Runs one Redis call; rejects with {@link CacheUnavailableError} on any failure. */
  async run<T>(operation: CacheOperation, call: () => Promise<T>): Promise<T> {
    try {
      return (await this.breaker.fire(call)) as T;
    } catch (error) {
      throw new CacheUnavailableError(operation, { cause: error });
    }
  }

  /** Stops the breaker's timers; later calls fail. */
  shutdown(): void {
    this.breaker.shutdown();
  }
}

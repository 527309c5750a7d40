/** The cache operations that can fail against the store. */
export type CacheOperation =
  | 'get'
  | 'set'
  | 'delete'
  | 'deleteByPrefix'
  | 'lock'
  | 'unlock'
  | 'health'
  | 'publish'
  | 'subscribe';

/** The states of the circuit breaker in front of Redis. */
export type CircuitState = 'closed' | 'open' | 'half_open';

/**
 * One thing the cache did, for metrics. `error` covers failed and short-circuited store calls;
 * a read that errors is reported as `error`, not as `miss`.
 */
export type CacheEvent =
  | { type: 'hit' }
  | { type: 'miss' }
  | { type: 'set' }
  | { type: 'coalesced' }
  | { type: 'lock_wait_timeout' }
  | { type: 'error'; operation: CacheOperation; reason: string }
  | { type: 'circuit'; state: CircuitState };

/** A listener for {@link CacheEvent}s; it must not throw. */
export type CacheEventListener = (event: CacheEvent) => void;

/** Running totals since the cache was created. */
export interface CacheStats {
  hits: number;
  misses: number;
  sets: number;
  errors: number;
  /** Callers that joined a computation already running in this process. */
  coalesced: number;
  /** Waits on another instance's lock that ended without its result. */
  lockWaitTimeouts: number;
}

/** Counts events and forwards each to an optional listener. */
export class CacheCounters {
  private readonly totals: CacheStats = {
    hits: 0,
    misses: 0,
    sets: 0,
    errors: 0,
    coalesced: 0,
    lockWaitTimeouts: 0,
  };

  constructor(private readonly listener?: CacheEventListener) {}

  /** Records an event. */
  emit(event: CacheEvent): void {
    switch (event.type) {
      case 'hit':
        this.totals.hits += 1;
        break;
      case 'miss':
        this.totals.misses += 1;
        break;
      case 'set':
        this.totals.sets += 1;
        break;
      case 'error':
        this.totals.errors += 1;
        break;
      case 'coalesced':
        this.totals.coalesced += 1;
        break;
      case 'lock_wait_timeout':
        this.totals.lockWaitTimeouts += 1;
        break;
      case 'circuit':
        break;
    }

    // A metrics listener that throws must not break a request.
    try {
      this.listener?.(event);
    } catch {
      // ignored on purpose
    }
  }

  /** A copy of the totals. */
  snapshot(): CacheStats {
    return { ...this.totals };
  }
}

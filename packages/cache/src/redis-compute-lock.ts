import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Redis } from 'ioredis';

import type { RedisCircuit } from './redis-circuit';

/** Deletes the lock only if it still holds our token, so a late holder never frees another's. */
const RELEASE_SCRIPT =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/** Timing of the cross-instance compute lock. */
export interface ComputeLockTiming {
  /** The lock expires by itself after this long, so a crashed holder blocks nobody for good. */
  lockTtlMs: number;
  /** Longest time a caller waits for another instance's result before computing itself. */
  lockWaitMs: number;
  /** Delay between two looks at the key while waiting. */
  lockPollMs: number;
}

/** What waiting on another instance's computation gave. */
export type WaitOutcome =
  | { kind: 'value'; stored: string }
  | { kind: 'gone' }
  | { kind: 'timeout' }
  | { kind: 'unavailable' };

/**
 * A short Redis lock (`SET NX PX`) that lets one instance compute a missing entry while the
 * others poll for its result, each for at most `lockWaitMs`.
 */
export class RedisComputeLock {
  constructor(
    private readonly client: Redis,
    private readonly circuit: RedisCircuit,
    private readonly timing: ComputeLockTiming,
  ) {}

  /** Takes the lock; resolves its token, or `undefined` when another instance holds it. */
  async acquire(lockKey: string): Promise<string | undefined> {
    const token = randomUUID();
    const reply = await this.circuit.run('lock', () =>
      this.client.set(lockKey, token, 'PX', this.timing.lockTtlMs, 'NX'),
    );
    return reply === 'OK' ? token : undefined;
  }

  /** Frees the lock if it is still ours. */
  async release(lockKey: string, token: string): Promise<void> {
    await this.circuit.run('unlock', () => this.client.eval(RELEASE_SCRIPT, 1, lockKey, token));
  }

  /**
   * Polls until the entry appears, the lock disappears without an entry (the holder failed),
   * the wait runs out, or Redis stops answering.
   */
  async waitForHolder(fullKey: string, lockKey: string): Promise<WaitOutcome> {
    const deadline = Date.now() + this.timing.lockWaitMs;

    while (Date.now() < deadline) {
      await sleep(Math.min(this.timing.lockPollMs, Math.max(1, deadline - Date.now())));

      let stored: string | null | undefined;
      let holder: string | null | undefined;
      try {
        [stored, holder] = await this.circuit.run('get', () => this.client.mget(fullKey, lockKey));
      } catch {
        return { kind: 'unavailable' };
      }

      if (typeof stored === 'string') {
        return { kind: 'value', stored };
      }
      if (holder === null || holder === undefined) {
        return { kind: 'gone' };
      }
    }

    return { kind: 'timeout' };
  }
}

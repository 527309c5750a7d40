import type { Redis } from 'ioredis';

import type { CacheLogger } from './cache-logger';
import { assertPrefix, decodeValue, encodeValue } from './cache-key';
import { describeFailure } from './cache-errors';
import { openFailFastRedis, type ResolvedRedisTimeouts, waitUntilReady } from './redis-connection';
import { deliver, type VersionChannel, type VersionHandler } from './version-channel';

/** Settings for {@link RedisVersionChannel}. */
export interface RedisVersionChannelOptions {
  redisUrl: string;
  /** The channel is `<prefix>versions`, so runs with different prefixes never hear each other. */
  prefix: string;
  timeouts: ResolvedRedisTimeouts;
  /** Longest wait in `subscribe` for Redis to confirm the subscription. */
  subscribeWaitMs: number;
  logger: CacheLogger;
}

/**
 * A {@link VersionChannel} over Redis pub/sub. Subscribing needs a connection of its own (a
 * subscribed connection can issue no other commands), and it subscribes again after every
 * reconnect, so an instance keeps hearing changes across Redis restarts.
 */
export class RedisVersionChannel<T = unknown> implements VersionChannel<T> {
  private readonly channel: string;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Set<VersionHandler<T>>();
  private readonly waiters = new Set<() => void>();
  private subscribed = false;
  private closed = false;

  constructor(private readonly options: RedisVersionChannelOptions) {
    const { redisUrl, timeouts, logger } = options;

    this.channel = `${assertPrefix(options.prefix)}versions`;
    this.publisher = openFailFastRedis(redisUrl, timeouts, 'version-publisher', logger);
    this.subscriber = openFailFastRedis(redisUrl, timeouts, 'version-subscriber', logger);

    this.subscriber.on('ready', () => {
      if (this.handlers.size > 0) {
        void this.subscribeNow();
      }
    });
    this.subscriber.on('close', () => {
      this.subscribed = false;
    });
    this.subscriber.on('message', (channel: string, raw: string) => {
      if (channel === this.channel) {
        this.receive(raw);
      }
    });
  }

  async publish(message: T): Promise<boolean> {
    const encoded = encodeValue(message);
    if (this.closed || encoded === undefined) {
      return false;
    }

    try {
      // Publishing is rare, so give a connection that is still starting a moment to finish.
      await waitUntilReady(this.publisher, this.options.timeouts.connectTimeoutMs);
      await this.publisher.publish(this.channel, encoded);
      return true;
    } catch (error) {
      this.options.logger.warn({ reason: describeFailure(error) }, 'version publish failed');
      return false;
    }
  }

  async subscribe(handler: VersionHandler<T>): Promise<() => void> {
    this.handlers.add(handler);
    const unsubscribe = (): void => {
      this.handlers.delete(handler);
    };

    if (!this.subscribed && this.subscriber.status === 'ready') {
      void this.subscribeNow();
    }
    await this.waitForSubscription();
    return unsubscribe;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handlers.clear();
    this.releaseWaiters();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  private async subscribeNow(): Promise<void> {
    try {
      await this.subscriber.subscribe(this.channel);
      this.subscribed = true;
      this.releaseWaiters();
    } catch (error) {
      // The next reconnect subscribes again.
      this.options.logger.warn({ reason: describeFailure(error) }, 'version subscribe failed');
    }
  }

  private waitForSubscription(): Promise<void> {
    if (this.subscribed || this.closed) {
      return Promise.resolve();
    }

    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.options.subscribeWaitMs);
      this.waiters.add(done);
    });
  }

  private releaseWaiters(): void {
    for (const release of [...this.waiters]) {
      release();
    }
  }

  private receive(raw: string): void {
    let message: T;
    try {
      message = decodeValue<T>(raw);
    } catch {
      this.options.logger.warn({ channel: this.channel }, 'version message is not json');
      return;
    }
    deliver([...this.handlers], message, this.options.logger);
  }
}

import type { CacheLogger } from './cache-logger';
import { decodeValue, encodeValue } from './cache-key';

/** Called with each message published on a {@link VersionChannel}. */
export type VersionHandler<T> = (message: T) => void;

/**
 * Tells every instance that data or a model changed, so each reloads its snapshot. Delivery is
 * best effort (a message published while an instance is disconnected is lost to it), which is
 * why instances also compare versions on a timer. Messages are JSON; those from other
 * processes arrive unchecked, so handlers should validate them. A publisher's own
 * subscribers receive its messages too.
 */
export interface VersionChannel<T = unknown> {
  /** Sends a message to every subscribed instance; resolves false if it could not be sent. */
  publish(message: T): Promise<boolean>;

  /**
   * Adds a handler. Resolves once the subscription is active (or after a bounded wait, in which
   * case it becomes active when Redis is reachable again) with a function removing the handler.
   */
  subscribe(handler: VersionHandler<T>): Promise<() => void>;

  /** Closes the channel's connections; handlers receive nothing afterwards. */
  close(): Promise<void>;
}

/** Runs every handler on one message, logging instead of throwing when a handler fails. */
export function deliver<T>(
  handlers: Iterable<VersionHandler<T>>,
  message: T,
  logger: CacheLogger,
): void {
  for (const handler of handlers) {
    try {
      handler(message);
    } catch (error) {
      logger.warn(
        { reason: error instanceof Error ? error.message : String(error) },
        'version handler failed',
      );
    }
  }
}

/**
 * The channel for a single process (no Redis): messages go straight to this process's handlers,
 * after a JSON round trip so they look exactly as they would coming from Redis.
 */
export class InProcessVersionChannel<T = unknown> implements VersionChannel<T> {
  private readonly handlers = new Set<VersionHandler<T>>();
  private closed = false;

  constructor(private readonly logger: CacheLogger) {}

  async publish(message: T): Promise<boolean> {
    const encoded = encodeValue(message);
    if (this.closed || encoded === undefined) {
      return false;
    }

    // Deliver later, as a network would, so publishers never run handlers synchronously.
    setImmediate(() => deliver([...this.handlers], decodeValue<T>(encoded), this.logger));
    return true;
  }

  async subscribe(handler: VersionHandler<T>): Promise<() => void> {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handlers.clear();
  }
}

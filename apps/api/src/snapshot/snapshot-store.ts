import { AppError } from '../errors/app-error';
import type { Logger } from '../logger';

/** What every snapshot the store holds must say about itself. */
export interface VersionedSnapshot {
  /** the data version it was built from */
  version: string;
}

export interface SnapshotStoreDeps<T> {
  /** builds a complete new snapshot; the current one keeps serving meanwhile */
  build: () => Promise<T>;
  logger: Logger;
  /** told about every snapshot swapped in (metrics); must not throw */
  onLoaded?: (next: T, previous: T | null) => void;
}

/**
 * Holds the current immutable snapshot. A load builds the next snapshot aside and swaps it in
 * with one assignment, so a request sees either the old snapshot or the new one, never a mix.
 * A failed load keeps the old snapshot serving.
 */
export class SnapshotStore<T extends VersionedSnapshot> {
  private snapshot: T | null = null;
  private running: Promise<T> | null = null;
  private followUp: Promise<T> | null = null;

  constructor(private readonly deps: SnapshotStoreDeps<T>) {}

  /** The current snapshot, or null before the first load finished. */
  find(): T | null {
    return this.snapshot;
  }

  /** The current snapshot; a 503 `not_ready` before the first load finished. */
  get(): T {
    if (this.snapshot === null) {
      throw new AppError('not_ready', 'The service is starting and cannot answer yet');
    }
    return this.snapshot;
  }

  /** Whether a snapshot is loaded. */
  isReady(): boolean {
    return this.snapshot !== null;
  }

  /**
   * Builds and swaps in a new snapshot. A load asked for while one runs waits for it and then runs
   * once more (however many asked), because the running one may have read the data before the
   * change that prompted the request.
   */
  load(): Promise<T> {
    if (this.running === null) {
      this.running = this.buildAndSwap().finally(() => {
        this.running = null;
      });
      return this.running;
    }

    if (this.followUp === null) {
      const settled = this.running.then(
        () => undefined,
        () => undefined,
      );
      this.followUp = settled.then(() => {
        this.followUp = null;
        return this.load();
      });
    }
    return this.followUp;
  }

  private async buildAndSwap(): Promise<T> {
    const started = performance.now();
    try {
      const next = await this.deps.build();
      const previous = this.snapshot;
      this.snapshot = next;
      this.deps.logger.info(
        {
          version: next.version,
          previousVersion: previous?.version ?? null,
          durationMs: elapsed(started),
        },
        'snapshot loaded',
      );
      try {
        this.deps.onLoaded?.(next, previous);
      } catch (err) {
        this.deps.logger.warn({ err }, 'snapshot listener failed');
      }
      return next;
    } catch (err) {
      this.deps.logger.error(
        { err, keptVersion: this.snapshot?.version ?? null, durationMs: elapsed(started) },
        'snapshot load failed',
      );
      throw err;
    }
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

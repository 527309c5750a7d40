/**
 * Shares one running computation per key among concurrent callers in this process. The entry
 * is dropped as soon as the computation settles, so a failure is not remembered and the next
 * caller starts afresh.
 */
export class SingleFlight {
  private readonly running = new Map<string, Promise<unknown>>();

  /** How many keys are being computed right now. */
  get size(): number {
    return this.running.size;
  }

  /**
   * Runs `work` for `key` unless it is already running, in which case the caller joins it.
   * `onJoin` is told when a caller joins instead of starting.
   */
  run<T>(key: string, work: () => Promise<T>, onJoin?: () => void): Promise<T> {
    const current = this.running.get(key);
    if (current) {
      onJoin?.();
      return current as Promise<T>;
    }

    const started = Promise.resolve()
      .then(work)
      .finally(() => {
        this.running.delete(key);
      });
    this.running.set(key, started);
    return started;
  }
}

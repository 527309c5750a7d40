import type { VersionChannel } from '@lunajoy/cache';
import type { DataVersionRepository } from '@lunajoy/db';

import type { Logger } from '../logger';
import type { ApiSnapshot } from './api-snapshot';
import type { SnapshotStore } from './snapshot-store';
import { parseVersionMessage, type VersionMessage } from './version-message';

export interface VersionWatcherDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
  channel: VersionChannel<unknown>;
  versions: Pick<DataVersionRepository, 'getVersions'>;
  logger: Logger;
  /** how often to compare versions with PostgreSQL; 0 turns the check off */
  pollIntervalMs: number;
  /** a version check still waiting after this counts as failed; default 5000 */
  checkTimeoutMs?: number;
}

/** Why a reload was started, for the log. */
type Trigger = 'channel' | 'poll';

/**
 * Keeps this instance's snapshot current. An import or training run announces its new version
 * on the channel and every instance reloads at once; because pub/sub delivery is best effort
 * (an instance that was disconnected misses the message), each instance also compares its
 * versions with `data_versions` every `pollIntervalMs`. A reload builds the new snapshot aside
 * and swaps it in, so requests keep being answered throughout; a failed check or reload (the
 * database is away) leaves the current snapshot serving and is retried on the next tick.
 */
export class VersionWatcher {
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private checking: Promise<void> | null = null;
  private checkFailing = false;
  private stopped = false;

  constructor(private readonly deps: VersionWatcherDeps) {}

  /** Subscribes to the channel (waiting a bounded time for Redis) and starts the checks. */
  async start(): Promise<void> {
    this.unsubscribe = await this.deps.channel.subscribe((message) => this.onMessage(message));
    if (this.stopped) {
      this.unsubscribe();
      return;
    }
    this.schedule();
  }

  /** Stops checking and listening; a reload already running finishes on its own. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Compares versions with PostgreSQL once, reloading when they differ; never rejects. */
  checkNow(): Promise<void> {
    this.checking ??= this.check().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private schedule(): void {
    if (this.stopped || this.deps.pollIntervalMs <= 0) return;
    this.timer = setTimeout(() => {
      void this.checkNow().then(() => this.schedule());
    }, this.deps.pollIntervalMs);
    this.timer.unref();
  }

  private onMessage(raw: unknown): void {
    const message = parseVersionMessage(raw);
    if (message === null) {
      this.deps.logger.warn({}, 'version message ignored: not a version announcement');
      return;
    }

    const current = this.deps.snapshotStore.find();
    // Before the first snapshot, the first load reads whatever is newest anyway.
    if (current === null || !isNewer(message, current)) return;
    void this.reload('channel', { kind: message.kind, version: message.version });
  }

  private async check(): Promise<void> {
    const current = this.deps.snapshotStore.find();
    if (current === null) return;

    let versions;
    try {
      versions = await withTimeout(this.deps.versions.getVersions(), this.checkTimeoutMs());
    } catch (err) {
      if (!this.checkFailing) this.deps.logger.warn({ err }, 'version check failed');
      this.checkFailing = true;
      return;
    }
    if (this.checkFailing) this.deps.logger.info({}, 'version check recovered');
    this.checkFailing = false;

    const data = String(versions.data);
    const model = versions.model > 0n ? String(versions.model) : null;
    if (data !== current.version || model !== current.modelVersion) {
      await this.reload('poll', { data, model });
    }
  }

  private async reload(trigger: Trigger, seen: Record<string, string | null>): Promise<void> {
    if (this.stopped) return;
    this.deps.logger.info({ trigger, ...seen }, 'snapshot out of date, reloading');
    // The store logs failures and keeps the current snapshot; the next check tries again.
    await this.deps.snapshotStore.load().catch(() => undefined);
  }

  private checkTimeoutMs(): number {
    return this.deps.checkTimeoutMs ?? 5000;
  }
}

function isNewer(message: VersionMessage, current: ApiSnapshot): boolean {
  const known = message.kind === 'data' ? current.version : (current.modelVersion ?? '0');
  return BigInt(message.version) > BigInt(/^\d+$/.test(known) ? known : '0');
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

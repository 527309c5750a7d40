import type { CacheEvent } from '@lunajoy/cache';
import type { Tier } from '@lunajoy/engine';
import { systemClock, type Clock } from '@lunajoy/models';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface ApiMetricsOptions {
  /** tells the age gauges what time it is; the system clock when omitted */
  clock?: Clock;
  /** process metrics (CPU, memory, event loop, GC); default true */
  defaultMetrics?: boolean;
}

/** What a loaded snapshot or model reports about itself. */
export interface LoadedVersion {
  /** a counter from the database; a version that is not a number leaves the gauge alone */
  version: string | number | bigint;
  /** epoch milliseconds the data was imported or the model trained */
  builtAt: number;
  /** how long the import or training took, when the loader knows */
  durationSeconds?: number;
}

/** Every metric the API exports, in a registry of its own. */
export interface ApiMetrics {
  readonly registry: Registry;
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  readonly matchDuration: Histogram<'tier'>;
  readonly matchCandidates: Histogram<'tier'>;
  readonly cacheEvents: Counter<'event'>;
  /** counts one cache event; fits the cache's event listener */
  recordCacheEvent(event: CacheEvent): void;
  /** call when a snapshot is swapped in */
  recordSnapshot(loaded: LoadedVersion): void;
  /** call when a model is swapped in */
  recordModel(loaded: LoadedVersion): void;
  /** observes one match: its duration and how many candidates were scored */
  recordMatch(tier: Tier, seconds: number, candidates: number): void;
}

const SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const CANDIDATE_BUCKETS = [0, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 25_000];

/**
 * Builds the API's metrics in a fresh registry rather than prom-client's global one, so tests
 * can build several apps side by side. Versions and ages read 0 until the first snapshot or
 * model is recorded: alert on `snapshot_version == 0`, not on the age.
 */
export function createApiMetrics(options: ApiMetricsOptions = {}): ApiMetrics {
  const registry = new Registry();
  const clock = options.clock ?? systemClock;
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, matched route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS_BUCKETS,
    registers,
  });
  const matchDuration = new Histogram({
    name: 'match_duration_seconds',
    help: 'Time to rank candidates for one match request, by tier',
    labelNames: ['tier'] as const,
    buckets: SECONDS_BUCKETS,
    registers,
  });
  const matchCandidates = new Histogram({
    name: 'match_candidates',
    help: 'Candidates left to score after the hard filters, by tier',
    labelNames: ['tier'] as const,
    buckets: CANDIDATE_BUCKETS,
    registers,
  });
  const cacheEvents = new Counter({
    name: 'cache_events_total',
    help: 'Candidate cache events: hit, miss, set, coalesced, lock_wait_timeout, error, circuit_*',
    labelNames: ['event'] as const,
    registers,
  });

  const snapshot = versionGauges('snapshot', 'import', 'the data snapshot', registers, clock);
  const model = versionGauges('model', 'train', 'the trained model', registers, clock);

  return {
    registry,
    httpRequestDuration,
    matchDuration,
    matchCandidates,
    cacheEvents,
    recordCacheEvent: (event) => {
      cacheEvents.inc({ event: event.type === 'circuit' ? `circuit_${event.state}` : event.type });
    },
    recordSnapshot: snapshot.record,
    recordModel: model.record,
    recordMatch: (tier, seconds, candidates) => {
      matchDuration.observe({ tier }, seconds);
      matchCandidates.observe({ tier }, candidates);
    },
  };
}

// `<what>_version`, `<what>_age_seconds` (computed at scrape time) and `<job>_duration_seconds`.
function versionGauges(
  what: string,
  job: string,
  description: string,
  registers: Registry[],
  clock: Clock,
): { record: (loaded: LoadedVersion) => void } {
  let builtAt: number | null = null;

  const version = new Gauge({
    name: `${what}_version`,
    help: `Version of ${description} being served`,
    registers,
  });
  new Gauge({
    name: `${what}_age_seconds`,
    help: `Seconds since ${description} being served was built`,
    registers,
    collect() {
      if (builtAt !== null) this.set(Math.max(0, (clock.now() - builtAt) / 1000));
    },
  });
  const duration = new Gauge({
    name: `${job}_duration_seconds`,
    help: `How long building ${description} being served took`,
    registers,
  });

  return {
    record: (loaded) => {
      const numeric = Number(loaded.version);
      if (Number.isFinite(numeric)) version.set(numeric);
      builtAt = loaded.builtAt;
      if (loaded.durationSeconds !== undefined) duration.set(loaded.durationSeconds);
    },
  };
}

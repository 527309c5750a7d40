import type { CandidateCache } from '@lunajoy/cache';
import type { Clock } from '@lunajoy/models';

import type { Config } from './config';
import type { ReadinessProbes } from './health/dependency-probe';
import type { Logger } from './logger';
import type { ApiMetrics } from './metrics/api-metrics';
import type { RedisCommandClient } from './security/rate-limit';
import type { ApiSnapshot } from './snapshot/api-snapshot';
import type { SnapshotStore } from './snapshot/snapshot-store';
import type { PatientStores } from './users/patient-stores';

/**
 * Everything the HTTP app needs, built once by the composition root (or by a test). Routes take
 * the slice they use; nothing reaches for globals or the environment.
 */
export interface AppDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  snapshotStore: SnapshotStore<ApiSnapshot>;
  cache: CandidateCache;
  probes: ReadinessProbes;
  metrics: ApiMetrics;
  /** shares rate-limit counts between instances; null keeps them in this process */
  rateLimitRedis?: RedisCommandClient | null;
  /** stored patients, interactions, match and access logs; absent in apps built without a database */
  patientStores?: PatientStores;
}

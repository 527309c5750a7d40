import type { Clock } from '@lunajoy/models';

import type { LearningLoader } from '../match/learning-loader';
import { buildApiSnapshot, type ApiSnapshot } from './api-snapshot';
import { readClinicians, type SnapshotSources } from './read-clinicians';

export interface SnapshotBuilderDeps extends SnapshotSources {
  clock: Clock;
  /** a build still running after this fails, so a hung database cannot block every reload */
  timeoutMs: number;
  /** loads the model of the version read (and the interaction matrix); none: no registered model */
  loadLearning?: LearningLoader;
}

/**
 * The build function of the API's snapshot store: read every clinician at one data version from
 * PostgreSQL, then build the indexes, vocabularies and schemas from them.
 */
export function createSnapshotBuilder(deps: SnapshotBuilderDeps): () => Promise<ApiSnapshot> {
  return async () => {
    const reading = await withDeadline(readClinicians(deps), deps.timeoutMs);
    const learning = deps.loadLearning
      ? await withDeadline(deps.loadLearning(reading.modelVersion), deps.timeoutMs)
      : null;
    return buildApiSnapshot({ ...reading, learning, loadedAt: deps.clock.now() });
  };
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the snapshot read took over ${ms} ms`)), ms);
    timer.unref();
  });
  // A read that settles after the deadline has nobody waiting for it.
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

import type { CandidateCache } from '@lunajoy/cache';

import type { Logger } from '../logger';
import { patientCachePrefix } from '../match/candidate-cache-key';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { PatientStores } from './patient-stores';

export interface ErasePatientDeps {
  stores: Pick<PatientStores, 'users'>;
  cache: Pick<CandidateCache, 'deleteByPrefix'>;
  snapshot: Pick<ApiSnapshot, 'learning'> | null;
  logger: Logger;
}

/**
 * Erases a patient everywhere this instance can reach: their rows (contact details,
 * interactions, match logs, model neighbourhoods; the user row stays as an empty tombstone so no
 * import brings them back, and the next model is trained without them), every cached answer of
 * theirs, and their row of the in-memory matrix, so they inform no prediction from now on.
 * Returns false when there was no such patient.
 *
 * The erasure bumps the patient's version, so their cached answers are unreachable even where
 * the delete cannot reach (another instance's in-process cache, Redis while it is down).
 */
// TODO: other instances keep the erased patient's matrix row until their next reload (a data or
// model change); that row is only ever read as a neighbour's ratings, never shown or returned.
export async function erasePatientEverywhere(
  deps: ErasePatientDeps,
  userId: string,
): Promise<boolean> {
  const erased = await deps.stores.users.erasePatient(userId);
  if (!erased) return false;

  deps.snapshot?.learning?.erasePatient(userId);
  try {
    const removed = await deps.cache.deleteByPrefix(patientCachePrefix(userId));
    deps.logger.info({ cacheEntries: removed }, 'patient erased');
  } catch (err) {
    deps.logger.warn({ err }, 'patient erased; cached answers left to expire');
  }
  return true;
}

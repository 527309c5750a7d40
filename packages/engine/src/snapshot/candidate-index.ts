/**
 * Reads from the state × appointment type index, so the hard filters that depend on the request
 * start from a short list instead of every clinician.
 */
import type { AppointmentType, Clinician, StateCode } from '@lunajoy/models';

import type { CandidateCell, CandidateIndexKey, Snapshot } from '../types';
import { EMPTY_CELL } from './candidate-cells';

/** The index key of a state and appointment type. */
export function candidateIndexKey(state: StateCode, type: AppointmentType): CandidateIndexKey {
  return `${state}|${type}`;
}

/** Ids of the clinicians licensed in `state` who offer `type`, ascending; empty when none. */
export function findCandidateIds(
  snapshot: Snapshot,
  state: StateCode,
  type: AppointmentType,
): readonly string[] {
  return snapshot.candidateIndex.get(candidateIndexKey(state, type)) ?? [];
}

/** The filtered cell of a state and appointment type; an empty cell when nobody is there. */
export function findCandidateCell(
  snapshot: Snapshot,
  state: StateCode,
  type: AppointmentType,
): CandidateCell {
  return snapshot.cells.get(candidateIndexKey(state, type)) ?? EMPTY_CELL;
}

/** The clinicians behind a list of snapshot ids, in the same order. */
export function resolveClinicians(
  snapshot: Pick<Snapshot, 'clinicians'>,
  ids: readonly string[],
): Clinician[] {
  const clinicians: Clinician[] = new Array(ids.length);

  for (let i = 0; i < ids.length; i += 1) {
    const clinician = snapshot.clinicians.get(ids[i] as string);
    // An index id always has a clinician: both come from the same build.
    if (clinician === undefined)
      throw new Error(`snapshot index names unknown clinician ${ids[i]}`);
    clinicians[i] = clinician;
  }

  return clinicians;
}

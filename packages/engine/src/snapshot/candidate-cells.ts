/**
 * Applies the filters that depend only on the clinician (active, openings, age groups served)
 * once per snapshot, so requests answer them by lookup.
 */
import { AGE_GROUPS, type AgeGroup, type Clinician } from '@lunajoy/models';

import { activeFilter } from '../filters/active.filter';
import { capacityFilter } from '../filters/capacity.filter';
import type { CandidateCell } from '../types';

/** The cell of a list of clinicians (ascending by id); the lists keep that order. */
export function buildCandidateCell(clinicians: readonly Clinician[]): CandidateCell {
  const active = clinicians.filter(activeFilter.keep);
  const open = active.filter(capacityFilter.keep);
  const openByAgeGroup = Object.fromEntries(
    AGE_GROUPS.map((group) => [group, open.filter((c) => c.ageGroupsServed.includes(group))]),
  ) as Record<AgeGroup, Clinician[]>;

  return { activeCount: active.length, open, openByAgeGroup };
}

/** The cell of a key with no clinicians. */
export const EMPTY_CELL: CandidateCell = buildCandidateCell([]);

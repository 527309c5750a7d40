/**
 * Runs the hard filters from the index: the state × appointment type cell already holds its
 * active clinicians with openings, split by age group, so only the patient's own exclusions
 * (rejected, booked) are applied per request. Survivors are counted after each stage so an
 * empty answer can say which filter emptied it.
 */
import { AGE_GROUP_OF_RANGE, type Clinician } from '@lunajoy/models';

import { findCandidateCell, findCandidateIds } from '../snapshot/candidate-index';
import type { CandidateCell, MatchResult, Snapshot } from '../types';
import { activeFilter } from './active.filter';
import { ageGroupFilter } from './age-group.filter';
import { capacityFilter } from './capacity.filter';
import { bookedFilter, rejectedFilter } from './excluded.filter';
import type { FilterRequest, HardFilter } from './hard-filter';

/** Survivors after one stage; the first stage, `licensed_state_and_type`, is the index cell. */
export interface FilterStage {
  name: string;
  remaining: number;
}

/** What the hard filters let through, and how. */
export interface FilterOutcome {
  /** ascending by id; may be a list shared with the snapshot, so never change it */
  eligible: readonly Clinician[];
  stages: FilterStage[];
  filtersApplied: MatchResult['filtersApplied'];
}

/** The stage name of the index lookup. */
export const INDEX_STAGE = 'licensed_state_and_type';

/**
 * Every filter a request applies after the state × type lookup, in stage order, as predicates.
 * `without` leaves one out by name. `applyHardFilters` answers the first three from the index;
 * the predicates say the same thing clinician by clinician.
 */
export function hardFiltersFor(request: FilterRequest, without?: string): HardFilter[] {
  const filters = [
    activeFilter,
    capacityFilter,
    ageGroupFilter(request.ageRange),
    rejectedFilter(request.rejectedIds),
    bookedFilter(request),
  ];

  return filters.filter(
    (filter): filter is HardFilter => filter !== null && filter.name !== without,
  );
}

/** True when the clinician passes every filter. */
export function passesAll(clinician: Clinician, filters: readonly HardFilter[]): boolean {
  for (const filter of filters) if (!filter.keep(clinician)) return false;
  return true;
}

function describeFilters(request: FilterRequest): FilterOutcome['filtersApplied'] {
  return {
    active_status: true,
    state: request.state,
    appointment_type: request.appointmentType,
    accepting_new_patients: true,
    under_capacity: true,
    age_group: request.ageRange === null ? null : AGE_GROUP_OF_RANGE[request.ageRange],
    rejected_excluded: request.rejectedIds.size > 0,
    booked_excluded: !request.includeBooked && request.bookedIds.size > 0,
  };
}

/**
 * The clinicians of a cell who pass the request's age-group and exclusion filters, with the
 * survivors after each of those stages.
 */
export function eligibleInCell(
  cell: CandidateCell,
  request: FilterRequest,
): { eligible: readonly Clinician[]; stages: FilterStage[] } {
  const stages: FilterStage[] = [];
  let survivors = cell.open;

  if (request.ageRange !== null) {
    survivors = cell.openByAgeGroup[AGE_GROUP_OF_RANGE[request.ageRange]];
    stages.push({ name: 'age_group', remaining: survivors.length });
  }
  for (const filter of [rejectedFilter(request.rejectedIds), bookedFilter(request)]) {
    if (filter === null) continue;
    survivors = survivors.filter(filter.keep);
    stages.push({ name: filter.name, remaining: survivors.length });
  }

  return { eligible: survivors, stages };
}

/** Applies every hard filter of the request to the snapshot. */
export function applyHardFilters(snapshot: Snapshot, request: FilterRequest): FilterOutcome {
  const { state, appointmentType } = request;
  const cell = findCandidateCell(snapshot, state, appointmentType);
  const { eligible, stages } = eligibleInCell(cell, request);

  return {
    eligible,
    stages: [
      { name: INDEX_STAGE, remaining: findCandidateIds(snapshot, state, appointmentType).length },
      { name: activeFilter.name, remaining: cell.activeCount },
      { name: capacityFilter.name, remaining: cell.open.length },
      ...stages,
    ],
    filtersApplied: describeFilters(request),
  };
}

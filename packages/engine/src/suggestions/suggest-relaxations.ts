/**
 * What to tell a patient who got no matches: for each hard filter they could relax (another
 * appointment type, their age group, clinicians they booked before, another state), how many
 * clinicians would then match. Insurance and the other preferences only score, so they never
 * empty a list and are never suggested here.
 */
import { APPOINTMENT_TYPES, type AppointmentType } from '@lunajoy/models';

import { ageGroupWords, APPOINTMENT_TYPE_WORDS } from '../explain/labels';
import { countOf } from '../explain/sentence';
import { applyHardFilters, eligibleInCell } from '../filters/apply-hard-filters';
import type { FilterRequest } from '../filters/hard-filter';
import { EMPTY_CELL } from '../snapshot/candidate-cells';
import { findCandidateIds } from '../snapshot/candidate-index';
import type { Snapshot, Suggestion } from '../types';

/** How many clinicians the request would match with one of its fields relaxed. */
function countRelaxed(snapshot: Snapshot, relaxed: FilterRequest): number {
  return applyHardFilters(snapshot, relaxed).eligible.length;
}

/** Clinicians offering the type in any state who pass every other filter. */
function countAnyState(snapshot: Snapshot, request: FilterRequest): number {
  const cell = snapshot.anyStateCells.get(request.appointmentType) ?? EMPTY_CELL;
  return eligibleInCell(cell, request).eligible.length;
}

function offerVerb(count: number): string {
  return count === 1 ? 'offers' : 'offer';
}

/** The relaxations that would give matches, each with its count; empty when none would. */
export function suggestRelaxations(snapshot: Snapshot, request: FilterRequest): Suggestion[] {
  const { state, appointmentType, ageRange } = request;
  const typeWord = APPOINTMENT_TYPE_WORDS[appointmentType];
  const cellEmpty = findCandidateIds(snapshot, state, appointmentType).length === 0;
  const suggestions: Suggestion[] = [];

  const otherTypes = APPOINTMENT_TYPES.filter(
    (type): type is AppointmentType => type !== appointmentType,
  );
  for (const other of otherTypes) {
    const count = countRelaxed(snapshot, { ...request, appointmentType: other });
    const otherWord = APPOINTMENT_TYPE_WORDS[other];
    const message = cellEmpty
      ? `No clinicians in ${state} offer ${typeWord}; ${count} ${offerVerb(count)} ${otherWord}`
      : `No clinicians in ${state} can see you for ${typeWord} right now; ${count} can for ${otherWord}`;
    suggestions.push({ field: 'appointment_type', message, additionalMatches: count });
  }

  if (ageRange !== null) {
    const count = countRelaxed(snapshot, { ...request, ageRange: null });
    const message = `${countOf(count, 'clinician')} in ${state} ${offerVerb(count)} ${typeWord} but not to ${ageGroupWords(ageRange)}`;
    suggestions.push({ field: 'age_range', message, additionalMatches: count });
  }

  if (!request.includeBooked && request.bookedIds.size > 0) {
    const count = countRelaxed(snapshot, { ...request, includeBooked: true });
    const message = `${countOf(count, 'clinician')} you already booked would match; ask with include_booked=true to see them`;
    suggestions.push({ field: 'include_booked', message, additionalMatches: count });
  }

  // Out-of-state clinicians cannot legally treat the patient where they are now; the count
  // is still useful to someone who will be in another state.
  const count = countAnyState(snapshot, request);
  const message = `${countOf(count, 'clinician')} licensed in other states ${offerVerb(count)} ${typeWord}`;
  suggestions.push({ field: 'state', message, additionalMatches: count });

  return suggestions.filter((suggestion) => suggestion.additionalMatches > 0);
}

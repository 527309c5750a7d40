/**
 * How strongly each interaction says "this patient wants this clinician". One patient and one
 * clinician keep a single rating: the strongest signal, except that a rejection overrides
 * anything else (a patient who booked and later rejected a clinician does not want them).
 */
import type { InteractionAction } from '@lunajoy/models';

/** The rating of each action, −1..1. */
export const ACTION_RATINGS: Readonly<Record<InteractionAction, number>> = {
  booked: 1,
  contacted: 0.7,
  clicked: 0.4,
  viewed: 0.2,
  ignored: 0,
  rejected: -1,
};

/** The rating a rejection gives; it overrides every other action on the same pair. */
export const REJECTED_RATING = ACTION_RATINGS.rejected;

/** The pair's rating after one more rating arrives. */
export function combineRatings(current: number | undefined, next: number): number {
  if (current === undefined) return next;
  if (current === REJECTED_RATING || next === REJECTED_RATING) return REJECTED_RATING;
  return Math.max(current, next);
}

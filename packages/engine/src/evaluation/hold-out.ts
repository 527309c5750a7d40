/**
 * The evaluation split. For each patient who booked at least two different clinicians, their
 * latest booking (by time, ties by the larger interaction id) is held out, and so is everything
 * that patient did from that moment on, plus every interaction with the held-out clinician: the
 * training data then looks like the platform just before the booking, with nothing that could
 * give the answer away (a later view of the same clinician, for instance). Everyone else's
 * interactions are kept whole.
 */
import type { Interaction } from '@lunajoy/models';

import { compareIds } from '../snapshot/compare-ids';

/** One held-out booking: the clinician a ranking should have put first. */
export interface HeldOutBooking {
  userId: string;
  clinicianId: string;
  timestamp: number;
  interactionId: string;
}

/** Training interactions and the held-out bookings, one per evaluated patient (sorted by id). */
export interface HoldOutSplit {
  training: Interaction[];
  heldOut: HeldOutBooking[];
}

const isLater = (a: Interaction, b: Interaction): boolean =>
  a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.id > b.id);

/** Options of `holdOutLatestBookings`. */
export interface HoldOutOptions {
  /**
   * also drop the patient's interactions with the held-out clinician from before the booking
   * (default true). Without them the held-out clinician is the one candidate the patient never
   * saw, which a ranker could exploit; with them the split is the platform exactly as it was a
   * moment before the booking.
   */
  dropEarlierPairInteractions?: boolean;
}

/** Splits interactions for an offline evaluation; input order does not matter. */
export function holdOutLatestBookings(
  interactions: readonly Interaction[],
  options: HoldOutOptions = {},
): HoldOutSplit {
  const dropPair = options.dropEarlierPairInteractions ?? true;
  const latest = new Map<string, Interaction>();
  const bookedClinicians = new Map<string, Set<string>>();

  for (const i of interactions) {
    if (i.action !== 'booked') continue;
    const booked = bookedClinicians.get(i.userId) ?? new Set<string>();
    bookedClinicians.set(i.userId, booked.add(i.clinicianId));
    const current = latest.get(i.userId);
    if (!current || isLater(i, current)) latest.set(i.userId, i);
  }

  const held = new Map<string, Interaction>();
  for (const [userId, booking] of latest) {
    if ((bookedClinicians.get(userId)?.size ?? 0) >= 2) held.set(userId, booking);
  }

  const training = interactions.filter((i) => {
    const booking = held.get(i.userId);
    if (!booking) return true;
    if (dropPair && i.clinicianId === booking.clinicianId) return false;
    return i.timestamp < booking.timestamp;
  });
  const heldOut = [...held.values()]
    .map((b) => ({
      userId: b.userId,
      clinicianId: b.clinicianId,
      timestamp: b.timestamp,
      interactionId: b.id,
    }))
    .sort((a, b) => compareIds(a.userId, b.userId));

  return { training, heldOut };
}

/**
 * The evaluation split: temporal leave-last-out.
 *
 * For each patient who booked at least two different clinicians, their latest booking (by time,
 * ties by the larger interaction id) is held out, and the model is trained on what the platform
 * knew just before it: that patient's interactions strictly before the booking, the held-out
 * clinician included (a view or a contact that led to the booking is exactly what the platform
 * had seen), and every other patient's interactions as they are. A ranking is then asked, in
 * effect, "which clinician will this patient book next?".
 *
 * Other patients are kept whole rather than cut at each held-out time: cutting them would need a
 * model per evaluated patient, and what they add is their own choices, never the held-out pair,
 * so the optimism is small; it is the usual leave-last-out protocol.
 *
 * The stricter rule (`dropEarlierPairInteractions: true`) also removes the patient's earlier
 * interactions with the held-out clinician. It answers a different question (could the model
 * find a clinician the patient never met?) and is biased against any history-aware ranker: the
 * held-out clinician becomes the one candidate the patient has no trace with, so recommending
 * what the patient already engaged with is penalised.
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
   * (default false: the split is the platform exactly as it was a moment before the booking).
   * The stricter split makes the held-out clinician the one candidate the patient never met.
   */
  dropEarlierPairInteractions?: boolean;
}

/** Splits interactions for an offline evaluation; input order does not matter. */
export function holdOutLatestBookings(
  interactions: readonly Interaction[],
  options: HoldOutOptions = {},
): HoldOutSplit {
  const dropPair = options.dropEarlierPairInteractions ?? false;
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

import type { Dataset } from './read-dataset';

/** Mean reciprocal rank of each user's held-out latest booking, per ranking method. */
export interface HoldoutResult {
  users: number;
  popularityMrr: number;
  neighbourMrr: number;
}

const ACTION_WEIGHT: Record<string, number> = {
  booked: 1,
  contacted: 0.7,
  clicked: 0.4,
  viewed: 0.2,
  ignored: 0,
  rejected: -0.5,
};

/**
 * A small offline check of the hidden-taste signal: for users with two or more bookings, hide the
 * latest one and rank the clinicians they could still book (same state and appointment type, not
 * already booked or rejected) by global booking popularity and by the interactions of the 30
 * most similar users (cosine similarity). Ties break by id, as the engine does.
 */
export function rankHeldOutBookings(data: Dataset): HoldoutResult {
  const heldOut = new Map<string, { clinician: string; at: string }>();
  const bookings = new Map<string, { clinician: string; at: string }[]>();
  for (const i of data.interactions) {
    if (i.outcome.action !== 'booked') continue;
    const list = bookings.get(i.user_id) ?? [];
    list.push({ clinician: i.clinician_id, at: i.outcome.action_timestamp });
    bookings.set(i.user_id, list);
  }
  for (const [user, list] of bookings) {
    if (list.length < 2) continue;
    const latest = list.reduce((a, b) => (b.at > a.at ? b : a));
    heldOut.set(user, latest);
  }

  const vectors = new Map<string, Map<string, number>>();
  for (const i of data.interactions) {
    const hidden = heldOut.get(i.user_id);
    if (hidden && i.outcome.action_timestamp >= hidden.at) continue;
    const vector = vectors.get(i.user_id) ?? new Map<string, number>();
    const weight = ACTION_WEIGHT[i.outcome.action] as number;
    vector.set(i.clinician_id, Math.max(vector.get(i.clinician_id) ?? -1, weight));
    vectors.set(i.user_id, vector);
  }
  const popularity = new Map<string, number>();
  for (const vector of vectors.values()) {
    for (const [c, w] of vector) if (w >= 1) popularity.set(c, (popularity.get(c) ?? 0) + 1);
  }
  const norm = (v: Map<string, number>) =>
    Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));

  // Who interacted with each clinician, and each user's vector length, for fast similarities.
  const raters = new Map<string, [string, number][]>();
  const norms = new Map<string, number>();
  for (const [user, vector] of vectors) {
    norms.set(user, norm(vector));
    for (const [c, w] of vector) {
      const list = raters.get(c) ?? [];
      list.push([user, w]);
      raters.set(c, list);
    }
  }

  let popularityRr = 0;
  let neighbourRr = 0;
  let counted = 0;
  const usersById = new Map(data.users.map((u) => [u.user_id, u]));
  for (const [userId, hidden] of heldOut) {
    const prefs = usersById.get(userId)!.stated_preferences;
    const mine = vectors.get(userId) ?? new Map<string, number>();
    const candidates = data.clinicians
      .filter(
        (c) =>
          c.basic_info.license_states.includes(prefs.state) &&
          c.basic_info.appointment_types.includes(prefs.appointment_type),
      )
      .map((c) => c.clinician_id)
      .filter((c) => !((mine.get(c) ?? 0) >= 1 || (mine.get(c) ?? 0) < 0));
    if (!candidates.includes(hidden.clinician)) continue;

    const myNorm = norm(mine);
    const dots = new Map<string, number>();
    for (const [c, w] of mine) {
      for (const [other, x] of raters.get(c) ?? []) {
        if (other !== userId) dots.set(other, (dots.get(other) ?? 0) + w * x);
      }
    }
    const similar: [string, number][] = [];
    for (const [other, dot] of dots) {
      if (dot > 0) similar.push([other, dot / (myNorm * (norms.get(other) as number))]);
    }
    similar.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const predicted = new Map<string, number>();
    for (const [other, sim] of similar.slice(0, 30)) {
      for (const [c, w] of vectors.get(other)!) predicted.set(c, (predicted.get(c) ?? 0) + sim * w);
    }

    const rankBy = (score: (c: string) => number) => {
      const sorted = [...candidates].sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1));
      return sorted.indexOf(hidden.clinician) + 1;
    };
    popularityRr += 1 / rankBy((c) => popularity.get(c) ?? 0);
    neighbourRr += 1 / rankBy((c) => predicted.get(c) ?? 0);
    counted += 1;
  }

  return {
    users: counted,
    popularityMrr: popularityRr / counted,
    neighbourMrr: neighbourRr / counted,
  };
}

/**
 * How a simulated patient's browsing is laid out: how many sessions, when, and which clinicians
 * each session's list shows.
 */
import { MAX_SECONDS_PER_ITEM, type Stage } from './action-model';
import { HOUR_MS } from './format';
import type { RandomSource } from './random-source';
import type { GeneratedUser } from './user.generator';

/** Share of list slots that bring back a clinician the patient already engaged with. */
const REVISIT_SHARE = 0.35;
/** Share of shown clinicians that fail a hard filter (stale lists, relaxed searches). */
const OFF_FILTER_SHARE = 0.1;

/** List sizes that add up to the budget, and start times in order within the user's active span. */
export function planSessions(
  random: RandomSource,
  user: GeneratedUser,
  budget: number,
  poolSize: number,
  referenceTime: number,
): { size: number; start: number }[] {
  const sizes: number[] = [];
  for (let left = budget; left > 0;) {
    const wanted = user.registrationType === 'anonymous' ? random.int(1, 4) : random.int(3, 8);
    const size = Math.min(left, poolSize, wanted);
    sizes.push(size);
    left -= size;
  }

  // Sessions never overlap: each reserves the longest time its list can take, the free time is
  // split into random gaps, and the last one ends six hours before the reference time.
  const end = referenceTime - 6 * HOUR_MS;
  const reserved = sizes.map((size) => size * MAX_SECONDS_PER_ITEM * 1000);
  const needed = reserved.reduce((sum, r) => sum + r, 0);
  const from = Math.min(user.activeFrom, end - needed);
  const gaps = [...sizes, 0].map(() => random.float() + 0.01);
  const scale = (end - from - needed) / gaps.reduce((sum, g) => sum + g, 0);

  const sessions: { size: number; start: number }[] = [];
  let cursor = from;
  for (let i = 0; i < sizes.length; i++) {
    cursor += (gaps[i] as number) * scale;
    sessions.push({ size: sizes[i] as number, start: Math.floor(cursor) });
    cursor += reserved[i] as number;
  }
  return sessions;
}

/**
 * The clinicians shown in one session: some the patient engaged with before, the rest new and
 * mostly passing the hard filters. Booked and rejected clinicians are left out while others remain.
 */
export function pickList(
  random: RandomSource,
  pool: readonly number[],
  size: number,
  stages: ReadonlyMap<number, Stage>,
  passes: (index: number) => boolean,
): number[] {
  const chosen = new Set<number>();
  const engaged = [...stages.entries()]
    .filter(([, s]) => s === 'viewed' || s === 'clicked' || s === 'contacted')
    .map(([i]) => i);
  const open = (i: number) => {
    const s = stages.get(i);
    return !chosen.has(i) && s !== 'booked' && s !== 'rejected';
  };

  while (chosen.size < size) {
    const revisits = engaged.filter((i) => !chosen.has(i));
    if (revisits.length > 0 && random.chance(REVISIT_SHARE)) {
      chosen.add(random.pick(revisits));
      continue;
    }
    let picked = -1;
    for (let tries = 0; tries < 12 && picked < 0; tries++) {
      const i = random.pick(pool);
      if (open(i) && (passes(i) || random.chance(OFF_FILTER_SHARE))) picked = i;
    }
    if (picked < 0)
      picked = scanFrom(random, pool, open) ?? scanFrom(random, pool, (i) => !chosen.has(i)) ?? -1;
    if (picked < 0) break;
    chosen.add(picked);
  }
  return [...chosen];
}

/** The first index satisfying `accept`, scanning the pool from a random offset. */
function scanFrom(
  random: RandomSource,
  pool: readonly number[],
  accept: (index: number) => boolean,
): number | undefined {
  const offset = random.int(0, pool.length - 1);
  for (let k = 0; k < pool.length; k++) {
    const i = pool[(offset + k) % pool.length] as number;
    if (accept(i)) return i;
  }
  return undefined;
}

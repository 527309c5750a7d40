/**
 * How a simulated patient's browsing is laid out: how many sessions, when, and which clinicians
 * each session's list shows.
 *
 * A session is one search on the platform: it lists a short page of clinicians ranked by the
 * platform's score for the patient, so a patient never meets their whole eligible pool. The
 * ranking moves from session to session (availability and caseloads change, the patient tweaks
 * filters), clinicians already dismissed rarely come back, and some slots go to clinicians the
 * patient engaged with before (their shortlist), which is where the funnel of view, click,
 * contact and booking happens.
 */
import { MAX_SECONDS_PER_ITEM, type Stage } from './action-model';
import { HOUR_MS } from './format';
import type { RandomSource } from './random-source';
import type { GeneratedUser } from './user.generator';

/** Share of list slots that bring back a clinician from the patient's shortlist. */
const REVISIT_SHARE = 0.5;
/** Shortlist weight of each stage: clinicians clicked or contacted come back more often. */
const REVISIT_WEIGHT: Partial<Record<Stage, number>> = { viewed: 1, clicked: 2, contacted: 3 };
/** Share of listed clinicians that fail a hard filter (stale lists, relaxed searches). */
const OFF_FILTER_SHARE = 0.1;
/** Chance that a clinician the patient ignored is listed again in a later search. */
const RELIST_IGNORED = 0.15;
/** How much the platform's ranking moves between sessions (on a 0..1.1 score). */
const SESSION_NOISE = 0.2;
/** Chance that the patient scrolls past a listed clinician without it counting as shown. */
const SCROLL_PAST = 0.35;

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

/** What one session's list is drawn from. */
export interface ListInputs {
  /** indexes of the clinicians licensed in the patient's state and offering the appointment type */
  pool: readonly number[];
  size: number;
  stages: ReadonlyMap<number, Stage>;
  /** passes the hard filters for this patient */
  passes: (index: number) => boolean;
  /** the platform's score of a clinician for this patient, which orders its results */
  listScore: (index: number) => number;
}

/**
 * The clinicians shown in one session: shortlist revisits, and the patient's way down this
 * search's results (new clinicians, best first, with some scrolled past). Booked and rejected
 * clinicians never come back; when the results run dry, anyone still open fills the list.
 */
export function pickList(random: RandomSource, inputs: ListInputs): number[] {
  const { pool, size, stages } = inputs;
  const chosen = new Set<number>();
  const shortlist = [...stages.entries()].filter(([, s]) => REVISIT_WEIGHT[s] !== undefined);
  const results = searchResults(random, inputs);
  let next = 0;

  while (chosen.size < size) {
    const revisits = shortlist.filter(([i]) => !chosen.has(i));
    if (revisits.length > 0 && random.chance(REVISIT_SHARE)) {
      const weights = revisits.map(([, s]) => REVISIT_WEIGHT[s] as number);
      chosen.add((revisits[random.weightedIndex(weights)] as [number, Stage])[0]);
      continue;
    }
    while (next < results.length && random.chance(SCROLL_PAST)) next += 1;
    if (next < results.length) {
      chosen.add(results[next++] as number);
      continue;
    }
    const open = pool.filter((i) => !chosen.has(i) && !isDone(stages.get(i)));
    const rest = open.length > 0 ? open : pool.filter((i) => !chosen.has(i));
    if (rest.length === 0) break;
    chosen.add(random.pick(rest));
  }
  return [...chosen];
}

/** This session's results: clinicians not met yet (and a few dismissed ones), best first. */
function searchResults(random: RandomSource, inputs: ListInputs): number[] {
  const listed: { index: number; score: number }[] = [];
  for (const index of inputs.pool) {
    const stage = inputs.stages.get(index) ?? 'new';
    if (stage !== 'new' && !(stage === 'ignored' && random.chance(RELIST_IGNORED))) continue;
    if (!inputs.passes(index) && !random.chance(OFF_FILTER_SHARE)) continue;
    listed.push({ index, score: inputs.listScore(index) + SESSION_NOISE * random.normal() });
  }
  return listed.sort((a, b) => b.score - a.score || a.index - b.index).map((r) => r.index);
}

function isDone(stage: Stage | undefined): boolean {
  return stage === 'booked' || stage === 'rejected';
}

/**
 * Neighbourhood search at scale: a synthetic, seeded data set of 250,000 patients and 1,000,000
 * interactions over 30,000 clinicians, with a Zipf-like popularity head (the most popular
 * clinician has thousands of raters) and taste groups so neighbourhoods have real structure.
 *
 *   npx tsx packages/engine/bench/neighbourhoods.bench.ts [patients] [interactions] [cap]
 *
 * Measured on a 2-core development machine (CPU time, the machine being shared): 243,270
 * patients with history, 956,387 ratings, the busiest clinician with 25,146 raters. With the
 * default cap of 500 raters per clinician the neighbourhoods took 16 s and 257 MB of heap;
 * without a cap 44 s, for essentially the same result (142,643 instead of 142,639 patients with
 * neighbours, 13.76 instead of 13.65 neighbours each). Below 500 the cap saves little: the
 * remaining time goes to the exact per-candidate lookups, not to the popular clinicians.
 */
import type { InteractionAction } from '@lunajoy/models';

import { createCollaborativePredictor } from '../src/learning/collaborative-predictor';
import { InteractionMatrix, type RatedInteraction } from '../src/learning/interaction-matrix';
import {
  computeNeighbourhoods,
  DEFAULT_NEIGHBOURHOOD_PARAMS,
} from '../src/learning/neighbourhoods';

const [
  patients = 250_000,
  interactions = 1_000_000,
  cap = DEFAULT_NEIGHBOURHOOD_PARAMS.maxRatersPerClinician,
] = process.argv.slice(2).map(Number);
const CLINICIANS = 30_000;
const GROUPS = 1_000;
const GROUP_SIZE = 40;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20250101);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const actions: [InteractionAction, number][] = [
  ['viewed', 0.45],
  ['clicked', 0.2],
  ['contacted', 0.12],
  ['booked', 0.1],
  ['ignored', 0.1],
  ['rejected', 0.03],
];
const pickAction = (): InteractionAction => {
  let r = random();
  for (const [action, p] of actions) if ((r -= p) < 0) return action;
  return 'viewed';
};
// Zipf(s = 1) over clinicians through a cumulative table.
const cumulative = new Float64Array(CLINICIANS);
for (let c = 0, sum = 0; c < CLINICIANS; c += 1) cumulative[c] = sum += 1 / (c + 1);
const zipf = (): number => {
  const target = random() * cumulative[CLINICIANS - 1]!;
  let lo = 0;
  let hi = CLINICIANS - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
const groupClinicians = Array.from({ length: GROUPS }, () =>
  Array.from({ length: GROUP_SIZE }, () => Math.floor(random() * CLINICIANS)),
);

function generate(): RatedInteraction[] {
  const rows: RatedInteraction[] = [];
  const perPatient = interactions / patients;
  for (let p = 0; p < patients && rows.length < interactions; p += 1) {
    const group = groupClinicians[p % GROUPS]!;
    const count = Math.max(1, Math.round(-Math.log(1 - random()) * perPatient));
    for (let i = 0; i < count && rows.length < interactions; i += 1) {
      const c = random() < 0.7 ? group[Math.floor(random() * GROUP_SIZE)]! : zipf();
      rows.push({ userId: `u${pad(p, 7)}`, clinicianId: `c${pad(c, 6)}`, action: pickAction() });
    }
  }
  return rows;
}

// CPU time is reported beside wall time: on a shared machine the wall clock mostly measures
// the neighbours.
const time = <T>(label: string, fn: () => T): T => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = fn();
  const wall = (performance.now() - start).toFixed(0).padStart(7);
  const used = (process.cpuUsage(cpu).user / 1000).toFixed(0).padStart(7);
  console.log(`${label.padEnd(24)} ${wall} ms wall ${used} ms cpu`);
  return result;
};

const data = time('generate', generate);
const matrix = time('build matrix', () => InteractionMatrix.fromInteractions(data));
const index = time('build rater index', () => matrix.raterIndex());
let maxRaters = 0;
for (let c = 0; c + 1 < index.colStart.length; c += 1) {
  maxRaters = Math.max(maxRaters, index.colStart[c + 1]! - index.colStart[c]!);
}
const params = { ...DEFAULT_NEIGHBOURHOOD_PARAMS, maxRatersPerClinician: cap };
const neighbours = time('neighbourhoods', () => computeNeighbourhoods(matrix, params));
const predictor = createCollaborativePredictor(matrix, neighbours);
const sample = matrix.patientIds.slice(0, 1000);
const candidates = Array.from({ length: 200 }, (_, i) => `c${pad(i * 7, 6)}`);
time('predictAll × 1000', () => sample.forEach((u) => predictor.predictAll(u, candidates)));

let total = 0;
for (const list of neighbours.values()) total += list.length;
console.log(
  JSON.stringify({
    patients: matrix.patientIds.length,
    interactions: data.length,
    ratings: matrix.entryCount,
    maxRatersOfOneClinician: maxRaters,
    capPerClinician: cap,
    patientsWithNeighbours: neighbours.size,
    meanNeighbours: Number((total / Math.max(1, neighbours.size)).toFixed(2)),
    heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  }),
);

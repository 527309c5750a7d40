/**
 * Micro-benchmark of the anonymous tier: builds a 30,000-clinician synthetic snapshot, then times
 * 1,000 generated requests (limit 10, explanations on) after a short warm-up.
 *
 *   npx tsx bench/match.bench.ts [clinicians] [requests]
 */
import { fixedClock } from '@lunajoy/models';

import { buildSnapshot } from '../src/snapshot/build-snapshot';
import {
  syntheticClinicians,
  syntheticRequests,
  syntheticVocabulary,
} from '../src/testing/synthetic-data';
import { matchAnonymous } from '../src/tiers/match-anonymous';

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);
const clinicianCount = Number(process.argv[2] ?? 30_000);
const requestCount = Number(process.argv[3] ?? 1_000);
const WARM_UP = 200;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const clinicians = syntheticClinicians(clinicianCount, 42, NOW);
const vocabulary = syntheticVocabulary();

const buildCpuStart = process.cpuUsage();
const buildStart = performance.now();
const snapshot = buildSnapshot({ version: 'bench', clinicians, vocabulary });
const buildMs = performance.now() - buildStart;
const buildCpu = process.cpuUsage(buildCpuStart);

const clock = fixedClock(NOW);
const options = { limit: 10, explain: true, includeBooked: false };
for (const preferences of syntheticRequests(WARM_UP, 1)) {
  matchAnonymous(snapshot, preferences, options, clock);
}

// Wall time is what a caller waits; CPU time (user + system of this process) is the same work
// without the time spent waiting for a core, which matters on a busy machine.
const latencies: number[] = [];
const cpuTimes: number[] = [];
let candidates = 0;
for (const preferences of syntheticRequests(requestCount, 2)) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = matchAnonymous(snapshot, preferences, options, clock);
  latencies.push(performance.now() - start);
  const cpu = process.cpuUsage(cpuStart);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  candidates += result.totalMatches;
}
latencies.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);

const cells = [...snapshot.candidateIndex.values()].map((ids) => ids.length);
console.log(`clinicians          ${clinicianCount}`);
console.log(`index cells         ${cells.length} (largest ${Math.max(...cells)} ids)`);
const buildCpuMs = (buildCpu.user + buildCpu.system) / 1000;
console.log(`snapshot build      wall ${buildMs.toFixed(1)} ms  cpu ${buildCpuMs.toFixed(1)} ms`);
console.log(`requests            ${requestCount} (after ${WARM_UP} warm-up)`);
console.log(`mean candidates     ${(candidates / requestCount).toFixed(0)} per request`);
for (const [name, values] of [
  ['wall', latencies],
  ['cpu', cpuTimes],
] as const) {
  const line = [50, 95, 99].map((p) => `p${p} ${percentile(values, p).toFixed(3)} ms`).join('  ');
  console.log(
    `match ${name.padEnd(13)} ${line}  max ${(values[values.length - 1] ?? 0).toFixed(3)} ms`,
  );
}

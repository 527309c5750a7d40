/**
 * The offline evaluation on the seed data in `data/`: every strategy's nDCG@10, recall@10, MRR
 * and coverage, as a table and as the `evaluate --json` document.
 *
 *   npx tsx packages/engine/bench/evaluate-seed.ts [data-dir] [params-json]
 *
 * `params-json` may override model params and tier settings while tuning, for example
 * '{"settings":{"collaborativeShare":0.5},"modelParams":{"clusterCount":8}}', or the strict
 * split with '{"holdOut":{"dropEarlierPairInteractions":true}}' (the default is the temporal one).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  buildDataVocabularyFromRecords,
  ClinicianRecordSchema,
  fixedClock,
  InteractionRecordSchema,
  toClinician,
  toInteraction,
  toPatient,
  UserRecordSchema,
} from '@lunajoy/models';

import { evaluateStrategies } from '../src/evaluation/evaluate-strategies';
import { registeredSettings } from '../src/tiers/registered-settings';

const dir = process.argv[2] || path.join(__dirname, '../../../data');
const overrides = JSON.parse(process.argv[3] ?? '{}');
const read = (name: string): unknown[] => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));

const start = performance.now();
const clinicianRecords = read('clinicians.json').map((r) => ClinicianRecordSchema.parse(r));
const patients = read('users.json').map((r) => toPatient(UserRecordSchema.parse(r)));
const interactions = read('interactions.json').map((r) =>
  toInteraction(InteractionRecordSchema.parse(r)),
);
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const loaded = performance.now();

const report = evaluateStrategies({
  clinicians: clinicianRecords.map(toClinician),
  patients,
  interactions,
  vocabulary: buildDataVocabularyFromRecords(clinicianRecords),
  clock: fixedClock(Date.parse(manifest.reference_time)),
  seed: 7,
  modelParams: overrides.modelParams,
  settings: registeredSettings(overrides.settings),
  holdOut: overrides.holdOut,
});
const done = performance.now();

console.table(report.strategies);
const { strategies, ...counts } = report;
const ndcg = (name: keyof typeof strategies) => strategies[name].ndcg_at_10;
console.log({
  ...counts,
  completeOverAnonymous: Number((ndcg('complete') / ndcg('anonymous')).toFixed(3)),
  completeOverPopularity: Number((ndcg('complete') / ndcg('popularity')).toFixed(3)),
  loadMs: Math.round(loaded - start),
  evaluateMs: Math.round(done - loaded),
});
console.log(JSON.stringify({ strategies }));

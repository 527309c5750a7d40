import path from 'node:path';

import { createPrismaClient } from '@lunajoy/db';
import { DEFAULT_MODEL_PARAMS, evaluateStrategies } from '@lunajoy/engine';
import { fixedClock } from '@lunajoy/models';
import type { Command } from 'commander';

import { CliError } from '../cli-error';
import { resolveDatabase } from '../database-url';
import { readDatasetFolder } from '../evaluate/dataset-folder';
import {
  printEvaluation,
  writeEvaluationJson,
  type EvaluationContext,
} from '../evaluate/evaluation-output';
import { latestInteractionTime, readLearningData, type LearningData } from '../train/learning-data';
import { parseSeedOption } from '../train/seed-option';
import { StepProgress } from '../train/step-progress';

interface EvaluateFlags {
  dir?: string;
  json?: string;
  seed: string;
}

/** Data to evaluate on, with its fixed clock. */
interface EvaluationData extends LearningData {
  source: EvaluationContext['source'];
  referenceTime: number;
}

/**
 * Registers `evaluate`: holds out each eligible patient's latest booking, trains on the rest and
 * scores every strategy's ranking (random, popularity, anonymous, basic, complete) with nDCG@10,
 * recall@10, MRR and catalogue coverage.
 *
 * The clock is the data's reference time, so a run is reproducible: with `--dir`, the
 * `reference_time` of the folder's `manifest.json` (the generator's "now"), else the latest
 * interaction's time, which is also the clock when reading from the database.
 */
export function registerEvaluateCommand(program: Command): void {
  program
    .command('evaluate')
    .description('Measure ranking quality against held-out bookings')
    .option('--dir <folder>', 'read the JSON files of this folder instead of the database')
    .option('--json <file>', 'also write the metrics to this file as JSON')
    .option(
      '--seed <n>',
      'seed of k-means and the random baseline',
      String(DEFAULT_MODEL_PARAMS.seed),
    )
    .action(async (flags: EvaluateFlags) => {
      await runEvaluate(flags);
    });
}

async function runEvaluate(flags: EvaluateFlags): Promise<void> {
  const seed = parseSeedOption(flags.seed);
  const progress = new StepProgress({
    read: 'reading data',
    evaluate: 'ranking held-out patients',
  });

  const started = performance.now();
  try {
    progress.update('read', 0, 1);
    const data = flags.dir === undefined ? await fromDatabase() : await fromFolder(flags.dir);
    progress.update('read', 1, 1);
    const readMs = performance.now() - started;

    const report = evaluateStrategies({
      clinicians: data.clinicians,
      patients: data.patients,
      interactions: data.interactions,
      vocabulary: data.vocabulary,
      clock: fixedClock(data.referenceTime),
      seed,
      modelParams: { seed },
      onProgress: (done, total) => progress.update('evaluate', done, total),
    });
    progress.stop();

    const context = { source: data.source, referenceTime: data.referenceTime, seed };
    printEvaluation(report, context);
    if (flags.json !== undefined) {
      writeEvaluationJson(flags.json, report, context);
      console.log(`wrote ${path.resolve(flags.json)}`);
    }
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    const totalMs = performance.now() - started;
    console.log(`read ${seconds(readMs)} s, evaluated ${seconds(totalMs - readMs)} s`);
  } finally {
    progress.stop();
  }
}

async function fromFolder(dir: string): Promise<EvaluationData> {
  const data = await readDatasetFolder(path.resolve(dir));
  const referenceTime = data.referenceTime ?? latestInteractionTime(data.interactions);
  if (referenceTime === null) throw new CliError(`${dir} has no interactions to evaluate on`);
  return { ...data, source: 'folder', referenceTime };
}

async function fromDatabase(): Promise<EvaluationData> {
  const target = await resolveDatabase((line) => console.error(line));
  const prisma = createPrismaClient(target.url);
  try {
    const data = await readLearningData(prisma);
    const referenceTime = latestInteractionTime(data.interactions);
    if (referenceTime === null)
      throw new CliError('the database has no interactions to evaluate on');
    return { ...data, source: 'database', referenceTime };
  } finally {
    await prisma.$disconnect();
    await target.release();
  }
}

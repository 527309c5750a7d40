import { createPrismaClient } from '@lunajoy/db';
import type { Command } from 'commander';

import { resolveDatabase } from '../database-url';
import { announceVersion, describeAnnouncement } from '../train/announce-version';
import { parseSeedOption } from '../train/seed-option';
import { StepProgress } from '../train/step-progress';
import { trainAndSaveModel, type TrainStep } from '../train/train-and-save';
import { printTrainingSummary } from '../train/training-summary';

interface TrainFlags {
  seed?: string;
}

const STEP_LABELS: Record<TrainStep, string> = {
  read: 'reading data',
  clusters: 'clustering patients',
  matrix: 'interaction matrix',
  favourites: 'cluster favourites',
  neighbourhoods: 'neighbourhoods',
  save: 'saving model',
};

/**
 * Registers `train`: reads patients, interactions and clinicians from PostgreSQL, trains the
 * clusters and collaborative neighbourhoods, saves them as the next model version and announces
 * it to the API instances.
 */
export function registerTrainCommand(program: Command): void {
  program
    .command('train')
    .description('Train the clustering and collaborative-filtering model from the database')
    .option('--seed <n>', 'k-means seed (a whole number); defaults to the engine default')
    .action(async (flags: TrainFlags) => {
      await runTrain(flags);
    });
}

async function runTrain(flags: TrainFlags): Promise<void> {
  const seed = flags.seed === undefined ? undefined : parseSeedOption(flags.seed);
  const target = await resolveDatabase((line) => console.error(line));
  const prisma = createPrismaClient(target.url);
  const progress = new StepProgress(STEP_LABELS);

  const started = performance.now();
  try {
    const outcome = await trainAndSaveModel({
      prisma,
      seed,
      onProgress: ({ step, done, total }) => progress.update(step, done, total),
    });
    progress.stop();
    printTrainingSummary(outcome, performance.now() - started);

    const announcement = { kind: 'model' as const, version: outcome.saved.version };
    console.log(describeAnnouncement(announcement, await announceVersion(announcement)));
  } finally {
    progress.stop();
    await prisma.$disconnect();
    await target.release();
  }
}

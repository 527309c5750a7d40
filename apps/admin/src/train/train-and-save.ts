import { ModelRepository, type PrismaClient, type SavedModel } from '@lunajoy/db';
import {
  DEFAULT_MODEL_PARAMS,
  featureVocabularyOf,
  trainModel,
  type TrainedModel,
  type TrainingProgress,
} from '@lunajoy/engine';
import { fixedClock, type Clock } from '@lunajoy/models';

import { latestInteractionTime, readLearningData } from './learning-data';

/** A step of `trainAndSaveModel`: reading, the engine's training stages, then saving. */
export type TrainStep = 'read' | TrainingProgress['stage'] | 'save';

/** Progress of one step: `done` of `total` units of it. */
export interface TrainStepProgress {
  step: TrainStep;
  done: number;
  total: number;
}

/** What `trainAndSaveModel` needs. */
export interface TrainAndSaveOptions {
  prisma: PrismaClient;
  /** k-means seed; defaults to the engine's fixed seed */
  seed?: number;
  /** the training instant; defaults to the latest interaction's time (see `learning-data.ts`) */
  clock?: Clock;
  onProgress?: (progress: TrainStepProgress) => void;
}

/** What was trained and saved, with counts and timings for the summary. */
export interface TrainOutcome {
  model: TrainedModel;
  saved: SavedModel;
  counts: { clinicians: number; patients: number; interactions: number };
  timings: { readMs: number; trainMs: number; saveMs: number };
}

const since = (start: number): number => Math.round(performance.now() - start);

/**
 * Reads patients, interactions and active clinicians from PostgreSQL, trains the model with a
 * fixed seed and saves it as the next model version (in one transaction with the version bump).
 * Announcing the new version is left to the caller.
 */
export async function trainAndSaveModel(options: TrainAndSaveOptions): Promise<TrainOutcome> {
  const report = options.onProgress ?? (() => undefined);

  let start = performance.now();
  report({ step: 'read', done: 0, total: 1 });
  const data = await readLearningData(options.prisma);
  report({ step: 'read', done: 1, total: 1 });
  const readMs = since(start);

  start = performance.now();
  const clock = options.clock ?? fixedClock(latestInteractionTime(data.interactions) ?? Date.now());
  const model = trainModel({
    patients: data.patients,
    interactions: data.interactions,
    clinicians: data.clinicians,
    vocabulary: featureVocabularyOf(data.vocabulary.specialties, data.patients),
    params: { seed: options.seed ?? DEFAULT_MODEL_PARAMS.seed },
    clock,
    onProgress: ({ stage, done, total }) => report({ step: stage, done, total }),
  });
  const trainMs = since(start);

  start = performance.now();
  const counts = {
    clinicians: data.clinicians.length,
    patients: data.patients.length,
    interactions: data.interactions.length,
  };
  const saved = await new ModelRepository(options.prisma).saveModel(model, {
    metrics: { ...counts, readMs, trainMs },
    onProgress: ({ done, total }) => report({ step: 'save', done, total }),
  });
  const saveMs = since(start);

  return { model, saved, counts, timings: { readMs, trainMs, saveMs } };
}

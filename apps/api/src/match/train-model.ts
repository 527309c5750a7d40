import type {
  ClinicianRepository,
  InteractionRepository,
  ModelRepository,
  SavedModel,
  UserRepository,
} from '@lunajoy/db';
import { DEFAULT_MODEL_PARAMS, featureVocabularyOf, trainModel } from '@lunajoy/engine';
import { buildDataVocabulary, type Clock } from '@lunajoy/models';

import type { Logger } from '../logger';

/** The seed every model trained by the API uses, the same as `admin train`'s default. */
export const TRAINING_SEED = DEFAULT_MODEL_PARAMS.seed;

/** What training reads and where the model goes. */
export interface TrainingDeps {
  clinicians: Pick<ClinicianRepository, 'listActiveClinicians'>;
  users: Pick<UserRepository, 'listPatients'>;
  interactions: Pick<InteractionRepository, 'listInteractions'>;
  models: Pick<ModelRepository, 'saveModel'>;
  clock: Clock;
  logger: Logger;
}

/**
 * Trains a model on everything stored (with the fixed seed, so the same data gives the same
 * model) and saves it, which bumps the `model` version every instance watches. The same steps as
 * `admin train`, for the embedded default's first start: the seed data then comes up with a
 * model, and no one has to run the CLI before the registered tiers are personalised. Returns
 * null, training nothing, when there are fewer registered patients than clusters or no
 * interactions at all.
 */
export async function trainAndSaveModel(deps: TrainingDeps): Promise<SavedModel | null> {
  const started = performance.now();
  const [clinicians, patients, interactions] = await Promise.all([
    deps.clinicians.listActiveClinicians(),
    deps.users.listPatients(),
    deps.interactions.listInteractions(),
  ]);
  const registered = patients.filter((p) => p.registrationType !== 'anonymous' && p.preferences);
  if (registered.length < DEFAULT_MODEL_PARAMS.clusterCount || interactions.length === 0) {
    deps.logger.info(
      { registered: registered.length, interactions: interactions.length },
      'too little data to train a model; the registered tiers rank without one',
    );
    return null;
  }

  const vocabulary = featureVocabularyOf(buildDataVocabulary(clinicians).specialties, patients);
  const model = trainModel({
    patients,
    interactions,
    clinicians,
    vocabulary,
    params: { seed: TRAINING_SEED },
    clock: deps.clock,
  });
  const trainingMs = Math.round(performance.now() - started);

  const saved = await deps.models.saveModel(model, {
    metrics: {
      patients: patients.length,
      interactions: interactions.length,
      clinicians: clinicians.length,
      trainingMs,
      trainedBy: 'api-first-start',
    },
  });
  deps.logger.info(
    {
      modelVersion: String(saved.version),
      model: model.version,
      clusters: model.clusters.length,
      neighbourRows: saved.neighbourRows,
      trainingMs,
      durationMs: Math.round(performance.now() - started),
    },
    'model trained',
  );
  return saved;
}

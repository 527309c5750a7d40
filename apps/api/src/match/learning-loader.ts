import type { InteractionRepository, ModelRepository } from '@lunajoy/db';
import { InteractionMatrix, type TrainedModel } from '@lunajoy/engine';

import type { Logger } from '../logger';
import { LiveLearning } from './live-learning';

/** Where the model and the interactions are read from. */
export interface LearningSources {
  models: Pick<ModelRepository, 'loadModel' | 'loadLatestModel'>;
  interactions: Pick<InteractionRepository, 'listInteractions'>;
  logger?: Logger;
}

/** Loads the learning state for a model version (the `model` counter); null when there is none. */
export type LearningLoader = (modelVersion: string | null) => Promise<LiveLearning | null>;

/**
 * Builds the loader the snapshot builder calls on every reload. The model saved under the
 * version the snapshot read is loaded, so the cache keys (which carry that version) always name
 * the model that computed them; it is read again only when the version moves. The matrix is
 * rebuilt from every stored interaction each time, since an import adds interactions without
 * retraining.
 */
export function createLearningLoader(sources: LearningSources): LearningLoader {
  let cached: { version: string; model: TrainedModel } | null = null;

  return async (modelVersion) => {
    if (modelVersion === null) return null;

    let model = cached?.version === modelVersion ? cached.model : null;
    if (model === null) {
      model =
        (await sources.models.loadModel<TrainedModel>(BigInt(modelVersion))) ??
        // Retired between the version read and this one: the newest model is closer to it.
        (await sources.models.loadLatestModel<TrainedModel>());
      if (model === null) return null;
      cached = { version: modelVersion, model };
    }

    const started = performance.now();
    const interactions = await sources.interactions.listInteractions();
    const matrix = InteractionMatrix.fromInteractions(interactions);
    sources.logger?.info(
      {
        modelVersion,
        model: model.version,
        interactions: interactions.length,
        patients: matrix.patientIds.length,
        durationMs: Math.round(performance.now() - started),
      },
      'learning state loaded',
    );
    return new LiveLearning(model, matrix);
  };
}

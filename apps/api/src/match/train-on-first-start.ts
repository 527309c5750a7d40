import type { ModelRepository } from '@lunajoy/db';
import type { Clock } from '@lunajoy/models';

import type { Logger } from '../logger';
import { trainAndSaveModel, type TrainingDeps } from './train-model';

export interface FirstStartTraining {
  /** true when this start imported the data folder into an empty database */
  seeded: boolean;
  /** true for the embedded default database (no `DATABASE_URL`) */
  embedded: boolean;
  sources: Omit<TrainingDeps, 'clock' | 'logger' | 'models'> & {
    models: Pick<ModelRepository, 'saveModel' | 'findModelVersion'>;
  };
  clock: Clock;
  logger: Logger;
}

/**
 * Trains the first model when the database has none and this is a first start: the data folder
 * was just imported, or it is the embedded default (whose earlier first start may have stopped
 * between import and training). A configured database that was seeded some other way is left to
 * `admin train`, so a fleet of instances never races to train the same model.
 */
export async function trainOnFirstStart(input: FirstStartTraining): Promise<void> {
  if (!input.seeded && !input.embedded) return;
  if ((await input.sources.models.findModelVersion()) !== null) return;

  input.logger.info('no model trained yet, training one');
  await trainAndSaveModel({ ...input.sources, clock: input.clock, logger: input.logger });
}

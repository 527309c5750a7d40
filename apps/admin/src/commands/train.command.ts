import type { Command } from 'commander';

import { registerNotBuiltCommand } from './not-built';

/** Registers `train`: not built yet, so it says so and exits 1. */
export function registerTrainCommand(program: Command): void {
  registerNotBuiltCommand(
    program,
    'train',
    'Train the clustering and collaborative-filtering model',
  );
}

import type { Command } from 'commander';

import { registerNotBuiltCommand } from './not-built';

/** Registers `evaluate`: not built yet, so it says so and exits 1. */
export function registerEvaluateCommand(program: Command): void {
  registerNotBuiltCommand(program, 'evaluate', 'Measure ranking quality against held-out bookings');
}

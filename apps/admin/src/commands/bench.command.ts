import type { Command } from 'commander';

import { registerNotBuiltCommand } from './not-built';

/** Registers `bench`: not built yet, so it says so and exits 1. */
export function registerBenchCommand(program: Command): void {
  registerNotBuiltCommand(program, 'bench', 'Benchmark the matching API');
}

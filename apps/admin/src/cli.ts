import { Command } from 'commander';

import { registerBenchCommand } from './commands/bench.command';
import { registerEvaluateCommand } from './commands/evaluate.command';
import { registerGenerateCommand } from './commands/generate.command';
import { registerImportCommand } from './commands/import.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerTokenCommand } from './commands/token.command';
import { registerTrainCommand } from './commands/train.command';

/** Where the program writes and how it ends; tests capture output and get errors thrown. */
export interface ProgramOptions {
  writeOut?: (text: string) => void;
  writeErr?: (text: string) => void;
  /** throw a `CommanderError` instead of calling `process.exit` */
  exitOverride?: boolean;
}

/** Builds the `lunajoy-admin` program with every command registered. */
export function buildProgram(options: ProgramOptions = {}): Command {
  const program = new Command('lunajoy-admin').description(
    'Operate LunaJoy Match: generate, import, train, evaluate and benchmark.',
  );
  // Set before the commands are added, so every command inherits them.
  program.configureOutput({
    ...(options.writeOut && { writeOut: options.writeOut }),
    ...(options.writeErr && { writeErr: options.writeErr }),
  });
  if (options.exitOverride) program.exitOverride();

  registerGenerateCommand(program);
  registerImportCommand(program);
  registerTrainCommand(program);
  registerEvaluateCommand(program);
  registerTokenCommand(program);
  registerBenchCommand(program);
  registerMigrateCommand(program);
  return program;
}

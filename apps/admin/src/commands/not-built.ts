import type { Command } from 'commander';

/**
 * Registers a command that is planned but not built: it accepts any arguments, says so on
 * stderr and exits 1, so scripts calling it fail loudly rather than silently doing nothing.
 */
export function registerNotBuiltCommand(program: Command, name: string, description: string): void {
  program
    .command(name)
    .description(`${description} (not built yet)`)
    .allowUnknownOption()
    .allowExcessArguments()
    .action((_options: unknown, command: Command) => {
      command.error(`${name} is not built yet`, { exitCode: 1, code: 'admin.not_built' });
    });
}

#!/usr/bin/env node
import { CliError } from './cli-error';
import { buildProgram } from './cli';

/** Runs the CLI; failures print one clear line on stderr and exit non-zero. */
async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`error: unexpected failure\n${detail}\n`);
    process.exitCode = 1;
  }
}

void main();

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { findPrismaPaths } from '@lunajoy/db';
import type { Command } from 'commander';

import { CliError } from '../cli-error';

interface BenchFlags {
  duration: string;
  connections: string;
  api: boolean;
  engine: boolean;
}

/** One benchmark script: what it measures and how it is run (from the repository root). */
export interface BenchScript {
  title: string;
  script: string;
  args: string[];
}

/**
 * Registers `bench`: the engine micro-benchmark (ranking against a 30,000-clinician synthetic
 * snapshot, in process) and the API load benchmark (the built API over PostgreSQL and a private
 * Redis, under autocannon, with the Redis-down comparison). Each prints its own numbers.
 */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description('Benchmark the matching engine and the API under load, and print the numbers')
    .option('--duration <seconds>', 'length of the API load run', '30')
    .option('--connections <n>', 'concurrent connections of the API load run', '32')
    .option('--no-api', 'skip the API load benchmark')
    .option('--no-engine', 'skip the engine micro-benchmark')
    .action(async (flags: BenchFlags) => {
      for (const bench of benchScripts(flags)) {
        console.log(`\n== ${bench.title} ==`);
        await runScript(bench);
      }
    });
}

/** The benchmarks `flags` ask for, in the order they run. */
export function benchScripts(flags: BenchFlags): BenchScript[] {
  const duration = positiveInteger('duration', flags.duration);
  const connections = positiveInteger('connections', flags.connections);
  const scripts: BenchScript[] = [];

  if (flags.engine) {
    scripts.push({
      title: 'engine: anonymous tier over 30,000 clinicians',
      script: 'packages/engine/bench/match.bench.ts',
      args: [],
    });
  }
  if (flags.api) {
    scripts.push({
      title: `API: ${duration} s of mixed load on ${connections} connections`,
      script: 'apps/api/bench/load.bench.ts',
      args: ['--duration', String(duration), '--connections', String(connections)],
    });
  }
  return scripts;
}

function positiveInteger(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new CliError(`--${name} must be a whole number above 0 (got ${value})`);
  }
  return parsed;
}

// The benchmarks are TypeScript run with tsx from the repository root, like the root scripts.
function runScript(bench: BenchScript): Promise<void> {
  const root = findPrismaPaths().root;
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  if (!existsSync(tsx)) throw new CliError(`tsx is not installed at ${tsx}: run npm ci`);

  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [bench.script, ...bench.args], { cwd: root, stdio: 'inherit' });
    child.on('error', (error) =>
      reject(new CliError(`cannot run ${bench.script}: ${error.message}`)),
    );
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new CliError(`${bench.script} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

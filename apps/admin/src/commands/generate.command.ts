import path from 'node:path';

import Table from 'cli-table3';
import type { Command } from 'commander';

import { CliError } from '../cli-error';
import { generateDataset, type DatasetManifest } from '../generate/generate-dataset';
import { GENERATE_DEFAULTS, GenerateOptionsSchema } from '../generate/generate-options';

interface GenerateFlags {
  seed?: string;
  referenceTime?: string;
  clinicians?: string;
  users?: string;
  interactions?: string;
  out?: string;
}

/** Registers `generate`: writes the deterministic seed data set (or a larger one for benchmarks). */
export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('Generate clinicians, users and interactions from a fixed seed')
    .option('--seed <n>', 'random seed (0..4294967295)', String(GENERATE_DEFAULTS.seed))
    .option('--reference-time <iso>', '"now" for the data set', GENERATE_DEFAULTS.referenceTime)
    .option('--clinicians <n>', 'number of clinicians', String(GENERATE_DEFAULTS.clinicians))
    .option('--users <n>', 'number of users', String(GENERATE_DEFAULTS.users))
    .option('--interactions <n>', 'number of interactions', String(GENERATE_DEFAULTS.interactions))
    .option('--out <dir>', 'output folder', GENERATE_DEFAULTS.out)
    .action(async (flags: GenerateFlags) => {
      await runGenerate(flags);
    });
}

async function runGenerate(flags: GenerateFlags): Promise<void> {
  const parsed = GenerateOptionsSchema.safeParse(flags);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new CliError(`invalid generate options: ${problems}`);
  }
  const options = { ...parsed.data, out: path.resolve(parsed.data.out) };

  const started = process.hrtime.bigint();
  const manifest = await generateDataset(options, (file, written) => {
    const mb = (written.bytes / 1_048_576).toFixed(1);
    console.log(`wrote ${path.join(options.out, file)} (${written.records} records, ${mb} MB)`);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  printSummary(manifest, seconds);
}

function printSummary(manifest: DatasetManifest, seconds: number): void {
  const { counts } = manifest;
  const byType = counts.users_by_registration_type;
  console.log(
    `seed ${manifest.seed}, reference time ${manifest.reference_time}: ` +
      `${counts.clinicians} clinicians, ${counts.users} users ` +
      `(${byType.anonymous} anonymous, ${byType.basic} basic, ${byType.complete} complete), ` +
      `${counts.interactions} interactions`,
  );

  const table = new Table({
    head: ['action', 'interactions', 'share'],
    style: { head: [], border: [] },
  });
  for (const [action, n] of Object.entries(manifest.actions)) {
    const share = counts.interactions === 0 ? 0 : (100 * n) / counts.interactions;
    table.push([action, String(n), `${share.toFixed(1)}%`]);
  }
  console.log(table.toString());
  console.log(`done in ${seconds.toFixed(2)} s`);
}

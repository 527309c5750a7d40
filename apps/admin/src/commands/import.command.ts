import path from 'node:path';

import {
  IMPORT_ENTITIES,
  importDirectory,
  ImportFolderError,
  type ImportProgress,
  type ImportRejection,
  type ImportReport,
} from '@lunajoy/db';
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import type { Command } from 'commander';

import { CliError } from '../cli-error';
import { resolveDatabase } from '../database-url';
import { announceVersion, describeAnnouncement } from '../train/announce-version';

interface ImportFlags {
  dir: string;
  dryRun?: boolean;
  prune?: boolean;
}

// Rejections printed in full; the rest are only counted.
const SHOWN_REJECTIONS = 50;

/** Registers `import`: validates the folder's JSON files, then imports them in one transaction. */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Validate clinicians.json, users.json and interactions.json, then import them')
    .option('--dir <folder>', 'folder holding the JSON files', 'data')
    .option('--dry-run', 'validate and count against the database without writing anything')
    .option('--prune', 'deactivate stored clinicians that clinicians.json no longer lists')
    .action(async (flags: ImportFlags) => {
      await runImport(flags);
    });
}

async function runImport(flags: ImportFlags): Promise<void> {
  const dir = path.resolve(flags.dir);
  const target = await resolveDatabase((line) => console.error(line));
  const progress = new ProgressDisplay();

  let report: ImportReport;
  try {
    report = await importDirectory({
      databaseUrl: target.url,
      dir,
      dryRun: flags.dryRun === true,
      prune: flags.prune === true,
      onProgress: (event) => progress.update(event),
    });
  } catch (error) {
    if (error instanceof ImportFolderError) throw new CliError(error.message);
    throw error;
  } finally {
    progress.stop();
    await target.release();
  }

  printRejections(report.rejections, report.rejectionCount);
  printSummary(report);
  if (report.status === 'succeeded' && report.changed && report.dataVersion !== null) {
    const announcement = { kind: 'data' as const, version: report.dataVersion };
    console.log(describeAnnouncement(announcement, await announceVersion(announcement)));
  }
  if (report.rejectionCount > 0) {
    throw new CliError(`${report.rejectionCount} rejection(s): nothing was imported`);
  }
}

/** Progress bars on a terminal; one line per finished file otherwise (logs, CI). */
class ProgressDisplay {
  private readonly interactive = process.stderr.isTTY === true;
  private readonly bars = new cliProgress.MultiBar(
    {
      format: ' {file} [{bar}] {percentage}% | {records} records',
      hideCursor: true,
      clearOnComplete: false,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  private readonly byFile = new Map<string, cliProgress.SingleBar>();
  private readonly lastCount = new Map<string, number>();
  private stopped = false;

  update(event: ImportProgress): void {
    if (event.phase === 'write') {
      if (!this.interactive) this.flushCounts();
      if (!this.interactive && event.done < event.total) console.error(`writing ${event.file}`);
      return;
    }
    const label = event.file.padEnd(17);
    if (!this.interactive) {
      // Reading can finish before the last records are checked: report the final count once.
      if (event.done === event.total) this.lastCount.set(event.file, event.records);
      return;
    }
    let bar = this.byFile.get(event.file);
    if (bar === undefined) {
      bar = this.bars.create(Math.max(event.total, 1), 0, { file: label, records: 0 });
      this.byFile.set(event.file, bar);
    }
    bar.update(event.done, { file: label, records: event.records });
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.interactive) this.bars.stop();
    else this.flushCounts();
  }

  private flushCounts(): void {
    for (const [file, records] of this.lastCount) console.error(`read ${file}: ${records} records`);
    this.lastCount.clear();
  }
}

function printRejections(rejections: ImportRejection[], total: number): void {
  if (total === 0) return;

  const shown = rejections.slice(0, SHOWN_REJECTIONS);
  console.log(`${total} rejection(s):`);
  for (const rejection of shown) {
    const where = rejection.position === null ? 'file' : `position ${rejection.position}`;
    const id = rejection.id === null ? '' : ` (${rejection.id})`;
    const field = rejection.path === '' ? '' : ` ${rejection.path}:`;
    console.log(`  ${rejection.file} ${where}${id}${field} ${rejection.reason}`);
  }
  if (total > shown.length) console.log(`  … and ${total - shown.length} more`);
}

function printSummary(report: ImportReport): void {
  const table = new Table({
    head: ['entity', 'inserted', 'updated', 'unchanged', 'rejected', 'deactivated', 'skipped'],
    // Colour codes only on a terminal; logs and CI get plain text.
    style: process.stdout.isTTY ? undefined : { head: [], border: [] },
  });
  for (const entity of IMPORT_ENTITIES) {
    const counts = report.summary[entity];
    table.push([
      entity,
      counts.inserted,
      counts.updated,
      counts.unchanged,
      counts.rejected,
      counts.deactivated,
      counts.skipped,
    ]);
  }
  console.log(table.toString());

  const seconds = (report.durationMs / 1000).toFixed(1);
  if (report.status === 'dry_run') {
    console.log(`dry run of ${report.files.join(', ')} in ${seconds} s: nothing was written`);
  } else if (report.status === 'succeeded') {
    const version = report.changed ? `data version ${report.dataVersion}` : 'nothing changed';
    console.log(`imported ${report.files.join(', ')} in ${seconds} s (${version})`);
  }
}

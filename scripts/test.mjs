// Root `npm test`: builds, typechecks and lints every package, runs every package's tests, and
// ends with one line of totals. Without DATABASE_URL the tests get a temporary embedded
// PostgreSQL of their own, never the running API's folder or port.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
const resultsDir = path.join(root, '.test-results');
const localPostgres = path.join(root, 'packages', 'local-postgres', 'dist', 'index.js');
// Two cores: one package's tests at a time keeps timings in the tests meaningful.
const TEST_CONCURRENCY = '1';
const DUPLICATE_SIGNAL_MS = 1000;
const KEEP_GOING = '--continue=dependencies-successful';

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: process.env.TURBO_TELEMETRY_DISABLED ?? '1',
  TEST_RUN_ID: process.env.TEST_RUN_ID ?? `${Date.now().toString(36)}${process.pid.toString(36)}`,
};
const say = (message) => console.log(`[test] ${message}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

let current;
let interrupted;
const lastForwarded = new Map();

// turbo runs in its own process group so a signal reaches it (and the test processes it
// started) once, through here, and the temporary cluster is always stopped afterwards.
function onSignal(signal) {
  interrupted ??= signal;
  const now = Date.now();
  if (!current || now - (lastForwarded.get(signal) ?? 0) < DUPLICATE_SIGNAL_MS) {
    return;
  }
  lastForwarded.set(signal, now);
  try {
    process.kill(-current.pid, signal);
  } catch {
    // The group is already gone.
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, onSignal);
}

function turboRun(args) {
  if (interrupted) {
    return Promise.resolve(1);
  }
  return new Promise((resolve) => {
    current = spawn(turbo, ['run', '--ui=stream', ...args], {
      cwd: root,
      env,
      stdio: 'inherit',
      detached: true,
    });
    current.on('error', (error) => {
      say(`cannot run turbo: ${error.message}`);
      resolve(1);
    });
    current.on('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? 128 + (constants.signals[signal] ?? 1));
    });
  });
}

function readTotals() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const files = readdirSync(resultsDir, { withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.json'),
  );

  for (const file of files.sort((a, b) => a.name.localeCompare(b.name))) {
    try {
      const counts = JSON.parse(readFileSync(path.join(resultsDir, file.name), 'utf8'));
      const { passed, failed, skipped } = counts;
      say(`${counts.package}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
      for (const key of Object.keys(totals)) {
        totals[key] += Number(counts[key]) || 0;
      }
    } catch (error) {
      say(`unreadable result ${file.name}: ${error.message}`);
      totals.failed += 1;
    }
  }
  return totals;
}

async function startTemporaryCluster() {
  const { startTemporaryPostgres } = await import(pathToFileURL(localPostgres).href);
  const cluster = await startTemporaryPostgres();
  say(`DATABASE_URL is not set: tests use a temporary PostgreSQL on port ${cluster.port}`);
  return cluster;
}

async function main() {
  const failures = [];
  const started = Date.now();
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });

  // Every step goes on past a failing package, so one broken package still lets the others
  // report; the failures are counted at the end.
  const build = await turboRun(['build', KEEP_GOING, '--output-logs=errors-only']);
  say(`build: ${build === 0 ? 'ok' : 'failed'} after ${seconds(started)}`);
  if (build !== 0) {
    failures.push('build');
  }

  // The temporary cluster starts while the checks run; both only need the build.
  const cluster = env.DATABASE_URL ? undefined : startTemporaryCluster().catch((error) => error);
  try {
    const checksStarted = Date.now();
    const checks = await turboRun(['typecheck', 'lint', KEEP_GOING, '--output-logs=errors-only']);
    say(`typecheck and lint: ${checks === 0 ? 'ok' : 'failed'} in ${seconds(checksStarted)}`);
    if (checks !== 0) {
      failures.push('typecheck/lint');
    }

    const temporary = await cluster;
    if (temporary instanceof Error) {
      say(`cannot start a temporary PostgreSQL: ${temporary.message}`);
      return [...failures, 'postgres'];
    }
    if (temporary) {
      env.DATABASE_URL = temporary.url;
    }
    if (!env.REDIS_URL) {
      say(
        env.REQUIRE_SERVICES === '1'
          ? 'REDIS_URL is not set and REQUIRE_SERVICES=1: tests that need Redis will fail'
          : 'REDIS_URL is not set: tests that need Redis are skipped (set it to run them)',
      );
    }

    const testsStarted = Date.now();
    const tests = await turboRun([
      'test',
      `--concurrency=${TEST_CONCURRENCY}`,
      KEEP_GOING,
      '--output-logs=full',
      '--',
      '--passWithNoTests',
    ]);
    say(`tests: ${tests === 0 ? 'ok' : 'failed'} in ${seconds(testsStarted)}`);
    if (tests !== 0) {
      failures.push('tests');
    }
  } finally {
    const temporary = await cluster;
    if (temporary && !(temporary instanceof Error)) {
      await temporary.stop();
    }
  }

  say(`total time ${seconds(started)}`);
  return failures;
}

const failures = await main().catch((error) => {
  say(`the test run broke: ${error.stack ?? error}`);
  return ['runner'];
});
const totals = readTotals();
if (interrupted) {
  say(`interrupted by ${interrupted}`);
}
if (failures.length > 0) {
  say(`failed: ${failures.join(', ')}`);
}
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = failures.length > 0 || totals.failed > 0 || interrupted ? 1 : 0;

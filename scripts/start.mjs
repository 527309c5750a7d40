// Root `npm start`: builds the API and the packages it uses, then runs it. Without DATABASE_URL
// the API starts (or attaches to) the project's embedded PostgreSQL under .data/, so a machine
// with only Node needs nothing else.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const turbo = path.join(root, 'node_modules', '.bin', 'turbo');
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: process.env.TURBO_TELEMETRY_DISABLED ?? '1',
};
// A Ctrl-C reaches this script twice (from the terminal and from npm); pass it on once.
const DUPLICATE_SIGNAL_MS = 1000;

function exitCodeOf(code, signal) {
  return code ?? 128 + (constants.signals[signal] ?? 1);
}

function build() {
  return new Promise((resolve) => {
    const child = spawn(
      turbo,
      ['run', 'build', '--filter=@lunajoy/api...', '--output-logs=errors-only', '--ui=stream'],
      { cwd: root, env, stdio: 'inherit' },
    );
    child.on('error', (error) => {
      console.error(`[start] cannot run turbo: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(exitCodeOf(code, signal)));
  });
}

// The API runs in its own process group so a terminal's Ctrl-C reaches it only through this
// script, exactly once, and the API can drain requests and stop its database in order.
function serve() {
  return new Promise((resolve) => {
    const api = spawn(process.execPath, ['apps/api/dist/main.js', ...process.argv.slice(2)], {
      cwd: root,
      env,
      stdio: 'inherit',
      detached: true,
    });
    const lastForwarded = new Map();
    const forward = (signal) => {
      const now = Date.now();
      if (now - (lastForwarded.get(signal) ?? 0) < DUPLICATE_SIGNAL_MS) {
        return;
      }
      lastForwarded.set(signal, now);
      api.kill(signal);
    };

    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.on(signal, forward);
    }
    api.on('error', (error) => {
      console.error(`[start] cannot run the API: ${error.message}`);
      resolve(1);
    });
    api.on('exit', (code, signal) => resolve(exitCodeOf(code, signal)));
  });
}

const started = Date.now();
const built = await build();
if (built !== 0) {
  console.error(`[start] the build failed (exit code ${built})`);
  process.exit(built);
}
console.log(`[start] built in ${((Date.now() - started) / 1000).toFixed(1)} s, starting the API`);

process.exitCode = await serve();

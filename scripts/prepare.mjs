// Runs at the end of `npm ci` / `npm install`: generates the Prisma client and builds every
// package, so `npm start` only has to boot. Turbo caches the build, so a later run is quick.
// Skipped when the Dockerfile or a user asks for it (LUNAJOY_SKIP_PREPARE=1).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const turbo = path.join(root, 'node_modules', '.bin', 'turbo');

if (process.env.LUNAJOY_SKIP_PREPARE === '1' || !existsSync(turbo)) {
  process.exit(0);
}

const result = spawnSync(
  turbo,
  ['run', 'build', '--output-logs=errors-only', '--ui=stream'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: process.env.TURBO_TELEMETRY_DISABLED ?? '1' },
  },
);
process.exit(result.status ?? 1);

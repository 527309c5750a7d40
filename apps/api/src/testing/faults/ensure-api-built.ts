import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from '../../config';
import { API_MAIN } from './api-process';

const API_DIR = path.join(REPO_ROOT, 'apps', 'api');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'testing') newest = Math.max(newest, newestSource(full));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

/**
 * Builds `apps/api/dist` when it is missing or older than the sources, so tests that spawn
 * `node apps/api/dist/main.js` always run the code under test.
 */
export function ensureApiBuilt(): void {
  const built = fs.existsSync(API_MAIN) ? fs.statSync(API_MAIN).mtimeMs : 0;
  if (built >= newestSource(path.join(API_DIR, 'src'))) return;

  const tsc = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
  const result = spawnSync(tsc, ['-p', 'tsconfig.build.json'], { cwd: API_DIR, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`building the API failed:\n${result.stdout}${result.stderr}`);
  }
}

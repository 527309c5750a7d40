import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A new temporary folder that the `postgres` user can enter, and its removal. */
export async function createScratchFolder(): Promise<{ root: string; remove(): Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lunajoy-lp-test-'));
  await chmod(root, 0o755);

  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

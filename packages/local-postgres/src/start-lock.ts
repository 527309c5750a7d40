import { open, readFile, rm, stat } from 'node:fs/promises';

const POLL_MS = 100;
const WAIT_MS = 60_000;
const EMPTY_LOCK_GRACE_MS = 5_000;

/**
 * Takes an exclusive lock file so two processes (the API and an admin command, say) never run
 * initdb or start a server on the same folder at once. A lock whose holder died is taken over.
 * Returns the function that releases it.
 */
export async function acquireStartLock(lockFile: string): Promise<() => Promise<void>> {
  const deadline = Date.now() + WAIT_MS;

  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }

    const holder = Number(await readFile(lockFile, 'utf8').catch(() => ''));
    if (!(await isHolderAlive(lockFile, holder))) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`process ${holder} has held ${lockFile} for over ${WAIT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function isHolderAlive(lockFile: string, pid: number): Promise<boolean> {
  // An empty file means the holder is between creating and writing it, or died right there.
  if (!Number.isInteger(pid) || pid <= 0) {
    const info = await stat(lockFile).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs < EMPTY_LOCK_GRACE_MS;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

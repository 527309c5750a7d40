import { readFile, readlink, realpath, rm } from 'node:fs/promises';
import path from 'node:path';

/** What a running (or crashed) server wrote into `postmaster.pid`. */
export interface PostmasterPid {
  pid: number;
  dataDir: string;
  port: number;
  /** `starting`, `ready`, `stopping` or `standby`; empty for servers that never got that far. */
  status: string;
}

/** The process a pid file names, as far as this machine can tell. */
export type PostmasterLiveness = 'gone' | 'other-process' | 'alive';

const PID_FILE = 'postmaster.pid';

/** Parses the lines PostgreSQL writes into `postmaster.pid`; undefined when malformed. */
export function parsePostmasterPid(text: string): PostmasterPid | undefined {
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);

  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) {
    return undefined;
  }

  return { pid, dataDir: lines[1] ?? '', port, status: (lines[7] ?? '').trim() };
}

/** Reads the data folder's pid file; undefined when there is none or it is unreadable. */
export async function findPostmasterPid(dataDir: string): Promise<PostmasterPid | undefined> {
  const text = await readFile(path.join(dataDir, PID_FILE), 'utf8').catch(() => undefined);

  return text === undefined ? undefined : parsePostmasterPid(text);
}

/** Deletes a pid file left by a server that is no longer running. */
export async function removePostmasterPid(dataDir: string): Promise<void> {
  await rm(path.join(dataDir, PID_FILE), { force: true });
}

/**
 * Decides whether the pid file's process is still the server of `dataDir`. A pid can be reused
 * after a crash or a container restart, so a live pid only counts when the process still works
 * in this folder (PostgreSQL changes into its data folder). Where that cannot be read (not
 * Linux, or another user's process) a live pid is taken as the server.
 */
export async function checkPostmaster(pid: number, dataDir: string): Promise<PostmasterLiveness> {
  if (!(await isProcessAlive(pid))) {
    return 'gone';
  }

  const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => undefined);
  if (cwd === undefined) {
    return 'alive';
  }

  const expected = await realpath(dataDir).catch(() => path.resolve(dataDir));

  return cwd === expected ? 'alive' : 'other-process';
}

/** True while the process exists and is not a zombie waiting to be reaped. */
export async function isProcessAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') {
      return false;
    }
  }

  const state = (await readProcessStat(pid))?.state;
  return state !== 'Z' && state !== 'X';
}

/**
 * True when the process's parent died and init adopted it: a server whose starter was killed.
 * Unknown (false) where /proc cannot be read.
 */
export async function isOrphaned(pid: number): Promise<boolean> {
  return (await readProcessStat(pid))?.parentPid === 1;
}

async function readProcessStat(
  pid: number,
): Promise<{ state: string; parentPid: number } | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) {
    return undefined;
  }

  // The fields after the parenthesised command name (which may hold spaces): state, then ppid.
  const [state = '', parentPid = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state, parentPid: Number(parentPid) };
}

import { access, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What a data folder holds before a server is started on it. */
export type DataDirState = 'missing' | 'empty' | 'initialised' | 'partial';

const RECORD_FILE = 'lunajoy-local.json';

// Names PostgreSQL itself creates in a data folder. A half-made folder holding only these is
// safe to delete; anything else means the path may be someone's own folder, so it is moved aside.
const CLUSTER_ENTRIES = new Set([
  'PG_VERSION',
  'base',
  'global',
  'log',
  'current_logfiles',
  'postgresql.conf',
  'postgresql.auto.conf',
  'postmaster.pid',
  'postmaster.opts',
  RECORD_FILE,
]);

/**
 * Classifies a data folder. `initialised` needs both `PG_VERSION` and the control file, which
 * initdb writes near its end, so a folder from an interrupted initdb counts as `partial`.
 */
export async function inspectDataDir(dataDir: string): Promise<DataDirState> {
  const entries = await readdir(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      return undefined;
    }
    throw new Error(`cannot read the PostgreSQL data folder ${dataDir}: ${error.message}`);
  });

  if (entries === undefined) {
    return 'missing';
  }
  if (entries.length === 0) {
    return 'empty';
  }

  const complete =
    entries.includes('PG_VERSION') && (await exists(path.join(dataDir, 'global', 'pg_control')));

  return complete ? 'initialised' : 'partial';
}

/**
 * Clears a half-initialised folder so initdb can run: deletes it when it holds only what
 * PostgreSQL makes, otherwise renames it beside itself. Returns where it went, if moved.
 */
export async function clearPartialDataDir(dataDir: string, now: Date): Promise<string | undefined> {
  const entries = await readdir(dataDir);

  if (entries.every((entry) => entry.startsWith('pg_') || CLUSTER_ENTRIES.has(entry))) {
    await rm(dataDir, { recursive: true, force: true });
    return undefined;
  }

  const aside = `${dataDir}.moved-${now.toISOString().replace(/[:.]/g, '-')}`;
  await rename(dataDir, aside);

  return aside;
}

/** The port recorded by the last server started on this folder, if any. */
export async function findRecordedPort(dataDir: string): Promise<number | undefined> {
  const text = await readFile(path.join(dataDir, RECORD_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) {
    return undefined;
  }

  try {
    const port = (JSON.parse(text) as { port?: unknown }).port;
    return typeof port === 'number' && Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}

/** Records the port in the data folder so later runs, and other commands, use the same one. */
export async function recordPort(dataDir: string, port: number): Promise<void> {
  await writeFile(path.join(dataDir, RECORD_FILE), `${JSON.stringify({ port })}\n`);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

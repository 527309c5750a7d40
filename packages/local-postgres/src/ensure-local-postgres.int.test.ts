import { spawn } from 'node:child_process';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { Client } from 'pg';

import { ensureLocalPostgres } from './ensure-local-postgres';
import type { LocalPostgres } from './local-postgres.types';
import { createRecordingLogger } from './testing/recording-logger';
import { createScratchFolder } from './testing/scratch-folder';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function answers(url: string): Promise<boolean> {
  return query(url, 'SELECT 1').then(
    () => true,
    () => false,
  );
}

// Starts a cluster from another process, then kills that process outright (SIGKILL), leaving
// the server running with nobody to stop it.
async function leaveOrphanedServer(dataDir: string): Promise<number> {
  const holder = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'testing', 'hold-local-postgres.ts'), dataDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    holder.stdout.on('data', (chunk: Buffer) => {
      const ready = /ready (\d+)/.exec(chunk.toString());
      if (ready) {
        resolve(Number(ready[1]));
      }
    });
    holder.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
  });
  const exited = new Promise((resolve) => holder.once('exit', resolve));
  holder.kill('SIGKILL');
  await exited;
  return port;
}

describe('ensureLocalPostgres', () => {
  let scratch: Awaited<ReturnType<typeof createScratchFolder>>;
  const started: LocalPostgres[] = [];
  const ensure = async (...args: Parameters<typeof ensureLocalPostgres>) => {
    const cluster = await ensureLocalPostgres(...args);
    started.push(cluster);
    return cluster;
  };

  beforeAll(async () => {
    scratch = await createScratchFolder();
  });

  afterEach(async () => {
    await Promise.all(started.splice(0).map((cluster) => cluster.stop()));
  });

  afterAll(async () => {
    await scratch.remove();
  });

  it('starts a cluster with the app database, then reuses its folder and port', async () => {
    const dataDir = path.join(scratch.root, 'reuse', 'postgres');

    const first = await ensure({ dataDir });
    await query(first.url, 'CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)');
    await first.stop();

    const second = await ensure({ dataDir });

    expect(first.startedHere).toBe(true);
    expect(first.url).toBe(`postgres://postgres:lunajoy-local@127.0.0.1:${first.port}/lunajoy`);
    expect(first.port).not.toBe(5432);
    expect(await answers(first.url)).toBe(true);
    expect(second).toMatchObject({ startedHere: true, port: first.port, url: first.url });
    expect(await query(second.url, 'SELECT id FROM kept')).toEqual([{ id: 7 }]);
    expect(JSON.parse(await readFile(path.join(dataDir, 'lunajoy-local.json'), 'utf8'))).toEqual({
      port: first.port,
    });
  });

  it('attaches to the server already running on the folder and leaves it running', async () => {
    const dataDir = path.join(scratch.root, 'attach');
    const owner = await ensure({ dataDir });

    const visitor = await ensure({ dataDir, database: 'second_app' });
    await visitor.stop();

    expect(visitor.startedHere).toBe(false);
    expect(visitor.port).toBe(owner.port);
    expect(await answers(owner.url)).toBe(true);
    expect(await answers(visitor.url)).toBe(true);
  });

  it('removes a pid file left by a server that is gone and starts a new one', async () => {
    const dataDir = path.join(scratch.root, 'stale');
    const crashed = await ensure({ dataDir });
    const pidFile = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8');
    await crashed.stop();
    // What a killed server leaves behind: its pid file, naming a process that no longer runs.
    await writeFile(path.join(dataDir, 'postmaster.pid'), pidFile);
    const logger = createRecordingLogger();

    const restarted = await ensure({ dataDir, logger });

    expect(restarted.startedHere).toBe(true);
    expect(logger.messages).toContain('local postgres stale pid file removed');
    expect(await answers(restarted.url)).toBe(true);
  });

  it('re-initialises a folder that initdb left half-made', async () => {
    const dataDir = path.join(scratch.root, 'partial');
    await mkdir(path.join(dataDir, 'base'), { recursive: true });
    await writeFile(path.join(dataDir, 'postgresql.conf'), '# interrupted\n');
    const logger = createRecordingLogger();

    const cluster = await ensure({ dataDir, logger });

    expect(cluster.startedHere).toBe(true);
    expect(logger.messages).toContain('local postgres half-initialised folder cleared');
    expect(await answers(cluster.url)).toBe(true);
  });

  it('adopts a server whose starter was killed, and stops it', async () => {
    const dataDir = path.join(scratch.root, 'orphan');
    const orphanPort = await leaveOrphanedServer(dataDir);

    const adopted = await ensureLocalPostgres({ dataDir });
    const answeredWhileAdopted = await answers(adopted.url);
    await adopted.stop();

    expect(adopted).toMatchObject({ startedHere: false, port: orphanPort });
    expect(answeredWhileAdopted).toBe(true);
    expect(await answers(adopted.url)).toBe(false);
    await expect(access(path.join(dataDir, 'postmaster.pid'))).rejects.toThrow(/ENOENT/);
  });
});

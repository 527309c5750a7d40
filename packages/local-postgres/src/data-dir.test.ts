import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { clearPartialDataDir, findRecordedPort, inspectDataDir, recordPort } from './data-dir';
import { createScratchFolder } from './testing/scratch-folder';

describe('data folder handling', () => {
  let scratch: Awaited<ReturnType<typeof createScratchFolder>>;

  beforeEach(async () => {
    scratch = await createScratchFolder();
  });

  afterEach(async () => {
    await scratch.remove();
  });

  it('classifies missing, empty, half-made and initialised folders', async () => {
    const folder = path.join(scratch.root, 'pg');
    const states = [await inspectDataDir(folder)];
    await mkdir(folder);
    states.push(await inspectDataDir(folder));
    await writeFile(path.join(folder, 'PG_VERSION'), '18\n');
    states.push(await inspectDataDir(folder));
    await mkdir(path.join(folder, 'global'));
    await writeFile(path.join(folder, 'global', 'pg_control'), '');
    states.push(await inspectDataDir(folder));

    expect(states).toEqual(['missing', 'empty', 'partial', 'initialised']);
  });

  it('deletes a half-made folder that holds only what PostgreSQL creates', async () => {
    const folder = path.join(scratch.root, 'pg');
    await mkdir(path.join(folder, 'pg_wal'), { recursive: true });
    await writeFile(path.join(folder, 'postgresql.conf'), '');

    const movedTo = await clearPartialDataDir(folder, new Date('2025-01-02T03:04:05Z'));

    expect(movedTo).toBeUndefined();
    expect(await readdir(scratch.root)).toEqual([]);
  });

  it('moves a folder holding anything else aside instead of deleting it', async () => {
    const folder = path.join(scratch.root, 'pg');
    await mkdir(folder);
    await writeFile(path.join(folder, 'notes.txt'), 'mine');

    const movedTo = await clearPartialDataDir(folder, new Date('2025-01-02T03:04:05Z'));

    expect(movedTo).toBe(`${folder}.moved-2025-01-02T03-04-05-000Z`);
    expect(await readdir(scratch.root)).toEqual(['pg.moved-2025-01-02T03-04-05-000Z']);
  });

  it('records the port and reads it back, ignoring a damaged record', async () => {
    const folder = scratch.root;
    const before = await findRecordedPort(folder);
    await recordPort(folder, 45678);
    const recorded = await findRecordedPort(folder);
    await writeFile(path.join(folder, 'lunajoy-local.json'), '{"port":');

    expect([before, recorded, await findRecordedPort(folder)]).toEqual([
      undefined,
      45678,
      undefined,
    ]);
  });
});

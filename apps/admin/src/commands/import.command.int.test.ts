import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  createTestDatabase,
  findTestDatabaseServer,
  writeImportFixture,
  type TestDatabase,
} from '@lunajoy/db/testing';

import { buildProgram } from '../cli';
import { CliError } from '../cli-error';

const server = findTestDatabaseServer('admin import');
const describeDb = server ? describe : describe.skip;

describeDb('admin import', () => {
  let db: TestDatabase;
  let dir: string;
  let output: string[];
  let serverUrl: string | undefined;
  const run = (...args: string[]) =>
    buildProgram({ exitOverride: true }).parseAsync(['node', 'lunajoy-admin', ...args]);

  beforeEach(async () => {
    db = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-admin-import-'));
    writeImportFixture(dir, { clinicians: 150, users: 20, interactions: 100 });
    serverUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = db.url;
    output = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    process.env.DATABASE_URL = serverUrl;
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a folder and prints the summary table', async () => {
    await run('import', '--dir', dir);

    const text = output.join('\n');
    expect(text).toMatch(/clinicians\s+│ 150\s+│ 0\s+│ 0\s+│ 0/);
    expect(text).toMatch(/imported clinicians\.json, users\.json, interactions\.json in .* s/);
    expect(await db.prisma.interaction.count()).toBe(100);
  });

  it('prints each rejection, writes nothing and fails', async () => {
    const file = path.join(dir, 'clinicians.json');
    const records = JSON.parse(fs.readFileSync(file, 'utf8'));
    records[137].basic_info.license_states = ['ZZ'];
    fs.writeFileSync(file, JSON.stringify(records));

    await expect(run('import', '--dir', dir)).rejects.toEqual(
      new CliError('1 rejection(s): nothing was imported'),
    );

    const text = output.join('\n');
    expect(text).toContain(
      'clinicians.json position 137 (clin_00137) basic_info.license_states.0:',
    );
    expect(await db.prisma.clinician.count()).toBe(0);
  });

  it('writes nothing on a dry run', async () => {
    await run('import', '--dir', dir, '--dry-run');

    expect(output.join('\n')).toContain('nothing was written');
    expect(await db.prisma.clinician.count()).toBe(0);
  });
});

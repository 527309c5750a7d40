import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createTestDatabase, findTestDatabaseServer, type TestDatabase } from '@lunajoy/db/testing';

import { buildProgram } from '../cli';
import { EVALUATION_FIXTURE, writeEvaluationFixture } from '../evaluate/testing/evaluation-fixture';

const server = findTestDatabaseServer('admin evaluate');
const describeDb = server ? describe : describe.skip;

describeDb('admin evaluate from the database', () => {
  let db: TestDatabase;
  let dir: string;
  let serverUrl: string | undefined;
  const run = (...args: string[]) =>
    buildProgram({ exitOverride: true }).parseAsync(['node', 'lunajoy-admin', ...args]);
  const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-admin-evaluate-db-'));
    writeEvaluationFixture(path.join(dir, 'data'));
    serverUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = db.url;
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    process.env.DATABASE_URL = serverUrl;
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('evaluates the imported data exactly as it evaluates the folder', async () => {
    const fromFolder = path.join(dir, 'folder.json');
    const fromDatabase = path.join(dir, 'database.json');

    await run('import', '--dir', path.join(dir, 'data'));
    await run('evaluate', '--json', fromDatabase);
    await run('evaluate', '--dir', path.join(dir, 'data'), '--json', fromFolder);

    const database = readJson(fromDatabase);
    const folder = readJson(fromFolder);
    expect(database.source).toBe('database');
    expect(database.strategies.popularity).toEqual(EVALUATION_FIXTURE.popularity);
    expect({ ...database, source: 'folder' }).toEqual(folder);
  });
});

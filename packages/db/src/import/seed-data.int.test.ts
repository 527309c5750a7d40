import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { findPrismaPaths } from '../repository-paths';
import {
  createTestDatabase,
  findTestDatabaseServer,
  tableChecksums,
  type TestDatabase,
} from '../testing';
import { importDirectory } from './import-directory';

const server = findTestDatabaseServer('seed data import');
const dataDir = path.join(findPrismaPaths().root, 'data');
const manifestFile = path.join(dataDir, 'manifest.json');
const hasSeed = fs.existsSync(manifestFile);
if (server && !hasSeed) process.stderr.write('seed data import: skipped, data/ has no seed set\n');
const describeSeed = server && hasSeed ? describe : describe.skip;

interface Manifest {
  counts: { clinicians: number; users: number; interactions: number };
}

// The seed set is about 45 MB; on a busy two-core machine one import takes tens of seconds.
jest.setTimeout(240_000);

describeSeed('importing the seed data set', () => {
  let db: TestDatabase;
  const manifest = hasSeed ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest) : null;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('imports every record of data/', async () => {
    const report = await importDirectory({ databaseUrl: db.url, dir: dataDir });
    process.stdout.write(`seed import: ${report.durationMs} ms\n`);

    const { counts } = manifest!;
    expect(report.rejections).toEqual([]);
    expect(report.summary.clinicians.inserted).toBe(counts.clinicians);
    expect(report.summary.users.inserted).toBe(counts.users);
    expect(report.summary.interactions.inserted).toBe(counts.interactions);
    expect(await db.prisma.clinician.count()).toBe(counts.clinicians);
    expect(await db.prisma.user.count()).toBe(counts.users);
    expect(await db.prisma.interaction.count()).toBe(counts.interactions);
  });

  it('finds everything unchanged on a second import, row for row', async () => {
    const before = await tableChecksums(db.url);

    const report = await importDirectory({ databaseUrl: db.url, dir: dataDir });
    process.stdout.write(`seed re-import: ${report.durationMs} ms\n`);

    const { counts } = manifest!;
    expect(report.changed).toBe(false);
    expect(report.summary.clinicians).toMatchObject({ unchanged: counts.clinicians, updated: 0 });
    expect(report.summary.users).toMatchObject({ unchanged: counts.users, updated: 0 });
    expect(report.summary.interactions).toMatchObject({ unchanged: counts.interactions });
    expect(await tableChecksums(db.url)).toEqual(before);
  });

  it('rejects a corrupted copy of the seed set and changes nothing', async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-seed-copy-'));
    try {
      const clinicians = JSON.parse(fs.readFileSync(path.join(dataDir, 'clinicians.json'), 'utf8'));
      clinicians[137].basic_info.license_states.push('XX');
      const badState = clinicians[137].basic_info.license_states.length - 1;
      fs.writeFileSync(path.join(copy, 'clinicians.json'), JSON.stringify(clinicians));
      const users = JSON.parse(fs.readFileSync(path.join(dataDir, 'users.json'), 'utf8'));
      fs.writeFileSync(path.join(copy, 'users.json'), JSON.stringify(users));
      // Append one interaction by replacing the array's closing bracket.
      const interactions = path.join(copy, 'interactions.json');
      const text = fs.readFileSync(path.join(dataDir, 'interactions.json'), 'utf8').trimEnd();
      const dangling = {
        interaction_id: 'int_dangling',
        user_id: users[0].user_id,
        clinician_id: 'clin_nobody',
        match_context: { timestamp: '2026-10-01T00:00:00Z' },
        outcome: { action: 'viewed' },
      };
      fs.writeFileSync(interactions, `${text.slice(0, -1)},\n${JSON.stringify(dangling)}]\n`);
      const before = await tableChecksums(db.url);

      const report = await importDirectory({ databaseUrl: db.url, dir: copy });

      expect(report.status).toBe('rejected');
      expect(report.rejections).toEqual([
        {
          file: 'clinicians.json',
          position: 137,
          id: clinicians[137].clinician_id,
          path: `basic_info.license_states.${badState}`,
          reason: expect.stringContaining('"XX"'),
        },
        {
          file: 'interactions.json',
          position: manifest!.counts.interactions,
          id: 'int_dangling',
          path: 'clinician_id',
          reason: expect.stringContaining('"clin_nobody"'),
        },
      ]);
      expect(await tableChecksums(db.url)).toEqual(before);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

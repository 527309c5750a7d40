import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  createTestDatabase,
  findTestDatabaseServer,
  fixtureClinician,
  fixtureId,
  fixtureInteraction,
  tableChecksums,
  writeImportFixture,
  type TestDatabase,
} from '../testing';
import { importDirectory } from './import-directory';

const server = findTestDatabaseServer('importDirectory');
const describeDb = server ? describe : describe.skip;

const SIZE = { clinicians: 300, users: 120, interactions: 1500 };

describeDb('importDirectory', () => {
  let db: TestDatabase;
  let dir: string;

  beforeEach(async () => {
    db = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-import-'));
    writeImportFixture(dir, SIZE);
  });

  afterEach(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = (options: { dir?: string; dryRun?: boolean; prune?: boolean } = {}) =>
    importDirectory({ databaseUrl: db.url, dir, ...options });

  const rewrite = (file: string, edit: (records: Record<string, unknown>[]) => void) => {
    const target = path.join(dir, file);
    const records = JSON.parse(fs.readFileSync(target, 'utf8')) as Record<string, unknown>[];
    edit(records);
    fs.writeFileSync(target, JSON.stringify(records));
  };

  it('imports every record, records the run and bumps the data version once', async () => {
    const report = await run();

    expect(report.status).toBe('succeeded');
    expect(report.rejectionCount).toBe(0);
    expect(report.summary.clinicians).toMatchObject({ inserted: 300, updated: 0, unchanged: 0 });
    expect(report.summary.users).toMatchObject({ inserted: 120, updated: 0, unchanged: 0 });
    expect(report.summary.interactions).toMatchObject({ inserted: 1500, unchanged: 0 });
    expect(report.dataVersion).toBe(1n);
    expect(await db.prisma.clinician.count()).toBe(300);
    expect(await db.prisma.user.count()).toBe(120);
    expect(await db.prisma.interaction.count({ where: { source: 'import' } })).toBe(1500);
    // Anonymous fixture users have no contact details: only the other two thirds get a row.
    expect(await db.prisma.userContact.count()).toBe(80);

    const runs = await db.prisma.importRun.findMany();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'succeeded', changed: true, dataVersion: 1n });
  });

  it('keeps personal data out of users and unknown clinician fields in raw', async () => {
    await run();

    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: fixtureId.user(1) } });
    expect(JSON.stringify(user.raw)).not.toContain('@example.com');
    const contact = await db.prisma.userContact.findUniqueOrThrow({
      where: { userId: fixtureId.user(1) },
    });
    expect(contact).toMatchObject({ email: 'patient1@example.com', zipCode: '10001' });

    const clinician = await db.prisma.clinician.findUniqueOrThrow({
      where: { id: fixtureId.clinician(4) },
    });
    expect(clinician.raw).toEqual(fixtureClinician(4));
  });

  it('changes nothing when the same files are imported again', async () => {
    await run();
    const before = await tableChecksums(db.url);

    const again = await run();

    expect(again.status).toBe('succeeded');
    expect(again.changed).toBe(false);
    expect(again.dataVersion).toBeNull();
    expect(again.summary.clinicians).toMatchObject({ inserted: 0, updated: 0, unchanged: 300 });
    expect(again.summary.users).toMatchObject({ inserted: 0, updated: 0, unchanged: 120 });
    expect(again.summary.interactions).toMatchObject({ inserted: 0, unchanged: 1500 });
    expect(await tableChecksums(db.url)).toEqual(before);
  });

  it('counts a changed record as updated and bumps that patient only', async () => {
    await run();
    const versions = async () =>
      new Map(
        (await db.prisma.user.findMany({ select: { id: true, version: true } })).map((user) => [
          user.id,
          user.version,
        ]),
      );
    const before = await versions();
    rewrite('users.json', (records) => {
      // Fixture user 5 is urgent; now they are not.
      (records[5]!.stated_preferences as Record<string, unknown>).urgency_level = 'flexible';
      (records[6]!.profile_data as Record<string, unknown>).email = 'new@example.com';
    });

    const report = await run();

    expect(report.summary.users).toMatchObject({ inserted: 0, updated: 2, unchanged: 118 });
    expect(report.dataVersion).toBe(2n);
    const after = await versions();
    const bumped = [...after].filter(([id, version]) => version !== before.get(id));
    expect(bumped.map(([id]) => id).sort()).toEqual([fixtureId.user(5), fixtureId.user(6)]);
    const contact = await db.prisma.userContact.findUniqueOrThrow({
      where: { userId: fixtureId.user(6) },
    });
    expect(contact.email).toBe('new@example.com');
  });

  it('reports each bad record with file, position, id and path, and changes nothing', async () => {
    await run();
    const before = await tableChecksums(db.url);
    rewrite('clinicians.json', (records) => {
      (records[137]!.basic_info as Record<string, unknown>).license_states = ['CA', 'ZZ'];
    });
    rewrite('interactions.json', (records) => {
      records.push({ ...fixtureInteraction(5000, 10, 10), clinician_id: 'clin_missing' });
    });

    const report = await run();

    expect(report.status).toBe('rejected');
    expect(report.committed).toBe(false);
    expect(report.rejections).toEqual([
      {
        file: 'clinicians.json',
        position: 137,
        id: fixtureId.clinician(137),
        path: 'basic_info.license_states.1',
        reason: expect.stringContaining('"ZZ"'),
      },
      {
        file: 'interactions.json',
        position: 1500,
        id: fixtureId.interaction(5000),
        path: 'clinician_id',
        reason: expect.stringContaining('unknown clinician "clin_missing"'),
      },
    ]);
    expect(report.summary.clinicians.rejected).toBe(1);
    expect(report.summary.interactions.rejected).toBe(1);
    expect(await tableChecksums(db.url)).toEqual(before);
    const last = await db.prisma.importRun.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(last).toMatchObject({ status: 'rejected', rejections: 2 });
  });

  it('rejects duplicates in a file and an interaction id reused for other content', async () => {
    await run();
    const before = await tableChecksums(db.url);
    rewrite('users.json', (records) => {
      records.push({ ...records[3]! });
    });
    rewrite('interactions.json', (records) => {
      (records[10]!.outcome as Record<string, unknown>).action = 'booked';
    });

    const report = await run();

    expect(report.rejections).toEqual([
      {
        file: 'users.json',
        position: 120,
        id: fixtureId.user(3),
        path: 'user_id',
        reason: 'duplicate user_id: also at position 3 of users.json',
      },
    ]);
    expect(await tableChecksums(db.url)).toEqual(before);

    rewrite('users.json', (records) => {
      records.pop();
    });
    const conflict = await run();
    expect(conflict.rejections).toEqual([
      {
        file: 'interactions.json',
        position: 10,
        id: fixtureId.interaction(10),
        path: 'interaction_id',
        reason: 'already stored with different content: interactions are append-only',
      },
    ]);
    expect(await tableChecksums(db.url)).toEqual(before);
  });

  it('rejects a file that is not a JSON array, at the element where it breaks', async () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-broken-'));
    fs.writeFileSync(
      path.join(broken, 'users.json'),
      '[{"user_id":"u1","registration_type":"basic"},',
    );

    const report = await run({ dir: broken });
    fs.rmSync(broken, { recursive: true, force: true });

    expect(report.rejections).toEqual([
      expect.objectContaining({ file: 'users.json', position: 1, id: null, path: '' }),
    ]);
    expect(await db.prisma.user.count()).toBe(0);
  });

  it('serialises two imports started at once', async () => {
    const [first, second] = await Promise.all([run(), run()]);

    const reports = [first, second].sort((a, b) => Number(b.changed) - Number(a.changed));
    expect(reports.map((report) => report.status)).toEqual(['succeeded', 'succeeded']);
    expect(reports[0]!.summary.interactions.inserted).toBe(1500);
    expect(reports[1]!.summary.interactions).toMatchObject({ inserted: 0, unchanged: 1500 });
    expect(await db.prisma.interaction.count()).toBe(1500);
    const version = await db.prisma.dataVersion.findUniqueOrThrow({ where: { kind: 'data' } });
    expect(version.version).toBe(1n);
  });

  it('deactivates clinicians absent from the file with prune, and brings them back', async () => {
    await run();
    const partial = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-prune-'));
    const all = JSON.parse(fs.readFileSync(path.join(dir, 'clinicians.json'), 'utf8')) as unknown[];
    fs.writeFileSync(path.join(partial, 'clinicians.json'), JSON.stringify(all.slice(0, 250)));

    const kept = await run({ dir: partial });
    expect(kept.summary.clinicians).toMatchObject({ unchanged: 250, deactivated: 0 });
    expect(kept.changed).toBe(false);

    const pruned = await run({ dir: partial, prune: true });
    expect(pruned.summary.clinicians).toMatchObject({ unchanged: 250, deactivated: 50 });
    expect(await db.prisma.clinician.count({ where: { activeStatus: true } })).toBe(250);
    expect(
      await db.prisma.clinician.findUniqueOrThrow({ where: { id: fixtureId.clinician(299) } }),
    ).toMatchObject({ activeStatus: false });

    const restored = await run();
    expect(restored.summary.clinicians).toMatchObject({ updated: 50, unchanged: 250 });
    expect(await db.prisma.clinician.count({ where: { activeStatus: true } })).toBe(300);
    fs.rmSync(partial, { recursive: true, force: true });
  });

  it('writes nothing on a dry run but reports what it would do', async () => {
    const before = await tableChecksums(db.url, [
      'clinicians',
      'users',
      'user_contacts',
      'interactions',
      'data_versions',
      'import_runs',
    ]);

    const report = await run({ dryRun: true });

    expect(report.status).toBe('dry_run');
    expect(report.runId).toBeNull();
    expect(report.summary.interactions.inserted).toBe(1500);
    expect(
      await tableChecksums(db.url, [
        'clinicians',
        'users',
        'user_contacts',
        'interactions',
        'data_versions',
        'import_runs',
      ]),
    ).toEqual(before);
  });

  it('leaves erased patients and their history out of later imports', async () => {
    await run();
    const erased = fixtureId.user(7);
    const history = await db.prisma.interaction.count({ where: { userId: erased } });
    await db.prisma.interaction.deleteMany({ where: { userId: erased } });
    await db.prisma.userContact.deleteMany({ where: { userId: erased } });
    await db.prisma.user.update({ where: { id: erased }, data: { erased: true } });

    const report = await run();

    expect(report.summary.users).toMatchObject({ skipped: 1, unchanged: 119 });
    expect(history).toBeGreaterThan(0);
    expect(report.summary.interactions).toMatchObject({ skipped: history, inserted: 0 });
    expect(await db.prisma.interaction.count({ where: { userId: erased } })).toBe(0);
    expect(await db.prisma.userContact.count({ where: { userId: erased } })).toBe(0);
  });
});

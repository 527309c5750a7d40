import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { importDirectory } from '../import/import-directory';
import {
  createTestDatabase,
  findTestDatabaseServer,
  fixtureId,
  writeImportFixture,
  type TestDatabase,
} from '../testing';
import { InteractionRepository, type NewInteraction } from './interaction.repository';
import { UserRepository } from './user.repository';

const server = findTestDatabaseServer('InteractionRepository');
const describeDb = server ? describe : describe.skip;

describeDb('InteractionRepository', () => {
  let db: TestDatabase;
  let repository: InteractionRepository;

  const reported = (id: string): NewInteraction => ({
    id,
    userId: fixtureId.user(2),
    clinicianId: fixtureId.clinician(3),
    sessionId: 'sess_api',
    action: 'booked',
    timestamp: Date.UTC(2024, 6, 1, 12),
    matchContext: { timestamp: '2024-07-01T11:59:00Z', match_score: 0.91 },
    outcome: { action: 'booked', action_timestamp: '2024-07-01T12:00:00Z' },
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-interactions-'));
    writeImportFixture(dir, { clinicians: 20, users: 10, interactions: 100 });
    await importDirectory({ databaseUrl: db.url, dir });
    fs.rmSync(dir, { recursive: true, force: true });
    repository = new InteractionRepository(db.prisma);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('appends an interaction and bumps the patient version', async () => {
    const before = await new UserRepository(db.prisma).findPatientVersion(fixtureId.user(2));

    const recorded = await repository.recordInteraction(reported('int_api_1'));

    expect(recorded.created).toBe(true);
    expect(recorded.userVersion).toBe(before! + 1);
    expect(recorded.interaction).toEqual({
      id: 'int_api_1',
      userId: fixtureId.user(2),
      clinicianId: fixtureId.clinician(3),
      sessionId: 'sess_api',
      action: 'booked',
      timestamp: Date.UTC(2024, 6, 1, 12),
    });
    const row = await db.prisma.interaction.findUniqueOrThrow({ where: { id: 'int_api_1' } });
    expect(row.source).toBe('api');
  });

  it('accepts the same interaction twice and refuses its id for other content', async () => {
    const again = await repository.recordInteraction(reported('int_api_1'));
    expect(again.created).toBe(false);

    await expect(
      repository.recordInteraction({ ...reported('int_api_1'), action: 'viewed' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses unknown patients and clinicians', async () => {
    await expect(
      repository.recordInteraction({ ...reported('int_api_2'), userId: 'user_nobody' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      repository.recordInteraction({ ...reported('int_api_3'), clinicianId: 'clin_nobody' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lists every interaction by id and one patient history by time', async () => {
    const all = await repository.listInteractions();
    const history = await repository.listPatientInteractions(fixtureId.user(2));

    expect(all).toHaveLength(101);
    expect(all.map((i) => i.id)).toEqual(all.map((i) => i.id).sort());
    expect(history.every((i) => i.userId === fixtureId.user(2))).toBe(true);
    const times = history.map((i) => i.timestamp);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

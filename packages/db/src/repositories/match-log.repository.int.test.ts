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
import { InteractionRepository } from './interaction.repository';
import { MatchLogRepository, type MatchLogEntry } from './match-log.repository';
import { UserRepository } from './user.repository';

const server = findTestDatabaseServer('MatchLogRepository');
const describeDb = server ? describe : describe.skip;

const SERVED = Date.UTC(2025, 0, 10, 9);

describeDb('MatchLogRepository', () => {
  let db: TestDatabase;
  let logs: MatchLogRepository;

  const entry = (id: string, userId: string | null, minutes: number): MatchLogEntry => ({
    id,
    userId,
    tier: 'complete',
    strategy: 'collaborative',
    request: { limit: 2, use_history: true },
    dataVersion: 3n,
    modelVersion: 2n,
    servedAt: SERVED + minutes * 60_000,
    results: [
      { clinicianId: fixtureId.clinician(1), rank: 1, score: 0.91 },
      { clinicianId: fixtureId.clinician(2), rank: 2, score: 0.87 },
    ],
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-match-logs-'));
    writeImportFixture(dir, { clinicians: 10, users: 6, interactions: 0 });
    await importDirectory({ databaseUrl: db.url, dir });
    fs.rmSync(dir, { recursive: true, force: true });
    logs = new MatchLogRepository(db.prisma);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('stores served lists and pages them newest first', async () => {
    const user = fixtureId.user(1);
    expect(await logs.recordMatchLog(entry('log_a', user, 0))).toBe(true);
    expect(await logs.recordMatchLog(entry('log_b', user, 5))).toBe(true);
    expect(await logs.recordMatchLog(entry('log_anon', null, 6))).toBe(true);

    const first = await logs.listPatientMatchLogs(user, { offset: 0, limit: 1 });
    const second = await logs.listPatientMatchLogs(user, { offset: 1, limit: 1 });

    expect(first.total).toBe(2);
    expect(first.items).toEqual([entry('log_b', user, 5)]);
    expect(second.items.map((l) => l.id)).toEqual(['log_a']);
  });

  it('stores nothing for an erased patient, even one that existed when matched', async () => {
    const user = fixtureId.user(2);
    await new UserRepository(db.prisma).erasePatient(user);

    expect(await logs.recordMatchLog(entry('log_late', user, 0))).toBe(false);
    expect(await db.prisma.matchLog.count({ where: { id: 'log_late' } })).toBe(0);
  });

  it("lists the patient's interactions from a time on, with the list each one names", async () => {
    const user = fixtureId.user(4);
    const interactions = new InteractionRepository(db.prisma);
    const report = (id: string, minutes: number, matchId?: string) =>
      interactions.recordInteraction({
        id,
        userId: user,
        clinicianId: fixtureId.clinician(1),
        sessionId: null,
        action: 'contacted',
        timestamp: SERVED + minutes * 60_000,
        matchContext: matchId ? { match_id: matchId } : null,
        outcome: null,
      });
    await report('int_before', -1);
    await report('int_named', 2, 'log_x');
    await report('int_plain', 3);

    const outcomes = await logs.listPatientOutcomes(user, SERVED);

    expect(outcomes.map((o) => [o.interactionId, o.matchId])).toEqual([
      ['int_named', 'log_x'],
      ['int_plain', null],
    ]);
    expect(outcomes[0]).toMatchObject({ action: 'contacted', timestamp: SERVED + 120_000 });
  });
});

import { createPrismaClient, UserRepository } from '@lunajoy/db';
import { createTestDatabase, type TestDatabase } from '@lunajoy/db/testing';

import { findFreePort } from '../testing/faults/free-port';
import { describeWithServices } from '../testing/faults/service-gate';
import { databaseClientUrl } from '../runtime/database-client-url';
import { isDatabaseUnavailable } from './database-unavailable';

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (err) {
    return err;
  }
  throw new Error('expected the work to fail');
}

const patient = (id: string) => ({
  patient: {
    id,
    registrationType: 'basic' as const,
    preferences: null,
    profile: { ageRange: null, gender: null, therapyExperience: null, therapyGoals: [] },
    createdAt: null,
  },
  contact: null,
});

describeWithServices('isDatabaseUnavailable on real driver errors', { database: true }, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('recognises a server nobody listens on, for queries and for writes', async () => {
    const url = new URL(db.url);
    url.port = String(await findFreePort());
    const prisma = createPrismaClient(url.toString());
    try {
      const raw = await failure(() => prisma.$queryRaw`SELECT 1`);
      const write = await failure(() => new UserRepository(prisma).createPatient(patient('u1')));
      const tx = await failure(() => new UserRepository(prisma).erasePatient('u1'));

      expect([raw, write, tx].map((e) => isDatabaseUnavailable(e))).toEqual([true, true, true]);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('recognises a statement cancelled by the statement timeout', async () => {
    const prisma = createPrismaClient(
      databaseClientUrl(db.url, { statementTimeoutMs: 100, applicationName: 'lunajoy-test' }),
    );
    try {
      const timedOut = await failure(() => prisma.$queryRaw`SELECT pg_sleep(1)`);

      expect(isDatabaseUnavailable(timedOut)).toBe(true);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('does not mistake a broken constraint or a bad query for an outage', async () => {
    const users = new UserRepository(db.prisma);
    await users.createPatient(patient('u2'));

    const duplicate = await failure(() => users.createPatient(patient('u2')));
    const badSql = await failure(() => db.prisma.$queryRawUnsafe('SELECT * FROM no_such_table'));

    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(badSql)).toBe(false);
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
  });
});

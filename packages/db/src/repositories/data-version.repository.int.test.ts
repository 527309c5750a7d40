import { createTestDatabase, findTestDatabaseServer, type TestDatabase } from '../testing';
import { DataVersionRepository } from './data-version.repository';

const server = findTestDatabaseServer('DataVersionRepository');
const describeDb = server ? describe : describe.skip;

describeDb('DataVersionRepository', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('starts both versions at 0 and bumps one at a time, inside a transaction too', async () => {
    const repository = new DataVersionRepository(db.prisma);
    expect(await repository.getVersions()).toEqual({ data: 0n, model: 0n });

    expect(await repository.bumpVersion('model')).toBe(1n);
    await db.prisma.$transaction(async (tx) => {
      expect(await repository.bumpVersion('model', tx)).toBe(2n);
    });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await repository.bumpVersion('data', tx);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');

    expect(await repository.getVersions()).toEqual({ data: 0n, model: 2n });
  });
});

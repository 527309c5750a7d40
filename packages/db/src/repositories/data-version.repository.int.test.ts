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
    expect(await repository.getVersions()).toEqual({
      data: 0n,
      model: 0n,
      updatedAt: { data: null, model: null },
    });

    const beforeBump = Date.now();
    expect(await repository.bumpVersion('model')).toBe(1n);
    const firstBump = (await repository.getVersions()).updatedAt.model;
    await db.prisma.$transaction(async (tx) => {
      expect(await repository.bumpVersion('model', tx)).toBe(2n);
    });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await repository.bumpVersion('data', tx);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');

    const after = await repository.getVersions();
    expect(after).toMatchObject({ data: 0n, model: 2n, updatedAt: { data: null } });
    // The server and this process share a clock here, so the stamps fall inside the test's run.
    expect(firstBump!.getTime()).toBeGreaterThanOrEqual(beforeBump);
    expect(after.updatedAt.model!.getTime()).toBeGreaterThanOrEqual(firstBump!.getTime());
    expect(after.updatedAt.model!.getTime()).toBeLessThanOrEqual(Date.now());
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { toPatient, UserRecordSchema } from '@lunajoy/models';

import { importDirectory } from '../import/import-directory';
import {
  createTestDatabase,
  findTestDatabaseServer,
  fixtureId,
  fixtureUser,
  writeImportFixture,
  type TestDatabase,
} from '../testing';
import { UserRepository } from './user.repository';

const server = findTestDatabaseServer('UserRepository');
const describeDb = server ? describe : describe.skip;

describeDb('UserRepository', () => {
  let db: TestDatabase;
  let repository: UserRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-users-'));
    writeImportFixture(dir, { clinicians: 20, users: 30, interactions: 300 });
    await importDirectory({ databaseUrl: db.url, dir });
    fs.rmSync(dir, { recursive: true, force: true });
    repository = new UserRepository(db.prisma);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('reads back the domain patient the models mapper made at import', async () => {
    const found = await repository.findPatient(fixtureId.user(4));

    expect(found?.patient).toEqual(toPatient(UserRecordSchema.parse(fixtureUser(4))));
    expect(found?.version).toBeGreaterThanOrEqual(1);
  });

  it('registers a patient with contact details kept apart', async () => {
    const patient = {
      ...toPatient(UserRecordSchema.parse(fixtureUser(2))),
      id: 'user_registered',
    };
    const contact = { email: 'new@example.com', phone: null, city: null, zipCode: '94110' };

    const created = await repository.createPatient({ patient, contact });

    expect(created).toEqual({ patient, version: 1 });
    expect(await repository.findPatient('user_registered')).toEqual({ patient, version: 1 });
    expect(
      await db.prisma.userContact.findUnique({ where: { userId: 'user_registered' } }),
    ).toMatchObject({ email: 'new@example.com', zipCode: '94110' });
    await expect(repository.createPatient({ patient, contact: null })).rejects.toMatchObject({
      code: 'P2002',
    });
  });

  it('bumps a patient version', async () => {
    const before = await repository.findPatientVersion(fixtureId.user(8));

    const after = await repository.bumpPatientVersion(fixtureId.user(8));

    expect(after).toBe(before! + 1);
  });

  it('erases a patient everywhere but leaves a tombstone', async () => {
    const id = fixtureId.user(1);
    expect(await db.prisma.interaction.count({ where: { userId: id } })).toBeGreaterThan(0);

    expect(await repository.erasePatient(id)).toBe(true);

    expect(await repository.findPatient(id)).toBeNull();
    expect(await repository.findPatientVersion(id)).toBeNull();
    expect(await db.prisma.interaction.count({ where: { userId: id } })).toBe(0);
    expect(await db.prisma.userContact.count({ where: { userId: id } })).toBe(0);
    const tombstone = await db.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(tombstone).toMatchObject({ erased: true, raw: null, preferences: null, gender: null });
    expect(await repository.erasePatient(id)).toBe(false);
    expect((await repository.listPatients()).map((p) => p.id)).not.toContain(id);
  });
});

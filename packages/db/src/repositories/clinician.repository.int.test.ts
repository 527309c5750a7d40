import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ClinicianRecordSchema, toClinician } from '@lunajoy/models';

import { importDirectory } from '../import/import-directory';
import {
  createTestDatabase,
  findTestDatabaseServer,
  fixtureClinician,
  fixtureId,
  writeImportFixture,
  type TestDatabase,
} from '../testing';
import { ClinicianRepository } from './clinician.repository';

const server = findTestDatabaseServer('ClinicianRepository');
const describeDb = server ? describe : describe.skip;

describeDb('ClinicianRepository', () => {
  let db: TestDatabase;
  let repository: ClinicianRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-clinicians-'));
    writeImportFixture(dir, { clinicians: 40, users: 10, interactions: 20 });
    await importDirectory({ databaseUrl: db.url, dir });
    fs.rmSync(dir, { recursive: true, force: true });
    await db.prisma.clinician.update({
      where: { id: fixtureId.clinician(3) },
      data: { activeStatus: false },
    });
    repository = new ClinicianRepository(db.prisma);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('reads back exactly the domain clinician the models mapper made at import', async () => {
    const clinicians = await repository.listActiveClinicians();

    const expected = toClinician(ClinicianRecordSchema.parse(fixtureClinician(5)));
    expect(clinicians.find((clinician) => clinician.id === expected.id)).toEqual(expected);
  });

  it('lists active clinicians only, ordered by id', async () => {
    const ids = (await repository.listActiveClinicians()).map((clinician) => clinician.id);

    expect(ids).toHaveLength(39);
    expect(ids).not.toContain(fixtureId.clinician(3));
    expect(ids).toEqual([...ids].sort());
  });

  it('finds one clinician, inactive too, with its imported record', async () => {
    const found = await repository.findClinician(fixtureId.clinician(3));

    expect(found?.clinician.activeStatus).toBe(false);
    expect(found?.raw).toEqual(fixtureClinician(3));
    expect(await repository.findClinician('clin_nobody')).toBeNull();
  });

  it('filters on array columns and pages with the total', async () => {
    const filter = { state: 'CA', specialty: 'anxiety' };
    const all = await repository.listClinicians(filter, { offset: 0, limit: 100 });
    const page = await repository.listClinicians(filter, { offset: 1, limit: 2 });

    expect(all.total).toBeGreaterThan(2);
    expect(all.items.every((c) => c.licenseStates.includes('CA'))).toBe(true);
    expect(all.items.every((c) => c.specialties.includes('anxiety'))).toBe(true);
    expect(page.total).toBe(all.total);
    expect(page.items.map((c) => c.id)).toEqual(all.items.slice(1, 3).map((c) => c.id));
  });
});

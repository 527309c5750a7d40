import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { FIXTURE_SEED_DIR } from '../fixture-clinicians';

/** A writable copy of the fixture seed folder, for tests that import changed data. */
export interface SeedFolder {
  dir: string;
  /** changes one clinician record in `clinicians.json` */
  editClinician(id: string, edit: (record: ClinicianRecord) => void): void;
  remove(): void;
}

/** The parts of a clinician record the tests change. */
export interface ClinicianRecord {
  clinician_id: string;
  availability_features: { accepting_new_patients: boolean; [field: string]: unknown };
  [field: string]: unknown;
}

/** Copies the fixture seed folder into a fresh temporary folder. */
export function copySeedFolder(): SeedFolder {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lunajoy-seed-'));
  fs.cpSync(FIXTURE_SEED_DIR, dir, { recursive: true });
  const file = path.join(dir, 'clinicians.json');

  return {
    dir,
    editClinician(id, edit) {
      const records = JSON.parse(fs.readFileSync(file, 'utf8')) as ClinicianRecord[];
      const record = records.find((r) => r.clinician_id === id);
      if (!record) throw new Error(`no clinician ${id} in the seed folder`);
      edit(record);
      fs.writeFileSync(file, JSON.stringify(records, null, 2));
    },
    remove() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

import fs from 'node:fs';
import path from 'node:path';

import { ClinicianRecordSchema, toClinician, type Clinician } from '@lunajoy/models';

/** A small seed folder in the platform's file layout: the same records the int tests import. */
export const FIXTURE_SEED_DIR = path.join(__dirname, 'fixtures', 'seed');

/** The instant the fixture's availability slots are written against: 2025-01-15T12:00:00Z. */
export const FIXTURE_NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

/** The fixture clinicians, parsed and normalised exactly as an import would store them. */
export function loadFixtureClinicians(): Clinician[] {
  const raw: unknown = JSON.parse(
    fs.readFileSync(path.join(FIXTURE_SEED_DIR, 'clinicians.json'), 'utf8'),
  );
  return ClinicianRecordSchema.array().parse(raw).map(toClinician);
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { DatasetManifest } from '../generate-dataset';
import type { ClinicianRecord, InteractionRecord, UserRecord } from '../record-types';

/** The committed seed data set at the repository root. */
export const COMMITTED_DATA_DIR = path.resolve(__dirname, '../../../../../data');

/** A generated data set read back from its folder. */
export interface Dataset {
  clinicians: ClinicianRecord[];
  users: UserRecord[];
  interactions: InteractionRecord[];
  manifest: DatasetManifest;
}

export function readDataset(dir: string): Dataset {
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  return {
    clinicians: read('clinicians.json'),
    users: read('users.json'),
    interactions: read('interactions.json'),
    manifest: read('manifest.json'),
  };
}

export function sha256OfFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

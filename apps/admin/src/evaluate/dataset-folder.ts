import fs from 'node:fs';
import path from 'node:path';

import {
  buildDataVocabulary,
  ClinicianRecordSchema,
  formatZodIssues,
  InteractionRecordSchema,
  parseIsoTimestamp,
  toClinician,
  toInteraction,
  toPatient,
  UserRecordSchema,
  type Clinician,
  type Interaction,
  type Patient,
} from '@lunajoy/models';
import type { z } from 'zod';

import { CliError } from '../cli-error';
import type { LearningData } from '../train/learning-data';
import { forEachArrayElement } from './json-array-file';

/** Learning data read from a folder, with the data set's reference time when it records one. */
export interface FolderData extends LearningData {
  /** `reference_time` of `manifest.json` (epoch ms), or null without a manifest */
  referenceTime: number | null;
}

// Problems printed before giving up; the rest are only counted.
const SHOWN_PROBLEMS = 10;

/**
 * Reads `clinicians.json`, `users.json` and `interactions.json` in the platform's layout with the
 * same schemas and mappers the import uses, so the folder evaluates exactly as it would once
 * imported. Any invalid record stops the command with the first problems listed.
 */
export async function readDatasetFolder(dir: string): Promise<FolderData> {
  const problems: string[] = [];
  let problemCount = 0;
  const read = async <S extends z.ZodType, T>(
    file: string,
    schema: S,
    map: (record: z.output<S>) => T,
  ): Promise<T[]> => {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) throw new CliError(`${full} does not exist`);
    const out: T[] = [];
    await forEachArrayElement(full, (element, position) => {
      const parsed = schema.safeParse(element);
      if (parsed.success) {
        out.push(map(parsed.data));
        return;
      }
      problemCount += 1;
      const [issue] = formatZodIssues(parsed.error);
      if (problems.length < SHOWN_PROBLEMS) {
        problems.push(`${file} position ${position} ${issue?.path ?? ''}: ${issue?.message ?? ''}`);
      }
    });
    return out;
  };

  const all: Clinician[] = await read('clinicians.json', ClinicianRecordSchema, toClinician);
  const patients: Patient[] = await read('users.json', UserRecordSchema, toPatient);
  const interactions: Interaction[] = await read(
    'interactions.json',
    InteractionRecordSchema,
    toInteraction,
  );
  if (problemCount > 0) {
    const more =
      problemCount > problems.length ? `\n  … and ${problemCount - problems.length} more` : '';
    throw new CliError(
      `${problemCount} invalid record(s) in ${dir}:\n  ${problems.join('\n  ')}${more}`,
    );
  }

  const clinicians = all.filter((clinician) => clinician.activeStatus);
  return {
    clinicians,
    patients,
    interactions,
    vocabulary: buildDataVocabulary(clinicians),
    referenceTime: readReferenceTime(path.join(dir, 'manifest.json')),
  };
}

function readReferenceTime(file: string): number | null {
  if (!fs.existsSync(file)) return null;
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { reference_time?: unknown };
  if (typeof manifest.reference_time !== 'string') return null;
  const time = parseIsoTimestamp(manifest.reference_time);
  if (time === null) throw new CliError(`${file}: reference_time is not an ISO 8601 time`);
  return time;
}

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Action } from './action-model';
import { generateClinicians, type GeneratedClinician } from './clinician.generator';
import type { GenerateOptions } from './generate-options';
import { iso } from './format';
import { simulateInteractions } from './interaction.simulator';
import { JsonArrayWriter, type WrittenFile } from './json-array.writer';
import { buildCommunities } from './latent-tastes';
import { RandomSource } from './random-source';
import { buildSimulationWorld } from './simulation-world';
import { generateUsers, registrationMix, type RegistrationType } from './user.generator';

/** What a run wrote; the same content is recorded in `manifest.json`. */
export interface DatasetManifest {
  generator: string;
  format_version: number;
  seed: number;
  reference_time: string;
  counts: {
    clinicians: number;
    users: number;
    users_by_registration_type: Record<RegistrationType, number>;
    interactions: number;
  };
  actions: Record<Action, number>;
  files: Record<string, WrittenFile>;
}

/** The data files, in the order they are written. */
export const DATASET_FILES = ['clinicians.json', 'interactions.json', 'users.json'] as const;
/** Written last, describing the files above. */
export const MANIFEST_FILE = 'manifest.json';

/** Called as each file is finished, for progress output. */
export type GenerateProgress = (file: string, written: WrittenFile) => void;

/**
 * Generates the seed data set into `options.out`: clinicians, users with hidden tastes, and the
 * interactions those tastes produce, then a manifest with the seed, the reference time, counts
 * and each file's sha256. The same options always give the same bytes.
 */
export async function generateDataset(
  options: GenerateOptions,
  onFile: GenerateProgress = () => undefined,
): Promise<DatasetManifest> {
  const streams = RandomSource.streams(options.seed);
  const communities = buildCommunities(streams.world);
  await mkdir(options.out, { recursive: true });
  const files: Record<string, WrittenFile> = {};

  // Clinicians are written as they are made; the simulation keeps what it needs of them.
  const clinicians: GeneratedClinician[] = [];
  const clinicianWriter = new JsonArrayWriter(path.join(options.out, 'clinicians.json'));
  for (const clinician of generateClinicians(streams.clinicians, {
    count: options.clinicians,
    referenceTime: options.referenceTime,
    communities,
  })) {
    clinicians.push(clinician);
    await clinicianWriter.write(clinician.record);
  }
  files['clinicians.json'] = await clinicianWriter.close();
  onFile('clinicians.json', files['clinicians.json']);

  const world = buildSimulationWorld(clinicians);
  const users = [
    ...generateUsers(streams.users, {
      count: options.users,
      referenceTime: options.referenceTime,
      communities,
      coveredPools: new Set(world.pools.keys()),
      clinicianDensity: world.stateDensity,
    }),
  ];

  // Interactions stream straight to disk; each user's history is filled in as they finish.
  const actions: Record<Action, number> = {
    viewed: 0,
    clicked: 0,
    contacted: 0,
    booked: 0,
    ignored: 0,
    rejected: 0,
  };
  const interactionWriter = new JsonArrayWriter(path.join(options.out, 'interactions.json'));
  for (const interaction of simulateInteractions(streams.interactions, {
    world,
    users,
    total: options.interactions,
    referenceTime: options.referenceTime,
  })) {
    actions[interaction.outcome.action as Action] += 1;
    await interactionWriter.write(interaction);
  }
  files['interactions.json'] = await interactionWriter.close();
  onFile('interactions.json', files['interactions.json']);

  const userWriter = new JsonArrayWriter(path.join(options.out, 'users.json'));
  for (const user of users) await userWriter.write(user.record);
  files['users.json'] = await userWriter.close();
  onFile('users.json', files['users.json']);

  const manifest: DatasetManifest = {
    generator: '@lunajoy/admin generate',
    format_version: 1,
    seed: options.seed,
    reference_time: iso(options.referenceTime),
    counts: {
      clinicians: options.clinicians,
      users: options.users,
      users_by_registration_type: registrationMix(options.users),
      interactions: options.interactions,
    },
    actions,
    files: Object.fromEntries(DATASET_FILES.map((name) => [name, files[name] as WrittenFile])),
  };
  await writeFile(path.join(options.out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

import {
  buildDataVocabularyFromRecords,
  ClinicianRecordSchema,
  InteractionRecordSchema,
  toClinician,
  toInteraction,
  toPatient,
  UserRecordSchema,
  type ClinicianRecord as ParsedClinicianRecord,
} from '@lunajoy/models';

import { COMMITTED_DATA_DIR, readDataset } from './testing/read-dataset';

describe('the committed seed data set, read with the platform record schemas', () => {
  const data = readDataset(COMMITTED_DATA_DIR);

  const clinicians = data.clinicians.map((c) => ClinicianRecordSchema.safeParse(c));
  const users = data.users.map((u) => UserRecordSchema.safeParse(u));

  it('parses every clinician, and maps each to the domain', () => {
    const failures = data.clinicians.filter((_, k) => !clinicians[k]!.success);

    expect(failures.map((c) => c.clinician_id)).toEqual([]);
    const mapped = clinicians.map((parsed) => toClinician(parsed.data!));
    expect(mapped.filter((c) => c.licenseStates.length === 0 || !(c.createdAt > 0))).toEqual([]);
  });

  it('parses every user, and gives each a usable state and appointment type', () => {
    const failures = data.users.filter((_, k) => !users[k]!.success);

    expect(failures.map((u) => u.user_id)).toEqual([]);
    const unusable = users.filter((parsed) => toPatient(parsed.data!).preferences === null);
    expect(unusable).toEqual([]);
  });

  it('parses every interaction', () => {
    const failures = data.interactions.filter((i) => !InteractionRecordSchema.safeParse(i).success);

    expect(failures.map((i) => i.interaction_id)).toEqual([]);
    const first = toInteraction(InteractionRecordSchema.parse(data.interactions[0]));
    expect(first.timestamp).toBe(Date.parse(data.interactions[0]!.outcome.action_timestamp));
  });

  it("uses only needs, insurers and languages that the clinicians' vocabulary has", () => {
    const records: ParsedClinicianRecord[] = clinicians.map((parsed) => parsed.data!);
    const vocabulary = buildDataVocabularyFromRecords(records);
    const known = (entries: { value: string }[]) => new Set(entries.map((e) => e.value));
    const needs = known(vocabulary.specialties);
    const insurers = known(vocabulary.insurers);
    const languages = known(vocabulary.languages);

    const unknown = users.flatMap((parsed) => {
      const prefs = toPatient(parsed.data!).preferences!;
      return [
        ...prefs.clinicalNeeds.filter((need) => !needs.has(need)),
        ...[prefs.insuranceProvider, prefs.language].filter(
          (v, k) => v !== null && !(k === 0 ? insurers : languages).has(v),
        ),
      ];
    });
    expect(unknown).toEqual([]);
  });
});

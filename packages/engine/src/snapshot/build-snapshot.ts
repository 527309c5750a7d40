/**
 * Builds the immutable snapshot the engine matches against: clinicians by id and the
 * state × appointment type index. Linear in clinicians × states × types, after one sort by id.
 */
import type { AppointmentType, Clinician, DataVocabulary } from '@lunajoy/models';

import type { CandidateCell, CandidateIndexKey, Snapshot, SnapshotLabels } from '../types';
import { buildCandidateCell } from './candidate-cells';
import { candidateIndexKey, resolveClinicians } from './candidate-index';
import { compareIds } from './compare-ids';

/** What a snapshot is built from. */
export interface SnapshotInput {
  /** the data version, part of every cache key */
  version: string;
  clinicians: readonly Clinician[];
  vocabulary: DataVocabulary;
}

function labelMap(entries: DataVocabulary['specialties']): ReadonlyMap<string, string> {
  return new Map(entries.map((entry) => [entry.value, entry.label]));
}

function buildLabels(vocabulary: DataVocabulary): SnapshotLabels {
  return {
    specialties: labelMap(vocabulary.specialties),
    insurers: labelMap(vocabulary.insurers),
    languages: labelMap(vocabulary.languages),
  };
}

function pushTo<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else list.push(id);
}

/**
 * Indexes every clinician under each (licence state, appointment type) pair it has. The id index
 * keeps inactive and full clinicians too; each cell also holds the lists with the
 * clinician-only filters applied, and the counts an empty answer needs to say which filter
 * emptied it. Throws on a duplicate id, which would otherwise make the ranking depend on input
 * order.
 */
export function buildSnapshot(input: SnapshotInput): Snapshot {
  const sorted = [...input.clinicians].sort((a, b) => compareIds(a.id, b.id));
  const clinicians = new Map<string, Clinician>();
  const candidateIndex = new Map<CandidateIndexKey, string[]>();
  const byAppointmentType = new Map<AppointmentType, string[]>();

  // Ids are visited in ascending order, so every list below comes out sorted.
  for (const clinician of sorted) {
    if (clinicians.has(clinician.id)) throw new Error(`duplicate clinician id ${clinician.id}`);
    clinicians.set(clinician.id, clinician);

    const types = new Set(clinician.appointmentTypes);
    for (const type of types) pushTo(byAppointmentType, type, clinician.id);
    for (const state of new Set(clinician.licenseStates)) {
      for (const type of types)
        pushTo(candidateIndex, candidateIndexKey(state, type), clinician.id);
    }
  }

  const partial = { clinicians, candidateIndex };
  const cells = new Map<CandidateIndexKey, CandidateCell>();
  for (const [key, ids] of candidateIndex) {
    cells.set(key, buildCandidateCell(resolveClinicians(partial, ids)));
  }

  const anyStateCells = new Map<AppointmentType, CandidateCell>();
  for (const [type, ids] of byAppointmentType) {
    anyStateCells.set(type, buildCandidateCell(resolveClinicians(partial, ids)));
  }

  return {
    version: input.version,
    vocabulary: input.vocabulary,
    clinicians,
    clinicianIds: sorted.map((clinician) => clinician.id),
    candidateIndex,
    cells,
    byAppointmentType,
    anyStateCells,
    labels: buildLabels(input.vocabulary),
  };
}

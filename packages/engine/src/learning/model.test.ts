import { fixedClock } from '@lunajoy/models';

import { trainModel, type TrainingInput } from './model';
import { deserialiseModel, serialiseModel } from './model-serialisation';
import { interactionsFrom, makePatient } from './testing/patient.fixture';

const patients = [
  ...['a1', 'a2', 'a3'].map((id) => makePatient({ id, age: '18-24', needs: ['anxiety'] })),
  ...['b1', 'b2'].map((id) =>
    makePatient({ id, age: '65+', needs: ['grief'], appointment: 'medication' }),
  ),
  makePatient({ id: 'anon', age: '65+', registration: 'anonymous' }),
];
const interactions = interactionsFrom([
  ['a1', 'c1', 'booked'],
  ['a1', 'c2', 'booked'],
  ['a2', 'c1', 'booked'],
  ['a2', 'c2', 'contacted'],
  ['a3', 'c1', 'contacted'],
  ['a3', 'c2', 'viewed'],
  ['b1', 'c3', 'booked'],
  ['b2', 'c3', 'contacted'],
]);
const input: TrainingInput = {
  patients,
  interactions,
  clinicians: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }],
  vocabulary: { specialties: ['anxiety', 'grief'], therapyGoals: [] },
  params: { clusterCount: 2, seed: 5 },
  clock: fixedClock(Date.UTC(2025, 0, 2, 3, 4, 5)),
};

describe('trainModel', () => {
  it('trains labelled clusters with favourites and neighbourhoods', () => {
    const model = trainModel(input);
    const young = model.clusters.find((c) => c.label.includes('18–24'));
    const old = model.clusters.find((c) => c.label.includes('65+'));

    expect(model.clusters.map((c) => c.size).sort()).toEqual([2, 3]);
    expect(young?.favourites.map((f) => f.clinicianId)).toEqual(['c1', 'c2']);
    expect(old?.favourites).toEqual([{ clinicianId: 'c3', score: 1 }]);
    expect(model.neighbours.get('a1')?.map((n) => n.id)).toEqual(['a2', 'a3']);
    expect(model.trainedAt).toBe(Date.UTC(2025, 0, 2, 3, 4, 5));
    expect(model.version).toMatch(/^20250102T030405-[0-9a-f]{8}$/);
  });

  it('is deterministic, version included, and the version follows the content', () => {
    const again = trainModel({ ...input, interactions: [...interactions].reverse() });
    const other = trainModel({ ...input, interactions: interactions.slice(1) });

    expect(serialiseModel(again)).toEqual(serialiseModel(trainModel(input)));
    expect(other.version).not.toBe(again.version);
  });

  it('reports progress by stage', () => {
    const stages = new Set<string>();
    trainModel({ ...input, onProgress: (p) => stages.add(p.stage) });

    expect([...stages]).toEqual(['clusters', 'matrix', 'favourites', 'neighbourhoods']);
  });

  it('survives a JSON round trip', () => {
    const model = trainModel(input);
    const restored = deserialiseModel(JSON.parse(JSON.stringify(serialiseModel(model))));

    expect(restored).toEqual(model);
  });

  it('trains an empty model from nothing', () => {
    const model = trainModel({ ...input, patients: [], interactions: [] });

    expect(model.clusters).toEqual([]);
    expect(model.neighbours.size).toBe(0);
  });
});

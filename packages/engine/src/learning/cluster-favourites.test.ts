import { clusterFavourites } from './cluster-favourites';
import { InteractionMatrix } from './interaction-matrix';
import { interactionsFrom } from './testing/patient.fixture';

describe('clusterFavourites', () => {
  const matrix = InteractionMatrix.fromInteractions(
    interactionsFrom([
      ['a1', 'X', 'booked'],
      ['a2', 'X', 'contacted'],
      ['a2', 'X', 'booked'],
      ['a3', 'Y', 'contacted'],
      ['a3', 'Z', 'contacted'],
      ['a1', 'W', 'booked'],
      ['a1', 'W', 'rejected'],
      ['a2', 'V', 'clicked'],
      ['b1', 'Y', 'booked'],
      ['b1', 'gone', 'booked'],
    ]),
  );
  const assignments = new Map([
    ['a1', 0],
    ['a2', 0],
    ['a3', 0],
    ['b1', 1],
  ]);
  const known = new Set(['V', 'W', 'X', 'Y', 'Z']);

  it('scores booked 1.0 and contacted 0.7 once per patient, normalised to the top one', () => {
    const [first, second] = clusterFavourites(matrix, assignments, 3, {
      limit: 30,
      clinicianIds: known,
    });

    expect(first).toEqual([
      { clinicianId: 'X', score: 1 },
      { clinicianId: 'Y', score: 0.35 },
      { clinicianId: 'Z', score: 0.35 },
    ]);
    expect(second).toEqual([{ clinicianId: 'Y', score: 1 }]);
  });

  it('keeps the top N and gives an empty cluster no favourites', () => {
    const favourites = clusterFavourites(matrix, assignments, 3, { limit: 2 });

    expect(favourites[0]?.map((f) => f.clinicianId)).toEqual(['X', 'Y']);
    expect(favourites[1]?.map((f) => f.clinicianId)).toEqual(['Y', 'gone']);
    expect(favourites[2]).toEqual([]);
  });
});

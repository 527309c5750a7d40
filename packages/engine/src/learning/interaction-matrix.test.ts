import type { InteractionAction } from '@lunajoy/models';

import { combineRatings } from './action-ratings';
import { InteractionMatrix } from './interaction-matrix';
import { interactionsFrom } from './testing/patient.fixture';

const ratingAfter = (actions: InteractionAction[]) =>
  InteractionMatrix.fromInteractions(interactionsFrom(actions.map((a) => ['u', 'c', a]))).ratingOf(
    'u',
    'c',
  );

describe('InteractionMatrix', () => {
  it.each<[InteractionAction[], number]>([
    [['booked'], 1],
    [['contacted'], 0.7],
    [['clicked'], 0.4],
    [['viewed'], 0.2],
    [['ignored'], 0],
    [['rejected'], -1],
    [['viewed', 'clicked', 'booked'], 1],
    [['booked', 'viewed'], 1],
    [['ignored', 'viewed'], 0.2],
    [['booked', 'rejected'], -1],
    [['rejected', 'booked'], -1],
    [['contacted', 'rejected', 'viewed'], -1],
  ])('rates %j as %d (strongest signal, a rejection overrides)', (actions, rating) => {
    expect(ratingAfter(actions)).toBe(rating);
  });

  it('keeps one sorted row per patient and leaves unrated pairs undefined', () => {
    const matrix = InteractionMatrix.fromInteractions(
      interactionsFrom([
        ['p2', 'c3', 'viewed'],
        ['p1', 'c2', 'booked'],
        ['p1', 'c1', 'clicked'],
        ['p1', 'c2', 'viewed'],
      ]),
    );

    expect(matrix.patientIds).toEqual(['p1', 'p2']);
    expect(matrix.clinicianIds).toEqual(['c1', 'c2', 'c3']);
    expect(matrix.entryCount).toBe(3);
    expect([...matrix.ratingsOf('p1')]).toEqual([
      ['c1', 0.4],
      ['c2', 1],
    ]);
    expect(matrix.ratingOf('p2', 'c1')).toBeUndefined();
    expect(matrix.ratingOf('nobody', 'c1')).toBeUndefined();
    expect(matrix.interactionCount('p1')).toBe(2);
  });

  it('builds the clinician → raters view with row norms', () => {
    const matrix = InteractionMatrix.fromInteractions(
      interactionsFrom([
        ['p1', 'c1', 'booked'],
        ['p2', 'c1', 'rejected'],
        ['p2', 'c2', 'contacted'],
      ]),
    );
    const index = matrix.raterIndex();

    expect([...index.colStart]).toEqual([0, 2, 3]);
    expect([...index.raterRows]).toEqual([0, 1, 1]);
    expect([...index.raterRatings]).toEqual([1, -1, 0.7]);
    expect(index.rowNorms[1]).toBeCloseTo(Math.sqrt(1.49));
  });

  it('reflects an upserted interaction at once and leaves the original matrix alone', () => {
    const before = InteractionMatrix.fromInteractions(interactionsFrom([['p1', 'c1', 'viewed']]));
    const after = before.upsertRating('p1', 'c1', 'booked').upsertRating('p9', 'new', 'contacted');

    expect(after.ratingOf('p1', 'c1')).toBe(1);
    expect(after.ratingOf('p9', 'new')).toBe(0.7);
    expect(after.clinicianIds).toEqual(['c1', 'new']);
    expect(before.ratingOf('p1', 'c1')).toBe(0.2);
    expect(before.ratingOf('p9', 'new')).toBeUndefined();
  });

  it("rebuilds one row from the patient's interactions with the same rules", () => {
    const matrix = InteractionMatrix.fromInteractions(interactionsFrom([['p1', 'c1', 'viewed']]));
    const rebuilt = matrix.withPatientRow(
      'p1',
      interactionsFrom([
        ['p1', 'c2', 'booked'],
        ['p1', 'c2', 'rejected'],
        ['p1', 'c3', 'clicked'],
        ['p2', 'c1', 'booked'],
      ]),
    );

    expect([...rebuilt.ratingsOf('p1')]).toEqual([
      ['c2', -1],
      ['c3', 0.4],
    ]);
    expect(rebuilt.ratingOf('p2', 'c1')).toBeUndefined();
  });
});

describe('combineRatings', () => {
  it('takes the first rating as is', () => {
    expect(combineRatings(undefined, 0)).toBe(0);
  });
});

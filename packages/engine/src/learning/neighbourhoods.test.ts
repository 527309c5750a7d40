import type { InteractionAction } from '@lunajoy/models';

import { createCollaborativePredictor } from './collaborative-predictor';
import { InteractionMatrix } from './interaction-matrix';
import {
  computeNeighbourhoods,
  DEFAULT_NEIGHBOURHOOD_PARAMS,
  findNeighbours,
  type NeighbourhoodParams,
} from './neighbourhoods';
import { interactionsFrom } from './testing/patient.fixture';

type Row = [string, string, InteractionAction];

/** u booked A and B; three patients who also booked A and B all booked X; one booked Y. */
const table: Row[] = [
  ['u', 'A', 'booked'],
  ['u', 'B', 'booked'],
  ['u', 'C', 'viewed'],
  ...['n1', 'n2', 'n3'].flatMap((n): Row[] => [
    [n, 'A', 'booked'],
    [n, 'B', 'contacted'],
    [n, 'X', 'booked'],
  ]),
  ['m1', 'A', 'viewed'],
  ['m1', 'C', 'viewed'],
  ['m1', 'Y', 'booked'],
  ['zero', 'A', 'ignored'],
  ['zero', 'B', 'ignored'],
  ['zero', 'C', 'ignored'],
  ['rejecter', 'A', 'rejected'],
  ['lonely', 'Q', 'booked'],
  ['lonely', 'R', 'booked'],
];

const params = (overrides: Partial<NeighbourhoodParams> = {}): NeighbourhoodParams => ({
  ...DEFAULT_NEIGHBOURHOOD_PARAMS,
  ...overrides,
});

const setup = (rows: Row[] = table, p = params()) => {
  const matrix = InteractionMatrix.fromInteractions(interactionsFrom(rows));
  const neighbours = computeNeighbourhoods(matrix, p);
  return { matrix, neighbours, predictor: createCollaborativePredictor(matrix, neighbours) };
};

describe('computeNeighbourhoods', () => {
  it('finds the patients who share at least two clinicians, most similar first, ties by id', () => {
    const { neighbours } = setup();
    const ids = neighbours.get('u')?.map((n) => n.id);

    expect(ids).toEqual(['n1', 'n2', 'n3', 'm1']);
    const [first, , , last] = neighbours.get('u') ?? [];
    // u = (A 1, B 1, C 0.2), n1 = (A 1, B 0.7, X 1): cos = 1.7 ÷ (√2.04 × √2.49)
    expect(first?.similarity).toBeCloseTo(1.7 / (Math.sqrt(2.04) * Math.sqrt(2.49)), 10);
    expect(last?.similarity).toBeCloseTo(0.24 / (Math.sqrt(2.04) * Math.sqrt(1.08)), 10);
  });

  it.each([
    ['an all-zero patient', 'zero'],
    ['a patient whose only interaction is a rejection', 'rejecter'],
    ['a patient with nobody sharing two clinicians', 'lonely'],
  ])('gives %s no neighbours', (_, userId) => {
    const { neighbours } = setup();

    expect(neighbours.has(userId)).toBe(false);
  });

  it('keeps only the k most similar', () => {
    const { neighbours } = setup(table, params({ neighbourCount: 2 }));

    expect(neighbours.get('u')?.map((n) => n.id)).toEqual(['n1', 'n2']);
  });

  it('finds the same neighbours with exact similarities when popular clinicians are sampled', () => {
    const crowd: Row[] = Array.from({ length: 40 }, (_, i): Row[] => [
      [`p${String(i).padStart(2, '0')}`, 'A', i % 3 === 0 ? 'booked' : 'viewed'],
      [`p${String(i).padStart(2, '0')}`, i % 2 === 0 ? 'B' : 'C', 'contacted'],
    ]).flat();
    const full = setup(crowd, params({ maxRatersPerClinician: 1000 })).neighbours;
    const sampled = setup(crowd, params({ maxRatersPerClinician: 5 })).neighbours;

    for (const [userId, list] of sampled) {
      const exact = new Map(full.get(userId)?.map((n) => [n.id, n.similarity]));
      for (const n of list) expect(n.similarity).toBeCloseTo(exact.get(n.id) ?? NaN, 12);
    }
    expect(sampled.size).toBeGreaterThan(0);
  });
});

describe('createCollaborativePredictor', () => {
  it("ranks the clinician all of a patient's neighbours booked first", () => {
    const { predictor } = setup();
    const predictions = predictor.predictAll('u', ['Y', 'X', 'Z']);
    const ranked = [...predictions].sort((a, b) => b[1] - a[1]).map(([id]) => id);

    expect(ranked).toEqual(['X', 'Y']);
    expect(predictions.get('X')).toBe(1);
    expect(predictor.predict('u', 'X')).toBe(1);
    expect(predictions.has('Z')).toBe(false);
  });

  it('predicts Σ(sim × rating) ÷ Σ|sim| over the neighbours who rated the clinician', () => {
    const { predictor, neighbours } = setup();
    const sims = new Map(neighbours.get('u')?.map((n) => [n.id, n.similarity]));
    const expected = ((sims.get('n1') ?? 0) * 0.7 * 3) / ((sims.get('n1') ?? 0) * 3);

    expect(predictor.predict('u', 'B')).toBeCloseTo(expected, 12);
    expect(predictor.predictAll('u', ['B']).get('B')).toBeCloseTo(expected, 12);
  });

  it.each(['zero', 'rejecter', 'nobody'])('makes no prediction for %s', (userId) => {
    const { predictor } = setup();

    expect(predictor.predict(userId, 'X')).toBeNull();
    expect(predictor.predictAll(userId, ['A', 'B', 'X']).size).toBe(0);
  });

  it('clips a prediction from neighbours who rejected the clinician to 0', () => {
    const rows: Row[] = [
      ['u', 'A', 'booked'],
      ['u', 'B', 'booked'],
      ['n', 'A', 'booked'],
      ['n', 'B', 'booked'],
      ['n', 'X', 'rejected'],
    ];
    const { predictor } = setup(rows);

    expect(predictor.predict('u', 'X')).toBe(0);
  });

  it("sees new interactions at once: a neighbour's (changing its similarity), a newcomer's first", () => {
    const base = setup();
    const matrix = base.matrix.upsertRating('n1', 'Z', 'booked').withPatientRow(
      'newcomer',
      interactionsFrom([
        ['newcomer', 'A', 'booked'],
        ['newcomer', 'B', 'contacted'],
      ]),
    );
    const predictor = createCollaborativePredictor(matrix, base.neighbours, (id) =>
      findNeighbours(matrix, id),
    );

    expect(predictor.predict('u', 'Z')).toBe(1);
    expect(predictor.neighboursOf('newcomer').map((n) => n.id)).toEqual(['u', 'n2', 'n3', 'n1']);
    expect(predictor.predict('newcomer', 'X')).toBe(1);
  });
});

import { fixedClock } from '@lunajoy/models';

import { makeInteraction, makePatient } from '../learning/testing/patient.fixture';
import { makeClinician, TEST_NOW, TEST_VOCABULARY } from '../testing/clinician.fixture';
import { evaluateStrategies, type EvaluationInput } from './evaluate-strategies';

const at = (minute: number) => TEST_NOW - 60_000 * (100 - minute);

// Four clinicians the content score cannot tell apart. p's latest booking (e2) and q's (e3) are
// held out; training keeps p: e1 booked; q: e2 booked; r: e4 booked, e2 contacted. Popularity in
// training is e2 17 tenths, e1 and e4 10, e3 0.
const input: EvaluationInput = {
  clinicians: ['e1', 'e2', 'e3', 'e4'].map((id) => makeClinician({ id, fullName: id })),
  patients: ['p', 'q', 'r'].map((id) => makePatient({ id, age: '25-34', needs: ['anxiety'] })),
  interactions: [
    makeInteraction('p', 'e1', 'booked', at(1)),
    makeInteraction('p', 'e2', 'booked', at(5)),
    makeInteraction('q', 'e2', 'booked', at(1)),
    makeInteraction('q', 'e3', 'viewed', at(1)),
    makeInteraction('q', 'e3', 'booked', at(2)),
    makeInteraction('r', 'e4', 'booked', at(1)),
    makeInteraction('r', 'e2', 'contacted', at(2)),
  ],
  vocabulary: TEST_VOCABULARY,
  clock: fixedClock(TEST_NOW),
  seed: 3,
};

describe('evaluateStrategies', () => {
  const report = evaluateStrategies(input);

  it('holds out one booking per patient with two and ranks each of them', () => {
    expect(report).toMatchObject({ heldOut: 2, evaluated: 2, unreachable: 0 });
  });

  it.each([
    // p: e2 first; q: e1, e4 (tie by id), then e3 third
    ['popularity', { ndcg_at_10: 0.75, recall_at_10: 1, mrr: 0.6667, coverage: 1 }],
    // equal content, so by id: p: e2 first; q: e1, e3 second
    ['anonymous', { ndcg_at_10: 0.8155, recall_at_10: 1, mrr: 0.75, coverage: 1 }],
    // one cluster; its favourites e2 (1), e1 and e4 (10/17) are boosted: the popularity order
    ['basic', { ndcg_at_10: 0.75, recall_at_10: 1, mrr: 0.6667, coverage: 1 }],
    // nobody has three rated clinicians, so complete falls back to basic for both
    ['complete', { ndcg_at_10: 0.75, recall_at_10: 1, mrr: 0.6667, coverage: 1 }],
  ] as const)('scores %s exactly', (name, expected) => {
    expect(report.strategies[name]).toEqual(expected);
    expect(report.completeFallbacks).toBe(2);
  });

  it('gives a seeded random baseline that repeats for the same seed', () => {
    const again = evaluateStrategies(input);

    expect(again.strategies.random).toEqual(report.strategies.random);
    expect(report.strategies.random.recall_at_10).toBe(1);
    expect(report.strategies.random.ndcg_at_10).toBeGreaterThanOrEqual(0.5);
  });
});

import { fixedClock, type Patient } from '@lunajoy/models';

import { InteractionMatrix } from '../learning/interaction-matrix';
import { trainModel } from '../learning/model';
import { interactionsFrom, makePatient } from '../learning/testing/patient.fixture';
import { buildSnapshot } from '../snapshot/build-snapshot';
import { makeClinician, TEST_NOW, TEST_VOCABULARY } from '../testing/clinician.fixture';
import type { MatchOptions, RegisteredMatchRequest } from '../types';
import { matchBasic, NO_CLUSTERS_WARNING } from './basic-tier';
import { matchComplete } from './complete-tier';

const clock = fixedClock(TEST_NOW);
const ids = ['t1', 't2', 't3', 't4', 't5', 't6'];
// Six clinicians alike in everything the content score sees, so only the tier's own signal
// (cluster favourites, collaborative predictions) can order them.
const snapshot = buildSnapshot({
  version: 'registered-test',
  clinicians: ids.map((id) => makeClinician({ id, fullName: `Clinician ${id}` })),
  vocabulary: TEST_VOCABULARY,
});
const sketch = { age: '25-34', experience: 'first_time', needs: ['anxiety'] } as const;
const patients: Patient[] = ['me', 'n1', 'n2', 'n3', 'two', 'newbie'].map((id) =>
  makePatient({ id, ...sketch, registration: 'complete' }),
);
// Everyone who booked t1 and t2 also booked t5; `me` booked t1 and t2 and looked at t3.
const interactions = interactionsFrom([
  ['me', 't1', 'booked'],
  ['me', 't2', 'booked'],
  ['me', 't3', 'viewed'],
  ...['n1', 'n2', 'n3'].flatMap((n): [string, string, 'booked'][] => [
    [n, 't1', 'booked'],
    [n, 't2', 'booked'],
    [n, 't5', 'booked'],
  ]),
  ['two', 't1', 'booked'],
  ['two', 't2', 'viewed'],
]);
const model = trainModel({
  patients,
  interactions,
  clinicians: [...snapshot.clinicians.values()],
  vocabulary: { specialties: ['anxiety', 'depression'], therapyGoals: [] },
  params: { clusterCount: 2, seed: 1 },
  clock,
});
const matrix = InteractionMatrix.fromInteractions(interactions);
const options: MatchOptions = { limit: 10, explain: true, includeBooked: false };

const request = (userId: string, overrides: Partial<RegisteredMatchRequest> = {}) => {
  const patient = patients.find((p) => p.id === userId)!;
  return {
    userId,
    preferences: patient.preferences!,
    profile: patient.profile,
    rejectedClinicianIds: new Set<string>(),
    bookedClinicianIds: new Set<string>(),
    ...overrides,
  };
};
const order = (result: { matches: { clinicianId: string }[] }) =>
  result.matches.map((m) => m.clinicianId);

describe('matchBasic', () => {
  const result = matchBasic(snapshot, request('newbie'), model, options, clock);

  // t1 was booked by five patients of the cluster, t2 by four, t5 by three: 1, 0.8, 0.6.
  it('boosts the cluster favourites by 1 + 0.15 × favourite score', () => {
    expect(order(result)).toEqual(['t1', 't2', 't5', 't3', 't4', 't6']);
    expect(result.matches.map((m) => m.boostsApplied.cluster_favourite ?? null)).toEqual([
      1.15,
      1.12,
      1.09,
      null,
      null,
      null,
    ]);
  });

  it('reports the cluster and says why a favourite is there', () => {
    expect(result.userClusterId).toBe(0);
    expect(result.clusterLabel).toBe('first-time, 25–34, anxiety');
    expect(result.strategy).toBe('cluster');
    expect(result.tier).toBe('basic');
    expect(result.matches[0]?.explanation?.primaryReasons).toContain(
      'Popular with patients like you',
    );
    expect(result.matches[3]?.explanation?.primaryReasons).not.toContain(
      'Popular with patients like you',
    );
  });

  it('adds the demographic component and divides every weight by 1.15', () => {
    expect(result.weightsUsed.demographic).toBeCloseTo(0.15 / 1.15, 12);
    expect(result.weightsUsed.availability).toBeCloseTo(0.25 / 1.15, 12);
    expect(result.matches[0]?.scoreComponents.demographic).toBeDefined();
  });

  it('ranks without a boost and says so when no model is trained', () => {
    const untrained = matchBasic(snapshot, request('newbie'), null, options, clock);

    expect(order(untrained)).toEqual(ids);
    expect(untrained.warnings).toContain(NO_CLUSTERS_WARNING);
    expect(untrained.userClusterId).toBeNull();
  });

  it.each([1, 2, 5, 6, 9])('honours limit %d exactly and keeps the list sorted', (limit) => {
    const limited = matchBasic(snapshot, request('newbie'), model, { ...options, limit }, clock);
    const scores = limited.matches.map((m) => m.matchScore);

    expect(limited.matches).toHaveLength(Math.min(limit, ids.length));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('never shows rejected clinicians and shows booked ones only when asked', () => {
    const own = request('newbie', {
      rejectedClinicianIds: new Set(['t1']),
      bookedClinicianIds: new Set(['t2']),
    });

    expect(order(matchBasic(snapshot, own, model, options, clock))).toEqual([
      't5',
      't3',
      't4',
      't6',
    ]);
    expect(
      order(matchBasic(snapshot, own, model, { ...options, includeBooked: true }, clock)),
    ).toEqual(['t2', 't5', 't3', 't4', 't6']);
  });
});

describe('matchComplete', () => {
  const learning = { model, matrix };
  const result = matchComplete(snapshot, request('me'), learning, options, clock);

  it("puts the clinician all of the patient's neighbours booked first", () => {
    expect(result.strategy).toBe('collaborative');
    expect(result.tier).toBe('complete');
    expect(order(result)).toEqual(['t5', 't3', 't4', 't6']);
    expect(result.matches[0]?.scoreComponents.collaborative).toBe(1);
    expect(result.matches[1]?.scoreComponents.collaborative).toBe(0);
  });

  it('blends 0.6 content with 0.4 collaborative and counts the predictions it returned', () => {
    const contentWeights = Object.entries(result.weightsUsed)
      .filter(([name]) => name !== 'collaborative')
      .reduce((sum, [, weight]) => sum + (weight ?? 0), 0);

    expect(result.weightsUsed.collaborative).toBe(0.4);
    expect(contentWeights).toBeCloseTo(0.6, 12);
    expect(result.collaborativePredictionsUsed).toBe(1);
    expect(result.matches[0]?.explanation?.primaryReasons).toContain(
      'Chosen by patients whose history is like yours',
    );
  });

  it('leaves out clinicians the history says were booked, unless asked, and rejected ones always', () => {
    const rejectedNow = { model, matrix: matrix.upsertRating('me', 't4', 'rejected') };
    const withBooked = matchComplete(
      snapshot,
      request('me'),
      rejectedNow,
      { ...options, includeBooked: true },
      clock,
    );

    // `two` only viewed t2, so its prediction is just below t5's.
    expect(order(withBooked)).toEqual(['t1', 't5', 't2', 't3', 't6']);
    expect(withBooked.collaborativePredictionsUsed).toBe(3);
  });

  it.each([
    ['too little history', 'two', /at least 3 clinicians .* \(you have 2\)/],
    ['no history at all', 'newbie', /at least 3 clinicians .* \(you have 0\)/],
  ])('falls back to the basic ranking with %s, and says why', (_, userId, reason) => {
    const fallback = matchComplete(snapshot, request(userId), learning, options, clock);

    expect(fallback.strategy).toBe('cluster_fallback');
    expect(fallback.tier).toBe('complete');
    expect(fallback.warnings.some((w) => reason.test(w))).toBe(true);
    expect(fallback.userClusterId).toBe(0);
    expect(fallback.weightsUsed.collaborative).toBeUndefined();
  });

  it('falls back when no neighbour shares two clinicians, and when history is not to be used', () => {
    const loner = {
      model,
      matrix: matrix.withPatientRow(
        'newbie',
        interactionsFrom([
          ['newbie', 't3', 'booked'],
          ['newbie', 't4', 'booked'],
          ['newbie', 't6', 'booked'],
        ]),
      ),
    };

    expect(matchComplete(snapshot, request('newbie'), loner, options, clock).warnings).toContain(
      'No patients with a history like yours were found yet, so this list is ranked on your profile and on patients like you instead.',
    );
    expect(
      matchComplete(snapshot, request('me'), learning, options, clock, undefined, false).strategy,
    ).toBe('cluster_fallback');
  });

  it("uses a new patient's fresh history at once", () => {
    const fresh = {
      model,
      matrix: matrix.withPatientRow(
        'newbie',
        interactionsFrom([
          ['newbie', 't1', 'booked'],
          ['newbie', 't2', 'contacted'],
          ['newbie', 't3', 'viewed'],
        ]),
      ),
    };
    const answer = matchComplete(snapshot, request('newbie'), fresh, options, clock);

    expect(answer.strategy).toBe('collaborative');
    expect(order(answer)[0]).toBe('t5');
  });

  it('falls back without a model', () => {
    const none = matchComplete(snapshot, request('me'), null, options, clock);

    expect(none.strategy).toBe('cluster_fallback');
    expect(none.userClusterId).toBeNull();
  });
});

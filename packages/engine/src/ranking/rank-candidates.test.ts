import { fixedClock } from '@lunajoy/models';
import { weightTableFor } from '@lunajoy/scoring';

import { demographicComponent } from '../scoring/demographic-component';
import { scoreCandidates } from '../scoring/score-candidates';
import { makePreferences, makeProfile, TEST_NOW } from '../testing/clinician.fixture';
import { handBuiltSnapshot } from '../testing/hand-built-world';
import type { ExtraBoost, RankRequest, ScoredCandidate, TierStrategy } from '../types';
import { rankCandidates } from './rank-candidates';

const clock = fixedClock(TEST_NOW);
const snapshot = handBuiltSnapshot();
const preferences = makePreferences({
  insuranceProvider: 'aetna',
  clinicalNeeds: ['anxiety', 'depression'],
  language: 'spanish',
  preferredTimeSlots: ['evening'],
  ageRange: '25-34',
});
const request = (overrides: Partial<RankRequest> = {}): RankRequest => ({
  preferences,
  profile: null,
  options: { limit: 10, explain: true, includeBooked: false },
  ...overrides,
});
const anonymous: TierStrategy = {
  tier: 'anonymous',
  strategy: 'content',
  weights: weightTableFor('flexible', { registered: false }),
};
const ids = (result: { matches: { clinicianId: string }[] }) =>
  result.matches.map((match) => match.clinicianId);

describe('rankCandidates', () => {
  it('adds a tier component with its weight (the demographic component of a basic tier)', () => {
    const basic: TierStrategy = {
      tier: 'basic',
      strategy: 'cluster',
      weights: weightTableFor('flexible', { registered: true }),
      extraComponents: [demographicComponent],
    };
    const profile = makeProfile({ ageRange: '25-34' });
    const result = rankCandidates(snapshot, request({ profile }), basic, clock);
    const first = result.matches[0];

    // No success rates known: specialties 0.7·1 + 0.3·0.5 = 0.85; demographic (0.5 + 1) / 2.
    expect(first?.scoreComponents).toEqual({
      availability: 0.8,
      insurance: 1,
      specialties: 0.85,
      preferences: 1,
      loadBalance: 0.75,
      demographic: 0.75,
    });
    // (.25·.8 + .25 + .25·.85 + .15·.75 + .10 + .15·.75) / 1.15 = .9875 / 1.15 = .858695…
    expect(first?.matchScore).toBe(0.8587);
    expect(result.weightsUsed.demographic).toBeCloseTo(0.15 / 1.15, 12);
    expect(result.tier).toBe('basic');
    expect(result.strategy).toBe('cluster');
  });

  it('applies a tier boost and lets it explain itself', () => {
    const favourite: ExtraBoost = {
      name: 'cluster_favourite',
      multiplier: (clinician) => (clinician.id === 'c-b' ? 2 : null),
      explain: () => [{ kind: 'reason', text: 'Popular with patients like you', priority: 1 }],
    };
    const result = rankCandidates(
      snapshot,
      request(),
      { ...anonymous, extraBoosts: [favourite] },
      clock,
    );
    const ben = result.matches.find((match) => match.clinicianId === 'c-b');

    // .4 × 1.1 × 2
    expect(ben?.matchScore).toBe(0.88);
    expect(ben?.boostsApplied).toEqual({ new_clinician: 1.1, cluster_favourite: 2 });
    expect(ben?.explanation?.primaryReasons[0]).toBe('Popular with patients like you');
    expect(ids(result)).toEqual(['c-a', 'c-a2', 'c-b', 'c-c']);
  });

  it.each([
    [
      'a selector that picks fewer is topped up in rank order',
      (r: readonly ScoredCandidate[]) => [r[3]!],
      3,
      ['c-a', 'c-a2', 'c-b'],
    ],
    [
      'a selector’s choice is shown sorted by score',
      (r: readonly ScoredCandidate[]) => [r[3]!, r[2]!],
      2,
      ['c-c', 'c-b'],
    ],
    [
      'a selector that picks too many is cut to limit',
      (r: readonly ScoredCandidate[]) => [...r].reverse(),
      2,
      ['c-c', 'c-b'],
    ],
  ])('%s', (_case, selectMatches, limit, expected) => {
    const result = rankCandidates(
      snapshot,
      request({ options: { limit, explain: false, includeBooked: false } }),
      { ...anonymous, selectMatches },
      clock,
    );
    expect(ids(result)).toEqual(expected);
    expect(result.matches.map((match) => match.rankPosition)).toEqual(
      expected.map((_, i) => i + 1),
    );
  });

  it('never shows rejected clinicians and leaves booked ones out unless asked', () => {
    const rejectedIds = new Set(['c-a']);
    const bookedIds = new Set(['c-a2']);
    const without = rankCandidates(snapshot, request({ rejectedIds, bookedIds }), anonymous, clock);
    expect(ids(without)).toEqual(['c-c', 'c-b']);

    const options = { limit: 10, explain: false, includeBooked: true };
    const withBooked = rankCandidates(
      snapshot,
      request({ rejectedIds, bookedIds, options }),
      anonymous,
      clock,
    );
    expect(ids(withBooked)).toEqual(['c-a2', 'c-c', 'c-b']);
  });

  it('suggests including booked clinicians when they are all that is left', () => {
    const bookedIds = new Set(['c-a', 'c-a2', 'c-b', 'c-c']);
    const result = rankCandidates(snapshot, request({ bookedIds }), anonymous, clock);
    expect(result.matches).toEqual([]);
    expect(result.message).toBe(
      'Every clinician in CA who could see you for therapy is one you already booked. See the suggestions for what would find matches.',
    );
    expect(result.suggestions).toEqual([
      {
        field: 'appointment_type',
        message: 'No clinicians in CA can see you for therapy right now; 1 can for medication',
        additionalMatches: 1,
      },
      {
        field: 'age_range',
        message: '1 clinician in CA offers therapy but not to adults (25–64)',
        additionalMatches: 1,
      },
      {
        field: 'include_booked',
        message:
          '4 clinicians you already booked would match; ask with include_booked=true to see them',
        additionalMatches: 4,
      },
      {
        field: 'state',
        message: '4 clinicians licensed in other states offer therapy',
        additionalMatches: 4,
      },
    ]);
    expect(result.crisisResources).not.toBeNull();
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses a limit of %p', (limit) => {
    const options = { limit, explain: false, includeBooked: false };
    expect(() => rankCandidates(snapshot, request({ options }), anonymous, clock)).toThrow(
      RangeError,
    );
  });

  it('refuses weights that name a component no one computes', () => {
    const registered = { ...anonymous, weights: weightTableFor('flexible', { registered: true }) };
    expect(() => rankCandidates(snapshot, request(), registered, clock)).toThrow(/demographic/);
  });
});

describe('scoreCandidates', () => {
  it('scores every eligible candidate, ranked, reading the clock once', () => {
    let reads = 0;
    const counting = { now: () => ((reads += 1), TEST_NOW) };
    const pool = scoreCandidates(snapshot, preferences, null, anonymous.weights, counting);

    expect(reads).toBe(1);
    expect(pool.candidates.map((candidate) => [candidate.clinician.id, candidate.score])).toEqual([
      ['c-a', 0.9125],
      ['c-a2', 0.9125],
      ['c-c', 0.588],
      ['c-b', 0.44],
    ]);
    expect(pool.candidates[2]?.weightedScore).toBeCloseTo(0.84, 12);
    expect(pool.filtering.eligible).toHaveLength(4);
  });
});

import {
  AGE_RANGES,
  fixedClock,
  INTERACTION_ACTIONS,
  THERAPY_EXPERIENCE,
  type Interaction,
  type Patient,
} from '@lunajoy/models';
import { combineScore } from '@lunajoy/scoring';

import { applyHardFilters } from '../filters/apply-hard-filters';
import { toFilterRequest } from '../filters/filter-request';
import { InteractionMatrix } from '../learning/interaction-matrix';
import { trainModel } from '../learning/model';
import { buildSnapshot } from '../snapshot/build-snapshot';
import { compareIds } from '../snapshot/compare-ids';
import { seededRandom } from '../testing/seeded-random';
import {
  SYNTHETIC_NEEDS,
  syntheticClinicians,
  syntheticRequests,
  syntheticVocabulary,
} from '../testing/synthetic-data';
import type { MatchResult, RegisteredMatchRequest } from '../types';
import { matchBasic } from './basic-tier';
import { matchComplete, predictorFor } from './complete-tier';

// Components are reported to 4 decimals, so a score recombined from them may differ from the
// reported one (computed unrounded) by one unit in the fourth decimal.
const RECOMBINED_TOLERANCE = 1e-4 + 1e-9;

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);
const clock = fixedClock(NOW);
const random = seededRandom(29);
const clinicians = syntheticClinicians(300, 5, NOW);
const snapshot = buildSnapshot({ version: 's', clinicians, vocabulary: syntheticVocabulary() });

const patients: Patient[] = syntheticRequests(200, 17).map((preferences, i) => {
  const ageRange = random.pick(AGE_RANGES);
  return {
    id: `p${String(i).padStart(3, '0')}`,
    registrationType: 'complete',
    preferences: { ...preferences, ageRange },
    profile: {
      ageRange,
      gender: null,
      therapyExperience: random.pick(THERAPY_EXPERIENCE),
      therapyGoals: random.sample(['sleep', 'coping', 'focus'], random.int(0, 2)),
    },
    createdAt: null,
  };
});
// Each patient interacts with clinicians of their own state, as a real patient would.
const interactions: Interaction[] = patients.flatMap((patient, p) => {
  const local = clinicians.filter((c) => c.licenseStates.includes(patient.preferences!.state));
  return Array.from({ length: random.int(0, 12) }, (_, k) => ({
    id: `i${p}-${k}`,
    userId: patient.id,
    clinicianId: random.pick(local.length > 0 ? local : clinicians).id,
    sessionId: null,
    action: random.pick(INTERACTION_ACTIONS),
    timestamp: NOW - k * 1000,
  }));
});
const model = trainModel({
  patients,
  interactions,
  clinicians,
  vocabulary: { specialties: SYNTHETIC_NEEDS, therapyGoals: ['coping', 'focus', 'sleep'] },
  clock,
});
const matrix = InteractionMatrix.fromInteractions(interactions);
const learning = { model, matrix, predictor: predictorFor(model, matrix) };

const cases = patients.map((patient) => {
  const ratings = matrix.ratingsOf(patient.id);
  const request: RegisteredMatchRequest = {
    userId: patient.id,
    preferences: patient.preferences!,
    profile: patient.profile,
    rejectedClinicianIds: new Set([...ratings].filter(([, r]) => r === -1).map(([id]) => id)),
    bookedClinicianIds: new Set([...ratings].filter(([, r]) => r === 1).map(([id]) => id)),
  };
  const options = {
    limit: random.int(1, 50),
    explain: random.chance(0.5),
    includeBooked: random.chance(0.3),
  };
  const results: MatchResult[] = [
    matchBasic(snapshot, request, model, options, clock),
    matchComplete(snapshot, request, learning, options, clock),
  ];
  return { request, options, results };
});
const every = cases.flatMap(({ request, options, results }) =>
  results.map((result) => ({ request, options, result })),
);

describe('registered tiers over generated patients', () => {
  it('exercise both collaborative and fallback answers', () => {
    const strategies = new Set(every.map(({ result }) => result.strategy));

    expect([...strategies].sort()).toEqual(['cluster', 'cluster_fallback', 'collaborative']);
  });

  it('return only clinicians past the hard filters, never rejected, booked only when asked', () => {
    const violations = every.filter(({ request, options, result }) => {
      const eligible = applyHardFilters(
        snapshot,
        toFilterRequest(request.preferences, request.profile, {
          rejectedIds: request.rejectedClinicianIds,
          bookedIds: request.bookedClinicianIds,
          includeBooked: options.includeBooked,
        }),
      ).eligible.map((c) => c.id);
      return (
        result.totalMatches !== eligible.length ||
        result.matches.some((m) => !eligible.includes(m.clinicianId))
      );
    });

    expect(violations).toEqual([]);
  });

  it('honour limit exactly and sort by score, ties by id, ranks from 1', () => {
    const violations = every.filter(({ options, result }) => {
      const sorted = result.matches.every((m, i) => {
        const next = result.matches[i + 1];
        const ordered =
          !next ||
          m.matchScore > next.matchScore ||
          (m.matchScore === next.matchScore && compareIds(m.clinicianId, next.clinicianId) < 0);
        return ordered && m.rankPosition === i + 1;
      });
      return !sorted || result.matches.length !== Math.min(options.limit, result.totalMatches);
    });

    expect(violations).toEqual([]);
  });

  it('report scores that are their weighted components times their boosts', () => {
    const violations = every.flatMap(({ result }) =>
      result.matches.filter(
        (m) =>
          Math.abs(
            m.matchScore - combineScore(m.scoreComponents, result.weightsUsed, m.boostsApplied),
          ) > RECOMBINED_TOLERANCE,
      ),
    );

    expect(violations).toEqual([]);
  });

  it('count collaborative predictions only among the returned matches', () => {
    for (const { result } of every) {
      expect(result.collaborativePredictionsUsed).toBeGreaterThanOrEqual(0);
      expect(result.collaborativePredictionsUsed).toBeLessThanOrEqual(result.matches.length);
      if (result.strategy === 'cluster_fallback') expect(result.warnings.length).toBeGreaterThan(0);
    }
  });

  it('give the same answer to the same request', () => {
    const differing = cases.slice(0, 60).filter(({ request, options, results }) => {
      const again = matchComplete(snapshot, request, learning, options, clock);
      return JSON.stringify(again) !== JSON.stringify(results[1]);
    });

    expect(differing).toEqual([]);
  });
});

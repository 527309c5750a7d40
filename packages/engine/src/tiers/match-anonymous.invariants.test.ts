import {
  AGE_GROUP_OF_RANGE,
  APPOINTMENT_TYPES,
  fixedClock,
  type Clinician,
  type PatientPreferences,
} from '@lunajoy/models';
import { combineScore, roundScore } from '@lunajoy/scoring';

import { seededRandom } from '../testing/seeded-random';
import {
  syntheticClinicians,
  syntheticRequests,
  syntheticVocabulary,
} from '../testing/synthetic-data';
import { buildSnapshot } from '../snapshot/build-snapshot';
import { compareIds } from '../snapshot/compare-ids';
import type { MatchResult } from '../types';
import { matchAnonymous } from './match-anonymous';

// Components are reported to 4 decimals, so a score recombined from them may differ from the
// reported one (computed unrounded) by one unit in the fourth decimal.
const RECOMBINED_TOLERANCE = 1e-4 + 1e-9;

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);
const clock = fixedClock(NOW);
const clinicians = syntheticClinicians(400, 7, NOW);
const snapshot = buildSnapshot({
  version: 'synthetic',
  clinicians,
  vocabulary: syntheticVocabulary(),
});
const limits = seededRandom(11);
const cases = syntheticRequests(500, 13).map((preferences) => ({
  preferences,
  options: { limit: limits.int(1, 50), explain: limits.chance(0.7), includeBooked: false },
}));

// Brute force over every clinician, written independently of the engine's filters.
const canSee = (clinician: Clinician, prefs: PatientPreferences, ignore: string | null = null) =>
  clinician.activeStatus &&
  (ignore === 'state' || clinician.licenseStates.includes(prefs.state)) &&
  (ignore === 'appointment_type' || clinician.appointmentTypes.includes(prefs.appointmentType)) &&
  clinician.acceptingNewPatients &&
  (clinician.maxPatientCapacity ?? 0) > 0 &&
  clinician.currentPatientCount < (clinician.maxPatientCapacity ?? 0) &&
  (ignore === 'age_range' ||
    prefs.ageRange === null ||
    clinician.ageGroupsServed.includes(AGE_GROUP_OF_RANGE[prefs.ageRange]));

const results: [PatientPreferences, MatchResult][] = cases.map(({ preferences, options }) => [
  preferences,
  matchAnonymous(snapshot, preferences, options, clock),
]);

describe('matchAnonymous over generated requests', () => {
  it('exercises full, partial and empty answers', () => {
    const empty = results.filter(([, result]) => result.totalMatches === 0).length;
    expect(empty).toBeGreaterThan(5);
    expect(results.length - empty).toBeGreaterThan(400);
  });

  it('returns only clinicians who pass every hard filter', () => {
    const violations = results.flatMap(([prefs, result]) =>
      result.matches
        .filter((match) => !canSee(snapshot.clinicians.get(match.clinicianId) as Clinician, prefs))
        .map((match) => match.clinicianId),
    );
    expect(violations).toEqual([]);
  });

  it('counts exactly the clinicians who pass them, and honours limit exactly', () => {
    const violations = results.filter(([prefs, result], index) => {
      const expected = clinicians.filter((clinician) => canSee(clinician, prefs)).length;
      const shown = Math.min(cases[index]!.options.limit, expected);
      return result.totalMatches !== expected || result.matches.length !== shown;
    });
    expect(violations).toEqual([]);
  });

  it('sorts by score descending with ties by ascending id, and numbers ranks from 1', () => {
    const violations = results.flatMap(([, result]) =>
      result.matches.filter((match, index) => {
        const next = result.matches[index + 1];
        const ordered =
          next === undefined ||
          match.matchScore > next.matchScore ||
          (match.matchScore === next.matchScore &&
            compareIds(match.clinicianId, next.clinicianId) < 0);
        return !ordered || match.rankPosition !== index + 1;
      }),
    );
    expect(violations).toEqual([]);
  });

  it('shows the best-scoring candidates, not merely sorted ones', () => {
    for (const [prefs, result] of results.slice(0, 60)) {
      const all = matchAnonymous(
        snapshot,
        prefs,
        { limit: 1000, explain: false, includeBooked: false },
        clock,
      );
      const top = all.matches.slice(0, result.matches.length).map((match) => match.clinicianId);
      expect(result.matches.map((match) => match.clinicianId)).toEqual(top);
    }
  });

  it('gives the same answer to the same request and clock, whatever the input order', () => {
    const reversed = buildSnapshot({
      version: 'synthetic',
      clinicians: [...clinicians].reverse(),
      vocabulary: syntheticVocabulary(),
    });
    const differing = cases.slice(0, 150).filter(({ preferences, options }) => {
      const first = JSON.stringify(matchAnonymous(snapshot, preferences, options, clock));
      const again = JSON.stringify(matchAnonymous(snapshot, preferences, options, clock));
      const other = JSON.stringify(matchAnonymous(reversed, preferences, options, clock));
      return first !== again || first !== other;
    });
    expect(differing).toEqual([]);
  });

  const allMatches = results.flatMap(([, result]) =>
    result.matches.map((match) => ({ match, weights: result.weightsUsed })),
  );

  it('keeps accepts_insurance in agreement with the insurance component', () => {
    const expected = (accepts: boolean | null) => (accepts === null ? 0.5 : accepts ? 1 : 0);
    const violations = allMatches.filter(
      ({ match }) => match.scoreComponents.insurance !== expected(match.acceptsInsurance),
    );
    expect(violations).toEqual([]);
  });

  it('reports a score that is the weighted sum of its components times its boosts', () => {
    const violations = allMatches.filter(({ match, weights }) => {
      const inRange = Object.values(match.scoreComponents).every((v) => v >= 0 && v <= 1);
      const score = combineScore(match.scoreComponents, weights, match.boostsApplied);
      return !inRange || Math.abs(match.matchScore - score) > RECOMBINED_TOLERANCE;
    });
    expect(violations).toEqual([]);
  });

  it('reports every component to at most 4 decimals', () => {
    const violations = allMatches.filter(({ match }) =>
      Object.values(match.scoreComponents).some((v) => v !== roundScore(v)),
    );
    expect(violations).toEqual([]);
  });

  it('explains exactly when asked', () => {
    const violations = results.flatMap(([, result], index) =>
      result.matches.filter((match) =>
        cases[index]!.options.explain
          ? !(match.explanation && match.explanation.primaryReasons.length > 0)
          : match.explanation !== null,
      ),
    );
    expect(violations).toEqual([]);
  });

  it('carries crisis resources on every immediate request and every empty answer, only then', () => {
    for (const [prefs, result] of results) {
      const expected = prefs.urgencyLevel === 'immediate' || result.totalMatches === 0;
      expect(result.crisisResources !== null).toBe(expected);
    }
  });

  it('suggests exactly the relaxations that would find matches, with correct counts', () => {
    for (const [prefs, result] of results) {
      if (result.totalMatches > 0) {
        expect(result.suggestions).toEqual([]);
        continue;
      }
      const otherType = APPOINTMENT_TYPES.find((type) => type !== prefs.appointmentType)!;
      const expected: Record<string, number> = {
        appointment_type: clinicians.filter((c) =>
          canSee(c, { ...prefs, appointmentType: otherType }),
        ).length,
        age_range:
          prefs.ageRange === null
            ? 0
            : clinicians.filter((c) => canSee(c, prefs, 'age_range')).length,
        state: clinicians.filter((c) => canSee(c, prefs, 'state')).length,
      };
      const got = Object.fromEntries(result.suggestions.map((s) => [s.field, s.additionalMatches]));
      const wanted = Object.fromEntries(Object.entries(expected).filter(([, count]) => count > 0));
      expect(got).toEqual(wanted);
    }
  });
});

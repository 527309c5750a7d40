/** Turns a ranked candidate into the match the API returns. */
import { roundScore } from '@lunajoy/scoring';

import { explainMatch } from '../explain/explain-match';
import type {
  CandidateContext,
  ExtraBoost,
  ExtraComponent,
  Match,
  ScoreComponents,
  ScoredCandidate,
} from '../types';
import { isAvailable } from './is-available';
import { overlappingAttributes } from './overlapping-attributes';

/** The tier's extensions, whose notes join the explanation. */
export interface MatchExtensions {
  extraComponents: readonly ExtraComponent[];
  extraBoosts: readonly ExtraBoost[];
}

/** The match at 1-based `rankPosition`; the explanation only when asked for. */
export function buildMatch(
  candidate: ScoredCandidate,
  rankPosition: number,
  context: CandidateContext,
  explain: boolean,
  extensions: MatchExtensions,
): Match {
  const { clinician } = candidate;
  const tierNotes = explain
    ? [...extensions.extraComponents, ...extensions.extraBoosts].flatMap(
        (extension) => extension.explain?.(candidate, context) ?? [],
      )
    : [];

  return {
    clinicianId: clinician.id,
    clinicianName: clinician.fullName,
    matchScore: candidate.score,
    weightedScore: roundScore(candidate.weightedScore),
    rankPosition,
    isAvailable: isAvailable(clinician, context.now),
    acceptsInsurance: candidate.acceptsInsurance,
    specialties: [...clinician.specialties],
    languages: [...clinician.languages],
    gender: clinician.gender,
    yearsExperience: clinician.yearsExperience,
    overlappingAttributes: overlappingAttributes(
      clinician,
      context.preferences,
      candidate.acceptsInsurance,
    ),
    scoreComponents: roundComponents(candidate.components),
    boostsApplied: { ...candidate.boosts },
    explanation: explain ? explainMatch(candidate, context, tierNotes) : null,
  };
}

// Reported like the score breakdown, to 4 decimals; the score itself was computed unrounded.
function roundComponents(components: ScoreComponents): ScoreComponents {
  const rounded = { ...components };
  for (const name in rounded) {
    const key = name as keyof ScoreComponents;
    const value = rounded[key];
    if (value !== undefined) rounded[key] = roundScore(value);
  }
  return rounded;
}

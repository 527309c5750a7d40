/**
 * Builds the explanation of one match from the content notes and the tier's notes.
 */
import { roundScore } from '@lunajoy/scoring';

import type {
  CandidateContext,
  ComponentName,
  Explanation,
  ExplanationNote,
  ScoredCandidate,
} from '../types';
import { confidenceLevel, toldCount } from './confidence';
import { contentNotes } from './content-notes';

/** Primary reasons beyond this many move to the insights. */
export const MAX_PRIMARY_REASONS = 4;

function scoreBreakdown(
  candidate: ScoredCandidate,
  context: CandidateContext,
): Explanation['scoreBreakdown'] {
  const breakdown: Explanation['scoreBreakdown'] = {};

  for (const [name, weight] of Object.entries(context.weights) as [ComponentName, number][]) {
    const score = candidate.components[name] ?? 0;
    breakdown[name] = {
      score: roundScore(score),
      weight: roundScore(weight),
      contribution: roundScore(weight * score),
    };
  }

  return breakdown;
}

/**
 * Reasons most important first (by priority; equal priorities keep their order), at most four;
 * the rest, and every insight, become insights. A match with no reason at all still gets one:
 * it passed the hard filters, which is worth saying.
 */
export function explainMatch(
  candidate: ScoredCandidate,
  context: CandidateContext,
  tierNotes: readonly ExplanationNote[] = [],
): Explanation {
  const notes = [...contentNotes(candidate, context), ...tierNotes];
  const reasons = notes
    .filter((note) => note.kind === 'reason')
    .sort((a, b) => b.priority - a.priority);
  const insights = notes.filter((note) => note.kind === 'insight').map((note) => note.text);

  const primaryReasons = reasons.slice(0, MAX_PRIMARY_REASONS).map((note) => note.text);
  if (primaryReasons.length === 0) {
    primaryReasons.push(`Licensed in ${context.preferences.state} and taking new patients`);
  }
  const overflow = reasons.slice(MAX_PRIMARY_REASONS).map((note) => note.text);
  const matchingAttributes = [...new Set(reasons.flatMap((note) => note.attributes ?? []))];

  return {
    primaryReasons,
    matchingAttributes,
    scoreBreakdown: scoreBreakdown(candidate, context),
    insights: [...overflow, ...insights],
    confidenceLevel: confidenceLevel(
      candidate.score,
      toldCount(context.preferences, context.profile),
    ),
  };
}

import type { ComponentName, Match, MatchResult } from '@lunajoy/engine';

/** How each score component reads in a sentence. */
const COMPONENT_WORDS: Record<ComponentName, string> = {
  availability: 'Availability',
  insurance: 'Insurance',
  specialties: 'Fit with your needs',
  preferences: 'Your preferences (gender, language and times)',
  loadBalance: 'Room in their caseload',
  demographic: 'Success with patients like you',
  collaborative: 'What patients like you chose',
};

/** Why a boost multiplied the score. */
const BOOST_WORDS: Record<string, string> = {
  new_clinician: 'they joined recently and have openings',
  high_load: 'their caseload is nearly full',
  cluster_favourite: 'patients like you often chose them',
};

function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function percent(weight: number): string {
  return `${Math.round(weight * 100)}%`;
}

/** One sentence per score component, the largest contribution first (ties in table order). */
function componentSentences(match: Match): string[] {
  const breakdown = match.explanation?.scoreBreakdown ?? {};
  const entries = (Object.keys(COMPONENT_WORDS) as ComponentName[])
    .map((name) => ({ name, entry: breakdown[name] }))
    .filter((e): e is { name: ComponentName; entry: NonNullable<typeof e.entry> } => !!e.entry)
    .sort((a, b) => b.entry.contribution - a.entry.contribution);

  return entries.map(({ name, entry }) => {
    const adds = entry.contribution.toFixed(2);
    return (
      `${COMPONENT_WORDS[name]} scored ${entry.score.toFixed(2)} out of 1 and carries ` +
      `${percent(entry.weight)} of the weight, adding ${adds} to the score.`
    );
  });
}

function boostSentences(match: Match): string[] {
  return Object.entries(match.boostsApplied)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, multiplier]) => {
      const why = BOOST_WORDS[name] ?? name.replace(/_/g, ' ');
      return `The score was multiplied by ${multiplier} because ${why}.`;
    });
}

/**
 * The best match of an answer in plain sentences: who it is and their score, the reasons the
 * explanation gives, each score component's score, weight and contribution (the same numbers
 * the match reports), the boosts, the insights and the confidence. An empty answer is explained
 * by its message and the suggestions for finding more clinicians.
 */
export function explainInSentences(result: MatchResult): string[] {
  const best = result.matches[0];
  if (best === undefined) {
    return [asSentence(result.message), ...result.suggestions.map((s) => asSentence(s.message))];
  }

  const others = result.totalMatches - 1;
  const field =
    others > 0
      ? `the best of ${result.totalMatches} clinicians who can see you`
      : 'the one clinician who can see you';
  const explanation = best.explanation;
  const score = best.matchScore.toFixed(2);
  return [
    `${best.clinicianName} is ${field}, with a match score of ${score} out of 1.`,
    ...(explanation?.primaryReasons ?? []).map(asSentence),
    ...componentSentences(best),
    ...boostSentences(best),
    ...(explanation?.insights ?? []).map(asSentence),
    ...(explanation ? [`Our confidence in this match is ${explanation.confidenceLevel}.`] : []),
  ];
}

/**
 * Picks the weight table of a request: by urgency, and for the registered tiers with the
 * demographic component added and every weight divided by 1 + its weight, so the table still
 * sums to 1.
 */
import type { Urgency } from '@lunajoy/models';

import { DEFAULT_SCORING_CONFIG, type ScoringConfig, type WeightTable } from './scoring-config';

/** Which weight table a tier uses: anonymous patients have no demographic component. */
export interface WeightTableOptions {
  registered: boolean;
}

/**
 * The weights for a request. A fresh object each call, so a tier may rescale it (for example to
 * blend in collaborative filtering) without touching the configuration.
 */
export function weightTableFor(
  urgency: Urgency,
  { registered }: WeightTableOptions,
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): WeightTable {
  const content = urgency === 'immediate' ? config.weights.urgent : config.weights.flexible;
  if (!registered) return { ...content };

  const demographic = config.registered.demographicWeight;
  const divisor = 1 + demographic;

  return {
    availability: content.availability / divisor,
    insurance: content.insurance / divisor,
    specialties: content.specialties / divisor,
    loadBalance: content.loadBalance / divisor,
    preferences: content.preferences / divisor,
    demographic: demographic / divisor,
  };
}

/**
 * Scales a table by `share` and gives the rest to one more component: 0.6 content + 0.4
 * collaborative is `blendWeights(content, 'collaborative', 0.4)`. The result still sums to 1.
 */
export function blendWeights(
  table: WeightTable,
  component: keyof WeightTable,
  share: number,
): WeightTable {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`blend share must be 0..1, got ${share}`);
  if (table[component] !== undefined) {
    throw new Error(`weight table already has a ${component} weight`);
  }

  const blended: WeightTable = {};
  for (const [name, weight] of Object.entries(table) as [keyof WeightTable, number][]) {
    blended[name] = weight * (1 - share);
  }
  blended[component] = share;

  return blended;
}

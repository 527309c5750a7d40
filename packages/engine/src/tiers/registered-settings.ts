/** The knobs of the registered tiers, with the values the product ships with. */
import { DEFAULT_SCORING_CONFIG, type ScoringConfig } from '@lunajoy/scoring';

import { DEFAULT_CLUSTER_BOOST_STRENGTH } from './cluster-favourite.boost';
import { DEFAULT_DIVERSITY, type DiversitySettings } from './diversity-selector';

/** Settings shared by the basic and complete tiers. */
export interface RegisteredTierSettings {
  config: ScoringConfig;
  /** the top cluster favourite is multiplied by 1 + this */
  clusterBoostStrength: number;
  diversity: DiversitySettings;
  /**
   * share of the complete tier's score that comes from the collaborative prediction; the design's
   * 0.4 meets its quality target on the seed data (nDCG@10 about 1.5 × anonymous), and 0.5–0.6
   * add only about 0.015 more
   */
  collaborativeShare: number;
  /** clinicians the patient must have interacted with before collaborative filtering runs */
  minInteractions: number;
  /**
   * the collaborative component of a candidate no neighbour rated: 0 says "nobody like you
   * chose them", which is what the absence of a rating means in implicit feedback
   */
  unratedCollaborativeScore: number;
}

/** 0.15 cluster boost, λ 0.8 diversity, 0.6 content + 0.4 collaborative from 3 interactions. */
export const DEFAULT_REGISTERED_SETTINGS: Readonly<RegisteredTierSettings> = {
  config: DEFAULT_SCORING_CONFIG,
  clusterBoostStrength: DEFAULT_CLUSTER_BOOST_STRENGTH,
  diversity: DEFAULT_DIVERSITY,
  collaborativeShare: 0.4,
  minInteractions: 3,
  unratedCollaborativeScore: 0,
};

/** The defaults with some settings replaced. */
export function registeredSettings(
  overrides: Partial<RegisteredTierSettings> = {},
): RegisteredTierSettings {
  return { ...DEFAULT_REGISTERED_SETTINGS, ...overrides };
}

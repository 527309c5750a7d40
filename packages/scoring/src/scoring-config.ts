/**
 * The one configuration of the matching score: weight tables, the demographic weight of the
 * registered tiers, boosts and the success-rate refinement. Validated with zod so a bad table
 * (negative weights, weights that do not add up to 1) fails where it is loaded, not mid-request.
 */
import { z } from 'zod';

/** Every score component a weight table may name. */
export const COMPONENT_KEYS = [
  'availability',
  'insurance',
  'specialties',
  'preferences',
  'loadBalance',
  'demographic',
  'collaborative',
] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];

/** component → weight; the components a tier does not use are absent. */
export type WeightTable = Partial<Record<ComponentKey, number>>;

/** Weights must add up to 1; this much rounding error is forgiven. */
const SUM_TOLERANCE = 1e-9;

const unit = z.number().min(0).max(1);

function sumsToOne(table: Record<string, number>): boolean {
  const sum = Object.values(table).reduce((acc, weight) => acc + weight, 0);
  return Math.abs(sum - 1) <= SUM_TOLERANCE;
}

/** The content weight table of one urgency level: five components that add up to 1. */
export const ContentWeightTableSchema = z
  .strictObject({
    availability: unit,
    insurance: unit,
    specialties: unit,
    loadBalance: unit,
    preferences: unit,
  })
  .refine(sumsToOne, { message: 'weights must sum to 1' });
export type ContentWeightTable = z.infer<typeof ContentWeightTableSchema>;

export const ScoringConfigSchema = z.strictObject({
  weights: z.strictObject({
    /** `immediate` requests */
    urgent: ContentWeightTableSchema,
    /** `flexible` requests */
    flexible: ContentWeightTableSchema,
  }),
  registered: z.strictObject({
    /** added to a content table, which is then divided by 1 + this weight so it sums to 1 */
    demographicWeight: unit,
  }),
  boosts: z.strictObject({
    newClinician: z.strictObject({
      withinDays: z.number().positive(),
      multiplier: z.number().positive(),
    }),
    highLoad: z.strictObject({
      /** load (current ÷ capacity) strictly above which the multiplier applies */
      loadAbove: unit,
      multiplier: z.number().positive(),
    }),
  }),
  specialtySuccess: z
    .strictObject({
      coverageWeight: unit,
      successWeight: unit,
      /** used for a treated need the clinician has no success rate for */
      defaultSuccessRate: unit,
    })
    .refine((blend) => sumsToOne({ a: blend.coverageWeight, b: blend.successWeight }), {
      message: 'coverageWeight and successWeight must sum to 1',
    }),
});
export type ScoringConfig = z.infer<typeof ScoringConfigSchema>;

/** Parses and validates a scoring configuration; throws a ZodError naming every bad field. */
export function parseScoringConfig(input: unknown): ScoringConfig {
  return ScoringConfigSchema.parse(input);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The weights and boosts of the product design; frozen, so no caller can change them for all. */
export const DEFAULT_SCORING_CONFIG: ScoringConfig = deepFreeze(
  parseScoringConfig({
    weights: {
      urgent: {
        availability: 0.4,
        insurance: 0.2,
        specialties: 0.2,
        loadBalance: 0.1,
        preferences: 0.1,
      },
      flexible: {
        availability: 0.25,
        insurance: 0.25,
        specialties: 0.25,
        loadBalance: 0.15,
        preferences: 0.1,
      },
    },
    registered: { demographicWeight: 0.15 },
    boosts: {
      newClinician: { withinDays: 30, multiplier: 1.1 },
      highLoad: { loadAbove: 0.85, multiplier: 0.7 },
    },
    specialtySuccess: { coverageWeight: 0.7, successWeight: 0.3, defaultSuccessRate: 0.5 },
  }),
);

/**
 * The match response as the API sends it (snake_case), mirroring the engine's `MatchResult`.
 * Plain zod objects, so the OpenAPI document can be generated from them.
 */
import { z } from 'zod';
import { GENDERS, REGISTRATION_TYPES } from '../vocabulary';

const unit = () => z.number().min(0).max(1);

/** Each component 0..1; `demographic` and `collaborative` only in the registered tiers. */
export const ScoreComponentsSchema = z
  .object({
    availability: unit(),
    insurance: unit(),
    specialties: unit(),
    preferences: unit(),
    load_balance: unit(),
    demographic: unit().optional(),
    collaborative: unit().optional(),
  })
  .describe('score components, each 0..1');

/** One component's score, weight and contribution to the weighted sum. */
export const ScoreBreakdownEntrySchema = z.object({
  score: unit(),
  weight: unit(),
  contribution: z.number().min(0),
});

const breakdown = ScoreBreakdownEntrySchema.optional();

/** Per component: its score, its weight and what it contributed to the weighted sum. */
export const ScoreBreakdownSchema = z.object({
  availability: breakdown,
  insurance: breakdown,
  specialties: breakdown,
  preferences: breakdown,
  load_balance: breakdown,
  demographic: breakdown,
  collaborative: breakdown,
});

/** The weight of each component used for this request. */
export const WeightsUsedSchema = z.object({
  availability: unit().optional(),
  insurance: unit().optional(),
  specialties: unit().optional(),
  preferences: unit().optional(),
  load_balance: unit().optional(),
  demographic: unit().optional(),
  collaborative: unit().optional(),
});

/** Why a clinician matched, for a patient to read. */
export const ExplanationSchema = z.object({
  primary_reasons: z.array(z.string()).describe('sentences, most important first'),
  matching_attributes: z.array(z.string()).describe('short labels of what matched'),
  score_breakdown: ScoreBreakdownSchema,
  insights: z.array(z.string()),
  confidence_level: z.enum(['high', 'medium', 'low']),
});

/** What the patient asked for that the clinician has. */
export const OverlappingAttributesSchema = z.object({
  specialties: z.array(z.string()),
  languages: z.array(z.string()),
  time_slots: z.array(z.string()),
  insurance: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
});

/** One ranked clinician. */
export const MatchItemSchema = z.object({
  clinician_id: z.string(),
  clinician_name: z.string(),
  match_score: unit().describe('min(1, weighted sum × boosts), rounded to 4 decimals'),
  rank_position: z.number().int().min(1).describe('1-based'),
  is_available: z.boolean(),
  accepts_insurance: z.boolean().nullable().describe('null when no insurance was given'),
  specialties: z.array(z.string()),
  languages: z.array(z.string()),
  gender: z.enum(GENDERS),
  years_experience: z.number().min(0),
  overlapping_attributes: OverlappingAttributesSchema,
  score_components: ScoreComponentsSchema,
  boosts_applied: z
    .record(z.string(), z.number())
    .optional()
    .describe('multipliers applied after the weighted sum, by name'),
  explanation: ExplanationSchema.nullable().describe('null when explain=false'),
});

/** A preference the patient could relax to see more clinicians. */
export const SuggestionSchema = z.object({
  field: z.string().describe('the preference to relax'),
  message: z.string(),
  additional_matches: z.number().int().min(0),
});

/** One crisis service (the 988 Suicide & Crisis Lifeline, …). */
export const CrisisResourceSchema = z.object({
  name: z.string(),
  contact: z.string(),
  description: z.string(),
  url: z.string(),
});

/** Present on every `immediate` request and every empty answer. */
export const CrisisResourcesSchema = z.object({
  message: z.string(),
  resources: z.array(CrisisResourceSchema),
});

/** A value of `filters_applied`. */
export const FilterValueSchema = z.union([z.string(), z.array(z.string()), z.boolean(), z.null()]);

/** The body of every match route. */
export const MatchResponseSchema = z.object({
  user_type: z.enum(REGISTRATION_TYPES),
  total_matches: z.number().int().min(0).describe('candidates past the hard filters'),
  matches: z.array(MatchItemSchema),
  processing_time_ms: z.number().min(0),
  filters_applied: z.record(z.string(), FilterValueSchema),
  weights_used: WeightsUsedSchema,
  matching_strategy: z.string().describe('content, cluster, collaborative, cluster_fallback, …'),
  message: z.string(),
  warnings: z.array(z.string()),
  suggestions: z.array(SuggestionSchema),
  crisis_resources: CrisisResourcesSchema.nullable(),
  user_cluster_id: z.number().int().nullable().optional(),
  cluster_label: z.string().nullable().optional(),
  collaborative_predictions_used: z.number().int().min(0).nullable().optional(),
});

/** One match of a response. */
export type MatchItem = z.infer<typeof MatchItemSchema>;
/** A match response body. */
export type MatchResponse = z.infer<typeof MatchResponseSchema>;

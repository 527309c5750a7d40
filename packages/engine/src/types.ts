/**
 * The engine's public shapes. The engine is pure: it takes a snapshot, a request and a clock and
 * returns a ranked list; the API turns these camelCase shapes into the snake_case wire format.
 */
import type {
  AgeGroup,
  AppointmentType,
  Clinician,
  DataVocabulary,
  Gender,
  PatientPreferences,
  PatientProfile,
  StateCode,
} from '@lunajoy/models';
import type { ScoringConfig } from '@lunajoy/scoring';

export type Tier = 'anonymous' | 'basic' | 'complete';

/** Each score component is 0..1; `demographic` exists only for the registered tiers. */
export interface ScoreComponents {
  availability: number;
  insurance: number;
  specialties: number;
  preferences: number;
  loadBalance: number;
  demographic?: number;
  collaborative?: number;
}

export type ComponentName = keyof ScoreComponents;

export interface ScoreBreakdownEntry {
  score: number;
  weight: number;
  contribution: number;
}

export interface Explanation {
  /** sentences a patient can read, most important first: "Accepts your Aetna insurance" */
  primaryReasons: string[];
  /** short labels of what matched: "anxiety", "Spanish", "evenings" */
  matchingAttributes: string[];
  scoreBreakdown: Partial<Record<ComponentName, ScoreBreakdownEntry>>;
  insights: string[];
  confidenceLevel: 'high' | 'medium' | 'low';
}

export interface OverlappingAttributes {
  specialties: string[];
  languages: string[];
  timeSlots: string[];
  insurance: string | null;
  gender: Gender | null;
}

export interface Match {
  clinicianId: string;
  clinicianName: string;
  /** min(1, weighted sum × boosts), rounded to 4 decimals */
  matchScore: number;
  /** Σ weight·component before boosts, rounded to 4 decimals */
  weightedScore: number;
  /** 1-based */
  rankPosition: number;
  isAvailable: boolean;
  /** null when the patient gave no insurance; always agrees with the insurance component */
  acceptsInsurance: boolean | null;
  specialties: string[];
  languages: string[];
  gender: Gender;
  yearsExperience: number;
  overlappingAttributes: OverlappingAttributes;
  scoreComponents: ScoreComponents;
  /** multipliers applied after the weighted sum, by name (`new_clinician`, `high_load`, …) */
  boostsApplied: Record<string, number>;
  explanation: Explanation | null;
}

export interface Suggestion {
  /** the preference to relax: `insurance_provider`, `gender_preference`, `language`, … */
  field: string;
  message: string;
  /** how many clinicians would match with that preference relaxed */
  additionalMatches: number;
}

export interface CrisisResources {
  message: string;
  resources: { name: string; contact: string; description: string; url: string }[];
}

export interface MatchResult {
  tier: Tier;
  /** what actually ran, for example `content`, `cluster`, `collaborative`, `cluster_fallback` */
  strategy: string;
  /** candidates that passed the hard filters, before `limit` */
  totalMatches: number;
  matches: Match[];
  filtersApplied: Record<string, string | string[] | boolean | null>;
  weightsUsed: Partial<Record<ComponentName, number>>;
  message: string;
  warnings: string[];
  suggestions: Suggestion[];
  /** present for every `immediate` request and every empty answer */
  crisisResources: CrisisResources | null;
  userClusterId: number | null;
  clusterLabel: string | null;
  collaborativePredictionsUsed: number | null;
}

export interface MatchOptions {
  /** 1..50, honoured exactly */
  limit: number;
  explain: boolean;
  includeBooked: boolean;
}

/** A registered patient's request, with stored values already merged under the request's. */
export interface RegisteredMatchRequest {
  userId: string;
  preferences: PatientPreferences;
  profile: PatientProfile;
  /** clinicians this patient rejected: never shown */
  rejectedClinicianIds: ReadonlySet<string>;
  /** clinicians this patient booked: left out unless `includeBooked` */
  bookedClinicianIds: ReadonlySet<string>;
}

/** An index key: `${state}|${appointmentType}`, for example `CA|therapy`. */
export type CandidateIndexKey = `${StateCode}|${AppointmentType}`;

/** Display labels of the data-vocabulary values (value → label). */
export interface SnapshotLabels {
  specialties: ReadonlyMap<string, string>;
  insurers: ReadonlyMap<string, string>;
  languages: ReadonlyMap<string, string>;
}

/**
 * One state × appointment type cell with its request-independent filters applied at build time,
 * so a request only looks up lists (and removes its own rejected or booked clinicians).
 */
export interface CandidateCell {
  /** how many clinicians in the cell are active */
  activeCount: number;
  /** active and with openings (accepting, under capacity), ascending by id */
  open: readonly Clinician[];
  /** `open` split by the age groups each clinician serves, ascending by id */
  openByAgeGroup: Readonly<Record<AgeGroup, readonly Clinician[]>>;
}

/**
 * Everything the engine matches against, built once per data version by `buildSnapshot` and
 * never changed afterwards: requests share it without copying.
 */
export interface Snapshot {
  version: string;
  vocabulary: DataVocabulary;
  /** every clinician by id, inactive ones included (detail pages still find them) */
  clinicians: ReadonlyMap<string, Clinician>;
  /** every clinician id, ascending */
  clinicianIds: readonly string[];
  /** state × appointment type → ids licensed in that state offering that type, ascending */
  candidateIndex: ReadonlyMap<CandidateIndexKey, readonly string[]>;
  /** the same cells with the clinician-only filters already applied */
  cells: ReadonlyMap<CandidateIndexKey, CandidateCell>;
  /** appointment type → ids offering it in any state, ascending */
  byAppointmentType: ReadonlyMap<AppointmentType, readonly string[]>;
  /** appointment type → the filtered cell of every state together (for the `state` suggestion) */
  anyStateCells: ReadonlyMap<AppointmentType, CandidateCell>;
  labels: SnapshotLabels;
}

/** A clinician that passed the hard filters, with every part of its score. */
export interface ScoredCandidate {
  clinician: Clinician;
  components: ScoreComponents;
  /** Σ weight·component before boosts, unrounded */
  weightedScore: number;
  /** applied multipliers by name; empty means ×1 */
  boosts: Record<string, number>;
  /** the reported match score: min(1, weightedScore × boosts), rounded to 4 decimals */
  score: number;
  /** the insurance decision behind the insurance component */
  acceptsInsurance: boolean | null;
}

/** What a component or boost function sees besides the clinician. */
export interface CandidateContext {
  snapshot: Snapshot;
  preferences: PatientPreferences;
  profile: PatientProfile | null;
  /** the request's instant, read once from the clock */
  now: number;
  /** the tier's weight table */
  weights: Partial<Record<ComponentName, number>>;
}

/** A line an extra component or boost adds to a match's explanation. */
export interface ExplanationNote {
  /** `reason`: a primary reason; `insight`: a secondary remark */
  kind: 'reason' | 'insight';
  text: string;
  /** short labels for `matchingAttributes`, when the note names some */
  attributes?: string[];
  /** reasons are listed by priority, highest first (content reasons use their contribution) */
  priority: number;
}

/** The components a tier adds to the content components. */
export type ExtraComponentName = Exclude<
  ComponentName,
  'availability' | 'insurance' | 'specialties' | 'preferences' | 'loadBalance'
>;

/** A score component a tier adds (demographic, collaborative). Its weight is in the tier's table. */
export interface ExtraComponent {
  name: ExtraComponentName;
  /** 0..1 */
  score(clinician: Clinician, context: CandidateContext): number;
  explain?(candidate: ScoredCandidate, context: CandidateContext): ExplanationNote[];
}

/** A multiplier a tier adds (a cluster boost). */
export interface ExtraBoost {
  /** the name reported in `boostsApplied`, for example `cluster_favourite` */
  name: string;
  /** the multiplier, or null when it does not apply to this clinician */
  multiplier(clinician: Clinician, context: CandidateContext): number | null;
  explain?(candidate: ScoredCandidate, context: CandidateContext): ExplanationNote[];
}

/** How a tier ranks: its weights, its extra components and boosts, and how it picks the set. */
export interface TierStrategy {
  tier: Tier;
  /** reported as `MatchResult.strategy` */
  strategy: string;
  /** must name every content component and every extra component, and sum to 1 */
  weights: Partial<Record<ComponentName, number>>;
  extraComponents?: readonly ExtraComponent[];
  extraBoosts?: readonly ExtraBoost[];
  /**
   * Chooses up to `limit` candidates from the ranked list (diversity). The pipeline then sorts
   * the chosen ones by score, tops up from the ranked list if fewer than `limit` came back and
   * cuts to `limit`, so `limit` is honoured whatever the selector does.
   */
  selectMatches?(ranked: readonly ScoredCandidate[], limit: number): readonly ScoredCandidate[];
  /** refine specialties with success rates; defaults to true when a profile is given */
  useSuccessRates?: boolean;
  /** defaults to `DEFAULT_SCORING_CONFIG` */
  config?: ScoringConfig;
}

/** One request to the ranking pipeline. */
export interface RankRequest {
  preferences: PatientPreferences;
  profile: PatientProfile | null;
  options: MatchOptions;
  /** never shown */
  rejectedIds?: ReadonlySet<string>;
  /** left out unless `options.includeBooked` */
  bookedIds?: ReadonlySet<string>;
}

export type { Clinician, DataVocabulary };

/**
 * The engine's public shapes. The engine is pure: it takes a snapshot, a request and a clock and
 * returns a ranked list; the API turns these camelCase shapes into the snake_case wire format.
 */
import type {
  Clinician,
  DataVocabulary,
  Gender,
  PatientPreferences,
  PatientProfile,
} from '@lunajoy/models';

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

export type { Clinician, DataVocabulary };

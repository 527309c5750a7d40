/**
 * The normalised domain: what the engine and scoring work on. File records and request bodies
 * (snake_case, loosely typed) are parsed into these shapes at the edge; every vocabulary value
 * here is already canonical (snake_case keys, sorted unique arrays).
 */
import type {
  AgeGroup,
  AgeRange,
  AppointmentType,
  Gender,
  InteractionAction,
  RegistrationType,
  StateCode,
  TherapyExperience,
  TimeSlot,
  Urgency,
} from './vocabulary';

export type TypicalAvailability = Record<TimeSlot, boolean>;

export interface ClinicianPerformance {
  avgPatientRating: number | null;
  retentionRate: number | null;
  avgSessionCount: number | null;
  totalPatientsSeen: number | null;
  /** need key → success rate 0..1 */
  successBySpecialty: Record<string, number>;
  /** demographic key (for example an age range or `first_time`) → success rate 0..1 */
  successByDemographics: Record<string, number>;
}

export interface Clinician {
  id: string;
  fullName: string;
  licenseStates: StateCode[];
  licenseNumbers: Record<string, string>;
  appointmentTypes: AppointmentType[];
  gender: Gender;
  /** canonical language keys, for example `english`, `spanish` */
  languages: string[];
  yearsExperience: number;
  /** canonical need keys, for example `anxiety`, `ptsd` */
  specialties: string[];
  certifications: string[];
  treatmentModalities: string[];
  ageGroupsServed: AgeGroup[];
  specialPopulations: string[];
  immediateAvailability: boolean;
  acceptingNewPatients: boolean;
  currentPatientCount: number;
  /** null or 0 means the clinician cannot take anyone */
  maxPatientCapacity: number | null;
  /** 0..1 */
  availabilityScore: number;
  /** epoch milliseconds, or null when unknown */
  nextAvailableSlot: number | null;
  typicalAvailability: TypicalAvailability;
  performance: ClinicianPerformance | null;
  /** canonical insurer keys; `private_pay` when self-pay is accepted */
  insurancesAccepted: string[];
  /** epoch milliseconds */
  createdAt: number;
  activeStatus: boolean;
}

/** What a patient asks for. Optional values are null when the patient has no preference. */
export interface PatientPreferences {
  state: StateCode;
  appointmentType: AppointmentType;
  /** canonical insurer key (`private_pay` for self-pay), or null when not given */
  insuranceProvider: string | null;
  language: string | null;
  genderPreference: Gender | null;
  /** sorted, unique canonical need keys */
  clinicalNeeds: string[];
  /** sorted (in TIME_SLOTS order), unique */
  preferredTimeSlots: TimeSlot[];
  urgencyLevel: Urgency;
  /** known for registered patients, optional for anonymous ones; drives the age-group filter */
  ageRange: AgeRange | null;
}

/** What the platform knows about a registered patient beyond their preferences. */
export interface PatientProfile {
  ageRange: AgeRange | null;
  gender: Gender | null;
  therapyExperience: TherapyExperience | null;
  /** sorted, unique snake_case goal keys */
  therapyGoals: string[];
}

/** Contact details and location: personal data, stored apart and never returned by matching. */
export interface PatientContact {
  email: string | null;
  phone: string | null;
  city: string | null;
  zipCode: string | null;
}

export interface Patient {
  id: string;
  registrationType: RegistrationType;
  preferences: PatientPreferences | null;
  profile: PatientProfile;
  createdAt: number | null;
}

export interface Interaction {
  id: string;
  userId: string;
  clinicianId: string;
  sessionId: string | null;
  action: InteractionAction;
  /** epoch milliseconds of the action */
  timestamp: number;
}

/** A source of the current time, injected wherever time matters. */
export interface Clock {
  now(): number;
}

/** A clock fixed at one instant, for tests, generation and evaluation. */
export function fixedClock(epochMs: number): Clock {
  return { now: () => epochMs };
}

/** The real clock, for processes that serve traffic. */
export const systemClock: Clock = { now: () => Date.now() };

/** Test builders for patients and interactions. */
import type {
  AgeRange,
  Interaction,
  InteractionAction,
  Patient,
  PatientPreferences,
  TherapyExperience,
} from '@lunajoy/models';

/** Shorthand for the patient facts clustering looks at. */
export interface PatientSketch {
  id: string;
  age?: AgeRange | null;
  experience?: TherapyExperience | null;
  needs?: readonly string[];
  goals?: readonly string[];
  urgency?: 'immediate' | 'flexible';
  insurance?: string | null;
  appointment?: 'therapy' | 'medication';
  registration?: Patient['registrationType'];
}

/** A registered patient in CA with the sketched facts. */
export function makePatient(sketch: PatientSketch): Patient {
  const preferences: PatientPreferences = {
    state: 'CA',
    appointmentType: sketch.appointment ?? 'therapy',
    insuranceProvider: sketch.insurance === undefined ? 'aetna' : sketch.insurance,
    language: null,
    genderPreference: null,
    clinicalNeeds: [...(sketch.needs ?? [])].sort(),
    preferredTimeSlots: [],
    urgencyLevel: sketch.urgency ?? 'flexible',
    ageRange: sketch.age ?? null,
  };
  return {
    id: sketch.id,
    registrationType: sketch.registration ?? 'basic',
    preferences,
    profile: {
      ageRange: sketch.age ?? null,
      gender: null,
      therapyExperience: sketch.experience ?? null,
      therapyGoals: [...(sketch.goals ?? [])].sort(),
    },
    createdAt: null,
  };
}

let sequence = 0;

/** One interaction; timestamps default to a running counter so later calls are later. */
export function makeInteraction(
  userId: string,
  clinicianId: string,
  action: InteractionAction,
  timestamp?: number,
): Interaction {
  sequence += 1;
  return {
    id: `i${String(sequence).padStart(6, '0')}`,
    userId,
    clinicianId,
    sessionId: null,
    action,
    timestamp: timestamp ?? 1_700_000_000_000 + sequence * 1000,
  };
}

/** Interactions from a compact table: `[userId, clinicianId, action]` rows. */
export function interactionsFrom(rows: [string, string, InteractionAction][]): Interaction[] {
  return rows.map(([u, c, a]) => makeInteraction(u, c, a));
}

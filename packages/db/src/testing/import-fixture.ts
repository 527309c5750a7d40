import fs from 'node:fs';
import path from 'node:path';

/** How many records of each kind an import fixture holds. */
export interface ImportFixtureSize {
  clinicians: number;
  users: number;
  interactions: number;
}

const STATES = ['CA', 'NY', 'TX', 'FL', 'WA', 'IL', 'MA', 'CO'];
const NEEDS = ['anxiety', 'depression', 'ptsd', 'trauma', 'adhd', 'insomnia', 'grief'];
const INSURERS = ['Aetna', 'Cigna', 'United Healthcare', 'Blue Cross Blue Shield', 'Private Pay'];
const ACTIONS = ['viewed', 'clicked', 'contacted', 'booked', 'ignored', 'rejected'];
const AGE_RANGES = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'];

/**
 * Writes `clinicians.json`, `users.json` and `interactions.json` in the platform's layout into
 * `dir`: deterministic, valid, every interaction naming a clinician and a user of the fixture.
 * Returns the file paths.
 */
export function writeImportFixture(dir: string, size: ImportFixtureSize): Record<string, string> {
  fs.mkdirSync(dir, { recursive: true });
  const clinicians = Array.from({ length: size.clinicians }, (_, i) => fixtureClinician(i));
  const users = Array.from({ length: size.users }, (_, i) => fixtureUser(i));
  const interactions = Array.from({ length: size.interactions }, (_, i) =>
    fixtureInteraction(i, size.users, size.clinicians),
  );

  const files = {
    clinicians: path.join(dir, 'clinicians.json'),
    users: path.join(dir, 'users.json'),
    interactions: path.join(dir, 'interactions.json'),
  };
  fs.writeFileSync(files.clinicians, JSON.stringify(clinicians, null, 2));
  fs.writeFileSync(files.users, JSON.stringify(users, null, 2));
  fs.writeFileSync(files.interactions, JSON.stringify(interactions, null, 2));
  return files;
}

/** The id of the fixture's i-th clinician, user or interaction. */
export const fixtureId = {
  clinician: (i: number) => `clin_${String(i).padStart(5, '0')}`,
  user: (i: number) => `user_${String(i).padStart(5, '0')}`,
  interaction: (i: number) => `int_${String(i).padStart(7, '0')}`,
};

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

function day(offset: number): string {
  return new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString();
}

/** The fixture's i-th clinician record. */
export function fixtureClinician(i: number) {
  return {
    clinician_id: fixtureId.clinician(i),
    basic_info: {
      full_name: `Dr. Fixture ${i}`,
      license_states: [pick(STATES, i), pick(STATES, i + 3)],
      license_numbers: { [pick(STATES, i)]: `LIC-${i}` },
      appointment_types: i % 3 === 0 ? ['therapy', 'medication'] : ['therapy'],
    },
    profile_features: {
      gender: pick(['female', 'male', 'non_binary'], i),
      languages: i % 4 === 0 ? ['English', 'Spanish'] : ['English'],
      years_experience: 2 + (i % 25),
      specialties: [pick(NEEDS, i), pick(NEEDS, i + 2), pick(NEEDS, i + 5)],
      certifications: ['CBT Certified'],
      treatment_modalities: ['CBT'],
      age_groups_served: ['adults', 'young_adults'],
      special_populations: [],
    },
    availability_features: {
      immediate_availability: i % 5 === 0,
      accepting_new_patients: i % 7 !== 0,
      current_patient_count: i % 30,
      max_patient_capacity: 30,
      availability_score: (i % 10) / 10,
      next_available_slot: day(400 + (i % 20)),
      typical_availability: {
        morning: i % 2 === 0,
        afternoon: true,
        evening: i % 3 === 0,
        weekends: false,
      },
    },
    performance_metrics:
      i % 11 === 0
        ? null
        : {
            avg_patient_rating: 3.5 + (i % 15) / 10,
            retention_rate: 0.5 + (i % 5) / 10,
            avg_session_count: 8,
            total_patients_seen: 40 + i,
            success_by_specialty: { [pick(NEEDS, i)]: 0.8 },
            success_by_demographics: { '25-34': 0.7 },
          },
    admin_data: {
      insurances_accepted: [pick(INSURERS, i), pick(INSURERS, i + 1)],
      rates: { therapy: 120 + (i % 5) * 10 },
      created_at: day(-(i % 700)),
      last_updated: day(100),
      active_status: true,
    },
    embedding_features: { specialty_vector: [0.1, 0.2, 0.3] },
  };
}

/** The fixture's i-th user record. */
export function fixtureUser(i: number) {
  const registration = pick(['anonymous', 'basic', 'complete'], i);
  return {
    user_id: fixtureId.user(i),
    registration_type: registration,
    created_at: day(i % 300),
    stated_preferences: {
      state: pick(STATES, i),
      insurance_provider: pick(INSURERS, i),
      appointment_type: i % 4 === 0 ? 'medication' : 'therapy',
      language: 'English',
      gender_preference: i % 3 === 0 ? 'female' : '',
      clinical_needs: [pick(NEEDS, i), pick(NEEDS, i + 1)],
      preferred_time_slots: ['evenings'],
      urgency_level: i % 5 === 0 ? 'immediate' : 'flexible',
    },
    profile_data:
      registration === 'anonymous'
        ? {}
        : {
            age_range: pick(AGE_RANGES, i),
            gender: pick(['female', 'male', 'non_binary'], i + 1),
            therapy_experience: pick(['first_time', 'some_experience', 'experienced'], i),
            therapy_goals: ['Reduce anxiety'],
            email: `patient${i}@example.com`,
            phone: `+1 555 ${String(i).padStart(4, '0')}`,
            city: 'Springfield',
            zip_code: String(10000 + i),
            location: { city: 'Springfield', state: pick(STATES, i) },
          },
    interaction_history: { clinicians_viewed: [], clinicians_contacted: [], clinicians_booked: [] },
  };
}

/** The fixture's i-th interaction record. */
export function fixtureInteraction(i: number, users: number, clinicians: number) {
  return {
    interaction_id: fixtureId.interaction(i),
    user_id: fixtureId.user((i * 7) % users),
    clinician_id: fixtureId.clinician((i * 13) % clinicians),
    session_id: `sess_${Math.floor(i / 5)}`,
    match_context: {
      timestamp: new Date(Date.UTC(2024, 5, 1) + i * 60_000).toISOString(),
      match_score: 0.5 + (i % 60) / 100,
      ranking_position: 1 + (i % 10),
    },
    outcome: {
      action: pick(ACTIONS, i),
      action_timestamp: new Date(Date.UTC(2024, 5, 1) + i * 60_000 + 30_000).toISOString(),
      time_to_action: 30,
      appointment_scheduled: pick(ACTIONS, i) === 'booked',
    },
  };
}

/**
 * A seeded synthetic world for invariant tests and the benchmark: clinicians spread over a few
 * states with every kind of edge (inactive, full, capacity 0 or null, past slots, new joiners),
 * and requests drawn from the same vocabularies.
 */
import {
  AGE_GROUPS,
  AGE_RANGES,
  APPOINTMENT_TYPES,
  GENDERS,
  TIME_SLOTS,
  type AppointmentType,
  type Clinician,
  type DataVocabulary,
  type PatientPreferences,
  type StateCode,
} from '@lunajoy/models';

import { humaniseKey } from '../explain/sentence';
import { seededRandom, type SeededRandom } from './seeded-random';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export const SYNTHETIC_STATES: readonly StateCode[] = [
  'CA',
  'NY',
  'TX',
  'FL',
  'WA',
  'IL',
  'PA',
  'OH',
  'GA',
  'NC',
  'MI',
  'NJ',
  'VA',
  'AZ',
  'MA',
  'TN',
  'CO',
  'OR',
  'MN',
  'WY',
];
export const SYNTHETIC_NEEDS = [
  'anxiety',
  'depression',
  'ptsd',
  'trauma',
  'bipolar',
  'adhd',
  'ocd',
  'grief',
  'substance_abuse',
  'eating_disorders',
  'relationships',
  'stress',
  'insomnia',
  'lgbtq',
];
export const SYNTHETIC_INSURERS = [
  'aetna',
  'cigna',
  'blue_cross_blue_shield',
  'unitedhealthcare',
  'kaiser_permanente',
  'humana',
  'medicaid',
  'medicare',
  'private_pay',
];
export const SYNTHETIC_LANGUAGES = ['english', 'spanish', 'mandarin', 'french', 'vietnamese'];

function syntheticClinician(random: SeededRandom, index: number, now: number): Clinician {
  const states = random.sample(SYNTHETIC_STATES, random.int(1, 3));
  const types: AppointmentType[] = random.chance(0.7)
    ? ['therapy']
    : random.chance(0.5)
      ? ['medication']
      : ['medication', 'therapy'];
  const capacity = random.chance(0.03) ? random.pick([0, null]) : random.int(10, 60);
  const current = capacity === null ? 0 : random.int(0, capacity);
  const slot = random.chance(0.15)
    ? null
    : now + random.int(-48, 24 * 14) * HOUR_MS + random.int(0, 59) * 60_000;
  const seasoned = random.chance(0.85);

  return {
    id: `cl-${String(index).padStart(6, '0')}`,
    fullName: `Clinician ${index}`,
    licenseStates: states,
    licenseNumbers: Object.fromEntries(states.map((state) => [state, `LIC-${index}-${state}`])),
    appointmentTypes: types,
    gender: random.pick(GENDERS),
    languages: ['english', ...random.sample(SYNTHETIC_LANGUAGES.slice(1), random.int(0, 2))],
    yearsExperience: random.int(0, 30),
    specialties: random.sample(SYNTHETIC_NEEDS, random.int(2, 6)).sort(),
    certifications: [],
    treatmentModalities: [],
    ageGroupsServed: random.sample(AGE_GROUPS, random.int(1, 4)),
    specialPopulations: [],
    immediateAvailability: random.chance(0.2),
    acceptingNewPatients: random.chance(0.85),
    currentPatientCount: current,
    maxPatientCapacity: capacity,
    availabilityScore: Math.round(random.next() * 100) / 100,
    nextAvailableSlot: slot,
    typicalAvailability: {
      morning: random.chance(0.6),
      afternoon: random.chance(0.6),
      evening: random.chance(0.4),
      weekends: random.chance(0.2),
    },
    performance: seasoned
      ? {
          avgPatientRating: Math.round((3 + random.next() * 2) * 10) / 10,
          retentionRate: Math.round(random.next() * 100) / 100,
          avgSessionCount: random.int(4, 30),
          totalPatientsSeen: random.int(10, 900),
          successBySpecialty: Object.fromEntries(
            random
              .sample(SYNTHETIC_NEEDS, 4)
              .map((need) => [need, Math.round(random.next() * 100) / 100]),
          ),
          successByDemographics: Object.fromEntries(
            random
              .sample(AGE_RANGES, 3)
              .map((range) => [range, Math.round(random.next() * 100) / 100]),
          ),
        }
      : null,
    insurancesAccepted: random.sample(SYNTHETIC_INSURERS, random.int(1, 5)),
    createdAt: now - random.int(0, seasoned ? 2000 : 60) * DAY_MS,
    activeStatus: random.chance(0.92),
  };
}

/** `count` clinicians from `seed`, relative to `now`. */
export function syntheticClinicians(count: number, seed: number, now: number): Clinician[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => syntheticClinician(random, index + 1, now));
}

/** The data vocabulary of the synthetic world, labelled by title case. */
export function syntheticVocabulary(): DataVocabulary {
  const entries = (values: readonly string[]) =>
    values.map((value) => ({ value, label: humaniseKey(value), synonyms: [] }));
  return {
    specialties: entries(SYNTHETIC_NEEDS),
    insurers: entries(SYNTHETIC_INSURERS),
    languages: entries(SYNTHETIC_LANGUAGES),
  };
}

/**
 * `count` requests from `seed`. A few ask for a state no synthetic clinician is licensed in
 * (DC), so empty answers are exercised too.
 */
export function syntheticRequests(count: number, seed: number): PatientPreferences[] {
  const random = seededRandom(seed);

  return Array.from({ length: count }, () => ({
    state: random.chance(0.03) ? 'DC' : random.pick(SYNTHETIC_STATES),
    appointmentType: random.pick(APPOINTMENT_TYPES),
    insuranceProvider: random.chance(0.7) ? random.pick(SYNTHETIC_INSURERS) : null,
    language: random.chance(0.3) ? random.pick(SYNTHETIC_LANGUAGES) : null,
    genderPreference: random.chance(0.3) ? random.pick(GENDERS) : null,
    clinicalNeeds: random.sample(SYNTHETIC_NEEDS, random.int(0, 3)).sort(),
    preferredTimeSlots: random.sample(TIME_SLOTS, random.int(0, 2)),
    urgencyLevel: random.chance(0.4) ? 'immediate' : 'flexible',
    ageRange: random.chance(0.6) ? random.pick(AGE_RANGES) : null,
  }));
}

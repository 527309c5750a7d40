/** A complete, unremarkable clinician for tests; override only what a test is about. */
import type { Clinician } from '@lunajoy/models';

/** 2024-06-01T12:00:00Z, the instant the tests treat as now. */
export const TEST_NOW = Date.UTC(2024, 5, 1, 12, 0, 0);

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export function makeClinician(overrides: Partial<Clinician> = {}): Clinician {
  return {
    id: 'c-001',
    fullName: 'Dana Reyes',
    licenseStates: ['CA'],
    licenseNumbers: { CA: 'LMFT-1' },
    appointmentTypes: ['therapy'],
    gender: 'female',
    languages: ['english'],
    yearsExperience: 8,
    specialties: ['anxiety', 'depression'],
    certifications: [],
    treatmentModalities: ['cbt'],
    ageGroupsServed: ['adults'],
    specialPopulations: [],
    immediateAvailability: false,
    acceptingNewPatients: true,
    currentPatientCount: 10,
    maxPatientCapacity: 40,
    availabilityScore: 0.6,
    nextAvailableSlot: null,
    typicalAvailability: { morning: true, afternoon: false, evening: false, weekends: false },
    performance: null,
    insurancesAccepted: ['aetna'],
    createdAt: TEST_NOW - 365 * DAY_MS,
    activeStatus: true,
    ...overrides,
  };
}

/**
 * A small hand-built world whose scores are worked out by hand in the tests: four clinicians
 * who can see a CA therapy patient, and one for each way a clinician is filtered out.
 */
import type { Clinician } from '@lunajoy/models';

import { buildSnapshot } from '../snapshot/build-snapshot';
import type { Snapshot } from '../types';
import { DAY_MS, HOUR_MS, makeClinician, TEST_NOW, TEST_VOCABULARY } from './clinician.fixture';

const spanishEvenings = {
  languages: ['english', 'spanish'],
  typicalAvailability: { morning: true, afternoon: false, evening: true, weekends: false },
};

export const HAND_BUILT_CLINICIANS: Clinician[] = [
  makeClinician({
    id: 'c-a',
    fullName: 'Ana Alvarez',
    ...spanishEvenings,
    availabilityScore: 0.8,
    nextAvailableSlot: TEST_NOW + 30 * HOUR_MS,
  }),
  // Same as c-a but sooner: equal flexible score, so the tie breaks by id.
  makeClinician({
    id: 'c-a2',
    fullName: 'Ana Alvarez Jr',
    ...spanishEvenings,
    availabilityScore: 0.8,
    nextAvailableSlot: TEST_NOW + 10 * HOUR_MS,
  }),
  makeClinician({
    id: 'c-b',
    fullName: 'Ben Brooks',
    gender: 'male',
    specialties: ['anxiety'],
    insurancesAccepted: ['cigna'],
    availabilityScore: 0.5,
    currentPatientCount: 0,
    maxPatientCapacity: 20,
    createdAt: TEST_NOW - 5 * DAY_MS,
  }),
  makeClinician({
    id: 'c-c',
    fullName: 'Cleo Chen',
    ...spanishEvenings,
    specialties: ['anxiety', 'depression', 'ptsd'],
    availabilityScore: 0.9,
    immediateAvailability: true,
    currentPatientCount: 36,
    maxPatientCapacity: 40,
  }),
  makeClinician({ id: 'c-d', fullName: 'Inactive', activeStatus: false }),
  makeClinician({ id: 'c-e', fullName: 'Full', currentPatientCount: 40, maxPatientCapacity: 40 }),
  makeClinician({ id: 'c-f', fullName: 'No capacity', maxPatientCapacity: null }),
  makeClinician({ id: 'c-g', fullName: 'Not accepting', acceptingNewPatients: false }),
  makeClinician({ id: 'c-h', fullName: 'Teens only', ageGroupsServed: ['teens'] }),
  makeClinician({ id: 'c-i', fullName: 'New York', licenseStates: ['NY'] }),
  makeClinician({ id: 'c-j', fullName: 'Prescriber', appointmentTypes: ['medication'] }),
  makeClinician({ id: 'w-1', fullName: 'Wyoming One', licenseStates: ['WY'] }),
  makeClinician({ id: 'w-2', fullName: 'Wyoming Two', licenseStates: ['WY', 'MT'] }),
  makeClinician({
    id: 'w-3',
    fullName: 'Wyoming Three',
    licenseStates: ['WY'],
    ageGroupsServed: ['teens'],
  }),
  makeClinician({ id: 'w-4', fullName: 'Wyoming Four', licenseStates: ['WY'] }),
  makeClinician({
    id: 'w-5',
    fullName: 'Wyoming Full',
    licenseStates: ['WY'],
    maxPatientCapacity: 0,
  }),
];

export function handBuiltSnapshot(): Snapshot {
  return buildSnapshot({
    version: 'hand-built-1',
    clinicians: HAND_BUILT_CLINICIANS,
    vocabulary: TEST_VOCABULARY,
  });
}

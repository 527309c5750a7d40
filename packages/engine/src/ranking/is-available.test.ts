import type { Clinician } from '@lunajoy/models';

import { DAY_MS, HOUR_MS, makeClinician, TEST_NOW } from '../testing/clinician.fixture';
import { isAvailable } from './is-available';

describe('isAvailable', () => {
  it.each([
    ['immediate availability', { immediateAvailability: true }, true],
    ['a slot tomorrow', { nextAvailableSlot: TEST_NOW + DAY_MS }, true],
    ['a slot in exactly 7 days', { nextAvailableSlot: TEST_NOW + 7 * DAY_MS }, true],
    ['a slot in 7 days and an hour', { nextAvailableSlot: TEST_NOW + 7 * DAY_MS + HOUR_MS }, false],
    ['a slot in the past', { nextAvailableSlot: TEST_NOW - HOUR_MS }, false],
    ['no slot', { nextAvailableSlot: null }, false],
    ['immediate but full', { immediateAvailability: true, currentPatientCount: 40 }, false],
    [
      'immediate but not accepting',
      { immediateAvailability: true, acceptingNewPatients: false },
      false,
    ],
  ] as [string, Partial<Clinician>, boolean][])('with %s → %p', (_case, overrides, expected) => {
    expect(isAvailable(makeClinician(overrides), TEST_NOW)).toBe(expected);
  });
});

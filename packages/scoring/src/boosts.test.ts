import { computeBoosts, isNewClinician } from './boosts';
import { DAY_MS, makeClinician, TEST_NOW } from './testing/clinician.fixture';

describe('computeBoosts', () => {
  it.each([
    ['an established clinician with room', TEST_NOW - 365 * DAY_MS, 10, 40, {}],
    ['joined 10 days ago', TEST_NOW - 10 * DAY_MS, 10, 40, { new_clinician: 1.1 }],
    ['joined exactly 30 days ago', TEST_NOW - 30 * DAY_MS, 10, 40, { new_clinician: 1.1 }],
    ['joined 30 days and 1 ms ago', TEST_NOW - 30 * DAY_MS - 1, 10, 40, {}],
    ['joined after now (clock skew)', TEST_NOW + DAY_MS, 10, 40, { new_clinician: 1.1 }],
    ['exactly 85% full (not above)', TEST_NOW - 365 * DAY_MS, 34, 40, {}],
    ['90% full', TEST_NOW - 365 * DAY_MS, 36, 40, { high_load: 0.7 }],
    ['new and nearly full', TEST_NOW - DAY_MS, 9, 10, { new_clinician: 1.1, high_load: 0.7 }],
  ])('applies the boosts of %s', (_case, createdAt, currentPatientCount, capacity, expected) => {
    const clinician = makeClinician({
      createdAt,
      currentPatientCount,
      maxPatientCapacity: capacity,
    });
    expect(computeBoosts(clinician, TEST_NOW)).toEqual(expected);
  });

  it('reads the window from the configuration', () => {
    const clinician = makeClinician({ createdAt: TEST_NOW - 20 * DAY_MS });
    expect(isNewClinician(clinician, TEST_NOW)).toBe(true);
  });
});

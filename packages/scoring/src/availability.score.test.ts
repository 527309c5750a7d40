import { hoursUntilAvailable, scoreAvailability } from './availability.score';
import { HOUR_MS, makeClinician, TEST_NOW } from './testing/clinician.fixture';

describe('scoreAvailability', () => {
  describe('for urgent requests', () => {
    it.each([
      ['immediate availability, no slot', true, null, 1.0],
      ['immediate availability beats a far slot', true, TEST_NOW + 200 * HOUR_MS, 1.0],
      ['a slot right now', false, TEST_NOW, 1.0],
      ['a slot in 1 hour', false, TEST_NOW + 1 * HOUR_MS, 1.0],
      ['a slot in exactly 24 hours', false, TEST_NOW + 24 * HOUR_MS, 1.0],
      ['a slot in 24 hours and 1 ms', false, TEST_NOW + 24 * HOUR_MS + 1, 0.8],
      ['a slot in exactly 48 hours', false, TEST_NOW + 48 * HOUR_MS, 0.8],
      ['a slot in 60 hours', false, TEST_NOW + 60 * HOUR_MS, 0.6],
      ['a slot in exactly 72 hours', false, TEST_NOW + 72 * HOUR_MS, 0.6],
      ['a slot in 73 hours', false, TEST_NOW + 73 * HOUR_MS, 0.2],
      ['no slot at all', false, null, 0.2],
      ['a slot in the past is ignored', false, TEST_NOW - 1 * HOUR_MS, 0.2],
    ])('scores %s', (_case, immediateAvailability, nextAvailableSlot, expected) => {
      const clinician = makeClinician({ immediateAvailability, nextAvailableSlot });
      expect(scoreAvailability(clinician, 'immediate', TEST_NOW)).toBe(expected);
    });
  });

  describe('for flexible requests', () => {
    it.each([
      [0.73, 0.73],
      [0, 0],
      [1, 1],
      [1.4, 1],
      [-0.2, 0],
      [Number.NaN, 0],
    ])('uses the availability score %p clamped to %p', (availabilityScore, expected) => {
      const clinician = makeClinician({
        availabilityScore,
        immediateAvailability: true,
        nextAvailableSlot: TEST_NOW,
      });
      expect(scoreAvailability(clinician, 'flexible', TEST_NOW)).toBe(expected);
    });
  });
});

describe('hoursUntilAvailable', () => {
  it.each([
    [true, null, 0],
    [false, TEST_NOW + 30 * HOUR_MS, 30],
    [false, TEST_NOW - HOUR_MS, null],
    [false, null, null],
  ])('with immediate=%p and slot %p answers %p', (immediateAvailability, slot, expected) => {
    const clinician = makeClinician({ immediateAvailability, nextAvailableSlot: slot });
    expect(hoursUntilAvailable(clinician, TEST_NOW)).toBe(expected);
  });
});

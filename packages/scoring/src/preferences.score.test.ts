import type { TimeSlot } from '@lunajoy/models';

import { scorePreferences, type PreferenceRequest } from './preferences.score';
import { makeClinician } from './testing/clinician.fixture';

const ask = (overrides: Partial<PreferenceRequest>): PreferenceRequest => ({
  genderPreference: null,
  language: null,
  preferredTimeSlots: [],
  ...overrides,
});

describe('scorePreferences', () => {
  const clinician = makeClinician({
    gender: 'female',
    languages: ['english', 'spanish'],
    typicalAvailability: { morning: true, afternoon: false, evening: true, weekends: false },
  });
  const slots = (...names: TimeSlot[]): TimeSlot[] => names;

  it.each([
    ['nothing asked (neutral)', ask({}), 0.5],
    ['a matching gender', ask({ genderPreference: 'female' }), 1],
    ['another gender', ask({ genderPreference: 'male' }), 0],
    ['a spoken language', ask({ language: 'spanish' }), 1],
    ['a language not spoken', ask({ language: 'french' }), 0],
    ['all preferred slots covered', ask({ preferredTimeSlots: slots('morning', 'evening') }), 1],
    ['half the slots covered', ask({ preferredTimeSlots: slots('morning', 'weekends') }), 0.5],
    ['no slot covered', ask({ preferredTimeSlots: slots('afternoon') }), 0],
    ['gender and language both met', ask({ genderPreference: 'female', language: 'spanish' }), 1],
    ['gender met, language not', ask({ genderPreference: 'female', language: 'french' }), 0.5],
    [
      'all three, with half the slots: (1 + 0 + 0.5) / 3',
      ask({
        genderPreference: 'female',
        language: 'french',
        preferredTimeSlots: slots('evening', 'weekends'),
      }),
      0.5,
    ],
    [
      'all three, with one of three slots: (0 + 1 + 1/3) / 3',
      ask({
        genderPreference: 'male',
        language: 'english',
        preferredTimeSlots: slots('morning', 'afternoon', 'weekends'),
      }),
      4 / 9,
    ],
  ])('scores %s', (_case, prefs, expected) => {
    expect(scorePreferences(clinician, prefs)).toBeCloseTo(expected, 12);
  });
});

import {
  UnknownValueError,
  foldKey,
  isNoPreference,
  normaliseAction,
  normaliseAgeGroup,
  normaliseAgeRange,
  normaliseAppointmentType,
  normaliseGender,
  normaliseInsurerKey,
  normaliseLanguageKey,
  normaliseNeedKey,
  normaliseState,
  normaliseTherapyExperience,
  normaliseTimeSlot,
  normaliseUrgency,
  toSortedUnique,
} from './normalise';
import { TIME_SLOTS } from './vocabulary';

describe('foldKey', () => {
  it.each([
    [' Substance-Abuse ', 'substance_abuse'],
    ['Substance Abuse', 'substance_abuse'],
    ['substance__abuse', 'substance_abuse'],
    ['ANXIETY', 'anxiety'],
    ['Español', 'espanol'],
    ['Blue Cross & Blue Shield', 'blue_cross_and_blue_shield'],
    ['Blue Cross/Blue Shield', 'blue_cross_blue_shield'],
    ['non-binary', 'non_binary'],
    ['  ', ''],
  ])('folds %j to %j', (raw, folded) => {
    expect(foldKey(raw)).toBe(folded);
  });
});

describe('isNoPreference', () => {
  it.each([
    [null, true],
    [undefined, true],
    ['', true],
    ['   ', true],
    ['x', false],
    [0, false],
  ])('treats %j as no preference: %j', (raw, expected) => {
    expect(isNoPreference(raw)).toBe(expected);
  });
});

describe('normalising fixed vocabularies', () => {
  it.each([
    ['normaliseState', 'california', 'CA', normaliseState],
    ['normaliseState', 'ca', 'CA', normaliseState],
    ['normaliseState', ' CA ', 'CA', normaliseState],
    ['normaliseState', 'New York', 'NY', normaliseState],
    ['normaliseState', 'washington dc', 'DC', normaliseState],
    ['normaliseAppointmentType', 'Therapy', 'therapy', normaliseAppointmentType],
    ['normaliseAppointmentType', 'medication_management', 'medication', normaliseAppointmentType],
    ['normaliseAppointmentType', 'Med-Management', 'medication', normaliseAppointmentType],
    ['normaliseAppointmentType', 'psychiatry', 'medication', normaliseAppointmentType],
    ['normaliseGender', 'nonbinary', 'non_binary', normaliseGender],
    ['normaliseGender', 'Non-Binary', 'non_binary', normaliseGender],
    ['normaliseGender', 'NB', 'non_binary', normaliseGender],
    ['normaliseGender', 'Female', 'female', normaliseGender],
    ['normaliseTimeSlot', 'evening', 'evening', normaliseTimeSlot],
    ['normaliseTimeSlot', 'Evenings', 'evening', normaliseTimeSlot],
    ['normaliseTimeSlot', 'mornings', 'morning', normaliseTimeSlot],
    ['normaliseTimeSlot', 'afternoons', 'afternoon', normaliseTimeSlot],
    ['normaliseTimeSlot', 'weekend', 'weekends', normaliseTimeSlot],
    ['normaliseTimeSlot', 'Weekends', 'weekends', normaliseTimeSlot],
    ['normaliseUrgency', 'urgent', 'immediate', normaliseUrgency],
    ['normaliseUrgency', 'ASAP', 'immediate', normaliseUrgency],
    ['normaliseUrgency', 'Flexible', 'flexible', normaliseUrgency],
    ['normaliseAgeRange', '25-34', '25-34', normaliseAgeRange],
    ['normaliseAgeRange', '25 - 34', '25-34', normaliseAgeRange],
    ['normaliseAgeRange', '65+', '65+', normaliseAgeRange],
    ['normaliseAgeRange', '65 plus', '65+', normaliseAgeRange],
    ['normaliseAgeGroup', 'Adolescents', 'teens', normaliseAgeGroup],
    ['normaliseAgeGroup', 'older adults', 'seniors', normaliseAgeGroup],
    ['normaliseAgeGroup', 'young-adults', 'young_adults', normaliseAgeGroup],
    ['normaliseTherapyExperience', 'some_experience', 'returning', normaliseTherapyExperience],
    ['normaliseTherapyExperience', 'Some Experience', 'returning', normaliseTherapyExperience],
    ['normaliseTherapyExperience', 'first-time', 'first_time', normaliseTherapyExperience],
    ['normaliseAction', 'view', 'viewed', normaliseAction],
    ['normaliseAction', 'Book', 'booked', normaliseAction],
    ['normaliseAction', 'reject', 'rejected', normaliseAction],
  ] as const)('%s(%j) is %j', (_name, raw, expected, normalise) => {
    expect(normalise(raw)).toBe(expected);
  });

  it.each([null, undefined, '', '   '])('reads %j as no preference (null)', (raw) => {
    expect(normaliseState(raw)).toBeNull();
    expect(normaliseTimeSlot(raw)).toBeNull();
  });

  it('throws for an unknown value, listing the allowed ones', () => {
    expect(() => normaliseAppointmentType('massage')).toThrow(
      new UnknownValueError('massage', 'must be one of: therapy, medication'),
    );
    expect(() => normaliseAppointmentType('massage')).toThrow(
      '"massage" is not allowed: must be one of: therapy, medication',
    );
  });
});

describe('normalising data-vocabulary keys', () => {
  it.each([
    ['normaliseNeedKey', 'Anxiety', 'anxiety', normaliseNeedKey],
    ['normaliseNeedKey', ' ANXIETY ', 'anxiety', normaliseNeedKey],
    ['normaliseNeedKey', ' Substance-Abuse ', 'substance_abuse', normaliseNeedKey],
    ['normaliseNeedKey', 'substance_use', 'substance_abuse', normaliseNeedKey],
    ['normaliseNeedKey', 'Post-Traumatic Stress', 'ptsd', normaliseNeedKey],
    ['normaliseNeedKey', 'stress_management', 'stress', normaliseNeedKey],
    ['normaliseNeedKey', 'trauma', 'trauma', normaliseNeedKey],
    ['normaliseInsurerKey', 'Private Pay', 'private_pay', normaliseInsurerKey],
    ['normaliseInsurerKey', 'self-pay', 'private_pay', normaliseInsurerKey],
    ['normaliseInsurerKey', 'self_pay', 'private_pay', normaliseInsurerKey],
    ['normaliseInsurerKey', 'Cash', 'private_pay', normaliseInsurerKey],
    ['normaliseInsurerKey', 'none', 'none', normaliseInsurerKey],
    ['normaliseInsurerKey', 'BCBS', 'blue_cross_blue_shield', normaliseInsurerKey],
    [
      'normaliseInsurerKey',
      'Blue Cross Blue Shield',
      'blue_cross_blue_shield',
      normaliseInsurerKey,
    ],
    ['normaliseInsurerKey', 'UHC', 'unitedhealthcare', normaliseInsurerKey],
    ['normaliseInsurerKey', 'United', 'unitedhealthcare', normaliseInsurerKey],
    ['normaliseInsurerKey', 'Aetna', 'aetna', normaliseInsurerKey],
    ['normaliseLanguageKey', 'English', 'english', normaliseLanguageKey],
    ['normaliseLanguageKey', 'en', 'english', normaliseLanguageKey],
    ['normaliseLanguageKey', 'es', 'spanish', normaliseLanguageKey],
    ['normaliseLanguageKey', 'espanol', 'spanish', normaliseLanguageKey],
    ['normaliseLanguageKey', 'Español', 'spanish', normaliseLanguageKey],
    ['normaliseLanguageKey', '', null, normaliseLanguageKey],
    ['normaliseLanguageKey', null, null, normaliseLanguageKey],
  ] as const)('%s(%j) is %j', (_name, raw, expected, normalise) => {
    expect(normalise(raw)).toBe(expected);
  });
});

describe('toSortedUnique', () => {
  it('sorts by code unit, drops duplicates and nulls', () => {
    expect(toSortedUnique(['ptsd', 'anxiety', null, 'ptsd', 'Zeta'])).toEqual([
      'Zeta',
      'anxiety',
      'ptsd',
    ]);
  });

  it('keeps a given order for time slots', () => {
    expect(toSortedUnique(['weekends', 'evening', 'morning', 'evening'], TIME_SLOTS)).toEqual([
      'morning',
      'evening',
      'weekends',
    ]);
  });
});

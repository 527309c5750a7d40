import { formatZodIssues } from '../format-zod-issues';
import { sampleVocabulary } from '../testing/fixtures';
import { createRequestSchemas } from './create-request-schemas';

const { MatchPreferencesSchema, PartialPreferencesSchema, PreferencesQuerySchema } =
  createRequestSchemas(sampleVocabulary());

const base = { state: 'CA', appointment_type: 'therapy' };

function parse(body: Record<string, unknown>) {
  return MatchPreferencesSchema.parse({ ...base, ...body });
}

function issuesOf(body: unknown) {
  const result = MatchPreferencesSchema.safeParse(body);
  return result.success ? [] : formatZodIssues(result.error);
}

describe('MatchPreferencesSchema', () => {
  it('parses a full body to PatientPreferences', () => {
    expect(
      MatchPreferencesSchema.parse({
        state: 'California',
        appointment_type: 'Therapy',
        insurance_provider: 'Blue Cross Blue Shield',
        language: 'es',
        gender_preference: 'non-binary',
        clinical_needs: ['PTSD', 'anxiety'],
        preferred_time_slots: ['weekend', 'evenings'],
        urgency_level: 'urgent',
        age_range: '25-34',
      }),
    ).toEqual({
      state: 'CA',
      appointmentType: 'therapy',
      insuranceProvider: 'blue_cross_blue_shield',
      language: 'spanish',
      genderPreference: 'non_binary',
      clinicalNeeds: ['anxiety', 'ptsd'],
      preferredTimeSlots: ['evening', 'weekends'],
      urgencyLevel: 'immediate',
      ageRange: '25-34',
    });
  });

  it('defaults every optional preference', () => {
    expect(MatchPreferencesSchema.parse(base)).toEqual({
      state: 'CA',
      appointmentType: 'therapy',
      insuranceProvider: null,
      language: null,
      genderPreference: null,
      clinicalNeeds: [],
      preferredTimeSlots: [],
      urgencyLevel: 'flexible',
      ageRange: null,
    });
  });

  it.each([['Anxiety'], ['anxiety'], [' ANXIETY '], ['anxiety, Anxiety']])(
    'reads clinical_needs %j as the one need anxiety',
    (needs) => {
      expect(parse({ clinical_needs: needs }).clinicalNeeds).toEqual(['anxiety']);
      expect(parse({ clinical_needs: [needs] }).clinicalNeeds).toEqual(['anxiety']);
    },
  );

  it('accepts needs as a comma-separated string, with synonyms of needs in the data', () => {
    expect(parse({ clinical_needs: 'substance-use, PTSD,,' }).clinicalNeeds).toEqual([
      'ptsd',
      'substance_abuse',
    ]);
  });

  it.each([
    [['evening', 'evenings'], ['evening']],
    ['Evenings, evening', ['evening']],
    [
      ['weekends', 'Morning', 'weekend'],
      ['morning', 'weekends'],
    ],
  ])('reads time slots %j as %j', (slots, expected) => {
    expect(parse({ preferred_time_slots: slots }).preferredTimeSlots).toEqual(expected);
  });

  it.each([
    ['language', ''],
    ['language', '   '],
    ['language', null],
    ['insurance_provider', ''],
    ['gender_preference', ''],
  ])('reads %s %j as no preference', (field, value) => {
    const preferences = parse({ [field]: value });
    expect([
      preferences.language,
      preferences.insuranceProvider,
      preferences.genderPreference,
    ]).toEqual([null, null, null]);
  });

  it.each([
    ['self-pay', 'private_pay'],
    ['Private Pay', 'private_pay'],
    ['uhc', 'unitedhealthcare'],
  ])('reads insurance %j as %j', (insurance, expected) => {
    expect(parse({ insurance_provider: insurance }).insuranceProvider).toBe(expected);
  });

  it('rejects an unknown need with a message naming the allowed needs', () => {
    expect(issuesOf({ ...base, clinical_needs: ['anxiety', 'grief'] })).toEqual([
      {
        path: 'clinical_needs.1',
        message:
          'unknown value "grief": must be one of: anxiety, depression, ptsd, stress, substance_abuse, trauma',
      },
    ]);
  });

  it('rejects a need synonym whose need no clinician has', () => {
    expect(issuesOf({ ...base, clinical_needs: 'adhd' }).map((issue) => issue.path)).toEqual([
      'clinical_needs.0',
    ]);
  });

  it.each([
    [
      'insurance_provider',
      'none',
      'must be one of: aetna, blue_cross_blue_shield, private_pay, unitedhealthcare',
    ],
    ['language', 'klingon', 'must be one of: english, spanish'],
    ['urgency_level', 'now', 'must be one of: immediate, flexible'],
    ['gender_preference', 'any', 'must be one of: female, male, non_binary'],
    ['age_range', '30', 'must be one of: 13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+'],
  ])('rejects %s %j, listing the allowed values', (field, value, allowed) => {
    expect(issuesOf({ ...base, [field]: value })).toEqual([
      { path: field, message: `unknown value ${JSON.stringify(value)}: ${allowed}` },
    ]);
  });

  it('requires state and appointment type, and reports every issue with its path', () => {
    expect(issuesOf({ state: '', clinical_needs: ['x'], preferred_time_slots: 'noon' })).toEqual([
      { path: 'state', message: 'must not be empty' },
      { path: 'appointment_type', message: 'is required' },
      {
        path: 'clinical_needs.0',
        message:
          'unknown value "x": must be one of: anxiety, depression, ptsd, stress, substance_abuse, trauma',
      },
      {
        path: 'preferred_time_slots.0',
        message: 'unknown value "noon": must be one of: morning, afternoon, evening, weekends',
      },
    ]);
  });

  it('rejects a body that is not an object', () => {
    expect(issuesOf(null)).toEqual([{ path: '', message: 'must be an object' }]);
  });
});

describe('PartialPreferencesSchema', () => {
  it('keeps only the preferences given', () => {
    expect(PartialPreferencesSchema.parse({ language: 'English', clinical_needs: [] })).toEqual({
      language: 'english',
      clinicalNeeds: [],
    });
  });

  it('tells "not given" from "no preference"', () => {
    expect(PartialPreferencesSchema.parse({ insurance_provider: '' })).toEqual({
      insuranceProvider: null,
    });
    expect(PartialPreferencesSchema.parse({})).toEqual({});
  });
});

describe('PreferencesQuerySchema', () => {
  it('reads preferences from query parameters, lists repeated or comma-separated', () => {
    expect(
      PreferencesQuerySchema.parse({
        state: 'ny',
        appointment_type: 'medication',
        clinical_needs: ['anxiety', 'ptsd,stress'],
        preferred_time_slots: 'evenings',
      }),
    ).toMatchObject({
      state: 'NY',
      appointmentType: 'medication',
      clinicalNeeds: ['anxiety', 'ptsd', 'stress'],
      preferredTimeSlots: ['evening'],
    });
  });

  it('rejects a repeated scalar parameter', () => {
    const result = PreferencesQuerySchema.safeParse({ ...base, state: ['CA', 'NY'] });
    expect(formatZodIssues(result.error!)).toEqual([
      { path: 'state', message: 'must be given once' },
    ]);
  });
});

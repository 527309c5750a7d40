import { formatZodIssues } from '../format-zod-issues';
import { sampleVocabulary } from '../testing/fixtures';
import { createRequestSchemas } from './create-request-schemas';

const { RegisterUserBodySchema } = createRequestSchemas(sampleVocabulary());

describe('RegisterUserBodySchema', () => {
  it('registers as basic by default, with an empty profile and no contact details', () => {
    expect(RegisterUserBodySchema.parse({})).toEqual({
      userId: null,
      registrationType: 'basic',
      preferences: {},
      profile: { ageRange: null, gender: null, therapyExperience: null, therapyGoals: [] },
      contact: { email: null, phone: null, city: null, zipCode: null },
    });
  });

  it('parses preferences, profile and contact details', () => {
    expect(
      RegisterUserBodySchema.parse({
        registration_type: 'Complete',
        preferences: { state: 'CA', language: 'en' },
        profile: { therapy_goals: 'Better sleep, manage stress', gender: 'f' },
        email: 'pat@example.com',
        zip_code: '94612',
      }),
    ).toEqual({
      userId: null,
      registrationType: 'complete',
      preferences: { state: 'CA', language: 'english' },
      profile: {
        ageRange: null,
        gender: 'female',
        therapyExperience: null,
        therapyGoals: ['better_sleep', 'manage_stress'],
      },
      contact: { email: 'pat@example.com', phone: null, city: null, zipCode: '94612' },
    });
  });

  it('rejects anonymous registration and a malformed email', () => {
    const result = RegisterUserBodySchema.safeParse({ registration_type: 'anonymous', email: 'x' });
    expect(formatZodIssues(result.error!)).toEqual([
      {
        path: 'registration_type',
        message: 'unknown value "anonymous": must be one of: basic, complete',
      },
      { path: 'email', message: 'must be an email address' },
    ]);
  });

  it.each(['a b', 'x'.repeat(129), 'pat\u{1F642}', '-leading-dash'])(
    'rejects the patient id %j, which could never be the subject of a token',
    (userId) => {
      const result = RegisterUserBodySchema.safeParse({ user_id: userId });

      expect(result.success).toBe(false);
      expect(formatZodIssues(result.error!)[0]?.path).toBe('user_id');
    },
  );

  it('rejects an unknown field, naming it and the fields a registration takes', () => {
    const result = RegisterUserBodySchema.safeParse({ stated_preferences: { state: 'CA' } });

    expect(result.success).toBe(false);
    expect(formatZodIssues(result.error!)).toEqual([
      {
        path: '',
        message:
          'unknown field "stated_preferences"; allowed: user_id, registration_type, ' +
          'preferences, profile, email, phone, city, zip_code',
      },
    ]);
  });

  it('rejects a misspelt preference inside the body with its path', () => {
    const result = RegisterUserBodySchema.safeParse({ preferences: { clinical_need: 'anxiety' } });

    expect(result.success).toBe(false);
    const [issue] = formatZodIssues(result.error!);
    expect(issue?.path).toBe('preferences');
    expect(issue?.message).toMatch(/^unknown field "clinical_need"; allowed: state, /);
  });
});

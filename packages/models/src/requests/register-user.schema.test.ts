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
});

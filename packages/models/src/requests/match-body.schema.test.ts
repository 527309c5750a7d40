import { formatZodIssues } from '../format-zod-issues';
import { sampleVocabulary } from '../testing/fixtures';
import { createRequestSchemas } from './create-request-schemas';

const { BasicMatchBodySchema, CompleteMatchBodySchema } = createRequestSchemas(sampleVocabulary());

describe('BasicMatchBodySchema', () => {
  it('parses a registered patient request with partial preferences and profile', () => {
    expect(
      BasicMatchBodySchema.parse({
        user_id: 'user_001',
        preferences: { clinical_needs: 'anxiety', urgency_level: 'asap' },
        profile: { age_range: '18-24', therapy_experience: 'some_experience' },
      }),
    ).toEqual({
      userId: 'user_001',
      preferences: { clinicalNeeds: ['anxiety'], urgencyLevel: 'immediate' },
      profile: { ageRange: '18-24', therapyExperience: 'returning' },
    });
  });

  it('requires state and appointment type when there is no user to fall back on', () => {
    const result = BasicMatchBodySchema.safeParse({ preferences: { language: 'english' } });
    expect(formatZodIssues(result.error!)).toEqual([
      { path: 'preferences.state', message: 'is required when no user_id is given' },
      { path: 'preferences.appointment_type', message: 'is required when no user_id is given' },
    ]);
  });

  it('keeps nested paths of bad values', () => {
    const result = BasicMatchBodySchema.safeParse({
      user_id: 'u',
      preferences: { clinical_needs: ['anxiety', 'grief'] },
      profile: { gender: 'x' },
    });
    expect(formatZodIssues(result.error!).map((issue) => issue.path)).toEqual([
      'preferences.clinical_needs.1',
      'profile.gender',
    ]);
  });
});

describe('CompleteMatchBodySchema', () => {
  it.each([
    [{}, true],
    [{ use_history: false }, false],
  ])('reads %j as useHistory %j', (extra, useHistory) => {
    const body = CompleteMatchBodySchema.parse({ user_id: 'user_001', ...extra });
    expect(body).toEqual({ userId: 'user_001', preferences: {}, profile: {}, useHistory });
  });

  it('accepts only a boolean use_history', () => {
    const result = CompleteMatchBodySchema.safeParse({ user_id: 'u', use_history: 'yes' });
    expect(formatZodIssues(result.error!)).toEqual([
      { path: 'use_history', message: 'must be true or false' },
    ]);
  });
});

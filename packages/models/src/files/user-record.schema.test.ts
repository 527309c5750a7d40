import { formatZodIssues } from '../format-zod-issues';
import { userRecordInput } from '../testing/fixtures';
import { UserRecordSchema } from './user-record.schema';

function issuesOf(input: unknown) {
  const result = UserRecordSchema.safeParse(input);
  return result.success ? [] : formatZodIssues(result.error);
}

describe('UserRecordSchema', () => {
  it('accepts a record in the platform layout, extra fields kept', () => {
    const record = UserRecordSchema.parse({ ...userRecordInput(), cohort: 'spring' });
    expect(record['cohort']).toBe('spring');
  });

  it('normalises stated preferences and profile vocabularies', () => {
    const input = userRecordInput();
    input.registration_type = 'Basic';
    input.stated_preferences = {
      state: 'california',
      appointment_type: 'Medication Management',
      gender_preference: 'nb',
      preferred_time_slots: 'Weekend, evening, Evenings',
      urgency_level: 'ASAP',
      language: '',
    };
    input.profile_data = { age_range: '65 plus', therapy_experience: 'some_experience' };

    const record = UserRecordSchema.parse(input);

    expect(record.registration_type).toBe('basic');
    expect(record.stated_preferences).toEqual({
      state: 'CA',
      appointment_type: 'medication',
      gender_preference: 'non_binary',
      preferred_time_slots: ['evening', 'weekends'],
      urgency_level: 'immediate',
      language: null,
      insurance_provider: undefined,
    });
    expect(record.profile_data?.age_range).toBe('65+');
    expect(record.profile_data?.therapy_experience).toBe('returning');
  });

  it('accepts viewed clinicians as ids or as objects', () => {
    const record = UserRecordSchema.parse(userRecordInput());
    expect(record.interaction_history?.clinicians_viewed).toEqual([
      'clin_002',
      { clinician_id: 'clin_001', timestamp: '2024-03-01T10:00:00Z', duration: 42 },
    ]);
  });

  it.each([
    [{ stated_preferences: { state: 'Atlantis' } }, 'stated_preferences.state'],
    [{ registration_type: 'premium' }, 'registration_type'],
    [{ profile_data: { age_range: '10-12' } }, 'profile_data.age_range'],
    [{ created_at: 'last spring' }, 'created_at'],
    [
      { interaction_history: { clinicians_booked: ['clin_001', { id: 'clin_002' }] } },
      'interaction_history.clinicians_booked.1',
    ],
  ])('rejects %j at %s', (change, path) => {
    expect(issuesOf({ ...userRecordInput(), ...change }).map((issue) => issue.path)).toEqual([
      path,
    ]);
  });

  it('names the allowed registration types', () => {
    expect(issuesOf({ ...userRecordInput(), registration_type: 'premium' })).toEqual([
      {
        path: 'registration_type',
        message: 'unknown value "premium": must be one of: anonymous, basic, complete',
      },
    ]);
  });
});

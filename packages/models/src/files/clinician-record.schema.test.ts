import { formatZodIssues } from '../format-zod-issues';
import { clinicianRecordInput } from '../testing/fixtures';
import { ClinicianRecordSchema } from './clinician-record.schema';

function issuesOf(input: unknown) {
  const result = ClinicianRecordSchema.safeParse(input);
  return result.success ? [] : formatZodIssues(result.error);
}

describe('ClinicianRecordSchema', () => {
  it('accepts a record in the platform layout', () => {
    expect(issuesOf(clinicianRecordInput())).toEqual([]);
  });

  it('keeps unknown extra fields at every level', () => {
    const input = {
      ...clinicianRecordInput(),
      source_system: 'legacy',
      basic_info: { ...clinicianRecordInput().basic_info, npi: '1234567890' },
      admin_data: { ...clinicianRecordInput().admin_data, notes: { internal: true } },
    };

    const record = ClinicianRecordSchema.parse(input);

    expect(record['source_system']).toBe('legacy');
    expect(record.basic_info['npi']).toBe('1234567890');
    expect(record.admin_data['notes']).toEqual({ internal: true });
  });

  it('normalises fixed vocabularies before validating them', () => {
    const input = clinicianRecordInput();
    input.basic_info.license_states = ['ny', 'California', 'NY'];
    input.basic_info.appointment_types = ['Therapy', 'Medication Management'];
    input.basic_info.license_numbers = { ca: 'PSY1', ny: 77 };
    input.profile_features.gender = 'Non-Binary';
    input.profile_features.age_groups_served = ['Adolescents', 'older_adults'];
    input.admin_data.active_status = 'Inactive';

    const record = ClinicianRecordSchema.parse(input);

    expect(record.basic_info.license_states).toEqual(['CA', 'NY']);
    expect(record.basic_info.appointment_types).toEqual(['medication', 'therapy']);
    expect(record.basic_info.license_numbers).toEqual({ CA: 'PSY1', NY: '77' });
    expect(record.profile_features.gender).toBe('non_binary');
    expect(record.profile_features.age_groups_served).toEqual(['seniors', 'teens']);
    expect(record.admin_data.active_status).toBe(false);
  });

  it('keeps data-vocabulary text as written, for its display labels', () => {
    const record = ClinicianRecordSchema.parse(clinicianRecordInput());
    expect(record.admin_data.insurances_accepted).toEqual([
      'Aetna',
      'Blue Cross Blue Shield',
      'Private Pay',
    ]);
  });

  it('accepts null performance metrics and a null capacity', () => {
    const input = clinicianRecordInput();
    input.performance_metrics = null;
    input.availability_features.max_patient_capacity = null;
    expect(issuesOf(input)).toEqual([]);
  });

  it.each([
    [
      'a state outside US_STATES',
      (input: ReturnType<typeof clinicianRecordInput>) => {
        input.basic_info.license_states = ['CA', 'ZZ'];
      },
      'basic_info.license_states.1',
    ],
    [
      'a licence for an unknown state',
      (input: ReturnType<typeof clinicianRecordInput>) => {
        input.basic_info.license_numbers = { QQ: '1' };
      },
      'basic_info.license_numbers.QQ',
    ],
  ])('rejects %s at its path, listing the states', (_case, change, path) => {
    const input = clinicianRecordInput();
    change(input);

    const issues = issuesOf(input);

    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]?.message).toMatch(/^unknown value "(ZZ|QQ)": must be one of: AL, AK, AZ, /);
    expect(issues[0]?.message).toMatch(/, WY$/);
  });

  it.each([
    [
      'profile_features.gender',
      { gender: 'other' },
      'unknown value "other": must be one of: female, male, non_binary',
    ],
    [
      'profile_features.years_experience',
      { years_experience: -1 },
      'must be a number of at least 0',
    ],
    [
      'profile_features.age_groups_served.0',
      { age_groups_served: ['toddlers'] },
      'unknown value "toddlers": must be one of: teens, young_adults, adults, seniors',
    ],
  ])('rejects a bad %s', (path, change, message) => {
    const input = clinicianRecordInput();
    Object.assign(input.profile_features, change);
    expect(issuesOf(input)).toEqual([{ path, message }]);
  });

  it.each([
    ['availability_features.next_available_slot', 'next week'],
    ['admin_data.created_at', '14/03/2022'],
  ])('rejects a timestamp that is not ISO 8601 at %s', (path, text) => {
    const input = clinicianRecordInput();
    if (path.startsWith('availability')) input.availability_features.next_available_slot = text;
    else input.admin_data.created_at = text;

    expect(issuesOf(input)).toEqual([
      { path, message: 'must be an ISO 8601 timestamp (for example 2024-05-01T09:30:00Z)' },
    ]);
  });

  it('reports every missing group as required', () => {
    expect(issuesOf({ clinician_id: 'x' })).toEqual([
      { path: 'basic_info', message: 'is required' },
      { path: 'profile_features', message: 'is required' },
      { path: 'availability_features', message: 'is required' },
      { path: 'admin_data', message: 'is required' },
    ]);
  });

  it('range-checks the rates it scores with', () => {
    const input = clinicianRecordInput();
    input.availability_features.availability_score = 1.2;
    expect(issuesOf(input)).toEqual([
      {
        path: 'availability_features.availability_score',
        message: 'must be a number from 0 to 1',
      },
    ]);
  });
});

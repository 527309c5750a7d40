import { formatZodIssues } from '../format-zod-issues';
import { sampleVocabulary } from '../testing/fixtures';
import { createRequestSchemas } from './create-request-schemas';

const { ClinicianListQuerySchema } = createRequestSchemas(sampleVocabulary());

function issuesOf(query: Record<string, unknown>) {
  const result = ClinicianListQuerySchema.safeParse(query);
  return result.success ? [] : formatZodIssues(result.error);
}

describe('ClinicianListQuerySchema', () => {
  it('defaults to the first 20, unfiltered', () => {
    expect(ClinicianListQuerySchema.parse({})).toEqual({
      state: null,
      appointmentType: null,
      specialty: null,
      accepting: null,
      limit: 20,
      offset: 0,
    });
  });

  it('normalises the filters', () => {
    expect(
      ClinicianListQuerySchema.parse({
        state: 'texas',
        appointment_type: 'Medication',
        specialty: 'Substance Use',
        accepting: 'true',
        limit: '100',
        offset: '40',
      }),
    ).toEqual({
      state: 'TX',
      appointmentType: 'medication',
      specialty: 'substance_abuse',
      accepting: true,
      limit: 100,
      offset: 40,
    });
  });

  it.each([
    [{ limit: '0' }, 'limit', 'must be an integer from 1 to 100'],
    [{ limit: '101' }, 'limit', 'must be an integer from 1 to 100'],
    [{ offset: '-1' }, 'offset', 'must be an integer of at least 0'],
    [{ accepting: 'yes' }, 'accepting', 'must be true or false'],
    [{ state: ['CA', 'NY'] }, 'state', 'must be given once'],
    [
      { specialty: 'grief' },
      'specialty',
      'unknown value "grief": must be one of: anxiety, depression, ptsd, stress, substance_abuse, trauma',
    ],
  ])('rejects %j', (query, path, message) => {
    expect(issuesOf(query)).toEqual([{ path, message }]);
  });
});

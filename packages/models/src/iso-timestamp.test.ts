import { IsoTimestampSchema, parseIsoTimestamp } from './iso-timestamp';

describe('parseIsoTimestamp', () => {
  it.each([
    ['2024-05-01T09:30:00Z', Date.UTC(2024, 4, 1, 9, 30)],
    ['2024-05-01T09:30:00.250Z', Date.UTC(2024, 4, 1, 9, 30, 0, 250)],
    ['2024-05-01T09:30:00+02:00', Date.UTC(2024, 4, 1, 7, 30)],
    ['2024-05-01T09:30:00-0500', Date.UTC(2024, 4, 1, 14, 30)],
    ['2024-05-01T09:30', Date.UTC(2024, 4, 1, 9, 30)],
    ['2024-05-01T09:30:00', Date.UTC(2024, 4, 1, 9, 30)],
    ['2024-05-01 09:30:00', Date.UTC(2024, 4, 1, 9, 30)],
    ['2024-05-01', Date.UTC(2024, 4, 1)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
  ])('reads %j as %d (UTC when no offset is given)', (text, epochMs) => {
    expect(parseIsoTimestamp(text)).toBe(epochMs);
  });

  it.each(['', 'yesterday', '2024-13-01', '2023-02-29', '2024-05-01T25:00:00Z', '1714555800000'])(
    'rejects %j',
    (text) => {
      expect(parseIsoTimestamp(text)).toBeNull();
    },
  );
});

describe('IsoTimestampSchema', () => {
  it('keeps the text as written', () => {
    expect(IsoTimestampSchema.parse('2024-05-01T09:30:00Z')).toBe('2024-05-01T09:30:00Z');
  });

  it('explains a bad timestamp', () => {
    const result = IsoTimestampSchema.safeParse('01/05/2024');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'must be an ISO 8601 timestamp (for example 2024-05-01T09:30:00Z)',
    ]);
  });
});

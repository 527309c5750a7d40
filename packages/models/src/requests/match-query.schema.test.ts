import { formatZodIssues } from '../format-zod-issues';
import { MatchQuerySchema } from './match-query.schema';

function issuesOf(query: Record<string, unknown>) {
  const result = MatchQuerySchema.safeParse(query);
  return result.success ? [] : formatZodIssues(result.error);
}

describe('MatchQuerySchema', () => {
  it('defaults to limit 10, explain true, include_booked false', () => {
    expect(MatchQuerySchema.parse({})).toEqual({ limit: 10, explain: true, includeBooked: false });
  });

  it.each([
    ['1', 1],
    ['50', 50],
    ['10', 10],
    [' 7 ', 7],
  ])('reads limit %j as %d', (limit, expected) => {
    expect(MatchQuerySchema.parse({ limit }).limit).toBe(expected);
  });

  it.each(['0', '51', '1.5', 'abc', '', '-3', '1e1', '10abc'])('rejects limit %j', (limit) => {
    expect(issuesOf({ limit })).toEqual([
      { path: 'limit', message: 'must be an integer from 1 to 50' },
    ]);
  });

  it('rejects a repeated limit', () => {
    expect(issuesOf({ limit: ['5', '6'] })).toEqual([
      { path: 'limit', message: 'must be given once' },
    ]);
  });

  it.each([
    [{ explain: 'false' }, { explain: false, includeBooked: false }],
    [
      { explain: 'true', include_booked: 'true' },
      { explain: true, includeBooked: true },
    ],
    [{ include_booked: 'false' }, { explain: true, includeBooked: false }],
  ])('reads %j', (query, expected) => {
    expect(MatchQuerySchema.parse(query)).toMatchObject(expected);
  });

  it.each(['TRUE', '1', 'yes', 'no', ''])(
    'accepts only true or false for explain, not %j',
    (value) => {
      expect(issuesOf({ explain: value })).toEqual([
        { path: 'explain', message: 'must be true or false' },
      ]);
    },
  );

  it('reports every bad parameter', () => {
    expect(issuesOf({ limit: '0', explain: 'maybe', include_booked: ['true', 'false'] })).toEqual([
      { path: 'limit', message: 'must be an integer from 1 to 50' },
      { path: 'explain', message: 'must be true or false' },
      { path: 'include_booked', message: 'must be given once' },
    ]);
  });
});

import { MatchQueryParamsSchema, MatchQuerySchema } from '@lunajoy/models';

import { AppError } from '../errors/app-error';
import { parseQuery, parseQueryString } from './query-string';

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err.details?.issues ?? [];
    throw err;
  }
  throw new Error('expected a validation error');
}

describe('parseQueryString', () => {
  it('keeps bracketed keys literal instead of building objects', () => {
    const query = parseQueryString('limit[a]=1&explain[]=true&a.b=2');

    expect({ ...query }).toEqual({ 'limit[a]': '1', 'explain[]': 'true', 'a.b': '2' });
  });

  it('turns a repeated key into a list', () => {
    expect({ ...parseQueryString('limit=1&limit=2&limit=3') }).toEqual({ limit: ['1', '2', '3'] });
  });

  it('cannot reach Object.prototype', () => {
    const query = parseQueryString('__proto__=x&constructor=y&toString=z');

    expect(Object.getPrototypeOf(query)).toBeNull();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(query.toString).toBe('z');
  });
});

describe('parseQuery', () => {
  const parse = (raw: string) =>
    parseQuery(parseQueryString(raw), MatchQuerySchema, MatchQueryParamsSchema);

  it('fills the defaults', () => {
    expect(parse('')).toEqual({ limit: 10, explain: true, includeBooked: false });
  });

  it('rejects a repeated scalar', () => {
    expect(issuesOf(() => parse('limit=2&limit=3'))).toEqual([
      { path: 'query.limit', message: 'must be given once' },
    ]);
  });

  it('rejects unknown and nested parameters, naming the allowed ones', () => {
    const issues = issuesOf(() => parse('limt=5&limit[x]=1'));

    expect(issues.map((i) => i.path)).toEqual(['query.limt', 'query.limit[x]']);
    expect(issues[0]?.message).toContain('allowed: limit, explain, include_booked');
  });

  it('lists every bad value at once', () => {
    const issues = issuesOf(() => parse('limit=0&explain=yes&include_booked=1'));

    expect(issues.map((i) => i.path).sort()).toEqual(
      ['query.explain', 'query.include_booked', 'query.limit'].sort(),
    );
  });
});

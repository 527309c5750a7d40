import { z } from 'zod';
import { formatZodIssues } from './format-zod-issues';

describe('formatZodIssues', () => {
  const Schema = z.object({
    preferences: z.object({ clinical_needs: z.array(z.string().min(2, { error: 'too short' })) }),
  });

  it('joins each issue path with dots and keeps every issue', () => {
    const result = Schema.safeParse({ preferences: { clinical_needs: ['a', 'ok', 'b'] } });
    expect(formatZodIssues(result.error!)).toEqual([
      { path: 'preferences.clinical_needs.0', message: 'too short' },
      { path: 'preferences.clinical_needs.2', message: 'too short' },
    ]);
  });

  it('roots the paths under a prefix', () => {
    const result = z.object({ limit: z.number() }).safeParse({ limit: 'x' });
    expect(formatZodIssues(result.error!, 'query')).toEqual([
      { path: 'query.limit', message: 'Invalid input: expected number, received string' },
    ]);
  });
});

import { formatZodIssues } from '../format-zod-issues';
import { InteractionBodySchema } from './interaction-body.schema';

const body = { user_id: 'user_001', clinician_id: 'clin_001' };

describe('InteractionBodySchema', () => {
  it.each([
    ['view', 'viewed'],
    ['click', 'clicked'],
    ['contact', 'contacted'],
    ['book', 'booked'],
    ['ignore', 'ignored'],
    ['reject', 'rejected'],
    ['Booked', 'booked'],
  ])('reads action %j as %j', (action, expected) => {
    expect(InteractionBodySchema.parse({ ...body, action }).action).toBe(expected);
  });

  it('parses the optional fields, keeping the context as sent', () => {
    expect(
      InteractionBodySchema.parse({
        ...body,
        action: 'viewed',
        session_id: 's1',
        context: { match_score: 1.05, ranking_position: 3, tier: 'basic' },
      }),
    ).toEqual({
      userId: 'user_001',
      clinicianId: 'clin_001',
      action: 'viewed',
      sessionId: 's1',
      interactionId: null,
      context: { match_score: 1.05, ranking_position: 3, tier: 'basic' },
    });
  });

  it('requires the ids and an action from the list', () => {
    const result = InteractionBodySchema.safeParse({ user_id: ' ', action: 'like' });
    expect(formatZodIssues(result.error!)).toEqual([
      { path: 'user_id', message: 'must not be empty' },
      { path: 'clinician_id', message: 'is required' },
      {
        path: 'action',
        message:
          'unknown value "like": must be one of: viewed, clicked, contacted, booked, ignored, rejected',
      },
    ]);
  });
});

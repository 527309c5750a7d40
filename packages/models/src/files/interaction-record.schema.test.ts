import { formatZodIssues } from '../format-zod-issues';
import { interactionRecordInput } from '../testing/fixtures';
import { InteractionRecordSchema } from './interaction-record.schema';

function issuesOf(input: unknown) {
  const result = InteractionRecordSchema.safeParse(input);
  return result.success ? [] : formatZodIssues(result.error);
}

describe('InteractionRecordSchema', () => {
  it('stores an informational match score as written, even above 1', () => {
    const record = InteractionRecordSchema.parse(interactionRecordInput());
    expect(record.match_context.match_score).toBe(1.1);
  });

  it('keeps unknown fields of the match context and the outcome', () => {
    const input = interactionRecordInput();
    const record = InteractionRecordSchema.parse({
      ...input,
      match_context: { ...input.match_context, user_type: 'complete' },
      outcome: { ...input.outcome, satisfaction: 5 },
    });

    expect(record.match_context['user_type']).toBe('complete');
    expect(record.outcome['satisfaction']).toBe(5);
  });

  it.each([
    ['Booked', 'booked'],
    ['book', 'booked'],
    ['VIEW', 'viewed'],
  ])('reads the action %j as %j', (action, expected) => {
    const input = interactionRecordInput();
    input.outcome.action = action;
    expect(InteractionRecordSchema.parse(input).outcome.action).toBe(expected);
  });

  it('rejects an unknown action, listing the actions', () => {
    const input = interactionRecordInput();
    input.outcome.action = 'liked';
    expect(issuesOf(input)).toEqual([
      {
        path: 'outcome.action',
        message:
          'unknown value "liked": must be one of: viewed, clicked, contacted, booked, ignored, rejected',
      },
    ]);
  });

  it('requires the ids and a match time', () => {
    expect(issuesOf({ outcome: { action: 'viewed' }, match_context: {} })).toEqual([
      { path: 'interaction_id', message: 'is required' },
      { path: 'user_id', message: 'is required' },
      { path: 'clinician_id', message: 'is required' },
      { path: 'match_context.timestamp', message: 'is required' },
    ]);
  });
});

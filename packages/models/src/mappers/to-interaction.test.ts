import { InteractionRecordSchema } from '../files/interaction-record.schema';
import { interactionRecordInput } from '../testing/fixtures';
import { toInteraction } from './to-interaction';

describe('toInteraction', () => {
  it('maps a record, timed when the patient acted', () => {
    expect(toInteraction(InteractionRecordSchema.parse(interactionRecordInput()))).toEqual({
      id: 'int_001',
      userId: 'user_001',
      clinicianId: 'clin_001',
      sessionId: 'sess_001',
      action: 'booked',
      timestamp: Date.UTC(2024, 2, 1, 10, 5),
    });
  });

  it('falls back to the match time and a null session', () => {
    const input = interactionRecordInput();
    delete input.outcome.action_timestamp;
    delete input.session_id;

    const interaction = toInteraction(InteractionRecordSchema.parse(input));

    expect(interaction.timestamp).toBe(Date.UTC(2024, 2, 1, 10));
    expect(interaction.sessionId).toBeNull();
  });
});

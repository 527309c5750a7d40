import type { Interaction } from '../domain';
import type { InteractionRecord } from '../files/interaction-record.schema';
import { parseIsoTimestamp } from '../iso-timestamp';

/**
 * The canonical interaction of a validated record. Its time is when the patient acted, or when
 * the match was shown if the record does not say.
 */
export function toInteraction(record: InteractionRecord): Interaction {
  const actedAt = record.outcome.action_timestamp ?? record.match_context.timestamp;

  return {
    id: record.interaction_id,
    userId: record.user_id,
    clinicianId: record.clinician_id,
    sessionId: record.session_id ?? null,
    action: record.outcome.action,
    timestamp: parseIsoTimestamp(actedAt) ?? 0,
  };
}

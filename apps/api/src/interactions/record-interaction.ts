import { createHash, randomUUID } from 'node:crypto';

import { canonicalJson, RepositoryError, type StoredInteraction } from '@lunajoy/db';
import type { Clock, Interaction, InteractionBody } from '@lunajoy/models';

import { AppError } from '../errors/app-error';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { PatientStores } from '../users/patient-stores';

export interface RecordInteractionDeps {
  stores: Pick<PatientStores, 'interactions'>;
  clock: Clock;
  /** the snapshot whose in-memory matrix learns the interaction at once */
  snapshot: Pick<ApiSnapshot, 'learning' | 'catalogue'>;
}

/** What recording answered: the stored interaction, and whether this was a repeat of it. */
export interface RecordedAnswer {
  interaction: Interaction;
  /** true when the same report had already been stored (a retry): nothing changed */
  replayed: boolean;
}

/**
 * The id of an interaction: the client's `interaction_id`, else one derived from the
 * `Idempotency-Key` (per patient, so two patients' keys never collide), else a fresh one.
 */
export function interactionIdFor(body: InteractionBody, idempotencyKey: string | null): string {
  if (body.interactionId !== null) return body.interactionId;
  if (idempotencyKey === null) return `int_${randomUUID()}`;
  const digest = createHash('sha256').update(`${body.userId}\n${idempotencyKey}`).digest();
  return `idem_${digest.toString('base64url').slice(0, 27)}`;
}

/** Whether a stored interaction is the report `body` makes; its time was set when stored. */
function isSameReport(stored: StoredInteraction, body: InteractionBody): boolean {
  const { interaction, matchContext } = stored;
  const expectedContext = { timestamp: matchContext?.timestamp, ...body.context };
  return (
    interaction.userId === body.userId &&
    interaction.clinicianId === body.clinicianId &&
    interaction.action === body.action &&
    interaction.sessionId === body.sessionId &&
    canonicalJson(matchContext ?? {}) === canonicalJson(expectedContext)
  );
}

async function replayOf(
  deps: RecordInteractionDeps,
  id: string,
  body: InteractionBody,
): Promise<RecordedAnswer | null> {
  const stored = await deps.stores.interactions.findInteraction(id);
  if (stored === null) return null;
  if (!isSameReport(stored, body)) {
    throw new AppError('conflict', 'This interaction id was already used for another report');
  }
  return { interaction: stored.interaction, replayed: true };
}

/**
 * Records an interaction in PostgreSQL (which bumps the patient's version, so none of their
 * cached answers is served again) and then folds it into this instance's matrix. A retry with
 * the same id or idempotency key and the same body lands once and is answered with what was
 * stored; the same id with another body is a 409. An unknown patient or clinician is a 404.
 */
export async function recordInteraction(
  deps: RecordInteractionDeps,
  body: InteractionBody,
  idempotencyKey: string | null,
): Promise<RecordedAnswer> {
  const id = interactionIdFor(body, idempotencyKey);
  const idempotent = body.interactionId !== null || idempotencyKey !== null;
  const earlier = idempotent ? await replayOf(deps, id, body) : null;
  if (earlier) return earlier;

  let recorded;
  try {
    recorded = await deps.stores.interactions.recordInteraction({
      id,
      userId: body.userId,
      clinicianId: body.clinicianId,
      sessionId: body.sessionId,
      action: body.action,
      timestamp: deps.clock.now(),
      matchContext: body.context,
      outcome: null,
    });
  } catch (err) {
    if (err instanceof RepositoryError && err.code === 'not_found') {
      const clinicianKnown = deps.snapshot.catalogue.find(body.clinicianId) !== undefined;
      throw new AppError(
        'not_found',
        clinicianKnown ? 'No patient has this user_id' : 'No clinician has this clinician_id',
      );
    }
    // A concurrent retry stored it first: answer as its replay.
    const racing = err instanceof RepositoryError || (err as { code?: unknown }).code === 'P2002';
    const replay = racing && idempotent ? await replayOf(deps, id, body) : null;
    if (replay) return replay;
    throw err;
  }

  if (recorded.created) deps.snapshot.learning?.recordInteraction(recorded.interaction);
  return { interaction: recorded.interaction, replayed: !recorded.created };
}

import {
  InteractionBodySchema,
  type InteractionAction,
  type InteractionBody,
} from '@lunajoy/models';
import { Router, type Request, type Response } from 'express';

import { validationError } from '../errors/app-error';
import { requireJsonBody } from '../http/require-json';
import { parseBody } from '../http/validate-body';
import { recordInteraction, type RecordedAnswer } from '../interactions/record-interaction';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';
import { assertPatientAccess, recordPatientAccess, requireStores } from '../users/patient-access';
import type { PatientStores } from '../users/patient-stores';
import type { Clock } from '@lunajoy/models';

export interface InteractionRoutesDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
  clock: Clock;
  patientStores?: PatientStores;
}

/** The shorthand routes and the action each records. */
export const INTERACTION_ALIASES = {
  view: 'viewed',
  contact: 'contacted',
  book: 'booked',
} as const;

// Visible ASCII, as the Idempotency-Key draft asks; long enough for a UUID or a hash.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function readIdempotencyKey(req: Request): string | null {
  const raw = req.headers['idempotency-key'];
  if (raw === undefined) return null;
  const value = Array.isArray(raw) ? raw.join(', ') : raw.trim();
  if (!IDEMPOTENCY_KEY.test(value)) {
    throw validationError([
      { path: 'headers.idempotency-key', message: 'must be 1-255 visible ASCII characters' },
    ]);
  }
  return value;
}

/** The body with the alias's action filled in; a different action in the body is an error. */
function parseAliasBody(raw: unknown, action: InteractionAction): InteractionBody {
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const given = isObject ? (raw as Record<string, unknown>) : null;
  const body = parseBody(InteractionBodySchema, given ? { action, ...given } : raw);
  if (body.action !== action) {
    throw validationError([{ path: 'action', message: `must be ${action} on this route` }]);
  }
  return body;
}

function toWire(answer: RecordedAnswer) {
  const { interaction } = answer;
  return {
    interaction_id: interaction.id,
    user_id: interaction.userId,
    clinician_id: interaction.clinicianId,
    action: interaction.action,
    session_id: interaction.sessionId,
    timestamp: new Date(interaction.timestamp).toISOString(),
    replayed: answer.replayed,
  };
}

/**
 * `POST /interactions` (any action; present tense accepted) and the shorthands `/view`,
 * `/contact`, `/book`. Stored before the answer: 201 when recorded, 200 when it repeats a report
 * already stored under the same `interaction_id` or `Idempotency-Key`. Writing a patient's
 * history needs that patient's bearer token or the admin key, checked once the body says whose.
 */
export function interactionRoutes(deps: InteractionRoutesDeps): Router {
  const router = Router();

  const record = async (req: Request, res: Response, body: InteractionBody) => {
    const idempotencyKey = readIdempotencyKey(req);
    assertPatientAccess(req, res, body.userId);
    const stores = requireStores(deps.patientStores);

    const answer = await recordInteraction(
      { stores, clock: deps.clock, snapshot: deps.snapshotStore.get() },
      body,
      idempotencyKey,
    );
    await recordPatientAccess(stores, req, body.userId, 'POST /api/v1/interactions');

    res.status(answer.replayed ? 200 : 201).json(toWire(answer));
  };

  router.post('/interactions', requireJsonBody(), async (req, res) => {
    await record(req, res, parseBody(InteractionBodySchema, req.body));
  });

  for (const [alias, action] of Object.entries(INTERACTION_ALIASES)) {
    router.post(`/interactions/${alias}`, requireJsonBody(), async (req, res) => {
      await record(req, res, parseAliasBody(req.body, action));
    });
  }

  return router;
}

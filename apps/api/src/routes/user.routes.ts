import type { CandidateCache } from '@lunajoy/cache';
import { queryInteger, toUserResponse, type Clock } from '@lunajoy/models';
import { Router, type Request } from 'express';
import { z } from 'zod';

import { requirePatientOrAdmin } from '../auth/guards';
import { AppError } from '../errors/app-error';
import { parseQuery } from '../http/query-string';
import { requireJsonBody } from '../http/require-json';
import { parseBody } from '../http/validate-body';
import type { Logger } from '../logger';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';
import { erasePatientEverywhere } from '../users/erase-patient';
import { summariseHistory } from '../users/history-summary';
import { joinMatchHistory } from '../users/match-history';
import { recordPatientAccess, requireStores } from '../users/patient-access';
import type { PatientStores } from '../users/patient-stores';
import { registerPatient } from '../users/register-patient';

export interface UserRoutesDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
  cache: Pick<CandidateCache, 'deleteByPrefix'>;
  clock: Clock;
  logger: Logger;
  patientStores?: PatientStores;
}

/** The largest page of `GET /users/:id/match-history`. */
export const MAX_HISTORY_PAGE = 50;

/** `limit` (1..50, default 10) and `offset` (≥ 0, default 0) of the match history. */
export const MatchHistoryQuerySchema = z.object({
  limit: queryInteger({ min: 1, max: MAX_HISTORY_PAGE, default: 10 }),
  offset: queryInteger({ min: 0, default: 0 }),
});

const pathUserId = (req: Request) => String(req.params.id);

/**
 * Patients: register (open), read, erase and match history. Every route but registration reads
 * or changes one patient's data, so it needs that patient's bearer token or the admin key, and
 * writes an access-log row. Another patient's token is a 403 whether or not the patient exists.
 */
export function userRoutes(deps: UserRoutesDeps): Router {
  const router = Router();
  const guard = requirePatientOrAdmin(pathUserId);

  router.post('/users', requireJsonBody(), async (req, res) => {
    const snapshot = deps.snapshotStore.get();
    const body = parseBody(snapshot.schemas.RegisterUserBodySchema, req.body);

    const created = await registerPatient(requireStores(deps.patientStores), body, deps.clock);

    res.status(201).location(`/api/v1/users/${encodeURIComponent(created.patient.id)}`);
    res.json(toUserResponse(created.patient));
  });

  router.get('/users/:id', guard, async (req, res) => {
    const stores = requireStores(deps.patientStores);
    const userId = pathUserId(req);
    const found = await stores.users.findPatient(userId);
    if (found === null) throw new AppError('not_found', 'No patient has this id');

    const interactions = await stores.interactions.listPatientInteractions(userId);
    await recordPatientAccess(stores, req, userId, 'GET /api/v1/users/:id');

    res.setHeader('Cache-Control', 'no-store');
    res.json({ ...toUserResponse(found.patient), history: summariseHistory(interactions) });
  });

  router.delete('/users/:id', guard, async (req, res) => {
    const stores = requireStores(deps.patientStores);
    const userId = pathUserId(req);
    const erased = await erasePatientEverywhere(
      { stores, cache: deps.cache, snapshot: deps.snapshotStore.find(), logger: deps.logger },
      userId,
    );
    if (!erased) throw new AppError('not_found', 'No patient has this id');

    await recordPatientAccess(stores, req, userId, 'DELETE /api/v1/users/:id');
    res.status(204).end();
  });

  router.get('/users/:id/match-history', guard, async (req, res) => {
    const stores = requireStores(deps.patientStores);
    const userId = pathUserId(req);
    const page = parseQuery(req.query, MatchHistoryQuerySchema, MatchHistoryQuerySchema);
    if ((await stores.users.findPatient(userId)) === null) {
      throw new AppError('not_found', 'No patient has this id');
    }

    // One list more than the page, newer than it, bounds which interactions the page claims.
    const offset = Math.max(0, page.offset - 1);
    const read = await stores.matchLogs.listPatientMatchLogs(userId, {
      offset,
      limit: page.limit + (page.offset - offset),
    });
    const newer = page.offset > 0 ? (read.items[0] ?? null) : null;
    const shown = page.offset > 0 ? read.items.slice(1) : read.items;
    const oldest = shown[shown.length - 1]?.servedAt;
    const outcomes =
      oldest === undefined ? [] : await stores.matchLogs.listPatientOutcomes(userId, oldest);
    await recordPatientAccess(stores, req, userId, 'GET /api/v1/users/:id/match-history');

    res.setHeader('Cache-Control', 'no-store');
    res.json({
      user_id: userId,
      total: read.total,
      limit: page.limit,
      offset: page.offset,
      matches: joinMatchHistory(shown, newer, outcomes),
    });
  });

  return router;
}

import { MatchQueryParamsSchema, MatchQuerySchema } from '@lunajoy/models';
import { Router, type Request, type Response } from 'express';

import { parseQuery } from '../http/query-string';
import { requireJsonBody } from '../http/require-json';
import { validateAll } from '../http/validate-all';
import { parseBody } from '../http/validate-body';
import { setMatchCacheHeaders } from '../match/cached-match';
import {
  runRegisteredMatch,
  type RegisteredMatchDeps,
  type RegisteredMatchInput,
} from '../match/registered-match';
import { matchResultToWire } from '../serializers/match.serializer';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';
import { actorOf, assertPatientAccess } from '../users/patient-access';

export interface RegisteredMatchRoutesDeps extends RegisteredMatchDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
}

type Tier = RegisteredMatchInput['tier'];

/**
 * `POST /match/basic` and `POST /match/complete`, the registered tiers. A request naming a
 * `user_id` reads that patient's stored preferences, profile and history, so it needs the
 * patient's bearer token or the admin key (checked after the body is valid, since the body says
 * whose data it is); a request without one is matched on its own values and needs none.
 */
export function registeredMatchRoutes(deps: RegisteredMatchRoutesDeps): Router {
  const router = Router();

  const handle = (tier: Tier) => async (req: Request, res: Response) => {
    const started = performance.now();
    const snapshot = deps.snapshotStore.get();
    const [options, body] = validateAll(
      () => parseQuery(req.query, MatchQuerySchema, MatchQueryParamsSchema),
      () =>
        tier === 'basic'
          ? { ...parseBody(snapshot.schemas.BasicMatchBodySchema, req.body), useHistory: false }
          : parseBody(snapshot.schemas.CompleteMatchBodySchema, req.body),
    );
    if (body.userId !== null) assertPatientAccess(req, res, body.userId);

    const answer = await runRegisteredMatch(deps, snapshot, {
      tier,
      userId: body.userId,
      preferences: body.preferences,
      profile: body.profile,
      useHistory: body.useHistory,
      options,
      actor: actorOf(req.principal),
      route: `POST /api/v1/match/${tier}`,
    });

    setMatchCacheHeaders(res, answer);
    res.json({
      ...matchResultToWire(answer.result, {
        processingTimeMs: Math.round((performance.now() - started) * 100) / 100,
      }),
      match_id: answer.matchId,
      ...(tier === 'complete' && { fallback: answer.fallback }),
    });
  };

  router.post('/match/basic', requireJsonBody(), handle('basic'));
  router.post('/match/complete', requireJsonBody(), handle('complete'));

  return router;
}

import type { CandidateCache } from '@lunajoy/cache';
import { matchAnonymous } from '@lunajoy/engine';
import { MatchQueryParamsSchema, MatchQuerySchema, type Clock } from '@lunajoy/models';
import { Router } from 'express';

import { parseQuery } from '../http/query-string';
import { requireJsonBody } from '../http/require-json';
import { validateAll } from '../http/validate-all';
import { parseBody } from '../http/validate-body';
import { cachedMatch, setMatchCacheHeaders } from '../match/cached-match';
import { candidateCacheKey } from '../match/candidate-cache-key';
import type { ApiMetrics } from '../metrics/api-metrics';
import { matchResultToWire } from '../serializers/match.serializer';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';

export interface MatchRoutesDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
  cache: CandidateCache;
  clock: Clock;
  metrics: Pick<ApiMetrics, 'recordMatch'>;
}

/** `POST /match`: the anonymous tier, content score only; the body is the preferences. */
export function matchRoutes(deps: MatchRoutesDeps): Router {
  const router = Router();

  router.post('/match', requireJsonBody(), async (req, res) => {
    const started = performance.now();
    const snapshot = deps.snapshotStore.get();
    const [options, preferences] = validateAll(
      () => parseQuery(req.query, MatchQuerySchema, MatchQueryParamsSchema),
      () => parseBody(snapshot.schemas.MatchPreferencesSchema, req.body),
    );

    const key = candidateCacheKey({ snapshot, tier: 'anonymous', preferences, options });
    const match = await cachedMatch(deps, 'anonymous', key, () =>
      matchAnonymous(snapshot.engine, preferences, options, deps.clock),
    );

    setMatchCacheHeaders(res, match);
    res.json(
      matchResultToWire(match.result, {
        processingTimeMs: Math.round((performance.now() - started) * 100) / 100,
      }),
    );
  });

  return router;
}

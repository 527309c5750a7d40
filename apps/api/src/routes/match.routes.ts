import type { CandidateCache } from '@lunajoy/cache';
import { canonicalMatchKey, matchAnonymous, type MatchResult } from '@lunajoy/engine';
import { MatchQueryParamsSchema, MatchQuerySchema, type Clock } from '@lunajoy/models';
import { Router } from 'express';

import { parseQuery } from '../http/query-string';
import { requireJsonBody } from '../http/require-json';
import { validateAll } from '../http/validate-all';
import { parseBody } from '../http/validate-body';
import { matchCacheKey } from '../match/match-cache-key';
import { matchResultToWire } from '../serializers/match.serializer';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';

export interface MatchRoutesDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
  cache: CandidateCache;
  clock: Clock;
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

    const key = matchCacheKey(
      { snapshotVersion: snapshot.version, modelVersion: snapshot.modelVersion },
      canonicalMatchKey('anonymous', preferences, null, options),
    );
    const lookup = await deps.cache.getOrCompute<MatchResult>(key, undefined, async () =>
      matchAnonymous(snapshot.engine, preferences, options, deps.clock),
    );

    res.setHeader('X-Cache', lookup.hit ? 'HIT' : 'MISS');
    // The answer reflects a patient's health needs: no shared cache may keep it.
    res.setHeader('Cache-Control', 'no-store');
    res.json(
      matchResultToWire(lookup.value, {
        processingTimeMs: Math.round((performance.now() - started) * 100) / 100,
      }),
    );
  });

  return router;
}

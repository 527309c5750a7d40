import type { CandidateCache } from '@lunajoy/cache';
import { matchAnonymous, type MatchOptions } from '@lunajoy/engine';
import type { Clock } from '@lunajoy/models';
import { Router } from 'express';

import { parseQuery } from '../http/query-string';
import { cachedMatch, setMatchCacheHeaders } from '../match/cached-match';
import { candidateCacheKey } from '../match/candidate-cache-key';
import { explainInSentences } from '../match/explain-sentences';
import type { ApiMetrics } from '../metrics/api-metrics';
import { matchToWire } from '../serializers/match.serializer';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';

export interface ExplainRoutesDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
  cache: CandidateCache;
  clock: Clock;
  metrics: Pick<ApiMetrics, 'recordMatch'>;
}

// The best match only, explained: the same answer `POST /match?limit=1` gives, so they share
// one cache entry.
const BEST_ONLY: MatchOptions = { limit: 1, explain: true, includeBooked: false };

/**
 * `GET /match/explain`: the anonymous tier's best match for preferences given in the query string
 * (lists comma-separated or repeated), told in plain sentences built from its score components.
 */
export function explainRoutes(deps: ExplainRoutesDeps): Router {
  const router = Router();

  router.get('/match/explain', async (req, res) => {
    const started = performance.now();
    const snapshot = deps.snapshotStore.get();
    const { PreferencesQuerySchema, PreferencesQueryParamsSchema } = snapshot.schemas;
    const preferences = parseQuery(req.query, PreferencesQuerySchema, PreferencesQueryParamsSchema);

    const key = candidateCacheKey({ snapshot, tier: 'anonymous', preferences, options: BEST_ONLY });
    const match = await cachedMatch(deps, 'anonymous', key, () =>
      matchAnonymous(snapshot.engine, preferences, BEST_ONLY, deps.clock),
    );

    const { result } = match;
    const best = result.matches[0];
    setMatchCacheHeaders(res, match);
    res.json({
      best_match: best === undefined ? null : matchToWire(best),
      sentences: explainInSentences(result),
      total_matches: result.totalMatches,
      matching_strategy: result.strategy,
      message: result.message,
      warnings: result.warnings,
      crisis_resources: result.crisisResources,
      processing_time_ms: Math.round((performance.now() - started) * 100) / 100,
    });
  });

  return router;
}

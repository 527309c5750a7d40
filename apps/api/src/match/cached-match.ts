import type { CandidateCache } from '@lunajoy/cache';
import type { MatchResult, Tier } from '@lunajoy/engine';
import type { Response } from 'express';

import type { ApiMetrics } from '../metrics/api-metrics';

export interface CachedMatchDeps {
  cache: CandidateCache;
  metrics: Pick<ApiMetrics, 'recordMatch'>;
}

/** A match answer and where it came from. */
export interface CachedMatch {
  result: MatchResult;
  /** true when the answer came from the cache (this instance's or another's) */
  hit: boolean;
}

/**
 * Answers one match through the candidate cache: the cached ranked list when there is one,
 * otherwise `compute` runs (once per key, however many requests ask at the same moment) and its
 * result is stored for the cache's TTL. When the cache is slow or down the match is computed
 * directly, within a bounded delay. Hits and misses come back in the same JSON form, so a hit
 * is exactly the answer the miss gave. Records the tier's latency and candidate count.
 *
 * `key` comes from `candidateCacheKey`; the result holds no timing fields, which the response
 * adds afterwards.
 */
export async function cachedMatch(
  deps: CachedMatchDeps,
  tier: Tier,
  key: string,
  compute: () => MatchResult | Promise<MatchResult>,
): Promise<CachedMatch> {
  const started = performance.now();

  const lookup = await deps.cache.getOrCompute<MatchResult>(key, undefined, async () => compute());

  const seconds = (performance.now() - started) / 1000;
  deps.metrics.recordMatch(tier, seconds, lookup.value.totalMatches);
  return { result: lookup.value, hit: lookup.hit };
}

/**
 * Sets the headers every match response carries: `X-Cache: HIT|MISS`, and `no-store`, because
 * the answer reflects a patient's health needs and no shared cache may keep it.
 */
export function setMatchCacheHeaders(res: Response, match: Pick<CachedMatch, 'hit'>): void {
  res.setHeader('X-Cache', match.hit ? 'HIT' : 'MISS');
  res.setHeader('Cache-Control', 'no-store');
}

import { createHash } from 'node:crypto';

/** What a cached match result depends on besides the request itself. */
export interface MatchCacheScope {
  snapshotVersion: string;
  modelVersion: string | null;
  /** the patient's own version, for the personalised tiers */
  patientVersion?: string;
}

/**
 * The cache key of one match: the snapshot and model versions (so a reload makes every older
 * entry unreachable), the patient's version when there is one, and a digest of the request's
 * canonical form (so spelling variants of one request share an entry and keys stay short).
 */
export function matchCacheKey(scope: MatchCacheScope, canonicalRequest: string): string {
  const digest = createHash('sha256').update(canonicalRequest).digest('base64url').slice(0, 32);
  const patient = scope.patientVersion === undefined ? '' : `:p${scope.patientVersion}`;

  return `match:s${scope.snapshotVersion}:m${scope.modelVersion ?? '0'}${patient}:${digest}`;
}

import { randomUUID } from 'node:crypto';

import type { MatchOptions, MatchResult } from '@lunajoy/engine';
import { toPreferencesResponse, type Clock, type PatientPreferences } from '@lunajoy/models';

import type { Logger } from '../logger';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { PatientStores } from '../users/patient-stores';

export interface LogServedMatchDeps {
  clock: Clock;
  logger: Logger;
  patientStores?: Pick<PatientStores, 'matchLogs'>;
}

/** One served list, as the match log keeps it. */
export interface ServedMatch {
  /** the stored patient it was served to; null for a request that named none */
  userId: string | null;
  result: MatchResult;
  preferences: PatientPreferences;
  options: MatchOptions;
  useHistory: boolean;
}

/**
 * Records a served registered-tier list in `match_logs`: tier, strategy, the data and model
 * versions it was ranked with, and each clinician's rank and score, so a patient's match history
 * can show what they were offered and what they did next. The request is kept without contact
 * details. A log that cannot be written is reported and skipped: the patient still gets the
 * list. Returns the log's id, or null when nothing was written.
 */
export async function logServedMatch(
  deps: LogServedMatchDeps,
  snapshot: Pick<ApiSnapshot, 'version' | 'modelVersion'>,
  served: ServedMatch,
): Promise<string | null> {
  if (deps.patientStores === undefined) return null;

  const id = randomUUID();
  const { result, options } = served;
  try {
    const written = await deps.patientStores.matchLogs.recordMatchLog({
      id,
      userId: served.userId,
      tier: result.tier,
      strategy: result.strategy,
      request: {
        preferences: toPreferencesResponse(served.preferences),
        limit: options.limit,
        explain: options.explain,
        include_booked: options.includeBooked,
        ...(result.tier === 'complete' && { use_history: served.useHistory }),
      },
      dataVersion: BigInt(snapshot.version),
      modelVersion: snapshot.modelVersion === null ? null : BigInt(snapshot.modelVersion),
      servedAt: deps.clock.now(),
      results: result.matches.map((m) => ({
        clinicianId: m.clinicianId,
        rank: m.rankPosition,
        score: m.matchScore,
      })),
    });
    return written ? id : null;
  } catch (err) {
    deps.logger.warn({ err, tier: result.tier }, 'match log not written');
    return null;
  }
}

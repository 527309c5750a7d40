import type { MatchLogEntry, MatchOutcome } from '@lunajoy/db';
import type { InteractionAction } from '@lunajoy/models';

/** What the patient did with one clinician of a served list. */
export interface HistoryAction {
  action: InteractionAction;
  /** ISO 8601, UTC */
  at: string;
  interaction_id: string;
}

/** One clinician of a served list, with what the patient did next. */
export interface HistoryResult {
  clinician_id: string;
  rank: number;
  score: number;
  actions: HistoryAction[];
}

/** One served list in the match history. */
export interface HistoryEntry {
  match_id: string;
  served_at: string;
  tier: string;
  strategy: string;
  data_version: string;
  model_version: string | null;
  request: Record<string, unknown>;
  results: HistoryResult[];
}

/**
 * Joins served lists with what the patient did afterwards. An interaction that names a list
 * (`context.match_id`) belongs to that list; any other belongs to the latest list served at or
 * before it, and only when that list showed the clinician (otherwise the patient found them
 * elsewhere). `page` is newest first; `newer` is the list served just after the page (when the
 * page is not the first), which claims later interactions even though it is not shown.
 */
export function joinMatchHistory(
  page: readonly MatchLogEntry[],
  newer: MatchLogEntry | null,
  outcomes: readonly MatchOutcome[],
): HistoryEntry[] {
  const entries = page.map(toHistoryEntry);
  const byId = new Map(entries.map((entry, i) => [entry.match_id, { entry, log: page[i]! }]));
  // Newest first, as the page is: the first list served at or before an interaction claims it.
  const claimants: (MatchLogEntry | null)[] = [newer, ...page];

  for (const outcome of outcomes) {
    const target =
      outcome.matchId !== null
        ? byId.get(outcome.matchId)?.entry
        : latestBefore(claimants, outcome.timestamp, byId);
    const result = target?.results.find((r) => r.clinician_id === outcome.clinicianId);
    result?.actions.push({
      action: outcome.action,
      at: new Date(outcome.timestamp).toISOString(),
      interaction_id: outcome.interactionId,
    });
  }
  return entries;
}

function latestBefore(
  claimants: readonly (MatchLogEntry | null)[],
  timestamp: number,
  byId: ReadonlyMap<string, { entry: HistoryEntry }>,
): HistoryEntry | undefined {
  for (const log of claimants) {
    if (log === null || log.servedAt > timestamp) continue;
    // The list after the page is only a boundary: what it claims is not on this page.
    return byId.get(log.id)?.entry;
  }
  return undefined;
}

function toHistoryEntry(log: MatchLogEntry): HistoryEntry {
  return {
    match_id: log.id,
    served_at: new Date(log.servedAt).toISOString(),
    tier: log.tier,
    strategy: log.strategy,
    data_version: String(log.dataVersion),
    model_version: log.modelVersion === null ? null : String(log.modelVersion),
    request: log.request,
    results: log.results.map((r) => ({
      clinician_id: r.clinicianId,
      rank: r.rank,
      score: r.score,
      actions: [],
    })),
  };
}

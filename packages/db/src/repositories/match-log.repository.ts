import type { InteractionAction } from '@lunajoy/models';

import type { Prisma, PrismaClient } from '../generated/prisma/client';

/** One clinician of a served list: where it was ranked and with what score. */
export interface MatchLogResult {
  clinicianId: string;
  /** 1-based */
  rank: number;
  score: number;
}

/** A match list served to a patient (or to a visitor of a registered tier). */
export interface MatchLogEntry {
  id: string;
  /** null when the request named no stored patient */
  userId: string | null;
  tier: string;
  strategy: string;
  /** the request as matched, without contact details */
  request: Record<string, unknown>;
  dataVersion: bigint;
  modelVersion: bigint | null;
  /** epoch milliseconds */
  servedAt: number;
  results: MatchLogResult[];
}

/** What a patient did with a clinician, and the served list it names (if the client said). */
export interface MatchOutcome {
  interactionId: string;
  clinicianId: string;
  action: InteractionAction;
  /** epoch milliseconds */
  timestamp: number;
  /** `match_context.match_id` of the interaction, when the client reported it */
  matchId: string | null;
}

/** A page of served lists and how many there are in all. */
export interface MatchLogPage {
  items: MatchLogEntry[];
  total: number;
}

interface StoredResult {
  clinician_id: string;
  rank: number;
  score: number;
}

/**
 * Writes and reads `match_logs`: every registered-tier list the API served. A patient's logs
 * go when the patient is erased (`UserRepository.erasePatient`).
 */
export class MatchLogRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Stores one served list. A list for a patient is only stored while the patient exists and
   * is not erased, in the same statement, so an erasure racing a match leaves no log behind.
   * Returns false when the patient was gone.
   */
  async recordMatchLog(entry: MatchLogEntry): Promise<boolean> {
    const results: StoredResult[] = entry.results.map((r) => ({
      clinician_id: r.clinicianId,
      rank: r.rank,
      score: r.score,
    }));
    const inserted = await this.prisma.$executeRaw`
      INSERT INTO match_logs
        (id, user_id, tier, strategy, request, data_version, model_version, served_at, results)
      SELECT ${entry.id}, ${entry.userId}, ${entry.tier}, ${entry.strategy},
             ${JSON.stringify(entry.request)}::jsonb, ${entry.dataVersion}, ${entry.modelVersion},
             ${new Date(entry.servedAt)}, ${JSON.stringify(results)}::jsonb
       WHERE ${entry.userId}::text IS NULL
          OR EXISTS (SELECT 1 FROM users WHERE id = ${entry.userId} AND NOT erased)`;
    return inserted === 1;
  }

  /** One page of the lists served to a patient, newest first (ties by id). */
  async listPatientMatchLogs(
    userId: string,
    page: { offset: number; limit: number },
  ): Promise<MatchLogPage> {
    const [rows, total] = await Promise.all([
      this.prisma.matchLog.findMany({
        where: { userId },
        orderBy: [{ servedAt: 'desc' }, { id: 'desc' }],
        skip: page.offset,
        take: page.limit,
      }),
      this.prisma.matchLog.count({ where: { userId } }),
    ]);
    return { items: rows.map(toEntry), total };
  }

  /**
   * The patient's interactions from `since` on (epoch milliseconds), oldest first, with the
   * served list each one names: what the patient did after being shown lists.
   */
  async listPatientOutcomes(userId: string, since: number): Promise<MatchOutcome[]> {
    const rows = await this.prisma.$queryRaw<
      {
        id: string;
        clinician_id: string;
        action: string;
        timestamp: Date;
        match_id: string | null;
      }[]
    >`
      SELECT id, clinician_id, action, timestamp, match_context->>'match_id' AS match_id
        FROM interactions
       WHERE user_id = ${userId} AND timestamp >= ${new Date(since)}
       ORDER BY timestamp, id`;
    return rows.map((row) => ({
      interactionId: row.id,
      clinicianId: row.clinician_id,
      action: row.action as InteractionAction,
      timestamp: row.timestamp.getTime(),
      matchId: row.match_id,
    }));
  }
}

type MatchLogRow = Prisma.MatchLogGetPayload<Record<string, never>>;

function toEntry(row: MatchLogRow): MatchLogEntry {
  const results = (row.results ?? []) as unknown as StoredResult[];
  return {
    id: row.id,
    userId: row.userId,
    tier: row.tier,
    strategy: row.strategy,
    request: (row.request ?? {}) as Record<string, unknown>,
    dataVersion: row.dataVersion,
    modelVersion: row.modelVersion,
    servedAt: row.servedAt.getTime(),
    results: results.map((r) => ({ clinicianId: r.clinician_id, rank: r.rank, score: r.score })),
  };
}

import type { Interaction, InteractionAction } from '@lunajoy/models';

import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { contentHash } from '../import/content-hash';
import { RepositoryError } from '../repository-error';

/** An interaction reported through the API, with the file-layout context and outcome objects. */
export interface NewInteraction {
  id: string;
  userId: string;
  clinicianId: string;
  sessionId: string | null;
  action: InteractionAction;
  /** epoch milliseconds of the action */
  timestamp: number;
  /** as in `interactions.json` (`match_score`, …); `timestamp` defaults to the action's */
  matchContext: Record<string, unknown> | null;
  /** as in `interactions.json` (`time_to_action`, …); `action` and its time are set from above */
  outcome: Record<string, unknown> | null;
}

/** The result of recording an interaction. */
export interface RecordedInteraction {
  interaction: Interaction;
  /** false when the same interaction (same id and content) was already stored */
  created: boolean;
  /** the patient's version after recording */
  userVersion: number;
}

const SELECT = {
  id: true,
  userId: true,
  clinicianId: true,
  sessionId: true,
  action: true,
  timestamp: true,
} as const;
const BATCH = 50_000;

/** Reads and appends interactions. Interactions are never changed once stored. */
export class InteractionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Appends one interaction and bumps the patient's version, in one transaction. Repeating the
   * same interaction is harmless; reusing its id for different content is a `conflict`; an
   * unknown (or erased) patient or unknown clinician is `not_found`.
   */
  async recordInteraction(input: NewInteraction): Promise<RecordedInteraction> {
    // Stored exactly as an `interactions.json` record would be, so an exported copy of it
    // imports as unchanged: the outcome carries the action and its time.
    const actedAt = new Date(input.timestamp).toISOString();
    const matchContext = { timestamp: actedAt, ...input.matchContext };
    const outcome = { ...input.outcome, action: input.action, action_timestamp: actedAt };
    const record = {
      interaction_id: input.id,
      user_id: input.userId,
      clinician_id: input.clinicianId,
      session_id: input.sessionId,
      match_context: matchContext,
      outcome,
    };
    const hash = contentHash(record);

    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findFirst({ where: { id: input.userId, erased: false } });
      if (user === null) throw new RepositoryError('not_found', `no patient ${input.userId}`);
      const clinician = await tx.clinician.findUnique({ where: { id: input.clinicianId } });
      if (clinician === null) {
        throw new RepositoryError('not_found', `no clinician ${input.clinicianId}`);
      }

      const existing = await tx.interaction.findUnique({ where: { id: input.id } });
      if (existing !== null) {
        if (existing.contentHash !== hash) {
          throw new RepositoryError(
            'conflict',
            `interaction ${input.id} exists with other content`,
          );
        }
        return { interaction: toInteraction(existing), created: false, userVersion: user.version };
      }

      const row = await tx.interaction.create({
        data: {
          id: input.id,
          userId: input.userId,
          clinicianId: input.clinicianId,
          sessionId: input.sessionId,
          action: input.action,
          timestamp: new Date(input.timestamp),
          matchContext: matchContext as Prisma.InputJsonObject,
          outcome: outcome as Prisma.InputJsonObject,
          contentHash: hash,
          source: 'api',
        },
        select: SELECT,
      });
      const bumped = await tx.user.update({
        where: { id: input.userId },
        data: { version: { increment: 1 }, updatedAt: new Date() },
        select: { version: true },
      });
      return { interaction: toInteraction(row), created: true, userVersion: bumped.version };
    });
  }

  /** Every stored interaction, ordered by id; read in batches to keep each query small. */
  async listInteractions(): Promise<Interaction[]> {
    const all: Interaction[] = [];
    let after: string | undefined;
    for (;;) {
      const rows = await this.prisma.interaction.findMany({
        where: after === undefined ? {} : { id: { gt: after } },
        select: SELECT,
        orderBy: { id: 'asc' },
        take: BATCH,
      });
      for (const row of rows) all.push(toInteraction(row));
      if (rows.length < BATCH) return all;
      after = rows[rows.length - 1]!.id;
    }
  }

  /** One patient's interactions, oldest first (ties by id). */
  async listPatientInteractions(userId: string): Promise<Interaction[]> {
    const rows = await this.prisma.interaction.findMany({
      where: { userId },
      select: SELECT,
      orderBy: [{ timestamp: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toInteraction);
  }

  /**
   * One stored interaction with its context and outcome objects, or null: lets a retried
   * request be recognised as the same report and answered with what was stored the first time.
   */
  async findInteraction(id: string): Promise<StoredInteraction | null> {
    const row = await this.prisma.interaction.findUnique({
      where: { id },
      select: { ...SELECT, matchContext: true, outcome: true },
    });
    if (row === null) return null;
    return {
      interaction: toInteraction(row),
      matchContext: (row.matchContext ?? null) as Record<string, unknown> | null,
      outcome: (row.outcome ?? null) as Record<string, unknown> | null,
    };
  }
}

/** An interaction as stored, with the context and outcome objects of its record. */
export interface StoredInteraction {
  interaction: Interaction;
  matchContext: Record<string, unknown> | null;
  outcome: Record<string, unknown> | null;
}

function toInteraction(row: {
  id: string;
  userId: string;
  clinicianId: string;
  sessionId: string | null;
  action: string;
  timestamp: Date;
}): Interaction {
  return {
    id: row.id,
    userId: row.userId,
    clinicianId: row.clinicianId,
    sessionId: row.sessionId,
    action: row.action as InteractionAction,
    timestamp: row.timestamp.getTime(),
  };
}

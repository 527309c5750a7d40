import type { PrismaClient } from '../generated/prisma/client';

/** One read or change of a patient's stored data. */
export interface AccessRecord {
  /** who acted: `patient:<id>` or `admin:<key fingerprint>`; never a secret */
  actor: string;
  subjectUserId: string;
  /** the route pattern, for example `GET /api/v1/users/:id` */
  route: string;
}

/** A stored access record and when it happened. */
export interface AccessLogEntry extends AccessRecord {
  id: bigint;
  /** epoch milliseconds */
  at: number;
}

/**
 * The audit trail of patient data: every read or change of a patient's stored data through the
 * API writes one row. Rows hold ids and route names only, so they outlive an erasure.
 */
export class AccessLogRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Appends one access record. */
  async recordAccess(record: AccessRecord): Promise<void> {
    await this.prisma.accessLog.create({
      data: { actor: record.actor, subjectUserId: record.subjectUserId, route: record.route },
    });
  }

  /** The newest accesses to one patient's data, newest first (at most `limit`). */
  async listAccess(subjectUserId: string, limit = 100): Promise<AccessLogEntry[]> {
    const rows = await this.prisma.accessLog.findMany({
      where: { subjectUserId },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: limit,
    });
    return rows.map((row) => ({
      id: row.id,
      actor: row.actor,
      subjectUserId: row.subjectUserId,
      route: row.route,
      at: row.at.getTime(),
    }));
  }
}

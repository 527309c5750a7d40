import type { Clinician } from '@lunajoy/models';

import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { CLINICIAN_DOMAIN_SELECT, toDomainClinician } from './clinician-row.mapper';

/** Browse filters; every value is canonical (already normalised). */
export interface ClinicianFilter {
  state?: string;
  appointmentType?: string;
  specialty?: string;
  language?: string;
  insurance?: string;
  gender?: string;
  acceptingNewPatients?: boolean;
  /** include deactivated clinicians; false unless set */
  includeInactive?: boolean;
}

/** A page of a list: skip `offset` rows, return at most `limit`. */
export interface Page {
  offset: number;
  limit: number;
}

/** One page of a list and how many items match in all. */
export interface PageOf<T> {
  items: T[];
  total: number;
}

/** A clinician with the record it was imported from (unknown fields included). */
export interface StoredClinician {
  clinician: Clinician;
  raw: unknown;
}

/** Reads clinicians. Lists are ordered by id, so pages and snapshots are deterministic. */
export class ClinicianRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Every active clinician, for the matching snapshot. */
  async listActiveClinicians(): Promise<Clinician[]> {
    const rows = await this.prisma.clinician.findMany({
      where: { activeStatus: true },
      select: CLINICIAN_DOMAIN_SELECT,
      orderBy: { id: 'asc' },
    });
    return rows.map(toDomainClinician);
  }

  /** One clinician (active or not) with its imported record, or null. */
  async findClinician(id: string): Promise<StoredClinician | null> {
    const row = await this.prisma.clinician.findUnique({
      where: { id },
      select: { ...CLINICIAN_DOMAIN_SELECT, raw: true },
    });
    return row === null ? null : { clinician: toDomainClinician(row), raw: row.raw };
  }

  /** A filtered page of clinicians, with the number matching in all. Uses the GIN indexes. */
  async listClinicians(filter: ClinicianFilter, page: Page): Promise<PageOf<Clinician>> {
    const where = clinicianWhere(filter);
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.clinician.findMany({
        where,
        select: CLINICIAN_DOMAIN_SELECT,
        orderBy: { id: 'asc' },
        skip: page.offset,
        take: page.limit,
      }),
      this.prisma.clinician.count({ where }),
    ]);
    return { items: rows.map(toDomainClinician), total };
  }
}

function clinicianWhere(filter: ClinicianFilter): Prisma.ClinicianWhereInput {
  const where: Prisma.ClinicianWhereInput = {};
  if (!filter.includeInactive) where.activeStatus = true;
  if (filter.state) where.licenseStates = { has: filter.state };
  if (filter.appointmentType) where.appointmentTypes = { has: filter.appointmentType };
  if (filter.specialty) where.specialties = { has: filter.specialty };
  if (filter.language) where.languages = { has: filter.language };
  if (filter.insurance) where.insurancesAccepted = { has: filter.insurance };
  if (filter.gender) where.gender = filter.gender;
  if (filter.acceptingNewPatients !== undefined) {
    where.acceptingNewPatients = filter.acceptingNewPatients;
  }
  return where;
}

import type {
  AgeRange,
  Gender,
  Patient,
  PatientContact,
  PatientPreferences,
  RegistrationType,
  TherapyExperience,
} from '@lunajoy/models';

import { Prisma, type PrismaClient, type User as UserRow } from '../generated/prisma/client';

const PATIENT_SELECT = {
  id: true,
  registrationType: true,
  preferences: true,
  ageRange: true,
  gender: true,
  therapyExperience: true,
  therapyGoals: true,
  createdAt: true,
} as const;

type PatientColumns = Pick<UserRow, keyof typeof PATIENT_SELECT>;

/** A patient with the version their cached results are keyed on. */
export interface VersionedPatient {
  patient: Patient;
  version: number;
}

/** What registering a patient stores. */
export interface NewPatient {
  patient: Patient;
  contact: PatientContact | null;
}

/**
 * Reads and writes patients. Reads never include contact details; erased patients read as
 * absent. Every write that changes what matching knows about a patient bumps their version.
 */
export class UserRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** A patient that exists and was not erased, with their version; null otherwise. */
  async findPatient(id: string): Promise<VersionedPatient | null> {
    const row = await this.prisma.user.findFirst({
      where: { id, erased: false },
      select: { ...PATIENT_SELECT, version: true },
    });
    return row === null ? null : { patient: toPatient(row), version: row.version };
  }

  /** Every patient not erased, ordered by id, for training. */
  async listPatients(): Promise<Patient[]> {
    const rows = await this.prisma.user.findMany({
      where: { erased: false },
      select: PATIENT_SELECT,
      orderBy: { id: 'asc' },
    });
    return rows.map(toPatient);
  }

  /** The patient's current version, or null when there is no such (unerased) patient. */
  async findPatientVersion(id: string): Promise<number | null> {
    const row = await this.prisma.user.findFirst({
      where: { id, erased: false },
      select: { version: true },
    });
    return row?.version ?? null;
  }

  /** Registers a patient; rejects (Prisma P2002) when the id is taken, erased ids included. */
  async createPatient(input: NewPatient): Promise<VersionedPatient> {
    const { patient, contact } = input;
    const row = await this.prisma.user.create({
      data: {
        id: patient.id,
        registrationType: patient.registrationType,
        preferences: (patient.preferences as unknown as Prisma.InputJsonObject) ?? Prisma.DbNull,
        state: patient.preferences?.state ?? null,
        ageRange: patient.profile.ageRange,
        gender: patient.profile.gender,
        therapyExperience: patient.profile.therapyExperience,
        therapyGoals: patient.profile.therapyGoals,
        createdAt: patient.createdAt === null ? null : new Date(patient.createdAt),
        contact: contact === null ? undefined : { create: contactColumns(contact) },
      },
      select: { ...PATIENT_SELECT, version: true },
    });
    return { patient: toPatient(row), version: row.version };
  }

  /** Adds one to the patient's version (their cached personalised results become unreachable). */
  async bumpPatientVersion(id: string): Promise<number | null> {
    const rows = await this.prisma.$queryRaw<{ version: number }[]>`
      UPDATE users SET version = version + 1, updated_at = now()
       WHERE id = ${id} AND NOT erased RETURNING version`;
    return rows[0]?.version ?? null;
  }

  /**
   * Erases a patient everywhere the database holds them: contact details, interactions, match
   * logs and model neighbourhoods go; the user row stays as a tombstone (so an import cannot
   * bring the patient back) with nothing personal left on it. Returns false when not found.
   */
  async erasePatient(id: string): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.user.updateMany({
        where: { id, erased: false },
        data: {
          erased: true,
          erasedAt: new Date(),
          preferences: Prisma.DbNull,
          raw: Prisma.DbNull,
          contentHash: null,
          state: null,
          ageRange: null,
          gender: null,
          therapyExperience: null,
          therapyGoals: [],
          createdAt: null,
          version: { increment: 1 },
          updatedAt: new Date(),
        },
      });
      if (updated.count === 0) return false;

      await tx.userContact.deleteMany({ where: { userId: id } });
      await tx.interaction.deleteMany({ where: { userId: id } });
      await tx.matchLog.deleteMany({ where: { userId: id } });
      await tx.modelNeighbour.deleteMany({
        where: { OR: [{ userId: id }, { neighbourId: id }] },
      });
      return true;
    });
  }
}

function toPatient(row: PatientColumns): Patient {
  return {
    id: row.id,
    registrationType: row.registrationType as RegistrationType,
    preferences: (row.preferences ?? null) as unknown as PatientPreferences | null,
    profile: {
      ageRange: row.ageRange as AgeRange | null,
      gender: row.gender as Gender | null,
      therapyExperience: row.therapyExperience as TherapyExperience | null,
      therapyGoals: row.therapyGoals,
    },
    createdAt: row.createdAt?.getTime() ?? null,
  };
}

function contactColumns(contact: PatientContact) {
  return {
    email: contact.email,
    phone: contact.phone,
    city: contact.city,
    zipCode: contact.zipCode,
  };
}

import type {
  AgeGroup,
  AppointmentType,
  Clinician,
  ClinicianPerformance,
  Gender,
  StateCode,
  TypicalAvailability,
} from '@lunajoy/models';

import type { Clinician as ClinicianRow } from '../generated/prisma/client';

/** The columns a domain clinician is built from (everything but the raw record and hash). */
export const CLINICIAN_DOMAIN_SELECT = {
  id: true,
  fullName: true,
  gender: true,
  licenseStates: true,
  licenseNumbers: true,
  appointmentTypes: true,
  languages: true,
  yearsExperience: true,
  specialties: true,
  certifications: true,
  treatmentModalities: true,
  ageGroupsServed: true,
  specialPopulations: true,
  insurancesAccepted: true,
  immediateAvailability: true,
  acceptingNewPatients: true,
  currentPatientCount: true,
  maxPatientCapacity: true,
  availabilityScore: true,
  nextAvailableSlot: true,
  typicalAvailability: true,
  performance: true,
  createdAt: true,
  activeStatus: true,
} as const;

type DomainColumns = Pick<ClinicianRow, keyof typeof CLINICIAN_DOMAIN_SELECT>;

/**
 * The domain clinician of a stored row. The import stores canonical values (the models mapper's
 * output), so this only converts types; `active_status` is the column, which `--prune` changes.
 */
export function toDomainClinician(row: DomainColumns): Clinician {
  return {
    id: row.id,
    fullName: row.fullName,
    licenseStates: row.licenseStates as StateCode[],
    licenseNumbers: row.licenseNumbers as Record<string, string>,
    appointmentTypes: row.appointmentTypes as AppointmentType[],
    gender: row.gender as Gender,
    languages: row.languages,
    yearsExperience: row.yearsExperience,
    specialties: row.specialties,
    certifications: row.certifications,
    treatmentModalities: row.treatmentModalities,
    ageGroupsServed: row.ageGroupsServed as AgeGroup[],
    specialPopulations: row.specialPopulations,
    immediateAvailability: row.immediateAvailability,
    acceptingNewPatients: row.acceptingNewPatients,
    currentPatientCount: row.currentPatientCount,
    maxPatientCapacity: row.maxPatientCapacity,
    availabilityScore: row.availabilityScore,
    nextAvailableSlot: row.nextAvailableSlot?.getTime() ?? null,
    typicalAvailability: row.typicalAvailability as unknown as TypicalAvailability,
    performance: (row.performance ?? null) as unknown as ClinicianPerformance | null,
    insurancesAccepted: row.insurancesAccepted,
    createdAt: row.createdAt.getTime(),
    activeStatus: row.activeStatus,
  };
}

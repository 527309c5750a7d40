import type { Clinician } from '@lunajoy/models';

import { isoOrNull, StagingTable, type StagingColumn } from './staging-table';

/** A validated clinician record on its way into the staging table. */
export interface StagedClinician {
  position: number;
  raw: unknown;
  hash: string;
  clinician: Clinician;
  lastUpdated: number | null;
}

const c = (item: StagedClinician) => item.clinician;

// Same names and types as the `clinicians` table, so the merge can copy column for column.
const COLUMNS: StagingColumn<StagedClinician>[] = [
  { name: 'position', sql: 'integer', copy: 'number', value: (item) => item.position },
  { name: 'id', sql: 'text', copy: 'text', value: (item) => c(item).id },
  { name: 'full_name', sql: 'text', copy: 'text', value: (item) => c(item).fullName },
  { name: 'gender', sql: 'text', copy: 'text', value: (item) => c(item).gender },
  { name: 'license_states', sql: 'text[]', copy: 'text[]', value: (item) => c(item).licenseStates },
  {
    name: 'license_numbers',
    sql: 'jsonb',
    copy: 'jsonb',
    value: (item) => c(item).licenseNumbers,
  },
  {
    name: 'appointment_types',
    sql: 'text[]',
    copy: 'text[]',
    value: (item) => c(item).appointmentTypes,
  },
  { name: 'languages', sql: 'text[]', copy: 'text[]', value: (item) => c(item).languages },
  {
    name: 'years_experience',
    sql: 'double precision',
    copy: 'number',
    value: (item) => c(item).yearsExperience,
  },
  { name: 'specialties', sql: 'text[]', copy: 'text[]', value: (item) => c(item).specialties },
  {
    name: 'certifications',
    sql: 'text[]',
    copy: 'text[]',
    value: (item) => c(item).certifications,
  },
  {
    name: 'treatment_modalities',
    sql: 'text[]',
    copy: 'text[]',
    value: (item) => c(item).treatmentModalities,
  },
  {
    name: 'age_groups_served',
    sql: 'text[]',
    copy: 'text[]',
    value: (item) => c(item).ageGroupsServed,
  },
  {
    name: 'special_populations',
    sql: 'text[]',
    copy: 'text[]',
    value: (item) => c(item).specialPopulations,
  },
  {
    name: 'insurances_accepted',
    sql: 'text[]',
    copy: 'text[]',
    value: (item) => c(item).insurancesAccepted,
  },
  {
    name: 'immediate_availability',
    sql: 'boolean',
    copy: 'bool',
    value: (item) => c(item).immediateAvailability,
  },
  {
    name: 'accepting_new_patients',
    sql: 'boolean',
    copy: 'bool',
    value: (item) => c(item).acceptingNewPatients,
  },
  {
    name: 'current_patient_count',
    sql: 'integer',
    copy: 'number',
    value: (item) => c(item).currentPatientCount,
  },
  {
    name: 'max_patient_capacity',
    sql: 'integer',
    copy: 'number',
    value: (item) => c(item).maxPatientCapacity,
  },
  {
    name: 'availability_score',
    sql: 'double precision',
    copy: 'number',
    value: (item) => c(item).availabilityScore,
  },
  {
    name: 'next_available_slot',
    sql: 'timestamptz(3)',
    copy: 'text',
    value: (item) => isoOrNull(c(item).nextAvailableSlot),
  },
  {
    name: 'typical_availability',
    sql: 'jsonb',
    copy: 'jsonb',
    value: (item) => c(item).typicalAvailability,
  },
  { name: 'performance', sql: 'jsonb', copy: 'jsonb', value: (item) => c(item).performance },
  {
    name: 'created_at',
    sql: 'timestamptz(3)',
    copy: 'text',
    value: (item) => isoOrNull(c(item).createdAt),
  },
  {
    name: 'last_updated',
    sql: 'timestamptz(3)',
    copy: 'text',
    value: (item) => isoOrNull(item.lastUpdated),
  },
  { name: 'active_status', sql: 'boolean', copy: 'bool', value: (item) => c(item).activeStatus },
  { name: 'raw', sql: 'jsonb', copy: 'jsonb', value: (item) => item.raw },
  { name: 'content_hash', sql: 'text', copy: 'text', value: (item) => item.hash },
];

/** The `clinicians` columns an import writes, in staging-table order (without `position`). */
export const CLINICIAN_DATA_COLUMNS = COLUMNS.map((column) => column.name).filter(
  (name) => name !== 'position',
);

/** Staging table for clinician records. */
export const clinicianStaging = new StagingTable('import_clinicians', COLUMNS);

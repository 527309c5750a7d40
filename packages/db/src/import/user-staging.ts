import type { Patient, PatientContact } from '@lunajoy/models';

import { isoOrNull, StagingTable, type StagingColumn } from './staging-table';

/** A validated user record on its way into the staging table, contact details split off. */
export interface StagedUser {
  position: number;
  /** the record as given, without its personal data */
  raw: unknown;
  /** hash of the whole record, personal data included, so a changed email counts as a change */
  hash: string;
  patient: Patient;
  /** the record's stated state even when its preferences are incomplete */
  state: string | null;
  contact: PatientContact;
  rawLocation: unknown;
}

const p = (item: StagedUser) => item.patient;

const COLUMNS: StagingColumn<StagedUser>[] = [
  { name: 'position', sql: 'integer', copy: 'number', value: (item) => item.position },
  { name: 'id', sql: 'text', copy: 'text', value: (item) => p(item).id },
  {
    name: 'registration_type',
    sql: 'text',
    copy: 'text',
    value: (item) => p(item).registrationType,
  },
  { name: 'preferences', sql: 'jsonb', copy: 'jsonb', value: (item) => p(item).preferences },
  { name: 'state', sql: 'text', copy: 'text', value: (item) => item.state },
  { name: 'age_range', sql: 'text', copy: 'text', value: (item) => p(item).profile.ageRange },
  { name: 'gender', sql: 'text', copy: 'text', value: (item) => p(item).profile.gender },
  {
    name: 'therapy_experience',
    sql: 'text',
    copy: 'text',
    value: (item) => p(item).profile.therapyExperience,
  },
  {
    name: 'therapy_goals',
    sql: 'text[]',
    copy: 'text[]',
    value: (item) => p(item).profile.therapyGoals,
  },
  { name: 'raw', sql: 'jsonb', copy: 'jsonb', value: (item) => item.raw },
  { name: 'content_hash', sql: 'text', copy: 'text', value: (item) => item.hash },
  {
    name: 'created_at',
    sql: 'timestamptz(3)',
    copy: 'text',
    value: (item) => isoOrNull(p(item).createdAt),
  },
  { name: 'email', sql: 'text', copy: 'text', value: (item) => item.contact.email },
  { name: 'phone', sql: 'text', copy: 'text', value: (item) => item.contact.phone },
  { name: 'city', sql: 'text', copy: 'text', value: (item) => item.contact.city },
  { name: 'zip_code', sql: 'text', copy: 'text', value: (item) => item.contact.zipCode },
  { name: 'raw_location', sql: 'jsonb', copy: 'jsonb', value: (item) => item.rawLocation },
];

/** The `users` columns an import writes. */
export const USER_DATA_COLUMNS = [
  'id',
  'registration_type',
  'preferences',
  'state',
  'age_range',
  'gender',
  'therapy_experience',
  'therapy_goals',
  'raw',
  'content_hash',
  'created_at',
];

/** The `user_contacts` columns an import writes (besides `user_id`). */
export const CONTACT_DATA_COLUMNS = ['email', 'phone', 'city', 'zip_code', 'raw_location'];

/** Staging table for user records. */
export const userStaging = new StagingTable('import_users', COLUMNS);

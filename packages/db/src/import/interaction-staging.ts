import type { Interaction } from '@lunajoy/models';

import { isoOrNull, StagingTable, type StagingColumn } from './staging-table';

/** A validated interaction record on its way into the staging table. */
export interface StagedInteraction {
  position: number;
  hash: string;
  interaction: Interaction;
  matchContext: unknown;
  outcome: unknown;
  /** top-level fields the layout does not define, kept as given; null when there are none */
  extra: Record<string, unknown> | null;
}

const i = (item: StagedInteraction) => item.interaction;

const COLUMNS: StagingColumn<StagedInteraction>[] = [
  { name: 'position', sql: 'integer', copy: 'number', value: (item) => item.position },
  { name: 'id', sql: 'text', copy: 'text', value: (item) => i(item).id },
  { name: 'user_id', sql: 'text', copy: 'text', value: (item) => i(item).userId },
  { name: 'clinician_id', sql: 'text', copy: 'text', value: (item) => i(item).clinicianId },
  { name: 'session_id', sql: 'text', copy: 'text', value: (item) => i(item).sessionId },
  { name: 'action', sql: 'text', copy: 'text', value: (item) => i(item).action },
  {
    name: 'timestamp',
    sql: 'timestamptz(3)',
    copy: 'text',
    value: (item) => isoOrNull(i(item).timestamp),
  },
  { name: 'match_context', sql: 'jsonb', copy: 'jsonb', value: (item) => item.matchContext },
  { name: 'outcome', sql: 'jsonb', copy: 'jsonb', value: (item) => item.outcome },
  { name: 'extra', sql: 'jsonb', copy: 'jsonb', value: (item) => item.extra },
  { name: 'content_hash', sql: 'text', copy: 'text', value: (item) => item.hash },
];

/** The `interactions` columns an import writes (besides `source`). */
export const INTERACTION_DATA_COLUMNS = COLUMNS.map((column) => column.name).filter(
  (name) => name !== 'position',
);

/** The top-level fields of an interaction record that have columns of their own. */
export const INTERACTION_KNOWN_FIELDS = new Set([
  'interaction_id',
  'user_id',
  'clinician_id',
  'session_id',
  'match_context',
  'outcome',
]);

/** Staging table for interaction records. */
export const interactionStaging = new StagingTable('import_interactions', COLUMNS);

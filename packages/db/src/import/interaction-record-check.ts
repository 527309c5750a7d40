import { InteractionRecordSchema, toInteraction } from '@lunajoy/models';

import { contentHash } from './content-hash';
import { INTERACTION_KNOWN_FIELDS, type StagedInteraction } from './interaction-staging';
import type { RecordChecker } from './record-check';
import { issuesOf, type RecordIssue } from './rejection-collector';

/** The ids an interaction may refer to: those in the import's files and those stored. */
export interface KnownIds {
  clinicians: IdLookup;
  users: IdLookup;
}

/** Anything that can tell whether it holds an id (a set, or a map keyed by id). */
export interface IdLookup {
  has(id: string): boolean;
}

/**
 * A checker for interaction records: validates each one and rejects it when it names a patient
 * or clinician that neither the import's files nor the database know.
 */
export function interactionRecordChecker(
  files: KnownIds,
  stored: KnownIds,
): RecordChecker<StagedInteraction> {
  return (value, position) => {
    const parsed = InteractionRecordSchema.safeParse(value);
    if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };

    const interaction = toInteraction(parsed.data);
    const issues: RecordIssue[] = [];
    if (!files.users.has(interaction.userId) && !stored.users.has(interaction.userId)) {
      issues.push(unknownReference('user_id', 'user', interaction.userId, 'users.json'));
    }
    if (
      !files.clinicians.has(interaction.clinicianId) &&
      !stored.clinicians.has(interaction.clinicianId)
    ) {
      const file = 'clinicians.json';
      issues.push(unknownReference('clinician_id', 'clinician', interaction.clinicianId, file));
    }
    if (issues.length > 0) return { ok: false, issues };

    const raw = value as Record<string, unknown>;
    const item: StagedInteraction = {
      position,
      hash: contentHash(value),
      interaction,
      matchContext: raw.match_context ?? null,
      outcome: raw.outcome ?? null,
      extra: extraFields(raw),
    };
    return { ok: true, id: interaction.id, item };
  };
}

function unknownReference(path: string, kind: string, id: string, file: string): RecordIssue {
  return { path, reason: `unknown ${kind} ${JSON.stringify(id)}: not in ${file} nor stored` };
}

function extraFields(raw: Record<string, unknown>): Record<string, unknown> | null {
  let extra: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(raw)) {
    if (INTERACTION_KNOWN_FIELDS.has(key)) continue;
    extra ??= {};
    extra[key] = value;
  }
  return extra;
}

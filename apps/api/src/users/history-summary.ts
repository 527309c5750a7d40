import { INTERACTION_ACTIONS, type Interaction, type InteractionAction } from '@lunajoy/models';

/** What a patient has done so far, as `GET /api/v1/users/:id` shows it. */
export interface HistorySummary {
  total_interactions: number;
  /** how many interactions of each action */
  by_action: Record<InteractionAction, number>;
  /** clinicians the patient viewed or clicked, ascending by id */
  clinicians_viewed: string[];
  clinicians_contacted: string[];
  clinicians_booked: string[];
  clinicians_rejected: string[];
  /** ISO 8601, UTC; null without interactions */
  first_interaction_at: string | null;
  last_interaction_at: string | null;
}

const LISTED: Partial<Record<InteractionAction, keyof HistorySummary>> = {
  viewed: 'clinicians_viewed',
  clicked: 'clinicians_viewed',
  contacted: 'clinicians_contacted',
  booked: 'clinicians_booked',
  rejected: 'clinicians_rejected',
};

/**
 * Summarises a patient's interactions: counts by action and which clinicians they viewed,
 * contacted, booked and rejected, in the same grouping as the users file's interaction history.
 */
export function summariseHistory(interactions: readonly Interaction[]): HistorySummary {
  const byAction = Object.fromEntries(INTERACTION_ACTIONS.map((a) => [a, 0])) as Record<
    InteractionAction,
    number
  >;
  const lists = {
    clinicians_viewed: new Set<string>(),
    clinicians_contacted: new Set<string>(),
    clinicians_booked: new Set<string>(),
    clinicians_rejected: new Set<string>(),
  };
  let first: number | null = null;
  let last: number | null = null;

  for (const interaction of interactions) {
    byAction[interaction.action] += 1;
    const list = LISTED[interaction.action] as keyof typeof lists | undefined;
    if (list) lists[list].add(interaction.clinicianId);
    first = first === null ? interaction.timestamp : Math.min(first, interaction.timestamp);
    last = last === null ? interaction.timestamp : Math.max(last, interaction.timestamp);
  }

  const sorted = (ids: Set<string>) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    total_interactions: interactions.length,
    by_action: byAction,
    clinicians_viewed: sorted(lists.clinicians_viewed),
    clinicians_contacted: sorted(lists.clinicians_contacted),
    clinicians_booked: sorted(lists.clinicians_booked),
    clinicians_rejected: sorted(lists.clinicians_rejected),
    first_interaction_at: first === null ? null : new Date(first).toISOString(),
    last_interaction_at: last === null ? null : new Date(last).toISOString(),
  };
}

/** The message of an empty answer: which hard filter left nobody. */
import { ageGroupWords, APPOINTMENT_TYPE_WORDS } from '../explain/labels';
import { INDEX_STAGE, type FilterStage } from '../filters/apply-hard-filters';
import type { FilterRequest } from '../filters/hard-filter';

/** Names the first filter stage that left no clinician, and points at the suggestions. */
export function emptyResultMessage(
  stages: readonly FilterStage[],
  request: FilterRequest,
  hasSuggestions: boolean,
): string {
  const { state, appointmentType, ageRange } = request;
  const type = APPOINTMENT_TYPE_WORDS[appointmentType];
  const emptied = stages.find((stage) => stage.remaining === 0)?.name ?? INDEX_STAGE;

  const sentences: Record<string, string> = {
    [INDEX_STAGE]: `No clinicians licensed in ${state} offer ${type}.`,
    active_status: `No clinicians licensed in ${state} offer ${type} at the moment.`,
    accepting_new_patients: `No clinicians in ${state} who offer ${type} are taking new patients right now.`,
    age_group: `No clinicians in ${state} taking new ${type} patients serve ${ageRange === null ? 'your age group' : ageGroupWords(ageRange)}.`,
    not_rejected: `Every clinician in ${state} who could see you for ${type} is one you turned down.`,
    not_booked: `Every clinician in ${state} who could see you for ${type} is one you already booked.`,
  };
  const reason =
    sentences[emptied] ?? `No clinicians in ${state} can see you for ${type} right now.`;

  return hasSuggestions ? `${reason} See the suggestions for what would find matches.` : reason;
}

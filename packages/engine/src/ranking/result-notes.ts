/**
 * The message and warnings of an answer that has matches: what was found, and which asked-for
 * things no candidate has (so the patient knows the list is a compromise).
 */
import { SELF_PAY } from '@lunajoy/models';
import { hoursUntilAvailable } from '@lunajoy/scoring';

import { APPOINTMENT_TYPE_WORDS, GENDER_WORDS, labelOf } from '../explain/labels';
import { countOf } from '../explain/sentence';
import type { CandidateContext, ScoredCandidate } from '../types';

/** "Found 23 clinicians in CA for therapy; showing the top 10." */
export function foundMessage(total: number, shown: number, context: CandidateContext): string {
  const { state, appointmentType } = context.preferences;
  const found = `Found ${countOf(total, 'clinician')} in ${state} for ${APPOINTMENT_TYPE_WORDS[appointmentType]}`;
  return shown < total ? `${found}; showing the top ${shown}.` : `${found}.`;
}

/** One warning per asked-for thing that none of the eligible candidates offers. */
export function resultWarnings(
  candidates: readonly ScoredCandidate[],
  context: CandidateContext,
): string[] {
  const { snapshot, preferences, now } = context;
  const none = (has: (candidate: ScoredCandidate) => boolean) => !candidates.some(has);
  const warnings: string[] = [];

  const provider = preferences.insuranceProvider;
  if (provider !== null && none((candidate) => candidate.acceptsInsurance === true)) {
    warnings.push(
      provider === SELF_PAY
        ? 'None of these clinicians takes private pay.'
        : `None of these clinicians accepts ${labelOf(snapshot, 'insurers', provider)}.`,
    );
  }
  const language = preferences.language;
  if (language !== null && none((candidate) => candidate.clinician.languages.includes(language))) {
    warnings.push(`None of these clinicians speaks ${labelOf(snapshot, 'languages', language)}.`);
  }
  const gender = preferences.genderPreference;
  if (gender !== null && none((candidate) => candidate.clinician.gender === gender)) {
    warnings.push(`None of these clinicians is ${GENDER_WORDS[gender]}.`);
  }
  if (preferences.urgencyLevel === 'immediate') {
    const soon = (candidate: ScoredCandidate) =>
      (hoursUntilAvailable(candidate.clinician, now) ?? Infinity) <= 72;
    if (none(soon)) warnings.push('None of these clinicians has an opening within 72 hours.');
  }

  return warnings;
}

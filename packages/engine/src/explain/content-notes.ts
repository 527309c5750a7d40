/**
 * Reasons and insights from the content components, worded for the patient: what matched
 * (reasons, ranked by what they contributed to the score) and what did not (insights).
 */
import { SELF_PAY, type TimeSlot } from '@lunajoy/models';
import { BOOST_HIGH_LOAD, BOOST_NEW_CLINICIAN, hoursUntilAvailable } from '@lunajoy/scoring';

import type { CandidateContext, ComponentName, ExplanationNote, ScoredCandidate } from '../types';
import { GENDER_WORDS, labelOf, TIME_SLOT_ATTRIBUTES, TIME_SLOT_WORDS } from './labels';
import { countOf, inSentence, joinList } from './sentence';

/** A flexible patient is told about availability from this availability score up. */
const GOOD_AVAILABILITY = 0.75;
/** Load-balance scores from here up mean plenty of room. */
const ROOMY_CASELOAD = 0.5;
const AVAILABILITY_SENTENCES: readonly [number, string][] = [
  [24, 'Available within 24 hours'],
  [48, 'Available within 48 hours'],
  [72, 'Available within 72 hours'],
  [7 * 24, 'Has an opening within a week'],
];

type Notes = ExplanationNote[];

function insuranceNotes(candidate: ScoredCandidate, context: CandidateContext, priority: number) {
  const provider = context.preferences.insuranceProvider;
  if (provider === null || candidate.acceptsInsurance === null) return [];

  const label = labelOf(context.snapshot, 'insurers', provider);
  if (candidate.acceptsInsurance) {
    const text = provider === SELF_PAY ? 'Accepts private pay' : `Accepts your ${label} insurance`;
    return [{ kind: 'reason', text, attributes: [label], priority }] satisfies Notes;
  }
  const text = provider === SELF_PAY ? 'Does not take private pay' : `Does not accept ${label}`;
  return [{ kind: 'insight', text, priority: 0 }] satisfies Notes;
}

function specialtyNotes(candidate: ScoredCandidate, context: CandidateContext, priority: number) {
  const needs = context.preferences.clinicalNeeds;
  const label = (need: string) => inSentence(labelOf(context.snapshot, 'specialties', need));
  const treated = needs.filter((need) => candidate.clinician.specialties.includes(need));
  const notes: Notes = [];

  if (treated.length > 0) {
    const labels = treated.map(label);
    notes.push({
      kind: 'reason',
      text: `Treats ${joinList(labels)}`,
      attributes: labels,
      priority,
    });
  }
  if (treated.length > 0 && treated.length < needs.length) {
    const text = `Treats ${treated.length} of your ${countOf(needs.length, 'need')}`;
    notes.push({ kind: 'insight', text, priority: 0 });
  }
  if (treated.length === 0 && needs.length > 0) {
    const text = `Does not list ${joinList(needs.map(label))} among their specialties`;
    notes.push({ kind: 'insight', text, priority: 0 });
  }

  return notes;
}

function availabilityNotes(
  candidate: ScoredCandidate,
  context: CandidateContext,
  priority: number,
) {
  const hours = hoursUntilAvailable(candidate.clinician, context.now);
  const sentence = AVAILABILITY_SENTENCES.find(([within]) => hours !== null && hours <= within);
  if (sentence) return [{ kind: 'reason', text: sentence[1], priority }] satisfies Notes;

  const flexible = context.preferences.urgencyLevel === 'flexible';
  if (flexible && candidate.components.availability >= GOOD_AVAILABILITY) {
    return [{ kind: 'reason', text: 'Has good availability', priority }] satisfies Notes;
  }
  return [];
}

function preferenceNotes(candidate: ScoredCandidate, context: CandidateContext, priority: number) {
  const { clinician } = candidate;
  const { language, genderPreference, preferredTimeSlots } = context.preferences;
  const notes: Notes = [];

  if (language !== null) {
    const label = labelOf(context.snapshot, 'languages', language);
    notes.push(
      clinician.languages.includes(language)
        ? { kind: 'reason', text: `Speaks ${label}`, attributes: [label], priority }
        : { kind: 'insight', text: `Does not speak ${label}`, priority: 0 },
    );
  }
  if (genderPreference !== null) {
    const word = GENDER_WORDS[genderPreference];
    notes.push(
      clinician.gender === genderPreference
        ? {
            kind: 'reason',
            text: `Is a ${word} clinician, as you preferred`,
            attributes: [word],
            priority,
          }
        : { kind: 'insight', text: `Is not a ${word} clinician`, priority: 0 },
    );
  }

  const offered = (slot: TimeSlot) => clinician.typicalAvailability[slot];
  const covered = preferredTimeSlots.filter(offered);
  const missing = preferredTimeSlots.filter((slot) => !offered(slot));
  if (covered.length > 0) {
    const text = `Has ${joinList(covered.map((slot) => TIME_SLOT_WORDS[slot]))} availability`;
    const attributes = covered.map((slot) => TIME_SLOT_ATTRIBUTES[slot]);
    notes.push({ kind: 'reason', text, attributes, priority });
  }
  if (missing.length > 0) {
    const text = `Does not usually offer ${joinList(missing.map((slot) => TIME_SLOT_WORDS[slot]))} appointments`;
    notes.push({ kind: 'insight', text, priority: 0 });
  }

  return notes;
}

function caseloadNotes(candidate: ScoredCandidate): Notes {
  const notes: Notes = [];
  const newBoost = candidate.boosts[BOOST_NEW_CLINICIAN];

  if (newBoost !== undefined) {
    const priority = candidate.weightedScore * (newBoost - 1);
    notes.push({ kind: 'reason', text: 'Recently joined and has openings', priority });
  }
  if (candidate.boosts[BOOST_HIGH_LOAD] !== undefined) {
    notes.push({ kind: 'insight', text: 'Has a nearly full caseload', priority: 0 });
  } else if (candidate.components.loadBalance >= ROOMY_CASELOAD) {
    notes.push({ kind: 'insight', text: 'Has plenty of room for new patients', priority: 0 });
  }

  return notes;
}

function backgroundNotes(candidate: ScoredCandidate): Notes {
  const { yearsExperience, performance } = candidate.clinician;
  const notes: Notes = [];

  if (yearsExperience > 0) {
    notes.push({
      kind: 'insight',
      text: `${countOf(yearsExperience, 'year')} of experience`,
      priority: 0,
    });
  }
  const rating = performance?.avgPatientRating ?? null;
  if (rating !== null) {
    notes.push({
      kind: 'insight',
      text: `Rated ${rating.toFixed(1)} out of 5 by patients`,
      priority: 0,
    });
  }

  return notes;
}

/** Every content note of a candidate, in a fixed order (ties in priority keep it). */
export function contentNotes(candidate: ScoredCandidate, context: CandidateContext): Notes {
  const contribution = (name: ComponentName) =>
    (context.weights[name] ?? 0) * (candidate.components[name] ?? 0);

  return [
    ...insuranceNotes(candidate, context, contribution('insurance')),
    ...specialtyNotes(candidate, context, contribution('specialties')),
    ...availabilityNotes(candidate, context, contribution('availability')),
    ...preferenceNotes(candidate, context, contribution('preferences')),
    ...caseloadNotes(candidate),
    ...backgroundNotes(candidate),
  ];
}

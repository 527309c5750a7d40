import { AGE_RANGES, type AgeRange } from '@lunajoy/models';

import { NEEDS, TIME_SLOT_SPELLINGS } from './clinical-catalogue';
import { DAY_MS, iso, makeId } from './format';
import { drawPatientTaste, type Community, type PatientTaste } from './latent-tastes';
import {
  ENGLISH,
  INSURERS,
  PRIVATE_PAY,
  SECOND_LANGUAGES,
  STATES,
  type StateProfile,
} from './people-catalogue';
import type { RandomSource } from './random-source';
import type { UserRecord } from './record-types';
import { drawProfile } from './user-profile';

/** How completely a user registered, which decides how much profile and history they have. */
export type RegistrationType = 'anonymous' | 'basic' | 'complete';

/** How a user's viewed clinicians are written: bare ids, objects, or a mix of both. */
export type ViewedFormat = 'ids' | 'objects' | 'mixed';

/** A generated user: the file record (history still empty) and what drives their behaviour. */
export interface GeneratedUser {
  index: number;
  id: string;
  registrationType: RegistrationType;
  record: UserRecord;
  /** epoch ms from which the user starts browsing */
  activeFrom: number;
  state: string;
  appointmentType: string;
  ageRange: AgeRange | null;
  taste: PatientTaste;
  /** how many clinicians the user means to book at most */
  bookingIntent: number;
  /** relative share of the interaction budget */
  activity: number;
  viewedFormat: ViewedFormat;
}

/** How many users, the data set's "now", the taste communities and where clinicians are. */
export interface UserGeneratorOptions {
  count: number;
  referenceTime: number;
  communities: readonly Community[];
  /** `state|appointment_type` keys that have at least one licensed clinician */
  coveredPools: ReadonlySet<string>;
  /**
   * state code → how many clinicians taking new patients are licensed there; patients come
   * mostly from where the platform has clinicians (that is where it is marketed and in network)
   */
  clinicianDensity?: ReadonlyMap<string, number>;
}

const NEED_KEYS = NEEDS.map((n) => n.key);
const NEED_WEIGHTS = NEEDS.map((n) => n.weight);
const AGE_WEIGHTS = [5, 18, 30, 22, 13, 8, 4];

/** The registration types in their fixed proportions (20% anonymous, 32% basic, the rest complete). */
export function registrationMix(count: number): Record<RegistrationType, number> {
  const anonymous = Math.round(count * 0.2);
  const basic = Math.round(count * 0.32);
  return { anonymous, basic, complete: count - anonymous - basic };
}

/** Generates users in id order, each in a state and appointment type some clinician covers. */
export function* generateUsers(
  random: RandomSource,
  options: UserGeneratorOptions,
): Generator<GeneratedUser> {
  const mix = registrationMix(options.count);
  const deck: RegistrationType[] = [
    ...Array<RegistrationType>(mix.anonymous).fill('anonymous'),
    ...Array<RegistrationType>(mix.basic).fill('basic'),
    ...Array<RegistrationType>(mix.complete).fill('complete'),
  ];
  const types = random.sample(deck, deck.length);
  const states = STATES.filter(
    (s) =>
      options.coveredPools.has(`${s.code}|therapy`) ||
      options.coveredPools.has(`${s.code}|medication`),
  );
  if (states.length === 0 && options.count > 0) {
    throw new Error('users need at least one clinician to be licensed somewhere');
  }

  for (let i = 0; i < options.count; i++) {
    yield generateUser(random, options, states, i, types[i] as RegistrationType);
  }
}

function generateUser(
  random: RandomSource,
  options: UserGeneratorOptions,
  states: readonly StateProfile[],
  index: number,
  registrationType: RegistrationType,
): GeneratedUser {
  const id = makeId('user_', index + 1, options.count);
  const taste = drawPatientTaste(random, options.communities);
  const community = options.communities[taste.community] as Community;
  const state = random.weightedPick(
    states,
    states.map((s) => stateWeight(s, options.clinicianDensity)),
  );
  let appointmentType = random.chance(0.68) ? 'therapy' : 'medication';
  if (!options.coveredPools.has(`${state.code}|${appointmentType}`)) {
    appointmentType = appointmentType === 'therapy' ? 'medication' : 'therapy';
  }
  const ageRange = drawAgeRange(random, community);
  const needs = drawNeeds(random, community.favouredNeeds);

  // Registered users have been around longer, so their history spans more of the year.
  const daysActive =
    registrationType === 'complete'
      ? random.between(120, 365)
      : registrationType === 'basic'
        ? random.between(30, 365)
        : random.between(1, 365);
  const activeFrom = options.referenceTime - Math.floor(daysActive * DAY_MS);

  const record: UserRecord = {
    user_id: id,
    registration_type: registrationType,
    created_at: iso(activeFrom),
    stated_preferences: {
      state: state.code,
      insurance_provider: drawInsurance(random),
      appointment_type: appointmentType,
      language: drawLanguagePreference(random),
      gender_preference: random.weightedPick(['', 'female', 'male', 'non_binary'], [45, 40, 13, 2]),
      clinical_needs: needs,
      preferred_time_slots: drawTimeSlots(random),
      urgency_level: random.chance(0.25) ? 'immediate' : 'flexible',
    },
    profile_data: drawProfile(random, {
      type: registrationType,
      ageRange,
      needs,
      state,
      therapyExperience: community.therapyExperience,
    }),
    interaction_history: {
      clinicians_viewed: [],
      clinicians_contacted: [],
      clinicians_booked: [],
      clinicians_rejected: [],
      clinicians_retained: [],
    },
  };

  return {
    index,
    id,
    registrationType,
    record,
    activeFrom,
    state: state.code,
    appointmentType,
    ageRange: record.profile_data.age_range ? ageRange : null,
    taste,
    bookingIntent: drawBookingIntent(random, registrationType),
    activity: drawActivity(random, registrationType),
    viewedFormat: random.weightedPick(['ids', 'objects', 'mixed'] as const, [35, 45, 20]),
  };
}

/**
 * How likely a patient is to live in a state. The platform markets, and is in network, where it
 * has clinicians, so its patients concentrate there more than the population does: a state's
 * weight is the square of its clinician count (which itself follows the population).
 */
function stateWeight(
  state: StateProfile,
  density: ReadonlyMap<string, number> | undefined,
): number {
  if (!density) return state.weight;
  const clinicians = density.get(state.code) ?? 0;
  return clinicians * clinicians;
}

/** Half the time near the community's life stage, otherwise as the platform's patients are. */
function drawAgeRange(random: RandomSource, community: Community): AgeRange {
  if (!random.chance(0.5)) return random.weightedPick(AGE_RANGES, AGE_WEIGHTS);
  const offset = random.weightedIndex([1, 2, 1]) - 1;
  const index = Math.min(AGE_RANGES.length - 1, Math.max(0, community.ageCentre + offset));
  return AGE_RANGES[index] as AgeRange;
}

/** One to three needs, half of them from what the user's taste community tends to have. */
function drawNeeds(random: RandomSource, favoured: readonly string[]): string[] {
  const count = random.weightedIndex([45, 35, 20]) + 1;
  const chosen = new Set<string>();
  while (chosen.size < count) {
    chosen.add(
      random.chance(0.5) ? random.pick(favoured) : random.weightedPick(NEED_KEYS, NEED_WEIGHTS),
    );
  }
  return [...chosen];
}

function drawInsurance(random: RandomSource): string {
  const kind = random.weightedIndex([12, 15, 73]);
  if (kind === 0) return '';
  if (kind === 1) return PRIVATE_PAY;
  return random.weightedPick(
    INSURERS.map((i) => i.name),
    INSURERS.map((i) => i.share),
  );
}

/** Often no preference (""), usually English otherwise, sometimes another language. */
function drawLanguagePreference(random: RandomSource): string {
  const kind = random.weightedIndex([50, 40, 10]);
  if (kind === 0) return '';
  if (kind === 1) return ENGLISH;
  return random.weightedPick(
    SECOND_LANGUAGES.map((l) => l.name),
    SECOND_LANGUAGES.map((l) => l.weight),
  );
}

/** Zero to three slots, each spelt singular or plural the way people type them. */
function drawTimeSlots(random: RandomSource): string[] {
  const count = random.weightedIndex([15, 40, 30, 15]);
  return random.sample(TIME_SLOT_SPELLINGS, count).map((spellings) => random.pick(spellings));
}

function drawBookingIntent(random: RandomSource, type: RegistrationType): number {
  if (type === 'complete') return random.weightedIndex([20, 40, 28, 12]) + 1;
  if (type === 'basic') return random.weightedIndex([45, 45, 10]);
  return random.weightedIndex([85, 15]);
}

/** Complete users browse a lot, basic users a little, anonymous visitors rarely return. */
function drawActivity(random: RandomSource, type: RegistrationType): number {
  if (type === 'complete') return random.int(25, 85);
  if (type === 'basic') return random.int(2, 10);
  return random.chance(0.5) ? 0 : random.int(1, 4);
}

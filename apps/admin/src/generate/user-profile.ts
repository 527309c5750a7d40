/** The profile a user fills in: more for complete registrations, nearly nothing when anonymous. */
import type { AgeRange } from '@lunajoy/models';

import { THERAPY_GOALS } from './clinical-catalogue';
import {
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  type StateProfile,
} from './people-catalogue';
import type { RandomSource } from './random-source';
import type { UserRecord } from './record-types';
import type { RegistrationType } from './user.generator';

/** The goal a patient with a need usually writes down. */
const GOAL_OF_NEED: Record<string, string> = {
  anxiety: 'reduce_anxiety',
  panic_disorder: 'reduce_anxiety',
  depression: 'improve_mood',
  bipolar: 'medication_review',
  stress: 'manage_stress',
  trauma: 'process_trauma',
  ptsd: 'process_trauma',
  relationship_issues: 'improve_relationships',
  insomnia: 'improve_sleep',
  self_esteem: 'boost_self_esteem',
  grief: 'grief_support',
  substance_abuse: 'stay_sober',
};

/** What a user's profile is drawn from. */
export interface ProfileInputs {
  type: RegistrationType;
  ageRange: AgeRange;
  needs: readonly string[];
  state: StateProfile;
  /** index into THERAPY_EXPERIENCE_LEVELS that the user's taste community most often reports */
  therapyExperience: number;
}

/** Therapy experience as patients report it (`some_experience` is the synonym of `returning`). */
const THERAPY_EXPERIENCE_LEVELS = ['first_time', 'some_experience', 'experienced'] as const;

/** The `profile_data` of a user; personal data is fictional (`example.com`, 555 numbers). */
export function drawProfile(
  random: RandomSource,
  inputs: ProfileInputs,
): UserRecord['profile_data'] {
  const { type, ageRange, needs, state } = inputs;
  if (type === 'anonymous') return random.chance(0.3) ? { age_range: ageRange } : {};

  const gender = random.weightedPick(['female', 'male', 'non_binary'], [58, 36, 6]);
  const first = gender === 'male' ? random.pick(MALE_FIRST_NAMES) : random.pick(FEMALE_FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const email = `${first}.${last}${random.int(1, 999)}@example.com`.toLowerCase();
  const therapyExperience = random.chance(0.5)
    ? THERAPY_EXPERIENCE_LEVELS[inputs.therapyExperience]
    : random.weightedPick(THERAPY_EXPERIENCE_LEVELS, [40, 40, 20]);
  if (type === 'basic') {
    return { age_range: ageRange, gender, therapy_experience: therapyExperience, email };
  }

  const city = random.pick(state.cities);
  return {
    age_range: ageRange,
    gender,
    therapy_experience: therapyExperience,
    therapy_goals: drawGoals(random, needs),
    email,
    phone: `+1-${random.int(201, 989)}-555-01${String(random.int(0, 99)).padStart(2, '0')}`,
    city: city.name,
    zip_code: `${city.zipPrefix}${String(random.int(0, 99)).padStart(2, '0')}`,
  };
}

/** Goals follow the stated needs, plus sometimes a general one. */
function drawGoals(random: RandomSource, needs: readonly string[]): string[] {
  const goals = new Set<string>();
  for (const need of needs) {
    const goal = GOAL_OF_NEED[need];
    if (goal) goals.add(goal);
  }
  if (goals.size === 0 || random.chance(0.4)) goals.add(random.pick(THERAPY_GOALS));
  return [...goals].slice(0, 3);
}

import type { PatientProfile } from '@lunajoy/models';

import { scoreDemographic } from './demographic.score';
import { makeClinician } from './testing/clinician.fixture';

const profile = (overrides: Partial<PatientProfile>): PatientProfile => ({
  ageRange: null,
  gender: null,
  therapyExperience: null,
  therapyGoals: [],
  ...overrides,
});

describe('scoreDemographic', () => {
  const proven = makeClinician({
    ageGroupsServed: ['adults', 'seniors'],
    performance: {
      avgPatientRating: 4.6,
      retentionRate: 0.8,
      avgSessionCount: 12,
      totalPatientsSeen: 300,
      successBySpecialty: {},
      successByDemographics: { '25-34': 0.8, first_time: 0.6 },
    },
  });
  const newcomer = makeClinician({ ageGroupsServed: ['adults'], performance: null });

  it.each([
    ['no profile', proven, null, 0.5],
    ['a profile that tells nothing', proven, profile({}), 0.5],
    // (0.8 + 1) / 2
    ['a known, served age range', proven, profile({ ageRange: '25-34' }), 0.9],
    // rate unknown: (0.5 + 1) / 2
    ['a served age range without a rate', proven, profile({ ageRange: '65+' }), 0.75],
    // (0.5 + 0) / 2
    ['an age range not served', proven, profile({ ageRange: '13-17' }), 0.25],
    ['a known therapy experience', proven, profile({ therapyExperience: 'first_time' }), 0.6],
    [
      'age range and experience: (0.8 + 1 + 0.6) / 3',
      proven,
      profile({ ageRange: '25-34', therapyExperience: 'first_time' }),
      0.8,
    ],
    [
      'a clinician without metrics: (0.5 + 1 + 0.5) / 3',
      newcomer,
      profile({ ageRange: '35-44', therapyExperience: 'returning' }),
      2 / 3,
    ],
  ])('scores %s', (_case, clinician, patient, expected) => {
    expect(scoreDemographic(clinician, patient)).toBeCloseTo(expected, 12);
  });
});

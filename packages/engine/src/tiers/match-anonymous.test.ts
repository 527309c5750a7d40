import { fixedClock } from '@lunajoy/models';

import { makePreferences, TEST_NOW } from '../testing/clinician.fixture';
import { handBuiltSnapshot } from '../testing/hand-built-world';
import type { Match, MatchOptions } from '../types';
import { matchAnonymous } from './match-anonymous';

const clock = fixedClock(TEST_NOW);
const options: MatchOptions = { limit: 10, explain: true, includeBooked: false };
const snapshot = handBuiltSnapshot();

/** CA therapy, Aetna, anxiety + depression, Spanish, evenings, 25–34. */
const request = (urgencyLevel: 'flexible' | 'immediate') =>
  makePreferences({
    insuranceProvider: 'aetna',
    clinicalNeeds: ['anxiety', 'depression'],
    language: 'spanish',
    preferredTimeSlots: ['evening'],
    urgencyLevel,
    ageRange: '25-34',
  });

const summary = (match: Match) => [match.clinicianId, match.matchScore, match.boostsApplied];

describe('matchAnonymous', () => {
  describe('with flexible weights (.25 .25 .25 .15 .10)', () => {
    const result = matchAnonymous(snapshot, request('flexible'), options, clock);

    it('ranks the clinicians who pass the hard filters with hand-computed scores', () => {
      expect(result.matches.map(summary)).toEqual([
        // .25·.8 + .25·1 + .25·1 + .15·.75 + .10·1 = .9125
        ['c-a', 0.9125, {}],
        // the same score: ties break by ascending id
        ['c-a2', 0.9125, {}],
        // (.25·.9 + .25 + .25 + .15·.1 + .10) × 0.7 = .84 × .7
        ['c-c', 0.588, { high_load: 0.7 }],
        // (.25·.5 + 0 + .25·.5 + .15·1 + .10·0) × 1.1 = .4 × 1.1
        ['c-b', 0.44, { new_clinician: 1.1 }],
      ]);
      expect(result.totalMatches).toBe(4);
      expect(result.strategy).toBe('content');
      expect(result.tier).toBe('anonymous');
      expect(result.weightsUsed).toEqual({
        availability: 0.25,
        insurance: 0.25,
        specialties: 0.25,
        loadBalance: 0.15,
        preferences: 0.1,
      });
    });

    it('reports every field of the best match', () => {
      expect(result.matches[0]).toEqual({
        clinicianId: 'c-a',
        clinicianName: 'Ana Alvarez',
        matchScore: 0.9125,
        weightedScore: 0.9125,
        rankPosition: 1,
        isAvailable: true,
        acceptsInsurance: true,
        specialties: ['anxiety', 'depression'],
        languages: ['english', 'spanish'],
        gender: 'female',
        yearsExperience: 8,
        overlappingAttributes: {
          specialties: ['anxiety', 'depression'],
          languages: ['spanish'],
          timeSlots: ['evening'],
          insurance: 'aetna',
          gender: null,
        },
        scoreComponents: {
          availability: 0.8,
          insurance: 1,
          specialties: 1,
          preferences: 1,
          loadBalance: 0.75,
        },
        boostsApplied: {},
        explanation: {
          primaryReasons: [
            'Accepts your Aetna insurance',
            'Treats anxiety and depression',
            'Available within 48 hours',
            'Speaks Spanish',
          ],
          matchingAttributes: ['Aetna', 'anxiety', 'depression', 'Spanish', 'evenings'],
          scoreBreakdown: {
            availability: { score: 0.8, weight: 0.25, contribution: 0.2 },
            insurance: { score: 1, weight: 0.25, contribution: 0.25 },
            specialties: { score: 1, weight: 0.25, contribution: 0.25 },
            loadBalance: { score: 0.75, weight: 0.15, contribution: 0.1125 },
            preferences: { score: 1, weight: 0.1, contribution: 0.1 },
          },
          insights: [
            'Has evening availability',
            'Has plenty of room for new patients',
            '8 years of experience',
          ],
          confidenceLevel: 'high',
        },
      });
    });

    it('explains a weaker match with what is missing', () => {
      const benBrooks = result.matches[3];
      expect(benBrooks?.isAvailable).toBe(false);
      expect(benBrooks?.acceptsInsurance).toBe(false);
      expect(benBrooks?.explanation).toMatchObject({
        primaryReasons: ['Treats anxiety', 'Recently joined and has openings'],
        insights: [
          'Does not accept Aetna',
          'Treats 1 of your 2 needs',
          'Does not speak Spanish',
          'Does not usually offer evening appointments',
          'Has plenty of room for new patients',
          '8 years of experience',
        ],
        confidenceLevel: 'low',
      });
    });

    it('reports the filters, a message and no crisis resources for a flexible request', () => {
      expect(result.filtersApplied).toEqual({
        active_status: true,
        state: 'CA',
        appointment_type: 'therapy',
        accepting_new_patients: true,
        under_capacity: true,
        age_group: 'adults',
        rejected_excluded: false,
        booked_excluded: false,
      });
      expect(result.message).toBe('Found 4 clinicians in CA for therapy.');
      expect(result.warnings).toEqual([]);
      expect(result.suggestions).toEqual([]);
      expect(result.crisisResources).toBeNull();
    });
  });

  describe('with urgent weights (.40 .20 .20 .10 .10)', () => {
    const result = matchAnonymous(snapshot, request('immediate'), options, clock);

    it('ranks by how soon each clinician can see the patient', () => {
      expect(result.matches.map(summary)).toEqual([
        // slot in 10 h: .4·1 + .2 + .2 + .1·.75 + .1 = .975
        ['c-a2', 0.975, {}],
        // slot in 30 h: .4·.8 + .2 + .2 + .075 + .1 = .895
        ['c-a', 0.895, {}],
        // immediate: (.4 + .2 + .2 + .1·.1 + .1) × .7 = .91 × .7
        ['c-c', 0.637, { high_load: 0.7 }],
        // no slot: (.4·.2 + 0 + .2·.5 + .1·1 + 0) × 1.1 = .28 × 1.1
        ['c-b', 0.308, { new_clinician: 1.1 }],
      ]);
    });

    it('says so when the slot is within 24 hours', () => {
      expect(result.matches[0]?.explanation?.primaryReasons).toContain('Available within 24 hours');
    });

    it('carries crisis resources on every immediate request', () => {
      expect(result.crisisResources?.resources.map((resource) => resource.contact)).toEqual([
        'Call or text 988, or chat at 988lifeline.org',
        'Text HOME to 741741',
        'Call 911',
      ]);
    });
  });

  it('honours limit exactly and reports the total before it', () => {
    const result = matchAnonymous(snapshot, request('flexible'), { ...options, limit: 2 }, clock);
    expect(result.matches.map((match) => match.clinicianId)).toEqual(['c-a', 'c-a2']);
    expect(result.totalMatches).toBe(4);
    expect(result.message).toBe('Found 4 clinicians in CA for therapy; showing the top 2.');
  });

  it('leaves explanations out when explain is false', () => {
    const result = matchAnonymous(
      snapshot,
      request('flexible'),
      { ...options, explain: false },
      clock,
    );
    expect(result.matches.every((match) => match.explanation === null)).toBe(true);
    expect(result.matches[0]?.matchScore).toBe(0.9125);
  });

  it('is neutral on everything the patient did not say', () => {
    const result = matchAnonymous(snapshot, makePreferences(), options, clock);
    // c-h serves teens only; without an age range it is no longer filtered out.
    expect(result.totalMatches).toBe(5);
    const first = result.matches.find((match) => match.clinicianId === 'c-h');
    // .25·.6 + .25·.5 + .25·.5 + .15·.75 + .10·.5 = .5625
    expect(first?.matchScore).toBe(0.5625);
    expect(first?.acceptsInsurance).toBeNull();
    expect(first?.explanation?.confidenceLevel).toBe('low');
  });

  it('warns when no candidate has what was asked', () => {
    const prefs = makePreferences({
      insuranceProvider: 'private_pay',
      genderPreference: 'non_binary',
    });
    const result = matchAnonymous(snapshot, prefs, options, clock);
    expect(result.warnings).toEqual([
      'None of these clinicians takes private pay.',
      'None of these clinicians is non-binary.',
    ]);
  });

  describe('when nobody matches', () => {
    const prefs = makePreferences({ state: 'WY', appointmentType: 'medication' });
    const result = matchAnonymous(snapshot, prefs, options, clock);

    it('answers with an empty list, a message and suggestions with counts', () => {
      expect(result.matches).toEqual([]);
      expect(result.totalMatches).toBe(0);
      expect(result.message).toBe(
        'No clinicians licensed in WY offer medication. See the suggestions for what would find matches.',
      );
      expect(result.suggestions).toEqual([
        {
          field: 'appointment_type',
          message: 'No clinicians in WY offer medication; 4 offer therapy',
          additionalMatches: 4,
        },
        {
          field: 'state',
          message: '1 clinician licensed in other states offers medication',
          additionalMatches: 1,
        },
      ]);
    });

    it('carries crisis resources', () => {
      expect(result.crisisResources?.resources[0]?.name).toBe('988 Suicide & Crisis Lifeline');
    });
  });

  it('suggests relaxing the age group when that is what emptied the list', () => {
    const prefs = makePreferences({ state: 'WY', ageRange: '65+' });
    const result = matchAnonymous(snapshot, prefs, options, clock);
    expect(result.message).toBe(
      'No clinicians in WY taking new therapy patients serve seniors (65 and over). See the suggestions for what would find matches.',
    );
    expect(result.suggestions).toEqual([
      {
        field: 'age_range',
        message: '4 clinicians in WY offer therapy but not to seniors (65 and over)',
        additionalMatches: 4,
      },
    ]);
  });
});

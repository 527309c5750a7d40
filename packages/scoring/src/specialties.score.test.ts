import type { ClinicianPerformance } from '@lunajoy/models';

import { scoreSpecialties, treatedNeeds } from './specialties.score';
import { makeClinician } from './testing/clinician.fixture';

const performance = (successBySpecialty: Record<string, number>): ClinicianPerformance => ({
  avgPatientRating: 4.5,
  retentionRate: 0.8,
  avgSessionCount: 10,
  totalPatientsSeen: 100,
  successBySpecialty,
  successByDemographics: {},
});

describe('scoreSpecialties', () => {
  const clinician = makeClinician({
    specialties: ['anxiety', 'depression', 'ptsd'],
    performance: performance({ anxiety: 0.9, depression: 0.7 }),
  });

  describe('for the anonymous tier (coverage only)', () => {
    it.each([
      ['no needs given (neutral)', [], 0.5],
      ['every need treated', ['anxiety', 'depression'], 1],
      ['half the needs treated', ['anxiety', 'insomnia'], 0.5],
      ['a third of the needs treated', ['anxiety', 'grief', 'insomnia'], 1 / 3],
      ['no need treated', ['grief'], 0],
    ])('scores %s', (_case, needs, expected) => {
      expect(scoreSpecialties(clinician, needs, { useSuccessRates: false })).toBe(expected);
    });
  });

  describe('for the registered tiers (0.7·coverage + 0.3·mean success)', () => {
    it.each([
      // 0.7·1 + 0.3·(0.9+0.7)/2 = 0.7 + 0.24
      ['two treated needs with rates', ['anxiety', 'depression'], 0.94],
      // ptsd has no rate: default 0.5. 0.7·1 + 0.3·(0.9+0.5)/2 = 0.7 + 0.21
      ['a treated need without a rate', ['anxiety', 'ptsd'], 0.91],
      // 0.7·0.5 + 0.3·0.9 = 0.35 + 0.27
      ['half covered', ['anxiety', 'grief'], 0.62],
      ['no need treated', ['grief'], 0],
      ['no needs given (neutral)', [], 0.5],
    ])('scores %s', (_case, needs, expected) => {
      const score = scoreSpecialties(clinician, needs, { useSuccessRates: true });
      expect(score).toBeCloseTo(expected, 12);
    });

    it('uses the default rate for every need of a clinician without metrics', () => {
      const newcomer = makeClinician({ specialties: ['anxiety'], performance: null });
      // 0.7·1 + 0.3·0.5
      expect(scoreSpecialties(newcomer, ['anxiety'], { useSuccessRates: true })).toBeCloseTo(
        0.85,
        12,
      );
    });

    it('honours a configured blend', () => {
      const blend = { coverageWeight: 0.5, successWeight: 0.5, defaultSuccessRate: 0 };
      const score = scoreSpecialties(clinician, ['anxiety', 'ptsd'], {
        useSuccessRates: true,
        blend,
      });
      // 0.5·1 + 0.5·(0.9+0)/2
      expect(score).toBeCloseTo(0.725, 12);
    });
  });
});

describe('treatedNeeds', () => {
  it('keeps the needs the clinician lists, in the order asked', () => {
    const clinician = makeClinician({ specialties: ['anxiety', 'depression'] });
    expect(treatedNeeds(clinician, ['depression', 'grief', 'anxiety'])).toEqual([
      'depression',
      'anxiety',
    ]);
  });
});

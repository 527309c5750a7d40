import { boostProduct, combineScore, roundScore, weightedSum } from './combine-score';
import { DEFAULT_SCORING_CONFIG } from './scoring-config';
import { weightTableFor } from './weight-tables';

const urgent = weightTableFor('immediate', { registered: false });
const flexible = weightTableFor('flexible', { registered: false });
const basicFlexible = weightTableFor('flexible', { registered: true });

const content = {
  availability: 1,
  insurance: 1,
  specialties: 0.5,
  preferences: 0.5,
  loadBalance: 0.75,
};

describe('roundScore', () => {
  it.each([
    [0.12344, 0.1234],
    [0.12345, 0.1235],
    [0.123449999, 0.1234],
    [0.1 + 0.2, 0.3],
    [0.25 * 0.8 + 0.25 + 0.25 + 0.15 * 0.75 + 0.1, 0.9125],
    [0.00005, 0.0001],
    [0.99995, 1],
    [1 / 3, 0.3333],
    [2 / 3, 0.6667],
    [0.7, 0.7],
    [0, 0],
    [1, 1],
  ])('rounds %p to %p', (value, expected) => {
    expect(roundScore(value)).toBe(expected);
  });
});

describe('combineScore', () => {
  it.each([
    // 0.4·1 + 0.2·1 + 0.2·0.5 + 0.1·0.75 + 0.1·0.5 = 0.825
    ['urgent weights, no boosts', content, urgent, {}, 0.825],
    // 0.25·1 + 0.25·1 + 0.25·0.5 + 0.15·0.75 + 0.1·0.5 = 0.7875
    ['flexible weights, no boosts', content, flexible, {}, 0.7875],
    // 0.7875 × 1.1 = 0.86625 → 0.8663
    ['flexible, new clinician', content, flexible, { new_clinician: 1.1 }, 0.8663],
    // 0.7875 × 0.7 = 0.55125 → 0.5513
    ['flexible, high load', content, flexible, { high_load: 0.7 }, 0.5513],
    // 0.7875 × 1.1 × 0.7 = 0.606375 → 0.6064
    ['both boosts', content, flexible, { new_clinician: 1.1, high_load: 0.7 }, 0.6064],
    // 0.825 × 1.1 = 0.9075
    ['urgent, new clinician', content, urgent, { new_clinician: 1.1 }, 0.9075],
    // (0.7875 + 0.15·0.8) / 1.15 = 0.9075 / 1.15 = 0.78913… → 0.7891
    [
      'registered flexible with demographic 0.8',
      { ...content, demographic: 0.8 },
      basicFlexible,
      {},
      0.7891,
    ],
    // a perfect clinician boosted past 1 is capped
    [
      'a boost past 1 is capped',
      { availability: 1, insurance: 1, specialties: 1, preferences: 1, loadBalance: 1 },
      urgent,
      { new_clinician: 1.1 },
      1,
    ],
    [
      'all zero',
      { availability: 0, insurance: 0, specialties: 0, preferences: 0, loadBalance: 0 },
      urgent,
      {},
      0,
    ],
  ])('scores %s', (_case, components, weights, boosts, expected) => {
    expect(combineScore(components, weights, boosts)).toBe(expected);
  });

  it('floors a negative sum at 0', () => {
    expect(combineScore({ collaborative: -0.5 }, { collaborative: 1 }, {})).toBe(0);
  });

  it('refuses a weight without a component', () => {
    expect(() => combineScore(content, basicFlexible, {})).toThrow(/demographic/);
  });

  it('ignores components the table does not weigh', () => {
    expect(weightedSum({ ...content, demographic: 0 }, flexible)).toBeCloseTo(0.7875, 12);
  });
});

describe('boostProduct', () => {
  it('is 1 without boosts and the product otherwise', () => {
    expect(boostProduct({})).toBe(1);
    expect(boostProduct({ new_clinician: 1.1, high_load: 0.7 })).toBeCloseTo(0.77, 12);
  });

  it('uses the configured multipliers', () => {
    expect(DEFAULT_SCORING_CONFIG.boosts.newClinician.multiplier).toBe(1.1);
    expect(DEFAULT_SCORING_CONFIG.boosts.highLoad.multiplier).toBe(0.7);
  });
});

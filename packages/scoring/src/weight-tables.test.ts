import { DEFAULT_SCORING_CONFIG, parseScoringConfig } from './scoring-config';
import { blendWeights, weightTableFor } from './weight-tables';

const sum = (table: Record<string, number | undefined>): number =>
  Object.values(table).reduce<number>((acc, weight) => acc + (weight ?? 0), 0);

describe('weightTableFor', () => {
  it.each([
    [
      'immediate',
      false,
      { availability: 0.4, insurance: 0.2, specialties: 0.2, loadBalance: 0.1, preferences: 0.1 },
    ],
    [
      'flexible',
      false,
      {
        availability: 0.25,
        insurance: 0.25,
        specialties: 0.25,
        loadBalance: 0.15,
        preferences: 0.1,
      },
    ],
    [
      'immediate',
      true,
      {
        availability: 0.4 / 1.15,
        insurance: 0.2 / 1.15,
        specialties: 0.2 / 1.15,
        loadBalance: 0.1 / 1.15,
        preferences: 0.1 / 1.15,
        demographic: 0.15 / 1.15,
      },
    ],
    [
      'flexible',
      true,
      {
        availability: 0.25 / 1.15,
        insurance: 0.25 / 1.15,
        specialties: 0.25 / 1.15,
        loadBalance: 0.15 / 1.15,
        preferences: 0.1 / 1.15,
        demographic: 0.15 / 1.15,
      },
    ],
  ] as const)(
    'gives %s requests (registered: %p) the design table',
    (urgency, registered, expected) => {
      const table = weightTableFor(urgency, { registered });
      expect(table).toEqual(expected);
      expect(sum(table)).toBeCloseTo(1, 12);
    },
  );

  it('returns a copy the caller may change', () => {
    const table = weightTableFor('flexible', { registered: false });
    table.availability = 0;
    expect(DEFAULT_SCORING_CONFIG.weights.flexible.availability).toBe(0.25);
  });
});

describe('blendWeights', () => {
  it('gives 0.6 to content and 0.4 to collaborative', () => {
    const table = blendWeights(
      weightTableFor('immediate', { registered: false }),
      'collaborative',
      0.4,
    );
    expect(table.availability).toBeCloseTo(0.24, 12);
    expect(table.collaborative).toBe(0.4);
    expect(sum(table)).toBeCloseTo(1, 12);
  });

  it('refuses a share outside 0..1 or a component already weighted', () => {
    const table = weightTableFor('immediate', { registered: false });
    expect(() => blendWeights(table, 'collaborative', 1.2)).toThrow(RangeError);
    expect(() => blendWeights(table, 'availability', 0.4)).toThrow(/already/);
  });
});

describe('ScoringConfigSchema', () => {
  /** A deep copy with the value at `path` replaced, in ways the types would forbid. */
  const corrupted = (path: string[], value: number): unknown => {
    const config = structuredClone(DEFAULT_SCORING_CONFIG) as unknown as Record<string, unknown>;
    let node = config;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[path[path.length - 1] as string] = value;
    return config;
  };

  it('accepts the default configuration', () => {
    expect(parseScoringConfig(structuredClone(DEFAULT_SCORING_CONFIG))).toEqual(
      DEFAULT_SCORING_CONFIG,
    );
  });

  it.each([
    ['an urgent table summing to 1.1', ['weights', 'urgent', 'availability'], 0.5, 'sum to 1'],
    ['a flexible table summing to 0.9', ['weights', 'flexible', 'loadBalance'], 0.05, 'sum to 1'],
    ['a negative weight', ['weights', 'urgent', 'preferences'], -0.1, ''],
    ['an unknown component', ['weights', 'urgent', 'popularity'], 0, ''],
    ['a zero multiplier', ['boosts', 'highLoad', 'multiplier'], 0, ''],
    ['a success blend summing to 0.8', ['specialtySuccess', 'successWeight'], 0.1, 'coverage'],
  ])('rejects %s', (_case, path, value, message) => {
    const config = corrupted(path, value);
    expect(() => parseScoringConfig(config)).toThrow(message);
  });
});

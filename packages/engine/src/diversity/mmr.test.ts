import type { Gender } from '@lunajoy/models';

import { clinicianSimilarity, jaccard } from './clinician-similarity';
import { selectDiverse, type DiversityCandidate } from './mmr';

const candidate = (
  id: string,
  score: number,
  specialties: string[],
  gender: Gender = 'female',
  modalities = ['cbt'],
): DiversityCandidate => ({
  id,
  score,
  profile: { specialties, treatmentModalities: modalities, gender },
});

// Four near copies on top, then two different clinicians slightly below.
const pool = [
  candidate('c1', 0.9, ['anxiety', 'depression']),
  candidate('c2', 0.89, ['anxiety', 'depression']),
  candidate('c3', 0.88, ['anxiety', 'depression']),
  candidate('c4', 0.87, ['anxiety', 'depression']),
  candidate('d1', 0.8, ['ptsd'], 'male', ['emdr']),
  candidate('d2', 0.78, ['grief'], 'non_binary', ['act']),
];

describe('selectDiverse', () => {
  it.each([1, 3, 4, 6, 10])('picks exactly min(limit, pool) for limit %d', (limit) => {
    expect(selectDiverse(pool, { limit, lambda: 0.8 })).toHaveLength(Math.min(limit, pool.length));
  });

  it('lets different clinicians in ahead of near copies, then sorts by score', () => {
    const picked = selectDiverse(pool, { limit: 3, lambda: 0.8 });

    expect(picked.map((c) => c.id)).toEqual(['c1', 'd1', 'd2']);
  });

  it('ranks by score alone when λ = 1', () => {
    expect(selectDiverse(pool, { limit: 3, lambda: 1 }).map((c) => c.id)).toEqual([
      'c1',
      'c2',
      'c3',
    ]);
  });

  it('returns its picks sorted by score, ties by id', () => {
    const tied = [
      candidate('b', 0.5, ['x']),
      candidate('a', 0.5, ['x']),
      candidate('c', 0.7, ['y']),
    ];
    const picked = selectDiverse(tied, { limit: 3, lambda: 0.8 });

    expect(picked.map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });

  it('breaks an exact tie in marginal relevance by id', () => {
    const tied = [candidate('b', 0.5, ['x']), candidate('a', 0.5, ['x'])];

    expect(selectDiverse(tied, { limit: 1, lambda: 0.8 }).map((c) => c.id)).toEqual(['a']);
  });
});

describe('clinicianSimilarity', () => {
  it.each([
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['b', 'c'], 1 / 3],
    [['a'], [], 0],
    [[], [], 1],
  ])('jaccard(%j, %j) = %d', (a, b, expected) => {
    expect(jaccard(a, b)).toBeCloseTo(expected, 12);
  });

  it('averages specialties, modalities and gender', () => {
    const a = candidate('a', 1, ['anxiety', 'ptsd'], 'female', ['cbt']).profile;
    const b = candidate('b', 1, ['anxiety'], 'male', ['cbt', 'dbt']).profile;

    expect(clinicianSimilarity(a, b)).toBeCloseTo((0.5 + 0.5 + 0) / 3, 12);
  });
});

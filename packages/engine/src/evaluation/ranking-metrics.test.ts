import { MetricsAccumulator, rankingMetrics } from './ranking-metrics';

describe('rankingMetrics', () => {
  it.each([
    ['first', ['x', 'a', 'b'], 1, 1, 1],
    ['second', ['a', 'x', 'b'], 1 / Math.log2(3), 1, 1 / 2],
    ['tenth', [...'abcdefghi'.split(''), 'x'], 1 / Math.log2(11), 1, 1 / 10],
    ['eleventh', [...'abcdefghij'.split(''), 'x'], 0, 0, 1 / 11],
    ['missing', ['a', 'b'], 0, 0, 0],
  ])('scores a booking ranked %s', (_, ranked, ndcg, recall, rr) => {
    const metrics = rankingMetrics(ranked, new Set(['x']));

    expect(metrics.ndcg).toBeCloseTo(ndcg, 12);
    expect(metrics.recall).toBe(recall);
    expect(metrics.reciprocalRank).toBeCloseTo(rr, 12);
  });

  it('normalises by the ideal ordering with several relevant clinicians', () => {
    const metrics = rankingMetrics(['a', 'x', 'b', 'y'], new Set(['x', 'y', 'z']), 3);

    expect(metrics.ndcg).toBeCloseTo(1 / Math.log2(3) / (1 + 1 / Math.log2(3) + 1 / 2), 12);
    expect(metrics.recall).toBeCloseTo(1 / 3, 12);
    expect(metrics.reciprocalRank).toBe(1 / 2);
  });
});

describe('MetricsAccumulator', () => {
  it('averages over patients and counts the clinicians shown in any top k', () => {
    const acc = new MetricsAccumulator(10, 2);
    acc.add(['x', 'a', 'b'], new Set(['x']));
    acc.add(['a', 'c', 'y'], new Set(['y']));

    expect(acc.result()).toEqual({
      ndcg_at_10: 0.5,
      recall_at_10: 0.5,
      mrr: 0.6667,
      coverage: 0.3,
    });
  });
});

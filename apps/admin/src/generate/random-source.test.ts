import { RandomSource } from './random-source';

describe('RandomSource', () => {
  const draw = (source: RandomSource, n: number) => Array.from({ length: n }, () => source.float());

  it('repeats the same sequence for the same seed', () => {
    expect(draw(RandomSource.streams(42).users, 50)).toEqual(
      draw(RandomSource.streams(42).users, 50),
    );
  });

  it('gives each phase its own stream', () => {
    const streams = RandomSource.streams(42);

    expect(draw(streams.users, 5)).not.toEqual(draw(streams.clinicians, 5));
  });

  it('keeps integers within both bounds and reaches each of them', () => {
    const source = RandomSource.streams(1).world;
    const seen = new Set(Array.from({ length: 500 }, () => source.int(3, 6)));

    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct items, and never more than there are', () => {
    const source = RandomSource.streams(1).world;

    expect(new Set(source.sample([1, 2, 3, 4, 5], 3)).size).toBe(3);
    expect(source.sample([1, 2], 5).sort()).toEqual([1, 2]);
    expect(source.weightedSample(['a', 'b', 'c'], [1, 0, 1], 2).sort()).toEqual(['a', 'c']);
  });

  it('draws roughly standard normal values', () => {
    const source = RandomSource.streams(9).world;
    const values = Array.from({ length: 20_000 }, () => source.normal());
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;

    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

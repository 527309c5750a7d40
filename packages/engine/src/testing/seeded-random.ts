/** A small seeded generator (mulberry32) so synthetic data is the same on every run. */

/** Draws from one seeded stream. */
export interface SeededRandom {
  /** 0 ≤ x < 1 */
  next(): number;
  /** an integer in min..max, both included */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in the order of `items` */
  sample<T>(items: readonly T[], count: number): T[];
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number],
    sample: (items, count) => {
      const picked = new Set<number>();
      const wanted = Math.min(count, items.length);
      while (picked.size < wanted) picked.add(int(0, items.length - 1));
      return [...picked]
        .sort((a, b) => a - b)
        .map((index) => items[index] as (typeof items)[number]);
    },
  };
}

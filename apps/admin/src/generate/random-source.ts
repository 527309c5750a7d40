import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Independent random streams, one per generation phase. */
export type StreamName = 'world' | 'clinicians' | 'users' | 'interactions';

const STREAM_ORDER: readonly StreamName[] = ['world', 'clinicians', 'users', 'interactions'];

/**
 * A seeded source of randomness for data generation. Everything random in the generator flows
 * through one of these, so the same seed always gives the same bytes. Only arithmetic and
 * `Math.sqrt` (exactly rounded by IEEE 754) are used on its values, never `Math.exp`/`Math.log`,
 * whose last bits are not guaranteed to agree between engines.
 */
export class RandomSource {
  private constructor(private readonly rng: JumpableRandomGenerator) {}

  /**
   * One source per phase, each a jump (2^64 steps) further along the same seeded sequence. A phase
   * draws only from its own stream, so changing how many interactions are simulated leaves the
   * clinicians and users byte-identical.
   */
  static streams(seed: number): Record<StreamName, RandomSource> {
    const base = xoroshiro128plus(seed);
    const streams = {} as Record<StreamName, RandomSource>;
    for (const name of STREAM_ORDER) {
      base.jump();
      streams[name] = new RandomSource(base.clone());
    }
    return streams;
  }

  /** A uniform float in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  /** A uniform float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** A uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** An approximately standard normal value (Irwin–Hall sum of four uniforms, bounded ±3.46). */
  normal(): number {
    const sum = this.float() + this.float() + this.float() + this.float();
    return (sum - 2) * SQRT3;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** The index of a weight, chosen with probability proportional to it. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let target = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i] as number;
      if (target < 0) return i;
    }
    return weights.length - 1;
  }

  weightedPick<T>(items: readonly T[], weights: readonly number[]): T {
    return items[this.weightedIndex(weights)] as T;
  }

  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = items.slice();
    const n = Math.min(count, pool.length);
    for (let i = 0; i < n; i++) {
      const j = this.int(i, pool.length - 1);
      const tmp = pool[i] as T;
      pool[i] = pool[j] as T;
      pool[j] = tmp;
    }
    return pool.slice(0, n);
  }

  /** `count` distinct items drawn with probability proportional to their weights. */
  weightedSample<T>(items: readonly T[], weights: readonly number[], count: number): T[] {
    const pool = items.slice();
    const w = weights.slice();
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      const i = this.weightedIndex(w);
      chosen.push(pool[i] as T);
      pool.splice(i, 1);
      w.splice(i, 1);
    }
    return chosen;
  }

  /** Lowercase hexadecimal, `length` characters. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) {
      out += (this.int(0, 0xffff) + 0x10000).toString(16).slice(1);
    }
    return out.slice(0, length);
  }
}

const SQRT3 = Math.sqrt(3);

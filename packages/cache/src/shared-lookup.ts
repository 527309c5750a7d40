import type { CacheLookup } from './candidate-cache';
import { decodeValue } from './cache-key';

/**
 * What one shared computation hands to every caller that joined it: the stored JSON when there
 * is one, so each caller decodes its own copy and none can mutate another's value.
 */
export interface SharedLookup<T> {
  stored: string | undefined;
  /** The computed value, used only when it had no JSON form (`undefined`). */
  value: T | undefined;
  hit: boolean;
}

/** Gives one caller its own copy of a shared result, in the same JSON form hit or miss. */
export function toLookup<T>(shared: SharedLookup<T>): CacheLookup<T> {
  const value = shared.stored === undefined ? (shared.value as T) : decodeValue<T>(shared.stored);
  return { value, hit: shared.hit };
}

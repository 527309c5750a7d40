import { CliError } from '../cli-error';

/** A `--seed` value: a whole number that fits the 32-bit seeds the engine uses. */
export function parseSeedOption(raw: string): number {
  const seed = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(seed) || seed > 0xffffffff) {
    throw new CliError(`--seed must be a whole number from 0 to 4294967295, got "${raw}"`);
  }
  return seed;
}

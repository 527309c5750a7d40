import type { Redis } from 'ioredis';

import type { RedisCircuit } from './redis-circuit';
import { escapeGlob } from './cache-key';

/** Keys asked for per SCAN step and removed per UNLINK. */
const BATCH_SIZE = 500;

/**
 * Removes every key starting with `fullPrefix` by walking the keyspace with SCAN and unlinking
 * each batch. SCAN never blocks Redis the way KEYS does, and UNLINK frees memory off the main
 * thread. Keys written during the walk may survive; callers that need them gone rely on
 * versioned keys as well.
 */
export async function deleteKeysByPrefix(
  client: Redis,
  circuit: RedisCircuit,
  fullPrefix: string,
): Promise<number> {
  const pattern = `${escapeGlob(fullPrefix)}*`;
  let cursor = '0';
  let removed = 0;

  do {
    const [next, keys] = await circuit.run('deleteByPrefix', () =>
      client.scan(cursor, 'MATCH', pattern, 'COUNT', BATCH_SIZE),
    );
    cursor = next;

    // SCAN may return a key twice across steps; UNLINK of a missing key simply counts 0.
    for (let start = 0; start < keys.length; start += BATCH_SIZE) {
      const batch = keys.slice(start, start + BATCH_SIZE);
      removed += await circuit.run('deleteByPrefix', () => client.unlink(...batch));
    }
  } while (cursor !== '0');

  return removed;
}

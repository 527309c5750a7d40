import { createVersionChannel } from '@lunajoy/cache';

/** What an import or training run announces: which counter of `data_versions` moved, and to what. */
export interface VersionAnnouncement {
  kind: 'data' | 'model';
  version: bigint;
}

/** How an announcement went. */
export type AnnounceOutcome = 'published' | 'failed' | 'no_redis';

const DEFAULT_PREFIX = 'lunajoy:';

/**
 * Publishes `{ kind, version }` on the version channel (`<CACHE_PREFIX>versions`, the channel the
 * API instances subscribe to) when `REDIS_URL` is set, so every instance reloads at once. The
 * version travels as a string of digits: the counters are 64-bit, JSON numbers are not. Without
 * Redis, or when Redis is down, nothing is lost: instances also compare versions on a timer.
 */
export async function announceVersion(
  announcement: VersionAnnouncement,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AnnounceOutcome> {
  const redisUrl = env.REDIS_URL;
  if (!redisUrl) return 'no_redis';

  const channel = createVersionChannel({ redisUrl, prefix: env.CACHE_PREFIX || DEFAULT_PREFIX });
  try {
    const sent = await channel.publish({
      kind: announcement.kind,
      version: String(announcement.version),
    });
    return sent ? 'published' : 'failed';
  } finally {
    await channel.close();
  }
}

/** One line for the command's output describing the announcement. */
export function describeAnnouncement(
  announcement: VersionAnnouncement,
  outcome: AnnounceOutcome,
): string {
  const what = `${announcement.kind} version ${announcement.version}`;
  if (outcome === 'published') return `announced ${what} to the API instances over Redis`;
  if (outcome === 'failed') {
    return `could not announce ${what} over Redis: instances pick it up at their next version check`;
  }
  return `REDIS_URL is not set: instances pick up ${what} at their next version check`;
}

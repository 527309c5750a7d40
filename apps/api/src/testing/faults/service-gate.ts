import { randomUUID } from 'node:crypto';

import { missingRedisServer } from './private-redis';

/** The services an int suite needs. */
export interface NeededServices {
  /** a PostgreSQL server at `DATABASE_URL` (each suite creates its own database on it) */
  database?: boolean;
  /** the shared Redis at `REDIS_URL` (each suite uses its own key prefix) */
  sharedRedis?: boolean;
  /** a `redis-server` binary, to start a private Redis the suite may kill */
  redisServer?: boolean;
}

function missing(needs: NeededServices): string[] {
  const reasons: string[] = [];
  if (needs.database && !process.env.DATABASE_URL) reasons.push('DATABASE_URL is not set');
  if (needs.sharedRedis && !process.env.REDIS_URL) reasons.push('REDIS_URL is not set');
  const binary = needs.redisServer ? missingRedisServer() : undefined;
  if (binary) reasons.push(binary);
  return reasons;
}

/**
 * Declares a suite that needs real services. When one is missing the suite is skipped with the
 * reason printed, unless `REQUIRE_SERVICES=1`, where it fails with that reason instead.
 */
export function describeWithServices(name: string, needs: NeededServices, suite: () => void): void {
  const reasons = missing(needs);
  if (reasons.length === 0) {
    describe(name, suite);
    return;
  }

  const reason = reasons.join('; ');
  if (process.env.REQUIRE_SERVICES === '1') {
    describe(name, () => {
      it('has the services it needs', () => {
        throw new Error(`${reason} (REQUIRE_SERVICES=1)`);
      });
    });
    return;
  }
  process.stderr.write(`skipping "${name}": ${reason}\n`);
  describe.skip(name, suite);
}

/** A cache key prefix no other run uses, so suites never see each other's keys. */
export function uniquePrefix(suite: string): string {
  return `lunajoy:test:${suite}:${randomUUID()}:`;
}

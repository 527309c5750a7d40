import { randomUUID } from 'node:crypto';

/**
 * Declares a suite that needs a service. When the service is missing the suite is skipped with
 * the reason printed, unless `REQUIRE_SERVICES=1`, in which case it fails with that reason.
 */
export function describeWithService(
  name: string,
  missingReason: string | undefined,
  suite: () => void,
): void {
  if (missingReason === undefined) {
    describe(name, suite);
    return;
  }

  if (process.env.REQUIRE_SERVICES === '1') {
    describe(name, () => {
      it('has the service it needs', () => {
        throw new Error(`${missingReason} (REQUIRE_SERVICES=1)`);
      });
    });
    return;
  }

  process.stderr.write(`skipping "${name}": ${missingReason}\n`);
  describe.skip(name, suite);
}

/** The shared Redis for int tests, if configured. */
export function sharedRedisUrl(): string | undefined {
  const url = process.env.REDIS_URL;
  return url === undefined || url === '' ? undefined : url;
}

/** A key prefix no other run uses, so tests never see or touch each other's keys. */
export function uniquePrefix(suite: string): string {
  return `lunajoy:test:${suite}:${randomUUID()}:`;
}

/** How a timed call settled. */
export type TimedOutcome<T> =
  { ok: true; value: T; ms: number } | { ok: false; error: unknown; ms: number };

/** Runs `work` and reports how it settled and how long it took, in milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<TimedOutcome<T>> {
  const started = performance.now();
  try {
    const value = await work();
    return { ok: true, value, ms: performance.now() - started };
  } catch (error) {
    return { ok: false, error, ms: performance.now() - started };
  }
}

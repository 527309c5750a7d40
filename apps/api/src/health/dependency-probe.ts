/** `ok` when a dependency answers, `degraded` when it does not (the API still serves). */
export type DependencyStatus = 'ok' | 'degraded';

/** Checks one dependency; resolving means reachable, rejecting means not. */
export type DependencyProbe = () => Promise<DependencyStatus>;

/** The dependencies readiness reports on. */
export interface ReadinessProbes {
  database: DependencyProbe;
  cache: DependencyProbe;
}

/**
 * Runs a probe with a deadline. A dependency that hangs is reported `degraded` rather than
 * holding the readiness check (and the load balancer polling it) hostage.
 */
export async function checkWithin(
  probe: DependencyProbe,
  timeoutMs: number,
): Promise<DependencyStatus> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<DependencyStatus>((resolve) => {
    timer = setTimeout(() => resolve('degraded'), timeoutMs);
    timer.unref();
  });

  try {
    return await Promise.race([probe().catch((): DependencyStatus => 'degraded'), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

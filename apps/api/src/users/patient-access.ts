import type { Request, Response } from 'express';

import { requirePatientOrAdmin } from '../auth/guards';
import type { Principal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import type { PatientStores } from './patient-stores';

/**
 * Checks, inside a handler, that the request may touch `userId`'s stored data: that patient's
 * bearer token or an admin key. The same guard as the path-based routes, for routes that only
 * learn the patient from a validated body; throws the guard's 401 or 403.
 */
export function assertPatientAccess(req: Request, res: Response, userId: string): void {
  let refusal: unknown = null;
  requirePatientOrAdmin(() => userId)(req, res, (err?: unknown) => {
    refusal = err ?? null;
  });
  if (refusal !== null) throw refusal;
}

/** Who acted, as the access log records it: never a secret, only ids and key fingerprints. */
export function actorOf(principal: Principal | undefined): string {
  if (principal === undefined) return 'anonymous';
  return principal.kind === 'patient' ? `patient:${principal.userId}` : `admin:${principal.keyId}`;
}

/**
 * Writes the access log row for one read or change of a patient's data. It is awaited before
 * the data is answered: an access that cannot be recorded is not served.
 */
export async function recordPatientAccess(
  stores: Pick<PatientStores, 'accessLogs'>,
  req: Request,
  subjectUserId: string,
  route: string,
): Promise<void> {
  await stores.accessLogs.recordAccess({ actor: actorOf(req.principal), subjectUserId, route });
}

/** The patient stores, or a 503 when this app was built without a database (a test app). */
export function requireStores(stores: PatientStores | undefined): PatientStores {
  if (stores === undefined) {
    throw new AppError('unavailable', 'Patient data is not available on this instance');
  }
  return stores;
}

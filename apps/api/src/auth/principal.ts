import type { Request } from 'express';

/**
 * Who a request acts for, once its credentials checked out: a patient (the subject of a bearer
 * token) or an operator holding an admin API key. `keyId` is a fingerprint, never the key.
 */
export type Principal = { kind: 'patient'; userId: string } | { kind: 'admin'; keyId: string };

declare global {
  // Express merges its Request type with this namespace; declaration merging needs the namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** set by the authenticator; undefined when no valid credential came with the request */
      principal?: Principal;
    }
  }
}

/** Why credentials that came with a request were refused. */
export type AuthProblem =
  | 'malformed_credentials'
  | 'multiple_credentials'
  | 'unsupported_scheme'
  | 'invalid_token'
  | 'expired_token'
  | 'invalid_api_key';

// Kept beside the request rather than on it: only the guards need it, to say why they refuse.
const problems = new WeakMap<Request, AuthProblem>();

/** Records why the credentials of `req` were refused. */
export function recordAuthProblem(req: Request, problem: AuthProblem): void {
  problems.set(req, problem);
}

/** Why the credentials of `req` were refused, if any came and were. */
export function findAuthProblem(req: Request): AuthProblem | undefined {
  return problems.get(req);
}

import type { Request, RequestHandler } from 'express';

import type { Logger } from '../logger';
import { createApiKeyVerifier } from './api-key-verifier';
import { readCredential, type PresentedCredential } from './credentials';
import { createJwtVerifier, type JwtVerifier, type JwtVerifierOptions } from './jwt-verifier';
import { recordAuthProblem, type AuthProblem, type Principal } from './principal';

export interface AuthenticatorOptions {
  /** how patient bearer tokens are checked; null refuses every bearer token */
  jwt: JwtVerifierOptions | null;
  /** the accepted admin API keys; empty refuses every key */
  adminApiKeys: readonly string[];
  logger?: Pick<Logger, 'debug'>;
}

type Outcome = { principal: Principal } | { problem: AuthProblem };

/**
 * Express middleware that works out who a request acts for and sets `req.principal`. It never
 * answers a request itself: routes open to everyone stay open whatever headers arrive, and the
 * guards on protected routes refuse with the reason recorded here.
 */
export function createAuthenticator(options: AuthenticatorOptions): RequestHandler {
  const verifyToken = options.jwt ? createJwtVerifier(options.jwt) : null;
  const verifyKey = createApiKeyVerifier(options.adminApiKeys);

  const check = async (credential: PresentedCredential): Promise<Outcome> => {
    if (credential.kind === 'api_key') {
      const match = verifyKey(credential.key);
      return match
        ? { principal: { kind: 'admin', keyId: match.keyId } }
        : { problem: 'invalid_api_key' };
    }
    return checkToken(verifyToken, credential.token);
  };

  return async (req, _res, next) => {
    const reading = readCredential(req.headers);
    if (reading.kind === 'none') {
      next();
      return;
    }

    const outcome =
      reading.kind === 'problem' ? { problem: reading.problem } : await check(reading.credential);
    if ('principal' in outcome) {
      req.principal = outcome.principal;
    } else {
      refuse(req, outcome.problem, options.logger);
    }
    next();
  };
}

async function checkToken(verify: JwtVerifier | null, token: string): Promise<Outcome> {
  if (verify === null) return { problem: 'invalid_token' };

  const verdict = await verify(token);
  return verdict.ok
    ? { principal: { kind: 'patient', userId: verdict.userId } }
    : { problem: verdict.problem };
}

function refuse(req: Request, problem: AuthProblem, logger: AuthenticatorOptions['logger']): void {
  recordAuthProblem(req, problem);
  logger?.debug({ requestId: req.id, problem }, 'credentials refused');
}

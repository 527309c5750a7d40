import type { Request, RequestHandler, Response } from 'express';

import { AppError } from '../errors/app-error';
import { AUTH_REALM } from './auth-defaults';
import { findAuthProblem, type AuthProblem } from './principal';

/** Which challenge a 401 names: patient routes want a bearer token, admin routes an API key. */
type Challenge = 'Bearer' | 'ApiKey';

const PROBLEM_MESSAGES: Record<AuthProblem, string> = {
  malformed_credentials: 'The credentials are malformed',
  multiple_credentials: 'Send one credential: a bearer token or an API key, not both',
  unsupported_scheme: 'The Authorization scheme must be Bearer or ApiKey',
  invalid_token: 'The bearer token is not valid',
  expired_token: 'The bearer token has expired',
  invalid_api_key: 'The API key is not valid',
};

// RFC 6750 error codes, so a client library knows whether to get a new token or fix its request.
const CHALLENGE_ERRORS: Record<AuthProblem, 'invalid_token' | 'invalid_request'> = {
  malformed_credentials: 'invalid_request',
  multiple_credentials: 'invalid_request',
  unsupported_scheme: 'invalid_request',
  invalid_token: 'invalid_token',
  expired_token: 'invalid_token',
  invalid_api_key: 'invalid_token',
};

function unauthorized(req: Request, res: Response, challenge: Challenge): AppError {
  const problem = findAuthProblem(req);
  const params = [`realm="${AUTH_REALM}"`];
  if (problem) params.push(`error="${CHALLENGE_ERRORS[problem]}"`);
  res.setHeader('WWW-Authenticate', `${challenge} ${params.join(', ')}`);

  const message = problem
    ? PROBLEM_MESSAGES[problem]
    : challenge === 'ApiKey'
      ? 'This route needs an admin API key'
      : 'This route needs a bearer token or an admin API key';
  return new AppError('unauthorized', message);
}

/** Lets through requests made with an admin API key: 401 without one, 403 for a patient. */
export function requireAdmin(): RequestHandler {
  return (req, res, next) => {
    const principal = req.principal;
    if (principal?.kind === 'admin') {
      next();
      return;
    }
    if (principal?.kind === 'patient') {
      next(new AppError('forbidden', 'This route needs an admin API key'));
      return;
    }
    next(unauthorized(req, res, 'ApiKey'));
  };
}

/**
 * Lets through the patient whose data the request touches (`getUserId` reads it from the path or
 * body) and admins. No or refused credentials answer 401; another patient's token, or a request
 * that names no patient at all, answers 403 without saying whether that patient exists.
 */
export function requirePatientOrAdmin(
  getUserId: (req: Request) => string | undefined,
): RequestHandler {
  return (req, res, next) => {
    const principal = req.principal;
    if (principal === undefined) {
      next(unauthorized(req, res, 'Bearer'));
      return;
    }
    if (principal.kind === 'admin' || principal.userId === getUserId(req)) {
      next();
      return;
    }
    next(new AppError('forbidden', "This token does not give access to that patient's data"));
  };
}

import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';

import { systemClock, type Clock } from '@lunajoy/models';
import { errors, jwtVerify } from 'jose';

import {
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  DEFAULT_TOKEN_AUDIENCE,
  DEFAULT_TOKEN_ISSUER,
  MIN_HS256_SECRET_LENGTH,
} from './auth-defaults';

/** The key bearer tokens are checked with: a shared secret, or the issuer's public key (PEM). */
export type JwtKeyOptions =
  { algorithm: 'HS256'; secret: string } | { algorithm: 'RS256' | 'ES256'; publicKeyPem: string };

export interface JwtVerifierOptions {
  key: JwtKeyOptions;
  /** the `iss` every token must carry; {@link DEFAULT_TOKEN_ISSUER} when omitted */
  issuer?: string;
  /** the `aud` every token must name; {@link DEFAULT_TOKEN_AUDIENCE} when omitted */
  audience?: string;
  clockToleranceSeconds?: number;
  clock?: Clock;
}

/** The outcome of checking one token. */
export type TokenVerdict =
  { ok: true; userId: string } | { ok: false; problem: 'invalid_token' | 'expired_token' };

/** Checks a compact JWS and says whose it is, or why it is refused. */
export type JwtVerifier = (token: string) => Promise<TokenVerdict>;

// Subjects become a patient id that is compared, logged and put in cache keys: printable ASCII
// without spaces keeps all of that safe.
const USABLE_SUBJECT = /^[\x21-\x7e]{1,256}$/;

/**
 * Builds a verifier for patient bearer tokens. The accepted algorithm is exactly the one the key
 * is for, so a token signed with another algorithm (`none`, or HS256 with a public key as the
 * secret) is refused however its header is dressed. Every token needs `sub` and `exp`. A bad key
 * fails here, at start-up, not on the first request.
 */
export function createJwtVerifier(options: JwtVerifierOptions): JwtVerifier {
  const key = importKey(options.key);
  const clock = options.clock ?? systemClock;
  const checks = {
    algorithms: [options.key.algorithm],
    issuer: options.issuer ?? DEFAULT_TOKEN_ISSUER,
    audience: options.audience ?? DEFAULT_TOKEN_AUDIENCE,
    clockTolerance: options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ['sub', 'exp'],
  };

  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, {
        ...checks,
        currentDate: new Date(clock.now()),
      });
      if (typeof payload.sub !== 'string' || !USABLE_SUBJECT.test(payload.sub)) {
        return { ok: false, problem: 'invalid_token' };
      }
      return { ok: true, userId: payload.sub };
    } catch (err) {
      if (err instanceof errors.JWTExpired) return { ok: false, problem: 'expired_token' };
      if (err instanceof errors.JOSEError) return { ok: false, problem: 'invalid_token' };
      throw err;
    }
  };
}

function importKey(options: JwtKeyOptions): KeyObject {
  if (options.algorithm === 'HS256') {
    if (options.secret.length < MIN_HS256_SECRET_LENGTH) {
      throw new Error(`the HS256 secret must be at least ${MIN_HS256_SECRET_LENGTH} characters`);
    }
    return createSecretKey(Buffer.from(options.secret, 'utf8'));
  }

  const key = createPublicKey(options.publicKeyPem);
  const details = key.asymmetricKeyDetails ?? {};
  if (options.algorithm === 'RS256') {
    if (key.asymmetricKeyType !== 'rsa' || (details.modulusLength ?? 0) < 2048) {
      throw new Error('RS256 needs an RSA public key of at least 2048 bits');
    }
  } else if (key.asymmetricKeyType !== 'ec' || details.namedCurve !== 'prime256v1') {
    throw new Error('ES256 needs an EC public key on the P-256 curve');
  }
  return key;
}

import { createSecretKey } from 'node:crypto';

import { SignJWT } from 'jose';

import {
  DEFAULT_TOKEN_AUDIENCE,
  DEFAULT_TOKEN_ISSUER,
  MIN_HS256_SECRET_LENGTH,
} from './auth-defaults';

export interface MintPatientTokenOptions {
  /** the HS256 secret the API verifies with */
  secret: string;
  userId: string;
  /** lifetime: seconds, or a duration such as `90s`, `15m`, `1h`, `7d` */
  ttl: number | string;
  issuer?: string;
  audience?: string;
  /** epoch milliseconds the token is issued at; now when omitted */
  now?: number;
}

const TTL_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
/** Local tokens are for trying things out; a month is already generous. */
export const MAX_TOKEN_TTL_SECONDS = 30 * 86_400;

/** Reads a lifetime (`3600`, `90s`, `15m`, `1h`, `7d`) as seconds; throws on anything else. */
export function parseTokenTtl(ttl: number | string): number {
  const seconds = typeof ttl === 'number' ? ttl : durationSeconds(ttl);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_TOKEN_TTL_SECONDS) {
    throw new Error(
      `the token lifetime must be between 1s and 30d, such as 15m or 1h (got ${ttl})`,
    );
  }
  return seconds;
}

function durationSeconds(text: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(text.trim());
  return match ? Number(match[1]) * TTL_UNITS[match[2] || 's']! : NaN;
}

/**
 * Mints an HS256 bearer token whose subject is the patient `userId`, the way the platform's
 * identity provider would, for local use and tests. It carries exactly what the verifier
 * requires: `sub`, `iss`, `aud`, `iat` and `exp`.
 */
export async function mintPatientToken(options: MintPatientTokenOptions): Promise<string> {
  if (options.secret.length < MIN_HS256_SECRET_LENGTH) {
    throw new Error(`the HS256 secret must be at least ${MIN_HS256_SECRET_LENGTH} characters`);
  }
  if (options.userId.trim() === '') throw new Error('the user id must not be empty');

  const issuedAt = Math.floor((options.now ?? Date.now()) / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.userId)
    .setIssuer(options.issuer ?? DEFAULT_TOKEN_ISSUER)
    .setAudience(options.audience ?? DEFAULT_TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + parseTokenTtl(options.ttl))
    .sign(createSecretKey(Buffer.from(options.secret, 'utf8')));
}

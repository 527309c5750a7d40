import { createSecretKey } from 'node:crypto';

import type { Command } from 'commander';
import { SignJWT } from 'jose';

import { CliError } from '../cli-error';

// The API's defaults for tokens (apps/api/src/auth/auth-defaults.ts). The CLI imports nothing
// from the API, so they are repeated here and must change together.
const DEFAULT_ISSUER = 'lunajoy-match';
const DEFAULT_AUDIENCE = 'lunajoy-match-api';
const MIN_SECRET_LENGTH = 32;
const MAX_TTL_SECONDS = 30 * 86_400;
const TTL_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
// The API accepts subjects of printable ASCII without spaces, up to 256 characters.
const USABLE_USER_ID = /^[\x21-\x7e]{1,256}$/;

interface TokenFlags {
  user: string;
  ttl: string;
  issuer: string;
  audience: string;
}

/**
 * Registers `token`: prints a bearer token for one patient, signed with the `JWT_SECRET` the API
 * verifies with, for trying the patient routes locally. The token alone goes to stdout, so
 * `TOKEN=$(npm run -s admin token -- --user user_0001)` works; its expiry goes to stderr.
 */
export function registerTokenCommand(program: Command): void {
  program
    .command('token')
    .description('Mint a bearer token for one patient, signed with JWT_SECRET, for local use')
    .requiredOption('--user <id>', 'the patient the token speaks for (its subject)')
    .option('--ttl <duration>', 'lifetime, such as 90s, 15m, 1h or 7d (at most 30d)', '1h')
    .option('--issuer <iss>', 'the issuer the API expects', DEFAULT_ISSUER)
    .option('--audience <aud>', 'the audience the API expects', DEFAULT_AUDIENCE)
    .action(async (flags: TokenFlags) => {
      await runToken(flags, process.env.JWT_SECRET);
    });
}

async function runToken(flags: TokenFlags, secret: string | undefined): Promise<void> {
  // Like the API's configuration, an empty or blank variable counts as unset.
  const key = secret?.trim();
  if (!key) {
    throw new CliError('JWT_SECRET is not set: set it to the same value the API runs with');
  }
  if (key.length < MIN_SECRET_LENGTH) {
    throw new CliError(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (!USABLE_USER_ID.test(flags.user)) {
    throw new CliError('--user must be printable ASCII without spaces, at most 256 characters');
  }
  const ttlSeconds = parseTtl(flags.ttl);

  const issuedAt = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(flags.user)
    .setIssuer(flags.issuer)
    .setAudience(flags.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(createSecretKey(Buffer.from(key, 'utf8')));

  process.stdout.write(`${token}\n`);
  const expires = new Date((issuedAt + ttlSeconds) * 1000).toISOString();
  process.stderr.write(`token for ${flags.user}, expires ${expires}\n`);
}

function parseTtl(text: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(text.trim());
  const seconds = match ? Number(match[1]) * TTL_UNITS[match[2] || 's']! : NaN;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_TTL_SECONDS) {
    throw new CliError(`--ttl must be between 1s and 30d, such as 15m or 1h (got ${text})`);
  }
  return seconds;
}

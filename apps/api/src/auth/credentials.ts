import type { IncomingHttpHeaders } from 'node:http';

import type { AuthProblem } from './principal';

/** A credential as it arrived, not yet checked. */
export type PresentedCredential =
  { kind: 'bearer'; token: string } | { kind: 'api_key'; key: string };

/** What a request's headers carry: nothing, one credential, or a reason to refuse them. */
export type CredentialReading =
  | { kind: 'none' }
  | { kind: 'credential'; credential: PresentedCredential }
  | { kind: 'problem'; problem: AuthProblem };

// Far above any real token or key; bounds the work a hostile header can cause.
const MAX_CREDENTIAL_LENGTH = 8192;
// RFC 6750 b64token, which a JWS in compact form always is. API keys are only compared as
// digests, so any characters will do for them.
const TOKEN_SYNTAX = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Reads `Authorization: Bearer …`, `Authorization: ApiKey …` and `X-Api-Key`. Schemes are
 * case-insensitive. More than one credential is refused rather than picking one, so a request
 * never acts under an identity other than the one its sender meant.
 */
export function readCredential(headers: IncomingHttpHeaders): CredentialReading {
  const found: PresentedCredential[] = [];

  const authorization = headers.authorization?.trim();
  if (authorization) {
    const match = /^(\S+)\s+(\S+)$/.exec(authorization);
    if (!match) return { kind: 'problem', problem: 'malformed_credentials' };
    const scheme = match[1]!.toLowerCase();
    const value = match[2]!;
    if (scheme === 'bearer') found.push({ kind: 'bearer', token: value });
    else if (scheme === 'apikey') found.push({ kind: 'api_key', key: value });
    else return { kind: 'problem', problem: 'unsupported_scheme' };
  }

  // Node joins repeated X-Api-Key headers with ", ", so two keys never match a configured one.
  const headerKey = headers['x-api-key'];
  const apiKey = (Array.isArray(headerKey) ? headerKey.join(', ') : headerKey)?.trim();
  if (apiKey) found.push({ kind: 'api_key', key: apiKey });

  if (found.length === 0) return { kind: 'none' };
  if (found.length > 1) return { kind: 'problem', problem: 'multiple_credentials' };

  const credential = found[0]!;
  const value = credential.kind === 'bearer' ? credential.token : credential.key;
  const malformed = credential.kind === 'bearer' && !TOKEN_SYNTAX.test(value);
  if (value.length > MAX_CREDENTIAL_LENGTH || malformed) {
    return { kind: 'problem', problem: 'malformed_credentials' };
  }
  return { kind: 'credential', credential };
}

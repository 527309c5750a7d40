import { createPublicKey } from 'node:crypto';

import type { Clock } from '@lunajoy/models';

import type { Config } from '../config';
import type { JwtVerifierOptions } from './jwt-verifier';

/**
 * How bearer tokens are checked under this configuration: HS256 with `JWT_SECRET`, or RS256 /
 * ES256 (chosen by the key's type) with `JWT_PUBLIC_KEY`. Null when neither is set, which
 * refuses every bearer token; see `Config['auth']` for why there is no development default.
 */
export function jwtOptionsFromConfig(
  auth: Config['auth'],
  clock: Clock,
): JwtVerifierOptions | null {
  const common = { issuer: auth.jwtIssuer, audience: auth.jwtAudience, clock };

  if (auth.jwtSecret !== null) {
    return { ...common, key: { algorithm: 'HS256', secret: auth.jwtSecret } };
  }
  if (auth.jwtPublicKeyPem !== null) {
    const type = createPublicKey(auth.jwtPublicKeyPem).asymmetricKeyType;
    const algorithm = type === 'rsa' ? 'RS256' : 'ES256';
    return { ...common, key: { algorithm, publicKeyPem: auth.jwtPublicKeyPem } };
  }
  return null;
}

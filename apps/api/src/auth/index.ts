export { apiKeyFingerprint, createApiKeyVerifier, type ApiKeyVerifier } from './api-key-verifier';
export {
  AUTH_REALM,
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  DEFAULT_TOKEN_AUDIENCE,
  DEFAULT_TOKEN_ISSUER,
} from './auth-defaults';
export { createAuthenticator, type AuthenticatorOptions } from './authenticator';
export { readCredential, type CredentialReading, type PresentedCredential } from './credentials';
export { requireAdmin, requirePatientOrAdmin } from './guards';
export { jwtOptionsFromConfig } from './jwt-options';
export {
  createJwtVerifier,
  type JwtKeyOptions,
  type JwtVerifier,
  type JwtVerifierOptions,
  type TokenVerdict,
} from './jwt-verifier';
export {
  MAX_TOKEN_TTL_SECONDS,
  mintPatientToken,
  parseTokenTtl,
  type MintPatientTokenOptions,
} from './mint-patient-token';
export { findAuthProblem, type AuthProblem, type Principal } from './principal';

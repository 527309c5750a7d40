/**
 * The issuer and audience of tokens when the deployment configures none. `admin token` mints
 * tokens with the same values (it keeps its own copy, because the CLI imports nothing from the
 * API), so a change here must be made there too.
 */
export const DEFAULT_TOKEN_ISSUER = 'lunajoy-match';

/** See {@link DEFAULT_TOKEN_ISSUER}. */
export const DEFAULT_TOKEN_AUDIENCE = 'lunajoy-match-api';

/**
 * How far the clocks of the token issuer and this server may disagree. Small on purpose: it
 * extends the life of every token by this much.
 */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 5;

/** The realm named in `WWW-Authenticate` challenges. */
export const AUTH_REALM = 'lunajoy-match';

/** HS256 keys shorter than this are refused, matching the configuration's own rule. */
export const MIN_HS256_SECRET_LENGTH = 32;

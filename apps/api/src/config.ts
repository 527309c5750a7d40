import { createPublicKey } from 'node:crypto';
import path from 'node:path';

import { z } from 'zod';

/** The repository root, from `apps/api/src` (tsx, jest) and `apps/api/dist` (node) alike. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Everything the API reads from its environment, validated and typed. */
export interface Config {
  nodeEnv: 'development' | 'test' | 'production';
  server: {
    host: string;
    port: number;
    /** passed to Express's `trust proxy`: false, a hop count, or addresses/subnets */
    trustProxy: boolean | number | string[];
    bodyLimitBytes: number;
    /** exact origins allowed to call the API from a browser; empty means none */
    corsOrigins: string[];
    /** how long SIGTERM waits for in-flight requests before closing them */
    shutdownTimeoutMs: number;
  };
  /** socket limits of the HTTP server (see `server.ts` for why each value) */
  http: {
    /** a request (headers and body) not fully received by then is answered 408 */
    requestTimeoutMs: number;
    /** an idle keep-alive socket is closed after this */
    keepAliveTimeoutMs: number;
    /** request headers not received by then are answered 408; above keep-alive on purpose */
    headersTimeoutMs: number;
  };
  log: { level: (typeof LOG_LEVELS)[number] };
  database: {
    /** null means: start the embedded PostgreSQL in `localDir` */
    url: string | null;
    localDir: string;
    /** PostgreSQL cancels any API statement running longer than this */
    statementTimeoutMs: number;
    /** most connections the API's request-serving pool opens */
    poolMax: number;
    /** a connection not established (or not free in the pool) by then fails the request 503 */
    connectTimeoutMs: number;
  };
  redis: { url: string | null };
  cache: {
    ttlSeconds: number;
    /** every Redis key of this deployment lives under it */
    prefix: string;
  };
  data: {
    /** the folder imported when the database has no clinicians */
    dir: string;
  };
  snapshot: {
    /** how often each instance compares its versions with `data_versions`; 0 turns it off */
    pollIntervalMs: number;
    /** a snapshot build still running after this counts as failed (the old one keeps serving) */
    buildTimeoutMs: number;
  };
  rateLimit: {
    enabled: boolean;
    windowMs: number;
    /** requests one client address may make to `/api/v1` per window */
    max: number;
  };
  /**
   * With neither `jwtSecret` nor `jwtPublicKeyPem` every bearer token is refused (admin keys
   * still work). There is deliberately no built-in development secret: a deployment that forgot
   * `NODE_ENV=production` would otherwise accept tokens anyone can mint for any patient. For
   * local use, set `JWT_SECRET` for both the API and `admin token`.
   */
  auth: {
    adminApiKeys: string[];
    /** HS256 secret for patient bearer tokens */
    jwtSecret: string | null;
    /** the identity provider's public key (PEM, RSA for RS256 or P-256 for ES256) */
    jwtPublicKeyPem: string | null;
    jwtIssuer: string;
    jwtAudience: string;
  };
}

/** A start-up failure that names every environment variable with a bad value. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `invalid configuration: ${problems.map((p) => `${p.variable}: ${p.message}`).join('; ')}`,
    );
    this.name = 'ConfigError';
  }
}

// Kept equal to the defaults in `auth/auth-defaults.ts`, which `admin token` mints with.
const DEFAULT_JWT_ISSUER = 'lunajoy-match';
const DEFAULT_JWT_AUDIENCE = 'lunajoy-match-api';

const BODY_LIMIT_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

// An empty variable counts as unset, so `FOO=` in a .env file falls back to the default.
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const integer = (min: number, max: number, fallback: number) =>
  optionalString.pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().min(min).max(max))
      .default(fallback),
  );

const list = optionalString.transform((v) =>
  v === undefined
    ? []
    : v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
);

const serviceUrl = (protocols: string[]) =>
  optionalString.pipe(
    z
      .string()
      .refine(
        (v) => {
          try {
            return protocols.includes(new URL(v).protocol);
          } catch {
            return false;
          }
        },
        `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
      )
      .optional(),
  );

const origin = z.string().refine((v) => {
  try {
    const url = new URL(v);
    return ['http:', 'https:'].includes(url.protocol) && url.origin === v;
  } catch {
    return false;
  }
}, 'each origin must look like https://app.example.com (scheme, host, optional port, no path)');

const trustProxy = optionalString.transform((v, ctx): boolean | number | string[] => {
  if (v === undefined || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);

  const entries = v.split(',').map((s) => s.trim());
  // Express accepts addresses, subnets and the names loopback/linklocal/uniquelocal.
  if (entries.every((e) => /^[0-9A-Za-z.:/]+$/.test(e))) return entries;
  ctx.addIssue({ code: 'custom', message: 'must be true, false, a hop count or addresses' });
  return z.NEVER;
});

const bodyLimit = optionalString.transform((v, ctx) => {
  const match = /^(\d+)\s*(b|kb|mb)?$/i.exec(v ?? '100kb');
  const bytes = match ? Number(match[1]) * BODY_LIMIT_UNITS[(match[2] ?? 'b').toLowerCase()]! : 0;
  if (bytes > 0 && bytes <= 10 * 1024 * 1024) return bytes;
  ctx.addIssue({ code: 'custom', message: 'must be a size such as 100kb, between 1b and 10mb' });
  return z.NEVER;
});

const flag = (fallback: boolean) =>
  optionalString.pipe(
    z
      .enum(['true', 'false', '1', '0'], 'must be true or false')
      .transform((v) => v === 'true' || v === '1')
      .default(fallback),
  );

// Environment files often carry a PEM on one line with literal \n escapes.
const publicKeyPem = optionalString.transform((v, ctx) => {
  if (v === undefined) return undefined;
  const pem = v.replace(/\\n/g, '\n').trim();
  try {
    const key = createPublicKey(pem);
    const details = key.asymmetricKeyDetails ?? {};
    const rsa = key.asymmetricKeyType === 'rsa' && (details.modulusLength ?? 0) >= 2048;
    const p256 = key.asymmetricKeyType === 'ec' && details.namedCurve === 'prime256v1';
    if (rsa || p256) return pem;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'must be a PEM RSA (2048+ bits) or P-256 public key' });
  return z.NEVER;
});

const EnvSchema = z.object({
  NODE_ENV: optionalString.pipe(
    z.enum(['development', 'test', 'production']).default('development'),
  ),
  HOST: optionalString.pipe(z.string().default('0.0.0.0')),
  PORT: integer(0, 65535, 3000),
  DATABASE_URL: serviceUrl(['postgres:', 'postgresql:']),
  REDIS_URL: serviceUrl(['redis:', 'rediss:']),
  LOG_LEVEL: optionalString.pipe(z.enum(LOG_LEVELS).default('info')),
  CORS_ORIGINS: list.pipe(z.array(origin)),
  TRUST_PROXY: trustProxy,
  BODY_LIMIT: bodyLimit,
  CACHE_TTL_SECONDS: integer(1, 7 * 24 * 3600, 300),
  CACHE_PREFIX: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9:._-]{1,64}$/, 'must be 1-64 letters, digits or : . _ -')
      .default('lunajoy:'),
  ),
  SHUTDOWN_TIMEOUT_MS: integer(0, 120_000, 10_000),
  DATA_DIR: optionalString,
  LOCAL_DB_DIR: optionalString,
  ADMIN_API_KEYS: list.pipe(z.array(z.string().min(24, 'each key must be at least 24 characters'))),
  JWT_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  JWT_PUBLIC_KEY: publicKeyPem,
  JWT_ISSUER: optionalString.pipe(z.string().default(DEFAULT_JWT_ISSUER)),
  JWT_AUDIENCE: optionalString.pipe(z.string().default(DEFAULT_JWT_AUDIENCE)),
  HTTP_REQUEST_TIMEOUT_MS: integer(1000, 600_000, 30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: integer(1000, 600_000, 65_000),
  DATABASE_STATEMENT_TIMEOUT_MS: integer(100, 600_000, 5000),
  DATABASE_POOL_MAX: integer(1, 1000, 10),
  DATABASE_CONNECT_TIMEOUT_MS: integer(100, 600_000, 2000),
  SNAPSHOT_POLL_INTERVAL_MS: integer(0, 3_600_000, 5000),
  SNAPSHOT_BUILD_TIMEOUT_MS: integer(1000, 3_600_000, 120_000),
  RATE_LIMIT_ENABLED: flag(true),
  RATE_LIMIT_WINDOW_MS: integer(1000, 3_600_000, 60_000),
  RATE_LIMIT_MAX: integer(1, 1_000_000, 300),
});

/**
 * Parses the environment once, at start-up. Relative folders are resolved against the
 * repository root so the API behaves the same whatever directory it is started from.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.refine((e) => !(e.JWT_SECRET && e.JWT_PUBLIC_KEY), {
    path: ['JWT_PUBLIC_KEY'],
    message: 'set JWT_SECRET or JWT_PUBLIC_KEY, not both',
  }).safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      })),
    );
  }
  const e = parsed.data;

  return {
    nodeEnv: e.NODE_ENV,
    server: {
      host: e.HOST,
      port: e.PORT,
      trustProxy: e.TRUST_PROXY,
      bodyLimitBytes: e.BODY_LIMIT,
      corsOrigins: e.CORS_ORIGINS,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    },
    http: {
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      headersTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS + 1000,
    },
    log: { level: e.LOG_LEVEL },
    database: {
      url: e.DATABASE_URL ?? null,
      localDir: path.resolve(REPO_ROOT, e.LOCAL_DB_DIR ?? '.data/postgres'),
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      poolMax: e.DATABASE_POOL_MAX,
      connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    },
    redis: { url: e.REDIS_URL ?? null },
    cache: { ttlSeconds: e.CACHE_TTL_SECONDS, prefix: e.CACHE_PREFIX },
    data: { dir: path.resolve(REPO_ROOT, e.DATA_DIR ?? 'data') },
    snapshot: {
      pollIntervalMs: e.SNAPSHOT_POLL_INTERVAL_MS,
      buildTimeoutMs: e.SNAPSHOT_BUILD_TIMEOUT_MS,
    },
    rateLimit: {
      enabled: e.RATE_LIMIT_ENABLED,
      windowMs: e.RATE_LIMIT_WINDOW_MS,
      max: e.RATE_LIMIT_MAX,
    },
    auth: {
      adminApiKeys: e.ADMIN_API_KEYS,
      jwtSecret: e.JWT_SECRET ?? null,
      jwtPublicKeyPem: e.JWT_PUBLIC_KEY ?? null,
      jwtIssuer: e.JWT_ISSUER,
      jwtAudience: e.JWT_AUDIENCE,
    },
  };
}

import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';

import { ConfigError, loadConfig, REPO_ROOT } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => p.variable);
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});

    expect(config.server).toEqual({
      host: '0.0.0.0',
      port: 3000,
      trustProxy: false,
      bodyLimitBytes: 100 * 1024,
      corsOrigins: [],
      shutdownTimeoutMs: 10_000,
    });
    expect(config.database).toEqual({
      url: null,
      localDir: path.join(REPO_ROOT, '.data/postgres'),
      statementTimeoutMs: 5000,
      poolMax: 10,
      connectTimeoutMs: 2000,
    });
    expect(config.http).toEqual({
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 65_000,
      headersTimeoutMs: 66_000,
    });
    expect(config.snapshot).toEqual({ pollIntervalMs: 5000, buildTimeoutMs: 120_000 });
    expect(config.rateLimit).toEqual({ enabled: true, windowMs: 60_000, max: 300 });
    expect(config.auth).toEqual({
      adminApiKeys: [],
      jwtSecret: null,
      jwtPublicKeyPem: null,
      jwtIssuer: 'lunajoy-match',
      jwtAudience: 'lunajoy-match-api',
    });
    expect(config.redis.url).toBeNull();
    expect(config.data.dir).toBe(path.join(REPO_ROOT, 'data'));
    expect(config.cache).toEqual({ ttlSeconds: 300, prefix: 'lunajoy:' });
    expect(config.log.level).toBe('info');
  });

  it('parses every supported form of its variables', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/app',
      REDIS_URL: 'redis://127.0.0.1:6379',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
      TRUST_PROXY: 'loopback,10.0.0.0/8',
      BODY_LIMIT: '1mb',
      DATA_DIR: '/srv/seed',
      ADMIN_API_KEYS: 'a'.repeat(24),
      JWT_SECRET: 's'.repeat(32),
    });

    expect(config.server.port).toBe(8080);
    expect(config.server.corsOrigins).toEqual(['https://app.example.com', 'http://localhost:5173']);
    expect(config.server.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(config.server.bodyLimitBytes).toBe(1024 * 1024);
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/app');
    expect(config.data.dir).toBe('/srv/seed');
    expect(config.auth.adminApiKeys).toHaveLength(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).server.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'true' }).server.trustProxy).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' })).toMatchObject({
      server: { port: 3000 },
      database: { url: null },
    });
  });

  it('names every bad variable at once', () => {
    const bad = problemsOf({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://db',
      REDIS_URL: 'http://cache',
      CORS_ORIGINS: 'https://app.example.com/path',
      TRUST_PROXY: 'yes please',
      BODY_LIMIT: '5gb',
      CACHE_TTL_SECONDS: '0',
      ADMIN_API_KEYS: 'short',
      JWT_SECRET: 'short',
    });

    expect(bad.sort()).toEqual(
      [
        'ADMIN_API_KEYS',
        'BODY_LIMIT',
        'CACHE_TTL_SECONDS',
        'CORS_ORIGINS',
        'DATABASE_URL',
        'JWT_SECRET',
        'LOG_LEVEL',
        'PORT',
        'REDIS_URL',
        'TRUST_PROXY',
      ].sort(),
    );
  });

  it('reads the operational limits and the rate limit switch', () => {
    const config = loadConfig({
      RATE_LIMIT_ENABLED: 'false',
      RATE_LIMIT_WINDOW_MS: '1000',
      RATE_LIMIT_MAX: '5',
      SNAPSHOT_POLL_INTERVAL_MS: '0',
      DATABASE_STATEMENT_TIMEOUT_MS: '250',
      DATABASE_POOL_MAX: '4',
      DATABASE_CONNECT_TIMEOUT_MS: '500',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '5000',
    });

    expect(config.rateLimit).toEqual({ enabled: false, windowMs: 1000, max: 5 });
    expect(config.snapshot.pollIntervalMs).toBe(0);
    expect(config.database.statementTimeoutMs).toBe(250);
    expect(config.database).toMatchObject({ poolMax: 4, connectTimeoutMs: 500 });
    expect(problemsOf({ DATABASE_POOL_MAX: '0' })).toEqual(['DATABASE_POOL_MAX']);
    expect(config.http.headersTimeoutMs).toBe(6000);
    expect(problemsOf({ RATE_LIMIT_ENABLED: 'yes' })).toEqual(['RATE_LIMIT_ENABLED']);
  });

  it('accepts a PEM public key, with escaped newlines, and refuses it beside a secret', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();

    const config = loadConfig({ JWT_PUBLIC_KEY: pem.replace(/\n/g, '\\n') });

    expect(config.auth.jwtPublicKeyPem).toBe(pem.trim());
    expect(problemsOf({ JWT_PUBLIC_KEY: 'not a key' })).toEqual(['JWT_PUBLIC_KEY']);
    expect(problemsOf({ JWT_PUBLIC_KEY: pem, JWT_SECRET: 's'.repeat(32) })).toEqual([
      'JWT_PUBLIC_KEY',
    ]);
  });

  it('says what is wrong in its message', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: .*65535/);
  });
});

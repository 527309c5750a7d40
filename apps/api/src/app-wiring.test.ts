import request from 'supertest';

import { mintPatientToken } from './auth/mint-patient-token';
import { FIXTURE_NOW } from './testing/fixture-clinicians';
import { buildTestApp } from './testing/test-app';

const CA_THERAPY = { state: 'CA', appointment_type: 'therapy' };

describe('createApp wiring', () => {
  it('limits /api/v1 per client, answering 429 with Retry-After, and never limits health', async () => {
    const { app } = await buildTestApp({
      env: { RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '60000' },
    });

    const allowed = [
      await request(app).get('/api/v1/vocabularies'),
      await request(app).post('/api/v1/match').send(CA_THERAPY),
    ];
    const over = await request(app).get('/api/v1/vocabularies');
    const health = await request(app).get('/api/health');

    expect(allowed.map((r) => r.status)).toEqual([200, 200]);
    expect(allowed[0]!.headers['ratelimit-policy']).toBe('2;w=60');
    expect(over.status).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(over.body.error.code).toBe('rate_limited');
    expect(health.status).toBe(200);
  });

  it('does not limit at all when RATE_LIMIT_ENABLED=false', async () => {
    const { app } = await buildTestApp({
      env: { RATE_LIMIT_ENABLED: 'false', RATE_LIMIT_MAX: '1' },
    });

    const statuses = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await request(app).get('/api/v1/vocabularies')).status);

    expect(statuses).toEqual([200, 200, 200]);
  });

  it('exports request, match, cache and snapshot metrics at /metrics', async () => {
    const { app, deps } = await buildTestApp();
    deps.metrics.recordSnapshot({ version: '1', builtAt: FIXTURE_NOW });

    await request(app).post('/api/v1/match').send(CA_THERAPY).expect(200);
    await request(app).post('/api/v1/match').send(CA_THERAPY).expect(200);
    const res = await request(app).get('/metrics').expect(200);

    expect(res.text).toContain(
      'http_request_duration_seconds_count{method="POST",route="/api/v1/match",status="200"} 2',
    );
    expect(res.text).toContain('match_duration_seconds_count{tier="anonymous"} 2');
    expect(res.text).toContain('match_candidates_sum{tier="anonymous"} 8');
    expect(res.text).toContain('cache_events_total{event="miss"} 1');
    expect(res.text).toContain('cache_events_total{event="hit"} 1');
    expect(res.text).toMatch(/^snapshot_version 1$/m);
  });

  it('sends a CSP that lets the local API reference load and nothing else', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/health').expect(200);
    const csp = res.headers['content-security-policy'];

    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('reads client addresses through the configured trusted proxy only', async () => {
    const { app: direct } = await buildTestApp({ env: { RATE_LIMIT_MAX: '1' } });
    const { app: proxied } = await buildTestApp({
      env: { RATE_LIMIT_MAX: '1', TRUST_PROXY: 'loopback' },
    });
    const from = (app: typeof direct, ip: string) =>
      request(app).get('/api/v1/vocabularies').set('X-Forwarded-For', ip);

    // Untrusted: the header is ignored, so both calls are one client and the second is limited.
    expect([
      (await from(direct, '203.0.113.1')).status,
      (await from(direct, '203.0.113.2')).status,
    ]).toEqual([200, 429]);
    // Trusted loopback proxy: two clients, one budget each.
    expect([
      (await from(proxied, '203.0.113.1')).status,
      (await from(proxied, '203.0.113.2')).status,
    ]).toEqual([200, 200]);
  });

  it('verifies bearer tokens with JWT_SECRET against the injected clock', async () => {
    const secret = 'a-test-secret-that-is-long-enough-for-hs256';
    const { app } = await buildTestApp({
      env: { JWT_SECRET: secret, ADMIN_API_KEYS: 'admin-key-for-tests-0123456789abcdef' },
    });
    const token = await mintPatientToken({
      secret,
      userId: 'user_0001',
      ttl: '1h',
      now: FIXTURE_NOW,
    });
    const expired = await mintPatientToken({
      secret,
      userId: 'user_0001',
      ttl: '1h',
      now: FIXTURE_NOW - 2 * 3600_000,
    });

    // A patient token is not an admin key: 403 means it was accepted as the patient's.
    const patient = await request(app)
      .post('/api/v1/admin/reload')
      .set('Authorization', `Bearer ${token}`);
    const stale = await request(app)
      .post('/api/v1/admin/reload')
      .set('Authorization', `Bearer ${expired}`);

    expect(patient.status).toBe(403);
    expect(stale.status).toBe(401);
    expect(stale.body.error.message).toBe('The bearer token has expired');
  });
});

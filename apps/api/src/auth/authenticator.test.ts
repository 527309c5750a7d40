import { fixedClock } from '@lunajoy/models';
import express, { type Express } from 'express';
import { UnsecuredJWT } from 'jose';
import request from 'supertest';

import { errorHandler } from '../http/error-handler';
import { requestId } from '../http/request-id';
import { createAuthenticator } from './authenticator';
import { requireAdmin, requirePatientOrAdmin } from './guards';
import { mintPatientToken } from './mint-patient-token';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const ADMIN_KEYS = ['first-admin-key-0123456789abcdef', 'second-admin-key-0123456789abcdef'];

function buildApp(): Express {
  const app = express();
  app.use(requestId());
  app.use(
    createAuthenticator({
      jwt: { key: { algorithm: 'HS256', secret: SECRET }, clock: fixedClock(NOW) },
      adminApiKeys: ADMIN_KEYS,
    }),
  );
  app.get(
    '/api/v1/users/:id',
    requirePatientOrAdmin((req) => String(req.params.id)),
    (req, res) => {
      res.json({ id: req.params.id, principal: req.principal });
    },
  );
  app.get('/api/admin/ping', requireAdmin(), (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/api/v1/public', (req, res) => {
    res.json({ principal: req.principal ?? null });
  });
  app.use(errorHandler());
  return app;
}

const token = (userId: string, overrides: { ttl?: string; now?: number; secret?: string } = {}) =>
  mintPatientToken({
    secret: overrides.secret ?? SECRET,
    userId,
    ttl: overrides.ttl ?? '1h',
    now: overrides.now ?? NOW,
  });

describe('createAuthenticator with the guards', () => {
  const app = buildApp();

  it('should answer 401 with a Bearer challenge when a patient route gets no credentials', async () => {
    const res = await request(app).get('/api/v1/users/user_0001');

    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="lunajoy-match"');
    expect(res.body.error).toEqual({
      code: 'unauthorized',
      message: 'This route needs a bearer token or an admin API key',
      request_id: res.headers['x-request-id'],
    });
  });

  it("should let a patient read their own data and answer 403 for another patient's", async () => {
    const own = await request(app)
      .get('/api/v1/users/user_0001')
      .set('Authorization', `Bearer ${await token('user_0001')}`);
    const other = await request(app)
      .get('/api/v1/users/user_0002')
      .set('Authorization', `Bearer ${await token('user_0001')}`);

    expect(own.status).toBe(200);
    expect(own.body.principal).toEqual({ kind: 'patient', userId: 'user_0001' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('forbidden');
    expect(other.headers['www-authenticate']).toBeUndefined();
  });

  it('should answer 401 invalid_token for a token that expired beyond the clock tolerance', async () => {
    const expiredTenSecondsAgo = await token('user_0001', { ttl: '60s', now: NOW - 70_000 });

    const res = await request(app)
      .get('/api/v1/users/user_0001')
      .set('Authorization', `Bearer ${expiredTenSecondsAgo}`);

    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('The bearer token has expired');
    expect(res.headers['www-authenticate']).toBe(
      'Bearer realm="lunajoy-match", error="invalid_token"',
    );
  });

  it('should accept a token that expired within the small clock tolerance', async () => {
    const expiredTwoSecondsAgo = await token('user_0001', { ttl: '60s', now: NOW - 62_000 });

    const res = await request(app)
      .get('/api/v1/users/user_0001')
      .set('Authorization', `Bearer ${expiredTwoSecondsAgo}`);

    expect(res.status).toBe(200);
  });

  it('should answer 401 for an unsigned (alg none) token naming the right patient', async () => {
    const unsigned = new UnsecuredJWT({})
      .setSubject('user_0001')
      .setIssuer('lunajoy-match')
      .setAudience('lunajoy-match-api')
      .setIssuedAt(NOW / 1000)
      .setExpirationTime(NOW / 1000 + 3600)
      .encode();

    const res = await request(app)
      .get('/api/v1/users/user_0001')
      .set('Authorization', `Bearer ${unsigned}`);

    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('The bearer token is not valid');
  });

  it('should answer 401 for a token signed with another secret', async () => {
    const forged = await token('user_0001', { secret: 'another-secret-that-is-also-long-enough' });

    const res = await request(app)
      .get('/api/v1/users/user_0001')
      .set('Authorization', `Bearer ${forged}`);

    expect(res.status).toBe(401);
  });

  it('should let an admin key in through X-Api-Key or Authorization: ApiKey', async () => {
    const viaHeader = await request(app)
      .get('/api/v1/users/user_0002')
      .set('X-Api-Key', ADMIN_KEYS[1]!);
    const viaScheme = await request(app)
      .get('/api/admin/ping')
      .set('Authorization', `apikey ${ADMIN_KEYS[0]}`);

    expect(viaHeader.status).toBe(200);
    expect(viaHeader.body.principal).toEqual({
      kind: 'admin',
      keyId: expect.stringMatching(/^sha256:[0-9a-f]{12}$/),
    });
    expect(viaScheme.status).toBe(200);
  });

  it('should answer 401 with an ApiKey challenge for a wrong key on an admin route', async () => {
    const res = await request(app)
      .get('/api/admin/ping')
      .set('X-Api-Key', 'not-one-of-the-admin-keys-at-all');

    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('The API key is not valid');
    expect(res.headers['www-authenticate']).toBe(
      'ApiKey realm="lunajoy-match", error="invalid_token"',
    );
  });

  it('should answer 401 for a wrong key on a patient route', async () => {
    const res = await request(app)
      .get('/api/v1/users/user_0001')
      .set('X-Api-Key', `${ADMIN_KEYS[0]}x`);

    expect(res.status).toBe(401);
  });

  it('should answer 403 when a patient token calls an admin route', async () => {
    const res = await request(app)
      .get('/api/admin/ping')
      .set('Authorization', `Bearer ${await token('user_0001')}`);

    expect(res.status).toBe(403);
  });

  it('should refuse two credentials at once rather than pick one', async () => {
    const res = await request(app)
      .get('/api/v1/users/user_0001')
      .set('Authorization', `Bearer ${await token('user_0001')}`)
      .set('X-Api-Key', ADMIN_KEYS[0]!);

    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe(
      'Bearer realm="lunajoy-match", error="invalid_request"',
    );
  });

  it('should answer 401 for an unknown scheme or a malformed header', async () => {
    const basic = await request(app)
      .get('/api/v1/users/user_0001')
      .set('Authorization', 'Basic dTpw');
    const malformed = await request(app)
      .get('/api/v1/users/user_0001')
      .set('Authorization', 'Bearer');

    expect(basic.status).toBe(401);
    expect(basic.body.error.message).toBe('The Authorization scheme must be Bearer or ApiKey');
    expect(malformed.status).toBe(401);
    expect(malformed.body.error.message).toBe('The credentials are malformed');
  });

  it('should leave open routes open whatever credentials arrive', async () => {
    const bad = await request(app).get('/api/v1/public').set('Authorization', 'Bearer not.a.token');
    const good = await request(app).get('/api/v1/public').set('X-Api-Key', ADMIN_KEYS[0]!);

    expect(bad.status).toBe(200);
    expect(bad.body.principal).toBeNull();
    expect(good.body.principal.kind).toBe('admin');
  });

  it('should refuse every bearer token when no JWT key is configured', async () => {
    const keysOnly = express();
    keysOnly.use(requestId(), createAuthenticator({ jwt: null, adminApiKeys: ADMIN_KEYS }));
    keysOnly.get(
      '/users/:id',
      requirePatientOrAdmin((req) => String(req.params.id)),
      (_req, res) => {
        res.json({ ok: true });
      },
    );
    keysOnly.use(errorHandler());

    const res = await request(keysOnly)
      .get('/users/user_0001')
      .set('Authorization', `Bearer ${await token('user_0001')}`);

    expect(res.status).toBe(401);
  });
});

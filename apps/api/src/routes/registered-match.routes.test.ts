import request from 'supertest';

import { RegisteredMatchResponseSchema } from '../openapi/response-schemas';
import { buildTestApp } from '../testing/test-app';

const CA_THERAPY = { state: 'CA', appointment_type: 'therapy' };
const ADMIN_KEY = 'registered-routes-admin-key-0123456789';

describe('POST /api/v1/match/basic and /complete without stored patients', () => {
  it('matches a new patient on the request alone, with no credentials', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .post('/api/v1/match/basic?limit=2')
      .send({ preferences: CA_THERAPY, profile: { age_range: '25-34' } })
      .expect(200);
    const body = RegisteredMatchResponseSchema.parse(res.body);

    expect(body.user_type).toBe('basic');
    expect(body.matches).toHaveLength(2);
    expect(body.weights_used.demographic).toBeGreaterThan(0);
    expect(body).not.toHaveProperty('fallback');
  });

  it('falls back to the basic ranking for the complete tier and says why', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .post('/api/v1/match/complete')
      .send({ preferences: CA_THERAPY })
      .expect(200);

    expect(res.body.matching_strategy).toBe('cluster_fallback');
    expect(res.body.fallback.code).toBe('no_user_id');
    expect(res.body.warnings).toContain(res.body.fallback.reason);
  });

  it('requires state and appointment_type when no user_id is given', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .post('/api/v1/match/basic')
      .send({ preferences: {} })
      .expect(400);

    expect(res.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'preferences.appointment_type',
      'preferences.state',
    ]);
  });

  it('answers 401 when a user_id comes without credentials', async () => {
    const { app } = await buildTestApp();

    await request(app).post('/api/v1/match/complete').send({ user_id: 'user_0001' }).expect(401);
  });

  it('answers 503 for a stored patient on an instance without patient data', async () => {
    const { app } = await buildTestApp({ env: { ADMIN_API_KEYS: ADMIN_KEY } });

    const res = await request(app)
      .post('/api/v1/match/basic')
      .set('X-Api-Key', ADMIN_KEY)
      .send({ user_id: 'user_0001' })
      .expect(503);

    expect(res.body.error.code).toBe('unavailable');
  });

  it('serves the second identical request from the cache', async () => {
    const { app } = await buildTestApp();
    const send = () => request(app).post('/api/v1/match/basic').send({ preferences: CA_THERAPY });

    const first = await send().expect(200);
    const second = await send().expect(200);

    expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['MISS', 'HIT']);
    expect(second.body.matches).toEqual(first.body.matches);
  });
});

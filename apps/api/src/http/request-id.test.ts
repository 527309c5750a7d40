import request from 'supertest';

import { buildTestApp } from '../testing/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('echoes a safe incoming X-Request-Id and logs it', async () => {
    const { app, logs } = await buildTestApp();

    const res = await request(app)
      .get('/api/ready')
      .set('X-Request-Id', 'lb-7f3a.01_x')
      .expect(200);

    expect(res.headers['x-request-id']).toBe('lb-7f3a.01_x');
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({ requestId: 'lb-7f3a.01_x', msg: 'request completed' }),
    );
  });

  it.each([
    ['too long', 'a'.repeat(65)],
    ['with spaces', 'abc def'],
    ['with log-forging characters', 'abc"}{"level":60'],
  ])('replaces an incoming id %s with a fresh UUID', async (_case, incoming) => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/ready').set('X-Request-Id', incoming).expect(200);

    expect(res.headers['x-request-id']).toMatch(UUID);
  });

  it('gives every request its own id when none comes in', async () => {
    const { app } = await buildTestApp();

    const a = await request(app).get('/api/ready');
    const b = await request(app).get('/api/ready');

    expect(a.headers['x-request-id']).toMatch(UUID);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('logs ids, routes and timings, never bodies, query strings or credentials', async () => {
    const { app, logs } = await buildTestApp();

    await request(app)
      .post('/api/v1/match?limit=2')
      .set('Authorization', 'Bearer secret-token-value')
      .send({ state: 'CA', appointment_type: 'therapy', clinical_needs: ['substance_abuse'] })
      .expect(200);

    const line = logs.entries().find((e) => e.msg === 'request completed');
    expect(line).toMatchObject({
      req: { method: 'POST', route: '/api/v1/match' },
      res: { status: 200 },
    });
    expect(typeof line?.durationMs).toBe('number');
    expect(logs.text()).not.toMatch(/substance_abuse|limit=2|secret-token-value/);
  });
});

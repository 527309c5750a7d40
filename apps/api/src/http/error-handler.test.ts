import request from 'supertest';

import { buildTestApp } from '../testing/test-app';

const PREFERENCES = { state: 'CA', appointment_type: 'therapy' };

describe('error responses', () => {
  it('answers an unknown route with a JSON 404', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/v1/nothing-here').expect(404);

    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toEqual({
      error: {
        code: 'not_found',
        message: 'No route for GET /api/v1/nothing-here',
        request_id: res.headers['x-request-id'],
      },
    });
  });

  it('answers malformed JSON with a 400', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .post('/api/v1/match')
      .set('Content-Type', 'application/json')
      .send('{"state": "CA",')
      .expect(400);

    expect(res.body.error).toMatchObject({ code: 'malformed_json' });
  });

  it('answers a body above the limit with a 413', async () => {
    const { app } = await buildTestApp({ env: { BODY_LIMIT: '1kb' } });
    const big = { ...PREFERENCES, note: 'x'.repeat(2048) };

    const res = await request(app).post('/api/v1/match').send(big).expect(413);

    expect(res.body.error).toMatchObject({ code: 'payload_too_large' });
  });

  it('answers a body that is not JSON with a 415', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .post('/api/v1/match')
      .type('form')
      .send('state=CA&appointment_type=therapy')
      .expect(415);

    expect(res.body.error).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('answers an unexpected failure with a generic 500 that leaks nothing but the request id', async () => {
    const { app, snapshot, logs } = await buildTestApp();
    snapshot().catalogue.find = () => {
      throw new Error('connection to db-primary.internal:5432 refused for user admin');
    };

    const res = await request(app)
      .get('/api/v1/clinicians/c-001')
      .set('X-Request-Id', 'trace-500')
      .expect(500);

    expect(res.body).toEqual({
      error: {
        code: 'internal',
        message: 'Something went wrong on our side',
        request_id: 'trace-500',
      },
    });
    expect(JSON.stringify(res.body)).not.toContain('db-primary');
    // The cause is in the log, tied to the same request id, for whoever investigates.
    const line = logs.entries().find((e) => e.requestId === 'trace-500');
    expect(line).toMatchObject({ level: 50, res: { status: 500 } });
    expect(JSON.stringify(line)).toContain('db-primary');
  });

  it('answers 503 not_ready while no snapshot is loaded', async () => {
    const { app } = await buildTestApp({ load: false });

    const res = await request(app).post('/api/v1/match').send(PREFERENCES).expect(503);

    expect(res.body.error).toMatchObject({ code: 'not_ready' });
  });
});

describe('client errors raised by Express itself', () => {
  it('answers a path with broken percent-encoding with a 400, not a 500', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/v1/clinicians/%E0%A4%A').expect(400);

    expect(res.body.error).toMatchObject({ code: 'bad_request' });
  });
});

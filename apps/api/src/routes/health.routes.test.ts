import request from 'supertest';

import { buildTestApp } from '../testing/test-app';

describe('health routes', () => {
  it('answers liveness even before the snapshot is loaded', async () => {
    const { app } = await buildTestApp({ load: false });

    const res = await request(app).get('/api/health').expect(200);

    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers 503 not_ready until the snapshot is loaded', async () => {
    const { app } = await buildTestApp({ load: false });

    const res = await request(app).get('/api/ready').expect(503);

    expect(res.body.error).toMatchObject({ code: 'not_ready' });
  });

  it('reports the dependencies and versions once ready', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/ready').expect(200);

    expect(res.body).toEqual({
      status: 'ready',
      database: 'ok',
      cache: 'ok',
      snapshot_version: '1',
      snapshot_loaded_at: '2025-01-15T12:00:00.000Z',
      model_version: null,
      clinicians: 7,
    });
  });

  it('stays 200 and says degraded when a dependency fails or hangs', async () => {
    const { app } = await buildTestApp({
      probes: {
        database: () => Promise.reject(new Error('connection refused')),
        cache: () => new Promise(() => undefined),
      },
    });

    const res = await request(app).get('/api/ready').expect(200);

    expect(res.body).toMatchObject({ status: 'degraded', database: 'degraded', cache: 'degraded' });
  });
});

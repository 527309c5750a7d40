import request from 'supertest';

import { buildTestApp } from './testing/test-app';

describe('createApp', () => {
  it('sends security headers and no framework banner', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/health').expect(200);

    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('allows cross-origin calls from configured origins only', async () => {
    const { app } = await buildTestApp({ env: { CORS_ORIGINS: 'https://app.lunajoy.test' } });

    const allowed = await request(app)
      .options('/api/v1/match')
      .set('Origin', 'https://app.lunajoy.test')
      .set('Access-Control-Request-Method', 'POST');
    const refused = await request(app).get('/api/health').set('Origin', 'https://evil.test');

    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.lunajoy.test');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows no cross-origin calls when no origin is configured', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/health').set('Origin', 'https://app.lunajoy.test');

    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

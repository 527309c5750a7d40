import request from 'supertest';

import { buildTestApp } from '../testing/test-app';

// pino's numeric levels
const WARN = 40;
const ERROR = 50;

describe('httpLogger', () => {
  it('logs a not-ready 503 as a warning, without an error object, while the snapshot loads', async () => {
    const { app, logs } = await buildTestApp({ load: false });

    await request(app).get('/api/ready').expect(503);

    const line = logs.entries().find((entry) => entry.requestId !== undefined);
    expect(line).toMatchObject({ level: WARN, res: { status: 503 } });
    expect(line).not.toHaveProperty('err');
    expect(logs.entries().some((entry) => entry.level === ERROR)).toBe(false);
  });
});

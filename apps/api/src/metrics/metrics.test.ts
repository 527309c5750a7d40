import express, { Router, type Express } from 'express';
import request from 'supertest';

import { AppError } from '../errors/app-error';
import { errorHandler, notFoundHandler } from '../http/error-handler';
import { requestId } from '../http/request-id';
import { createApiMetrics, type ApiMetrics } from './api-metrics';
import { httpMetrics } from './http-metrics.middleware';
import { metricsHandler } from './metrics.handler';

const NOW = Date.parse('2026-06-01T12:00:00Z');

function buildApp(metrics: ApiMetrics): Express {
  const app = express();
  app.use(requestId());
  app.use(httpMetrics(metrics.httpRequestDuration));
  app.get('/metrics', metricsHandler(metrics.registry));

  const v1 = Router();
  v1.get('/clinicians/:id', (req, res) => {
    if (req.params.id === 'missing') throw new AppError('not_found', 'No such clinician');
    res.json({ id: req.params.id });
  });
  app.use('/api/v1', v1);

  app.use(notFoundHandler());
  app.use(errorHandler());
  return app;
}

async function scrape(app: Express): Promise<string> {
  const res = await request(app).get('/metrics');
  expect(res.status).toBe(200);
  return res.text;
}

describe('createApiMetrics with httpMetrics and metricsHandler', () => {
  it('should label requests with the matched route pattern, errors included', async () => {
    const metrics = createApiMetrics({ defaultMetrics: false });
    const app = buildApp(metrics);

    await request(app).get('/api/v1/clinicians/c_0001');
    await request(app).get('/api/v1/clinicians/c_0002');
    await request(app).get('/api/v1/clinicians/missing');
    await request(app).get('/api/v1/no/such/path');
    const text = await scrape(app);

    const count = (labels: string) => `http_request_duration_seconds_count{${labels}}`;
    expect(text).toContain(
      `${count('method="GET",route="/api/v1/clinicians/:id",status="200"')} 2`,
    );
    expect(text).toContain(
      `${count('method="GET",route="/api/v1/clinicians/:id",status="404"')} 1`,
    );
    expect(text).toContain(`${count('method="GET",route="unmatched",status="404"')} 1`);
    expect(text).not.toMatch(/c_0001|no\/such/);
  });

  it('should serve the Prometheus text format, uncached, with process metrics', async () => {
    const metrics = createApiMetrics();

    const res = await request(buildApp(metrics)).get('/metrics');

    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
  });

  it('should export match, cache and version metrics as the API records them', async () => {
    let now = NOW;
    const metrics = createApiMetrics({ defaultMetrics: false, clock: { now: () => now } });

    metrics.recordMatch('anonymous', 0.012, 340);
    metrics.recordMatch('complete', 0.03, 120);
    metrics.recordCacheEvent({ type: 'hit' });
    metrics.recordCacheEvent({ type: 'hit' });
    metrics.recordCacheEvent({ type: 'error', operation: 'get', reason: 'timeout' });
    metrics.recordCacheEvent({ type: 'circuit', state: 'open' });
    metrics.recordSnapshot({ version: '7', builtAt: NOW - 90_000, durationSeconds: 4.5 });
    metrics.recordModel({ version: 3n, builtAt: NOW - 3_600_000, durationSeconds: 12 });
    now += 10_000;
    const text = await metrics.registry.metrics();

    expect(text).toContain('match_duration_seconds_bucket{le="0.025",tier="anonymous"} 1');
    expect(text).toContain('match_duration_seconds_count{tier="complete"} 1');
    expect(text).toContain('match_candidates_sum{tier="anonymous"} 340');
    expect(text).toContain('cache_events_total{event="hit"} 2');
    expect(text).toContain('cache_events_total{event="error"} 1');
    expect(text).toContain('cache_events_total{event="circuit_open"} 1');
    expect(text).toMatch(/^snapshot_version 7$/m);
    expect(text).toMatch(/^snapshot_age_seconds 100$/m);
    expect(text).toMatch(/^import_duration_seconds 4.5$/m);
    expect(text).toMatch(/^model_version 3$/m);
    expect(text).toMatch(/^model_age_seconds 3610$/m);
    expect(text).toMatch(/^train_duration_seconds 12$/m);
  });

  it('should keep the registries of two apps apart', async () => {
    const first = createApiMetrics();
    const second = createApiMetrics();

    await request(buildApp(first)).get('/api/v1/clinicians/c_0001');

    expect(await first.registry.metrics()).toContain('route="/api/v1/clinicians/:id"');
    expect(await second.registry.metrics()).not.toContain('route="/api/v1/clinicians/:id"');
  });
});

import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

import { RESPONSE_EXAMPLES } from './examples';
import { ADMIN_SECURITY, errors, ok } from './openapi-helpers';
import {
  HealthResponseSchema,
  ReadyResponseSchema,
  ReloadResponseSchema,
} from './response-schemas';

const METRICS_EXAMPLE = [
  '# HELP snapshot_version Version of the data snapshot being served',
  '# TYPE snapshot_version gauge',
  'snapshot_version 3',
].join('\n');

/** Registers health, readiness, metrics, the document itself, the reference and admin routes. */
export function registerOperationsPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/api/health',
    tags: ['operations'],
    summary: 'Liveness',
    responses: { 200: ok('The process is up', HealthResponseSchema, RESPONSE_EXAMPLES.health) },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/ready',
    tags: ['operations'],
    summary: 'Readiness: database, cache, snapshot and model versions',
    description:
      'A lost database or cache is `degraded` and still 200: matching is served from memory.',
    responses: {
      200: ok('Ready (or degraded)', ReadyResponseSchema, RESPONSE_EXAMPLES.ready),
      ...errors(503),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/metrics',
    tags: ['operations'],
    summary: 'Prometheus metrics',
    responses: {
      200: {
        description: 'Metrics in the Prometheus text format',
        content: { 'text/plain': { schema: z.string(), example: METRICS_EXAMPLE } },
      },
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/openapi.json',
    tags: ['operations'],
    summary: 'This document (OpenAPI 3.1)',
    responses: {
      200: {
        description: 'The OpenAPI document',
        content: {
          'application/json': {
            schema: z.record(z.string(), z.unknown()),
            example: { openapi: '3.1.0', info: { title: 'LunaJoy Match API', version: '1' } },
          },
        },
      },
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/docs',
    tags: ['operations'],
    summary: 'A browsable reference of this document',
    responses: {
      200: {
        description: 'The reference page',
        content: {
          'text/html': {
            schema: z.string(),
            example: '<!doctype html><title>API reference</title>',
          },
        },
      },
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/api/v1/admin/reload',
    tags: ['operations'],
    summary: 'Rebuild this instance snapshot from PostgreSQL now',
    security: ADMIN_SECURITY,
    responses: {
      200: ok('The new snapshot serves', ReloadResponseSchema, RESPONSE_EXAMPLES.reload),
      ...errors(401, 403, 503),
    },
  });
}

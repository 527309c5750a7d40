import request from 'supertest';

import { buildTestApp } from '../testing/test-app';

type Json = Record<string, unknown>;
type Operation = Json & {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
  security?: Record<string, string[]>[];
  tags?: string[];
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every route the app serves, as `METHOD /path` with OpenAPI path templates. */
const ROUTES = [
  'GET /api/health',
  'GET /api/ready',
  'GET /metrics',
  'GET /openapi.json',
  'GET /docs',
  'POST /api/v1/match',
  'POST /api/v1/match/basic',
  'POST /api/v1/match/complete',
  'GET /api/v1/match/explain',
  'GET /api/v1/vocabularies',
  'GET /api/v1/clinicians',
  'GET /api/v1/clinicians/{id}',
  'POST /api/v1/users',
  'GET /api/v1/users/{id}',
  'DELETE /api/v1/users/{id}',
  'GET /api/v1/users/{id}/match-history',
  'POST /api/v1/interactions',
  'POST /api/v1/interactions/view',
  'POST /api/v1/interactions/contact',
  'POST /api/v1/interactions/book',
  'POST /api/v1/admin/reload',
];

async function fetchDocument() {
  const { app } = await buildTestApp();
  const res = await request(app).get('/openapi.json').expect(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return res.body as Json & { paths: Record<string, Record<string, Operation>> };
}

function operations(doc: Awaited<ReturnType<typeof fetchDocument>>) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m]! })),
  );
}

/** Every `$ref` anywhere in a value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  }
  return found;
}

function resolve(doc: Json, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document with info, servers, tags and both security schemes', async () => {
    const doc = await fetchDocument();

    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect((doc.components as Json).securitySchemes).toEqual({
      bearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }),
      apiKeyAuth: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }),
    });
    // 3.0's `nullable` has no meaning in 3.1, where null is a type.
    expect(JSON.stringify(doc)).not.toContain('"nullable"');
  });

  it('describes every route the app serves, and nothing else', async () => {
    const doc = await fetchDocument();

    const documented = operations(doc).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(documented.sort()).toEqual([...ROUTES].sort());
  });

  it('gives every operation a summary, a tag, responses and an example of each body', async () => {
    const doc = await fetchDocument();
    const tags = new Set((doc.tags as { name: string }[]).map((t) => t.name));

    for (const { method, path, op } of operations(doc)) {
      const where = `${method} ${path}`;
      expect([where, typeof op.summary]).toEqual([where, 'string']);
      expect([where, op.tags?.every((t) => tags.has(t))]).toEqual([where, true]);
      for (const media of Object.values(op.requestBody?.content ?? {})) {
        expect([where, media.example]).toEqual([where, expect.anything()]);
      }
      const success = Object.entries(op.responses).filter(([status]) => /^2/.test(status));
      expect([where, success.length > 0]).toEqual([where, true]);
      for (const [status, response] of Object.entries(op.responses)) {
        if (status === '204') continue;
        for (const media of Object.values(response.content ?? {})) {
          expect([where, status, media.example]).toEqual([where, status, expect.anything()]);
        }
      }
    }
  });

  it('declares every path parameter, and names only defined security schemes', async () => {
    const doc = await fetchDocument();
    const schemes = Object.keys((doc.components as Json).securitySchemes as Json);

    for (const { path, op } of operations(doc)) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
      expect(declared.map((p) => [p.name, p.required])).toEqual(templated.map((n) => [n, true]));
      for (const requirement of op.security ?? []) {
        expect(Object.keys(requirement).every((name) => schemes.includes(name))).toBe(true);
      }
    }
  });

  it('resolves every $ref inside the document', async () => {
    const doc = await fetchDocument();

    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect([ref, resolve(doc, ref) !== undefined]).toEqual([ref, true]);
    }
  });

  it('marks the patient routes as needing a bearer token or the admin key', async () => {
    const doc = await fetchDocument();

    expect(doc.paths['/api/v1/users/{id}']!.get!.security).toEqual([
      { bearerAuth: [] },
      { apiKeyAuth: [] },
    ]);
    expect(doc.paths['/api/v1/match/complete']!.post!.security).toContainEqual({});
    expect(doc.paths['/api/v1/admin/reload']!.post!.security).toEqual([{ apiKeyAuth: [] }]);
  });
});

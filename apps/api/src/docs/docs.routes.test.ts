import request from 'supertest';

import { buildTestApp } from '../testing/test-app';

describe('GET /docs', () => {
  it('serves the reference page, whose scripts are all files of this origin', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/docs').expect(200);

    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<div id="swagger-ui"></div>');
    const scripts = [...res.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((s) => /src="(\/docs\/[^"]+)"/.exec(s[1]!)?.[1])).toEqual([
      '/docs/swagger-ui-bundle.js',
      '/docs/swagger-ui-standalone-preset.js',
      '/docs/swagger-initializer.js',
    ]);
    expect(scripts.every((s) => s[2]!.trim() === '')).toBe(true);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });

  it('serves swagger-ui from the installed package, and an initialiser reading /openapi.json', async () => {
    const { app } = await buildTestApp();

    const bundle = await request(app).get('/docs/swagger-ui-bundle.js').expect(200);
    const css = await request(app).get('/docs/swagger-ui.css').expect(200);
    const init = await request(app).get('/docs/swagger-initializer.js').expect(200);

    expect(bundle.headers['content-type']).toMatch(/javascript/);
    expect(Number(bundle.headers['content-length'])).toBeGreaterThan(100_000);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(init.headers['content-type']).toMatch(/javascript/);
    expect(init.text).toContain("url: '/openapi.json'");
    expect(init.text).not.toContain('petstore');
  });

  it('answers 404 for an asset the package does not have', async () => {
    const { app } = await buildTestApp();

    await request(app).get('/docs/nothing-here.js').expect(404);
  });
});

import { findTestDatabaseServer } from '@lunajoy/db/testing';
import request from 'supertest';

import { ADMIN_KEY, startSeededApi, type SeededApi } from './routes/testing/seeded-api';

const server = findTestDatabaseServer('apps/api hostile input');
const describeWithDb = server ? describe : describe.skip;

// PostgreSQL stores no U+0000 in text or jsonb and no unpaired surrogate, and hashing a stored
// interaction context walks it recursively: each of these reached the database and was a 500.
describeWithDb('hostile input that reaches PostgreSQL', () => {
  let api: SeededApi;
  let token: string;

  beforeAll(async () => {
    api = await startSeededApi();
    token = await api.token('user_0001');
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  const admin = { 'X-Api-Key': ADMIN_KEY };
  const interaction = (extra: Record<string, unknown>) => ({
    user_id: 'user_0001',
    clinician_id: 'clin_0001',
    action: 'viewed',
    ...extra,
  });

  it.each([
    ['GET', '/api/v1/users/a%00b'],
    ['GET', '/api/v1/users/a%00b/match-history'],
    ['DELETE', '/api/v1/users/a%00b'],
  ])('answers 400 naming the path for %s %s with an encoded NUL', async (method, url) => {
    const res = await request(api.app)[method === 'GET' ? 'get' : 'delete'](url).set(admin);

    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      { path: 'path', message: expect.stringMatching(/NUL/) },
    ]);
  });

  it.each([
    ['/api/v1/users', { user_id: 'a\u0000b' }, 'user_id'],
    ['/api/v1/users', { user_id: 'user_attack_city', city: 'Ral\u0000eigh' }, 'city'],
    ['/api/v1/users', { user_id: 'user_attack_sur', city: 'Raleigh\ud800' }, 'city'],
    ['/api/v1/match/basic', { user_id: 'a\u0000b' }, 'user_id'],
    ['/api/v1/interactions', interaction({ session_id: 's\u0000' }), 'session_id'],
    ['/api/v1/interactions', interaction({ context: { query: 'a\u0000b' } }), 'context.query'],
    ['/api/v1/interactions', interaction({ context: { query: '\udc00' } }), 'context.query'],
  ])('answers 400 naming the field for unstorable text in %s', async (url, body, field) => {
    const res = await request(api.app).post(url).set(admin).send(body);

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.issues).toEqual([{ path: field, message: expect.any(String) }]);
  });

  it('answers 400 for an interaction context nested thousands of levels deep', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const body = `{"user_id":"user_0001","clinician_id":"clin_0001","action":"viewed","context":{"x":${deep}}}`;
    const res = await request(api.app)
      .post('/api/v1/interactions')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send(body);

    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      { path: expect.stringMatching(/^context\.x/), message: expect.stringMatching(/deep/) },
    ]);
  });

  it('still stores ordinary unicode and emoji', async () => {
    const res = await request(api.app)
      .post('/api/v1/interactions')
      .set('Authorization', `Bearer ${token}`)
      .send(interaction({ context: { query: 'ansiedad y depresión 🙂', nested: [{ a: [1] }] } }));

    expect(res.status).toBe(201);
  });
});

import { findTestDatabaseServer } from '@lunajoy/db/testing';
import request from 'supertest';

import { ADMIN_KEY, startSeededApi, type SeededApi } from './testing/seeded-api';

const server = findTestDatabaseServer('apps/api registered tiers');
const describeWithDb = server ? describe : describe.skip;

interface Wire {
  clinician_id: string;
}

function expectOk<R extends { status: number; body: unknown }>(res: R): R {
  expect({ status: res.status, body: res.status === 200 ? null : res.body }).toEqual({
    status: 200,
    body: null,
  });
  return res;
}

const ids = (body: { matches: Wire[] }) => body.matches.map((m) => m.clinician_id);

describeWithDb('the registered tiers over the seed data', () => {
  let api: SeededApi;
  /** a complete patient the trained model has a neighbourhood for */
  let patient: string;
  /** a complete patient with stored rejections */
  let rejecter: { id: string; rejected: string[] };

  beforeAll(async () => {
    api = await startSeededApi();
    const [withNeighbours] = await api.db.prisma.$queryRaw<{ user_id: string }[]>`
      SELECT n.user_id FROM model_neighbours n JOIN users u ON u.id = n.user_id
       WHERE u.registration_type = 'complete' AND u.preferences IS NOT NULL
       GROUP BY n.user_id ORDER BY count(*) DESC, n.user_id LIMIT 1`;
    patient = withNeighbours!.user_id;
    const [rejecting] = await api.db.prisma.$queryRaw<{ user_id: string; ids: string[] }[]>`
      SELECT i.user_id, array_agg(DISTINCT i.clinician_id) AS ids
        FROM interactions i JOIN users u ON u.id = i.user_id
       WHERE i.action = 'rejected' AND u.registration_type = 'complete'
       GROUP BY i.user_id ORDER BY count(*) DESC, i.user_id LIMIT 1`;
    rejecter = { id: rejecting!.user_id, rejected: rejecting!.ids };
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  /** A complete-tier request with `userId`'s own token, for `userId` unless the body says. */
  const complete = async (userId: string, body: object = {}, query = 'limit=50') => {
    const token = await api.token(userId);
    return request(api.app)
      .post(`/api/v1/match/complete?${query}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ user_id: userId, ...body });
  };

  it('trained and loaded a model at first start, and reports both versions', async () => {
    const ready = await request(api.app).get('/api/ready').expect(200);

    expect(ready.body).toMatchObject({ snapshot_version: '1', model_version: '1' });
    expect(api.runtime.deps.snapshotStore.get().learning?.model.clusters).toHaveLength(8);
  });

  it('ranks a patient with history collaboratively and counts the predictions used', async () => {
    const res = expectOk(await complete(patient));

    expect(res.body.matching_strategy).toBe('collaborative');
    expect(res.body.fallback).toBeNull();
    expect(res.body.user_cluster_id).toEqual(expect.any(Number));
    expect(res.body.cluster_label).toEqual(expect.any(String));
    expect(res.body.collaborative_predictions_used).toBeGreaterThan(0);
    expect(res.body.weights_used.collaborative).toBe(0.4);
  });

  it('never shows a complete-tier patient a clinician they rejected', async () => {
    const res = expectOk(await complete(rejecter.id, {}, 'limit=50&include_booked=true'));

    expect(res.body.matches.length).toBeGreaterThan(0);
    expect(ids(res.body).filter((id) => rejecter.rejected.includes(id))).toEqual([]);
  });

  it('runs the basic tier when use_history is false, and says so', async () => {
    const basic = await request(api.app)
      .post('/api/v1/match/basic?limit=20')
      .set('X-Api-Key', ADMIN_KEY)
      .send({ user_id: patient })
      .expect(200);
    const res = expectOk(await complete(patient, { use_history: false }, 'limit=20'));

    expect(res.body.matching_strategy).toBe('cluster_fallback');
    expect(res.body.fallback.code).toBe('history_not_used');
    expect(res.body.warnings).toContain(res.body.fallback.reason);
    expect(res.body.collaborative_predictions_used).toBe(0);
    expect(ids(res.body)).toEqual(ids(basic.body));
    expect(res.body.matches.map((m: { match_score: number }) => m.match_score)).toEqual(
      basic.body.matches.map((m: { match_score: number }) => m.match_score),
    );
  });

  it('falls back to the basic tier for an unknown user_id and says so', async () => {
    const res = await request(api.app)
      .post('/api/v1/match/complete')
      .set('X-Api-Key', ADMIN_KEY)
      .send({
        user_id: 'user_nobody',
        preferences: { state: 'CA', appointment_type: 'therapy', clinical_needs: ['anxiety'] },
        profile: { age_range: '25-34', therapy_experience: 'first_time' },
      })
      .expect(200);

    expect(res.body.matching_strategy).toBe('cluster_fallback');
    expect(res.body.fallback).toEqual({
      code: 'unknown_patient',
      reason: expect.stringContaining('No registered patient has this user_id'),
    });
    expect(res.body.warnings).toContain(res.body.fallback.reason);
    expect(res.body.user_cluster_id).toEqual(expect.any(Number));
  });

  it('matches a new patient without a user_id and without credentials', async () => {
    const res = await request(api.app)
      .post('/api/v1/match/basic')
      .send({ preferences: { state: 'CA', appointment_type: 'therapy' } })
      .expect(200);

    expect(res.body.user_type).toBe('basic');
    expect(res.body.user_cluster_id).toEqual(expect.any(Number));
  });

  it.each([1, 7, 23])('returns exactly limit=%i matches from every tier', async (limit) => {
    // An adult age range for the patient too: a teen's stored one would narrow the candidates.
    const preferences = { state: 'CA', appointment_type: 'therapy', age_range: '25-34' };
    const profile = { age_range: '25-34' };
    const anonymous = await request(api.app)
      .post(`/api/v1/match?limit=${limit}`)
      .send(preferences)
      .expect(200);
    const basic = await request(api.app)
      .post(`/api/v1/match/basic?limit=${limit}`)
      .send({ preferences })
      .expect(200);
    const registered = expectOk(
      await complete(patient, { preferences, profile }, `limit=${limit}`),
    );

    for (const res of [anonymous, basic, registered]) {
      expect(res.body.total_matches).toBeGreaterThanOrEqual(23);
      expect(res.body.matches).toHaveLength(limit);
      expect(res.body.matches.map((m: { rank_position: number }) => m.rank_position)).toEqual(
        Array.from({ length: limit }, (_, i) => i + 1),
      );
    }
  });

  it('refuses a limit outside 1..50 on the registered tiers', async () => {
    const res = await request(api.app).post('/api/v1/match/basic?limit=51').send({}).expect(400);

    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain('query.limit');
  });

  it("needs the patient's token or the admin key to read a patient's stored data", async () => {
    const none = await request(api.app).post('/api/v1/match/complete').send({ user_id: patient });
    const other = await complete('user_someone_else', { user_id: patient });

    expect(none.status).toBe(401);
    expect(other.status).toBe(403);
  });

  it('applies a posted rejection to the very next response, and stores it first', async () => {
    const first = expectOk(await complete(patient, {}, 'limit=5'));
    const top = ids(first.body)[0]!;
    const again = expectOk(await complete(patient, {}, 'limit=5'));
    expect(again.headers['x-cache']).toBe('HIT');

    await request(api.app)
      .post('/api/v1/interactions')
      .set('Authorization', `Bearer ${await api.token(patient)}`)
      .send({ user_id: patient, clinician_id: top, action: 'reject' })
      .expect(201);
    const stored = await api.db.prisma.interaction.findMany({
      where: { userId: patient, clinicianId: top, action: 'rejected', source: 'api' },
    });
    const next = expectOk(await complete(patient, {}, 'limit=5'));

    expect(stored).toHaveLength(1);
    expect(next.headers['x-cache']).toBe('MISS');
    expect(ids(next.body)).not.toContain(top);
    expect(api.runtime.deps.snapshotStore.get().learning?.matrix.ratingOf(patient, top)).toBe(-1);
  });

  it('logs every served registered-tier list with its strategy, versions and ranks', async () => {
    const res = expectOk(await complete(patient, {}, 'limit=3'));
    const log = await api.db.prisma.matchLog.findUnique({ where: { id: res.body.match_id } });

    expect(log).toMatchObject({
      userId: patient,
      tier: 'complete',
      strategy: res.body.matching_strategy,
      dataVersion: 1n,
      modelVersion: 1n,
    });
    expect(log?.results).toEqual(
      res.body.matches.map((m: { clinician_id: string; match_score: number }, i: number) => ({
        clinician_id: m.clinician_id,
        rank: i + 1,
        score: m.match_score,
      })),
    );
  });
});

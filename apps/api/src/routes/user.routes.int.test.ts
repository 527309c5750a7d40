import { findTestDatabaseServer } from '@lunajoy/db/testing';
import request from 'supertest';

import { patientCachePrefix } from '../match/candidate-cache-key';
import { MatchHistoryResponseSchema, UserDetailResponseSchema } from '../openapi/response-schemas';
import { ADMIN_KEY, startSeededApi, type SeededApi } from './testing/seeded-api';

const server = findTestDatabaseServer('apps/api patient routes');
const describeWithDb = server ? describe : describe.skip;

describeWithDb('the patient routes over the seed data', () => {
  let api: SeededApi;
  /** a seed patient with contact details and a history */
  let seeded: { id: string; email: string; city: string; zip: string };
  let clinicianId: string;

  beforeAll(async () => {
    api = await startSeededApi();
    const [row] = await api.db.prisma.$queryRaw<
      { id: string; email: string; city: string; zip: string }[]
    >`SELECT u.id, c.email, c.city, c.zip_code AS zip
        FROM users u JOIN user_contacts c ON c.user_id = u.id
       WHERE c.email IS NOT NULL AND c.city IS NOT NULL AND c.zip_code IS NOT NULL
         AND EXISTS (SELECT 1 FROM interactions i WHERE i.user_id = u.id)
       ORDER BY u.id LIMIT 1`;
    seeded = row!;
    clinicianId = api.runtime.deps.snapshotStore
      .get()
      .catalogue.list(
        { state: null, appointmentType: null, specialty: null, accepting: null, active: true },
        { limit: 1, offset: 0 },
      ).clinicians[0]!.id;
  }, 180_000);

  afterAll(async () => {
    await api?.close();
  });

  const bearer = async (userId: string) => `Bearer ${await api.token(userId)}`;

  it('answers 401 without credentials, 403 for another patient, 200 for the patient', async () => {
    const none = await request(api.app).get(`/api/v1/users/${seeded.id}`);
    const other = await request(api.app)
      .get(`/api/v1/users/${seeded.id}`)
      .set('Authorization', await bearer('user_someone_else'));
    const own = await request(api.app)
      .get(`/api/v1/users/${seeded.id}`)
      .set('Authorization', await bearer(seeded.id));
    const logged = await api.db.prisma.accessLog.findMany({ where: { subjectUserId: seeded.id } });

    expect([none.status, other.status, own.status]).toEqual([401, 403, 200]);
    expect(logged).toEqual([
      expect.objectContaining({ actor: `patient:${seeded.id}`, route: 'GET /api/v1/users/:id' }),
    ]);
  });

  it('shows profile, preferences and history, and no contact details', async () => {
    const res = await request(api.app)
      .get(`/api/v1/users/${seeded.id}`)
      .set('X-Api-Key', ADMIN_KEY)
      .expect(200);

    expect(UserDetailResponseSchema.parse(res.body).history.total_interactions).toBeGreaterThan(0);
    for (const field of ['email', 'phone', 'city', 'zip_code', 'contact']) {
      expect(res.body).not.toHaveProperty(field);
      expect(res.body.profile).not.toHaveProperty(field);
    }
    for (const secret of [seeded.email, seeded.city, seeded.zip]) {
      expect(res.text).not.toContain(secret);
    }
  });

  it('answers 404 for an unknown patient, to the admin', async () => {
    await request(api.app).get('/api/v1/users/user_nobody').set('X-Api-Key', ADMIN_KEY).expect(404);
  });

  it('registers a patient who can record interactions at once, a retry landing once', async () => {
    const created = await request(api.app)
      .post('/api/v1/users')
      .send({
        preferences: { state: 'CA', appointment_type: 'therapy', clinical_needs: ['anxiety'] },
        profile: { age_range: '25-34' },
        email: 'new.patient@example.com',
      })
      .expect(201);
    const userId: string = created.body.user_id;
    const auth = await bearer(userId);
    const report = { user_id: userId, clinician_id: clinicianId, action: 'book' };

    const first = await request(api.app)
      .post('/api/v1/interactions')
      .set('Authorization', auth)
      .set('Idempotency-Key', 'retry-me-1')
      .send(report)
      .expect(201);
    const retry = await request(api.app)
      .post('/api/v1/interactions')
      .set('Authorization', auth)
      .set('Idempotency-Key', 'retry-me-1')
      .send(report)
      .expect(200);
    const changed = await request(api.app)
      .post('/api/v1/interactions')
      .set('Authorization', auth)
      .set('Idempotency-Key', 'retry-me-1')
      .send({ ...report, action: 'viewed' });
    const rows = await api.db.prisma.interaction.findMany({ where: { userId } });

    expect(created.headers.location).toBe(`/api/v1/users/${userId}`);
    expect(created.text).not.toContain('new.patient@example.com');
    expect(first.body).toMatchObject({ action: 'booked', replayed: false });
    expect(retry.body).toEqual({ ...first.body, replayed: true });
    expect(changed.status).toBe(409);
    expect(rows).toHaveLength(1);
  });

  it('refuses preferences without state and appointment_type, and a taken user_id', async () => {
    const partial = await request(api.app)
      .post('/api/v1/users')
      .send({ preferences: { clinical_needs: ['anxiety'] } })
      .expect(400);
    const taken = await request(api.app).post('/api/v1/users').send({ user_id: seeded.id });

    expect(partial.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'preferences.appointment_type',
      'preferences.state',
    ]);
    expect(taken.status).toBe(409);
  });

  it('lands a retry with the same interaction_id once, through an alias route', async () => {
    const body = { user_id: seeded.id, clinician_id: clinicianId, interaction_id: 'int_api_retry' };
    const auth = await bearer(seeded.id);

    await request(api.app)
      .post('/api/v1/interactions/view')
      .set('Authorization', auth)
      .send(body)
      .expect(201);
    const again = await request(api.app)
      .post('/api/v1/interactions/view')
      .set('Authorization', auth)
      .send(body)
      .expect(200);

    expect(again.body).toMatchObject({ interaction_id: 'int_api_retry', action: 'viewed' });
    expect(await api.db.prisma.interaction.count({ where: { id: 'int_api_retry' } })).toBe(1);
  });

  it('answers 404 for an unknown clinician or patient and 400 for a bad action', async () => {
    const send = (body: object) =>
      request(api.app).post('/api/v1/interactions').set('X-Api-Key', ADMIN_KEY).send(body);

    const noClinician = await send({
      user_id: seeded.id,
      clinician_id: 'clin_x',
      action: 'viewed',
    });
    const noPatient = await send({
      user_id: 'user_x',
      clinician_id: clinicianId,
      action: 'viewed',
    });
    const badAction = await send({
      user_id: seeded.id,
      clinician_id: clinicianId,
      action: 'liked',
    });

    expect(noClinician.status).toBe(404);
    expect(noClinician.body.error.message).toBe('No clinician has this clinician_id');
    expect(noPatient.status).toBe(404);
    expect(badAction.status).toBe(400);
    expect(badAction.body.error.issues[0].path).toBe('action');
  });

  it('shows each served list in the match history with what the patient did next', async () => {
    const auth = await bearer(seeded.id);
    const match = await request(api.app)
      .post('/api/v1/match/basic?limit=3')
      .set('Authorization', auth)
      .send({ user_id: seeded.id })
      .expect(200);
    const shown: string = match.body.matches[1].clinician_id;
    await request(api.app)
      .post('/api/v1/interactions/contact')
      .set('Authorization', auth)
      .send({ user_id: seeded.id, clinician_id: shown, context: { match_id: match.body.match_id } })
      .expect(201);

    const res = await request(api.app)
      .get(`/api/v1/users/${seeded.id}/match-history?limit=1`)
      .set('Authorization', auth)
      .expect(200);
    const history = MatchHistoryResponseSchema.parse(res.body);

    expect(history.total).toBeGreaterThanOrEqual(1);
    expect(history.matches[0]).toMatchObject({ match_id: match.body.match_id, tier: 'basic' });
    expect(history.matches[0]!.results[1]).toMatchObject({
      clinician_id: shown,
      rank: 2,
      actions: [expect.objectContaining({ action: 'contacted' })],
    });
  });

  it('erases a patient from every route, the cache and the stored rows', async () => {
    const userId = seeded.id;
    const auth = await bearer(userId);
    const match = () =>
      request(api.app)
        .post('/api/v1/match/complete')
        .set('Authorization', auth)
        .send({ user_id: userId, preferences: { state: 'CA', appointment_type: 'therapy' } });
    await match().expect(200);
    expect((await match()).headers['x-cache']).toBe('HIT');

    await request(api.app).delete(`/api/v1/users/${userId}`).set('Authorization', auth).expect(204);

    const after = await match().expect(200);
    await request(api.app).get(`/api/v1/users/${userId}`).set('Authorization', auth).expect(404);
    await request(api.app)
      .get(`/api/v1/users/${userId}/match-history`)
      .set('Authorization', auth)
      .expect(404);
    await request(api.app).delete(`/api/v1/users/${userId}`).set('Authorization', auth).expect(404);
    await request(api.app)
      .post('/api/v1/interactions')
      .set('Authorization', auth)
      .send({ user_id: userId, clinician_id: clinicianId, action: 'viewed' })
      .expect(404);

    expect(after.body.fallback.code).toBe('unknown_patient');
    expect(await api.runtime.deps.cache.deleteByPrefix(patientCachePrefix(userId))).toBe(0);
    const erased = api.logs.entries().find((e) => e.msg === 'patient erased');
    expect(erased?.cacheEntries).toBeGreaterThanOrEqual(1);
    const prisma = api.db.prisma;
    expect(await prisma.interaction.count({ where: { userId } })).toBe(0);
    expect(await prisma.matchLog.count({ where: { userId } })).toBe(0);
    expect(await prisma.userContact.count({ where: { userId } })).toBe(0);
    expect(await prisma.modelNeighbour.count({ where: { neighbourId: userId } })).toBe(0);
    expect(api.runtime.deps.snapshotStore.get().learning?.matrix.interactionCount(userId)).toBe(0);
  });
});

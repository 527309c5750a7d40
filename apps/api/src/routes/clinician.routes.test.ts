import request from 'supertest';

import { buildTestApp } from '../testing/test-app';

type Summary = { clinician_id: string; accepting_new_patients: boolean };
const ids = (body: { clinicians: Summary[] }) => body.clinicians.map((c) => c.clinician_id);

describe('GET /api/v1/clinicians', () => {
  it('lists active clinicians in id order with the total', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/v1/clinicians').expect(200);

    expect(ids(res.body)).toEqual(['c-001', 'c-002', 'c-003', 'c-004', 'c-006', 'c-007', 'c-008']);
    expect(res.body).toMatchObject({ total: 7, limit: 20, offset: 0 });
  });

  it('filters by state, appointment type and specialty, normalising their spelling', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .get('/api/v1/clinicians?state=california&appointment_type=Therapy&specialty=PTSD')
      .expect(200);

    expect(ids(res.body)).toEqual(['c-002', 'c-003']);
  });

  it('still lists clinicians who are not accepting patients, and inactive ones on request', async () => {
    const { app } = await buildTestApp();

    const closed = await request(app).get('/api/v1/clinicians?accepting=false').expect(200);
    const inactive = await request(app).get('/api/v1/clinicians?active=false').expect(200);

    expect(ids(closed.body)).toEqual(['c-004']);
    expect(closed.body.clinicians[0].accepting_new_patients).toBe(false);
    expect(ids(inactive.body)).toEqual(['c-005']);
  });

  it('pages with limit and offset', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/v1/clinicians?limit=2&offset=3').expect(200);

    expect(ids(res.body)).toEqual(['c-004', 'c-006']);
    expect(res.body).toMatchObject({ total: 7, limit: 2, offset: 3 });
  });

  it('rejects a bad filter with every issue and the allowed values', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .get('/api/v1/clinicians?specialty=astrology&limit=500&accepting=maybe')
      .expect(400);

    expect(res.body.error.code).toBe('validation_failed');
    const paths = res.body.error.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['query.accepting', 'query.limit', 'query.specialty']);
    const specialty = res.body.error.issues.find(
      (i: { path: string }) => i.path === 'query.specialty',
    );
    expect(specialty.message).toMatch(/must be one of: .*anxiety/);
  });
});

describe('GET /api/v1/clinicians/:id', () => {
  it('shows a clinician without caseload counts or embeddings', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/v1/clinicians/c-003').expect(200);

    expect(res.body).toMatchObject({
      clinician_id: 'c-003',
      full_name: 'Priya Shah',
      specialties: ['anxiety', 'grief', 'ptsd'],
      insurances_accepted: ['aetna', 'cigna'],
      active_status: true,
      next_available_slot: '2025-01-16T00:00:00.000Z',
    });
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/current_patient_count|max_patient_capacity|embedding|internal_notes/);
  });

  it('shows an inactive clinician too', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/v1/clinicians/c-005').expect(200);

    expect(res.body).toMatchObject({ clinician_id: 'c-005', active_status: false });
  });

  it('answers 404 JSON for an unknown id', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/v1/clinicians/c-999').expect(404);

    expect(res.body.error).toMatchObject({ code: 'not_found', request_id: expect.any(String) });
  });
});

import request from 'supertest';

import { buildTestApp } from '../testing/test-app';

const CA_THERAPY = { state: 'CA', appointment_type: 'therapy' };

interface WireMatch {
  clinician_id: string;
  match_score: number;
  rank_position: number;
  explanation: { primary_reasons: string[] } | null;
}

describe('POST /api/v1/match', () => {
  it('ranks the clinicians who can see the patient, with scores and reasons', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .post('/api/v1/match')
      .send({ ...CA_THERAPY, clinical_needs: ['Anxiety'], insurance_provider: 'aetna' })
      .expect(200);

    expect(res.body).toMatchObject({
      user_type: 'anonymous',
      matching_strategy: 'content',
      // c-001, c-002, c-003, c-007: active, licensed in CA, therapy, accepting, below capacity
      total_matches: 4,
      crisis_resources: null,
      filters_applied: expect.objectContaining({ state: 'CA', appointment_type: 'therapy' }),
      weights_used: expect.objectContaining({ availability: 0.25, load_balance: 0.15 }),
    });
    expect(res.body.processing_time_ms).toBeGreaterThanOrEqual(0);
    const matches: WireMatch[] = res.body.matches;
    expect(matches.map((m) => m.clinician_id).sort()).toEqual(['c-001', 'c-002', 'c-003', 'c-007']);
    expect(matches.map((m) => m.rank_position)).toEqual([1, 2, 3, 4]);
    const scores = matches.map((m) => m.match_score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(matches[0]?.explanation?.primary_reasons.length).toBeGreaterThan(0);
    expect(res.body.matches[0]).toMatchObject({
      accepts_insurance: true,
      score_components: expect.objectContaining({ insurance: 1, specialties: 1 }),
      overlapping_attributes: expect.objectContaining({ specialties: ['anxiety'] }),
    });
    expect(res.body).not.toHaveProperty('user_cluster_id');
  });

  it('honours limit exactly', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).post('/api/v1/match?limit=2').send(CA_THERAPY).expect(200);

    expect(res.body.matches).toHaveLength(2);
    expect(res.body.total_matches).toBe(4);
  });

  it('returns null explanations when explain=false', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).post('/api/v1/match?explain=false').send(CA_THERAPY).expect(200);

    expect(res.body.matches.length).toBeGreaterThan(0);
    expect(res.body.matches.every((m: WireMatch) => m.explanation === null)).toBe(true);
  });

  it('carries crisis resources for an urgent request', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .post('/api/v1/match')
      .send({ ...CA_THERAPY, urgency_level: 'immediate' })
      .expect(200);

    expect(res.body.crisis_resources.resources).toContainEqual(
      expect.objectContaining({ contact: expect.stringContaining('988') }),
    );
    expect(res.body.weights_used).toMatchObject({ availability: 0.4 });
  });

  it('answers an empty match with crisis resources and suggestions', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .post('/api/v1/match')
      .send({ state: 'TX', appointment_type: 'medication' })
      .expect(200);

    expect(res.body).toMatchObject({ total_matches: 0, matches: [] });
    expect(res.body.crisis_resources).not.toBeNull();
    expect(Array.isArray(res.body.suggestions)).toBe(true);
  });

  it('rejects an unknown need, listing the allowed values', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .post('/api/v1/match')
      .send({ ...CA_THERAPY, clinical_needs: ['anxiety', 'astrology'] })
      .expect(400);

    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.issues).toEqual([
      {
        path: 'clinical_needs.1',
        message: expect.stringMatching(/astrology.*must be one of: .*anxiety/),
      },
    ]);
  });

  it('lists every issue of the body and the query with its path', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .post('/api/v1/match?limit=0')
      .send({ appointment_type: 'surgery', urgency_level: 'tomorrow' })
      .expect(400);

    const paths = res.body.error.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['appointment_type', 'query.limit', 'state', 'urgency_level']);
  });

  it.each([
    ['a repeated limit', 'limit=5&limit=6', 'query.limit'],
    ['a limit above 50', 'limit=51', 'query.limit'],
    ['a fractional limit', 'limit=2.5', 'query.limit'],
    ['a boolean that is not true/false', 'explain=yes', 'query.explain'],
    ['a nested parameter', 'include_booked[x]=true', 'query.include_booked[x]'],
    ['an unknown parameter', 'limt=5', 'query.limt'],
  ])('rejects %s with a 400', async (_case, query, path) => {
    const { app } = await buildTestApp();

    const res = await request(app).post(`/api/v1/match?${query}`).send(CA_THERAPY).expect(400);

    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toEqual([path]);
  });

  it('rejects a missing body', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).post('/api/v1/match').expect(400);

    expect(res.body.error.code).toBe('validation_failed');
  });

  it('serves a repeated request from the cache, under any spelling of it', async () => {
    const { app } = await buildTestApp();
    const body = { ...CA_THERAPY, clinical_needs: ['anxiety', 'ptsd'] };

    const first = await request(app).post('/api/v1/match').send(body).expect(200);
    const again = await request(app)
      .post('/api/v1/match')
      .send({ ...body, state: 'ca', clinical_needs: ['PTSD', 'Anxiety'] })
      .expect(200);

    expect(first.headers['x-cache']).toBe('MISS');
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.body.matches).toEqual(first.body.matches);
    expect(again.headers['cache-control']).toBe('no-store');
  });
});

import request from 'supertest';

import { ExplainResponseSchema } from '../openapi/response-schemas';
import { buildTestApp } from '../testing/test-app';

describe('GET /api/v1/match/explain', () => {
  it('explains the best match in sentences built from its score components', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .get('/api/v1/match/explain')
      .query(
        'state=CA&appointment_type=therapy&clinical_needs=anxiety,grief&insurance_provider=cigna',
      )
      .expect(200);
    const body = ExplainResponseSchema.parse(res.body);
    const best = body.best_match!;
    const breakdown = best.explanation!.score_breakdown;

    // c-003 treats both needs and takes Cigna
    expect(best.clinician_id).toBe('c-003');
    expect(body.sentences[0]).toMatch(
      new RegExp(
        `^${best.clinician_name} is the best of 4 clinicians .* ${best.match_score.toFixed(2)} out of 1\\.$`,
      ),
    );
    expect(body.sentences).toContain(
      `Insurance scored ${breakdown.insurance!.score.toFixed(2)} out of 1 and carries ` +
        `${Math.round(breakdown.insurance!.weight * 100)}% of the weight, adding ` +
        `${breakdown.insurance!.contribution.toFixed(2)} to the score.`,
    );
    expect(body.sentences.every((s) => /[.!?]$/.test(s))).toBe(true);
  });

  it('takes lists repeated as well as comma-separated', async () => {
    const { app } = await buildTestApp();

    const comma = await request(app)
      .get('/api/v1/match/explain?state=CA&appointment_type=therapy&clinical_needs=anxiety,grief')
      .expect(200);
    const repeated = await request(app)
      .get(
        '/api/v1/match/explain?state=CA&appointment_type=therapy&clinical_needs=anxiety&clinical_needs=grief',
      )
      .expect(200);

    expect(repeated.body.sentences).toEqual(comma.body.sentences);
  });

  it('says why nothing matched, with crisis resources, when no clinician can see the patient', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .get('/api/v1/match/explain?state=WY&appointment_type=therapy')
      .expect(200);

    expect(res.body.best_match).toBeNull();
    expect(res.body.sentences.length).toBeGreaterThan(0);
    expect(res.body.crisis_resources).not.toBeNull();
  });

  it('answers 400 listing every bad parameter', async () => {
    const { app } = await buildTestApp();

    const res = await request(app)
      .get('/api/v1/match/explain?state=ZZ&state=CA&limit=3')
      .expect(400);

    expect(res.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'query.appointment_type',
      'query.limit',
      'query.state',
    ]);
  });
});

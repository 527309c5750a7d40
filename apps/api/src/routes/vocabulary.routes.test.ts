import request from 'supertest';

import { buildTestApp } from '../testing/test-app';

describe('GET /api/v1/vocabularies', () => {
  it('publishes the fixed vocabularies and those of the active clinicians', async () => {
    const { app } = await buildTestApp();

    const res = await request(app).get('/api/v1/vocabularies').expect(200);

    expect(res.body.appointment_types.values.map((v: { value: string }) => v.value)).toEqual([
      'therapy',
      'medication',
    ]);
    expect(res.body.states.values).toHaveLength(51);
    expect(res.body.specialties.values.map((v: { value: string }) => v.value)).toEqual(
      expect.arrayContaining(['anxiety', 'depression', 'ptsd', 'grief', 'adhd']),
    );
    expect(res.body.insurers.values).toContainEqual({
      value: 'private_pay',
      label: expect.any(String),
      synonyms: expect.arrayContaining(['self_pay', 'cash']),
    });
    expect(res.body.languages.values.map((v: { value: string }) => v.value)).toContain('hindi');
  });

  it('answers 503 before the snapshot is loaded', async () => {
    const { app } = await buildTestApp({ load: false });

    await request(app).get('/api/v1/vocabularies').expect(503);
  });
});

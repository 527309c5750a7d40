import request from 'supertest';

import { createApp } from '../app';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import { SnapshotStore } from '../snapshot/snapshot-store';
import { buildTestApp } from '../testing/test-app';

const ADMIN_KEY = 'admin-key-for-tests-0123456789abcdef';

describe('POST /api/v1/admin/reload', () => {
  it('answers 401 without a key and with a wrong key', async () => {
    const { app } = await buildTestApp({ env: { ADMIN_API_KEYS: ADMIN_KEY } });

    const none = await request(app).post('/api/v1/admin/reload');
    const wrong = await request(app)
      .post('/api/v1/admin/reload')
      .set('X-Api-Key', `${ADMIN_KEY}-but-not-quite`);

    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('ApiKey realm="lunajoy-match"');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ code: 'unauthorized' });
  });

  it('rebuilds the snapshot with the right key and says what now serves', async () => {
    const { app, deps } = await buildTestApp({ env: { ADMIN_API_KEYS: ADMIN_KEY } });
    const before = deps.snapshotStore.get();

    const res = await request(app).post('/api/v1/admin/reload').set('X-Api-Key', ADMIN_KEY);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'reloaded',
      snapshot_version: '1',
      previous_snapshot_version: '1',
      model_version: null,
      clinicians: 7,
    });
    expect(deps.snapshotStore.get()).not.toBe(before);
  });

  it('answers 503 with Retry-After when the rebuild fails, and keeps the old snapshot', async () => {
    const { deps } = await buildTestApp({ env: { ADMIN_API_KEYS: ADMIN_KEY } });
    const served = deps.snapshotStore.get();
    const builds = [
      async () => served,
      async () => Promise.reject(new Error('the data changed during each of 3 snapshot reads')),
    ];
    const snapshotStore = new SnapshotStore<ApiSnapshot>({
      logger: deps.logger,
      build: () => builds.shift()!(),
    });
    await snapshotStore.load();
    const app = createApp({ ...deps, snapshotStore });

    const res = await request(app).post('/api/v1/admin/reload').set('X-Api-Key', ADMIN_KEY);

    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.error.code).toBe('unavailable');
    expect(snapshotStore.get()).toBe(served);
  });
});

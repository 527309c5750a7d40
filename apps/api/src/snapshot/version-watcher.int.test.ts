import { setTimeout as sleep } from 'node:timers/promises';

import { importDirectory } from '@lunajoy/db';
import request from 'supertest';

import { copySeedFolder, type SeedFolder } from '../testing/faults/seed-folder';
import { describeWithServices } from '../testing/faults/service-gate';
import { startTestRuntime, type TestRuntime } from '../testing/faults/test-runtime';
import { publishVersion } from './version-message';

const CA_THERAPY = { state: 'CA', appointment_type: 'therapy' };

async function servedIds(api: TestRuntime): Promise<string[]> {
  const res = await request(api.app).post('/api/v1/match?limit=50').send(CA_THERAPY).expect(200);
  return res.body.matches.map((m: { clinician_id: string }) => m.clinician_id);
}

async function waitForVersion(api: TestRuntime, version: string, timeoutMs: number) {
  const started = performance.now();
  while (api.runtime.deps.snapshotStore.get().version !== version) {
    if (performance.now() - started > timeoutMs) {
      throw new Error(
        `still at ${api.runtime.deps.snapshotStore.get().version} after ${timeoutMs} ms`,
      );
    }
    await sleep(20);
  }
  return performance.now() - started;
}

const reloads = (api: TestRuntime, trigger: string) =>
  api.logs
    .entries()
    .filter((e) => e.msg === 'snapshot out of date, reloading' && e.trigger === trigger);

describeWithServices('VersionWatcher over PostgreSQL', { database: true }, () => {
  let seed: SeedFolder;
  let polling: TestRuntime;
  let listening: TestRuntime;

  beforeAll(async () => {
    seed = copySeedFolder();
    polling = await startTestRuntime({
      dataDir: seed.dir,
      env: { SNAPSHOT_POLL_INTERVAL_MS: '200' },
    });
    listening = await startTestRuntime({
      dataDir: seed.dir,
      env: { DATABASE_URL: polling.runtime.databaseUrl, SNAPSHOT_POLL_INTERVAL_MS: '0' },
    });
    await polling.runtime.versionWatcher.start();
    await listening.runtime.versionWatcher.start();
  }, 60_000);

  afterAll(async () => {
    await listening?.close();
    await polling?.close();
    seed?.remove();
  });

  it('reloads on the periodic version check when nobody announced the change', async () => {
    expect(await servedIds(polling)).toContain('c-001');

    seed.editClinician('c-001', (r) => {
      r.availability_features.accepting_new_patients = false;
    });
    await importDirectory({ databaseUrl: polling.runtime.databaseUrl, dir: seed.dir });

    expect(await waitForVersion(polling, '2', 3000)).toBeLessThan(3000);
    expect(await servedIds(polling)).not.toContain('c-001');
    expect(reloads(polling, 'poll')).toHaveLength(1);
  });

  it('reloads at once on an announcement, and ignores stale or foreign messages', async () => {
    // Polling is off here: without an announcement this instance stays where it is.
    await sleep(300);
    expect(listening.runtime.deps.snapshotStore.get().version).toBe('1');

    const channel = listening.runtime.versionChannel;
    await publishVersion(channel, { kind: 'data', version: 1 });
    await channel.publish({ hello: 'world' });
    await publishVersion(channel, { kind: 'data', version: 2n });

    expect(await waitForVersion(listening, '2', 2000)).toBeLessThan(2000);
    expect(await servedIds(listening)).not.toContain('c-001');
    expect(reloads(listening, 'channel')).toHaveLength(1);
    expect(listening.logs.entries().map((e) => e.msg)).toContain(
      'version message ignored: not a version announcement',
    );
  });
});

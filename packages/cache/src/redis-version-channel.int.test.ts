import { setTimeout as sleep } from 'node:timers/promises';

import { createVersionChannel } from './create-version-channel';
import { RedisVersionChannel } from './redis-version-channel';
import { PrivateRedis, redisServerAvailable } from './testing/private-redis';
import { describeWithService, sharedRedisUrl, timed, uniquePrefix } from './testing/service-gate';
import type { VersionChannel } from './version-channel';

interface Change {
  snapshotVersion: number;
}

/** Resolves the messages a handler received once `count` have arrived (or the wait ran out). */
function collect(channel: VersionChannel<Change>, count: number, timeoutMs = 2000) {
  const received: Change[] = [];
  let settle: () => void = () => undefined;
  const done = new Promise<Change[]>((resolve) => {
    const timer = setTimeout(() => resolve(received), timeoutMs);
    settle = () => {
      clearTimeout(timer);
      resolve(received);
    };
  });
  const subscribed = channel.subscribe((message) => {
    received.push(message);
    if (received.length >= count) {
      settle();
    }
  });
  return { subscribed, done, received };
}

const redisUrl = sharedRedisUrl();

describeWithService(
  'RedisVersionChannel on the shared Redis',
  redisUrl ? undefined : 'REDIS_URL is not set',
  () => {
    const url = redisUrl ?? '';

    it('carries messages to every subscriber under the same prefix only', async () => {
      const prefix = uniquePrefix('versions');
      const publisher = createVersionChannel<Change>({ redisUrl: url, prefix });
      const subscriber = createVersionChannel<Change>({ redisUrl: url, prefix });
      const stranger = createVersionChannel<Change>({ redisUrl: url, prefix: `${prefix}other:` });
      const heard = collect(subscriber, 2);
      const overheard = collect(stranger, 1, 300);
      await Promise.all([heard.subscribed, overheard.subscribed]);

      expect(publisher).toBeInstanceOf(RedisVersionChannel);
      expect(await publisher.publish({ snapshotVersion: 7 })).toBe(true);
      expect(await publisher.publish({ snapshotVersion: 8 })).toBe(true);

      expect(await heard.done).toEqual([{ snapshotVersion: 7 }, { snapshotVersion: 8 }]);
      expect(await overheard.done).toEqual([]);
      await Promise.all([publisher.close(), subscriber.close(), stranger.close()]);
    });
  },
);

const missing = redisServerAvailable() ? undefined : 'no redis-server binary on PATH';

describeWithService('RedisVersionChannel across a Redis restart', missing, () => {
  let server: PrivateRedis;

  beforeAll(async () => {
    server = await PrivateRedis.start();
  });

  afterAll(async () => {
    await server.kill();
  });

  it('fails publishing fast while Redis is down and resubscribes once it is back', async () => {
    const options = {
      redisUrl: server.url,
      prefix: uniquePrefix('restart'),
      maxReconnectDelayMs: 300,
    };
    const publisher = createVersionChannel<Change>(options);
    const subscriber = createVersionChannel<Change>(options);
    const received: number[] = [];
    await subscriber.subscribe((message) => received.push(message.snapshotVersion));

    await publisher.publish({ snapshotVersion: 1 });
    await sleep(50);
    expect(received).toEqual([1]);

    await server.kill();
    const whileDown = await timed(() => publisher.publish({ snapshotVersion: 2 }));
    expect(whileDown).toMatchObject({ ok: true, value: false });
    expect(whileDown.ms).toBeLessThan(1500);

    await server.restart();
    const deadline = Date.now() + 5000;
    while (!received.includes(3) && Date.now() < deadline) {
      await publisher.publish({ snapshotVersion: 3 });
      await sleep(100);
    }

    expect(received[0]).toBe(1);
    expect(received).toContain(3);
    expect(received).not.toContain(2);
    await Promise.all([publisher.close(), subscriber.close()]);
  });
});

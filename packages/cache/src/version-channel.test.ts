import { setImmediate as nextTurn } from 'node:timers/promises';

import { silentLogger } from './cache-logger';
import { createVersionChannel } from './create-version-channel';
import { InProcessVersionChannel } from './version-channel';

describe('InProcessVersionChannel', () => {
  it('delivers a published message to every handler, after the publish returns', async () => {
    const channel = createVersionChannel<{ snapshotVersion: number }>({ prefix: 'lunajoy:test:' });
    const received: number[] = [];
    await channel.subscribe((message) => received.push(message.snapshotVersion));
    await channel.subscribe((message) => received.push(message.snapshotVersion * 10));

    expect(await channel.publish({ snapshotVersion: 3 })).toBe(true);
    expect(received).toEqual([]);
    await nextTurn();

    expect(channel).toBeInstanceOf(InProcessVersionChannel);
    expect(received).toEqual([3, 30]);
  });

  it('stops delivering to a removed handler and keeps going when a handler throws', async () => {
    const channel = new InProcessVersionChannel<string>(silentLogger);
    const received: string[] = [];
    const remove = await channel.subscribe((message) => received.push(`removed:${message}`));
    await channel.subscribe(() => {
      throw new Error('handler broke');
    });
    await channel.subscribe((message) => received.push(message));

    remove();
    await channel.publish('v2');
    await nextTurn();

    expect(received).toEqual(['v2']);
  });

  it('publishes nothing once closed', async () => {
    const channel = new InProcessVersionChannel<string>(silentLogger);
    const received: string[] = [];
    await channel.subscribe((message) => received.push(message));
    await channel.close();

    expect(await channel.publish('v3')).toBe(false);
    await nextTurn();
    expect(received).toEqual([]);
  });
});

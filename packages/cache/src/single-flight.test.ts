import { setTimeout as sleep } from 'node:timers/promises';

import { SingleFlight } from './single-flight';

describe('SingleFlight', () => {
  it('runs one computation for ten concurrent callers of a key', async () => {
    const flights = new SingleFlight();
    let runs = 0;
    let joins = 0;
    const work = async (): Promise<number> => {
      runs += 1;
      await sleep(20);
      return 42;
    };

    const results = await Promise.all(
      Array.from({ length: 10 }, () => flights.run('k', work, () => (joins += 1))),
    );

    expect(runs).toBe(1);
    expect(joins).toBe(9);
    expect(results).toEqual(Array(10).fill(42));
    expect(flights.size).toBe(0);
  });

  it('keeps different keys apart', async () => {
    const flights = new SingleFlight();
    const seen: string[] = [];

    await Promise.all(
      ['a', 'b', 'a'].map((key) =>
        flights.run(key, async () => {
          seen.push(key);
          await sleep(5);
        }),
      ),
    );

    expect(seen.sort()).toEqual(['a', 'b']);
  });

  it('rejects every joined caller when the computation fails, then starts afresh', async () => {
    const flights = new SingleFlight();
    const failing = async (): Promise<number> => {
      await sleep(5);
      throw new Error('boom');
    };

    const settled = await Promise.allSettled([
      flights.run('k', failing),
      flights.run('k', failing),
    ]);
    const retried = await flights.run('k', async () => 7);

    expect(settled.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(retried).toBe(7);
  });
});

import { AppError } from '../errors/app-error';
import { createLogger } from '../logger';
import { LogCapture } from '../testing/log-capture';
import { SnapshotStore } from './snapshot-store';

interface Versioned {
  version: string;
}

function storeOf(build: () => Promise<Versioned>) {
  const logs = new LogCapture();
  const store = new SnapshotStore<Versioned>({
    build,
    logger: createLogger({ level: 'info' }, logs),
  });
  return { store, logs };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SnapshotStore', () => {
  it('answers not_ready until the first load finishes', async () => {
    const { store } = storeOf(async () => ({ version: '1' }));

    expect(store.isReady()).toBe(false);
    expect(store.find()).toBeNull();
    expect(() => store.get()).toThrow(AppError);
    expect(() => store.get()).toThrow(expect.objectContaining({ code: 'not_ready' }));

    await store.load();

    expect(store.get()).toEqual({ version: '1' });
  });

  it('keeps serving the old snapshot while the next one builds, then swaps it in', async () => {
    const next = deferred<Versioned>();
    const builds = [Promise.resolve({ version: '1' }), next.promise];
    const { store } = storeOf(() => builds.shift()!);
    await store.load();

    const loading = store.load();
    expect(store.get().version).toBe('1');

    next.resolve({ version: '2' });
    await loading;
    expect(store.get().version).toBe('2');
  });

  it('keeps the old snapshot when a load fails, and logs the failure', async () => {
    const builds = [
      () => Promise.resolve({ version: '1' }),
      () => Promise.reject(new Error('database went away')),
    ];
    const { store, logs } = storeOf(() => builds.shift()!());
    await store.load();

    await expect(store.load()).rejects.toThrow('database went away');

    expect(store.get().version).toBe('1');
    expect(logs.entries().map((e) => e.msg)).toEqual(['snapshot loaded', 'snapshot load failed']);
  });

  it('runs one more load after a running one, however many were asked for meanwhile', async () => {
    const first = deferred<Versioned>();
    let builds = 0;
    const { store } = storeOf(() => {
      builds += 1;
      return builds === 1 ? first.promise : Promise.resolve({ version: String(builds) });
    });

    const running = store.load();
    const a = store.load();
    const b = store.load();
    first.resolve({ version: '1' });

    await expect(running).resolves.toEqual({ version: '1' });
    await expect(a).resolves.toEqual({ version: '2' });
    await expect(b).resolves.toEqual({ version: '2' });
    expect(builds).toBe(2);
    expect(store.get().version).toBe('2');
  });
});

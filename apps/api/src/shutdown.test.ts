import http from 'node:http';

import { buildTestApp } from './testing/test-app';
import { listen } from './server';
import { createShutdown } from './shutdown';

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent: new http.Agent({ keepAlive: true }) }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('createShutdown', () => {
  it('lets an in-flight request finish, refuses new ones, then releases resources', async () => {
    const { app, deps } = await buildTestApp();
    // A slow dependency: the readiness probe takes 300 ms to answer. Shutdown starts once the
    // request is inside it, so the request is surely in flight (no sleep to guess it).
    let probeEntered!: () => void;
    const requestInFlight = new Promise<void>((resolve) => (probeEntered = resolve));
    deps.probes.database = () => {
      probeEntered();
      return new Promise((resolve) => setTimeout(() => resolve('ok'), 300));
    };
    const { server, address } = await listen(app, { host: '127.0.0.1', port: 0 });
    const events: string[] = [];
    // Recorded when the server finishes the response, not when the client reads it, so the
    // order below compares two server-side events.
    server.on('request', (_req, res) => res.on('finish', () => events.push('request answered')));
    const shutdown = createShutdown({
      server,
      logger: deps.logger,
      timeoutMs: 5000,
      closeResources: async () => {
        events.push('resources closed');
      },
    });

    const inFlight = get(address.port, '/api/ready');
    await requestInFlight;
    const stopping = shutdown('SIGTERM');

    await expect(get(address.port, '/api/health')).rejects.toThrow();
    await expect(inFlight).resolves.toMatchObject({ status: 200 });
    await stopping;
    expect(events).toEqual(['request answered', 'resources closed']);
    expect(server.listening).toBe(false);
  });

  it('closes requests still open when the timeout passes', async () => {
    const { app, deps } = await buildTestApp();
    deps.probes.database = () => new Promise(() => undefined);
    deps.probes.cache = () => new Promise(() => undefined);
    const { server, address } = await listen(app, { host: '127.0.0.1', port: 0 });
    const shutdown = createShutdown({
      server,
      logger: deps.logger,
      timeoutMs: 100,
      closeResources: async () => undefined,
    });

    // Readiness gives up on hung probes after a second; the 100 ms shutdown timeout is sooner.
    const hung = get(address.port, '/api/ready');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await shutdown('SIGTERM');

    expect(Date.now() - started).toBeLessThan(900);
    await expect(hung).rejects.toThrow();
  });
});

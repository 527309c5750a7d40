import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Express } from 'express';

/** A listening HTTP server and the address it actually bound (port 0 picks a free one). */
export interface RunningServer {
  server: http.Server;
  address: AddressInfo;
}

/** Starts listening; resolves once the port is bound, rejects when it cannot be. */
export function listen(
  app: Express,
  options: { host: string; port: number },
): Promise<RunningServer> {
  const server = http.createServer(app);
  // Slightly above a typical load balancer's idle timeout, so the balancer closes idle sockets
  // first and never sends a request into one this side is closing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 30_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve({ server, address: server.address() as AddressInfo });
    });
  });
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Express } from 'express';

/** A listening HTTP server and the address it actually bound (port 0 picks a free one). */
export interface RunningServer {
  server: http.Server;
  address: AddressInfo;
}

/** The socket limits `listen` applies; see `Config['http']`. */
export interface ServerTimeouts {
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  headersTimeoutMs: number;
}

/** The defaults of `Config['http']`, for callers that have no configuration. */
export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = {
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 65_000,
  headersTimeoutMs: 66_000,
};

/** Starts listening; resolves once the port is bound, rejects when it cannot be. */
export function listen(
  app: Express,
  options: { host: string; port: number },
  timeouts: ServerTimeouts = DEFAULT_SERVER_TIMEOUTS,
): Promise<RunningServer> {
  const server = http.createServer(app);
  // Keep-alive slightly above a typical load balancer's idle timeout (60 s), so the balancer
  // closes idle sockets first and never sends a request into one this side is closing; the
  // headers timeout must exceed it or Node cuts a reused socket while its next request arrives.
  // The request timeout bounds slow-loris clients; every answer is computed far faster.
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  server.headersTimeout = timeouts.headersTimeoutMs;
  server.requestTimeout = timeouts.requestTimeoutMs;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve({ server, address: server.address() as AddressInfo });
    });
  });
}

import net from 'node:net';

import { LOCAL_HOST } from './connection-url';

// The system PostgreSQL (and most developers' own) owns 5432; a project cluster never takes it.
const RESERVED_PORTS = new Set([5432]);

/** True when nothing listens on the loopback port, so a server can bind it now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: LOCAL_HOST, port, exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/**
 * A loopback port to start a server on: `preferred` when it is free, otherwise one the operating
 * system hands out. Never 5432. The port is only known free at the moment of the check, so a
 * caller that fails to bind it should ask again.
 */
export async function findFreePort(preferred?: number): Promise<number> {
  if (preferred !== undefined && !RESERVED_PORTS.has(preferred) && (await isPortFree(preferred))) {
    return preferred;
  }

  for (;;) {
    const port = await askSystemForPort();
    if (!RESERVED_PORTS.has(port)) {
      return port;
    }
  }
}

function askSystemForPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ host: LOCAL_HOST, port: 0, exclusive: true }, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') {
          resolve(address.port);
        } else {
          reject(new Error('the operating system returned no port'));
        }
      });
    });
  });
}

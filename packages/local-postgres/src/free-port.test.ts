import net from 'node:net';

import { findFreePort, isPortFree } from './free-port';

describe('findFreePort', () => {
  it('keeps the preferred port when it is free', async () => {
    const port = await findFreePort();

    expect(await findFreePort(port)).toBe(port);
  });

  it('picks another port when the preferred one is taken, and never 5432', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const taken = (server.address() as net.AddressInfo).port;

    try {
      const chosen = await findFreePort(taken);
      const instead = await findFreePort(5432);

      expect(await isPortFree(taken)).toBe(false);
      expect(chosen).not.toBe(taken);
      expect(instead).not.toBe(5432);
    } finally {
      server.close();
    }
  });
});

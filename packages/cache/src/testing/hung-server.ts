import net from 'node:net';

/** A TCP server that accepts connections and never answers, like a Redis that hangs. */
export interface HungServer {
  port: number;
  url: string;
  /** Connections accepted so far, reconnects included. */
  readonly accepted: number;
  close(): Promise<void>;
}

/** Starts a {@link HungServer} on a free port. */
export async function startHungServer(): Promise<HungServer> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;

  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    get accepted() {
      return accepted;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) {
          socket.destroy();
        }
        server.close(() => resolve());
      }),
  };
}

import net from 'node:net';

/** A TCP server that accepts connections and never answers, like a Redis that hangs. */
export interface HungServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Starts a {@link HungServer}, on `port` when given, else on a free one. */
export async function startHungServer(port = 0): Promise<HungServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : 0;

  return {
    port: bound,
    url: `redis://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

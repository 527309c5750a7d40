/**
 * Recognises the errors that mean "PostgreSQL cannot answer right now" (it is down, unreachable,
 * restarting, out of connections, or too slow), as opposed to a bug or a constraint the request
 * broke. Those are the client's cue to retry later, so the error handler answers them 503.
 */

// Prisma's codes for a server it cannot reach, a connection it lost, or a pool it waited on.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

// What the pg driver adapter reports under `meta.driverAdapterError.cause.kind`.
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
]);

// SQLSTATEs: class 08 (connection exception), 53300 (too many connections), 57014 (statement
// timeout), 57P01-57P03 (shutting down, crashed, starting up).
const SQLSTATE = /^(08[0-9A-Z]{3}|53300|57014|57P0[1-3])$/;

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE']);

// Raised by pg (and passed through the adapter untouched) when a socket dies mid-query.
const DRIVER_MESSAGES =
  /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect|Can't reach database server/i;

interface ErrorFields {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
  cause?: unknown;
}

/** Whether `err` (or an error it wraps) says the database is unavailable. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (err === null || typeof err !== 'object' || depth > 3) return false;
  const e = err as ErrorFields;

  if (e.name === 'PrismaClientInitializationError') return true;
  if (typeof e.code === 'string') {
    if (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code)) {
      return true;
    }
  }

  const cause = e.meta?.driverAdapterError?.cause;
  if (typeof cause?.kind === 'string' && ADAPTER_KINDS.has(cause.kind)) return true;
  if (cause?.kind === 'postgres' && typeof cause.code === 'string' && SQLSTATE.test(cause.code)) {
    return true;
  }

  if (typeof e.message === 'string' && DRIVER_MESSAGES.test(e.message)) {
    const name = typeof e.name === 'string' ? e.name : '';
    // A Prisma validation error quotes the query, not the driver; only trust driver-level ones.
    if (
      name === 'Error' ||
      name.startsWith('PrismaClientUnknown') ||
      name === 'DriverAdapterError'
    ) {
      return true;
    }
  }

  return isDatabaseUnavailable(e.cause, depth + 1);
}

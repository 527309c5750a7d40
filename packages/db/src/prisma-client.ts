import { PrismaPg } from '@prisma/adapter-pg';

import { PrismaClient } from './generated/prisma/client';

/** The generated Prisma client type, re-exported so callers never import the generated folder. */
export type { PrismaClient } from './generated/prisma/client';

/** Limits of the pg pool behind a Prisma client; an unset one keeps the pg default. */
export interface PrismaClientOptions {
  /** most connections the pool opens at once (pg default: 10) */
  max?: number;
  /**
   * how long acquiring a connection may take, including connecting, before the query fails
   * (pg default: 0, wait for ever)
   */
  connectionTimeoutMillis?: number;
  /** an idle connection is closed after this (pg default: 10 s) */
  idleTimeoutMillis?: number;
}

/**
 * A Prisma client talking to PostgreSQL through the pg driver adapter (the query compiler runs in
 * Wasm, so no native engine is needed). The caller owns it and must `$disconnect()` it.
 */
export function createPrismaClient(
  databaseUrl: string,
  options: PrismaClientOptions = {},
): PrismaClient {
  // Only the limits actually given reach pg, so its own defaults stay in force otherwise.
  const limits = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as PrismaClientOptions;
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, ...limits }),
  });
}

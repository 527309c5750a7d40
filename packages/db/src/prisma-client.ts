import { PrismaPg } from '@prisma/adapter-pg';

import { PrismaClient } from './generated/prisma/client';

/** The generated Prisma client type, re-exported so callers never import the generated folder. */
export type { PrismaClient } from './generated/prisma/client';

/**
 * A Prisma client talking to PostgreSQL through the pg driver adapter (the query compiler runs in
 * Wasm, so no native engine is needed). The caller owns it and must `$disconnect()` it.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

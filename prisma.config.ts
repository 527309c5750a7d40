// Prisma CLI configuration. The project runs Prisma fully offline: the JS/Wasm schema engine with
// the pg driver adapter, never the native engines (which the CLI would try to download). Each
// workaround below is needed for that combination; they live here so every CLI entry point
// (generate, migrate dev/deploy/status) gets them.
import path from 'node:path';

import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { defineConfig } from 'prisma/config';

// 1. The CLI checks for native engines at startup even though engine "js" + engineType "client"
//    never run them; pointing the variables at any existing file stops the download attempt.
const engineStub = path.join(__dirname, 'prisma/offline/engine-stub');
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= engineStub;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= engineStub;

// 2. The pg adapter cannot decode some catalog types the Wasm schema engine reads (name, char,
//    regproc, oidvector and their arrays). Decode them as text.
const CATALOG_AS_TEXT: Record<number, number> = {
  18: 25,
  19: 25,
  22: 25,
  24: 25,
  30: 25,
  194: 25,
  2205: 25,
  1002: 1009,
  1003: 1009,
};
type Field = { dataTypeID: number };
const resultPrototype = (pg as unknown as { Result: { prototype: Record<string, unknown> } }).Result
  .prototype;
const addFields = resultPrototype.addFields as (this: unknown, fields: Field[]) => unknown;
resultPrototype.addFields = function (this: unknown, fields: Field[]) {
  for (const field of fields) {
    const asText = CATALOG_AS_TEXT[field.dataTypeID];
    if (asText !== undefined) field.dataTypeID = asText;
  }
  return addFields.call(this, fields);
};

// 3. The Wasm engine arms long timers it never clears, so the CLI would linger 10-60 s after
//    finishing. Long timers must not keep the process alive.
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = realSetTimeout(fn, ms, ...args);
  if ((ms ?? 0) >= 5000) timer.unref();
  return timer;
}) as typeof setTimeout;

function poolConfigFromUrl(url: string | undefined): pg.PoolConfig {
  if (!url) throw new Error('DATABASE_URL is not set: the Prisma CLI needs a database to talk to');
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || 'postgres',
    allowExitOnIdle: true,
  };
}

// 4. Shadow-database handling in the pg adapter is broken twice: with a connection string the
//    "shadow" pool silently targets the main database, and it drops the shadow database before
//    closing its pool. Pass discrete fields, and close before dropping.
class PrismaPgForMigrate extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ ...this.poolConfig, database: name }).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
      await main.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'prisma/schema.prisma'),
  migrations: { path: path.join(__dirname, 'prisma/migrations') },
  adapter: async () => new PrismaPgForMigrate(poolConfigFromUrl(process.env.DATABASE_URL)),
});

import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { Client } from 'pg';

import { migrateDatabase } from '../migrate-database';
import { createPrismaClient, type PrismaClient } from '../prisma-client';
import { findPrismaPaths } from '../repository-paths';

/** A freshly migrated database of its own for one test file; `drop()` removes it. */
export interface TestDatabase {
  name: string;
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

const TEMPLATE_PREFIX = 'lj_tpl_';
// Any constant shared by every process that builds templates on the same server.
const TEMPLATE_LOCK_KEY = 0x4c4a5450;
const templates = new Map<string, Promise<string>>();

/**
 * The PostgreSQL server tests should use, from `DATABASE_URL`. When it is unset, returns
 * undefined after saying why the caller's tests will be skipped, or throws when
 * `REQUIRE_SERVICES=1` (CI), so a missing database can never pass silently.
 */
export function findTestDatabaseServer(suite: string): string | undefined {
  const url = process.env.DATABASE_URL;
  if (url) return url;
  const reason = `${suite}: DATABASE_URL is not set (these tests need a PostgreSQL server)`;
  if (process.env.REQUIRE_SERVICES === '1') {
    throw new Error(`${reason}, and REQUIRE_SERVICES=1 forbids skipping them`);
  }
  process.stderr.write(`${reason}: skipped\n`);
  return undefined;
}

/**
 * Creates a uniquely named database on the `DATABASE_URL` server, already migrated. Migrations
 * run once per schema into a template database (named by a hash of the migration files, built
 * under an advisory lock so concurrent test processes build it once); each test database is a
 * `CREATE DATABASE … TEMPLATE` copy of it, which takes a fraction of a second.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    throw new Error('createTestDatabase needs DATABASE_URL: the URL of a PostgreSQL server');
  }
  const runId = (process.env.TEST_RUN_ID ?? '').replace(/[^a-z0-9]/gi, '').slice(0, 12);
  const name = `lj_test_${runId ? `${runId}_` : ''}${randomBytes(6).toString('hex')}`.toLowerCase();

  await cloneTemplate(serverUrl, name);

  const url = databaseUrl(serverUrl, name);
  const prisma = createPrismaClient(url);
  let dropped = false;
  return {
    name,
    url,
    prisma,
    async drop() {
      if (dropped) return;
      dropped = true;
      await prisma.$disconnect();
      await withServer(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

async function cloneTemplate(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const template = await ensureTemplate(serverUrl);
    try {
      await withServer(serverUrl, (client) =>
        client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
      );
      return;
    } catch (error) {
      // Another process replaced the template (the migrations changed under it): build again.
      if ((error as { code?: string }).code !== '3D000' || attempt > 0) throw error;
      templates.delete(serverUrl);
    }
  }
}

function ensureTemplate(serverUrl: string): Promise<string> {
  let pending = templates.get(serverUrl);
  if (!pending) {
    pending = buildTemplate(serverUrl);
    pending.catch(() => templates.delete(serverUrl));
    templates.set(serverUrl, pending);
  }
  return pending;
}

async function buildTemplate(serverUrl: string): Promise<string> {
  const template = `${TEMPLATE_PREFIX}${migrationsHash()}`;

  return withServer(serverUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const existing = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE '${TEMPLATE_PREFIX}%'`,
      );
      // Under the lock nobody else is building, so half-built or outdated templates are stale.
      for (const { datname } of existing.rows) {
        if (datname !== template) {
          await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
        }
      }
      if (existing.rows.some((row) => row.datname === template)) return template;

      const building = `${template}_building`;
      await client.query(`CREATE DATABASE "${building}"`);
      await migrateDatabase(databaseUrl(serverUrl, building));
      // Renaming needs the migrator's connections gone; a fresh template allows no new ones,
      // because a single connection to it would make every clone fail.
      await client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`,
        [building],
      );
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
      await client.query(`ALTER DATABASE "${template}" WITH ALLOW_CONNECTIONS false`);
      return template;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
}

/** A short hash of every migration file, so a schema change gets a new template. */
function migrationsHash(): string {
  const { migrations } = findPrismaPaths();
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(migrations, full)).update(fs.readFileSync(full));
    }
  };
  walk(migrations);
  return hash.digest('hex').slice(0, 16);
}

function byName(a: fs.Dirent, b: fs.Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

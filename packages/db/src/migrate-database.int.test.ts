import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import { migrateDatabase } from './migrate-database';
import { findTestDatabaseServer } from './testing';

const server = findTestDatabaseServer('migrateDatabase');
const describeDb = server ? describe : describe.skip;

describeDb('migrateDatabase', () => {
  const name = `lj_migrate_${randomBytes(6).toString('hex')}`;
  const admin = () => new Client({ connectionString: server });
  const url = () => {
    const target = new URL(server!);
    target.pathname = `/${name}`;
    return target.toString();
  };

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
  });

  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it('creates every table on an empty database, then has nothing left to apply', async () => {
    const first = await migrateDatabase(url());
    const second = await migrateDatabase(url());

    expect(first.output).toContain('migrations have been successfully applied');
    expect(second.output).toContain('No pending migrations to apply');
    const client = new Client({ connectionString: url() });
    await client.connect();
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY table_name`,
    );
    const versions = await client.query(
      'SELECT kind, version::int FROM data_versions ORDER BY kind',
    );
    await client.end();
    expect(rows.map((row) => row.table_name)).toEqual([
      'access_logs',
      'clinicians',
      'data_versions',
      'import_runs',
      'interactions',
      'match_logs',
      'model_clusters',
      'model_neighbours',
      'models',
      'user_contacts',
      'users',
    ]);
    expect(versions.rows).toEqual([
      { kind: 'data', version: 0 },
      { kind: 'model', version: 0 },
    ]);
  });
});

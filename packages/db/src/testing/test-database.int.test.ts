import { Client } from 'pg';

import { createTestDatabase, findTestDatabaseServer } from './test-database';

const server = findTestDatabaseServer('createTestDatabase');
const describeDb = server ? describe : describe.skip;

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: server });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  await client.end();
  return rowCount === 1;
}

describeDb('createTestDatabase', () => {
  it('gives each caller its own migrated database and drops it', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);

    expect(a.name).not.toBe(b.name);
    await a.prisma.clinician.count();
    expect(await b.prisma.dataVersion.count()).toBe(2);

    await Promise.all([a.drop(), b.drop()]);
    expect(await databaseExists(a.name)).toBe(false);
    expect(await databaseExists(b.name)).toBe(false);
  });
});

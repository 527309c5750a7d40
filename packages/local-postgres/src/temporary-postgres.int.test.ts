import { access } from 'node:fs/promises';

import { Client } from 'pg';

import { isPortFree } from './free-port';
import { startTemporaryPostgres } from './temporary-postgres';
import { createRecordingLogger } from './testing/recording-logger';

describe('startTemporaryPostgres', () => {
  it('serves a server-level URL, then stops and deletes its folder', async () => {
    const logger = createRecordingLogger();
    const cluster = await startTemporaryPostgres({ logger });
    const client = new Client({ connectionString: cluster.url });
    await client.connect();
    await client.query('CREATE DATABASE scratch_one');
    const { rows } = await client.query<{ current_database: string }>('SELECT current_database()');
    await client.end();

    await cluster.stop();
    await cluster.stop();

    expect(rows).toEqual([{ current_database: 'postgres' }]);
    expect(cluster.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/postgres$/);
    expect(await isPortFree(cluster.port)).toBe(true);
    await expect(access(cluster.dataDir)).rejects.toThrow(/ENOENT/);
    expect(logger.messages).toEqual(['temporary postgres started']);
  });
});

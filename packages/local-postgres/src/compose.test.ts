// The repository's docker-compose.yml lives beside this package because both answer the same
// question: where the API's PostgreSQL comes from. No Docker engine runs here, so the file is
// checked as data.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { parse } from 'yaml';

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string | string[];
  ports?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string | string[] };
  depends_on?: Record<string, { condition: string }>;
}

const COMPOSE_FILE = path.join(__dirname, '..', '..', '..', 'docker-compose.yml');

async function loadServices(): Promise<Record<string, ComposeService>> {
  const document = parse(await readFile(COMPOSE_FILE, 'utf8'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  return document.services;
}

const joined = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(' ') : (value ?? '');

describe('docker-compose.yml', () => {
  let services: Record<string, ComposeService>;

  beforeAll(async () => {
    services = await loadServices();
  });

  it('runs PostgreSQL 16, Redis 7, the setup job and the API', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'postgres', 'redis', 'setup']);
    expect(services.postgres?.image).toBe('postgres:16');
    expect(services.redis?.image).toBe('redis:7');
    expect(services.setup?.image).toBe(services.api?.image);
    expect(services.api?.build).toBeDefined();
  });

  it('checks the health of every long-running service', () => {
    expect(joined(services.postgres?.healthcheck?.test)).toContain('pg_isready');
    expect(joined(services.redis?.healthcheck?.test)).toContain('redis-cli ping');
    expect(joined(services.api?.healthcheck?.test)).toContain('/api/health');
  });

  it('migrates, imports the seed data and trains before the API starts', () => {
    const setup = joined(services.setup?.command);

    expect(setup).toMatch(/admin\/dist\/main\.js migrate &&.*import --dir data &&.*train/s);
    expect(services.setup?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services.api?.depends_on).toEqual({
      setup: { condition: 'service_completed_successfully' },
      redis: { condition: 'service_healthy' },
    });
  });

  it('publishes the API on port 3000 with both service URLs', () => {
    expect(services.api?.ports).toEqual(['3000:3000']);
    for (const name of ['setup', 'api'] as const) {
      expect(services[name]?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
      expect(services[name]?.environment?.REDIS_URL).toBe('redis://redis:6379');
    }
  });
});

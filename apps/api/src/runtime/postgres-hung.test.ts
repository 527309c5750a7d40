import { createPrismaClient, UserRepository, type PrismaClient } from '@lunajoy/db';
import express, { type Express } from 'express';
import request from 'supertest';

import { loadConfig } from '../config';
import { errorHandler } from '../http/error-handler';
import { requestId } from '../http/request-id';
import { startHungServer, type HungServer } from '../testing/faults/hung-server';

/** A patient write through the real repository and the app's error handler. */
function writeApp(prisma: PrismaClient): Express {
  const users = new UserRepository(prisma);
  const app = express();
  app.use(requestId());
  app.post('/patients/:id', async (req, res) => {
    await users.createPatient({
      patient: {
        id: req.params.id,
        registrationType: 'basic',
        preferences: null,
        profile: { ageRange: null, gender: null, therapyExperience: null, therapyGoals: [] },
        createdAt: null,
      },
      contact: null,
    });
    res.status(201).end();
  });
  app.use(errorHandler());
  return app;
}

describe('a write when PostgreSQL accepts connections and never answers', () => {
  let hung: HungServer;
  let prisma: PrismaClient;

  beforeAll(async () => {
    hung = await startHungServer();
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await hung?.close();
  });

  it('answers 503 within about the configured connect timeout', async () => {
    // The pool limits exactly as the composition root derives them from the environment.
    const { database } = loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '500' });
    prisma = createPrismaClient(`postgres://postgres@127.0.0.1:${hung.port}/postgres`, {
      max: database.poolMax,
      connectionTimeoutMillis: database.connectTimeoutMs,
    });

    const started = performance.now();
    const res = await request(writeApp(prisma)).post('/patients/user_hung');
    const elapsedMs = performance.now() - started;

    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.error.code).toBe('unavailable');
    expect(elapsedMs).toBeGreaterThanOrEqual(450);
    expect(elapsedMs).toBeLessThan(2000);
  });
});

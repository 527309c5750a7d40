import { createCache, type CandidateCache } from '@lunajoy/cache';
import type { Express } from 'express';
import { Redis } from 'ioredis';
import request from 'supertest';

import { createApp } from '../app';
import { describeWithServices, uniquePrefix } from '../testing/faults/service-gate';
import { buildTestApp } from '../testing/test-app';

const BODY = {
  state: 'CA',
  appointment_type: 'therapy',
  clinical_needs: ['anxiety', 'depression'],
};

describeWithServices(
  'the candidate cache in Redis, shared by two instances',
  { sharedRedis: true },
  () => {
    const redisUrl = process.env.REDIS_URL!;
    const prefix = uniquePrefix('cached-match');
    const caches: CandidateCache[] = [];
    let a: Express;
    let b: Express;

    beforeAll(async () => {
      const instance = async () => {
        const { deps } = await buildTestApp();
        const cache = await createCache({
          redisUrl,
          prefix,
          ttlSeconds: 60,
          maxEntries: 10,
          onEvent: deps.metrics.recordCacheEvent,
        });
        caches.push(cache);
        return createApp({ ...deps, cache });
      };
      [a, b] = [await instance(), await instance()];
    });

    afterAll(async () => {
      await Promise.all(caches.map((c) => c.close()));
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    });

    it('answers a hit with exactly what the miss answered, on another instance too', async () => {
      const miss = await request(a).post('/api/v1/match?limit=3').send(BODY).expect(200);
      const hit = await request(b).post('/api/v1/match?limit=3').send(BODY).expect(200);

      expect(miss.headers['x-cache']).toBe('MISS');
      expect(hit.headers['x-cache']).toBe('HIT');
      const { processing_time_ms: _missTime, ...missBody } = miss.body;
      const { processing_time_ms: _hitTime, ...hitBody } = hit.body;
      expect(hitBody).toEqual(missBody);
      expect(hitBody.matches[0].score_components).toBeDefined();
      expect(hitBody.matches[0].explanation.primary_reasons.length).toBeGreaterThan(0);
    });

    it('shares one entry between permutations of a request and none with a different one', async () => {
      const first = await request(a)
        .post('/api/v1/match')
        .send({
          ...BODY,
          clinical_needs: ['depression', 'Anxiety'],
          preferred_time_slots: ['evening', 'morning'],
        })
        .expect(200);
      const permuted = await request(b)
        .post('/api/v1/match')
        .send({
          ...BODY,
          state: 'ca',
          clinical_needs: ['anxiety', 'DEPRESSION'],
          preferred_time_slots: ['mornings', 'evenings'],
        })
        .expect(200);
      const different = await request(b)
        .post('/api/v1/match')
        .send({
          ...BODY,
          clinical_needs: ['anxiety'],
          preferred_time_slots: ['evening', 'morning'],
        })
        .expect(200);

      expect([first, permuted, different].map((r) => r.headers['x-cache'])).toEqual([
        'MISS',
        'HIT',
        'MISS',
      ]);
      expect(permuted.body.matches).toEqual(first.body.matches);

      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${prefix}match:a:*`);
      await redis.quit();
      expect(keys).toHaveLength(3);
      expect(keys.every((k) => /^.+match:a:s1:m0:[A-Za-z0-9_-]{32}$/.test(k))).toBe(true);
    });

    it('computes concurrent misses of one request once across both instances', async () => {
      const body = { ...BODY, clinical_needs: ['ptsd'] };
      const setsBefore = caches.reduce((sum, c) => sum + c.stats.sets, 0);

      const answers = await Promise.all(
        [a, a, a, b, b, b].map((app) => request(app).post('/api/v1/match').send(body)),
      );

      expect(answers.every((r) => r.status === 200)).toBe(true);
      expect(new Set(answers.map((r) => JSON.stringify(r.body.matches))).size).toBe(1);
      // One computation, stored once: every other caller joined it or read its entry.
      expect(caches.reduce((sum, c) => sum + c.stats.sets, 0) - setsBefore).toBe(1);
    });
  },
);

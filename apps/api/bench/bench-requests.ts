import fs from 'node:fs';
import path from 'node:path';

import { mintPatientToken } from '../src/auth/mint-patient-token';

/** One HTTP request of the load mix. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** which part of the mix, for the report */
  kind: 'anonymous' | 'browse' | 'basic' | 'complete';
}

interface UserRecord {
  user_id: string;
  registration_type: 'anonymous' | 'basic' | 'complete';
  stated_preferences: Record<string, unknown> & { state: string; appointment_type: string };
}

/** A small seeded generator, so every run sends the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * The request mix, built from the seed data's own patients: anonymous matches on the stated
 * preferences of every patient (so the cache sees a realistic spread of repeats), clinician
 * browsing, and, when `jwtSecret` is given, the registered tiers for basic and complete patients
 * with their own bearer tokens.
 */
export async function buildRequestMix(
  dataDir: string,
  jwtSecret: string | null,
): Promise<Record<BenchRequest['kind'], BenchRequest[]>> {
  const users = JSON.parse(
    fs.readFileSync(path.join(dataDir, 'users.json'), 'utf8'),
  ) as UserRecord[];

  const anonymous = users.map((u, i) => ({
    method: 'POST' as const,
    path: `/api/v1/match?limit=${[5, 10, 20][i % 3]}`,
    headers: JSON_HEADERS,
    body: JSON.stringify(u.stated_preferences),
    kind: 'anonymous' as const,
  }));
  const states = [...new Set(users.map((u) => u.stated_preferences.state))].sort();
  const browse = states.map((state) => ({
    method: 'GET' as const,
    path: `/api/v1/clinicians?state=${state}&limit=20`,
    headers: {},
    kind: 'browse' as const,
  }));

  const registered = async (tier: 'basic' | 'complete') => {
    if (jwtSecret === null) return [];
    const patients = users.filter((u) => u.registration_type === tier).slice(0, 200);
    return Promise.all(
      patients.map(async (u) => ({
        method: 'POST' as const,
        path: `/api/v1/match/${tier}`,
        headers: {
          ...JSON_HEADERS,
          authorization: `Bearer ${await mintPatientToken({ secret: jwtSecret, userId: u.user_id, ttl: '1h' })}`,
        },
        body: JSON.stringify({ user_id: u.user_id }),
        kind: tier,
      })),
    );
  };

  return {
    anonymous,
    browse,
    basic: await registered('basic'),
    complete: await registered('complete'),
  };
}

/** Shares of each kind in the mix; registered kinds drop out when there are none. */
export const MIX_SHARES: Record<BenchRequest['kind'], number> = {
  anonymous: 0.6,
  browse: 0.1,
  basic: 0.15,
  complete: 0.15,
};

/** Draws requests by the mix shares. */
export function createPicker(
  mix: Record<BenchRequest['kind'], BenchRequest[]>,
  random: () => number,
): () => BenchRequest {
  const kinds = (Object.keys(MIX_SHARES) as BenchRequest['kind'][]).filter(
    (k) => mix[k].length > 0,
  );
  const total = kinds.reduce((sum, k) => sum + MIX_SHARES[k], 0);

  return () => {
    let roll = random() * total;
    let kind = kinds[kinds.length - 1]!;
    for (const k of kinds) {
      roll -= MIX_SHARES[k];
      if (roll < 0) {
        kind = k;
        break;
      }
    }
    const pool = mix[kind];
    return pool[Math.floor(random() * pool.length)]!;
  };
}

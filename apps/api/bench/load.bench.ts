/**
 * Load benchmark of the API as it is deployed: the built server (`node apps/api/dist/main.js`)
 * in processes of its own over PostgreSQL (a database of its own on `DATABASE_URL`, or a
 * temporary embedded one) seeded from `data/` (the first start imports it and trains the model),
 * driven by autocannon with a mixed load: anonymous matches, browsing and, with their own bearer
 * tokens, the basic and complete tiers.
 *
 *   npx tsx apps/api/bench/load.bench.ts [--duration 30] [--connections 32]
 *
 * Rate limiting is OFF in the instances under test (one client sending thousands of requests
 * would otherwise be refused), and they log at `warn` so log writing is not measured. Redis is
 * a private redis-server started here (never the shared one). A second instance runs with Redis
 * pointing at a port where nothing listens, and the same requests go to both, side by side, to
 * show what a match costs while Redis is down.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

import { REPO_ROOT } from '../src/config';
import { findFreePort } from '../src/testing/faults/free-port';
import { ApiProcess } from '../src/testing/faults/api-process';
import { ensureApiBuilt } from '../src/testing/faults/ensure-api-built';
import { missingRedisServer, PrivateRedis } from '../src/testing/faults/private-redis';
import { openBenchDatabase } from './bench-database';
import { buildRequestMix, createPicker, seededRandom, type BenchRequest } from './bench-requests';

interface AutocannonResult {
  requests: { average: number; total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
}
interface AutocannonInstance {
  on(
    event: 'response',
    listener: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
}
type Autocannon = ((
  options: Record<string, unknown>,
) => Promise<AutocannonResult> & AutocannonInstance) & {
  track?: unknown;
};

// A benchmark is a command-line program: its report goes to stdout, its trouble to stderr.
const print = (line = ''): void => void process.stdout.write(`${line}\n`);
const printError = (line: unknown): void =>
  void process.stderr.write(
    `${line instanceof Error ? (line.stack ?? line.message) : String(line)}\n`,
  );

const autocannon = createRequire(__filename)('autocannon') as Autocannon;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const DURATION_S = option('duration', 30);
const CONNECTIONS = option('connections', 32);
const WARM_UP_S = 5;
const SIDE_BY_SIDE_PAIRS = option('pairs', 600);
const JWT_SECRET = 'load-benchmark-secret-not-for-any-deployment-0123456789';
const DATA_DIR = path.join(REPO_ROOT, 'data');

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

const ms = (v: number) => `${v.toFixed(2)} ms`;

async function rssMb(api: ApiProcess): Promise<number> {
  const text = await (await fetch(`${api.baseUrl}/metrics`)).text();
  const bytes = Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? NaN);
  return bytes / (1024 * 1024);
}

async function runLoad(api: ApiProcess, pick: () => BenchRequest, seconds: number) {
  const latencies: number[] = [];
  const instance = autocannon({
    url: api.baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          const next = pick();
          // autocannon writes Content-Length into the headers it is given: hand it a copy.
          return {
            ...request,
            method: next.method,
            path: next.path,
            headers: { ...next.headers },
            body: next.body,
          };
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseMs) => latencies.push(responseMs));
  const result = await instance;
  return { result, latencies: latencies.sort((a, b) => a - b) };
}

async function timedFetch(
  api: ApiProcess,
  request: BenchRequest,
): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const res = await fetch(`${api.baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  await res.arrayBuffer();
  return { ms: performance.now() - started, ok: res.ok };
}

/** The same anonymous matches to both instances, alternating, four pairs at a time. */
async function sideBySide(up: ApiProcess, down: ApiProcess, requests: BenchRequest[]) {
  const upMs: number[] = [];
  const downMs: number[] = [];
  let failures = 0;
  for (let i = 0; i < requests.length; i += 4) {
    await Promise.all(
      requests.slice(i, i + 4).map(async (request, j) => {
        const order = (i + j) % 2 === 0 ? [up, down] : [down, up];
        for (const api of order) {
          const outcome = await timedFetch(api, request);
          if (!outcome.ok) failures += 1;
          (api === up ? upMs : downMs).push(outcome.ms);
        }
      }),
    );
  }
  return { up: upMs.sort((a, b) => a - b), down: downMs.sort((a, b) => a - b), failures };
}

function printSideBySide(title: string, run: { up: number[]; down: number[]; failures: number }) {
  print(`\n${title} (${run.up.length} pairs, ${run.failures} failures)`);
  for (const p of [50, 95, 99]) {
    const up = percentile(run.up, p);
    const down = percentile(run.down, p);
    print(`  p${p}  Redis up ${ms(up)}  Redis down ${ms(down)}  extra ${ms(down - up)}`);
  }
}

async function main(): Promise<void> {
  const missing = missingRedisServer();
  if (missing) throw new Error(`the benchmark starts a private Redis: ${missing}`);

  ensureApiBuilt();
  const db = await openBenchDatabase();
  const redis = await PrivateRedis.start();
  const instances: ApiProcess[] = [];
  try {
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      DATA_DIR: DATA_DIR,
      JWT_SECRET,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
      CACHE_PREFIX: 'lunajoy:bench:',
    };
    const startUp = performance.now();
    // The first instance imports the seed data and trains the model; the second finds them.
    const up = await ApiProcess.start({ ...env, REDIS_URL: redis.url }, 300_000);
    instances.push(up);
    const seededS = (performance.now() - startUp) / 1000;
    const deadPort = await findFreePort();
    const down = await ApiProcess.start({ ...env, REDIS_URL: `redis://127.0.0.1:${deadPort}` });
    instances.push(down);

    const mix = await buildRequestMix(DATA_DIR, JWT_SECRET);
    const random = seededRandom(20240601);
    const pick = createPicker(mix, random);

    print(`database            ${db.description}, seeded and trained in ${seededS.toFixed(1)} s`);
    print(`load                ${DURATION_S} s, ${CONNECTIONS} connections, rate limits off`);
    print(
      `mix                 anonymous 60% (${mix.anonymous.length} bodies), browse 10%, ` +
        `basic 15% (${mix.basic.length} patients), complete 15% (${mix.complete.length} patients)`,
    );

    const rssBefore = await rssMb(up);
    print('\nunloaded latency by kind (50 sequential requests each)');
    for (const [kind, pool] of Object.entries(mix)) {
      if (pool.length === 0) continue;
      const times: number[] = [];
      for (let i = 0; i < 50; i += 1) times.push((await timedFetch(up, pool[i % pool.length]!)).ms);
      times.sort((a, b) => a - b);
      const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
      print(`  ${kind.padEnd(10)} p50 ${ms(p50)}  p95 ${ms(p95)}`);
    }

    await runLoad(up, pick, WARM_UP_S);
    const rssWarm = await rssMb(up);
    const { result, latencies } = await runLoad(up, pick, DURATION_S);
    const rssAfter = await rssMb(up);

    const errors = result.errors + result.non2xx;
    print(
      `\nrequests/s          ${result.requests.average.toFixed(0)} (${result.requests.total} in ${result.duration} s)`,
    );
    print(
      `latency             p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  p99 ${ms(percentile(latencies, 99))}`,
    );
    print(
      `errors              ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`,
    );
    print(
      `status codes        ${JSON.stringify(Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count])))}`,
    );
    print(
      `RSS                 ${rssBefore.toFixed(0)} MB before warm-up, ${rssWarm.toFixed(0)} MB after, ${rssAfter.toFixed(0)} MB after the run`,
    );

    // Repeated requests (mostly cache hits when Redis is up), then requests never seen before.
    const repeated = Array.from({ length: SIDE_BY_SIDE_PAIRS }, (_, i) => mix.anonymous[i % 200]!);
    const fresh = Array.from({ length: SIDE_BY_SIDE_PAIRS }, (_, i) => {
      const base = mix.anonymous[i % mix.anonymous.length]!;
      return { ...base, path: `/api/v1/match?limit=${25 + (i % 26)}` };
    });
    printSideBySide('repeated anonymous matches', await sideBySide(up, down, repeated));
    printSideBySide('first-time anonymous matches (all misses)', await sideBySide(up, down, fresh));
  } catch (err) {
    for (const api of instances) {
      printError(`last log lines of ${api.baseUrl}:`);
      for (const entry of api.logs.slice(-5)) printError(`  ${JSON.stringify(entry)}`);
    }
    throw err;
  } finally {
    for (const api of instances) await api.stop();
    await redis.kill();
    await db.release();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    printError(err);
    process.exit(1);
  },
);

import type { Request, RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';

import { AppError } from '../errors/app-error';
import type { Logger } from '../logger';

/** The one thing the limiter needs from a Redis client: ioredis's raw `call`. */
export interface RedisCommandClient {
  call(command: string, ...args: string[]): Promise<unknown>;
}

export interface RateLimitOptions {
  /** false turns limiting off (every request passes); default true */
  enabled?: boolean;
  windowMs: number;
  /** requests each client may make per window */
  limit: number;
  /** shares the counts between every instance; counts stay in this process without it */
  redis?: RedisCommandClient | null;
  /** prepended to every Redis key; default `lunajoy:rate-limit:` */
  prefix?: string;
  /**
   * a Redis call slower than this fails, so a request waits at most about twice this (one retry
   * of the script load) before it passes uncounted; default 250
   */
  storeTimeoutMs?: number;
  /** requests that never count, such as load-balancer health checks */
  skip?: (req: Request) => boolean;
  logger?: Pick<Logger, 'warn' | 'error'>;
}

const DEFAULT_PREFIX = 'lunajoy:rate-limit:';
const DEFAULT_STORE_TIMEOUT_MS = 250;

/**
 * Limits how many requests each client makes per window, answering 429 with `Retry-After` and
 * the app's error body (the error goes to the error handler, so mount that after this).
 *
 * Clients are told apart by `req.ip` (IPv6 addresses by their /56). Behind a proxy that is only
 * the real client once Express's `trust proxy` names the trusted proxy, which the app sets from
 * configuration; with it unset every client behind the proxy shares one budget, and with it
 * `true` any client can pick its own address with `X-Forwarded-For`.
 *
 * With Redis, the budget holds across every instance. Redis trouble never fails a request: a
 * store error or a slow reply lets the request through uncounted, and says so in the log.
 */
export function createRateLimiter(options: RateLimitOptions): RequestHandler {
  if (options.enabled === false) {
    return (_req, _res, next) => next();
  }

  const logger = options.logger;
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    passOnStoreError: true,
    store: options.redis ? redisStore(options.redis, options) : undefined,
    skip: options.skip,
    logger: {
      warn: (err, message) => logger?.warn({ err }, message ?? 'rate limiter warning'),
      error: (err, message) => logger?.error({ err }, message ?? 'rate limiter error'),
    },
    handler: (_req, res, next) => {
      const retryAfter = res.getHeader('Retry-After');
      next(new AppError('rate_limited', `Too many requests: try again in ${retryAfter} seconds`));
    },
  });
}

function redisStore(client: RedisCommandClient, options: RateLimitOptions): Store {
  const timeoutMs = options.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  const store = new RedisStore({
    prefix: options.prefix ?? DEFAULT_PREFIX,
    sendCommand: (command, ...args) =>
      withTimeout(client.call(command!, ...args), timeoutMs) as Promise<RedisReply>,
  });

  // The store loads its scripts as soon as it is built and keeps the promises for later. With
  // Redis down they reject before anyone awaits them, which would crash the process as
  // unhandled; the store loads them again on first use.
  store.incrementScriptSha.catch(() => undefined);
  store.getScriptSha.catch(() => undefined);
  return store;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`rate limit store gave no reply in ${ms} ms`)), ms);
  });
  // A reply or failure that arrives after the timeout has nobody waiting for it.
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

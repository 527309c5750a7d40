export { createRateLimiter, type RateLimitOptions, type RedisCommandClient } from './rate-limit';

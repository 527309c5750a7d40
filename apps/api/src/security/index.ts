export { createRateLimiter, type RateLimitOptions, type RedisCommandClient } from './rate-limit';
export { securityHeaders } from './security-headers';

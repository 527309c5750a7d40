/** Raised when the cache's store cannot be reached (down, hung or behind an open circuit). */
export class CacheUnavailableError extends Error {
  /** A stable code for the API's error table. */
  readonly code = 'CACHE_UNAVAILABLE';

  constructor(
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`cache unavailable during ${operation}`, options);
    this.name = 'CacheUnavailableError';
  }
}

/** A short, payload-free description of a failure, for logs and metrics. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

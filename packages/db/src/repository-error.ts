/** Why a repository refused a write. */
export type RepositoryErrorCode = 'not_found' | 'conflict';

/** A write the data does not allow: a missing parent, or an id already used differently. */
export class RepositoryError extends Error {
  constructor(
    readonly code: RepositoryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RepositoryError';
  }
}

export { ensureLocalPostgres } from './ensure-local-postgres';
export { startTemporaryPostgres } from './temporary-postgres';
export { silentLogger, type LocalPostgresLogger } from './local-postgres-logger';
export type {
  EnsureLocalPostgresOptions,
  LocalPostgres,
  TemporaryPostgres,
  TemporaryPostgresOptions,
} from './local-postgres.types';

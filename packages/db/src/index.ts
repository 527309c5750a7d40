export { createPrismaClient, type PrismaClient, type PrismaClientOptions } from './prisma-client';
export { Prisma } from './generated/prisma/client';
export { migrateDatabase, type MigrateResult } from './migrate-database';
export { findPrismaPaths, type PrismaPaths } from './repository-paths';
export { RepositoryError, type RepositoryErrorCode } from './repository-error';

export * from './repositories/clinician.repository';
export { toDomainClinician } from './repositories/clinician-row.mapper';
export * from './repositories/user.repository';
export * from './repositories/interaction.repository';
export * from './repositories/data-version.repository';
export * from './repositories/import-run.repository';

export { importDirectory, findImportFiles, ImportFolderError } from './import/import-directory';
export { IMPORT_LOCK_KEY } from './import/import-transaction';
export { contentHash, canonicalJson } from './import/content-hash';
export * from './import/import-types';
export * from './repositories/model.repository';
export * from './repositories/stored-model';
export * from './repositories/match-log.repository';
export * from './repositories/access-log.repository';

import { migrateDatabase } from '@lunajoy/db';
import type { Command } from 'commander';

import { resolveDatabase } from '../database-url';

/** Registers `migrate`: applies every pending migration (`prisma migrate deploy`). */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (DATABASE_URL, or the embedded PostgreSQL)')
    .action(async () => {
      const target = await resolveDatabase((line) => console.error(line));
      try {
        // The embedded target is migrated while it is resolved.
        if (!target.embedded) {
          const result = await migrateDatabase(target.url);
          process.stdout.write(result.output.trimEnd() + '\n');
        }
        console.log('migrations applied');
      } finally {
        await target.release();
      }
    });
}

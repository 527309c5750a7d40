import { spawn } from 'node:child_process';

import { findPrismaPaths } from './repository-paths';

/** The outcome of `migrateDatabase`: what the Prisma CLI printed, for the caller to log. */
export interface MigrateResult {
  output: string;
  durationMs: number;
}

/**
 * Applies every pending migration with the Prisma CLI's `migrate deploy`, run as a child process
 * with the repository's `prisma.config.ts` (which carries the offline engine settings). Rejects
 * with the CLI's output when it fails.
 */
export async function migrateDatabase(databaseUrl: string): Promise<MigrateResult> {
  const paths = findPrismaPaths();
  const cli = require.resolve('prisma/build/index.js', { paths: [__dirname] });
  const started = Date.now();

  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'migrate', 'deploy', '--config', paths.config], {
      cwd: paths.root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (code === 0) resolve(text);
      else reject(new Error(`prisma migrate deploy exited with ${code}:\n${text}`));
    });
  });

  return { output, durationMs: Date.now() - started };
}

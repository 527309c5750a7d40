import fs from 'node:fs';
import path from 'node:path';

/** Where the Prisma schema, migrations and CLI configuration live. */
export interface PrismaPaths {
  root: string;
  config: string;
  schema: string;
  migrations: string;
}

/**
 * Finds the repository root by walking up from this file until `prisma.config.ts` and
 * `prisma/schema.prisma` sit side by side, so it works from `src` (tests) and from `dist` (the
 * built API and admin) alike.
 */
export function findPrismaPaths(start: string = __dirname): PrismaPaths {
  let dir = path.resolve(start);
  for (;;) {
    const config = path.join(dir, 'prisma.config.ts');
    const schema = path.join(dir, 'prisma', 'schema.prisma');
    if (fs.existsSync(config) && fs.existsSync(schema)) {
      return { root: dir, config, schema, migrations: path.join(dir, 'prisma', 'migrations') };
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`prisma.config.ts and prisma/schema.prisma not found above ${start}`);
    }
    dir = parent;
  }
}

import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The account a root process runs the server as, with every group it belongs to. */
export interface PostgresAccount {
  uid: number;
  gids: number[];
}

/** True when this process runs as root, so the server must run as the `postgres` user. */
export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The `postgres` account's ids; undefined when the account does not exist (yet). */
export async function findPostgresAccount(): Promise<PostgresAccount | undefined> {
  try {
    const [uid, groups] = await Promise.all([
      run('id', ['-u', 'postgres']),
      run('id', ['-G', 'postgres']),
    ]);
    return { uid: Number(uid.stdout.trim()), gids: groups.stdout.trim().split(/\s+/).map(Number) };
  } catch {
    return undefined;
  }
}

/**
 * The first folder on the way to `target` that the account cannot enter, or undefined. When the
 * account does not exist yet it will be created without access to anything, so only the
 * permissions for others count.
 */
export async function findBlockedFolder(
  target: string,
  account: PostgresAccount | undefined,
): Promise<{ folder: string; mode: string } | undefined> {
  for (const folder of ancestorsOf(path.resolve(target))) {
    const info = await stat(folder).catch(() => undefined);
    if (!info) {
      continue;
    }

    let bit = 0o001;
    if (account && info.uid === account.uid) {
      bit = 0o100;
    } else if (account && account.gids.includes(info.gid)) {
      bit = 0o010;
    }

    if ((info.mode & bit) === 0) {
      return { folder, mode: (info.mode & 0o777).toString(8) };
    }
  }

  return undefined;
}

/**
 * Fails with a plain explanation when the `postgres` account could not reach the data folder or
 * the server binaries. PostgreSQL refuses to run as root, so as root the server runs as that
 * account, and a checkout inside a private home folder (mode 700) is out of its reach.
 */
export async function assertReachableByPostgres(paths: string[]): Promise<void> {
  const account = await findPostgresAccount();

  for (const target of paths) {
    const blocked = await findBlockedFolder(target, account);
    if (blocked) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user when started by root, and that ` +
          `user cannot enter ${blocked.folder} (mode ${blocked.mode}) on the way to ${target}. ` +
          `Move the project to a folder every user can enter, run "chmod o+x ${blocked.folder}", ` +
          `or set DATABASE_URL to a server of your own.`,
      );
    }
  }
}

function ancestorsOf(target: string): string[] {
  const folders: string[] = [];
  let current = path.dirname(target);

  for (;;) {
    folders.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) {
      return folders;
    }
    current = parent;
  }
}

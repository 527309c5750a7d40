import { chmod, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { findBlockedFolder } from './postgres-user';
import { createScratchFolder } from './testing/scratch-folder';

describe('findBlockedFolder', () => {
  let scratch: Awaited<ReturnType<typeof createScratchFolder>>;

  beforeEach(async () => {
    scratch = await createScratchFolder();
  });

  afterEach(async () => {
    await scratch.remove();
  });

  it('names the first private folder on the way to the target', async () => {
    const home = path.join(scratch.root, 'home');
    await mkdir(path.join(home, 'project'), { recursive: true });
    await chmod(home, 0o700);
    const stranger = { uid: 999_999, gids: [999_999] };

    const blocked = await findBlockedFolder(path.join(home, 'project', '.data'), stranger);

    expect(blocked).toEqual({ folder: home, mode: '700' });
  });

  it('lets the owner through a folder closed to others', async () => {
    const home = path.join(scratch.root, 'home');
    await mkdir(home);
    await chmod(home, 0o700);
    const owner = { uid: (await stat(home)).uid, gids: [] };

    expect(await findBlockedFolder(path.join(home, 'data'), owner)).toBeUndefined();
  });

  it('passes folders every user can enter, for an account that does not exist yet', async () => {
    expect(await findBlockedFolder(path.join(scratch.root, 'a', 'b'), undefined)).toBeUndefined();
  });
});

// Runs the built admin CLI (apps/admin/dist/main.js) with the given arguments, so root scripts
// such as `npm run generate -- --out data` work from a fresh checkout. When the build is missing,
// or older than the sources of the admin app or of any workspace package it depends on, it is
// rebuilt first with turbo (which also builds those packages).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const adminDir = path.join(root, 'apps', 'admin');
const entry = path.join(adminDir, 'dist', 'main.js');

/** Workspace package name → folder, for every package under packages/ and apps/. */
function workspaceFolders() {
  const folders = new Map();
  for (const parent of ['packages', 'apps']) {
    const dir = path.join(root, parent);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const manifest = path.join(dir, name, 'package.json');
      if (existsSync(manifest)) folders.set(readJson(manifest).name, path.join(dir, name));
    }
  }
  return folders;
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The admin app and every workspace package it depends on, directly or not. */
function buildInputs() {
  const folders = workspaceFolders();
  const seen = new Set();
  const queue = [adminDir];
  while (queue.length > 0) {
    const dir = queue.pop();
    if (seen.has(dir)) continue;
    seen.add(dir);
    const deps = readJson(path.join(dir, 'package.json')).dependencies ?? {};
    for (const name of Object.keys(deps)) {
      const folder = folders.get(name);
      if (folder) queue.push(folder);
    }
  }
  return [...seen];
}

/** Newest modification time (ms) of the files a build reads; tests are not among them. */
function newestSource(dirs) {
  let newest = 0;
  const visit = (file) => {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const name of readdirSync(file)) {
        if (name === 'node_modules' || name === 'testing' || name.endsWith('.test.ts')) continue;
        visit(path.join(file, name));
      }
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  for (const dir of dirs) {
    for (const name of ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) {
      const file = path.join(dir, name);
      if (existsSync(file)) visit(file);
    }
  }
  const schema = path.join(root, 'prisma', 'schema.prisma');
  if (existsSync(schema)) newest = Math.max(newest, statSync(schema).mtimeMs);
  return newest;
}

function ensureBuilt() {
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestSource(buildInputs())) return;

  process.stderr.write('admin: building @lunajoy/admin and its packages…\n');
  const build = spawnSync(
    'npx',
    ['turbo', 'run', 'build', '--filter=@lunajoy/admin...', '--output-logs=errors-only'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
  );
  if (build.status !== 0 || !existsSync(entry)) {
    process.stderr.write('admin: the build failed; see the errors above\n');
    process.exit(build.status || 1);
  }
  // A cache hit may restore an older file; the build is current now, so say so for next time.
  const now = new Date();
  utimesSync(entry, now, now);
}

ensureBuilt();
const child = spawn(process.execPath, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
});

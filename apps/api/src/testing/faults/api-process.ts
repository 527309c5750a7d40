import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

import { REPO_ROOT } from '../../config';
import { findFreePort } from './free-port';

/** The built entry point the spawned instances run. */
export const API_MAIN = path.join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');

/** Why the API cannot be spawned from its build, or undefined when it can. */
export function missingApiBuild(): string | undefined {
  return fs.existsSync(API_MAIN)
    ? undefined
    : `${API_MAIN} is missing: build the API first (npx tsc -p apps/api/tsconfig.build.json)`;
}

/**
 * One API instance in a process of its own (`node apps/api/dist/main.js`), as a deployment
 * runs it, on a free port; its JSON log lines are kept for the test to read.
 */
export class ApiProcess {
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
    /** every JSON log line so far; it keeps growing */
    readonly logs: Record<string, unknown>[],
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    });
  }

  /**
   * Starts an instance on a free port with `env` on top of this process's environment, and
   * waits until `/api/ready` answers 200 (whatever the log level).
   */
  static async start(env: Record<string, string>, timeoutMs = 60_000): Promise<ApiProcess> {
    const port = await findFreePort();
    const child = spawn(process.execPath, [API_MAIN], {
      cwd: REPO_ROOT,
      env: { ...process.env, HOST: '127.0.0.1', ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const logs: Record<string, unknown>[] = [];
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    });

    const api = new ApiProcess(child, `http://127.0.0.1:${port}`, logs);
    const started = Date.now();
    while (!(await api.isReady())) {
      if (child.exitCode !== null || Date.now() - started > timeoutMs) {
        child.kill('SIGKILL');
        const last = logs.slice(-5).map((e) => JSON.stringify(e));
        throw new Error(`the API did not become ready\n${last.join('\n')}\n${stderr}`);
      }
      await sleep(100);
    }
    return api;
  }

  private async isReady(): Promise<boolean> {
    try {
      return (await fetch(`${this.baseUrl}/api/ready`)).status === 200;
    } catch {
      return false;
    }
  }

  /** Sends SIGTERM and waits for the exit code (the API drains and exits 0). */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    return this.exited;
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { buildProgram } from '../cli';
import { CliError } from '../cli-error';
import { EVALUATION_FIXTURE, writeEvaluationFixture } from '../evaluate/testing/evaluation-fixture';

describe('admin evaluate --dir', () => {
  let dir: string;
  let output: string[];
  const run = (...args: string[]) =>
    buildProgram({ exitOverride: true }).parseAsync(['node', 'lunajoy-admin', ...args]);
  const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-admin-evaluate-'));
    writeEvaluationFixture(dir);
    output = [];
    jest.spyOn(console, 'log').mockImplementation((line: string) => void output.push(line));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('scores the popularity baseline exactly as computed by hand', async () => {
    const file = path.join(dir, 'out', 'eval.json');

    await run('evaluate', '--dir', dir, '--json', file);

    const json = readJson(file);
    expect(json.strategies.popularity).toEqual(EVALUATION_FIXTURE.popularity);
    expect(json.held_out).toBe(EVALUATION_FIXTURE.heldOut);
    expect(json.evaluated).toBe(EVALUATION_FIXTURE.heldOut);
    expect(json.source).toBe('folder');
    // Without a manifest the clock is the latest interaction: 2024-06-01 + 4 min + 30 s.
    expect(json.reference_time).toBe('2024-06-01T00:04:30.000Z');
  });

  it('writes every strategy under its name with the four metrics', async () => {
    const file = path.join(dir, 'eval.json');

    await run('evaluate', '--dir', dir, '--json', file);

    const { strategies } = readJson(file);
    expect(Object.keys(strategies)).toEqual([
      'random',
      'popularity',
      'anonymous',
      'basic',
      'complete',
    ]);
    for (const metrics of Object.values<Record<string, number>>(strategies)) {
      expect(Object.keys(metrics)).toEqual(['ndcg_at_10', 'recall_at_10', 'mrr', 'coverage']);
      for (const value of Object.values(metrics)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it('prints the table and the complete-tier ratios', async () => {
    await run('evaluate', '--dir', dir);

    const text = output.join('\n');
    expect(text).toMatch(/popularity\s+│ 0\.8155\s+│ 1\.0000\s+│ 0\.7500\s+│ 1\.0000/);
    expect(text).toMatch(/complete\/anonymous: nDCG@10 [\d.]+×/);
    expect(text).toMatch(/complete\/popularity: nDCG@10 [\d.]+×/);
  });

  it("uses the manifest's reference time as the clock", async () => {
    const manifest = { reference_time: '2024-07-01T00:00:00.000Z' };
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const file = path.join(dir, 'eval.json');

    await run('evaluate', '--dir', dir, '--json', file);

    expect(readJson(file).reference_time).toBe('2024-07-01T00:00:00.000Z');
  });

  it('gives the same numbers for the same seed', async () => {
    const first = path.join(dir, 'a.json');
    const second = path.join(dir, 'b.json');

    await run('evaluate', '--dir', dir, '--json', first, '--seed', '7');
    await run('evaluate', '--dir', dir, '--json', second, '--seed', '7');

    expect(readJson(second)).toEqual(readJson(first));
    expect(readJson(first).seed).toBe(7);
  });

  it('refuses invalid records, naming their file and position', async () => {
    const file = path.join(dir, 'users.json');
    const users = readJson(file);
    users[1].registration_type = 'premium';
    fs.writeFileSync(file, JSON.stringify(users));

    const error: unknown = await run('evaluate', '--dir', dir).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(
      /^1 invalid record\(s\) in .*:\n {2}users\.json position 1 registration_type: /,
    );
  });

  it('refuses a seed that is not a whole number', async () => {
    await expect(run('evaluate', '--dir', dir, '--seed', 'x')).rejects.toThrow(
      /--seed must be a whole number/,
    );
  });
});

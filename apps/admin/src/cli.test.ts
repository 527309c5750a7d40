import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Command } from 'commander';

import { buildProgram } from './cli';
import { CliError } from './cli-error';
import { registerNotBuiltCommand } from './commands/not-built';

describe('lunajoy-admin', () => {
  let errors: string[];
  let stdout: jest.SpyInstance;
  const run = (...args: string[]) =>
    buildProgram({ writeErr: (text) => errors.push(text), exitOverride: true }).parseAsync([
      'node',
      'lunajoy-admin',
      ...args,
    ]);

  beforeEach(() => {
    errors = [];
    stdout = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => stdout.mockRestore());

  it('registers every admin command', () => {
    const names = buildProgram().commands.map((c) => c.name());

    expect(names.sort()).toEqual(
      ['bench', 'evaluate', 'generate', 'import', 'migrate', 'token', 'train'].sort(),
    );
  });

  it('rejects an unknown command', async () => {
    await expect(run('bogus')).rejects.toMatchObject({ exitCode: 1 });

    expect(errors.join('')).toMatch(/unknown command 'bogus'/);
  });

  it('rejects bad generate options with a message naming them', async () => {
    await expect(run('generate', '--users', 'lots')).rejects.toThrow(CliError);
    await expect(run('generate', '--users', 'lots')).rejects.toThrow(
      /users must be a whole number/,
    );
  });

  it('generates into --out and prints a summary with the actions', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'lunajoy-cli-'));
    try {
      await run(
        'generate',
        '--clinicians',
        '10',
        '--users',
        '20',
        '--interactions',
        '100',
        '--out',
        out,
      );

      expect(readdirSync(out).sort()).toEqual([
        'clinicians.json',
        'interactions.json',
        'manifest.json',
        'users.json',
      ]);
      const printed = stdout.mock.calls.map((c) => String(c[0])).join('\n');
      expect(printed).toMatch(/10 clinicians, 20 users .* 100 interactions/);
      expect(printed).toMatch(/booked/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('registerNotBuiltCommand', () => {
  it('says the command is not built yet and exits 1, whatever the arguments', async () => {
    const errors: string[] = [];
    const program = new Command('x')
      .configureOutput({ writeErr: (text) => errors.push(text) })
      .exitOverride();
    registerNotBuiltCommand(program, 'later', 'Something planned');

    await expect(
      program.parseAsync(['node', 'x', 'later', '--any', 'thing']),
    ).rejects.toMatchObject({
      exitCode: 1,
    });
    expect(errors).toEqual(['later is not built yet\n']);
  });
});

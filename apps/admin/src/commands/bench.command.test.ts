import { CliError } from '../cli-error';
import { benchScripts } from './bench.command';

describe('benchScripts', () => {
  it('runs the engine benchmark, then the API load with the given duration and connections', () => {
    const scripts = benchScripts({ duration: '10', connections: '8', api: true, engine: true });

    expect(scripts.map((s) => s.script)).toEqual([
      'packages/engine/bench/match.bench.ts',
      'apps/api/bench/load.bench.ts',
    ]);
    expect(scripts[1]!.args).toEqual(['--duration', '10', '--connections', '8']);
  });

  it('skips what --no-api and --no-engine leave out, and refuses a bad duration', () => {
    expect(
      benchScripts({ duration: '30', connections: '32', api: false, engine: true }),
    ).toHaveLength(1);
    expect(() =>
      benchScripts({ duration: '0', connections: '32', api: true, engine: true }),
    ).toThrow(CliError);
  });
});

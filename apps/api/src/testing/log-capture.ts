import { Writable } from 'node:stream';

/** A pino destination that keeps every line, so tests can read what was logged. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line !== ''),
    );
    done();
  }

  /** Every line parsed as JSON. */
  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  /** Everything logged, as one string, for "never contains" checks. */
  text(): string {
    return this.lines.join('\n');
  }
}

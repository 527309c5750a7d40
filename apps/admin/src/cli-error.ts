/**
 * An error the CLI reports as a plain message (no stack trace) before exiting non-zero: bad
 * options, missing files, anything the person running the command can fix.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

import fs from 'node:fs';

import {
  TokenParser,
  TokenParserError,
  Tokenizer,
  TokenType,
  type ParsedTokenInfo,
} from '@streamparser/json';

/** One element of a top-level JSON array with its 0-based position, or why it cannot be used. */
export type ArrayElement =
  | { position: number; value: unknown; error?: undefined }
  | { position: number; value?: undefined; error: string };

/** The file is not a JSON array, or its JSON breaks off; `position` is the element it hit. */
export class JsonArrayFormatError extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
    this.name = 'JsonArrayFormatError';
  }
}

/** Bytes read so far out of the file's size, for progress bars. */
export interface ReadProgress {
  bytesRead: number;
  bytesTotal: number;
}

const NUL_REASON = 'contains a NUL character (\\u0000), which cannot be stored';

/**
 * Feeds byte chunks to a streaming JSON parser and collects the elements of the top-level array
 * as each one completes. The parser checks the whole text, so the first malformed byte ends the
 * file; this class adds what the parser leaves open (the top level must be an array, nothing may
 * follow it, no string may hold a NUL) and numbers the elements.
 */
class ArrayElementParser {
  // Buffering strings in a typed array measured a little faster than joining JS strings.
  private readonly tokenizer = new Tokenizer({ stringBufferSize: 64 << 10 });
  // keepStack: false drops each element from the array once emitted, so memory stays flat.
  private readonly parser = new TokenParser({ paths: ['$.*'], keepStack: false });
  private found: ArrayElement[] = [];
  private position = 0;
  private started = false;
  private holdsNul = false;
  private offset = 0;

  constructor() {
    this.tokenizer.onToken = (token) => this.onToken(token);
    this.parser.onValue = ({ value }) => this.onElement(value);
  }

  /** Parses the next chunk; throws `JsonArrayFormatError` at the first thing that is not JSON. */
  write(chunk: Uint8Array): void {
    try {
      this.tokenizer.write(chunk);
    } catch (error) {
      if (error instanceof JsonArrayFormatError) throw error;
      // The tokenizer's messages give the byte; the parser's need the failing token's offset.
      const where = error instanceof TokenParserError ? ` at byte ${this.offset}` : '';
      throw this.formatError(`not valid JSON: ${(error as Error).message}${where}`);
    }
  }

  /** The elements completed since the last call. */
  takeElements(): ArrayElement[] {
    const found = this.found;
    this.found = [];
    return found;
  }

  /** Declares the input complete; throws unless the array was closed and nothing followed. */
  end(): void {
    try {
      this.tokenizer.end();
    } catch (error) {
      if (error instanceof JsonArrayFormatError) throw error;
      // It stopped mid-token: inside the array (cut off) or after it (trailing junk).
      if (this.parser.isEnded) {
        throw this.formatError('unexpected content after the end of the array');
      }
    }
    if (!this.parser.isEnded) {
      throw this.formatError('unexpected end of file: the array is not closed');
    }
  }

  private onToken(token: ParsedTokenInfo): void {
    if (!this.started) {
      this.started = true;
      // Without this check the path '$.*' would stream an object's members as elements.
      if (token.token !== TokenType.LEFT_BRACKET) {
        throw this.formatError('the file must hold one JSON array');
      }
    } else if (this.parser.isEnded) {
      throw this.formatError('unexpected content after the end of the array');
    }
    // Valid JSON, but PostgreSQL text and jsonb cannot hold a NUL character (keys included).
    if (token.token === TokenType.STRING && (token.value as string).includes('\0')) {
      this.holdsNul = true;
    }
    this.offset = token.offset;
    this.parser.write(token);
  }

  private onElement(value: unknown): void {
    const position = this.position;
    this.found.push(this.holdsNul ? { position, error: NUL_REASON } : { position, value });
    this.position += 1;
    this.holdsNul = false;
  }

  private formatError(message: string): JsonArrayFormatError {
    return new JsonArrayFormatError(this.position, message);
  }
}

/**
 * Streams the elements of one top-level JSON array from a sequence of byte chunks (which may
 * split a value, even a character, anywhere). Elements come out as their chunk is parsed, and
 * the next chunk is only pulled once the caller has taken them, so memory is one chunk plus the
 * elements it completes. An element holding a NUL character is yielded with its error; anything
 * that is not JSON, or not one array, throws `JsonArrayFormatError` after the elements before it.
 */
export async function* streamJsonArray(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<ArrayElement> {
  const parser = new ArrayElementParser();
  for await (const chunk of chunks) {
    yield* drain(parser, () => parser.write(chunk));
  }
  yield* drain(parser, () => parser.end());
}

/** Runs one step of the parser, then yields what it completed, even when the step failed. */
function* drain(parser: ArrayElementParser, step: () => void): Generator<ArrayElement> {
  let failure: unknown;
  try {
    step();
  } catch (error) {
    failure = error;
  }
  yield* parser.takeElements();
  if (failure !== undefined) throw failure;
}

/**
 * Streams the elements of a file holding one top-level JSON array, one at a time, so a file far
 * larger than the longest possible string is read with memory for about one chunk. A UTF-8
 * byte-order mark is skipped. See `streamJsonArray` for what is yielded and what throws.
 */
export async function* readJsonArray(
  file: string,
  progress?: ReadProgress,
): AsyncGenerator<ArrayElement> {
  const source = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  if (progress) progress.bytesTotal = fs.statSync(file).size;

  try {
    yield* streamJsonArray(countBytes(source as AsyncIterable<Buffer>, progress));
  } finally {
    source.destroy();
  }
}

async function* countBytes(
  source: AsyncIterable<Buffer>,
  progress: ReadProgress | undefined,
): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    if (progress) progress.bytesRead += chunk.length;
    yield chunk;
  }
}

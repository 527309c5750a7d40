import fs from 'node:fs';

import { JsonArrayScanner, JsonArrayShapeError } from './json-array-scanner';

/** One element of a top-level JSON array with its 0-based position, or why it is not JSON. */
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

/**
 * Streams the elements of a file holding one top-level JSON array, one at a time, so a file far
 * larger than the longest possible string is read with memory for about one chunk. An element
 * that is not valid JSON is yielded with its error and reading goes on; a file that is not an
 * array (or is cut off) throws `JsonArrayFormatError`.
 *
 * Splitting the array ourselves and parsing each element with `JSON.parse` reads about five
 * times faster than a token-level streaming parser, which matters at a million records.
 */
export async function* readJsonArray(
  file: string,
  progress?: ReadProgress,
): AsyncGenerator<ArrayElement> {
  const source = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const scanner = new JsonArrayScanner();
  if (progress) progress.bytesTotal = fs.statSync(file).size;

  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (progress) progress.bytesRead += chunk.length;
      for (const { position, text } of scanner.push(chunk)) {
        yield parseElement(position, text);
      }
    }
    scanner.end();
  } catch (error) {
    if (error instanceof JsonArrayShapeError) {
      throw new JsonArrayFormatError(error.position, error.message);
    }
    throw error;
  } finally {
    source.destroy();
  }
}

function parseElement(position: number, text: string): ArrayElement {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { position, error: `not valid JSON: ${(error as Error).message}` };
  }
  // Valid JSON, but PostgreSQL text and jsonb cannot hold a NUL character.
  if (text.includes('\\u0000') && holdsNul(value)) {
    return { position, error: 'contains a NUL character (\\u0000), which cannot be stored' };
  }
  return { position, value };
}

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, member]) => key.includes('\0') || holdsNul(member));
}

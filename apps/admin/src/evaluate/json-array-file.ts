import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';

import { parser } from 'stream-json';
import { streamArray } from 'stream-json/streamers/StreamArray';

// Files up to this size are parsed in one go (several times faster); larger ones are streamed,
// because a million interactions is past what one V8 string can hold.
const WHOLE_FILE_BYTES = 256 * 1024 * 1024;

/** Calls `visit` with each element of a file holding one top-level JSON array, in order. */
export async function forEachArrayElement(
  file: string,
  visit: (element: unknown, position: number) => void,
): Promise<void> {
  if (fs.statSync(file).size <= WHOLE_FILE_BYTES) {
    const parsed: unknown = JSON.parse(await fs.promises.readFile(file, 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`${file} does not hold a JSON array`);
    parsed.forEach((element, position) => visit(element, position));
    return;
  }

  const elements = streamArray();
  elements.on('data', ({ key, value }: { key: number; value: unknown }) => visit(value, key));
  await pipeline(fs.createReadStream(file), parser(), elements);
}

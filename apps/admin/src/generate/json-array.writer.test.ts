import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { JsonArrayWriter } from './json-array.writer';
import { sha256OfFile } from './testing/read-dataset';

describe('JsonArrayWriter', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lunajoy-writer-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one compact record per line inside a JSON array', async () => {
    const file = path.join(dir, 'records.json');
    const writer = new JsonArrayWriter(file);
    await writer.write({ id: 'a', n: 1 });
    await writer.write({ id: 'b', list: [1, 2] });
    const written = await writer.close();

    const text = readFileSync(file, 'utf8');
    expect(text).toBe('[\n{"id":"a","n":1},\n{"id":"b","list":[1,2]}\n]\n');
    expect(JSON.parse(text)).toHaveLength(2);
    expect(written).toEqual({
      records: 2,
      bytes: Buffer.byteLength(text),
      sha256: sha256OfFile(file),
    });
  });

  it('writes an empty array as []', async () => {
    const file = path.join(dir, 'empty.json');
    await new JsonArrayWriter(file).close();

    expect(readFileSync(file, 'utf8')).toBe('[]\n');
  });

  it('streams more records than one chunk holds, hashing exactly the bytes on disk', async () => {
    const file = path.join(dir, 'many.json');
    const writer = new JsonArrayWriter(file);
    for (let i = 0; i < 20_000; i++) await writer.write({ i, text: 'é'.repeat(i % 7) });
    const written = await writer.close();

    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(20_000);
    expect(written.sha256).toBe(sha256OfFile(file));
    expect(written.bytes).toBe(readFileSync(file).length);
  });

  it('fails with the path when the folder does not exist', async () => {
    const writer = new JsonArrayWriter(path.join(dir, 'missing', 'x.json'));

    await expect(writer.close()).rejects.toThrow(/missing/);
  });
});

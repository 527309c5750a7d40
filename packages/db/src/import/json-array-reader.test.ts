import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { JsonArrayFormatError, readJsonArray, type ArrayElement } from './json-array-reader';

describe('readJsonArray', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-reader-'));
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function read(text: string): Promise<ArrayElement[]> {
    const file = path.join(dir, 'records.json');
    fs.writeFileSync(file, text);
    const elements: ArrayElement[] = [];
    for await (const element of readJsonArray(file)) elements.push(element);
    return elements;
  }

  it('yields each element with its position, and carries on past a malformed one', async () => {
    const elements = await read('[{"a":1},{"a":},{"a":3}]');

    expect(elements).toEqual([
      { position: 0, value: { a: 1 } },
      { position: 1, error: expect.stringMatching(/^not valid JSON: /) },
      { position: 2, value: { a: 3 } },
    ]);
  });

  it('refuses NUL characters, which PostgreSQL cannot store, but not an escaped backslash', async () => {
    const elements = await read('[{"a":"x\\u0000"},{"a":"\\\\u0000"}]');

    expect(elements).toEqual([
      { position: 0, error: 'contains a NUL character (\\u0000), which cannot be stored' },
      { position: 1, value: { a: '\\u0000' } },
    ]);
  });

  it('throws a format error at the element where the array breaks', async () => {
    await expect(read('[{"a":1},{"a":2}')).rejects.toEqual(
      new JsonArrayFormatError(2, 'unexpected end of file: the array is not closed'),
    );
  });

  it('reports bytes read against the file size', async () => {
    const file = path.join(dir, 'sized.json');
    fs.writeFileSync(file, JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ i }))));
    const progress = { bytesRead: 0, bytesTotal: 0 };

    let count = 0;
    for await (const element of readJsonArray(file, progress)) count += element.error ? 0 : 1;

    expect(count).toBe(1000);
    expect(progress).toEqual({
      bytesRead: fs.statSync(file).size,
      bytesTotal: fs.statSync(file).size,
    });
  });
});

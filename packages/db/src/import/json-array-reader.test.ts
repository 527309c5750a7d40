import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  JsonArrayFormatError,
  readJsonArray,
  streamJsonArray,
  type ArrayElement,
} from './json-array-reader';

function* chunksOf(text: string, size: number): Generator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; offset += size) {
    yield bytes.subarray(offset, offset + size);
  }
}

async function collect(text: string, size: number): Promise<ArrayElement[]> {
  const elements: ArrayElement[] = [];
  for await (const element of streamJsonArray(chunksOf(text, size))) elements.push(element);
  return elements;
}

async function values(text: string, size: number): Promise<unknown[]> {
  return (await collect(text, size)).map((element) => element.error ?? element.value);
}

async function failure(text: string, size: number): Promise<JsonArrayFormatError> {
  const error = await collect(text, size).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(JsonArrayFormatError);
  return error as JsonArrayFormatError;
}

// Sizes that split tokens, escapes and multi-byte characters everywhere, and one that does not.
const CHUNK_SIZES = [1, 2, 3, 7, 1 << 20];

describe('streamJsonArray', () => {
  const valid: [string, unknown[]][] = [
    ['[]', []],
    [' \n[ ]\n', []],
    ['[{"a":1}]', [{ a: 1 }]],
    ['[{"a":"}]{[,"},{"b":[1,[2]]}]', [{ a: '}]{[,' }, { b: [1, [2]] }]],
    ['[{"q":"say \\"hi\\" \\\\"},{"x":"\\\\"}]', [{ q: 'say "hi" \\' }, { x: '\\' }]],
    ['["a\\\\\\"b]", "\\\\", "\\"]"]', ['a\\"b]', '\\', '"]']],
    ['[{"k\\u0022":"\\u005c"}]', [{ 'k"': '\\' }]],
    ['[1, -2.5e3 ,true,false,null,"s",[]]', [1, -2500, true, false, null, 's', []]],
    ['[{"name":"Zoë — 東京 🌸"}]', [{ name: 'Zoë — 東京 🌸' }]],
    ['\ufeff[{"bom":true}]', [{ bom: true }]],
    ['[\n  {\n    "a": 1\n  },\n  {\n    "b": 2\n  }\n]\n', [{ a: 1 }, { b: 2 }]],
    ['[{"a":1,"a":2}]', [{ a: 2 }]],
  ];

  it.each(valid)('reads %j as JSON.parse does, at every chunk size', async (text, expected) => {
    for (const size of CHUNK_SIZES) expect(await values(text, size)).toEqual(expected);
  });

  it('reads a string longer than the parser buffers at once', async () => {
    const long = 'é🌸x'.repeat(30_000);

    for (const size of [1, 1000, 1 << 20]) {
      expect(await values(`[${JSON.stringify(long)},1]`, size)).toEqual([long, 1]);
    }
  });

  it('numbers elements from 0', async () => {
    const elements = await collect('[{"a":1},{"a":2},{"a":3}]', 4);

    expect(elements.map((element) => element.position)).toEqual([0, 1, 2]);
  });

  it('keeps a "__proto__" key as data, as JSON.parse does', async () => {
    const [element] = await collect('[{"__proto__":{"polluted":true}}]', 5);

    expect(element!.value).toEqual(JSON.parse('{"__proto__":{"polluted":true}}'));
    expect(Object.getPrototypeOf(element!.value)).toBe(Object.prototype);
  });

  it('refuses NUL characters, which PostgreSQL cannot store, but not an escaped \\u', async () => {
    const text = '[{"a":"x\\u0000"},{"a":"\\\\u0000"},{"k\\u0000":1},"\\u0000",{"b":2}]';
    const nul = 'contains a NUL character (\\u0000), which cannot be stored';

    for (const size of CHUNK_SIZES) {
      expect(await collect(text, size)).toEqual([
        { position: 0, error: nul },
        { position: 1, value: { a: '\\u0000' } },
        { position: 2, error: nul },
        { position: 3, error: nul },
        { position: 4, value: { b: 2 } },
      ]);
    }
  });

  const malformed: [string, RegExp, number][] = [
    ['{"a":1}', /^the file must hold one JSON array$/, 0],
    ['"[1]"', /^the file must hold one JSON array$/, 0],
    ['7', /^the file must hold one JSON array$/, 0],
    ['', /^unexpected end of file: the array is not closed$/, 0],
    ['  \n', /^unexpected end of file: the array is not closed$/, 0],
    ['[{"a":1}', /^unexpected end of file: the array is not closed$/, 1],
    ['[{"a":1},{"b":"cut', /^unexpected end of file: the array is not closed$/, 1],
    ['[1,2', /^unexpected end of file: the array is not closed$/, 2],
    ['[{"a":1}] []', /^unexpected content after the end of the array$/, 1],
    ['[{"a":1}] 5', /^unexpected content after the end of the array$/, 1],
    ['[{"a":1}] "x', /^unexpected content after the end of the array$/, 1],
    ['[{"a":1}] x', /^not valid JSON: .*absolute position "10"/, 1],
    ['[{"a":1} {"a":2}]', /^not valid JSON: .* at byte 9$/, 1],
    ['[{"a":1},]', /^not valid JSON: .* at byte 9$/, 1],
    ['[,{"a":1}]', /^not valid JSON: .* at byte 1$/, 0],
    ['[{"a":1},{"a":}]', /^not valid JSON: .* at byte 14$/, 1],
    ['[{"a":1},{"a":tru}]', /^not valid JSON: .*absolute position "17"/, 1],
    ['["a\nb"]', /^not valid JSON: /, 0],
    ['[01]', /^not valid JSON: .* at byte 2$/, 1],
  ];

  it.each(malformed)('rejects %j with %s, at element %d', async (text, message, position) => {
    for (const size of CHUNK_SIZES) {
      const error = await failure(text, size);

      expect(error.message).toMatch(message);
      expect(error.position).toBe(position);
    }
  });

  it('yields the elements before a break, then stops at the element where it broke', async () => {
    const seen: ArrayElement[] = [];
    const reading = (async () => {
      for await (const element of streamJsonArray(chunksOf('[{"a":1},{"a":},{"a":3}]', 1 << 20))) {
        seen.push(element);
      }
    })();

    await expect(reading).rejects.toMatchObject({ name: 'JsonArrayFormatError', position: 1 });
    expect(seen).toEqual([{ position: 0, value: { a: 1 } }]);
  });
});

describe('streamJsonArray on generated arrays', () => {
  // A small deterministic generator, so a failure can be replayed.
  function random(seed: number) {
    let state = seed >>> 0;
    return () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }
  const PIECES = ['"', '\\', '\\\\', '\\"', '[', ']', '{', '}', ',', ' ', 'é', '🌸', 'x', '\n'];
  const KEYS = ['__proto__', 'constructor', 'toString', '', 'ü'];
  const NUMBERS = ['0', '-0', '1e-7', '-12.5', '9007199254740993', '1.5E+300', '0.1e2', '2e-400'];

  // Builds JSON text rather than values, so keys like "__proto__" stay plain keys, as in a file.
  function valueText(next: () => number, depth: number): string {
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const kind = Math.floor(next() * (depth > 2 ? 4 : 6));
    if (kind === 0) return JSON.stringify(Math.round(next() * 1e6) / 100);
    if (kind === 1) return String(pick(NUMBERS));
    if (kind === 2) {
      return JSON.stringify(
        Array.from({ length: Math.floor(next() * 12) }, () => pick(PIECES)).join(''),
      );
    }
    if (kind === 3) return pick(['null', 'true', 'false']);
    const length = Math.floor(next() * 4);
    if (kind === 4) {
      return `[${Array.from({ length }, () => valueText(next, depth + 1)).join(',')}]`;
    }
    const members = Array.from({ length }, (_, i) => {
      const key = next() < 0.25 ? pick(KEYS) : `k${i}${pick(PIECES)}`;
      return `${JSON.stringify(key)}:${valueText(next, depth + 1)}`;
    });
    return `{${members.join(',')}}`;
  }

  it('finds exactly the elements JSON.parse finds, at any chunk size', async () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      const length = 1 + Math.floor(next() * 6);
      const space = seed % 2 === 0 ? '\n  ' : '';
      const members = Array.from({ length }, () => valueText(next, 0));
      const text = `[${space}${members.join(`,${space}`)}${space ? '\n' : ''}]`;
      const chunk = 1 + Math.floor(next() * 16);

      const expected = JSON.parse(text) as unknown[];
      expect({ seed, values: await values(text, chunk) }).toEqual({ seed, values: expected });
    }
  });
});

describe('readJsonArray', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-reader-'));
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
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

  it('reads no further ahead than the caller has taken', async () => {
    const file = path.join(dir, 'large.json');
    const record = JSON.stringify({ text: 'x'.repeat(1000) });
    fs.writeFileSync(file, `[${Array.from({ length: 8000 }, () => record).join(',\n')}]`);
    const progress = { bytesRead: 0, bytesTotal: 0 };

    const elements = readJsonArray(file, progress);
    await elements.next();
    const afterFirst = progress.bytesRead;
    await elements.return(undefined);

    expect(progress.bytesTotal).toBeGreaterThan(8_000_000);
    expect(afterFirst).toBeLessThanOrEqual(2 << 20);
  });

  it('throws a format error at the element where the file breaks', async () => {
    const file = path.join(dir, 'cut.json');
    fs.writeFileSync(file, '[{"a":1},{"a":2}');
    const reading = (async () => {
      for await (const element of readJsonArray(file)) void element;
    })();

    await expect(reading).rejects.toEqual(
      new JsonArrayFormatError(2, 'unexpected end of file: the array is not closed'),
    );
  });
});

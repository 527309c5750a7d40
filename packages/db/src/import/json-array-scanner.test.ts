import { JsonArrayScanner, JsonArrayShapeError } from './json-array-scanner';

function scan(text: string, chunkSize: number): unknown[] {
  const bytes = Buffer.from(text, 'utf8');
  const scanner = new JsonArrayScanner();
  const values: unknown[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    for (const element of scanner.push(bytes.subarray(offset, offset + chunkSize))) {
      values.push(JSON.parse(element.text));
    }
  }
  scanner.end();
  return values;
}

const CHUNK_SIZES = [1, 2, 3, 7, 1 << 20];

describe('JsonArrayScanner', () => {
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
  ];

  it.each(valid)('splits %j into its elements at every chunk size', (text, expected) => {
    for (const size of CHUNK_SIZES) expect(scan(text, size)).toEqual(expected);
  });

  it('numbers elements from 0', () => {
    const scanner = new JsonArrayScanner();
    const found = scanner.push(Buffer.from('[{"a":1},{"a":2},{"a":3}]'));
    expect(found.map((element) => element.position)).toEqual([0, 1, 2]);
  });

  const malformed: [string, string, number][] = [
    ['{"a":1}', 'the file must hold one JSON array', 0],
    ['[{"a":1}', 'unexpected end of file: the array is not closed', 1],
    ['[{"a":1} {"a":2}]', 'expected "," or "]" after an element', 1],
    ['[{"a":1},]', 'expected a value', 1],
    ['[,{"a":1}]', 'expected a value', 0],
    ['[{"a":1}] []', 'unexpected content after the end of the array', 1],
    ['', 'unexpected end of file: the array is not closed', 0],
  ];

  it.each(malformed)('rejects %j: %s', (text, message, position) => {
    for (const size of CHUNK_SIZES) {
      let error: unknown;
      try {
        scan(text, size);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(JsonArrayShapeError);
      expect((error as JsonArrayShapeError).message).toBe(message);
      expect((error as JsonArrayShapeError).position).toBe(position);
    }
  });

  it('hands a malformed element to the parser instead of guessing', () => {
    const scanner = new JsonArrayScanner();
    const found = scanner.push(Buffer.from('[{"a":},{"b":2}]'));
    expect(found.map((element) => element.text)).toEqual(['{"a":}', '{"b":2}']);
  });
});

describe('JsonArrayScanner on generated arrays', () => {
  // A small deterministic generator, so a failure can be replayed.
  function random(seed: number) {
    let state = seed >>> 0;
    return () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }
  const PIECES = ['"', '\\', '\\\\', '\\"', '[', ']', '{', '}', ',', ' ', 'é', '🌸', 'x', '\n'];

  function value(next: () => number, depth: number): unknown {
    const kind = Math.floor(next() * (depth > 2 ? 3 : 5));
    if (kind === 0) return Math.round(next() * 1e6) / 100;
    if (kind === 1) {
      const length = Math.floor(next() * 12);
      return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
    }
    if (kind === 2) return next() < 0.5 ? null : next() < 0.5;
    if (kind === 3)
      return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
    const entries = Array.from({ length: Math.floor(next() * 4) }, (_, i) => [
      `k${i}${PIECES[Math.floor(next() * PIECES.length)]}`,
      value(next, depth + 1),
    ]);
    return Object.fromEntries(entries);
  }

  it('finds exactly the elements JSON.parse finds, at any chunk size', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const next = random(seed);
      const array = Array.from({ length: 1 + Math.floor(next() * 6) }, () => value(next, 0));
      const text = JSON.stringify(array, null, seed % 2 === 0 ? 2 : undefined);
      const chunk = 1 + Math.floor(next() * 16);
      expect({ seed, values: scan(text, chunk) }).toEqual({ seed, values: array });
    }
  });
});

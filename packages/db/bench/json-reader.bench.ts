/**
 * Compares ways of streaming the elements of a large top-level JSON array out of a file: the
 * importer's reader and the library options it was chosen from. Each option runs in its own
 * child process, so its peak RSS is its own; every option is consumed the same way (one async
 * generator, one element at a time), as the importer consumes it.
 *
 *   npx tsx bench/json-reader.bench.ts [file …] [--only part,part] [--rounds 3]
 *
 * Without files it reads ../../data/interactions.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { JSONParser } from '@streamparser/json';
import { parser as streamJsonParser } from 'stream-json';
import type { ParserOptions } from 'stream-json/Parser';
import { streamArray } from 'stream-json/streamers/StreamArray';

import { readJsonArray } from '../src/import/json-array-reader';

type Variant = (file: string) => AsyncIterable<unknown>;

const CHUNK = 1 << 20;
// V8 strings stop near 512 MiB, so whole-file JSON.parse is only a reference for smaller files.
const WHOLE_FILE_LIMIT = 400e6;

async function* viaStreamParser(file: string, stringBufferSize?: number) {
  const parser = new JSONParser({ paths: ['$.*'], keepStack: false, stringBufferSize });
  let batch: unknown[] = [];
  parser.onValue = ({ value }) => {
    batch.push(value);
  };
  for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK })) {
    parser.write(chunk as Buffer);
    const done = batch;
    batch = [];
    yield* done;
  }
  // The parser ends itself at the array's closing bracket; end() would then throw.
  if (!parser.isEnded) parser.end();
}

async function* viaStreamJson(file: string, options: ParserOptions) {
  const source = fs.createReadStream(file, { highWaterMark: CHUNK });
  const elements = source.pipe(streamJsonParser(options)).pipe(streamArray());
  for await (const { value } of elements as AsyncIterable<{ value: unknown }>) yield value;
}

const VARIANTS: Record<string, Variant> = {
  'importer readJsonArray (@streamparser/json + checks)': async function* (file) {
    for await (const element of readJsonArray(file, { bytesRead: 0, bytesTotal: 0 })) {
      yield element.value;
    }
  },
  '@streamparser/json JSONParser $.* keepStack:false': (file) => viaStreamParser(file),
  '@streamparser/json same, stringBufferSize 64 KiB': (file) => viaStreamParser(file, 64 << 10),
  'stream-json StreamArray, default Parser': (file) => viaStreamJson(file, {}),
  'stream-json StreamArray, packValues, streamValues:false': (file) =>
    viaStreamJson(file, { packValues: true, streamValues: false }),
  'stream-json same + jsonStreaming': (file) =>
    viaStreamJson(file, { packValues: true, streamValues: false, jsonStreaming: true }),
  'reference: JSON.parse of the whole file': async function* (file) {
    if (fs.statSync(file).size > WHOLE_FILE_LIMIT) throw new Error('too large for one string');
    yield* JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];
  },
};

interface Measurement {
  elements: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

async function measure(name: string, file: string): Promise<Measurement> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let elements = 0;
  for await (const value of VARIANTS[name]!(file)) if (value !== undefined) elements += 1;
  const seconds = (performance.now() - start) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { elements, seconds, cpuSeconds: (user + system) / 1e6, peakRssMb };
}

function firstErrorLine(stderr: string): string {
  return stderr.split('\n').find((line) => /^\w*Error: /.test(line)) ?? 'failed';
}

function runChild(name: string, file: string): Measurement | string {
  const args = [...process.execArgv, __filename, '--child', name, file];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) return firstErrorLine(child.stderr).slice(0, 60);
  return JSON.parse(child.stdout) as Measurement;
}

/** The fastest of `rounds` runs (the machine may be busy), with the highest peak RSS seen. */
function bestOf(rounds: number, name: string, file: string): Measurement | string {
  let best: Measurement | undefined;
  let peakRssMb = 0;
  for (let round = 0; round < rounds; round += 1) {
    const result = runChild(name, file);
    if (typeof result === 'string') return result;
    peakRssMb = Math.max(peakRssMb, result.peakRssMb);
    if (!best || result.seconds < best.seconds) best = result;
  }
  return { ...best!, peakRssMb };
}

function option(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const only = option(args, '--only')?.split(',');
  const rounds = Number(option(args, '--rounds') ?? 3);
  const files = args.length > 0 ? args : [path.join(__dirname, '../../../data/interactions.json')];
  const names = Object.keys(VARIANTS).filter((name) => !only || only.some((o) => name.includes(o)));

  for (const file of files) {
    const megabytes = fs.statSync(file).size / 1e6;
    console.log(`\n${file}: ${megabytes.toFixed(1)} MB, best of ${rounds}`);
    const headings = [
      ['elements', 9],
      ['wall s', 8],
      ['MB/s', 7],
      ['CPU s', 7],
      ['peak RSS', 10],
    ];
    const header = headings.map(([text, width]) => String(text).padStart(Number(width)));
    console.log(`${'option'.padEnd(56)}${header.join('')}`);
    for (const name of names) {
      const result = bestOf(rounds, name, file);
      if (typeof result === 'string') {
        console.log(`${name.padEnd(56)} ${result}`);
        continue;
      }
      const cells = [
        String(result.elements).padStart(9),
        result.seconds.toFixed(2).padStart(8),
        (megabytes / result.seconds).toFixed(1).padStart(7),
        result.cpuSeconds.toFixed(2).padStart(7),
        `${result.peakRssMb.toFixed(0)} MB`.padStart(10),
      ];
      console.log(`${name.padEnd(56)}${cells.join('')}`);
    }
  }
}

if (process.argv[2] === '--child') {
  void measure(process.argv[3]!, process.argv[4]!).then((result) => {
    process.stdout.write(JSON.stringify(result));
  });
} else {
  main();
}

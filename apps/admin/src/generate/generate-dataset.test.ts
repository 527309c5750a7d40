import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DATASET_FILES, MANIFEST_FILE, generateDataset } from './generate-dataset';
import { GenerateOptionsSchema, type GenerateOptionsInput } from './generate-options';
import { COMMITTED_DATA_DIR, sha256OfFile } from './testing/read-dataset';

const SMALL = { clinicians: '20', users: '50', interactions: '500' };

describe('generateDataset', () => {
  const dirs: string[] = [];
  const run = async (input: GenerateOptionsInput) => {
    const out = mkdtempSync(path.join(tmpdir(), 'lunajoy-generate-'));
    dirs.push(out);
    const manifest = await generateDataset(GenerateOptionsSchema.parse({ ...input, out }));
    return { out, manifest };
  };
  const bytesOf = (dir: string) =>
    [...DATASET_FILES, MANIFEST_FILE].map((f) => readFileSync(path.join(dir, f)));

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('regenerates the committed data set byte for byte from the default options', async () => {
    const { out, manifest } = await run({});

    for (const file of [...DATASET_FILES, MANIFEST_FILE]) {
      expect(sha256OfFile(path.join(out, file))).toBe(
        sha256OfFile(path.join(COMMITTED_DATA_DIR, file)),
      );
    }
    for (const file of DATASET_FILES) {
      expect(manifest.files[file]?.sha256).toBe(sha256OfFile(path.join(out, file)));
    }
    expect(manifest.seed).toBe(20261101);
    expect(manifest.reference_time).toBe('2026-11-01T00:00:00.000Z');
  });

  it('gives identical bytes when a small run is repeated with the same seed', async () => {
    const first = await run(SMALL);
    const second = await run(SMALL);

    expect(bytesOf(second.out)).toEqual(bytesOf(first.out));
    expect(first.manifest.counts.interactions).toBe(500);
  });

  it('gives different data for a different seed', async () => {
    const first = await run(SMALL);
    const other = await run({ ...SMALL, seed: '7' });

    expect(other.manifest.files['clinicians.json']?.sha256).not.toBe(
      first.manifest.files['clinicians.json']?.sha256,
    );
  });

  it('keeps the clinicians unchanged when only the number of interactions changes', async () => {
    const first = await run(SMALL);
    const more = await run({ ...SMALL, interactions: '900' });

    expect(more.manifest.files['clinicians.json']).toEqual(first.manifest.files['clinicians.json']);
    expect(more.manifest.counts.interactions).toBe(900);
  });

  it('writes valid empty arrays when there is nothing to simulate', async () => {
    const { out } = await run({ clinicians: '3', users: '0', interactions: '0' });

    expect(readFileSync(path.join(out, 'users.json'), 'utf8')).toBe('[]\n');
    expect(readFileSync(path.join(out, 'interactions.json'), 'utf8')).toBe('[]\n');
  });
});

describe('GenerateOptionsSchema', () => {
  it('rejects interactions without users, naming the problem', () => {
    const result = GenerateOptionsSchema.safeParse({ users: '0', interactions: '10' });

    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('interactions need at least one user');
  });

  it('rejects a reference time that is not an ISO date-time', () => {
    expect(GenerateOptionsSchema.safeParse({ referenceTime: 'yesterday' }).success).toBe(false);
    expect(GenerateOptionsSchema.safeParse({ referenceTime: '11/01/2026' }).success).toBe(false);
  });

  it('rejects counts that are not whole numbers', () => {
    expect(GenerateOptionsSchema.safeParse({ users: 'many' }).success).toBe(false);
    expect(GenerateOptionsSchema.safeParse({ clinicians: '2.5' }).success).toBe(false);
    expect(GenerateOptionsSchema.safeParse({ interactions: '-1' }).success).toBe(false);
  });
});

import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { rename } from 'node:fs/promises';

/** What was written: how many records, how many bytes, and the file's sha256 (hex). */
export interface WrittenFile {
  records: number;
  bytes: number;
  sha256: string;
}

/** Bytes gathered before handing a chunk to the stream: few writes, little memory. */
const CHUNK_BYTES = 256 * 1024;

/**
 * Streams records into a JSON array file, one compact record per line:
 * `[\n{…},\n{…}\n]\n` (an empty array is `[]\n`). That layout stays valid JSON, diffs one
 * record per line and can be read back record by record. Nothing larger than a chunk is ever
 * held as one string, and writing waits whenever the stream asks it to (backpressure).
 * The file is written beside its final path and moved there by `close`, so an interrupted run
 * never leaves a truncated file under the real name.
 */
export class JsonArrayWriter {
  private readonly stream: WriteStream;
  private readonly hash: Hash = createHash('sha256');
  private readonly partialPath: string;
  private buffer = '';
  private records = 0;
  private bytes = 0;
  private failure: Error | null = null;

  constructor(private readonly path: string) {
    this.partialPath = `${path}.partial`;
    this.stream = createWriteStream(this.partialPath);
    this.stream.on('error', (error) => {
      this.failure = error;
    });
  }

  /** Appends one record; resolves once the stream can take more. */
  async write(record: unknown): Promise<void> {
    this.buffer += (this.records === 0 ? '[\n' : ',\n') + JSON.stringify(record);
    this.records += 1;
    if (this.buffer.length >= CHUNK_BYTES) await this.flush();
  }

  /** Ends the array, closes the file, moves it into place and reports what was written. */
  async close(): Promise<WrittenFile> {
    this.buffer += this.records === 0 ? '[]\n' : '\n]\n';
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    this.throwIfFailed();
    await rename(this.partialPath, this.path);
    return { records: this.records, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  private async flush(): Promise<void> {
    this.throwIfFailed();
    if (this.buffer.length === 0) return;
    const chunk = Buffer.from(this.buffer, 'utf8');
    this.buffer = '';
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw new Error(`cannot write ${this.path}: ${this.failure.message}`);
  }
}

import { once } from 'node:events';
import { finished } from 'node:stream/promises';

import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** How a value is written for a column of this type. */
export type CopyColumnType = 'text' | 'number' | 'bool' | 'text[]' | 'float8[]' | 'jsonb';

/** A column of a COPY target. */
export interface CopyColumn {
  name: string;
  type: CopyColumnType;
}

// Rows are batched into chunks of about this many characters before reaching the socket.
const CHUNK_CHARS = 256 * 1024;

/**
 * Streams rows into a table with `COPY … FROM STDIN (FORMAT csv)` on the caller's connection
 * (and so inside its transaction): no bind parameters, so no 65,535-parameter limit, and the
 * fastest bulk path PostgreSQL has. Rows are written as they come, honouring back-pressure.
 */
export class CopyWriter {
  private readonly stream;
  private buffer = '';
  private count = 0;

  constructor(
    client: ClientBase,
    table: string,
    private readonly columns: readonly CopyColumn[],
  ) {
    const names = columns.map((column) => `"${column.name}"`).join(', ');
    this.stream = client.query(copyFrom(`COPY ${table} (${names}) FROM STDIN WITH (FORMAT csv)`));
  }

  /** Queues one row (values in column order); resolves once the socket can take more. */
  async write(values: readonly unknown[]): Promise<void> {
    let line = '';
    for (let index = 0; index < this.columns.length; index += 1) {
      if (index > 0) line += ',';
      line += encodeCsv(values[index], this.columns[index]!.type);
    }
    this.buffer += `${line}\n`;
    this.count += 1;
    if (this.buffer.length >= CHUNK_CHARS) await this.flush();
  }

  /** Ends the COPY; resolves with the number of rows written. */
  async end(): Promise<number> {
    if (this.buffer.length > 0) this.stream.write(this.buffer);
    this.buffer = '';
    this.stream.end();
    await finished(this.stream);
    return this.count;
  }

  private async flush(): Promise<void> {
    const ready = this.stream.write(this.buffer);
    this.buffer = '';
    if (!ready) await once(this.stream, 'drain');
  }
}

/** One CSV field: unquoted empty is NULL, everything else is quoted text. */
export function encodeCsv(value: unknown, type: CopyColumnType): string {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'number':
      return String(value);
    case 'bool':
      return value ? 't' : 'f';
    case 'text':
      return quoteCsv(value instanceof Date ? value.toISOString() : String(value));
    case 'text[]':
    case 'float8[]':
      return quoteCsv(arrayLiteral(value as readonly unknown[]));
    case 'jsonb':
      return quoteCsv(JSON.stringify(value));
  }
}

function quoteCsv(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function arrayLiteral(items: readonly unknown[]): string {
  const elements = items.map((item) =>
    typeof item === 'number' ? String(item) : `"${String(item).replace(/[\\"]/g, '\\$&')}"`,
  );
  return `{${elements.join(',')}}`;
}

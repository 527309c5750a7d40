/** One element's text found by the scanner: its 0-based position and its UTF-8 bytes. */
export interface ScannedElement {
  position: number;
  text: string;
}

/** The input is not a well-formed top-level JSON array. */
export class JsonArrayShapeError extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
    this.name = 'JsonArrayShapeError';
  }
}

const enum Phase {
  Start,
  FirstValue,
  Value,
  Element,
  After,
  Done,
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/** Whether the bytes just before `end` (not before `floor`) are an odd run of backslashes. */
function endsWithOddBackslashes(buffer: Buffer, end: number, floor: number): boolean {
  let count = 0;
  for (let index = end - 1; index >= floor && buffer[index] === BACKSLASH; index -= 1) count += 1;
  return count % 2 === 1;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * Splits a byte stream holding one top-level JSON array into the text of its elements, chunk by
 * chunk, so each element can go to `JSON.parse` on its own. Only the structure between elements
 * is checked here (brackets, commas, strings); the elements' own JSON is checked by the parser.
 * Memory is one element plus one chunk, however long the array.
 */
export class JsonArrayScanner {
  private phase = Phase.Start;
  private carry: Buffer = Buffer.alloc(0);
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;
  private position = 0;
  /** bytes of earlier chunks, to find a byte-order mark split across chunks */
  private consumed = 0;

  /** Feeds the next chunk; returns the elements it completed. */
  push(chunk: Buffer): ScannedElement[] {
    let buffer = chunk;
    let index = 0;
    let start = -1;
    if (this.phase === Phase.Element) {
      buffer = Buffer.concat([this.carry, chunk]);
      index = this.carry.length;
      start = 0;
    }
    this.carry = Buffer.alloc(0);

    const found: ScannedElement[] = [];
    for (; index < buffer.length; index += 1) {
      if (this.inString) {
        // Most of a record is string content: jump from quote to quote instead of byte by byte.
        const quote = this.closingQuote(buffer, index);
        if (quote === -1) {
          index = buffer.length;
          break;
        }
        index = quote;
      }
      const byte = buffer[index]!;
      if (this.phase === Phase.Element) {
        const end = this.scanElementByte(byte);
        if (end === 'continue') continue;
        // 'before' ends a scalar at a delimiter that belongs to the array, not the element.
        const stop = end === 'after' ? index + 1 : index;
        found.push({ position: this.position, text: buffer.toString('utf8', start, stop) });
        this.position += 1;
        this.phase = Phase.After;
        start = -1;
        if (end === 'after') continue;
      }
      if (isSpace(byte)) continue;
      // A UTF-8 byte-order mark is not JSON, but editors write it.
      if (this.phase === Phase.Start && this.isByteOrderMark(byte, this.consumed + index)) continue;
      start = this.structureByte(byte, index, start);
    }

    this.consumed += chunk.length;
    if (this.phase === Phase.Element) this.carry = buffer.subarray(start);
    return found;
  }

  /** Declares the input complete; throws unless the array was closed. */
  end(): void {
    if (this.phase !== Phase.Done) {
      throw new JsonArrayShapeError(
        this.position,
        'unexpected end of file: the array is not closed',
      );
    }
  }

  private structureByte(byte: number, index: number, start: number): number {
    switch (this.phase) {
      case Phase.Start:
        if (byte !== OPEN_BRACKET) throw this.shapeError('the file must hold one JSON array');
        this.phase = Phase.FirstValue;
        return start;
      case Phase.FirstValue:
      case Phase.Value:
        if (byte === CLOSE_BRACKET && this.phase === Phase.FirstValue) {
          this.phase = Phase.Done;
          return start;
        }
        if (byte === COMMA || byte === CLOSE_BRACKET) throw this.shapeError('expected a value');
        this.beginElement(byte);
        return index;
      case Phase.After:
        if (byte === COMMA) this.phase = Phase.Value;
        else if (byte === CLOSE_BRACKET) this.phase = Phase.Done;
        else throw this.shapeError('expected "," or "]" after an element');
        return start;
      case Phase.Done:
        throw this.shapeError('unexpected content after the end of the array');
      default:
        return start;
    }
  }

  private beginElement(byte: number): void {
    this.phase = Phase.Element;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.scalar = false;
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) this.depth = 1;
    else if (byte === QUOTE) this.inString = true;
    else this.scalar = true;
  }

  /**
   * The index of the quote that closes the current string, at or after `from`, or -1 when the
   * string goes on past this buffer. A quote preceded by an odd run of backslashes is escaped;
   * `escaped` carries a trailing backslash over to the next buffer.
   */
  private closingQuote(buffer: Buffer, from: number): number {
    let index = from;
    if (this.escaped) {
      this.escaped = false;
      index += 1;
    }
    for (;;) {
      const quote = buffer.indexOf(QUOTE, index);
      if (quote === -1) {
        this.escaped = endsWithOddBackslashes(buffer, buffer.length, index);
        return -1;
      }
      if (!endsWithOddBackslashes(buffer, quote, index)) return quote;
      index = quote + 1;
    }
  }

  /** Advances inside an element; says whether it ended with this byte or just before it. */
  private scanElementByte(byte: number): 'continue' | 'after' | 'before' {
    if (this.inString) {
      // Only ever called on the closing quote (see `closingQuote`).
      this.inString = false;
      return this.depth === 0 ? 'after' : 'continue';
    }
    if (this.scalar) {
      return byte === COMMA || byte === CLOSE_BRACKET || isSpace(byte) ? 'before' : 'continue';
    }
    if (byte === QUOTE) this.inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) this.depth += 1;
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      this.depth -= 1;
      if (this.depth === 0) return 'after';
    }
    return 'continue';
  }

  private isByteOrderMark(byte: number, offset: number): boolean {
    return offset < 3 && byte === BYTE_ORDER_MARK[offset];
  }

  private shapeError(message: string): JsonArrayShapeError {
    return new JsonArrayShapeError(this.position, message);
  }
}

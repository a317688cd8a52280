// Line splitting for Singer input. Newlines are found in the raw bytes and each line is handed over as a
// byte range, so no line string keeps a whole input chunk alive (sliced strings would, and the garbage
// collector pays for it) and a reader that wants bytes (the target's fast path) never decodes at all.
import type { Readable } from 'node:stream';
import { invalidUtf8Count } from './utf8.js';

export interface Line {
  text: string;
  /** 1-based line number in the input. */
  number: number;
  /** invalid UTF-8 sequences the text holds as U+FFFD (kit/singer/utf8.ts) */
  invalidUtf8: number;
}

/** One line as a byte range; the object is reused for the next line (copy what you keep). */
export interface LineRange {
  buf: Buffer;
  start: number;
  end: number;
  /** 1-based line number in the input. */
  number: number;
}

/** Splits chunks into lines (LF or CRLF); blank lines are skipped but still counted. */
export class LineSplitter {
  private carry: Buffer | undefined;
  /** pieces of a line longer than one chunk, joined once when its newline comes (joining at every chunk was quadratic) */
  private pieces: Buffer[] = [];
  private number = 0;
  private readonly range: LineRange = { buf: Buffer.alloc(0), start: 0, end: 0, number: 0 };

  /** The complete lines of this chunk (a partial last line waits for the next chunk). */
  *push(piece: Buffer | string): Generator<LineRange> {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    let start = 0;
    if (this.carry) {
      // only the line that straddles the boundary is joined (joining the whole chunk copied every byte twice)
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        // the chunk may be a buffer its reader reuses: a copy is kept
        this.pieces.push(Buffer.from(chunk));
        return;
      }
      const head = Buffer.concat([this.carry, ...this.pieces, chunk.subarray(0, nl + 1)]);
      this.carry = undefined;
      this.pieces = [];
      yield* this.lines(head, 0);
      start = nl + 1;
    }
    yield* this.lines(chunk, start);
  }

  private *lines(buf: Buffer, start: number): Generator<LineRange> {
    const r = this.range;
    let nl = buf.indexOf(10, start);
    while (nl !== -1) {
      this.number++;
      let end = nl;
      if (end > start && buf[end - 1] === 13) end--;
      if (end > start) {
        r.buf = buf;
        r.start = start;
        r.end = end;
        r.number = this.number;
        yield r;
      }
      start = nl + 1;
      nl = buf.indexOf(10, start);
    }
    if (start < buf.length) this.carry = Buffer.from(buf.subarray(start));
  }

  /** The last line when the input does not end with a newline. */
  *end(): Generator<LineRange> {
    const carry = this.carry && this.pieces.length ? Buffer.concat([this.carry, ...this.pieces]) : this.carry;
    this.carry = undefined;
    this.pieces = [];
    if (!carry || carry.length === 0) return;
    this.number++;
    let end = carry.length;
    if (carry[end - 1] === 13) end--;
    if (end > 0) yield Object.assign(this.range, { buf: carry, start: 0, end, number: this.number });
  }
}

/** Yield the lines of a byte stream as strings, pulling input only as lines are consumed (backpressure). */
export async function* readLines(input: Readable | AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  const splitter = new LineSplitter();
  const line = (l: LineRange): Line => {
    const text = l.buf.toString('utf8', l.start, l.end);
    return { text, number: l.number, invalidUtf8: invalidUtf8Count(l.buf, l.start, l.end, text) };
  };
  for await (const piece of input as AsyncIterable<Buffer | string>) {
    for (const l of splitter.push(piece)) yield line(l);
  }
  for (const l of splitter.end()) yield line(l);
}

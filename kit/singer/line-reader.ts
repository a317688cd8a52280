// Pull-based line reader: the producer is only read when the consumer asks for the next line (backpressure).
// Newlines are found in the raw bytes and each line is decoded on its own, so no line string keeps a whole
// input chunk alive (sliced strings would, and the garbage collector pays for it).
import type { Readable } from 'node:stream';

export interface Line {
  text: string;
  /** 1-based line number in the input. */
  number: number;
}

/** Yield the lines of a byte stream; blank lines are skipped but still counted. */
export async function* readLines(input: Readable | AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  let carry: Buffer | undefined;
  let number = 0;
  for await (const piece of input as AsyncIterable<Buffer | string>) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    let nl = buf.indexOf(10, start);
    while (nl !== -1) {
      number++;
      let end = nl;
      if (end > start && buf[end - 1] === 13) end--;
      if (end > start) yield { text: buf.toString('utf8', start, end), number };
      start = nl + 1;
      nl = buf.indexOf(10, start);
    }
    carry = start < buf.length ? Buffer.from(buf.subarray(start)) : undefined;
  }
  if (carry && carry.length > 0) {
    number++;
    let end = carry.length;
    if (carry[end - 1] === 13) end--;
    if (end > 0) yield { text: carry.toString('utf8', 0, end), number };
  }
}

// Pull-based line reader: the producer is only read when the consumer asks for the next line (backpressure).
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export interface Line {
  text: string;
  /** 1-based line number in the input. */
  number: number;
}

/** Yield the lines of a byte stream; blank lines are skipped but still counted. */
export async function* readLines(input: Readable | AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let number = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const text = carry + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl !== -1) {
      number++;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      if (end > start) yield { text: text.slice(start, end), number };
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    carry = text.slice(start);
  }
  carry += decoder.end();
  if (carry.length > 0) {
    number++;
    const text = carry.endsWith('\r') ? carry.slice(0, -1) : carry;
    if (text.length > 0) yield { text, number };
  }
}

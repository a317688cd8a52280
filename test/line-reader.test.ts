// The line splitter both the target loop and readLines use: every way of cutting the input into chunks must
// give the same lines and line numbers (a line straddling a chunk boundary, CRLF cut between \r and \n, a
// multi-byte character cut in half, a line longer than several chunks, blank lines, no final newline).
import t from 'tap';
import { LineSplitter, readLines } from '../kit/singer/line-reader.js';

const text = 'first\r\n{"a":"ā — ü"}\n\n\r\nlong:' + 'x'.repeat(40) + '\n\ttabbed\r\nlast, no newline ✓';
const input = Buffer.from(text);

/** The lines a naive split gives: [number, text] for every non-blank line, CR before LF dropped. */
const expected = text
  .split('\n')
  .map((l, i) => [i + 1, l.endsWith('\r') ? l.slice(0, -1) : l] as const)
  .filter(([, l]) => l !== '');

function split(chunks: Buffer[]): Array<readonly [number, string]> {
  const s = new LineSplitter();
  const got: Array<readonly [number, string]> = [];
  for (const c of chunks) for (const l of s.push(c)) got.push([l.number, l.buf.toString('utf8', l.start, l.end)]);
  for (const l of s.end()) got.push([l.number, l.buf.toString('utf8', l.start, l.end)]);
  return got;
}

t.test('every chunk size from 1 byte to the whole input gives the same lines and numbers', async (t) => {
  for (let size = 1; size <= input.length; size++) {
    const chunks: Buffer[] = [];
    for (let i = 0; i < input.length; i += size) chunks.push(input.subarray(i, i + size));
    t.same(split(chunks), expected, `chunks of ${size} bytes`);
  }
});

t.test('every single cut point (two chunks) gives the same lines', async (t) => {
  for (let cut = 0; cut <= input.length; cut++) t.same(split([input.subarray(0, cut), input.subarray(cut)]), expected, `cut at ${cut}`);
});

t.test('readLines yields the same lines as strings', async (t) => {
  async function* pieces() {
    for (let i = 0; i < input.length; i += 7) yield input.subarray(i, i + 7);
  }
  const got: Array<readonly [number, string]> = [];
  for await (const l of readLines(pieces())) got.push([l.number, l.text]);
  t.same(got, expected);
});

t.test('a line longer than many chunks (one 256 KB buffer reused by its reader) is whole and exact', async (t) => {
  const sp = new LineSplitter();
  const got: Array<[number, string]> = [];
  const take = (it: Iterable<{ buf: Buffer; start: number; end: number; number: number }>) => {
    for (const r of it) got.push([r.number, r.buf.subarray(r.start, r.end).toString('latin1')]);
  };
  const chunk = Buffer.alloc(256 * 1024);
  const parts = 40;
  let expected = 'first|';
  take(sp.push(Buffer.from('a\nfirst|')));
  for (let i = 0; i < parts; i++) {
    chunk.fill(65 + (i % 26)); // the same buffer, refilled: a reader reusing its buffer must not change the line
    expected += chunk.toString('latin1');
    take(sp.push(chunk));
  }
  take(sp.push(Buffer.from('|last\r\nb\nunfinished')));
  take(sp.push(chunk.subarray(0, 3).fill(90)));
  take(sp.end());
  t.same(
    got.map(([n, s]) => [n, s.length]),
    [
      [1, 1],
      [2, expected.length + 5],
      [3, 1],
      [4, 13],
    ],
  );
  t.equal(got[1]![1], expected + '|last', 'every byte of the long line, in order');
  t.equal(got[3]![1], 'unfinishedZZZ', 'a last line without newline, over two chunks');
});

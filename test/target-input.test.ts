// How the target reads stdin (kit/singer/fd-input.ts): a regular file by readSync into a reused buffer, a
// pipe or socket through a polled socket into one. Every kind of stdin must give the same rows and states,
// whatever sizes the writer's pieces have (lines and multi-byte characters cut anywhere), and a SIGTERM must
// end the run promptly while the writer of a pipe is still quiet.
import t, { type Test } from 'tap';
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FdChunks } from '../kit/singer/fd-input.js';
import { LineSplitter } from '../kit/singer/line-reader.js';
import type { Writable } from 'node:stream';
import { configFile, query, runTarget, scratchDb, singer, started, TARGET, type RunResult } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'medi-input-'));
const ROWS = 3000;

function input(stream: string): string {
  const messages: unknown[] = [
    { type: 'SCHEMA', stream, schema: { properties: { id: { type: 'integer' }, note: { type: 'string' } } }, key_properties: ['id'] },
  ];
  for (let i = 1; i <= ROWS; i++) {
    messages.push({ type: 'RECORD', stream, record: { id: i, note: `Whangārei ✓ ${i} ${'ü'.repeat(i % 50)}` } });
    if (i % 500 === 0) messages.push({ type: 'STATE', value: { position: i } });
  }
  return singer(...messages);
}

t.test('FdChunks hands out a file exactly, in chunks of the size asked, whatever that size', async (t) => {
  const text = input('x').split('\n').slice(0, 60).join('\n'); // ~6 KB, no final newline
  const file = join(dir, 'chunks.singer');
  writeFileSync(file, text);
  for (const size of [1, 7, 4096, 1 << 20]) {
    const fd = openSync(file, 'r');
    const source = new FdChunks(fd, size);
    const parts: Buffer[] = [];
    let largest = 0;
    for (let c = await source.next(); c !== undefined; c = await source.next()) {
      parts.push(Buffer.from(c)); // a chunk is valid until the next call: keep a copy
      largest = Math.max(largest, c.length);
    }
    closeSync(fd);
    t.ok(Buffer.concat(parts).equals(Buffer.from(text)), `chunks of ${size} bytes rebuild the file`);
    t.ok(largest <= size, `no chunk over ${size} bytes`);
    t.equal(await source.next(), undefined, 'stays at its end');
  }
});

t.test('lines split from FdChunks equal a plain split, with multi-byte characters cut by chunk boundaries', async (t) => {
  const text = input('y').split('\n').slice(0, 400).join('\n') + '\n';
  const file = join(dir, 'lines.singer');
  writeFileSync(file, text);
  const fd = openSync(file, 'r');
  const source = new FdChunks(fd, 13);
  const splitter = new LineSplitter();
  const got: string[] = [];
  for (let c = await source.next(); c !== undefined; c = await source.next())
    for (const l of splitter.push(c)) got.push(l.buf.toString('utf8', l.start, l.end));
  for (const l of splitter.end()) got.push(l.buf.toString('utf8', l.start, l.end));
  closeSync(fd);
  t.same(got, text.split('\n').filter(Boolean));
});

t.test('FdChunks.stop ends the input at once', async (t) => {
  const file = join(dir, 'stop.singer');
  writeFileSync(file, input('z'));
  const fd = openSync(file, 'r');
  const source = new FdChunks(fd, 64);
  t.ok(await source.next());
  source.stop();
  t.equal(await source.next(), undefined);
  closeSync(fd);
});

/** The target with a commit every 500 rows: each state is relayed after the commit that follows it, whatever the chunking. */
function run(url: string, stdin: number | ((stdin: Writable) => Promise<void>)): Promise<RunResult> {
  return runTarget({ database_url: url, batch_size_rows: 500 }, '', { stdin });
}

/** Write `data` in pieces of 1 to 4,999 bytes, yielding between them, so reads see every kind of cut. */
async function dribble(write: (b: Buffer) => Promise<unknown>, data: Buffer): Promise<void> {
  let i = 0;
  let k = 0;
  while (i < data.length) {
    const n = 1 + ((k++ * 7919) % 4999);
    await write(data.subarray(i, i + n));
    i += n;
    await new Promise((r) => setImmediate(r));
  }
}

async function loaded(t: Test, url: string, table: string, r: RunResult, kind: string): Promise<void> {
  t.equal(r.code, 0, `${kind}: exit 0 ${r.code ? r.stderr.slice(-500) : ''}`);
  t.same(
    r.states,
    [1, 2, 3, 4, 5, 6].map((k) => ({ position: k * 500 })),
    `${kind}: every state relayed, in order`,
  );
  const [row] = await query<{ n: number; ids: number; chars: number }>(
    url,
    `SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids, sum(length(note))::int AS chars FROM raw.${table}`,
  );
  let chars = 0;
  for (let i = 1; i <= ROWS; i++) chars += [...`Whangārei ✓ ${i} ${'ü'.repeat(i % 50)}`].length;
  t.same(row, { n: ROWS, ids: ROWS, chars }, `${kind}: every row, every character`);
  const bad = await query(url, `SELECT id FROM raw.${table} WHERE note !~ '^Whangārei ✓ [0-9]+ ü*$' LIMIT 3`);
  t.same(bad, [], `${kind}: no character damaged`);
}

t.test('stdin as a regular file, a FIFO (written in odd pieces) and a socket load the same rows and states', async (t) => {
  const url = await scratchDb('stdin_kinds');

  const file = join(dir, 'file.singer');
  writeFileSync(file, input('from_file'));
  const fd = openSync(file, 'r');
  const fromFile = run(url, fd);
  closeSync(fd);
  await loaded(t, url, 'from_file', await fromFile, 'file');

  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  // the read end opened non-blocking (so opening does not wait for a writer): the target must cope with that
  const readEnd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = await open(fifo, 'w');
  const fromFifo = run(url, readEnd);
  closeSync(readEnd);
  await dribble((b) => writer.write(b), Buffer.from(input('from_fifo')));
  await writer.close();
  await loaded(t, url, 'from_fifo', await fromFifo, 'FIFO');

  const fromSocket = run(url, async (stdin) => {
    await dribble((b) => new Promise((r) => (stdin.write(b) ? r(undefined) : stdin.once('drain', r))), Buffer.from(input('from_socket')));
    stdin.end();
  });
  await loaded(t, url, 'from_socket', await fromSocket, 'socket');
});

t.test('SIGTERM while a FIFO writer is quiet: commits, emits the last state, exits 0 promptly, records the run stopped', async (t) => {
  const url = await scratchDb('stdin_fifo_term');
  const fifo = join(dir, 'fifo-term');
  execFileSync('mkfifo', [fifo]);
  // opened read-write: the pipe always has a writer, so the target never sees its end (a tap still running)
  const fd = openSync(fifo, 'r+');
  writeFileSync(
    fd,
    singer(
      { type: 'SCHEMA', stream: 'term', schema: { properties: { id: { type: 'integer' } } }, key_properties: ['id'] },
      { type: 'RECORD', stream: 'term', record: { id: 1 } },
      { type: 'STATE', value: { n: 1 } },
    ),
  );
  const child = spawn(process.execPath, [TARGET, '--config', configFile({ database_url: url })], { stdio: [fd, 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (d: string) => (stdout += d));
  await started(child); // reading input (and taking SIGTERM) from here; a fixed wait lost the race on a busy machine
  const t0 = Date.now();
  child.kill('SIGTERM');
  const code = await new Promise((r) => child.on('close', r));
  closeSync(fd);
  t.equal(code, 0);
  t.ok(Date.now() - t0 < 5000, `exited ${Date.now() - t0} ms after SIGTERM`);
  t.same(
    stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
    [{ n: 1 }],
  );
  t.same(await query(url, 'select id::int from raw.term'), [{ id: 1 }]);
  // it did not read its input to the end: not a success, and the stream's last success is not moved
  t.same(await query(url, 'select status, rows_loaded::int, finished_at is not null as finished from etl.load_runs'), [
    { status: 'stopped', rows_loaded: 1, finished: true },
  ]);
  t.same(await query(url, `select last_success_at from etl.health where stream = 'term'`), []);
  // a run whose input ended before any SIGTERM is still a success
  const rerun = await runTarget(
    { database_url: url },
    singer({ type: 'SCHEMA', stream: 'term', schema: { properties: { id: { type: 'integer' } } }, key_properties: ['id'] }),
  );
  t.equal(rerun.code, 0, rerun.stderr);
  t.same(await query(url, `select status from etl.load_runs order by started_at`), [{ status: 'stopped' }, { status: 'succeeded' }]);
});

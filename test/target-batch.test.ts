// The BATCH lane end to end: the tap kit writes batch files (pg-copy-binary for row-shaped streams, jsonl+gzip
// otherwise) in a private folder only when batch_config asks, the target loads them and removes them after
// their commit, a SIGKILL between reading a file and its commit leaves nothing a rerun loads twice, and a
// real singer-sdk tap (MeltanoLabs tap-postgres) and a real singer-sdk target read the standard encoding.
import t from 'tap';
import { PassThrough } from 'node:stream';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative as relativePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { defineStream, runTap, UnitDone, type TapDef } from '../kit/singer/tap-kit.js';
import {
  BatchFiles,
  COPY_HEADER,
  COPY_TRAILER,
  CopyRows,
  JSONL,
  PG_COPY_BINARY,
  copyBinaryColumns,
  sweepStale,
} from '../kit/singer/batch.js';
import { Decimal } from '../kit/singer/decimal.js';
import { TupleBuffer, tupleOf } from '../taps/tap-sql/copy-binary.js';
import { decodeTuple } from '../kit/singer/target-kit.js';
import type { Settings } from '../kit/singer/settings.js';
import { ROOT, configFile, query, runTarget, scratchDb, TARGET } from './helpers.js';

const ROWS = 2500;
const settings: Settings = [{ name: 'files', kind: 'integer', default: 2, description: 'source files' }];
const FILE_SCHEMA = {
  type: 'object',
  properties: {
    id: { type: ['string', 'null'] },
    note: { type: ['string', 'null'] },
    visits: { type: ['integer', 'null'], minimum: 0 },
    _source_uri: { type: 'string' },
    _source_version_id: { type: ['string', 'null'] },
    _source_file_hash: { type: 'string' },
    _source_row_number: { type: 'integer', minimum: 1 },
  },
};
const KEYS = Object.keys(FILE_SCHEMA.properties);
const note = (i: number) => `row ${i}\twith tab, "quotes", \\ and ü ${i % 7 === 0 ? '\n' : ''}`;

/** A row-shaped tap of source files (as tap-indici-s3 builds its rows), plus an object stream. */
const visits = defineStream<{ files: number }, null>({
  singer: { stream: 'visits', key_properties: ['id'], bookmark_properties: [], schema: FILE_SCHEMA },
  async *fetch({ config, rows, processed }) {
    const b = rows(KEYS);
    for (let f = 1; f <= config.files; f++) {
      const unit = `file-${f}`;
      if (processed.has(unit)) continue;
      const uri = Buffer.from(JSON.stringify(`s3://bucket/${unit}`));
      for (let r = 1; r <= ROWS; r++) {
        const id = Buffer.from(`${f}-${r}`);
        const text = Buffer.from(note(r));
        b.begin();
        b.string(0, id, 0, id.length);
        if (r % 11 === 0) b.null(1);
        else b.string(1, text, 0, text.length);
        b.integer(2, r % 4);
        b.json(3, uri);
        b.json(4, Buffer.from('"v1"'));
        b.json(5, Buffer.from(`"hash-${f}"`));
        b.integer(6, r);
        b.end();
        if (r % 1000 === 0) yield b.take();
      }
      if (b.size > 0) yield b.take();
      yield new UnitDone(unit);
    }
  },
});
const amounts = defineStream<{ files: number }, null>({
  singer: {
    stream: 'amounts',
    key_properties: ['id'],
    bookmark_properties: [],
    schema: {
      type: 'object',
      properties: { id: { type: 'integer' }, amount: { type: 'number' }, at: { type: 'string', format: 'date-time' } },
    },
  },
  async *fetch() {
    for (let i = 1; i <= 30; i++) yield { id: i, amount: Number(`${i}.25`), at: '2025-03-01T00:00:00Z' };
  },
});
const tap: TapDef<{ files: number }, null> = {
  about: {
    name: 'tap-batchy',
    namespace: 'tap_batchy',
    executable: 'tap-batchy',
    pluginType: 'extractors',
    description: 'batch lane sample',
    version: '0.0.0',
    capabilities: ['catalog', 'state'],
    settings,
  },
  settings,
  streams: [visits, amounts],
  client: () => null,
};

async function runSample(config: Record<string, unknown>, state?: unknown): Promise<{ code: number; out: string; lines: any[] }> {
  const sink = new PassThrough();
  let out = '';
  sink.setEncoding('utf8');
  sink.on('data', (d: string) => (out += d));
  const argv = ['--config', configFile(config), ...(state ? ['--state', configFile(state as Record<string, unknown>)] : [])];
  const code = await runTap(tap, argv, sink);
  return {
    code,
    out,
    lines: out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

const root = mkdtempSync(join(tmpdir(), 'medi-batch-test-'));
// what the crash test leaves on purpose (a file read but never committed) goes with the test
t.teardown(() => rmSync(root, { recursive: true, force: true }));
const binaryConfig = (size = 1200) => ({
  files: 2,
  batch_config: { encoding: { format: PG_COPY_BINARY }, storage: { root: pathToFileURL(root).href, prefix: 'lane-' }, batch_size: size },
});

t.test('the tap kit sends BATCH only when batch_config asks, in a private folder, STATE after its files', async (t) => {
  const plain = await runSample({ files: 1 });
  t.equal(plain.code, 0);
  t.notOk(
    plain.lines.some((m) => m.type === 'BATCH'),
    'no batch_config: RECORD messages only (target-jsonl fails on BATCH)',
  );
  t.equal(plain.lines.filter((m) => m.type === 'RECORD').length, ROWS + 30);

  const run = await runSample(binaryConfig());
  t.equal(run.code, 0);
  t.notOk(
    run.lines.some((m) => m.type === 'RECORD'),
    'no RECORD message on the batch lane',
  );
  const batches = run.lines.filter((m) => m.type === 'BATCH');
  const visitsBatches = batches.filter((m) => m.stream === 'visits');
  t.ok(
    visitsBatches.every((m) => m.encoding.format === PG_COPY_BINARY),
    'a row-shaped stream of strings and integers: pg-copy-binary',
  );
  t.ok(
    batches.filter((m) => m.stream === 'amounts').every((m) => m.encoding.format === JSONL),
    'a stream with a number and a date-time: jsonl',
  );
  t.ok(batches.every((m) => m['x-medi-handover'] === true && typeof m.time_extracted === 'string'));
  const dir = fileURLToPath(visitsBatches[0].manifest[0]).replace(/\/[^/]+$/, '');
  t.equal(statSync(dir).mode & 0o777, 0o700, 'the folder is private (0700)');
  t.equal(statSync(fileURLToPath(visitsBatches[0].manifest[0])).mode & 0o777, 0o600, 'its files too (0600)');
  t.notOk(existsSync(join(dir, '.tap-running')), 'the finished tap dropped its marker');
  // every STATE comes after the BATCH of the records it covers: the first file's state follows its 3 batches
  const firstState = run.lines.findIndex((m) => m.type === 'STATE' && m.value.bookmarks.visits?.processed?.includes('file-1'));
  const beforeIt = run.lines.slice(0, firstState).filter((m) => m.type === 'BATCH' && m.stream === 'visits');
  t.equal(beforeIt.length, 3, 'file-1 (2500 rows, batch_size 1200) went as 3 files (1200, 1200, 100) before its state');
  // the tuples decode back to the records
  const cols = copyBinaryColumns(FILE_SCHEMA)!;
  const raw = readFileSync(fileURLToPath(visitsBatches[0].manifest[0]));
  let p = 19;
  const got: Record<string, unknown>[] = [];
  while (raw.readInt16BE(p) !== -1) {
    let e = p + 2;
    for (let f = 0; f < cols.length; f++) e += 4 + Math.max(raw.readInt32BE(e), 0);
    got.push(decodeTuple(cols, raw, p, e).record);
    p = e;
  }
  t.equal(got.length, 1200);
  t.same(got[10], {
    id: '1-11',
    note: null,
    visits: 3,
    _source_uri: 's3://bucket/file-1',
    _source_version_id: 'v1',
    _source_file_hash: 'hash-1',
    _source_row_number: 11,
  });
  t.same(got[6]!.note, note(7), 'tabs, quotes, backslashes, newlines and UTF-8 as they were');

  const gz = await runSample({
    files: 1,
    batch_config: { encoding: { format: 'jsonl', compression: 'gzip' }, storage: { root: pathToFileURL(root).href } },
  });
  const gzBatch = gz.lines.find((m) => m.type === 'BATCH' && m.stream === 'visits');
  const records = gunzipSync(readFileSync(fileURLToPath(gzBatch.manifest[0])))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  t.same(
    records[6],
    {
      id: '1-7',
      note: note(7),
      visits: 3,
      _source_uri: 's3://bucket/file-1',
      _source_version_id: 'v1',
      _source_file_hash: 'hash-1',
      _source_row_number: 7,
    },
    'jsonl holds bare records',
  );
  t.equal(records.length, ROWS);
});

t.test('CopyRows.strings: a row copied whole gives the tuples of field-by-field calls', async (t) => {
  const schema = {
    type: 'object',
    properties: {
      a: { type: 'string' },
      b: { type: ['string', 'null'] },
      c: { type: 'string' },
      d: { type: 'string' },
      n: { type: 'integer' },
    },
  };
  const keys = ['a', 'b', 'c', 'd', 'n'];
  const cols = copyBinaryColumns(schema)!;
  // fields 4 bytes apart (one copy), then fields that are not (field by field), each beside the same calls one by one
  const src = Buffer.from('xx|~~|héllo|^^||^^|a field longer than twenty-four bytes, copied natively|^^|z|~~|');
  const rows: Array<[number[], number[]]> = [
    [
      [6, 16, 20, 78],
      [12, 16, 74, 79],
    ],
    [
      [0, 16, 20, 78],
      [2, 16, 74, 79],
    ],
  ];
  // 'c' as the replication key: its greatest value is kept either way
  const whole = new CopyRows(keys, new Set(), 'c', cols);
  const single = new CopyRows(keys, new Set(), 'c', cols);
  for (const [s, e] of rows) {
    const starts = Int32Array.from(s);
    const ends = Int32Array.from(e);
    whole.begin();
    whole.strings(src, starts, ends, 4);
    whole.integer(4, 7);
    whole.end();
    single.begin();
    for (let j = 0; j < 4; j++) single.string(j, src, starts[j]!, ends[j]!);
    single.integer(4, 7);
    single.end();
  }
  const a = whole.take();
  const b = single.take();
  t.same([...a.ends], [...b.ends]);
  t.ok(a.bytes.equals(b.bytes), 'the same tuple bytes');
  t.equal(a.replicationValue, 'a field longer than twenty-four bytes, copied natively');
  t.same(decodeTuple(cols, a.bytes, 0, a.ends[0]!).record, {
    a: 'héllo',
    b: '',
    c: 'a field longer than twenty-four bytes, copied natively',
    d: 'z',
    n: 7,
  });
});

t.test('a target that does not read an encoding says so', async (t) => {
  const url = await scratchDb('batch_unknown');
  const r = await runTarget(
    { database_url: url },
    JSON.stringify({ type: 'SCHEMA', stream: 's', schema: { properties: { a: { type: 'string' } } }, key_properties: [] }) +
      '\n' +
      JSON.stringify({ type: 'BATCH', stream: 's', encoding: { format: 'parquet' }, manifest: ['file:///nowhere.parquet'] }) +
      '\n',
  );
  t.not(r.code, 0);
  t.match(r.stderr, /line 2: BATCH encoding "parquet" is not one this target reads \(jsonl, pg-copy-binary\)/);
  const about = await new Promise<string>((resolve) => {
    const c = spawn(process.execPath, [TARGET, '--about', '--format', 'json']);
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.on('close', () => resolve(out));
  });
  t.same(JSON.parse(about).batch_encodings, [JSONL, PG_COPY_BINARY], '--about announces what it reads');
  t.ok(JSON.parse(about).capabilities.includes('batch'));
});

t.test('SIGKILL between reading batch files and their commit: nothing lost, nothing loaded twice, files removed', async (t) => {
  const url = await scratchDb('batch_kill');
  const first = await runSample(binaryConfig());
  const firstFiles = first.lines.filter((m) => m.type === 'BATCH').flatMap((m) => m.manifest.map((u: string) => fileURLToPath(u)));
  const killed = await runTarget({ database_url: url }, first.out, { env: { MEDI_TEST_CRASH_AT: 'after-batch' } });
  t.equal(killed.signal, 'SIGKILL', 'killed once it read the first file, before any commit');
  t.same(killed.states, [], 'no state released');
  t.same(await query(url, 'select count(*)::int n from raw.visits'), [{ n: 0 }], 'nothing committed');
  t.ok(existsSync(firstFiles[0]!), 'the file read but not committed is still there');

  const killedDir = firstFiles[0]!.replace(/\/[^/]+$/, '');
  t.ok(
    readdirSync(killedDir).some((e) => e.startsWith('.target-')),
    'the folder is marked as claimed by the (now dead) target',
  );

  // the rerun: the tap again from the (unchanged) state, with new files
  const again = await runSample(binaryConfig());
  t.notOk(existsSync(killedDir), "the next tap run on the same root swept the killed target's folder, files and all");
  const ok = await runTarget({ database_url: url }, again.out);
  t.equal(ok.code, 0, ok.stderr.slice(-2000));
  t.same(await query(url, 'select count(*)::int n, count(distinct id)::int d from raw.visits'), [{ n: 2 * ROWS, d: 2 * ROWS }]);
  t.same(await query(url, 'select count(*)::int n from raw.amounts'), [{ n: 30 }]);
  const againFiles = again.lines.filter((m) => m.type === 'BATCH').flatMap((m) => m.manifest.map((u: string) => fileURLToPath(u)));
  t.notOk(
    againFiles.some((f) => existsSync(f)),
    'every file of the committed run is removed',
  );
  t.notOk(existsSync(againFiles[0]!.replace(/\/[^/]+$/, '')), 'and its folder');
  // rows, lineage and checks as on the record lane
  const row = await query(
    url,
    `select note, _source_row_number::int r, _sdc_extracted_at is not null extracted, _sdc_load_run_id is not null run from raw.visits where id = '2-7'`,
  );
  t.same(row, [{ note: note(7), r: 7, extracted: true, run: true }]);
  t.same(await query(url, `select amount::text from raw.amounts where id = 3`), [{ amount: '3.25' }], 'jsonl numbers exact');
});

t.test('sweeping left-behind folders: dead claims and day-old unclaimed ones go, live or recent ones stay', async (t) => {
  const sweepRoot = mkdtempSync(join(tmpdir(), 'medi-batch-sweep-'));
  t.teardown(() => rmSync(sweepRoot, { recursive: true, force: true }));
  const folder = (name: string, files: Record<string, string>, ageMs = 0, prefix = 'medi-batch-', mode = 0o700) => {
    const d = join(sweepRoot, `${prefix}${name}`);
    mkdirSync(d);
    chmodSync(d, mode);
    for (const [f, body] of Object.entries(files)) writeFileSync(join(d, f), body);
    const when = new Date(Date.now() - ageMs);
    for (const f of Object.keys(files)) utimesSync(join(d, f), when, when);
    utimesSync(d, when, when);
    return d;
  };
  const dead = 2 ** 22 + 12345; // above pid_max's default: no such process
  const day = 24 * 3600 * 1000;
  // names as mkdtemp makes them: the prefix and six characters
  const deadTap = folder('dtap01', { '.tap-running': String(dead), 'a-1.jsonl': '{}' });
  const liveTap = folder('ltap01', { '.tap-running': String(process.pid), 'a-1.jsonl': '{}' }, 2 * day);
  const deadTarget = folder('dtgt01', { [`.target-${dead}`]: String(dead), 'a-1.jsonl': '{}' });
  const liveTarget = folder('ltgt01', { [`.target-${process.pid}`]: String(process.pid), 'a-1.jsonl': '{}' }, 2 * day);
  const oldUnclaimed = folder('oldun1', { 'a-1.jsonl.gz': 'x' }, day + 60_000);
  const newUnclaimed = folder('newun1', { 'a-1.jsonl.gz': 'x' }, day - 60_000);
  // old folders that are not a tap's: a name mkdtemp did not make, a file BatchFiles did not write, not private
  const longName = folder('notmkdtemp', { 'a-1.jsonl': '{}' }, 2 * day);
  const foreignFile = folder('foreig', { 'a-1.jsonl': '{}', 'notes.txt': 'mine' }, 2 * day);
  const shared = folder('shared', { 'a-1.jsonl': '{}' }, 2 * day, 'medi-batch-', 0o755);
  sweepStale(sweepRoot, 'medi-batch-');
  t.notOk(existsSync(deadTap), 'a killed tap');
  t.notOk(existsSync(deadTarget), "a killed target's claim");
  t.notOk(existsSync(oldUnclaimed), 'unclaimed for over a day (a target that leaves handed-over files)');
  t.ok(existsSync(liveTap), 'a running tap, however old');
  t.ok(existsSync(liveTarget), 'a running target, however old');
  t.ok(existsSync(newUnclaimed), 'unclaimed for less than a day: its target may not have reached it yet');
  t.ok(existsSync(longName) && existsSync(foreignFile) && existsSync(shared), 'folders BatchFiles did not make stay');

  // an empty prefix (singer-sdk's default for its file names): the user's own old folders in the root stay, and the
  // tap's folder is made inside the root, as it is for a prefix of '..'
  const photos = folder('photos', { 'img-1.jpg': 'x' }, 2 * day, '');
  const plain = folder('backup', { 'a-1.jsonl': '{}' }, 2 * day, '', 0o700);
  writeFileSync(join(plain, 'README'), 'mine');
  utimesSync(plain, new Date(Date.now() - 2 * day), new Date(Date.now() - 2 * day));
  for (const prefix of ['', '..']) {
    const files = new BatchFiles({ format: JSONL, compression: 'none', root: sweepRoot, prefix, size: 10 });
    t.equal(dirname(files.dir), sweepRoot, `prefix ${JSON.stringify(prefix)}: the folder is inside the root`);
    files.finish();
  }
  t.ok(existsSync(join(photos, 'img-1.jpg')) && existsSync(join(plain, 'README')), "an empty prefix sweeps none of the user's folders");
});

t.test('a row the checks refuse takes the record lane path: rejected with its reasons', async (t) => {
  const url = await scratchDb('batch_reject');
  const run = await runSample({ ...binaryConfig(), files: 1 });
  // break one tuple: its visits (the 3rd field, an int8) becomes -1 (minimum 0)
  const m = run.lines.find((x) => x.type === 'BATCH' && x.stream === 'visits');
  const path = fileURLToPath(m.manifest[0]);
  const raw = readFileSync(path);
  // walk tuple 1's fields (after the 19-byte header and its field count) to the 3rd one
  let e = 21;
  for (let f = 0; f < 2; f++) e += 4 + Math.max(raw.readInt32BE(e), 0);
  t.equal(raw.readInt32BE(e), 8, 'an int8 field');
  raw.writeBigInt64BE(-1n, e + 4);
  writeFileSync(path, raw);
  const r = await runTarget({ database_url: url, invalid_record_action: 'reject' }, run.out);
  t.equal(r.code, 0, r.stderr.slice(-2000));
  t.same(await query(url, 'select count(*)::int n from raw.visits'), [{ n: ROWS - 1 }]);
  const rej = await query<{ errors: unknown }>(url, 'select errors from raw.visits__rejects');
  t.equal(rej.length, 1);
  t.match(JSON.stringify(rej[0]!.errors), /visits/);
  t.match(JSON.stringify(rej[0]!.errors), `BATCH file ${path} record 1`, 'which record of which file, beside the BATCH line');
});

const venv = join(ROOT, '.meltano/extractors/tap-postgres/venv/bin');
// as test/tap-kit.test.ts: the singer-sdk plugins come from `meltano install` (CI installs them)
const noSdk = existsSync(join(venv, 'tap-postgres')) ? false : 'tap-postgres is not installed (meltano install extractor tap-postgres)';
t.test("a handed-over BATCH file is removed only from a tap kit's private folder, never elsewhere", async (t) => {
  const url = await scratchDb('batch_handover_foreign');
  const made: string[] = [];
  t.teardown(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = (mode: number, extra?: string) => {
    const d = mkdtempSync(join(tmpdir(), 'medi-handover-'));
    made.push(d);
    chmodSync(d, mode);
    writeFileSync(join(d, 'people-1.jsonl'), '{"id":1}\n{"id":2}\n');
    if (extra) writeFileSync(join(d, extra), 'another job');
    return d;
  };
  const open = folder(0o755); // a folder others can read: not a tap's
  const shared = folder(0o700, 'other-job-data.txt'); // private, but holding something else
  const tap = folder(0o700); // what a tap kit makes
  const schema = JSON.stringify({
    type: 'SCHEMA',
    stream: 'people',
    schema: { properties: { id: { type: 'integer' } } },
    key_properties: [],
  });
  const batch = (d: string) =>
    JSON.stringify({
      type: 'BATCH',
      stream: 'people',
      encoding: { format: 'jsonl' },
      manifest: [`file://${d}/people-1.jsonl`],
      'x-medi-handover': true,
    });
  const r = await runTarget(
    { database_url: url },
    [schema, batch(open), batch(shared), batch(tap), '{"type":"STATE","value":{"n":1}}', ''].join('\n'),
  );
  t.equal(r.code, 0, r.stderr.slice(-1500));
  t.same(await query(url, 'select count(*)::int n from raw.people'), [{ n: 6 }], 'every file is read');
  t.ok(existsSync(join(open, 'people-1.jsonl')), 'a file in a folder others can read stays');
  t.ok(
    existsSync(join(shared, 'people-1.jsonl')) && existsSync(join(shared, 'other-job-data.txt')),
    'a folder holding other files stays whole',
  );
  t.match(r.stderr, "is handed over but is not in a tap's private batch folder: read, not removed");
  t.notOk(existsSync(tap), "the tap kit's folder is emptied and removed, as before");
});

t.test('BATCH files the target cannot take fail naming the file; URL forms singer-sdk writes are read', async (t) => {
  const url = await scratchDb('batch_files');
  const dir = mkdtempSync(join(tmpdir(), 'medi-batch-forms-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const schema = (stream: string) =>
    JSON.stringify({
      type: 'SCHEMA',
      stream,
      schema: { properties: { id: { type: 'integer' }, v: { type: 'string' } } },
      key_properties: ['id'],
    });
  const batch = (stream: string, manifest: string[], compression?: string) =>
    JSON.stringify({ type: 'BATCH', stream, encoding: { format: 'jsonl', ...(compression ? { compression } : {}) }, manifest });
  const run = (...lines: string[]) => runTarget({ database_url: url }, [schema('s'), schema('o'), ...lines, ''].join('\n'));

  const missing = await run(batch('s', [`file://${dir}/missing.jsonl.gz`], 'gzip'));
  t.not(missing.code, 0);
  t.match(missing.stderr, `ENOENT: no such file or directory, open '${dir}/missing.jsonl.gz'`, 'a missing gzip file is named');
  t.notMatch(missing.stderr, /Unhandled 'error' event/, 'and fails in order, not as an unhandled stream error');

  writeFileSync(join(dir, 'a.jsonl'), '{"id":1,"v":"a"}\n');
  const zstd = await run(batch('s', [`file://${dir}/a.jsonl`], 'zstd'));
  t.not(zstd.code, 0);
  t.match(zstd.stderr, /BATCH compression "zstd" is not one this target reads \(gzip, none\)/);

  // text after the record would become envelope keys: the row must not land in stream "o"
  writeFileSync(join(dir, 'injected.jsonl'), '{"id":1,"v":"a"}\n{"id":2,"v":"b"},"stream":"o"\n');
  const injected = await run(batch('s', [`file://${dir}/injected.jsonl`]));
  t.not(injected.code, 0);
  t.match(injected.stderr, `BATCH file ${dir}/injected.jsonl line 2: not one JSON object`);
  t.same(await query(url, 'select count(*)::int n from raw.o'), [{ n: 0 }]);

  // a folder singer-sdk made from a root written with %20 (it does not decode), a percent-encoded space (Node's
  // pathToFileURL), a relative file://./ path (singer-sdk's docs), gzip content announced as none
  mkdirSync(join(dir, 'pct%20dir'));
  writeFileSync(join(dir, 'pct%20dir', 'b.jsonl'), '{"id":2,"v":"b"}\n');
  mkdirSync(join(dir, 'with space'));
  writeFileSync(join(dir, 'with space', 'c.jsonl'), '{"id":3,"v":"c"}\n');
  writeFileSync(join(dir, 'd.jsonl.gz'), gzipSync('{"id":4,"v":"d"}\n'));
  const relative = `file://./${relativePath(process.cwd(), join(dir, 'a.jsonl'))}`;
  const forms = await run(
    batch('s', [relative, `file://${dir}/pct%20dir/b.jsonl`, pathToFileURL(join(dir, 'with space', 'c.jsonl')).href]),
    batch('s', [`file://localhost${dir}/d.jsonl.gz`], 'none'),
    '{"type":"STATE","value":{"done":true}}',
  );
  t.equal(forms.code, 0, forms.stderr.slice(-2000));
  t.same(await query(url, 'select id::int, v from raw.s order by id'), [
    { id: 1, v: 'a' },
    { id: 2, v: 'b' },
    { id: 3, v: 'c' },
    { id: 4, v: 'd' },
  ]);
});

t.test('interop: a singer-sdk tap (tap-postgres) sends jsonl+gzip BATCH, a singer-sdk target reads ours', { skip: noSdk }, async (t) => {
  const src = await scratchDb('batch_sdk_src');
  const dst = await scratchDb('batch_sdk_dst');
  await query(
    src,
    `create schema s; create table s.people (id int primary key, name text, n numeric(12,2), big bigint);
     insert into s.people values (1, 'Aroha', 1.50, 9007199254740993), (2, 'Mere', null, null)`,
  );
  const u = new URL(src);
  // a space in the root: singer-sdk writes and reads file:// URLs without percent-escapes, so must we
  const dir = mkdtempSync(join(tmpdir(), 'medi sdk-'));
  const cfg = configFile({
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password) || 'unused',
    database: u.pathname.slice(1),
    filter_schemas: ['s'],
    // no compression asked: singer-sdk gzips its jsonl files all the same (and says "none"); the target goes by the bytes
    batch_config: { encoding: { format: 'jsonl' }, storage: { root: `file://${dir}`, prefix: 'sdk-' } },
  });
  const sh = (cmd: string, args: string[], input?: string) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const c = spawn(cmd, args);
      let out = '';
      let err = '';
      c.stdout.on('data', (d) => (out += d));
      c.stderr.on('data', (d) => (err += d));
      c.on('close', (code) => resolve({ code, out, err }));
      c.stdin.end(input ?? '');
    });
  const disc = await sh(join(venv, 'tap-postgres'), ['--config', cfg, '--discover']);
  const catalog = JSON.parse(disc.out);
  for (const s of catalog.streams) for (const m of s.metadata) if (m.breadcrumb.length === 0) m.metadata.selected = true;
  const catFile = join(dir, 'catalog.json');
  writeFileSync(catFile, JSON.stringify(catalog));
  const sdk = await sh(join(venv, 'tap-postgres'), ['--config', cfg, '--catalog', catFile]);
  t.equal(sdk.code, 0, sdk.err.slice(-2000));
  t.match(sdk.out, /"type": ?"BATCH"/, 'the SDK tap sent BATCH');
  const r = await runTarget({ database_url: dst }, sdk.out);
  t.equal(r.code, 0, r.stderr.slice(-2000));
  t.same(await query(dst, 'select id, name, n::text, big::text from raw.s_people order by id'), [
    { id: '1', name: 'Aroha', n: '1.50', big: '9007199254740993' },
    { id: '2', name: 'Mere', n: null, big: null },
  ]);
  t.ok(
    readdirSync(dir).some((f) => f.startsWith('sdk-')),
    "the SDK tap's files are not ours to remove: left in place",
  );

  // our tap's jsonl into a target built on singer-sdk (its own BATCH reader)
  const ours = await runSample({
    files: 1,
    batch_config: { encoding: { format: 'jsonl', compression: 'gzip' }, storage: { root: `file://${dir}` } },
  });
  t.match(ours.out, `"manifest":["file://${dir}/`, 'our manifest names the path as it is');
  const outFile = join(dir, 'sdk-target.jsonl');
  const tgt = await sh(join(venv, 'python'), [join(ROOT, 'test/sdk_batch_target.py'), '--config', configFile({ path: outFile })], ours.out);
  t.equal(tgt.code, 0, tgt.err.slice(-2000));
  const lines = readFileSync(outFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  t.equal(lines.filter((l) => l.stream === 'visits').length, ROWS, 'every record of the visits batches');
  t.same(lines.find((l) => l.record.id === '1-7')?.record.note, note(7));
  // and pg-copy-binary, which it does not declare, it refuses
  const bin = await runSample({ ...binaryConfig(), files: 1 });
  const refused = await sh(
    join(venv, 'python'),
    [join(ROOT, 'test/sdk_batch_target.py'), '--config', configFile({ path: outFile })],
    bin.out,
  );
  t.not(refused.code, 0, 'an SDK target fails on pg-copy-binary (so our tap sends it only to a target that declares it)');
});

t.test('typed tuples (numeric, date, timestamptz, boolean) land as the record lane lands them; refused ones are rejected', async (t) => {
  const schema = {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      amt: { type: ['number', 'null'], multipleOf: 0.01 },
      d: { type: ['string', 'null'], format: 'date' },
      ts: { type: ['string', 'null'], format: 'date-time' },
      ok: { type: ['boolean', 'null'] },
      note: { type: ['string', 'null'] },
    },
  };
  const cols = copyBinaryColumns(schema as never)!;
  t.same(
    cols.map((c) => [c.kind, c.scale]),
    [
      ['int8', undefined],
      ['numeric', 2],
      ['date', undefined],
      ['timestamptz', undefined],
      ['bool', undefined],
      ['text', undefined],
    ],
    'each property a binary kind; the multipleOf a scale',
  );
  const good: Array<Record<string, unknown>> = [
    { id: 1, amt: '12.50', d: '2024-02-29', ts: '2024-06-01T01:02:03.5+12:00', ok: true, note: 'a' },
    { id: 2, amt: '-0.07', d: '0001-01-01', ts: '9999-12-31T23:59:59.999999Z', ok: false, note: null },
    { id: 3, amt: null, d: null, ts: null, ok: null, note: null },
    // more fraction digits than the scale, all zero: the checks leave it to the record lane's, which take it
    { id: 4, amt: '1.500', d: '2000-01-01', ts: '2000-01-01T00:00:00Z', ok: true, note: 'ü' },
  ];
  const tb = new TupleBuffer();
  const row = (r: Record<string, unknown>) =>
    tupleOf(
      tb,
      cols,
      cols.map((c) => (c.kind === 'numeric' && typeof r[c.name] === 'string' ? new Decimal(r[c.name] as string) : r[c.name])),
    );
  for (const r of good) row(r);
  row({ id: 5, amt: '1.005', d: null, ts: null, ok: null, note: 'not a multiple of 0.01' });
  // NaN (no JSON number) and a boolean byte of 2, written by hand
  const raw = (id: number, field: number, bytes: number[]) => {
    tb.fields(cols.length);
    for (let i = 0; i < cols.length; i++) {
      if (i === 0) tb.int8n(id);
      else if (i === field) {
        tb.ensure(4 + bytes.length);
        tb.pos = tb.buf.writeInt32BE(bytes.length, tb.pos);
        for (const x of bytes) tb.buf[tb.pos++] = x;
      } else tb.null();
    }
  };
  raw(6, 1, [0, 0, 0, 0, 0xc0, 0, 0, 0]);
  raw(7, 4, [2]);
  // a text the checks read four bytes a step, with a byte that is not UTF-8 past the first words
  raw(8, 5, [...Buffer.from('abcdefgh'), 0xff, ...Buffer.from('ijk')]);
  const dir = mkdtempSync(join(tmpdir(), 'medi-typed-tuples-'));
  const file = join(dir, 'typed.pgcopy');
  writeFileSync(file, Buffer.concat([COPY_HEADER, tb.buf.subarray(0, tb.pos), COPY_TRAILER]));
  const schemaLine = JSON.stringify({ type: 'SCHEMA', stream: 'typed', schema, key_properties: ['id'] });
  const batchLine = JSON.stringify({
    type: 'BATCH',
    stream: 'typed',
    encoding: { format: PG_COPY_BINARY, compression: 'none' },
    manifest: [pathToFileURL(file).href],
  });
  const viaBatch = await scratchDb('typed_tuples_b');
  const rb = await runTarget({ database_url: viaBatch, invalid_record_action: 'reject' }, `${schemaLine}\n${batchLine}\n`);
  t.equal(rb.code, 0, rb.stderr.slice(-2000));
  // the record lane: the same values as JSON tokens
  const viaRecords = await scratchDb('typed_tuples_r');
  const lines = good.map((r) => JSON.stringify({ type: 'RECORD', stream: 'typed', record: r }).replace(/"amt":"([^"]*)"/, '"amt":$1'));
  const rr = await runTarget({ database_url: viaRecords }, `${schemaLine}\n${lines.join('\n')}\n`);
  t.equal(rr.code, 0, rr.stderr.slice(-2000));
  const rows = (url: string) =>
    query<{ j: string }>(
      url,
      `select (select jsonb_object_agg(k, v) from jsonb_each(to_jsonb(r)) e(k, v) where k not like '\\_sdc%')::text j from raw.typed r order by id`,
    );
  const expected = await rows(viaRecords);
  t.equal(expected.length, 4);
  t.same(
    (await rows(viaBatch)).filter((r) => (JSON.parse(r.j) as { id: number }).id !== 8),
    expected,
    'every value as the record lane lands it (scale, instant, date, boolean)',
  );
  t.match(expected[0]!.j, /"amt": 12.50/, 'the scale kept');
  const rej = await query<{ id: number; errors: string }>(
    viaBatch,
    `select (record->>'id')::int id, errors::text from raw.typed__rejects order by 1`,
  );
  t.same(
    rej.map((r) => r.id),
    [5, 6, 7],
    'a value off the multipleOf, NaN, a boolean byte of 2: rejected with reasons',
  );
  t.match(rej[0]!.errors, /multiple/);
  // id 8 took the record lane's path too: its invalid byte read as U+FFFD, with a warning naming the stream
  const [note] = await query<{ note: string }>(viaBatch, `select note from raw.typed where id = 8`);
  t.equal(note!.note, 'abcdefgh\ufffdijk', 'a byte that is not UTF-8: replaced as on the record lane');
  t.match(rb.stderr, /invalid UTF-8/, 'and warned');

  // a NUL inside a text never reaches COPY as it is: the record lane's rule applies (fail, naming the field)
  const nul = new TupleBuffer();
  nul.fields(cols.length);
  nul.int8n(10);
  for (let i = 1; i < cols.length - 1; i++) nul.null();
  nul.text('abcdefgh\u0000ijklmnop');
  writeFileSync(file, Buffer.concat([COPY_HEADER, nul.buf.subarray(0, nul.pos), COPY_TRAILER]));
  const rn = await runTarget({ database_url: await scratchDb('typed_tuples_nul') }, `${schemaLine}\n${batchLine}\n`);
  t.not(rn.code, 0, 'refused');
  t.match(rn.stderr, /NUL \(\\u0000\) character in "note"/, 'naming the field, as a RECORD with it would be');
});

t.test("batch_config as Meltano's environment hands it over (flattened) reads as it was written", async (t) => {
  const { parseBatchConfig } = await import('../kit/singer/batch.js');
  t.match(parseBatchConfig({ 'encoding.format': 'pg-copy-binary', 'encoding.compression': 'none' }), {
    format: 'pg-copy-binary',
    compression: 'none',
  });
  t.match(parseBatchConfig({ encoding: { format: 'jsonl', compression: 'gzip' }, batch_size: 5 }), {
    format: 'jsonl',
    compression: 'gzip',
    size: 5,
  });
  t.throws(
    () => parseBatchConfig({ 'encodings.format': 'pg-copy-binary' }),
    /unknown key\(s\) encodings/,
    'a misspelt key is an error, not the defaults',
  );
});

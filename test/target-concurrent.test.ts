// Two target-postgres-medi runs at the same moment on one warehouse (hims-daily and hims-frequent start together;
// an Indici backfill can overlap the nightly run). Process-once must hold across runs: a second run that meets a
// source file another run is loading waits for that run to commit it and skips what it committed, whatever order
// the two take their files in (no deadlock), and a run SIGKILLed while holding a file leaves it to the other. Two
// first loads on a fresh warehouse both create tables and indexes: neither may fail on the catalog's unique indexes.
import t from 'tap';
import { spawn } from 'node:child_process';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch } from '../sim/indici/feed.js';
import { runTapAlone } from './pipeline.js';
import { configFile, query, runTarget, scratchDb, started, ROOT, TARGET } from './helpers.js';
import { batchLane, laneLine, toBatchLane } from './batch-lane.js';
import { migrate } from '../kit/warehouse/migrate.js';
import { Connector } from '../targets/target-postgres-medi/connector.js';
import type { SchemaMessage } from '../kit/singer/messages.js';

const TAP = `${ROOT}dist/taps/tap-indici-s3/main.js`;
const DEADLINE_MS = 180_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  states: unknown[];
}

/**
 * A target whose input is given in parts: `head` at once, the rest when `go` resolves (its stdin stays open between,
 * as when a tap is still reading). `ready` resolves once it has opened its load run.
 */
function stagedTarget(config: Record<string, unknown>, head: Buffer, tail: Promise<Buffer | undefined>) {
  const child = spawn(process.execPath, [TARGET, '--config', configFile(config)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d: string) => (stdout += d));
  child.stderr.on('data', (d: string) => (stderr += d));
  child.stdin.on('error', () => undefined);
  const ready = started(child);
  child.stdin.write(head);
  void tail.then((rest) => {
    if (rest === undefined) return; // left open: the test kills it
    child.stdin.end(rest);
  });
  const done = new Promise<Run>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`target still running after ${DEADLINE_MS / 1000} s (deadlocked?): ${stderr.slice(-2000)}`));
    }, DEADLINE_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const states = stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as unknown);
      resolve({ code, signal, stderr, states });
    });
  });
  return { child, ready, done, stderr: () => stderr };
}

/** The Singer input as this lane sends it, cut after the line that carries original line `cut` (1-based). */
function laneParts(input: string, cut: number): [Buffer, Buffer] {
  const converted = toBatchLane(input);
  const bytes = Buffer.isBuffer(converted) ? converted : Buffer.from(converted);
  const at = laneLine(cut); // the line carrying it on this lane
  let end = -1;
  for (let n = 0; n < at; n++) end = bytes.indexOf(10, end + 1);
  return [bytes.subarray(0, end + 1), bytes.subarray(end + 1)];
}

/** Two runs of their inputs at once: each gets its head, and its tail once both have opened their runs and read a moment. */
async function twoAtOnce(config: Record<string, unknown>, inputs: Array<[Buffer, Buffer]>): Promise<Run[]> {
  let go!: () => void;
  const gate = new Promise<void>((r) => (go = r));
  const runs = inputs.map(([head, tail]) =>
    stagedTarget(
      config,
      head,
      gate.then(() => tail),
    ),
  );
  await Promise.all(runs.map((r) => r.ready));
  // both have read their heads (a first file's first rows): without a claim, each has decided what to load by now
  await new Promise((r) => setTimeout(r, 1500));
  go();
  return Promise.all(runs.map((r) => r.done));
}

const STREAMS = ['indici_appointments', 'indici_patient', 'indici_provider'];
let indici = '';

t.before(async () => {
  // one delivery of three extract types, 400 rows each (every 100th ragged, rejected by the tap): the tap's stdout
  const s3 = await startS3Server();
  try {
    const bucket = 'concurrent';
    await ensureBucket(s3.client, bucket);
    await uploadBatch(s3.client, bucket, {
      streams: ['appointments', 'patient', 'provider'],
      dateExtracted: '2508181044',
      kind: 'full',
      rows: 400,
      dirty: { every: 100, kinds: ['ragged'] },
    });
    Object.assign(process.env, S3_TEST_ENV);
    const tap = await runTapAlone(TAP, { bucket, endpoint_url: s3.url, mode: 'backfill' });
    if (tap.code !== 0) throw new Error(`tap-indici-s3 failed: ${tap.stderr.slice(-2000)}`);
    indici = tap.stdout;
  } finally {
    await s3.stop();
  }
});

const schemaLines = (input: string) =>
  input
    .split('\n')
    .filter((l) => l.startsWith('{"type":"SCHEMA"'))
    .join('\n') + '\n';

t.test('two runs load the same Indici files at once: every row lands once, the audit counts each once', async (t) => {
  const db = await scratchDb('concurrent_same');
  const config = { database_url: db };
  // the tables first (one run, alone): this test is about process-once, not about creating them
  const setup = await runTarget(config, schemaLines(indici));
  t.equal(setup.code, 0, 'tables made', { output: setup.stderr.slice(-1500) });
  // each run reads the SCHEMA lines and the first appointment before the other goes on
  const lines = indici.split('\n');
  const first = lines.findIndex((l) => l.startsWith('{"type":"RECORD","stream":"indici_appointments"')) + 1;
  const parts = laneParts(indici, first);
  const [a, b] = await twoAtOnce(config, [parts, laneParts(indici, first)]);
  t.equal(a!.code, 0, 'first run', { output: a!.stderr.slice(-2000) });
  t.equal(b!.code, 0, 'second run', { output: b!.stderr.slice(-2000) });
  for (const stream of STREAMS) {
    const [r] = await query<{ n: number; rows: number }>(
      db,
      `select count(*)::int n, count(distinct ("_source_file_hash", "_source_row_number"))::int rows from raw.${stream}`,
    );
    t.equal(r!.n, r!.rows, `${stream}: no source row twice`, { counts: r });
  }
  const [rejects] = await query<{ n: number }>(db, 'select count(*)::int n from raw.indici_rejected_rows');
  t.equal(rejects!.n, 8, 'tap-rejected rows once');
  const files = await query<{ stream: string; status: string; rows_read: number; rows_rejected: number; rows_ingested: number }>(
    db,
    `select stream, status, rows_read::int, rows_rejected::int, rows_ingested::int from etl.load_run_files
      where stream <> 'indici_rejected_rows' order by stream`,
  );
  t.equal(files.length, 3);
  for (const f of files) {
    t.equal(f.status, 'processed', `${f.stream}: processed`);
    t.equal(f.rows_ingested + f.rows_rejected, f.rows_read, `${f.stream}: rows_read = rows_ingested + rows_rejected`, f);
  }
  const [ingested] = await query<{ n: number }>(
    db,
    `select sum(rows_ingested)::int n from etl.load_run_files where stream = 'indici_rejected_rows'`,
  );
  t.equal(ingested!.n, 8, 'rejected rows counted once');
  const runs = await query<{ status: string; n: number }>(db, `select status, count(*)::int n from etl.load_runs group by 1`);
  t.same(runs, [{ status: 'succeeded', n: 3 }], 'the setup run and both runs succeeded');
  // what the two runs say they loaded, per stream, adds up to each row once
  const loaded = await query<{ stream: string; loaded: number }>(
    db,
    `select s.key stream, sum((s.value->>'loaded')::int)::int loaded from etl.load_runs, jsonb_each(streams) s
      where s.key = any($1) group by 1 order by 1`,
    [[...STREAMS, 'indici_rejected_rows']],
  );
  t.same(
    loaded,
    [
      { stream: 'indici_appointments', loaded: 396 },
      { stream: 'indici_patient', loaded: 396 },
      { stream: 'indici_provider', loaded: 400 },
      { stream: 'indici_rejected_rows', loaded: 8 },
    ],
    'etl.load_runs: together the runs loaded each row once',
  );
  t.match(a!.stderr + b!.stderr, /is being loaded by another load run/, 'one run waited for the other');
});

/** Two source files of one stream, each followed by its _medi_files record and a STATE every 50 rows. */
function twoFiles(order: number[], rows = 300): string {
  const out: unknown[] = [
    {
      type: 'SCHEMA',
      stream: 'visits',
      schema: {
        properties: {
          id: { type: 'string' },
          note: { type: ['string', 'null'] },
          _source_uri: { type: 'string' },
          _source_version_id: { type: 'string' },
          _source_file_hash: { type: 'string' },
          _source_row_number: { type: 'integer' },
        },
      },
      key_properties: ['id'],
      'x-medi-append-only': true,
    },
    {
      type: 'SCHEMA',
      stream: '_medi_files',
      schema: { properties: { stream: { type: 'string' } } },
      key_properties: [],
    },
  ];
  let n = 0;
  for (const f of order) {
    const file = { _source_uri: `s3://bucket/file-${f}`, _source_version_id: `v${f}`, _source_file_hash: `hash-${f}` };
    for (let r = 1; r <= rows; r++) {
      out.push({
        type: 'RECORD',
        stream: 'visits',
        record: { id: `${f}-${r}`, note: `row ${r} of file ${f}`, ...file, _source_row_number: r },
      });
      if (++n % 50 === 0) out.push({ type: 'STATE', value: { order, n } });
    }
    out.push({
      type: 'RECORD',
      stream: '_medi_files',
      record: {
        stream: 'visits',
        source_uri: file._source_uri,
        source_version_id: file._source_version_id,
        file_hash: file._source_file_hash,
        status: 'processed',
        rows_read: rows,
        rows_rejected: 0,
      },
    });
  }
  out.push({ type: 'STATE', value: { order, n, done: true } });
  return out.map((m) => JSON.stringify(m)).join('\n') + '\n';
}

t.test('two runs take the same two files in opposite orders, committing as they go: no deadlock, every row once', async (t) => {
  const db = await scratchDb('concurrent_order');
  const config = { database_url: db, batch_size_rows: 100 };
  const setup = await runTarget(config, schemaLines(twoFiles([1, 2])));
  t.equal(setup.code, 0, 'tables made', { output: setup.stderr.slice(-1500) });
  // each run holds its first file (120 rows in, a commit behind it) when both go on to the rest
  const cut = 2 + 120 + 2;
  const [a, b] = await twoAtOnce(config, [laneParts(twoFiles([1, 2]), cut), laneParts(twoFiles([2, 1]), cut)]);
  t.equal(a!.code, 0, 'first run', { output: a!.stderr.slice(-2000) });
  t.equal(b!.code, 0, 'second run', { output: b!.stderr.slice(-2000) });
  t.notMatch(a!.stderr + b!.stderr, /deadlock/i, 'no deadlock');
  t.match(a!.stderr + b!.stderr, /is being loaded by another load run/, 'a run met a file the other held, and waited');
  const [r] = await query<{ n: number; rows: number }>(
    db,
    `select count(*)::int n, count(distinct ("_source_file_hash", "_source_row_number"))::int rows from raw.visits`,
  );
  t.same(r, { n: 600, rows: 600 }, 'each row of both files once');
  const files = await query(
    db,
    `select source_uri, status, rows_read::int, rows_ingested::int, rows_committed_through::int from etl.load_run_files order by 1`,
  );
  t.same(
    files,
    [1, 2].map((f) => ({
      source_uri: `s3://bucket/file-${f}`,
      status: 'processed',
      rows_read: 300,
      rows_ingested: 300,
      rows_committed_through: 300,
    })),
    'the audit counts each file once',
  );
  t.same(a!.states.at(-1), { order: [1, 2], n: 600, done: true }, 'first run: its last STATE after its commit');
  t.same(b!.states.at(-1), { order: [2, 1], n: 600, done: true }, 'second run: its last STATE after its commit');
});

t.test('a run SIGKILLed while holding a file: the run waiting for it loads the file, once', async (t) => {
  const db = await scratchDb('concurrent_kill');
  const config = { database_url: db };
  const setup = await runTarget(config, schemaLines(twoFiles([1, 2])));
  t.equal(setup.code, 0, 'tables made', { output: setup.stderr.slice(-1500) });
  const input = twoFiles([1]);
  const [head] = laneParts(input, 2 + 150 + 3);
  // the first run reads half of file 1 and holds it (nothing committed: its input stays open)
  const holder = stagedTarget(config, head, Promise.resolve(undefined));
  await holder.ready;
  await new Promise((r) => setTimeout(r, 1000));
  const all = toBatchLane(input);
  const waiter = stagedTarget(config, Buffer.isBuffer(all) ? all : Buffer.from(all), Promise.resolve(Buffer.alloc(0)));
  await waiter.ready;
  for (let i = 0; i < 200 && !/is being loaded by another load run/.test(waiter.stderr()); i++) await new Promise((r) => setTimeout(r, 50));
  t.match(waiter.stderr(), /is being loaded by another load run/, 'the second run waits for the first');
  holder.child.kill('SIGKILL');
  const [held, w] = await Promise.all([holder.done, waiter.done]);
  t.equal(held.signal, 'SIGKILL');
  t.equal(w.code, 0, 'the waiting run finishes', { output: w.stderr.slice(-2000) });
  const [r] = await query<{ n: number; rows: number }>(
    db,
    `select count(*)::int n, count(distinct ("_source_file_hash", "_source_row_number"))::int rows from raw.visits`,
  );
  t.same(r, { n: 300, rows: 300 }, 'every row of the file, once');
});

t.test(
  'two first loads on a fresh warehouse at once: both create what they need, neither fails',
  { skip: batchLane() && 'DDL: the lane does not matter' },
  async (t) => {
    // the Indici SCHEMA lines, a keyed stream (its natural key index) and rejects tables (invalid_record_action: reject)
    const keyed = JSON.stringify({
      type: 'SCHEMA',
      stream: 'keyed_items',
      schema: { properties: { id: { type: 'integer' }, name: { type: ['string', 'null'] } } },
      key_properties: ['id'],
    });
    const input = Buffer.from(schemaLines(indici) + keyed + '\n');
    for (let attempt = 1; attempt <= 4; attempt++) {
      const db = await scratchDb(`concurrent_ddl_${attempt}`);
      // the last try into a schema neither finds (each creates it as it starts)
      const schema = attempt === 4 ? 'fresh_zone' : 'raw';
      const config = { database_url: db, invalid_record_action: 'reject', default_target_schema: schema };
      const [a, b] = await twoAtOnce(config, [
        [Buffer.alloc(0), input],
        [Buffer.alloc(0), input],
      ]);
      t.equal(a!.code, 0, `try ${attempt}: first run`, { output: a!.stderr.slice(-1500) });
      t.equal(b!.code, 0, `try ${attempt}: second run`, { output: b!.stderr.slice(-1500) });
      t.notMatch(a!.stderr + b!.stderr, /duplicate key|already exists/, `try ${attempt}: no catalog error`);
      const [tables] = await query<{ n: number }>(db, `select count(*)::int n from pg_tables where schemaname = $1`, [schema]);
      t.equal(tables!.n, 2 * (schemaLines(indici).split('\n').length - 2) + 2, `try ${attempt}: every table and its rejects table`);
    }
  },
);

t.test(
  'DDL inside an open load transaction, racing another loader: the second waits, then finds it made',
  { skip: batchLane() && 'DDL: the lane does not matter' },
  async (t) => {
    const db = await scratchDb('concurrent_ddl_tx');
    await migrate(db);
    const msg: SchemaMessage = {
      type: 'SCHEMA',
      stream: 'in_tx',
      schema: { properties: { id: { type: 'integer' } } },
      key_properties: ['id'],
    };
    const [a, b] = [new Connector(db), new Connector(db)];
    for (const c of [a, b]) {
      await c.connect();
      await c.client.query('SET ROLE medi_loader');
      await c.client.query('BEGIN');
    }
    try {
      await a.ensureTable(msg, 'raw', { metadata: true, upsert: true });
      const second = b.ensureTable(msg, 'raw', { metadata: true, upsert: true });
      await new Promise((r) => setTimeout(r, 500)); // b blocks on a's uncommitted table
      await a.client.query('COMMIT');
      const shape = await second;
      await b.client.query('INSERT INTO raw.in_tx (id) VALUES (1)');
      await b.client.query('COMMIT');
      t.same(
        shape.columns.map((c) => c.name),
        ['id'],
        'the second loader uses the table the first made, in its own transaction',
      );
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    t.same(await query(db, 'select id::int from raw.in_tx'), [{ id: 1 }]);
  },
);

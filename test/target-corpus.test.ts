// Replays every test/corpus/*.singer through the real target against real PostgreSQL and checks the
// expectations beside it (exit code, error message, relayed states, table contents).
import t from 'tap';
import { batchLane, laneLine, laneLines } from './batch-lane.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, query, runTarget, scratchDb, singer } from './helpers.js';

const dir = join(ROOT, 'test/corpus');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.singer'))
  .map((f) => f.replace(/\.singer$/, ''))
  .sort();

interface Expect {
  config?: Record<string, unknown>;
  exit: number;
  stderr?: string;
  states?: unknown[];
  sql?: Array<[string, unknown[]]>;
}

t.ok(cases.length >= 15, 'corpus has a case for every behaviour');

// Every case runs twice: with the byte-level fast path (default) and with every line JSON-parsed. The
// expectations are the same, so the fast path is held to the general path's outcome, case by case.
for (const name of cases) {
  for (const fast of [true, false]) {
    t.test(`${name}${fast ? '' : ' (fast_path off)'}`, async (t) => {
      const expect = JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8')) as Expect;
      const url = await scratchDb(`corpus_${name}`);
      // as bytes: a case may hold bytes that are not UTF-8 (latin1 keeps each byte as it is)
      const input = Buffer.from(
        readFileSync(join(dir, `${name}.singer`))
          .toString('latin1')
          .replaceAll('@CORPUS@', dir),
        'latin1',
      );
      const r = await runTarget({ database_url: url, ...expect.config, fast_path: fast }, input);
      t.equal(r.code, expect.exit, 'exit code', { stderr: r.stderr.slice(-600) });
      // (on the batch lane a batched record's line is its BATCH message's: test/batch-lane.ts)
      if (expect.stderr) t.match(r.stderr, new RegExp(laneLines(expect.stderr)), 'error names stream and line');
      if (expect.states) t.same(r.states, expect.states, 'states relayed after commit, in order');
      t.equal(r.stdout.split('\n').filter(Boolean).length, r.states.length, 'stdout carries only state values, one JSON per line');
      for (const [sql, rows] of expect.sql ?? []) {
        const moved = (rows as Array<Record<string, unknown>>).map((row) =>
          typeof row.input_line === 'number' ? { ...row, input_line: laneLine(row.input_line) } : row,
        );
        const got = await query(url, sql);
        // on the batch lane a reject also names which record of which BATCH file it was (beside the BATCH's line)
        if (batchLane())
          for (const row of got) {
            if (Array.isArray(row.errors) && /^BATCH file .+ record \d+$/.test(String(row.errors.at(-1))))
              row.errors = row.errors.slice(0, -1);
            else if (typeof row.errors === 'string') row.errors = row.errors.replace(/, "BATCH file [^"]+ record \d+"\]$/, ']');
          }
        t.same(got, moved, sql);
      }
      const fastRecords = Number(/"fast_path_records":(\d+)/.exec(r.stderr)?.[1] ?? 0);
      if (!fast) t.equal(fastRecords, 0, 'fast path off: every line parsed');
      else if (name === 'fast-path' && !batchLane()) t.equal(fastRecords, 5, 'the fast path took the five records it can prove valid');
      // on the batch lane each jsonl record gets a plain envelope (stream first, no stray keys): the fast path may
      // take records whose RECORD lines it left to the general path; the outcome checked above is the same
      else if (name === 'fast-path') t.ok(fastRecords >= 5, 'the fast path took at least the five records it can prove valid');
    });
  }
}

// _sdc_received_at and _sdc_batched_at come from column defaults (COPY does not carry them). A table made
// by an earlier target version has the columns without defaults: the target adds them before loading, so
// its new rows still get both; an upsert carries the stage's received time into the table.
t.test('lineage defaults: a table without them gets them; upserts carry received time', async (t) => {
  const url = await scratchDb('corpus_lineage_defaults');
  await query(
    url,
    `CREATE SCHEMA raw; CREATE TABLE raw.legacy (id bigint, v text, _sdc_extracted_at timestamptz, _sdc_received_at timestamptz,
    _sdc_batched_at timestamptz, _sdc_deleted_at timestamptz, _sdc_sequence bigint, _sdc_table_version bigint, _sdc_load_run_id uuid)`,
  );
  const schema =
    '{"type":"SCHEMA","stream":"legacy","schema":{"properties":{"id":{"type":"integer"},"v":{"type":"string"}}},"key_properties":["id"]}';
  for (const load_method of ['append-only', 'upsert']) {
    const r = await runTarget(
      { database_url: url, load_method },
      `${schema}\n{"type":"RECORD","stream":"legacy","record":{"id":1,"v":"${load_method}"}}\n`,
    );
    t.equal(r.code, 0, `${load_method}: exit code`, { stderr: r.stderr.slice(-600) });
  }
  t.same(
    await query(
      url,
      `SELECT count(*)::int AS n, count(_sdc_received_at)::int AS received, count(_sdc_batched_at)::int AS batched FROM raw.legacy`,
    ),
    [{ n: 1, received: 1, batched: 1 }],
    'the upsert replaced the appended row, with both times set',
  );
  t.same(
    await query(
      url,
      `SELECT attname::text, pg_get_expr(adbin, adrelid) AS def FROM pg_attrdef JOIN pg_attribute ON attrelid = adrelid AND attnum = adnum
    WHERE adrelid = 'raw.legacy'::regclass ORDER BY 1`,
    ),
    [
      { attname: '_sdc_batched_at', def: 'now()' },
      { attname: '_sdc_received_at', def: 'statement_timestamp()' },
    ],
  );

  // an earlier target version gave _sdc_received_at clock_timestamp(): volatile, so COPY inserted row by row
  await query(
    url,
    `CREATE TABLE raw.older (id bigint, _sdc_extracted_at timestamptz, _sdc_received_at timestamptz DEFAULT clock_timestamp(),
    _sdc_batched_at timestamptz DEFAULT now(), _sdc_deleted_at timestamptz, _sdc_sequence bigint, _sdc_table_version bigint, _sdc_load_run_id uuid)`,
  );
  const r = await runTarget(
    { database_url: url },
    `{"type":"SCHEMA","stream":"older","schema":{"properties":{"id":{"type":"integer"}}},"key_properties":["id"]}
{"type":"RECORD","stream":"older","record":{"id":1}}\n{"type":"RECORD","stream":"older","record":{"id":2}}\n`,
  );
  t.equal(r.code, 0, 'older table: exit code', { stderr: r.stderr.slice(-600) });
  t.same(
    await query(
      url,
      `SELECT count(DISTINCT _sdc_received_at)::int AS times, bool_and(_sdc_received_at BETWEEN _sdc_batched_at AND now()) AS in_run FROM raw.older`,
    ),
    [{ times: 1, in_run: true }],
    'rows of one COPY statement share its start time, taken inside the load transaction',
  );
  // no default on a table the target made or evolved calls a volatile function (it would cost COPY its multi-row
  // inserts); built-in functions leave no pg_depend entry, so the names are read off the expressions
  const defaults = await query<{ def: string }>(
    url,
    `SELECT pg_get_expr(d.adbin, d.adrelid) AS def FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'raw'`,
  );
  const called = [...new Set(defaults.flatMap((d) => [...d.def.matchAll(/(\w+)\(/g)].map((m) => m[1]!)))];
  t.ok(called.includes('statement_timestamp') && called.includes('now'), 'defaults read', { called });
  t.same(
    await query(url, `SELECT proname::text FROM pg_proc WHERE proname = ANY($1) AND provolatile = 'v'`, [called]),
    [],
    'no volatile column default',
  );
});

// The default load_method merges keyed streams; a table an earlier appending load filled holds a key twice, and
// the target says what to do instead of failing on PostgreSQL's unique-index error alone.
t.test('default upsert on a table appended to with duplicate keys: a clear error', async (t) => {
  const url = await scratchDb('corpus_upsert_after_append');
  const input = singer(
    { type: 'SCHEMA', stream: 'dup', schema: { properties: { id: { type: 'integer' }, v: { type: 'string' } } }, key_properties: ['id'] },
    { type: 'RECORD', stream: 'dup', record: { id: 1, v: 'a' } },
    { type: 'RECORD', stream: 'dup', record: { id: 1, v: 'b' } },
  );
  t.equal((await runTarget({ database_url: url, load_method: 'append-only' }, input)).code, 0);
  const r = await runTarget({ database_url: url }, input);
  t.equal(r.code, 1, 'exit code');
  t.match(
    r.stderr,
    /stream "dup": "raw"\."dup" holds rows with the same key \(id\).*delete the older duplicates, or set load_method append-only/,
  );
  t.same(await query(url, 'select count(*)::int as n from raw.dup'), [{ n: 2 }], 'nothing changed');
});

t.test('statistics: a load that grew a table a lot analyzes it; a small addition to a big table does not', async (t) => {
  const url = await scratchDb('corpus_analyze');
  const schema =
    '{"type":"SCHEMA","stream":"grown","schema":{"properties":{"id":{"type":"integer"},"v":{"type":"string"},"_source_file_hash":{"type":"string"}}},"key_properties":["id"]}';
  const records = (from: number, n: number) =>
    Array.from(
      { length: n },
      (_, i) => `{"type":"RECORD","stream":"grown","record":{"id":${from + i},"v":"x${i}","_source_file_hash":"h"}}`,
    ).join('\n');
  const stats = () =>
    query<{ reltuples: number; analyzed: number }>(
      url,
      `SELECT c.reltuples::int AS reltuples, coalesce(s.analyze_count, 0)::int AS analyzed
    FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.oid = 'raw.grown'::regclass`,
    );
  t.equal((await runTarget({ database_url: url }, `${schema}\n${records(1, 5000)}\n`)).code, 0);
  t.same(await stats(), [{ reltuples: 5000, analyzed: 1 }], 'a new table is analyzed after its first load');
  t.same(
    (
      await query<{ attname: string }>(
        url,
        `SELECT attname::text FROM pg_stats WHERE schemaname = 'raw' AND tablename = 'grown' ORDER BY 1`,
      )
    ).map((r) => r.attname),
    [
      '_sdc_batched_at',
      '_sdc_deleted_at',
      '_sdc_extracted_at',
      '_sdc_load_run_id',
      '_sdc_received_at',
      '_sdc_sequence',
      '_sdc_table_version',
      '_source_file_hash',
      'id',
    ],
    'key and lineage columns; data columns are left to autovacuum',
  );
  t.equal((await runTarget({ database_url: url }, `${schema}\n${records(5001, 100)}\n`)).code, 0);
  t.same(await stats(), [{ reltuples: 5000, analyzed: 1 }], '2% more: left to autovacuum');
  t.equal((await runTarget({ database_url: url }, `${schema}\n${records(5101, 1000)}\n`)).code, 0);
  t.same(await stats(), [{ reltuples: 6100, analyzed: 2 }], '16% more: analyzed again');
  // another session holds the lock ANALYZE needs (as a running VACUUM would): the load still succeeds
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  await holder.query('BEGIN; LOCK TABLE raw.grown IN SHARE UPDATE EXCLUSIVE MODE');
  const blocked = await runTarget({ database_url: url }, `${schema}\n${records(7101, 1000)}\n`);
  await holder.query('ROLLBACK');
  await holder.end();
  t.equal(blocked.code, 0, 'exit 0 when ANALYZE cannot get its lock', { stderr: blocked.stderr.slice(-600) });
  t.match(blocked.stderr, /ANALYZE after the load failed/);
  t.same(await query(url, `SELECT count(*)::int AS n FROM raw.grown`), [{ n: 7100 }]);
});

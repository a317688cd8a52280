// PostgreSQL numeric and float columns may hold NaN and ±Infinity, which no JSON number can hold: tap-sql writes
// them as null, and the run says so on stderr instead of nulling them silently. Exact values around them stay exact.
import t from 'tap';
import { join } from 'node:path';
import { ROOT, query, scratchDb } from './helpers.js';
import { runTapAlone } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');

t.test('NaN and infinite numeric/float values: null, with a warning', async (t) => {
  const src = await scratchDb('tapsql_special');
  await query(
    src,
    `create table readings (id int primary key, n numeric, f float8, fs float8[]);
     insert into readings values (1, 'NaN', 'Infinity', '{1.5,NaN}'), (2, 12345678901234567890.000001, -1.5e-7, '{}');`,
  );
  const config = { dialect: 'postgres', url: src, schemas: ['public'], source: 'sp', lag_seconds: 0 };
  const run = await runTapAlone(TAP, config);
  t.equal(run.code, 0, 'exit 0', { stderr: run.stderr.slice(-2000) });
  const [first, second] = run.records.map((r) => r.record);
  t.same(first, { id: 1, n: null, f: null, fs: [1.5, null] }, 'NaN and Infinity as null, in an array too');
  t.same({ ...second, n: undefined }, { id: 2, n: undefined, f: -1.5e-7, fs: [] });
  t.match(run.stdout, /"n":12345678901234567890\.000001,/, 'the exact digits on the wire');
  t.match(run.stderr, /held NaN or infinite values, which have no JSON number: written as null/, 'the run warns');
});

t.test("tables whose names fold to one stream stay apart; bytea exact whatever the database's bytea_output", async (t) => {
  const src = await scratchDb('tapsql_names');
  const db = new URL(src).pathname.slice(1);
  await query(
    src,
    `create table "MixedCase" ("Id" int primary key, "Value Col" text);
     create table "Mixed_Case" (id int primary key);
     create table blobs (id int primary key, b bytea);
     insert into "MixedCase" values (1, 'one');
     insert into "Mixed_Case" values (2);
     insert into blobs values (1, '\\x00ff10'::bytea);
     alter database "${db}" set bytea_output = 'escape';`,
  );
  const config = { dialect: 'postgres', url: src, schemas: ['public'], source: 'sp', lag_seconds: 0 };
  const run = await runTapAlone(TAP, config);
  t.equal(run.code, 0, 'exit 0', { stderr: run.stderr.slice(-2000) });
  const streams = [...new Set(run.records.map((r) => r.stream))].filter((s) => s.startsWith('sp_mixed_case'));
  t.equal(streams.length, 2, `two streams, not one: ${streams.join(', ')}`);
  t.same(
    streams
      .map((s) => run.records.filter((r) => r.stream === s).map((r) => r.record))
      .sort((a, b) => a.length - b.length || JSON.stringify(a).localeCompare(JSON.stringify(b))),
    [[{ id: 2 }], [{ Id: 1, 'Value Col': 'one' }]].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    "each table's rows in its own stream",
  );
  t.same(
    run.records.find((r) => r.stream === 'sp_blobs')?.record,
    { id: 1, b: Buffer.from([0x00, 0xff, 0x10]).toString('base64') },
    'bytea exact',
  );

  // asked for what the source does not have: said, not skipped in silence
  const named = await runTapAlone(TAP, { ...config, tables: ['blobs', 'nosuchtable', 'no_*'] });
  t.equal(named.code, 0);
  t.match(named.stderr, /table \\"nosuchtable\\" \(setting tables\) is not in the source/);
  t.notMatch(named.stderr, /no_\*/, 'a glob that matches nothing is no mistake');
  const catalog = {
    streams: [{ tap_stream_id: 'sp_gone', stream: 'sp_gone', schema: {}, metadata: [{ breadcrumb: [], metadata: { selected: true } }] }],
  };
  const gone = await runTapAlone(TAP, config, undefined, catalog);
  t.match(gone.stderr, /stream \\"sp_gone\\" is selected in the catalog but its table is not in the source/);
});

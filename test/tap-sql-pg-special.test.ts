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

t.test("a state with the standard Singer bookmark (another tap's) resumes at it, not from the start", async (t) => {
  const src = await scratchDb('tapsql_singer_bm');
  await query(
    src,
    `create table ev (id int primary key, updated_at timestamptz not null, v text);
     create index on ev (updated_at, id);
     insert into ev select g, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 second', 'v' || g from generate_series(1, 100) g;`,
  );
  const config = { dialect: 'postgres', url: src, schemas: ['public'], source: 'sb', lag_seconds: 0 };
  const discovered = await runTapAlone(TAP, config);
  t.equal(discovered.code, 0, discovered.stderr.slice(-2000));
  t.equal(discovered.records.filter((r) => r.stream === 'sb_ev').length, 100, 'no state: every row');
  const state = { bookmarks: { sb_ev: { replication_key: 'updated_at', replication_key_value: '2024-01-01T00:01:30.000000Z' } } };
  const resumed = await runTapAlone(TAP, config, state);
  t.equal(resumed.code, 0, resumed.stderr.slice(-2000));
  const ids = resumed.records.filter((r) => r.stream === 'sb_ev').map((r) => Number(r.record.id));
  t.same(
    ids,
    Array.from({ length: 11 }, (_, i) => 90 + i),
    'the rows at and after the bookmark (90 is at it: inclusive)',
  );
  t.match(resumed.stderr, /resuming from the Singer bookmark updated_at >= /);
});

t.test('a Singer bookmark past 2^53 resumes at its exact value (JSON.parse read 9007199254740995 as ...996)', async (t) => {
  const src = await scratchDb('tapsql_big_bm');
  await query(
    src,
    `create table big (id bigint primary key, v text);
     insert into big select 9007199254740980 + g, 'v' || g from generate_series(1, 20) g;`,
  );
  const config = {
    dialect: 'postgres',
    url: src,
    schemas: ['public'],
    source: 'bb',
    lag_seconds: 0,
    overrides: { big: { cursor: 'id' } },
  };
  const stateText = '{"bookmarks":{"bb_big":{"replication_key":"id","replication_key_value":9007199254740995}}}';
  const resumed = await runTapAlone(TAP, config, stateText);
  t.equal(resumed.code, 0, resumed.stderr.slice(-2000));
  t.same(
    // the ids as the tap wrote them (JSON.parse here would round them too)
    [...resumed.stdout.matchAll(/"stream":"bb_big","record":\{"id":(\d+)/g)].map((m) => m[1]),
    ['9007199254740995', '9007199254740996', '9007199254740997', '9007199254740998', '9007199254740999', '9007199254741000'],
    'from the bookmark, inclusive: 995 is not skipped',
  );
});

// Interop: a third-party Python Singer tap (MeltanoLabs tap-postgres 0.10.0) into target-postgres-medi under
// `meltano run` with the target's default settings: incremental on updated_at (rows land, Meltano keeps the state, a
// rerun resumes from it and the record re-sent at the inclusive bookmark does not land twice), and a table of every
// common PostgreSQL type, each value compared exactly with the source and each column's type checked.
import t from 'tap';
import { query, scratchDb } from './helpers.js';
import { meltano, meltanoEnv } from './meltano.js';

t.test('meltano run tap-postgres target-postgres-medi', async (t) => {
  const src = await scratchDb('interop_src');
  const dst = await scratchDb('interop_dst');
  await query(
    src,
    `create schema interop;
    create table interop.people (id int primary key, name text not null, born date, updated_at timestamptz not null);
    insert into interop.people values (1, 'Aroha', '1980-02-29', '2025-01-01T00:00:00Z'), (2, 'James', null, '2025-01-02T00:00:00Z'), (3, 'Mere', '1999-12-31', '2025-01-03T00:00:00Z')`,
  );
  const u = new URL(src);
  const env = meltanoEnv({
    INTEROP_PGHOST: u.hostname,
    INTEROP_PGPORT: u.port || '5432',
    INTEROP_PGUSER: decodeURIComponent(u.username),
    // the tap insists on a password; trust-auth servers ignore it
    INTEROP_PGPASSWORD: decodeURIComponent(u.password) || 'unused',
    INTEROP_PGDATABASE: u.pathname.slice(1),
    DATABASE_URL: dst,
  });

  const first = await meltano(['run', 'tap-postgres', 'target-postgres-medi'], env);
  t.equal(first.code, 0, 'exit status', { output: first.stderr.slice(-3000) });
  t.same(await query(dst, 'select id::int, name, born::text from raw.interop_people order by id'), [
    { id: 1, name: 'Aroha', born: '1980-02-29' },
    { id: 2, name: 'James', born: null },
    { id: 3, name: 'Mere', born: '1999-12-31' },
  ]);
  const stateOut = await meltano(['state', 'get', 'dev:tap-postgres-to-target-postgres-medi'], env);
  t.equal(stateOut.code, 0, 'exit status', { output: stateOut.stderr.slice(-1000) });
  const state = JSON.parse(stateOut.stdout.slice(stateOut.stdout.indexOf('{')));
  t.notOk('type' in state.singer_state, 'Meltano stored the bare state value (not a message wrapper)');
  t.match(
    state.singer_state.bookmarks['interop-people'],
    { replication_key: 'updated_at', replication_key_value: /^2025-01-03/ },
    'bookmark is the max updated_at',
  );

  await query(
    src,
    `update interop.people set name = 'James T', updated_at = '2025-02-01T00:00:00Z' where id = 2;
    insert into interop.people values (4, 'Tama', null, '2025-02-02T00:00:00Z')`,
  );
  const second = await meltano(['run', 'tap-postgres', 'target-postgres-medi'], env);
  t.equal(second.code, 0, 'exit status', { output: second.stderr.slice(-3000) });
  t.same(await query(dst, 'select id::int, name from raw.interop_people order by id'), [
    { id: 1, name: 'Aroha' },
    { id: 2, name: 'James T' },
    { id: 3, name: 'Mere' },
    { id: 4, name: 'Tama' },
  ]);
  const runs = await query<{ status: string; rows_loaded: number }>(
    dst,
    'select status, rows_loaded::int from etl.load_runs order by started_at',
  );
  t.same(
    runs.map((r) => r.status),
    ['succeeded', 'succeeded'],
  );
  t.ok(runs[1]!.rows_loaded < 4, `second run read only changed rows from the bookmark (${runs[1]!.rows_loaded})`);

  // a run with nothing new: the SDK re-sends the record at its (inclusive) bookmark, which must not land again
  const third = await meltano(['run', 'tap-postgres', 'target-postgres-medi'], env);
  t.equal(third.code, 0, 'exit status', { output: third.stderr.slice(-3000) });
  t.same(
    await query(dst, 'select count(*)::int as n, count(distinct id)::int as ids from raw.interop_people'),
    [{ n: 4, ids: 4 }],
    'no duplicate rows after reruns',
  );
});

t.test('every common PostgreSQL type through tap-postgres lands exactly, with its column type', async (t) => {
  const src = await scratchDb('interop_types_src');
  const dst = await scratchDb('interop_types_dst');
  await query(
    src,
    `create schema interop;
    create table interop.all_types (
      id bigint primary key, i16 smallint, i32 integer, i64 bigint, n38 numeric(38,10), money numeric(12,2), r real, d double precision,
      b boolean, day date, t time, ts timestamp, tstz timestamptz, txt text, vc varchar(20), j jsonb, ints integer[], texts text[], u uuid)`,
  );
  await query(
    src,
    `insert into interop.all_types values
    (1, 32767, 2147483647, 9223372036854775807, 1234567890123456789012345678.1234567890, 0.07, 3.4028235e38, 1.7976931348623157e308,
     true, '0001-01-01', '23:59:59.999999', '9999-12-31 23:59:59.999999', '2025-06-30 12:34:56.123456+00',
     E'M\\u0101ori \\u2603 \\U0001F600\\ttab\\nnewline \\\\ back', 'v',
     '{"big": 12345678901234567890, "money": 2.50, "neg": -9223372036854775809, "arr": [9007199254740993, 1.10]}',
     '{1,2,2147483647}', '{"a","b c","d\\"e"}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
    (2, -32768, -2147483648, -9223372036854775808, -0.0000000001, 19.99, -1.5, 0.1,
     false, '9999-12-31', '00:00:00', '0001-01-01 00:00:00', '0001-01-01 00:00:00+00', '', null, '[]', '{}', null, null),
    (3, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)`,
  );
  const u = new URL(src);
  const env = meltanoEnv({
    INTEROP_PGHOST: u.hostname,
    INTEROP_PGPORT: u.port || '5432',
    INTEROP_PGUSER: decodeURIComponent(u.username),
    INTEROP_PGPASSWORD: decodeURIComponent(u.password) || 'unused',
    INTEROP_PGDATABASE: u.pathname.slice(1),
    DATABASE_URL: dst,
  });
  for (const run of [1, 2]) {
    const r = await meltano(['run', 'tap-postgres', 'target-postgres-medi'], env);
    t.equal(r.code, 0, `run ${run}: exit status`, { output: r.stderr.slice(-3000) });
  }
  t.same(
    await query(
      dst,
      `select column_name, data_type from information_schema.columns where table_schema = 'raw' and table_name = 'interop_all_types'
      and column_name not like '\\_sdc%' order by ordinal_position`,
    ),
    [
      ['id', 'bigint'],
      ['i16', 'bigint'],
      ['i32', 'bigint'],
      ['i64', 'bigint'],
      ['n38', 'numeric'],
      ['money', 'numeric'],
      ['r', 'numeric'],
      ['d', 'numeric'],
      ['b', 'boolean'],
      ['day', 'date'],
      ['t', 'time without time zone'],
      ['ts', 'timestamp with time zone'],
      ['tstz', 'timestamp with time zone'],
      ['txt', 'text'],
      ['vc', 'text'],
      ['j', 'jsonb'],
      ['ints', 'jsonb'],
      ['texts', 'jsonb'],
      ['u', 'text'],
    ].map(([column_name, data_type]) => ({ column_name, data_type })),
    'column types',
  );
  // every value as PostgreSQL prints it: the source's own types against the landed columns (real and double
  // compared at their own precision; a timestamp without zone is UTC; arrays as JSON)
  const source = await query(
    src,
    `select id, i16::text, i32::text, i64::text, n38::text, money::text, r::text, d::text, b::text, day::text, t::text,
      ts::text, tstz::text, txt, vc, j::text, array_to_json(ints)::jsonb::text as ints, array_to_json(texts)::jsonb::text as texts, u::text
    from interop.all_types order by id`,
  );
  const landed = await query(
    dst,
    `select id, i16::text, i32::text, i64::text, n38::text, money::text, r::real::text as r, d::float8::text as d, b::text,
      day::text, t::text, (ts at time zone 'UTC')::text as ts, tstz::text, txt, vc, j::text, ints::text, texts::text, u
    from raw.interop_all_types order by id`,
  );
  t.same(landed, source, 'every value exactly as in the source');
  t.equal(source.length, 3);
  t.same(
    await query(dst, `select count(*)::int as n from raw.interop_all_types`),
    [{ n: 3 }],
    'a second full-table run replaces rows by key (no duplicates)',
  );
});

// tap-sql on PostgreSQL tables that hold other tables' rows, as production databases have them: a table
// partitioned by range whose parent autovacuum never analyzes (its own reltuples stays -1), and a table other
// tables inherit from (the old way of partitioning, as in the Sakila sample's payment table). PostgreSQL's SELECT
// on such a parent includes its partitions' or children's rows, so discovery profiles the whole tree on the parent
// and lists no partition or child beside it: every row is read once. A partition or child selected without its
// parent is read on its own.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, configFile, query, scratchDb } from './helpers.js';
import { runTapAlone } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');

t.test('partitioned and inherited tables: profiled as a whole, each row read once', async (t) => {
  const src = await scratchDb('tapsql_trees');
  await query(
    src,
    `create table events (id bigint not null, updated_at timestamptz not null, v text, primary key (id, updated_at))
       partition by range (updated_at);
     create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
     create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
     create index on events (updated_at);
     insert into events select g, timestamptz '2024-12-01 00:00:00+00' + g * interval '1 hour', 'e' || g from generate_series(1, 2000) g;
     analyze events_2024; analyze events_2025;
     create table payment (payment_id int primary key, amount numeric(5,2) not null, last_update timestamptz not null);
     create index on payment (last_update);
     create table payment_p1 (check (payment_id <= 100)) inherits (payment);
     create table payment_p2 (note text) inherits (payment);
     insert into payment select g, g / 100.0, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' from generate_series(1, 10) g;
     insert into payment_p1 select g, g / 100.0, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' from generate_series(11, 30) g;
     insert into payment_p2 select g, g / 100.0, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute', 'n' from generate_series(31, 60) g;
     analyze payment; analyze payment_p1; analyze payment_p2;`,
  );
  const [events] = await query<{ parent: number }>(src, `select reltuples::int parent from pg_class where relname = 'events'`);
  t.equal(events!.parent, -1, 'the partitioned parent itself was never analyzed, as on a production server');

  const config = { dialect: 'postgres', url: src, schemas: ['public'], source: 'tr', lag_seconds: 0 };
  const cat = spawnSync(process.execPath, [TAP, '--config', configFile(config), '--discover'], { encoding: 'utf8' });
  t.equal(cat.status, 0, 'discover exit 0', { stderr: cat.stderr.slice(-2000) });
  const meta = Object.fromEntries(
    JSON.parse(cat.stdout).streams.map((s: any) => [s.stream, s.metadata[0].metadata as Record<string, unknown>]),
  ) as Record<string, Record<string, unknown>>;
  t.same(Object.keys(meta).sort(), ['tr__row_counts', 'tr_events', 'tr_payment'], 'no partition or child is a stream beside its parent');
  t.equal(meta.tr_events!['row-count'], 2000, "the partitioned table's rows are its partitions' (not 0)");
  t.equal(meta.tr_events!['medi-members'], 2);
  t.equal(meta.tr_events!['medi-cursor'], 'updated_at', 'its partitioned index serves the cursor');
  t.equal(meta.tr_payment!['row-count'], 60, "the parent's rows include its children's");
  t.equal(meta.tr_payment!['medi-members'], 2);
  t.match(cat.stderr, /public\.events \(\+2 partitions or children\) \| 2000 \|/, 'the profile report says so');

  const run = await runTapAlone(TAP, config);
  t.equal(run.code, 0, 'sync exit 0', { stderr: run.stderr.slice(-2000) });
  const keys = (stream: string, key: string) =>
    run.records
      .filter((r) => r.stream === stream)
      .map((r) => Number(r.record[key]))
      .sort((a, b) => a - b);
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  t.same(keys('tr_events', 'id'), range(1, 2000), 'every event once, from both partitions');
  t.same(keys('tr_payment', 'payment_id'), range(1, 60), 'every payment once, children included');
  t.same(
    run.records.find((r) => r.stream === 'tr_payment' && r.record.payment_id === 45)?.record,
    { payment_id: 45, amount: 0.45, last_update: '2024-01-01T00:45:00Z' },
    "a child's row through its parent: the parent's columns",
  );

  // a child or partition named on its own, without its parent: read on its own, with its own columns
  const alone = await runTapAlone(TAP, { ...config, tables: ['payment_p2', 'events_2025'] });
  t.equal(alone.code, 0, 'sync exit 0', { stderr: alone.stderr.slice(-2000) });
  t.same(
    [...new Set(alone.records.map((r) => r.stream))].sort(),
    ['tr__row_counts', 'tr_events_2025', 'tr_payment_p2'],
    'each selected member is a stream',
  );
  t.equal(alone.records.filter((r) => r.stream === 'tr_payment_p2').length, 30);
  t.equal(alone.records.find((r) => r.stream === 'tr_payment_p2')?.record.note, 'n', "the child's own column");
  const [p2025] = await query<{ n: number }>(src, `select count(*)::int n from events_2025`);
  t.equal(alone.records.filter((r) => r.stream === 'tr_events_2025').length, p2025!.n);
});

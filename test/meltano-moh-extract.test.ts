// `meltano run moh-extract` (tap-sql--polyclinic--files → target-files-medi), the ministry brief's delivery: a
// PostgreSQL source's table lands as Parquet under raw/polyclinic/<stream>/, every value equal to the source's
// (numeric(38,10), int8 limits, timestamptz with microseconds, Arabic text, NULL), and a second run with one new row
// adds only that row. `meltano run polyclinic-daily` loads the same source into the warehouse on the batch lane
// (pg-copy-binary), every value equal to the source's too.
import t from 'tap';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

t.test('meltano run moh-extract: a PostgreSQL source into Parquet, exact, incremental', async (t) => {
  const src = await scratchDb('moh_polyclinic_src');
  await query(
    src,
    `CREATE TABLE public.visits (
       visit_id bigint PRIMARY KEY, patient_name text, fee numeric(38,10), big bigint,
       visited_at timestamptz NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
     CREATE INDEX ON public.visits (updated_at);
     INSERT INTO public.visits VALUES
       (1, 'سارة أحمد', 1234567890123456789012345678.0123456789, 9223372036854775807, '2026-11-30 08:15:00.123456+03', '2026-12-01 00:00:00+00'),
       (2, 'O''Brien, "Pat"', -0.0000000001, -9223372036854775808, '2026-11-30 23:59:59.999999+00', '2026-12-01 00:00:01+00'),
       (3, NULL, NULL, NULL, '2026-12-01 12:00:00+00', '2026-12-01 00:00:02+00')`,
  );
  const u = new URL(src);
  const root = mkdtempSync(join(tmpdir(), 'moh-extract-'));
  const env = meltanoEnv({
    POLYCLINIC_HOST: u.hostname,
    POLYCLINIC_PORT: u.port || '5432',
    POLYCLINIC_USER: decodeURIComponent(u.username) || 'postgres',
    POLYCLINIC_DATABASE: u.pathname.slice(1),
    TAP_SQL__POLYCLINIC_LAG_SECONDS: '0',
    TAP_SQL_LAG_SECONDS: '0',
    TARGET_FILES_MEDI_ROOT: root,
  });
  const first = await meltano(['run', 'moh-extract'], env);
  t.equal(first.code, 0, 'moh-extract runs', { output: first.stderr.slice(-3000) });

  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const read = async () => {
    const r = await db.runAndReadAll(
      `SELECT visit_id::varchar AS visit_id, patient_name, fee::varchar AS fee, big::varchar AS big,
              strftime(visited_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%f') AS visited_at
         FROM read_parquet('${root}/raw/polyclinic/polyclinic_visits/**/*.parquet', hive_partitioning = false) ORDER BY visit_id`,
    );
    return r.getRowObjectsJson();
  };
  t.same(
    await read(),
    [
      {
        visit_id: '1',
        patient_name: 'سارة أحمد',
        fee: '1234567890123456789012345678.0123456789',
        big: '9223372036854775807',
        visited_at: '2026-11-30 05:15:00.123456',
      },
      {
        visit_id: '2',
        patient_name: 'O\'Brien, "Pat"',
        fee: '-0.0000000001',
        big: '-9223372036854775808',
        visited_at: '2026-11-30 23:59:59.999999',
      },
      { visit_id: '3', patient_name: null, fee: null, big: null, visited_at: '2026-12-01 12:00:00.000000' },
    ],
    'every value as the source holds it (Parquet read back by DuckDB)',
  );

  // the run's counts land beside the table (tap-sql's row-counts control stream): a file reader can check them too
  const counted = await db.runAndReadAll(
    `SELECT stream, rows_read::int AS rows_read FROM read_parquet('${root}/raw/polyclinic/polyclinic__row_counts/**/*.parquet', hive_partitioning = false)`,
  );
  t.same(counted.getRowObjectsJson(), [{ stream: 'polyclinic_visits', rows_read: 3 }], 'the table counted: 3 rows read');

  await query(src, `INSERT INTO public.visits VALUES (4, 'new', 1.5, 4, '2026-12-02 09:00:00+00', now())`);
  const second = await meltano(['run', 'moh-extract'], env);
  t.equal(second.code, 0, 'second run', { output: second.stderr.slice(-3000) });
  const rows = await read();
  t.same(
    rows.map((r) => r.visit_id),
    ['1', '2', '3', '4'],
    'only the new row was added (the bookmark held)',
  );

  // the warehouse job: tap-sql--polyclinic sends pg-copy-binary BATCH files, which the target copies as they are
  const dst = await scratchDb('moh_polyclinic_dst');
  const daily = await meltano(['run', 'polyclinic-daily'], { ...env, ...pgEnv(dst), DATABASE_URL: dst });
  t.equal(daily.code, 0, 'polyclinic-daily runs', { output: daily.stderr.slice(-3000) });
  t.match(daily.stderr, /does not match any enabled nodes[\s\S]*Nothing to do/, 'its dbt step ran: no polyclinic contracts yet');
  // the target's summary: visits copied as tuples (visit 2's int8 limits take the general path, which checks them
  // exactly); only the row-counts record came as a JSON line (on RECORD lines, or jsonl files, all five would)
  const figure = (name: string) => Number(new RegExp(`"${name}":(\\d+)`).exec(daily.stderr)?.[1]);
  t.equal(figure('fast_path_records'), 1, 'one JSON line: the row counts');
  t.equal(figure('binary_copy_records'), 3, 'three visits as pg-copy-binary tuples');
  const exact = `SELECT visit_id, patient_name, fee::text AS fee, big::text AS big,
      to_char(visited_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS visited_at FROM %s ORDER BY visit_id`;
  t.same(
    await query(dst, exact.replace('%s', 'raw.polyclinic_visits').replace('visit_id,', '"visit_id"::int AS visit_id,')),
    await query(src, exact.replace('%s', 'public.visits').replace('visit_id,', 'visit_id::int AS visit_id,')),
    'raw holds every value as the source does',
  );
});

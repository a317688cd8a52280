// MySQL/MariaDB FLOAT (single precision): the row protocol's text of a FLOAT is rounded to 6 significant digits
// (16777216 arrives as 16777200), so tap-sql selects it as a DOUBLE, which writes the stored value exactly. Checked
// against the server's own CAST(f AS DOUBLE), on the record lane and landed through the batch lane.
import t from 'tap';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ROOT, DB_PREFIX, mariadb, query, scratchDb } from './helpers.js';
import { pipeline, runTapAlone } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-sql/main.js');
const DB = `${DB_PREFIX}_tapsql_float`;

t.test('FLOAT columns arrive as the value stored, not its 6-digit display', async (t) => {
  mariadb(`DROP DATABASE IF EXISTS \`${DB}\`; CREATE DATABASE \`${DB}\`;
    CREATE TABLE \`${DB}\`.fl (id int PRIMARY KEY, f FLOAT NULL, d DOUBLE NULL);
    INSERT INTO \`${DB}\`.fl VALUES (1, 16777216, 0.1), (2, 1234567.875, NULL), (3, 0.123456789, 1e300), (4, NULL, -0.5), (5, -3.4e38, 2);`);
  t.teardown(() => void mariadb(`DROP DATABASE IF EXISTS \`${DB}\``));
  const server = mariadb(`SELECT id, CAST(f AS DOUBLE) FROM \`${DB}\`.fl ORDER BY id`)
    .trim()
    .split('\n')
    .map((l) => l.split('\t'))
    .map(([id, f]) => [Number(id), f === 'NULL' ? null : Number(f)]);
  t.same(
    server.slice(0, 2),
    [
      [1, 16777216],
      [2, 1234567.875],
    ],
    "the server's own DOUBLE of the FLOAT",
  );
  const config = { dialect: 'mysql', host: '127.0.0.1', user: 'root', database: DB, source: 'fl', lag_seconds: 0 };
  const run = await runTapAlone(TAP, config);
  t.equal(run.code, 0, run.stderr.slice(-2000));
  const got = run.records.filter((r) => r.stream === 'fl_fl').map((r) => [r.record.id, r.record.f === null ? null : Number(r.record.f)]);
  t.same(got, server, 'every FLOAT as the server holds it');
  t.same(
    run.records.filter((r) => r.stream === 'fl_fl').map((r) => r.record.d),
    [0.1, null, 1e300, -0.5, 2],
    'DOUBLE as before',
  );

  const dst = await scratchDb('tapsql_float');
  const root = mkdtempSync(join(tmpdir(), 'medi-float-batch-'));
  const batched = await pipeline(
    { ...config, batch_config: { encoding: { format: 'pg-copy-binary' }, storage: { root: `file://${root}` } } },
    dst,
    undefined,
    { tap: TAP },
  );
  t.equal(batched.targetCode, 0, batched.targetErr.slice(-2000));
  const landed = await query<{ id: number; f: string | null }>(dst, 'select id::int, f::text from raw.fl_fl order by id');
  t.same(
    landed.map((r) => [r.id, r.f === null ? null : Number(r.f)]),
    server,
    'landed exactly through the batch lane',
  );
});

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

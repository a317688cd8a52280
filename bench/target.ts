// `npm run bench:target`: target-postgres-medi vs `psql \copy` (and optionally MeltanoLabs target-postgres)
// on the same N rows in the same run, for each row shape (--shapes: mixed, wide-text, numeric, jsonb; bench/shapes.ts).
// Prints every run, rows/s, ratios with their goals and the target's peak RSS. Not a test.
import { mkdirSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { writeBenchFiles } from './generate.js';
import { SHAPES } from './shapes.js';
import { psqlTimed, timed } from './run.js';
import { testDatabaseUrl, createScratchDatabase } from '../kit/warehouse/database.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    shapes: { type: 'string', default: SHAPES.map((s) => s.name).join(',') },
    meltanolabs: { type: 'boolean', default: false },
    'meltanolabs-rows': { type: 'string' },
  },
});
const rows = Number(values.rows);
const out = resolve('bench/out');
mkdirSync(out, { recursive: true });
const base = process.env.DATABASE_URL ?? (await testDatabaseUrl());
const url = await createScratchDatabase(base, 'medi_bench');
const client = new pg.Client({ connectionString: url });
await client.connect();

/** Start each load from the same server state: without it the checkpoint of the previous load's WAL ran into the next. */
async function checkpoint(): Promise<void> {
  await client
    .query('CHECKPOINT')
    .catch((e: Error) => process.stderr.write(`CHECKPOINT not allowed (${e.message}): loads may overlap a checkpoint\n`));
}

// psql \copy and the target alternate, `runs` times each, and the medians are compared: on a shared 2-core box
// one run of either varied by 20-40% from minute to minute. Every run is printed.
const cfgFile = join(out, 'target-config.json');
// the bench measures appending COPY (its streams are keyed, which the default load_method would merge on)
writeFileSync(cfgFile, JSON.stringify({ database_url: url, load_method: 'append-only' }));
const runs = Math.max(1, Number(values.runs));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const each = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(', ');
const rate = (s: number) => Math.round(rows / s);
const lines: string[] = [];
let peakRssMb = 0;
let mixedTargetSeconds: number | undefined;
for (const name of values.shapes.split(',')) {
  const shape = SHAPES.find((s) => s.name === name);
  if (!shape) throw new Error(`unknown shape ${name}; shapes: ${SHAPES.map((s) => s.name).join(', ')}`);
  const prefix = shape.name === 'mixed' ? 'rows' : `rows-${shape.name}`;
  const shapeSinger = join(out, `${prefix}-${rows}.singer`);
  const csvFile = join(out, `${prefix}-${rows}.csv`);
  if (!existsSync(shapeSinger) || !existsSync(csvFile)) {
    process.stderr.write(`generating ${rows} ${shape.name} rows…\n`);
    await shape.write(rows, shapeSinger, csvFile);
  }
  const psqlTimes: number[] = [];
  const targetTimes: number[] = [];
  let shapeRss = 0;
  for (let r = 0; r < runs; r++) {
    // 1. psql \copy of the same rows from CSV into a table with the same column types
    await client.query('DROP TABLE IF EXISTS public.psql_copy');
    await client.query(`CREATE TABLE public.psql_copy ${shape.ddl}`);
    await checkpoint();
    const psql = await psqlTimed(url, `\\copy public.psql_copy FROM '${csvFile}' WITH (FORMAT csv)`);
    psqlTimes.push(psql.seconds);

    // 2. target-postgres-medi, default settings (validation on, lineage columns on), into a table it creates
    await client.query(`DROP TABLE IF EXISTS raw.${shape.stream}`);
    await checkpoint();
    const target = await timed('node', ['dist/targets/target-postgres-medi/main.js', '--config', cfgFile], { inputFile: shapeSinger });
    if (target.code !== 0) throw new Error(`target failed: ${target.stderr.slice(-2000)}`);
    const loaded = Number((await client.query(`SELECT count(*) FROM raw.${shape.stream}`)).rows[0].count);
    if (loaded !== rows) throw new Error(`target loaded ${loaded} rows, expected ${rows}`);
    targetTimes.push(target.seconds);
    shapeRss = Math.max(shapeRss, target.peakRssMb);
    process.stderr.write(`${shape.name} run ${r + 1}/${runs}: psql ${psql.seconds.toFixed(2)} s, target ${target.seconds.toFixed(2)} s\n`);
  }
  peakRssMb = Math.max(peakRssMb, shapeRss);
  const [p, t] = [median(psqlTimes), median(targetTimes)];
  if (shape.name === 'mixed') mixedTargetSeconds = t;
  lines.push(
    `${shape.name}: ${rows} rows × ${shape.columns} columns (${(statSync(shapeSinger).size / 1e6).toFixed(0)} MB Singer, ${(statSync(csvFile).size / 1e6).toFixed(0)} MB CSV)`,
    `  psql \\copy           : ${p.toFixed(2)} s  ${rate(p)} rows/s  (runs: ${each(psqlTimes)})`,
    `  target-postgres-medi : ${t.toFixed(2)} s  ${rate(t)} rows/s  (runs: ${each(targetTimes)})  peak RSS ${shapeRss} MB (goal <= 200)`,
    `  target ÷ \\copy (speed): ${(p / t).toFixed(2)} of the medians (goal >= 0.80); runs: ${psqlTimes.map((x, k) => (x / targetTimes[k]!).toFixed(2)).join(', ')}`,
  );
}
lines.push(`target peak RSS over every shape: ${peakRssMb} MB (goal <= 200)`);

// 3. optional: MeltanoLabs target-postgres on the same stream (slow: default a 100k-row slice, rate compared)
if (values.meltanolabs) {
  if (mixedTargetSeconds === undefined) throw new Error('--meltanolabs compares with the mixed shape: include it in --shapes');
  const mlRows = Number(values['meltanolabs-rows'] ?? Math.min(rows, 100_000));
  const slice = join(out, `rows-${mlRows}.singer`);
  if (!existsSync(slice)) await writeBenchFiles(mlRows, slice, join(out, `rows-${mlRows}.csv`));
  const bin = resolve('.venv-bench/bin/target-postgres');
  if (!existsSync(bin))
    throw new Error(
      'MeltanoLabs target-postgres missing: run scripts/setup-bench (pip installs meltanolabs-target-postgres into .venv-bench)',
    );
  const u = new URL(url);
  const mlCfg = join(out, 'meltanolabs-config.json');
  // it insists on a password and a driver; trust-auth servers ignore the password
  const pw = encodeURIComponent(decodeURIComponent(u.password) || 'unused');
  const sqlalchemyUrl = `postgresql+psycopg://${u.username}:${pw}@${u.hostname}:${u.port || 5432}${u.pathname}`;
  writeFileSync(
    mlCfg,
    JSON.stringify({
      sqlalchemy_url: sqlalchemyUrl,
      default_target_schema: 'meltanolabs',
      add_record_metadata: true,
      validate_records: true,
    }),
  );
  const ml = await timed(bin, ['--config', mlCfg], { inputFile: slice });
  if (ml.code !== 0) throw new Error(`MeltanoLabs target failed: ${ml.stderr.slice(-2000)}`);
  const mlRate = mlRows / ml.seconds;
  lines.push(`MeltanoLabs target     : ${ml.seconds.toFixed(2)} s for ${mlRows} rows  ${Math.round(mlRate)} rows/s`);
  lines.push(`ratio target / MeltanoLabs: ${(rows / mixedTargetSeconds / mlRate).toFixed(1)} (goal >= 15)`);
}
await client.end();
process.stdout.write(lines.join('\n') + '\n');

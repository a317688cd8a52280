// `npm run bench:indici`: N Indici appointment rows (UTF-16LE, production separators) from a real S3 server
// through tap → target → dbt (staging, rejects, fact), against a bare `psql \copy` of the same rows into a
// text table, in the same run. Then a no-op rerun. Prints times, ratios and both plugins' peak RSS.
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, fileName, CONTRACTS } from '../sim/indici/feed.js';
import { benchFiles, uploadMultipart, BENCH_OUT, BENCH_DATE_EXTRACTED } from './indici-file.js';
import { testDatabaseUrl, createScratchDatabase, pgEnv } from '../kit/warehouse/database.js';
import { migrate } from '../kit/warehouse/migrate.js';
import { peakRssMb, psqlTimed, relay, timed } from './run.js';

// --lane batch (default: what the Indici jobs send): pg-copy-binary BATCH files (README "Batch lane"); record: RECORD lines
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, lane: { type: 'string', default: 'batch' } } });
if (values.lane !== 'batch' && values.lane !== 'record') throw new Error('--lane must be batch or record');
const rows = Number(values.rows);
const contract = CONTRACTS.appointments!;
const de = BENCH_DATE_EXTRACTED;
const out = BENCH_OUT;
const { indiciFile, tsvFile } = await benchFiles(rows);

const s3 = await startS3Server();
const bucket = 'bench-indici';
await ensureBucket(s3.client, bucket);
const key = `indici/${fileName('Appointments', de, 'full')}`;
await uploadMultipart(s3.client, bucket, key, indiciFile);

const db = await createScratchDatabase(
  process.env.DATABASE_URL ?? (await testDatabaseUrl()),
  `${process.env.MEDI_TEST_DB_PREFIX ?? 'medi'}_bench_indici`,
);
await migrate(db);
const client = new pg.Client({ connectionString: db });
await client.connect();

// 2. bare copy of the same rows into a text table
await client.query(`create table public.bare_appointments (${contract.columns.map((c) => `"${c.source}" text`).join(', ')})`);
const bare = await psqlTimed(db, `\\copy public.bare_appointments FROM '${tsvFile}'`);

// 3. tap | target, timed together; each reports its peak RSS
const env = { ...process.env, ...S3_TEST_ENV };
const tapCfg = join(out, 'indici-tap.json');
const tgtCfg = join(out, 'indici-target.json');
const batchConfig = { encoding: { format: 'pg-copy-binary', compression: 'none' } };
writeFileSync(
  tapCfg,
  JSON.stringify({ bucket, endpoint_url: s3.url, mode: 'backfill', ...(values.lane === 'batch' ? { batch_config: batchConfig } : {}) }),
);
writeFileSync(tgtCfg, JSON.stringify({ database_url: db }));

async function load(statePath?: string): Promise<{ seconds: number; tapRss: number; targetRss: number; state: string; tapLog: string }> {
  const t0 = process.hrtime.bigint();
  const tap = spawn('node', ['dist/taps/tap-indici-s3/main.js', '--config', tapCfg, ...(statePath ? ['--state', statePath] : [])], { env });
  const target = spawn('node', ['dist/targets/target-postgres-medi/main.js', '--config', tgtCfg], { env });
  const { tapErr, targetErr, targetOut } = await relay(tap, target);
  return {
    seconds: Number(process.hrtime.bigint() - t0) / 1e9,
    tapRss: peakRssMb(tapErr),
    targetRss: peakRssMb(targetErr),
    state: targetOut.trim().split('\n').at(-1) ?? '',
    tapLog: tapErr,
  };
}

/** Each model's build time as dbt reports it ("OK created sql table model stg.x … in 13.21s"), the rest being dbt's own start-up. */
function modelBuilds(out: string): Array<{ model: string; seconds: number }> {
  return [...out.matchAll(/OK created sql \w+ model \w+\.(\w+) .*? in ([\d.]+)s/g)].map((m) => ({ model: m[1]!, seconds: Number(m[2]) }));
}

const dbtEnv = { ...pgEnv(db), MEDI_NHI_HMAC_KEY: process.env.MEDI_NHI_HMAC_KEY ?? 'bench0key0not0secret' };

// dbt re-parses the whole project (~5 s here) when the rendered profile changed since its last run, as it
// has for this scratch database; a scheduled job's profile does not change between runs, so parse once
// first, untimed, and time the runs as a schedule sees them
const parse = await timed('scripts/dbt', ['parse'], { env: dbtEnv });
if (parse.code !== 0) throw new Error(parse.stdout.slice(-3000));

const first = await load();
// the job's transform step for this stream: checked → staging → rejects → fact
const dbt = await timed('scripts/dbt', ['run', '--select', 'stg_indici__appointments__checked+'], { env: dbtEnv });
if (dbt.code !== 0) throw new Error(dbt.stdout.slice(-3000));
await timed('scripts/dbt', ['run'], { env: dbtEnv }); // records the build marker for the no-op check
const [counts] = (
  await client.query(
    `select (select count(*) from raw.indici_appointments)::int raw, (select count(*) from stg.stg_indici__appointments__checked)::int checked, (select count(*) from core.fact_appointments)::int fact`,
  )
).rows;

// 3b. PostgreSQL's own share of the same work, with no tap, target or dbt process: raw's rows as landed
// (lineage included) copied back in by psql in binary (PostgreSQL's cheapest COPY form), plus each model's
// build as dbt timed it. This design's floor on this machine: end to end cannot go below it, whatever the
// plugins do.
const rawCopyFile = join(out, `indici-raw-as-landed-${rows}.copy`);
await psqlTimed(db, `\\copy raw.indici_appointments TO '${rawCopyFile}' WITH (FORMAT binary)`);
await client.query('create table public.floor_raw (like raw.indici_appointments including defaults)');
const rawFloor = await psqlTimed(db, `\\copy public.floor_raw FROM '${rawCopyFile}' WITH (FORMAT binary)`);
await client.query('drop table public.floor_raw');
rmSync(rawCopyFile, { force: true });
const buildSeconds = modelBuilds(dbt.stdout).reduce((sum, m) => sum + m.seconds, 0);

// 4. no-op rerun: the job again with the state the first run produced
const statePath = join(out, 'indici-state.json');
writeFileSync(statePath, first.state);
const runsBefore = Number((await client.query(`select coalesce(sum(rows_loaded), 0)::int n from etl.load_runs`)).rows[0].n);
const t0 = process.hrtime.bigint();
const noop = await load(statePath);
const noopDbt = await timed('scripts/dbt', ['run'], { env: dbtEnv });
const noopSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
writeFileSync(join(out, 'indici-noop-tap.log'), noop.tapLog);
const noopListedVersions = /"endpoint":"ListObjectVersionsCommand"/.test(noop.tapLog);
const written = Number((await client.query(`select coalesce(sum(rows_loaded), 0)::int n from etl.load_runs`)).rows[0].n) - runsBefore;
await client.end();
await s3.stop();

function modelTimes(out: string): string {
  const times = modelBuilds(out).map((m) => `${m.model} ${m.seconds.toFixed(2)} s`);
  return times.length ? times.join(', ') : 'no model times in dbt output';
}

const e2e = first.seconds + dbt.seconds;
const floorSeconds = rawFloor.seconds + buildSeconds;
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
const loadRatio = first.seconds / rawFloor.seconds;
const e2eRatio = e2e / floorSeconds;
const peakRss = Math.max(first.tapRss, first.targetRss);
process.stdout.write(
  [
    `lane: ${values.lane}`,
    `rows: ${rows} appointments (64 fields), file ${(statSync(indiciFile).size / 1e6).toFixed(0)} MB UTF-16LE; raw ${counts.raw}, checked ${counts.checked}, fact ${counts.fact}`,
    `bare psql \\copy (TSV, text table): ${bare.seconds.toFixed(2)} s`,
    `tap → target (S3 → raw):          ${first.seconds.toFixed(2)} s  tap peak RSS ${first.tapRss} MB, target peak RSS ${first.targetRss} MB (goal <= 200 MB: ${mark(peakRss <= 200)})`,
    `dbt staging + rejects + fact:     ${dbt.seconds.toFixed(2)} s (${modelTimes(dbt.stdout)})`,
    `PostgreSQL alone, same writes:    raw rows as landed, psql binary \\copy ${rawFloor.seconds.toFixed(2)} s + model builds ${buildSeconds.toFixed(2)} s = ${floorSeconds.toFixed(2)} s (this design's floor here)`,
    `tap → target / raw's binary \\copy: ${loadRatio.toFixed(2)} (goal <= 1.5: ${mark(loadRatio <= 1.5)})`,
    `end to end / PostgreSQL alone:    ${e2eRatio.toFixed(2)} (goal <= 1.2: ${mark(e2eRatio <= 1.2)}); end to end / bare copy ${(e2e / bare.seconds).toFixed(2)}`,
    `no-op rerun (tap → target → dbt): ${noopSeconds.toFixed(2)} s, ${written} rows written (goal <= 1 s, 0 rows: ${mark(noopSeconds <= 1 && written === 0)}); dbt: ${noopDbt.stdout.includes('skipping') ? 'skipped, nothing new' : 'ran'}; tap RSS ${noop.tapRss} MB`,
    `  tap → target ${noop.seconds.toFixed(2)} s, dbt (its build-marker check) ${noopDbt.seconds.toFixed(2)} s`,
    `  the no-op listed ${noopListedVersions ? 'object versions (ListObjectVersions)' : 'current objects only (ListObjectsV2)'}`,
  ].join('\n') + '\n',
);

// 5. the nightly-delta scale figure (bench/indici-delta.ts): BENCH_DELTA_ROWS (default 10000) over each of
// BENCH_DELTA_HISTORY rows of history (default 100000,1000000; `none` skips it), each in its own warehouse
if ((process.env.BENCH_DELTA_HISTORY ?? '') !== 'none') {
  const { deltaNight, deltaReport } = await import('./indici-delta.js');
  const nights = [];
  for (const h of (process.env.BENCH_DELTA_HISTORY || '100000,1000000').split(',').map(Number))
    nights.push(await deltaNight(h, Number(process.env.BENCH_DELTA_ROWS || '10000')));
  process.stdout.write(deltaReport(nights).join('\n') + '\n');
}

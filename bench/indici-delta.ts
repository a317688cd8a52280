// `npm run bench:indici-delta` (and the end of `npm run bench:indici`): does a nightly build cost what arrived,
// not what is already there? For each history size, a scratch warehouse is loaded with that many Indici
// appointment rows (a full file, tap → target, then a full dbt build), untimed; then one night is timed end to
// end: a delta file of --delta rows (half of them new versions of keys in the history, half new keys) through
// tap → target and the job's dbt step for the stream (checked → staging → rejects → fact, incremental). The
// figure is the largest history's night ÷ the smallest's (goal <= 1.5: the cost follows the delta).
import { createWriteStream, createReadStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CreateMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand } from '@aws-sdk/client-s3';
import pg from 'pg';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, fileName, CONTRACTS } from '../sim/indici/feed.js';
import { indiciRows } from '../sim/indici/rows.js';
import { testDatabaseUrl, createScratchDatabase, pgEnv } from '../kit/warehouse/database.js';
import { migrate } from '../kit/warehouse/migrate.js';
import { peakRssMb, relay, timed } from './run.js';

export interface DeltaNight {
  history: number;
  delta: number;
  load: number;
  dbt: number;
  e2e: number;
  tapRss: number;
  targetRss: number;
  models: string;
  /** the models' own build times as dbt reports them (the rest of dbt is its start-up and parse) */
  modelSeconds: number;
}

const contract = CONTRACTS.appointments!;
const HISTORY_DE = '2508111044';
const DELTA_DE = '2508181044';

/** An Indici appointments file (UTF-16LE, production separators) of keys first..first+count-1, written once and reused. */
async function indiciFile(out: string, dateExtracted: string, first: number, count: number): Promise<string> {
  const file = join(out, `indici-appointments-${dateExtracted}-${first}-${count}.dat`);
  if (existsSync(file)) return file;
  const w = createWriteStream(`${file}.part`);
  w.write(Buffer.from([0xff, 0xfe]));
  for (let k = first; k < first + count; k += 10_000) {
    const n = Math.min(10_000, first + count - k);
    const chunk = indiciRows(contract, { dateExtracted, firstKey: k, count: n }).rows;
    if (!w.write(Buffer.from(chunk.map((r) => r.join('|^^|') + '|~~|').join(''), 'utf16le'))) await once(w, 'drain');
  }
  w.end();
  await once(w, 'finish');
  renameSync(`${file}.part`, file);
  return file;
}

/** Upload in 64 MB parts (moto is slow on one large request body). */
async function upload(s3: Awaited<ReturnType<typeof startS3Server>>, bucket: string, key: string, file: string): Promise<void> {
  const { UploadId } = await s3.client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }));
  const parts: Array<{ ETag: string; PartNumber: number }> = [];
  let pending: Buffer[] = [];
  let bytes = 0;
  const flush = async () => {
    const body = Buffer.concat(pending);
    [pending, bytes] = [[], 0];
    const PartNumber = parts.length + 1;
    const r = await s3.client.send(
      new UploadPartCommand({ Bucket: bucket, Key: key, UploadId, PartNumber, Body: body, ContentLength: body.length }),
    );
    parts.push({ ETag: r.ETag!, PartNumber });
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 8 * 1024 * 1024 })) {
    pending.push(chunk as Buffer);
    bytes += (chunk as Buffer).length;
    if (bytes >= 64 * 1024 * 1024) await flush();
  }
  if (bytes > 0 || parts.length === 0) await flush();
  await s3.client.send(new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId, MultipartUpload: { Parts: parts } }));
}

/** tap → target once (the tap's state given: only files it has not read), timed; each plugin's peak RSS. */
async function load(
  tapCfg: string,
  tgtCfg: string,
  statePath?: string,
): Promise<{ seconds: number; tapRss: number; targetRss: number; state: string }> {
  const env = { ...process.env, ...S3_TEST_ENV };
  const t0 = process.hrtime.bigint();
  const tap = spawn('node', ['dist/taps/tap-indici-s3/main.js', '--config', tapCfg, ...(statePath ? ['--state', statePath] : [])], { env });
  const target = spawn('node', ['dist/targets/target-postgres-medi/main.js', '--config', tgtCfg], { env });
  const { tapErr, targetErr, targetOut } = await relay(tap, target);
  return {
    seconds: Number(process.hrtime.bigint() - t0) / 1e9,
    tapRss: peakRssMb(tapErr),
    targetRss: peakRssMb(targetErr),
    state: targetOut.trim().split('\n').at(-1) ?? '',
  };
}

/** One history size: load it (untimed), then time one delta night. */
export async function deltaNight(history: number, delta: number, out = resolve('bench/out')): Promise<DeltaNight> {
  mkdirSync(out, { recursive: true });
  const historyFile = await indiciFile(out, HISTORY_DE, 1, history);
  // half the delta re-sends the history's last keys (new versions), half are new keys
  const deltaFile = await indiciFile(out, DELTA_DE, history - Math.floor(delta / 2) + 1, delta);
  const s3 = await startS3Server();
  try {
    const bucket = 'bench-indici-delta';
    await ensureBucket(s3.client, bucket);
    await upload(s3, bucket, `indici/${fileName('Appointments', HISTORY_DE, 'full')}`, historyFile);
    const db = await createScratchDatabase(
      process.env.DATABASE_URL ?? (await testDatabaseUrl()),
      `${process.env.MEDI_TEST_DB_PREFIX ?? 'medi'}_bench_delta_${history}`,
    );
    await migrate(db);
    const tapCfg = join(out, `indici-delta-tap-${history}.json`);
    const tgtCfg = join(out, `indici-delta-target-${history}.json`);
    writeFileSync(tapCfg, JSON.stringify({ bucket, endpoint_url: s3.url, mode: 'backfill' }));
    writeFileSync(tgtCfg, JSON.stringify({ database_url: db }));
    const dbtEnv = { ...pgEnv(db), MEDI_NHI_HMAC_KEY: process.env.MEDI_NHI_HMAC_KEY ?? 'bench0key0not0secret' };
    const select = ['run', '--select', 'stg_indici__appointments__checked+'];
    // the history: loaded and built in full, untimed
    const parsed = await timed('scripts/dbt', ['parse'], { env: dbtEnv });
    if (parsed.code !== 0) throw new Error(parsed.stdout.slice(-3000));
    const first = await load(tapCfg, tgtCfg);
    const built = await timed('scripts/dbt', select, { env: dbtEnv });
    if (built.code !== 0) throw new Error(built.stdout.slice(-3000));
    // PostgreSQL as a long-running warehouse has it: statistics and visibility current (autovacuum's work)
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    await client.query('vacuum analyze raw.indici_appointments');
    await client.query('vacuum analyze stg.stg_indici__appointments__checked');
    await client.query('vacuum analyze core.fact_appointments');
    // the night: the delta file, read by a tap that has read the history, loaded and built incrementally
    await upload(s3, bucket, `indici/${fileName('Appointments', DELTA_DE, 'delta')}`, deltaFile);
    const statePath = join(out, `indici-delta-state-${history}.json`);
    writeFileSync(statePath, first.state);
    const night = await load(tapCfg, tgtCfg, statePath);
    const dbt = await timed('scripts/dbt', select, { env: dbtEnv });
    if (dbt.code !== 0) throw new Error(dbt.stdout.slice(-3000));
    const [counts] = (
      await client.query<{ raw: number; checked: number; fact: number }>(
        `select (select count(*) from raw.indici_appointments)::int raw, (select count(*) from stg.stg_indici__appointments__checked)::int checked,
          (select count(*) from core.fact_appointments)::int fact`,
      )
    ).rows;
    await client.end();
    const want = { raw: history + delta, checked: history + delta, fact: history + Math.ceil(delta / 2) };
    if (counts!.raw !== want.raw || counts!.checked !== want.checked || counts!.fact !== want.fact)
      throw new Error(`after the night: ${JSON.stringify(counts)}, expected ${JSON.stringify(want)}`);
    const modelTimes = [...dbt.stdout.matchAll(/OK created sql \w+ model \w+\.(\w+) .*? in ([\d.]+)s/g)];
    const models = modelTimes.map((m) => `${m[1]} ${m[2]} s`).join(', ');
    return {
      history,
      delta,
      load: night.seconds,
      dbt: dbt.seconds,
      e2e: night.seconds + dbt.seconds,
      tapRss: night.tapRss,
      targetRss: night.targetRss,
      models,
      modelSeconds: modelTimes.reduce((sum, m) => sum + Number(m[2]), 0),
    };
  } finally {
    await s3.stop();
  }
}

/** The figure's lines: each night, then the largest history's ÷ the smallest's, with the goal. */
export function deltaReport(nights: DeltaNight[]): string[] {
  const lines = nights.map(
    (n) =>
      `nightly delta: ${n.delta} rows over ${n.history} rows of history: tap → target ${n.load.toFixed(2)} s + dbt ${n.dbt.toFixed(2)} s = ${n.e2e.toFixed(2)} s  (tap RSS ${n.tapRss} MB, target RSS ${n.targetRss} MB; ${n.models})`,
  );
  const [small, large] = [nights[0]!, nights.at(-1)!];
  if (nights.length > 1)
    lines.push(
      `nightly delta scale: e2e over ${large.history} ÷ over ${small.history} = ${(large.e2e / small.e2e).toFixed(2)} (goal <= 1.5); dbt alone ${(large.dbt / small.dbt).toFixed(2)}, the models' own builds ${(large.modelSeconds / small.modelSeconds).toFixed(2)}`,
    );
  return lines;
}

if (process.argv[1] && /indici-delta\.js$/.test(process.argv[1])) {
  const { values } = parseArgs({
    options: { delta: { type: 'string', default: '10000' }, history: { type: 'string', default: '100000,1000000' } },
  });
  const nights: DeltaNight[] = [];
  for (const h of values.history.split(',').map(Number)) {
    nights.push(await deltaNight(h, Number(values.delta)));
    process.stderr.write(deltaReport(nights.slice(-1))[0] + '\n');
  }
  process.stdout.write(deltaReport(nights).join('\n') + '\n');
}

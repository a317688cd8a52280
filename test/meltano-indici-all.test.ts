// `meltano run indici-nightly` over a delivery of all 18 extract types, each file with a different quirk of
// the feed (encodings, both layouts, a line break after every row marker, `.csv` / `.CSV`, run-together names)
// and dirty rows: every extract type reaches core, and every row read is accounted for — its natural key is in
// the core model (newest version wins) or the row is in the stream's rejects with a reason.
import t from 'tap';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { CONTRACTS, encodeFile, ensureBucket, fileName, type FileSpec } from '../sim/indici/feed.js';
import { indiciRows } from '../sim/indici/rows.js';
import { query, scratchDb, ROOT } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const DE = '2508181044';
const ROWS = 45;
const q = (s: string) => `"${s}"`;

/** One quirk per file, cycling over the extract types: what deliveries seen or described have looked like. */
const QUIRKS: Array<{ spec: FileSpec; name: (base: string) => string; what: string }> = [
  { spec: {}, name: (b) => b, what: 'UTF-16LE + BOM, production separators' },
  { spec: { encoding: 'utf8', utf8Bom: true, layout: 'email' }, name: (b) => `${b}.csv`, what: 'UTF-8 + BOM, e-mail separators, .csv' },
  { spec: { encoding: 'utf8', afterRow: '\r\n' }, name: (b) => b, what: 'UTF-8 without BOM, CRLF after every row marker' },
  {
    spec: { layout: 'email', afterRow: '\n' },
    name: (b) => `${b.replaceAll('_', '')}.CSV`,
    what: 'UTF-16LE, e-mail separators, LF after rows, run-together name, .CSV',
  },
  { spec: { encoding: 'windows1252' }, name: (b) => b, what: 'Windows-1252 without BOM, as a Windows export' },
];
/** A text value with characters outside ASCII, put in the first row of every file: it must reach core as sent. */
const NAME = 'Zoë O’Brien – café';
const textColumn = (c: (typeof CONTRACTS)[string]) =>
  c.columns.findIndex((col) => col.type === 'string' && !c.natural_key.includes(col.name) && !col.pii && !col.domain);

t.test('every extract type through meltano run indici-nightly: each row read is in core or in rejects', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-all';
  await ensureBucket(s3.client, bucket);
  const streams = Object.keys(CONTRACTS).sort();
  t.equal(streams.length, 18, 'a contract for every extract type in the fact sheet');
  for (const [i, stream] of streams.entries()) {
    const c = CONTRACTS[stream]!;
    const quirk = QUIRKS[i % QUIRKS.length]!;
    const { rows } = indiciRows(c, {
      dateExtracted: DE,
      firstKey: 1,
      count: ROWS,
      dirty: { every: 6, kinds: ['ragged', 'bad_date', 'bad_integer', 'missing_key', 'unknown_enum', 'duplicate_key', 'invalid_nhi'] },
    });
    rows[0]![textColumn(c)] = NAME;
    rows[1]![textColumn(c)] = 'before\u0000after'; // PostgreSQL text cannot hold NUL: one must not fail the load
    const key = `indici/${quirk.name(fileName(c.source_format!.file_token!, DE, 'full'))}`;
    await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: encodeFile(rows, quirk.spec) }));
  }

  // and one file that cannot be read at all: Invoices rows (28 fields) under a Vaccine name (13)
  const bad = `indici/${fileName('Vaccine', DE, 'delta')}`;
  await s3.client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: bad,
      Body: encodeFile(indiciRows(CONTRACTS.invoices!, { dateExtracted: DE, firstKey: 1, count: 5 }).rows),
    }),
  );

  const db = await scratchDb('meltano_indici_all');
  const env = meltanoEnv({ ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url, ...pgEnv(db) });
  const run = await meltano(['run', 'indici-nightly'], env);
  // the bad file keeps nothing else out of core, and the job still fails, naming it, after building the rest
  t.equal(run.code, 1, 'the job fails', { output: run.stderr.slice(-3000) });
  t.match(
    run.stderr,
    new RegExp(`failed source file \\(indici_vaccine\\): s3://${bucket}/${bad}: fits neither layout for 13 fields`),
    'naming the file and why',
  );
  t.match(run.stderr, /dbt: built what loaded, but source files failed/);
  // and the health check says so, beside every stream's last successful load
  const health = spawnSync(process.execPath, [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'health', '--json'], {
    env: { ...process.env, DATABASE_URL: db },
    encoding: 'utf8',
  });
  t.equal(health.status, 1, 'health: not healthy while a file fails');
  const report = JSON.parse(health.stdout) as {
    healthy: boolean;
    streams: Array<{ stream: string; last_success_at: string | null; failing: boolean }>;
    failed_files: Array<{ stream: string; source_uri: string }>;
    last_transform_build: string | null;
  };
  t.same(
    report.failed_files.map((f) => [f.stream, f.source_uri]),
    [['indici_vaccine', `s3://${bucket}/${bad}`]],
    'health names the failed file',
  );
  t.ok(
    Object.keys(CONTRACTS).every((s) => report.streams.some((x) => x.stream === `indici_${s}` && x.last_success_at && !x.failing)),
    'every stream has a last successful load',
  );
  t.ok(report.last_transform_build, 'and the last transform build');

  for (const [i, stream] of streams.entries()) {
    const c = CONTRACTS[stream]!;
    const model = c.core?.model;
    t.ok(model, `${stream}: has a core model`);
    if (!model) continue;
    const checked = `stg.stg_indici__${stream}__checked`;
    const keyMatch = c.natural_key.map((k) => `k.${q(k)} = v.${q(k)}`).join(' and ');
    const [a] = await query<{
      files: number;
      read: number;
      valid: number;
      rejected: number;
      keys: number;
      core_keys: number;
      missing: number;
      no_lineage: number;
    }>(
      db,
      `
      select
        (select count(*)::int from etl.load_run_files where stream = 'indici_${stream}' and status = 'processed') files,
        (select coalesce(sum(rows_read), 0)::int from etl.load_run_files where stream = 'indici_${stream}' and status = 'processed') read,
        (select count(*)::int from ${checked} where field_errors = '{}') valid,
        (select count(*)::int from stg.stg_indici__${stream}__rejects) rejected,
        (select count(distinct (${c.natural_key.map(q).join(', ')}))::int from ${checked} where field_errors = '{}') keys,
        (select count(distinct (${c.natural_key.map(q).join(', ')}))::int from core.${model}) core_keys,
        (select count(*)::int from ${checked} v where v.field_errors = '{}' and not exists (select 1 from core.${model} k where ${keyMatch})) missing,
        (select count(*)::int from core.${model} where source_version_id is null or source_file_hash is null or date_extracted is null or load_run_id is null) no_lineage`,
    );
    const what = `${stream} (${QUIRKS[i % QUIRKS.length]!.what})`;
    t.equal(a!.files, 1, `${what}: the file was processed`);
    t.equal(a!.read, ROWS, `${what}: every row read`);
    t.equal(a!.valid + a!.rejected, a!.read, `${what}: rows_read ${a!.read} = ingested ${a!.valid} + rejected ${a!.rejected}`);
    t.ok(a!.rejected >= 2, `${what}: dirty rows rejected (${a!.rejected})`);
    t.ok(a!.valid > a!.rejected, `${what}: most rows valid (${a!.valid})`);
    t.equal(a!.missing, 0, `${what}: every valid row's natural key is in core.${model}`);
    t.equal(a!.core_keys, a!.keys, `${what}: core.${model} holds exactly the valid keys`);
    t.equal(a!.no_lineage, 0, `${what}: every core row carries version id, file hash, DateExtracted and load run`);
    const col = c.columns[textColumn(c)]!.name;
    const [v] = await query<{ value: string }>(
      db,
      `select ${q(col)} as value from core.${model} where ${q(c.natural_key[0]!)} = 1 limit 1`,
    );
    t.equal(v?.value, NAME, `${what}: ${col} of the first row reaches core character for character`);
    const [nul] = await query<{ value: string }>(
      db,
      `select ${q(col)} as value from core.${model} where ${q(c.natural_key[0]!)} = 2 limit 1`,
    );
    t.equal(nul?.value, 'before\ufffdafter', `${what}: a NUL in the second row arrives as U+FFFD`);
  }

  // every rejected row says why, and a ragged row keeps its text
  const [r] = await query<{ no_reason: number; ragged_without_text: number }>(
    db,
    `
    select sum(no_reason)::int no_reason, sum(ragged_without_text)::int ragged_without_text from (
      ${streams
        .map(
          (s) => `select count(*) filter (where field_errors = '{}' or field_errors is null) no_reason,
        count(*) filter (where field_errors ? '_row' and coalesce(source_row ->> 'row_text', '') = '') ragged_without_text from stg.stg_indici__${s}__rejects`,
        )
        .join('\n      union all ')}) x`,
  );
  t.equal(r!.no_reason, 0, 'every reject has field_errors');
  t.equal(r!.ragged_without_text, 0, 'every ragged row keeps its text');

  // the next of kin's NHI reaches core only hashed, like the patient's
  const cols = await query<{ column_name: string }>(
    db,
    `select column_name from information_schema.columns where table_schema = 'core' and column_name like 'nhi_number%' and table_name = 'dim_next_of_kin' order by 1`,
  );
  t.same(
    cols.map((x) => x.column_name),
    ['nhi_number_format', 'nhi_number_hash'],
    'dim_next_of_kin: NHI only as hash and format',
  );
});

// Data-quality checks after a sync, through the job a schedule runs (`meltano run indici-nightly`): its
// transform step records every check in etl.dq_results and publishes the sync's event and one alert per
// failed check to a real NATS JetStream; `medi-warehouse metrics` serves the same state to Prometheus.
// Expected values come from SQL written here, not from dq.ts.
import t from 'tap';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch } from '../sim/indici/feed.js';
import { configFile, query, runTarget, scratchDb, singer, ROOT } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { checkReferences, loadContract, loadContracts, type Contract } from '../kit/contracts/contract.js';
import { meltano, meltanoEnv } from './meltano.js';
import { events, natsServer } from './nats.js';

interface Row {
  check_name: string;
  table_name: string;
  column_name: string | null;
  observed: string;
  passed: boolean;
  load_run_id: string;
}

t.test('a sync is checked, recorded in etl.dq_results, and its event and alerts reach NATS', async (t) => {
  const nats = await natsServer();
  t.teardown(() => nats.stop());
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-dq';
  await ensureBucket(s3.client, bucket);
  const A = '2508181044';
  const B = '2508251044';
  // 30 patients and providers; 40 appointments whose patient ids run 1..40, so some name no patient; one row in
  // ten of the appointments has no AppointmentID (a required field)
  await uploadBatch(s3.client, bucket, {
    streams: ['patient', 'provider', 'invoices', 'invoice_detail'],
    dateExtracted: A,
    kind: 'full',
    rows: 30,
  });
  await uploadBatch(s3.client, bucket, {
    streams: ['appointments'],
    dateExtracted: A,
    kind: 'full',
    rows: 40,
    dirty: { every: 10, kinds: ['missing_key'] },
  });

  const db = await scratchDb('dq_checks');
  const env = meltanoEnv({
    ...S3_TEST_ENV,
    TAP_INDICI_S3_BUCKET: bucket,
    TAP_INDICI_S3_ENDPOINT_URL: s3.url,
    ...pgEnv(db),
    MEDI_NATS_URL: nats.url,
  });
  const first = await meltano(['run', 'indici-nightly'], env);
  t.equal(first.code, 0, 'the nightly job runs, checks included', { output: (first.stdout + first.stderr).slice(-3000) });

  const results = await query<Row>(
    db,
    `select check_name, table_name, column_name, observed::text, passed, load_run_id::text from etl.dq_results order by dq_result_id`,
  );
  const [run] = await query<{ id: string }>(db, `select load_run_id::text as id from etl.load_runs order by started_at desc limit 1`);
  t.ok(results.length > 0 && results.every((r) => r.load_run_id === run!.id), 'every result carries the load run');
  const get = (check: string, table: string, column: string | null) =>
    results.find((r) => r.check_name === check && r.table_name === table && r.column_name === column);

  const [orphans] = await query<{ n: string }>(
    db,
    `select count(*) as n from core.fact_appointments a where not exists (select 1 from core.dim_patient p where p.patient_id = a.patient_id and p.practice_id = a.practice_id and p.per_org_id = a.per_org_id)`,
  );
  t.ok(Number(orphans!.n) > 0, 'the delivery has appointments naming no patient');
  t.same(
    pick(get('referential_integrity', 'core.fact_appointments', 'patient_id')),
    { observed: orphans!.n, passed: false },
    'orphaned appointments counted and failed',
  );
  t.same(
    pick(get('referential_integrity', 'core.fact_invoice_detail', 'invoice_transaction_id')),
    { observed: '0', passed: true },
    'invoice lines all name an invoice',
  );
  const [missing] = await query<{ n: string; read: string }>(
    db,
    `select (select count(*) from stg.stg_indici__appointments__rejects where field_errors->>'appointment_id' = 'required') as n,
      (select sum(rows_read) from etl.load_run_files where stream = 'indici_appointments') as read`,
  );
  t.equal(missing!.n, '4', 'four appointments without their id');
  t.same(
    pick(get('required_missing_rate', 'stg.stg_indici__appointments', 'appointment_id')),
    { observed: String(4 / Number(missing!.read)), passed: false },
    'their share of rows read is over 1%',
  );
  t.same(pick(get('duplicate_natural_key', 'core.dim_patient', null)), { observed: '0', passed: true }, 'one current version per patient');
  t.same(pick(get('non_zero', 'core.fact_invoice_detail', 'quantity')), { observed: '0', passed: true }, 'no zero quantities');
  t.equal(get('row_count_delta', 'raw.indici_appointments', null), undefined, 'no row-count comparison on a first load');
  const failed1 = results.filter((r) => !r.passed).length;

  // a value-range rule, run as the step runs (without NATS here): two invoices made negative in core
  await query(db, `update core.fact_invoices set total_amount = -12.5 where invoice_transaction_id in (1, 2)`);
  const direct = spawnSync('node', [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'dq', '--json'], {
    env: { ...process.env, DATABASE_URL: db, MEDI_NATS_URL: '', MEDI_DQ_ON_FAIL: 'alert' },
    encoding: 'utf8',
  });
  // 10% of these appointments are rejects: with dq_on_fail alert the step only reports
  t.equal(direct.status, 0, 'failed checks are alerts: the step itself succeeds', { stderr: direct.stderr });
  const report = JSON.parse(direct.stdout) as { load_run_id: string; failed: Array<Record<string, unknown>> };
  t.equal(report.load_run_id, run!.id, 'the latest load run is the one checked');
  t.match(
    report.failed.filter((r) => r.check_name === 'non_negative'),
    [{ table_name: 'core.fact_invoices', column_name: 'total_amount', observed: 2 }],
    'two negative totals reported, and only those',
  );
  t.same(
    pick(
      (
        await query<Row>(
          db,
          `select check_name, table_name, column_name, observed::text, passed, load_run_id::text from etl.dq_results where check_name = 'non_negative' and column_name = 'total_amount' order by dq_result_id desc limit 1`,
        )
      )[0],
    ),
    { observed: '2', passed: false },
    'and recorded',
  );

  // a second delivery with far fewer appointments
  await uploadBatch(s3.client, bucket, { streams: ['appointments'], dateExtracted: B, kind: 'delta', rows: 5, firstKey: 1, version: 2 });
  const second = await meltano(['run', 'indici-nightly'], env);
  t.equal(second.code, 0, 'second run', { output: (second.stdout + second.stderr).slice(-3000) });
  const [run2] = await query<{ id: string }>(db, `select load_run_id::text as id from etl.load_runs order by started_at desc limit 1`);
  const results2 = await query<Row>(
    db,
    `select check_name, table_name, column_name, observed::text, passed, load_run_id::text from etl.dq_results where load_run_id = $1`,
    [run2!.id],
  );
  t.same(
    pick(results2.find((r) => r.check_name === 'row_count_delta')),
    { observed: String(5 / 40 - 1), passed: false },
    'a drop from 40 rows read to 5 is an alert',
  );
  t.ok(
    results2.every((r) => r.table_name.includes('appointments')),
    'only the stream the run read is checked',
  );

  // NATS: per job run, the sync's event first, then exactly one alert per failed check of that run
  const got = await events(nats.url);
  for (const [id, failed] of [
    [run!.id, failed1],
    [run2!.id, results2.filter((r) => !r.passed).length],
  ] as const) {
    const mine = got.filter((e) => e.load_run_id === id);
    t.equal(mine[0]?._subject, 'etl.sync.completed', `run ${id.slice(0, 8)}: the sync's event first`);
    t.same(
      mine.slice(1).map((e) => e._subject),
      Array(failed).fill('etl.data.quality.alert'),
      `then ${failed} alerts, one per failed check`,
    );
  }
  const alert = got.find((e) => e.check_name === 'referential_integrity' && e.column_name === 'patient_id');
  t.match(
    alert,
    {
      _subject: 'etl.data.quality.alert',
      table_name: 'core.fact_appointments',
      observed: Number(orphans!.n),
      passed: false,
      details: { references: 'core.dim_patient' },
    },
    'an alert says what failed, by how much and against what',
  );
  t.match(
    got[0],
    { _subject: 'etl.sync.completed', plugin: 'target-postgres-medi', status: 'succeeded', rows_loaded: Number, dq_failed: failed1 },
    'the sync event summarises the load and its checks',
  );

  // a load that fails stops the job before its transform step: the loader itself says so on NATS
  const failedLoad = await runTarget({ database_url: db }, singer({ type: 'RECORD', stream: 'never_described', record: { id: 1 } }), {
    env: { MEDI_NATS_URL: nats.url },
  });
  t.not(failedLoad.code, 0, 'a RECORD before its SCHEMA fails the load');
  const [failedRun] = await query<{ id: string; error: string }>(
    db,
    `select load_run_id::text as id, error from etl.load_runs where status = 'failed'`,
  );
  t.match(
    (await events(nats.url)).filter((e) => e.load_run_id === failedRun!.id),
    [{ _subject: 'etl.sync.failed', plugin: 'target-postgres-medi', status: 'failed', error: failedRun!.error }],
    'etl.sync.failed with the load run and its error, once',
  );

  // a load that read no source files (every source but Indici's) has no data-quality step after it: the loader
  // announces its completion, naming the job's extractor and when it began (kit/notify/rules.ts)
  const jobEnv = { MEDI_NATS_URL: nats.url, MELTANO_EXTRACTOR_NAME: 'tap-x--daily' };
  const plain = await runTarget(
    { database_url: db },
    singer(
      { type: 'SCHEMA', stream: 'x_visits', schema: { properties: { id: { type: 'integer' } } }, key_properties: ['id'] },
      { type: 'RECORD', stream: 'x_visits', record: { id: 1 } },
    ),
    { env: jobEnv },
  );
  t.equal(plain.code, 0, plain.stderr.slice(-1000));
  const [plainRun] = await query<{ id: string }>(db, `select load_run_id::text as id from etl.load_runs order by started_at desc limit 1`);
  t.match(
    (await events(nats.url)).filter((e) => e.load_run_id === plainRun!.id),
    [
      {
        _subject: 'etl.sync.completed',
        plugin: 'target-postgres-medi',
        extractor: 'tap-x--daily',
        status: 'succeeded',
        streams: ['x_visits'],
        rows_loaded: 1,
        run_started_at: /^\d{4}-\d\d-\d\dT/,
      },
    ],
    'etl.sync.completed from the loader, once',
  );
  // a tap that fails says so itself (its loader only sees its input end): here a scheduled run missing a setting
  const tap = spawnSync(process.execPath, [join(ROOT, 'dist/taps/tap-hims/main.js'), '--config', configFile({})], {
    env: { ...process.env, ...jobEnv },
    encoding: 'utf8',
  });
  t.equal(tap.status, 1, tap.stderr);
  t.match(
    (await events(nats.url)).filter((e) => e.plugin === 'tap-hims'),
    [{ _subject: 'etl.sync.failed', load_run_id: null, extractor: 'tap-x--daily', status: 'failed', error: /required/ }],
    "the tap's etl.sync.failed, naming the job's extractor",
  );

  // the same state as Prometheus metrics, served at /metrics and printed once
  const server = spawn('node', [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'metrics', '--listen', '127.0.0.1:0'], {
    env: { ...process.env, DATABASE_URL: db },
  });
  t.teardown(() => server.kill());
  const address = await new Promise<string>((ok, fail) => {
    let err = '';
    server.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) ok(m[1]!);
    });
    server.once('exit', () => fail(new Error(`metrics server exited: ${err}`)));
  });
  const res = await fetch(address);
  t.equal(res.status, 200);
  t.match(res.headers.get('content-type'), /^text\/plain; version=0\.0\.4/, 'the exposition format');
  const text = await res.text();
  const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}()[\].*+?^$|\\]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
  const [runs] = await query<{ n: string }>(db, `select count(*) as n from etl.load_runs where status = 'succeeded'`);
  t.equal(value('medi_load_runs{plugin="target-postgres-medi",status="failed"}'), 1, 'the failed load run counted as failed');
  t.equal(
    value('medi_load_runs{plugin="target-postgres-medi",status="succeeded"}'),
    Number(runs!.n),
    'load runs as etl.load_runs counts them',
  );
  t.equal(
    value('medi_dq_check_passed{table="raw.indici_appointments",check="row_count_delta"}'),
    0,
    'a check whose latest result failed is a 0',
  );
  t.equal(value('medi_dq_check_observed{table="raw.indici_appointments",check="row_count_delta"}'), 5 / 40 - 1, 'with what it observed');
  t.equal(
    value('medi_dq_check_passed{table="core.fact_appointments",check="referential_integrity",column="patient_id"}'),
    1,
    "the latest result counts: the second run's appointments all name a patient",
  );
  t.equal(value('medi_stream_failing{plugin="target-postgres-medi",stream="indici_appointments"}'), 0, 'appointments load fine');
  t.equal((await fetch(address.replace('/metrics', '/other'))).status, 404, 'nothing else is served');
  const once = spawnSync('node', [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'metrics'], {
    env: { ...process.env, DATABASE_URL: db },
    encoding: 'utf8',
  });
  t.equal(once.stdout, text, 'printed once, the same text (for a textfile collector)');
  server.kill('SIGTERM');
  t.equal(await new Promise((r) => server.once('exit', (code) => r(code))), 0, 'stops cleanly on SIGTERM');
});

function pick(r: Row | undefined): { observed: string; passed: boolean } | undefined {
  return r ? { observed: String(Number(r.observed)), passed: r.passed } : undefined;
}

t.test('contracts: a reference must name a stream with a core model and share its key; a rule must fit the type', async (t) => {
  const contracts = loadContracts();
  t.doesNotThrow(() => checkReferences(contracts), 'the shipped contracts pass');
  const appointments = contracts.find((c) => c.source === 'indici' && c.stream === 'appointments')!;
  const bad = (patch: (c: Contract) => void) => {
    const copy = structuredClone(appointments);
    patch(copy);
    return () => checkReferences([...contracts.filter((c) => c !== appointments), copy]);
  };
  t.throws(
    bad((c) => (c.columns.find((x) => x.name === 'patient_id')!.references = 'patients')),
    /references "patients", which is not a indici stream/,
  );
  t.throws(
    bad((c) => (c.columns = c.columns.filter((x) => x.name !== 'per_org_id'))),
    /whose key also needs "per_org_id"/,
  );
  const dir = mkdtempSync(join(tmpdir(), 'medi-contract-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'appointments.yaml');
  writeFileSync(file, readFileSync(appointments.file, 'utf8').replace('  quality: [not_future]\n', '  quality: [non_negative]\n'));
  t.throws(() => loadContract(file), /column "inserted_at": quality non_negative needs type integer or decimal, not timestamp/);
});

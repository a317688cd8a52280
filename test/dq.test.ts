// Data-quality checks after a sync, through the job a schedule runs (`meltano run indici-nightly`): its
// transform step records every check in etl.dq_results and publishes the sync's event and one alert per
// failed check to a real NATS JetStream; `medi-warehouse metrics` serves the same state to Prometheus.
// Expected values come from SQL written here, not from dq.ts.
import t from 'tap';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, JSONCodec, AckPolicy, DeliverPolicy } from 'nats';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { CONTRACTS, encodeFile, ensureBucket, fileName, uploadBatch } from '../sim/indici/feed.js';
import { indiciRows } from '../sim/indici/rows.js';
import { query, runTarget, scratchDb, singer, ROOT } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { EVENT_STREAM } from '../kit/events.js';
import { checkReferences, loadContract, loadContracts, type Contract } from '../kit/contracts/contract.js';
import { meltano, meltanoEnv } from './meltano.js';
import { dqSettings, ON_FAIL_ENV, REJECT_RATE_ENV } from '../kit/warehouse/dq-settings.js';
import YAML from 'yaml';

interface Row { check_name: string; table_name: string; column_name: string | null; observed: string; passed: boolean; load_run_id: string }

/** A JetStream server of this test's own (the machine's may hold other runs' events); TEST_NATS_URL otherwise. */
async function natsServer(): Promise<{ url: string; stop(): void }> {
  if (process.env.TEST_NATS_URL) return { url: process.env.TEST_NATS_URL, stop: () => undefined };
  // Debian installs it in /usr/sbin, which a non-login PATH may leave out
  const bin = spawnSync('sh', ['-c', 'command -v nats-server || { test -x /usr/sbin/nats-server && echo /usr/sbin/nats-server; }'], { encoding: 'utf8' }).stdout.trim();
  if (!bin) throw new Error('dq test: no nats-server on PATH and no TEST_NATS_URL (the CI machine has nats-server)');
  const port = 15000 + (process.pid % 5000);
  const store = mkdtempSync(join(tmpdir(), 'medi-nats-'));
  const child: ChildProcess = spawn(bin, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store], { stdio: 'ignore' });
  const url = `nats://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      await (await connect({ servers: url, timeout: 500 })).close();
      return { url, stop: () => { child.kill(); rmSync(store, { recursive: true, force: true }); } };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`dq test: nats-server did not answer on ${url}`);
}

/** Every event in the stream, oldest first. */
async function events(url: string): Promise<Array<Record<string, unknown>>> {
  const nc = await connect({ servers: url });
  try {
    const jsm = await nc.jetstreamManager();
    const { state } = await jsm.streams.info(EVENT_STREAM);
    const name = `t${Date.now()}`;
    await jsm.consumers.add(EVENT_STREAM, { durable_name: name, ack_policy: AckPolicy.None, deliver_policy: DeliverPolicy.All });
    const consumer = await nc.jetstream().consumers.get(EVENT_STREAM, name);
    const out: Array<Record<string, unknown>> = [];
    const batch = await consumer.fetch({ max_messages: state.messages, expires: 2000 });
    for await (const m of batch) {
      out.push({ ...(JSONCodec().decode(m.data) as Record<string, unknown>), _subject: m.subject });
      if (out.length === state.messages) break;
    }
    return out;
  } finally {
    await nc.close();
  }
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
  await uploadBatch(s3.client, bucket, { streams: ['patient', 'provider', 'invoices', 'invoice_detail'], dateExtracted: A, kind: 'full', rows: 30 });
  await uploadBatch(s3.client, bucket, { streams: ['appointments'], dateExtracted: A, kind: 'full', rows: 40, dirty: { every: 10, kinds: ['missing_key'] } });

  const db = await scratchDb('dq_checks');
  const env = meltanoEnv({ ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url, ...pgEnv(db), MEDI_NATS_URL: nats.url });
  const first = await meltano(['run', 'indici-nightly'], env);
  t.equal(first.code, 0, 'the nightly job runs, checks included', { output: (first.stdout + first.stderr).slice(-3000) });

  const results = await query<Row>(db, `select check_name, table_name, column_name, observed::text, passed, load_run_id::text from etl.dq_results order by dq_result_id`);
  const [run] = await query<{ id: string }>(db, `select load_run_id::text as id from etl.load_runs order by started_at desc limit 1`);
  t.ok(results.length > 0 && results.every((r) => r.load_run_id === run!.id), 'every result carries the load run');
  const get = (check: string, table: string, column: string | null) => results.find((r) => r.check_name === check && r.table_name === table && r.column_name === column);

  const [orphans] = await query<{ n: string }>(db, `select count(*) as n from core.fact_appointments a where not exists (select 1 from core.dim_patient p where p.patient_id = a.patient_id and p.practice_id = a.practice_id and p.per_org_id = a.per_org_id)`);
  t.ok(Number(orphans!.n) > 0, 'the delivery has appointments naming no patient');
  t.same(pick(get('referential_integrity', 'core.fact_appointments', 'patient_id')), { observed: orphans!.n, passed: false }, 'orphaned appointments counted and failed');
  t.same(pick(get('referential_integrity', 'core.fact_invoice_detail', 'invoice_transaction_id')), { observed: '0', passed: true }, 'invoice lines all name an invoice');
  const [missing] = await query<{ n: string; read: string }>(db, `select (select count(*) from stg.stg_indici__appointments__rejects where field_errors->>'appointment_id' = 'required') as n,
      (select sum(rows_read) from etl.load_run_files where stream = 'indici_appointments') as read`);
  t.equal(missing!.n, '4', 'four appointments without their id');
  t.same(pick(get('required_missing_rate', 'stg.stg_indici__appointments', 'appointment_id')), { observed: String(4 / Number(missing!.read)), passed: false }, 'their share of rows read is over 1%');
  t.same(pick(get('duplicate_natural_key', 'core.dim_patient', null)), { observed: '0', passed: true }, 'one current version per patient');
  t.same(pick(get('non_zero', 'core.fact_invoice_detail', 'quantity')), { observed: '0', passed: true }, 'no zero quantities');
  t.equal(get('row_count_delta', 'raw.indici_appointments', null), undefined, 'no row-count comparison on a first load');
  const failed1 = results.filter((r) => !r.passed).length;

  // a value-range rule, run as the step runs (without NATS here): two invoices made negative in core
  await query(db, `update core.fact_invoices set total_amount = -12.5 where invoice_transaction_id in (1, 2)`);
  const direct = spawnSync('node', [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'dq', '--json'], { env: { ...process.env, DATABASE_URL: db, MEDI_NATS_URL: '', MEDI_DQ_ON_FAIL: 'alert' }, encoding: 'utf8' });
  t.equal(direct.status, 0, 'failed checks are alerts (dq_on_fail: alert, as 10% of appointments are rejects): the step itself succeeds', { stderr: direct.stderr });
  const report = JSON.parse(direct.stdout) as { load_run_id: string; failed: Array<Record<string, unknown>> };
  t.equal(report.load_run_id, run!.id, 'the latest load run is the one checked');
  t.match(report.failed.filter((r) => r.check_name === 'non_negative'), [{ table_name: 'core.fact_invoices', column_name: 'total_amount', observed: 2 }], 'two negative totals reported, and only those');
  t.same(pick((await query<Row>(db, `select check_name, table_name, column_name, observed::text, passed, load_run_id::text from etl.dq_results where check_name = 'non_negative' and column_name = 'total_amount' order by dq_result_id desc limit 1`))[0]), { observed: '2', passed: false }, 'and recorded');

  // a second delivery with far fewer appointments
  await uploadBatch(s3.client, bucket, { streams: ['appointments'], dateExtracted: B, kind: 'delta', rows: 5, firstKey: 1, version: 2 });
  const second = await meltano(['run', 'indici-nightly'], env);
  t.equal(second.code, 0, 'second run', { output: (second.stdout + second.stderr).slice(-3000) });
  const [run2] = await query<{ id: string }>(db, `select load_run_id::text as id from etl.load_runs order by started_at desc limit 1`);
  const results2 = await query<Row>(db, `select check_name, table_name, column_name, observed::text, passed, load_run_id::text from etl.dq_results where load_run_id = $1`, [run2!.id]);
  t.same(pick(results2.find((r) => r.check_name === 'row_count_delta')), { observed: String(5 / 40 - 1), passed: false }, 'a drop from 40 rows read to 5 is an alert');
  t.ok(results2.every((r) => r.table_name.includes('appointments')), 'only the stream the run read is checked');

  // NATS: per job run, the sync's event first, then exactly one alert per failed check of that run
  const got = await events(nats.url);
  for (const [id, failed] of [[run!.id, failed1], [run2!.id, results2.filter((r) => !r.passed).length]] as const) {
    const mine = got.filter((e) => e.load_run_id === id);
    t.equal(mine[0]?._subject, 'etl.sync.completed', `run ${id.slice(0, 8)}: the sync's event first`);
    t.same(mine.slice(1).map((e) => e._subject), Array(failed).fill('etl.data.quality.alert'), `then ${failed} alerts, one per failed check`);
  }
  const alert = got.find((e) => e.check_name === 'referential_integrity' && e.column_name === 'patient_id');
  t.match(alert, { _subject: 'etl.data.quality.alert', table_name: 'core.fact_appointments', observed: Number(orphans!.n), passed: false, details: { references: 'core.dim_patient' } }, 'an alert says what failed, by how much and against what');
  t.match(got[0], { _subject: 'etl.sync.completed', plugin: 'target-postgres-medi', status: 'succeeded', rows_loaded: Number, dq_failed: failed1 }, 'the sync event summarises the load and its checks');

  // a load that fails stops the job before its transform step: the loader itself says so on NATS
  const failedLoad = await runTarget({ database_url: db }, singer({ type: 'RECORD', stream: 'never_described', record: { id: 1 } }), { env: { MEDI_NATS_URL: nats.url } });
  t.not(failedLoad.code, 0, 'a RECORD before its SCHEMA fails the load');
  const [failedRun] = await query<{ id: string; error: string }>(db, `select load_run_id::text as id, error from etl.load_runs where status = 'failed'`);
  t.match((await events(nats.url)).filter((e) => e.load_run_id === failedRun!.id), [{ _subject: 'etl.sync.failed', plugin: 'target-postgres-medi', status: 'failed', error: failedRun!.error }], 'etl.sync.failed with the load run and its error, once');

  // the same state as Prometheus metrics, served at /metrics and printed once
  const server = spawn('node', [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'metrics', '--listen', '127.0.0.1:0'], { env: { ...process.env, DATABASE_URL: db } });
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
  t.equal(value('medi_load_runs{plugin="target-postgres-medi",status="succeeded"}'), Number(runs!.n), 'load runs as etl.load_runs counts them');
  t.equal(value('medi_dq_check_passed{table="raw.indici_appointments",check="row_count_delta"}'), 0, 'a check whose latest result failed is a 0');
  t.equal(value('medi_dq_check_observed{table="raw.indici_appointments",check="row_count_delta"}'), 5 / 40 - 1, 'with what it observed');
  t.equal(value('medi_dq_check_passed{table="core.fact_appointments",check="referential_integrity",column="patient_id"}'), 1, 'the latest result counts: the second run\'s appointments all name a patient');
  t.equal(value('medi_stream_failing{plugin="target-postgres-medi",stream="indici_appointments"}'), 0, 'appointments load fine');
  t.equal((await fetch(address.replace('/metrics', '/other'))).status, 404, 'nothing else is served');
  const once = spawnSync('node', [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'metrics'], { env: { ...process.env, DATABASE_URL: db }, encoding: 'utf8' });
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
  t.throws(bad((c) => (c.columns.find((x) => x.name === 'patient_id')!.references = 'patients')), /references "patients", which is not a indici stream/);
  t.throws(bad((c) => (c.columns = c.columns.filter((x) => x.name !== 'per_org_id'))), /whose key also needs "per_org_id"/);
  const dir = mkdtempSync(join(tmpdir(), 'medi-contract-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'appointments.yaml');
  writeFileSync(file, readFileSync(appointments.file, 'utf8').replace('  quality: [not_future]\n', '  quality: [non_negative]\n'));
  t.throws(() => loadContract(file), /column "inserted_at": quality non_negative needs type integer or decimal, not timestamp/);
});

/** A copy of the project to edit a contract in (the checkout stays as committed): built code, contracts, dbt, Meltano. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'medi-project-'));
  for (const p of ['dist', 'contracts', 'generated', 'transforms/dbt_project.yml', 'transforms/profiles.yml', 'transforms/macros', 'transforms/models',
    'transforms/seeds', 'transforms/tests', 'scripts', 'meltano', 'meltano.yml', 'package.json', 'migrations']) {
    cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  }
  for (const p of ['node_modules', '.venv']) symlinkSync(join(ROOT, p), join(dir, p));
  return dir;
}

t.test('a delivery with many rows outside a domain: failed check, alert, job fails (or only alerts); fixed by the contract', async (t) => {
  const nats = await natsServer();
  t.teardown(() => nats.stop());
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-rejects';
  await ensureBucket(s3.client, bucket);
  // 50 appointments, 20 of them (40%) with a status spelling the contract does not list: Indici began writing "Did Not
  // Attend" (one with a trailing blank, as exports pad values) and "Rescheduled"; StatusGroup stays valid
  const c = CONTRACTS.appointments!;
  const at = (source: string) => c.columns.findIndex((x) => x.source === source);
  const { rows } = indiciRows(c, { dateExtracted: '2508181044', firstKey: 1, count: 50 });
  const unknown = rows.map((_, i) => i).filter((i) => i % 5 === 1 || i % 5 === 3);
  unknown.forEach((i, n) => {
    rows[i]![at('AppointmentStatus')] = n < 15 ? (n === 0 ? 'Did Not Attend ' : 'Did Not Attend') : 'Rescheduled';
    rows[i]![at('StatusGroup')] = n < 15 ? 'DNA' : 'Upcoming';
  });
  await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: `indici/${fileName('Appointments', '2508181044', 'full')}`, Body: encodeFile(rows) }));
  const s3env = { ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url, MEDI_NATS_URL: nats.url };

  // fail mode (the default, said explicitly here: the test helper sets alert for the other tests' dirty deliveries)
  const db = await scratchDb('dq_rejects_fail');
  const env = meltanoEnv({ ...s3env, ...pgEnv(db), MEDI_DQ_ON_FAIL: 'fail' });
  const run = await meltano(['run', 'indici-nightly'], env);
  t.not(run.code, 0, 'the job fails', { output: run.stderr.slice(-3000) });
  t.match(run.stderr, /data-quality/, 'saying the data-quality step failed it');
  const [counts] = await query<{ read: string; rejected: string; typed: string }>(db, `select
      (select sum(rows_read) from etl.load_run_files where stream = 'indici_appointments')::text as read,
      (select count(*) from stg.stg_indici__appointments__rejects where field_errors->>'appointment_status' = 'not in domain')::text as rejected,
      (select count(*) from core.fact_appointments)::text as typed`);
  t.same(counts, { read: '50', rejected: '20', typed: '30' }, 'loaded and built first: 20 of 50 rows in rejects, the rest in core');
  const latest = (d: string, check: string) => query<{ observed: string; threshold: string; passed: boolean; details: Record<string, unknown>; load_run_id: string }>(d,
    `select observed::text, threshold::text, passed, details, load_run_id::text from etl.dq_results where check_name = $1 and table_name like '%indici\\_\\_appointments%'
     order by dq_result_id desc limit 1`, [check]);
  const [rate] = await latest(db, 'reject_rate');
  t.match(rate, { observed: '0.4', threshold: '0.02', passed: false, details: { rejected: 20, rows_read: 50, threshold_from: 'contract default', on_fail: 'fail' } },
    'a failed reject_rate check: 40% against the 2% contract default');
  const [coverage] = await query<{ column_name: string; observed: string; passed: boolean; details: Record<string, unknown> }>(db,
    `select column_name, observed::text, passed, details from etl.dq_results where check_name = 'domain_coverage' and not passed`);
  t.match(coverage, { column_name: 'appointment_status', observed: '20', passed: false,
    details: { source_column: 'AppointmentStatus', contract: 'contracts/indici/appointments.yaml', unknown_values: [{ value: 'Did Not Attend', rows: 15 }, { value: 'Rescheduled', rows: 5 }] } },
    'the coverage check lists each unknown value (trimmed, as the check reads it) with its rows and the contract to edit');
  t.same((await query<{ n: string }>(db, `select count(*)::text as n from etl.dq_results where check_name = 'domain_coverage' and passed`))[0]!.n, '1', 'StatusGroup is covered');
  const alerts = (await events(nats.url)).filter((e) => e._subject === 'etl.data.quality.alert' && e.load_run_id === rate!.load_run_id);
  t.match(alerts.find((e) => e.check_name === 'reject_rate'), { table_name: 'stg.stg_indici__appointments__rejects', observed: 0.4, threshold: 0.02, passed: false }, 'the reject rate is alerted on NATS');
  t.match(alerts.find((e) => e.check_name === 'domain_coverage'), { column_name: 'appointment_status', details: { unknown_values: [{ value: 'Did Not Attend', rows: 15 }, { value: 'Rescheduled', rows: 5 }] } }, 'and the unknown values');

  // alert mode, through the Meltano setting: the same delivery into another warehouse is recorded and alerted, the job succeeds
  const db2 = await scratchDb('dq_rejects_alert');
  const alertRun = await meltano(['run', 'indici-nightly'], meltanoEnv({ ...s3env, ...pgEnv(db2), MEDI_DQ_ON_FAIL: 'fail', DBT_POSTGRES_DQ_ON_FAIL: 'alert' }));
  t.equal(alertRun.code, 0, 'dq_on_fail: alert — the job exits 0', { output: alertRun.stderr.slice(-3000) });
  const [rate2] = await latest(db2, 'reject_rate');
  t.match(rate2, { observed: '0.4', passed: false, details: { on_fail: 'alert' } }, 'the failed check is recorded all the same');
  t.ok((await events(nats.url)).some((e) => e._subject === 'etl.data.quality.alert' && e.check_name === 'reject_rate' && e.load_run_id === rate2!.load_run_id), 'and alerted');
  // a threshold from the configuration, per stream, run as the step runs
  const cli = (extra: NodeJS.ProcessEnv) => spawnSync('node', [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'dq', '--json'],
    { env: { ...process.env, DATABASE_URL: db2, MEDI_NATS_URL: '', MEDI_DQ_ON_FAIL: '', MEDI_DQ_REJECT_RATE_MAX: '', ...extra }, encoding: 'utf8' });
  const strict = cli({});
  t.not(strict.status, 0, 'run as the step runs, by default (fail) it exits non-zero');
  const loose = cli({ MEDI_DQ_REJECT_RATE_MAX: '1%,indici_appointments=45%' });
  t.equal(loose.status, 0, 'a per-stream threshold of 45% lets 40% pass', { stderr: loose.stderr });
  t.match((await latest(db2, 'reject_rate'))[0], { threshold: '0.45', passed: true, details: { threshold_from: 'MEDI_DQ_REJECT_RATE_MAX (indici_appointments)' } });
  const typo = cli({ MEDI_DQ_REJECT_RATE_MAX: 'indici_apointments=0.1' });
  t.equal(typo.status, 1, 'a stream no contract declares is refused');
  t.match(typo.stderr, /MEDI_DQ_REJECT_RATE_MAX.*indici_apointments.*no contract/);

  // the fix: the values go into the contract (here in a copy of the project), codegen, and the next scheduled run
  // types the rejected rows again from raw, loading no file
  const copy = projectCopy();
  t.teardown(() => rmSync(copy, { recursive: true, force: true }));
  const yaml = join(copy, 'contracts/indici/appointments.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('    Did Not Arrive: did_not_arrive\n', '    Did Not Arrive: did_not_arrive\n    Did Not Attend: did_not_arrive\n    Rescheduled: rescheduled\n'));
  const gen = spawnSync('node', [join(copy, 'dist/kit/contracts/codegen-cli.js')], { cwd: copy, encoding: 'utf8' });
  t.equal(gen.status, 0, 'npm run codegen', { stderr: gen.stderr });
  const [before] = await query<{ raw: string; files: string }>(db, `select (select count(*) from raw.indici_appointments)::text as raw, (select count(*) from etl.load_run_files)::text as files`);
  const fixed = await meltano(['run', 'indici-nightly'], { ...env, MEDI_DQ_ON_FAIL: 'fail' }, copy);
  t.equal(fixed.code, 0, 'the next run succeeds', { output: fixed.stderr.slice(-3000) });
  t.match(fixed.stdout + fixed.stderr, /project changed since the last recorded build/, 'because the project changed, incremental models were rebuilt');
  const [after] = await query<{ raw: string; files: string; rejected: string; core: string; attend: string; rescheduled: string }>(db, `select
      (select count(*) from raw.indici_appointments)::text as raw, (select count(*) from etl.load_run_files)::text as files,
      (select count(*) from stg.stg_indici__appointments__rejects)::text as rejected, (select count(*) from core.fact_appointments)::text as core,
      (select count(*) from core.fact_appointments where appointment_status = 'Did Not Attend' and appointment_status_code = 'did_not_arrive')::text as attend,
      (select count(*) from core.fact_appointments where appointment_status_code = 'rescheduled')::text as rescheduled`);
  t.same(after, { raw: before!.raw, files: before!.files, rejected: '0', core: '50', attend: '15', rescheduled: '5' }, 'no file loaded again; every row typed, with its code');
  t.match((await latest(db, 'reject_rate'))[0], { observed: '0', passed: true, load_run_id: rate!.load_run_id }, 'the same load run checked again passes');
});

t.test('reject-rate thresholds: the contract default, a contract of its own, the configuration; dq_on_fail', async (t) => {
  const contracts = loadContracts();
  const appointments = contracts.find((c) => c.source === 'indici' && c.stream === 'appointments')!;
  const patient = contracts.find((c) => c.source === 'indici' && c.stream === 'patient')!;
  const limit = (env: NodeJS.ProcessEnv, c = appointments) => dqSettings(contracts, env).rejectRateMax(c);
  t.same(limit({}), { max: 0.02, from: 'contract default' }, '2% by default, for every source');
  t.same(limit({}, { ...patient, reject_rate_max: 0.1 }), { max: 0.1, from: 'contracts/indici/patient.yaml' }, 'a contract may set its own');
  t.same(limit({ MEDI_DQ_REJECT_RATE_MAX: '5%' }, { ...patient, reject_rate_max: 0.1 }), { max: 0.05, from: 'MEDI_DQ_REJECT_RATE_MAX' }, 'the configuration overrides it');
  t.same(limit({ MEDI_DQ_REJECT_RATE_MAX: ' 0.01 , indici_appointments = 0.3 ' }), { max: 0.3, from: 'MEDI_DQ_REJECT_RATE_MAX (indici_appointments)' }, 'a stream of its own first');
  t.same(limit({ MEDI_DQ_REJECT_RATE_MAX: '0.01,indici_appointments=0.3' }, patient), { max: 0.01, from: 'MEDI_DQ_REJECT_RATE_MAX' }, 'then the share for every stream');
  t.same(limit({ MEDI_DQ_REJECT_RATE_MAX: '' }), { max: 0.02, from: 'contract default' }, 'empty is unset');
  for (const bad of ['2', '-1%', 'two%', '0.01,0.02', 'indici_appointments=', '150%']) {
    t.throws(() => dqSettings(contracts, { MEDI_DQ_REJECT_RATE_MAX: bad }), { name: 'DqSettingError', setting: 'MEDI_DQ_REJECT_RATE_MAX' }, `"${bad}" is refused`);
  }
  t.equal(dqSettings(contracts, {}).onFail, 'fail', 'fail by default');
  t.equal(dqSettings(contracts, { MEDI_DQ_ON_FAIL: 'alert' }).onFail, 'alert');
  t.throws(() => dqSettings(contracts, { MEDI_DQ_ON_FAIL: 'warn' }), /MEDI_DQ_ON_FAIL="warn": must be fail or alert/);
  // the Meltano settings declared on the dbt-postgres utility are the ones the step reads
  const utility = (YAML.parse(readFileSync(join(ROOT, 'meltano.yml'), 'utf8')) as { plugins: { utilities: Array<{ name: string; settings?: Array<{ env: string }> }> } })
    .plugins.utilities.find((u) => u.name === 'dbt-postgres')!;
  t.same(utility.settings?.map((s) => s.env).sort(), [ON_FAIL_ENV, REJECT_RATE_ENV].sort(), 'meltano.yml declares both, exported under the names read');
  const dir = mkdtempSync(join(tmpdir(), 'medi-contract-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'appointments.yaml'), readFileSync(appointments.file, 'utf8').replace('scd:\n', 'reject_rate_max: 1.5\nscd:\n'));
  t.throws(() => loadContract(join(dir, 'appointments.yaml')), /\/reject_rate_max must be <= 1/, 'a contract threshold is a share');
});

// Rejections fail or alert (issue 17): a delivery whose rows a contract's domain does not cover, through the job a
// schedule runs (`meltano run indici-nightly`): the reject rate over its threshold is a failed check in
// etl.dq_results, an alert on a real NATS JetStream and a failed job (or only an alert, dq_on_fail); the coverage
// check names each unknown value, its rows and the contract; once the contract lists them, the next run types the
// rejected rows again from raw without loading any file. Expected values come from the delivery written here.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import YAML from 'yaml';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { CONTRACTS, encodeFile, ensureBucket, fileName } from '../sim/indici/feed.js';
import { indiciRows } from '../sim/indici/rows.js';
import { query, scratchDb, ROOT } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { loadContract, loadContracts } from '../kit/contracts/contract.js';
import { dqSettings, ON_FAIL_ENV, REJECT_RATE_ENV } from '../kit/warehouse/dq-settings.js';
import { meltano, meltanoEnv, projectCopy } from './meltano.js';
import { events, natsServer } from './nats.js';

/** A copy of the project to edit a contract in (the checkout stays as committed): built code, contracts, dbt, Meltano. */
function contractProjectCopy(): string {
  const dir = projectCopy('medi-project-', [
    'dist',
    'contracts',
    'generated',
    'scripts',
    'package.json',
    'migrations',
    ...['dbt_project.yml', 'profiles.yml', 'macros', 'models', 'seeds', 'tests'].map((p) => `transforms/${p}`),
  ]);
  for (const p of ['node_modules', '.venv']) symlinkSync(join(ROOT, p), join(dir, p));
  return dir;
}

interface Checked {
  observed: string;
  threshold: string;
  passed: boolean;
  details: Record<string, unknown>;
  load_run_id: string;
}

/** The latest result of `check` for the appointments stream. */
async function latest(db: string, check: string): Promise<Checked | undefined> {
  return (
    await query<Checked>(
      db,
      `select observed::text, threshold::text, passed, details, load_run_id::text from etl.dq_results
     where check_name = $1 and table_name like '%indici\\_\\_appointments%' order by dq_result_id desc limit 1`,
      [check],
    )
  )[0];
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
  const key = `indici/${fileName('Appointments', '2508181044', 'full')}`;
  await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: encodeFile(rows) }));
  const s3env = { ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url, MEDI_NATS_URL: nats.url };
  const listed = [
    { value: 'Did Not Attend', rows: 15 },
    { value: 'Rescheduled', rows: 5 },
  ];

  // fail mode (the default, said explicitly here: the test helper sets alert for the other tests' dirty deliveries)
  const db = await scratchDb('dq_rejects_fail');
  const env = meltanoEnv({ ...s3env, ...pgEnv(db), MEDI_DQ_ON_FAIL: 'fail' });
  const run = await meltano(['run', 'indici-nightly'], env);
  t.not(run.code, 0, 'the job fails', { output: run.stderr.slice(-3000) });
  t.match(run.stderr, /data-quality step failed the run/, 'saying the data-quality step failed it');
  const [counts] = await query<{ read: string; rejected: string; typed: string }>(
    db,
    `select
      (select sum(rows_read) from etl.load_run_files where stream = 'indici_appointments')::text as read,
      (select count(*) from stg.stg_indici__appointments__rejects
        where field_errors->>'appointment_status' = 'not in domain')::text as rejected,
      (select count(*) from core.fact_appointments)::text as typed`,
  );
  t.same(counts, { read: '50', rejected: '20', typed: '30' }, 'loaded and built first: 20 of 50 rows in rejects, the rest in core');
  const rate = await latest(db, 'reject_rate');
  t.match(
    rate,
    {
      observed: '0.4',
      threshold: '0.02',
      passed: false,
      details: { rejected: 20, rows_read: 50, threshold_from: 'contract default', on_fail: 'fail' },
    },
    'a failed reject_rate check: 40% against the 2% contract default',
  );
  const coverage = await query<{ column_name: string; observed: string; passed: boolean; details: Record<string, unknown> }>(
    db,
    `select column_name, observed::text, passed, details from etl.dq_results where check_name = 'domain_coverage' order by column_name`,
  );
  t.match(
    coverage,
    [
      {
        column_name: 'appointment_status',
        observed: '20',
        passed: false,
        details: { source_column: 'AppointmentStatus', contract: 'contracts/indici/appointments.yaml', unknown_values: listed },
      },
      { column_name: 'status_group', observed: '0', passed: true },
    ],
    'the coverage check lists each unknown value (trimmed, as the check reads it) with its rows and the contract to edit',
  );
  const got = await events(nats.url);
  const alerts = got.filter((e) => e._subject === 'etl.data.quality.alert' && e.load_run_id === rate?.load_run_id);
  // the run the dq step failed is announced as a failed sync of the job's extractor (the loader recorded it; the
  // step, a Meltano utility, is given no extractor name), so medi-notify counts it in that job's streak
  t.match(
    got.filter((e) => e.load_run_id === rate?.load_run_id && String(e._subject).startsWith('etl.sync.')),
    [{ _subject: 'etl.sync.failed', extractor: 'tap-indici-s3--nightly', error: /reject rate over its threshold/ }],
    'the sync is announced failed, naming the extractor',
  );
  t.match(
    alerts.find((e) => e.check_name === 'reject_rate'),
    { table_name: 'stg.stg_indici__appointments__rejects', observed: 0.4, threshold: 0.02, passed: false },
    'the reject rate is alerted on NATS',
  );
  t.match(
    alerts.find((e) => e.check_name === 'domain_coverage'),
    { column_name: 'appointment_status', details: { unknown_values: listed } },
    'and the unknown values',
  );

  // alert mode, through the Meltano setting: the same delivery into another warehouse is recorded and alerted, the job succeeds
  const db2 = await scratchDb('dq_rejects_alert');
  const alertEnv = meltanoEnv({ ...s3env, ...pgEnv(db2), MEDI_DQ_ON_FAIL: 'fail', DBT_POSTGRES_DQ_ON_FAIL: 'alert' });
  const alertRun = await meltano(['run', 'indici-nightly'], alertEnv);
  t.equal(alertRun.code, 0, 'dq_on_fail: alert — the job exits 0', { output: alertRun.stderr.slice(-3000) });
  const rate2 = await latest(db2, 'reject_rate');
  t.match(rate2, { observed: '0.4', passed: false, details: { on_fail: 'alert' } }, 'the failed check is recorded all the same');
  const alerted = (await events(nats.url)).filter((e) => e._subject === 'etl.data.quality.alert' && e.load_run_id === rate2?.load_run_id);
  t.ok(
    alerted.some((e) => e.check_name === 'reject_rate'),
    'and alerted',
  );
  // a threshold from the configuration, per stream, run as the step runs
  const cli = (extra: NodeJS.ProcessEnv) =>
    spawnSync('node', [join(ROOT, 'dist/kit/warehouse/warehouse-cli.js'), 'dq', '--json'], {
      env: { ...process.env, DATABASE_URL: db2, MEDI_NATS_URL: '', MEDI_DQ_ON_FAIL: '', MEDI_DQ_REJECT_RATE_MAX: '', ...extra },
      encoding: 'utf8',
    });
  const strict = cli({});
  t.equal(strict.status, 6, 'run as the step runs, by default (fail) it exits 6');
  t.match(
    strict.stderr,
    /appointments__rejects: 20 of 50 rows read rejected \(40%\), over the threshold of 2% \(contract default\)/,
    'naming the stream, its rejects and the threshold',
  );
  const loose = cli({ MEDI_DQ_REJECT_RATE_MAX: '1%,indici_appointments=45%' });
  t.equal(loose.status, 0, 'a per-stream threshold of 45% lets 40% pass', { stderr: loose.stderr });
  t.match(await latest(db2, 'reject_rate'), {
    threshold: '0.45',
    passed: true,
    details: { threshold_from: 'MEDI_DQ_REJECT_RATE_MAX (indici_appointments)' },
  });
  const typo = cli({ MEDI_DQ_REJECT_RATE_MAX: 'indici_apointments=0.1' });
  t.equal(typo.status, 1, 'a stream no contract declares is refused');
  t.match(typo.stderr, /MEDI_DQ_REJECT_RATE_MAX.*indici_apointments.*no contract/);

  // the fix: the values go into the contract (here in a copy of the project), codegen, and the next scheduled run
  // types the rejected rows again from raw, loading no file
  const copy = contractProjectCopy();
  t.teardown(() => rmSync(copy, { recursive: true, force: true }));
  const yaml = join(copy, 'contracts/indici/appointments.yaml');
  const known = '    Did Not Arrive: did_not_arrive\n';
  const added = `${known}    Did Not Attend: did_not_arrive\n    Rescheduled: rescheduled\n`;
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(known, added));
  const gen = spawnSync('node', [join(copy, 'dist/kit/contracts/codegen-cli.js')], { cwd: copy, encoding: 'utf8' });
  t.equal(gen.status, 0, 'npm run codegen', { stderr: gen.stderr });
  const sizes = `select (select count(*) from raw.indici_appointments)::text as raw,
    (select count(*) from etl.load_run_files)::text as files`;
  const [before] = await query<{ raw: string; files: string }>(db, sizes);
  const fixed = await meltano(['run', 'indici-nightly'], { ...env, MEDI_DQ_ON_FAIL: 'fail' }, copy);
  t.equal(fixed.code, 0, 'the next run succeeds', { output: fixed.stderr.slice(-3000) });
  t.match(
    fixed.stdout + fixed.stderr,
    /project changed since the last recorded build/,
    'because the project changed, incremental models were rebuilt',
  );
  const [after] = await query<Record<string, string>>(
    db,
    `select
      s.*, (select count(*) from stg.stg_indici__appointments__rejects)::text as rejected,
      (select count(*) from core.fact_appointments)::text as core,
      (select count(*) from core.fact_appointments
        where appointment_status = 'Did Not Attend' and appointment_status_code = 'did_not_arrive')::text as attend,
      (select count(*) from core.fact_appointments where appointment_status_code = 'rescheduled')::text as rescheduled
    from (${sizes}) s`,
  );
  t.same(
    after,
    { ...before, rejected: '0', core: '50', attend: '15', rescheduled: '5' },
    'no file loaded again; every row typed, with its code',
  );
  t.match(
    await latest(db, 'reject_rate'),
    { observed: '0', passed: true, load_run_id: rate?.load_run_id },
    'the same load run checked again passes',
  );
});

t.test('reject-rate thresholds: the contract default, a contract of its own, the configuration; dq_on_fail', async (t) => {
  const contracts = loadContracts();
  const appointments = contracts.find((c) => c.source === 'indici' && c.stream === 'appointments')!;
  const patient = { ...contracts.find((c) => c.source === 'indici' && c.stream === 'patient')!, reject_rate_max: 0.1 };
  const limit = (env: NodeJS.ProcessEnv, c = appointments) => dqSettings(contracts, env).rejectRateMax(c);
  const env = 'MEDI_DQ_REJECT_RATE_MAX';
  t.same(limit({}), { max: 0.02, from: 'contract default' }, '2% by default, for every source');
  t.same(limit({}, patient), { max: 0.1, from: 'contracts/indici/patient.yaml' }, 'a contract may set its own');
  t.same(limit({ [env]: '5%' }, patient), { max: 0.05, from: env }, 'the configuration overrides it');
  t.same(
    limit({ [env]: ' 0.01 , indici_appointments = 0.3 ' }),
    { max: 0.3, from: `${env} (indici_appointments)` },
    'a stream of its own first',
  );
  t.same(limit({ [env]: '0.01,indici_appointments=0.3' }, patient), { max: 0.01, from: env }, 'then the share for every stream');
  t.same(limit({ [env]: '' }), { max: 0.02, from: 'contract default' }, 'empty is unset');
  for (const bad of ['2', '-1%', 'two%', '0.01,0.02', 'indici_appointments=', '150%']) {
    t.throws(() => dqSettings(contracts, { [env]: bad }), { name: 'DqSettingError', setting: env }, `"${bad}" is refused`);
  }
  t.equal(dqSettings(contracts, {}).onFail, 'fail', 'fail by default');
  t.equal(dqSettings(contracts, { MEDI_DQ_ON_FAIL: 'alert' }).onFail, 'alert');
  t.throws(() => dqSettings(contracts, { MEDI_DQ_ON_FAIL: 'warn' }), /MEDI_DQ_ON_FAIL="warn": must be fail or alert/);
  // the Meltano settings declared on the dbt-postgres utility are the ones the step reads
  type Utility = { name: string; settings?: Array<{ env: string }> };
  const meltanoYml = YAML.parse(readFileSync(join(ROOT, 'meltano.yml'), 'utf8')) as { plugins: { utilities: Utility[] } };
  const utility = meltanoYml.plugins.utilities.find((u) => u.name === 'dbt-postgres')!;
  t.same(
    utility.settings?.map((s) => s.env).sort(),
    [ON_FAIL_ENV, REJECT_RATE_ENV].sort(),
    'meltano.yml declares both, exported under the names read',
  );
  const dir = mkdtempSync(join(tmpdir(), 'medi-contract-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'appointments.yaml'), readFileSync(appointments.file, 'utf8').replace('scd:\n', 'reject_rate_max: 1.5\nscd:\n'));
  t.throws(() => loadContract(join(dir, 'appointments.yaml')), /\/reject_rate_max must be <= 1/, 'a contract threshold is a share');
});

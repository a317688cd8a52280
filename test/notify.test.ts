// medi-notify end to end, every part a real process: nats-server (JetStream), the notifier (`medi-notify
// run`, killed and restarted), an SMTP server (aiosmtpd, whose messages Python's email package decodes), an
// HTTP receiver standing in for the Slack and Teams webhooks, and PostgreSQL for app.notification_queue.
// Failed syncs come from the real target-postgres-medi (its own etl.sync.failed events); completed syncs and
// quality alerts are published by kit/events.ts with the payload `medi-warehouse dq` sends, over load runs
// recorded in etl.* as the loader records them.
import t from 'tap';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { query, runTarget, scratchDb, singer, ROOT } from './helpers.js';
import { natsServer } from './nats.js';
import { migrate } from '../kit/warehouse/migrate.js';
import { EVENT_STREAM, publishEvents } from '../kit/events.js';
import { loadNotifyConfig, NotifyConfigError } from '../kit/notify/config.js';
import { releaseAt } from '../kit/notify/quiet-hours.js';
import { backoffSeconds } from '../kit/notify/deliver.js';
import { meltano, meltanoEnv } from './meltano.js';
import { teamsPayload } from '../kit/notify/channels/teams.js';
import { slackPayload } from '../kit/notify/channels/slack.js';

const CLI = join(ROOT, 'dist/kit/notify/cli.js');
const LRI = '\u2066';
const PDI = '\u2069';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, fn: () => Promise<T | undefined | false> | T | undefined | false, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface Mail {
  subject: string;
  message_id: string;
  severity: string;
  text: string;
  html: string;
  rcpt_tos: string[];
}

/** aiosmtpd as its own process; stop() is an outage (connections refused), start() brings it back. */
function smtpSink(port: number, dir: string) {
  let child: ChildProcess | null = null;
  return {
    async start() {
      const c = spawn(join(ROOT, '.venv/bin/python'), [join(ROOT, 'test/smtp_sink.py'), '127.0.0.1', String(port), dir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child = c;
      await new Promise<void>((ok, fail) => {
        c.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && ok());
        c.once('exit', (code) => fail(new Error(`smtp sink exited ${code}`)));
      });
    },
    async stop() {
      const c = child;
      child = null;
      if (!c || c.exitCode !== null) return;
      c.kill('SIGTERM');
      await new Promise((r) => c.once('exit', r));
    },
    mails(): Mail[] {
      return readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Mail);
    },
  };
}

/** Slack and Teams incoming webhooks: records each JSON body by path; `status` set to 503 is an outage. */
async function webhooks() {
  const bodies: Record<string, Array<Record<string, any>>> = { '/slack': [], '/teams': [] };
  const headers: Array<IncomingMessage['headers']> = [];
  const state = { status: 200 };
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      if (req.method !== 'POST' || !(req.url! in bodies) || !/^application\/json/.test(req.headers['content-type'] ?? '')) {
        res.writeHead(400).end('invalid_payload');
        return;
      }
      if (state.status !== 200) {
        res.writeHead(state.status).end('unavailable');
        return;
      }
      bodies[req.url!]!.push(JSON.parse(body) as Record<string, any>);
      headers.push(req.headers);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'); // what Slack answers
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, bodies, headers, state, close: () => server.close() };
}

function startNotifier(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [CLI, 'run'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => (log += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  // its consumer starts at new events (the default): a first start must be ready before anything is published
  const ready = until('the notifier running', () => log.includes('"message":"running"') || child.exitCode !== null).then(() => {
    if (child.exitCode !== null) throw new Error(`medi-notify exited: ${log}`);
  });
  return { child, log: () => log, exited, ready };
}

const slackText = (b: Record<string, any>) => JSON.stringify(b);

t.test('medi-notify: rules, channels, outage and restart, against real processes', async (t) => {
  const nats = await natsServer(7);
  t.teardown(() => nats.stop());
  const db = await scratchDb('notify');
  await migrate(db);
  const mailDir = mkdtempSync(join(tmpdir(), 'medi-mail-'));
  t.teardown(() => rmSync(mailDir, { recursive: true, force: true }));
  const smtp = smtpSink(26000 + (process.pid % 3000), mailDir);
  await smtp.start();
  t.teardown(() => smtp.stop());
  const hooks = await webhooks();
  t.teardown(() => hooks.close());
  const rulesFile = join(mailDir, '..', `notify-rules-${process.pid}.yml`);
  t.teardown(() => rmSync(rulesFile, { force: true }));
  writeFileSync(
    rulesFile,
    `
time_zone: Asia/Riyadh
retry: {initial: 0.2, max: 1}
poll: 0.2
nats: {consumer: medi-notify-test, ack_wait: 2s}
channels:
  oncall-email:
    {type: email, smtp_url: "smtp://127.0.0.1:${26000 + (process.pid % 3000)}", from: medi-elt@example.org, to: [oncall@example.org]}
  ops-slack: {type: slack, webhook_url: "\${TEST_SLACK_WEBHOOK}"}
  ministry-teams: {type: teams, webhook_url: "\${TEST_TEAMS_WEBHOOK}"}
  in-app: {type: queue, user_ids: ["101", "102"]}
rules:
- {name: sync-summary, kind: summary, channels: [oncall-email, in-app]}
- {name: failing, kind: consecutive_failures, threshold: 3, channels: [ops-slack, ministry-teams, oncall-email]}
- {name: quarantine, kind: quarantine_rate, threshold: 0.01, channels: [ops-slack]}
- {name: quality, kind: quality_alert, group: 1s, dedup_window: 1h, channels: [ops-slack]}
`,
  );
  const env = {
    DATABASE_URL: db,
    MEDI_NATS_URL: nats.url,
    MEDI_NOTIFY_RULES: rulesFile,
    TEST_SLACK_WEBHOOK: `${hooks.url}/slack`,
    TEST_TEAMS_WEBHOOK: `${hooks.url}/teams`,
  };
  let notifier = startNotifier(env);
  t.teardown(() => notifier.child.kill('SIGKILL'));
  await notifier.ready;
  const taken = async () => Number((await query<{ n: string }>(db, `select count(*) as n from app.notify_events`))[0]!.n);
  const slack = (re: RegExp) => hooks.bodies['/slack']!.filter((b) => re.test(String(b.text)));

  // 1. the real loader fails three times on the same stream: one alert, on the third, to every channel of the rule
  // a good record, then one the schema refuses: the load fails and names the stream it carried
  const bad = singer(
    {
      type: 'SCHEMA',
      stream: 'indici_appointments',
      schema: { properties: { appointment_id: { type: 'integer' } } },
      key_properties: ['appointment_id'],
    },
    { type: 'RECORD', stream: 'indici_appointments', record: { appointment_id: 1 } },
    { type: 'RECORD', stream: 'indici_appointments', record: { appointment_id: 'not a number' } },
  );
  for (let i = 1; i <= 3; i++) {
    const r = await runTarget({ database_url: db, run_migrations: false }, bad, { env: { MEDI_NATS_URL: nats.url } });
    t.not(r.code, 0, `load ${i} fails`);
    await until(`failure ${i} taken in`, async () => (await taken()) === i);
    if (i < 3) {
      await sleep(300);
      t.equal(slack(/FAILING/).length, 0, `no alert after ${i} failure(s)`);
    }
  }
  await until('the failure alert', () => slack(/FAILING/).length > 0 && hooks.bodies['/teams']!.length > 0);
  const [failingSlack] = slack(/FAILING/);
  t.match(failingSlack!.text, /FAILING: indici_appointments failed 3 times in a row/, 'slack: what fails and how often');
  t.match(
    failingSlack!.blocks,
    [{ type: 'header' }, { type: 'section', text: { type: 'mrkdwn' } }, { type: 'divider' }, { type: 'section' }],
    'slack blocks',
  );
  const [lastFailed] = await query<{ id: string }>(
    db,
    `select load_run_id::text as id from etl.load_runs where status = 'failed' order by started_at desc limit 1`,
  );
  t.match(failingSlack!.blocks[1].text.text, `Latest load run ${lastFailed!.id}`, 'with the load run id');
  // these loads read no source files (Singer records on stdin): the hint reads their load run
  t.match(
    failingSlack!.blocks[1].text.text,
    `trace: medi-warehouse health; select status, streams, error from etl.load_runs where load_run_id = '${lastFailed!.id}'`,
    'and a trace hint',
  );
  const card = hooks.bodies['/teams']![0]!;
  t.equal(card.type, 'message');
  t.equal(card.attachments[0].contentType, 'application/vnd.microsoft.card.adaptive', 'teams: an Adaptive Card');
  t.match(card.attachments[0].content, { type: 'AdaptiveCard', version: '1.5' });
  const rtl = card.attachments[0].content.body.find((b: any) => b.type === 'Container');
  t.equal(rtl.rtl, true, 'the Arabic part is a right-to-left container');
  t.equal(
    rtl.items[1].text.split('\n')[0],
    `فشلت مزامنة ${LRI}indici_appointments${PDI} (${LRI}target-postgres-medi${PDI}) 3 مرات متتالية. ` +
      `آخر عملية تحميل ${LRI}${lastFailed!.id}${PDI}.`,
    'teams: Arabic intact, identifiers isolated left-to-right',
  );
  await until('the failure e-mail', () => smtp.mails().some((m) => /FAILING/.test(m.subject)));
  t.equal(smtp.mails().filter((m) => /FAILING/.test(m.subject)).length, 1, 'one failure e-mail');
  t.equal(smtp.mails().filter((m) => /FAILING/.test(m.subject))[0]!.severity, 'critical');
  await until(
    'three summaries queued',
    async () => (await query(db, `select 1 from app.notification_queue where subject like '%FAILED%'`)).length === 6,
  );

  // 2. a completed run: per-extract summary in English and Arabic, quarantine over 1 %, and the stream recovered
  const seedRun = async (
    id: string,
    streams: Record<string, { read: number; landed: number; tapRejected: number; stgRejected: number }>,
  ) => {
    await query(
      db,
      `insert into etl.load_runs (load_run_id, plugin, status, finished_at, rows_loaded, streams)
       values ($1, 'target-postgres-medi', 'succeeded', now(), $2, $3)`,
      [
        id,
        Object.values(streams).reduce((s, x) => s + x.landed, 0),
        JSON.stringify(Object.fromEntries(Object.entries(streams).map(([k, v]) => [k, { loaded: v.landed, rejected: 0, skipped: 0 }]))),
      ],
    );
    for (const [stream, v] of Object.entries(streams)) {
      await query(
        db,
        `insert into etl.load_run_files (stream, source_uri, source_version_id, file_hash, status, first_load_run_id, last_load_run_id,
           rows_read, rows_ingested, rows_rejected, finished_at)
        values ($1, $2, 'v1', md5($2), 'processed', $3, $3, $4, $5, $6, now())`,
        [stream, `s3://indici/685146_535_${stream}_${id}.txt`, id, v.read, v.landed, v.tapRejected],
      );
      if (v.stgRejected) {
        const table = `stg_${stream.replace(/^indici_/, 'indici__')}__rejects`;
        // made by dbt's role, as in a real build: the notifier reads staging rejects by medi_transformer's default grants
        await query(
          db,
          `set role medi_transformer; create table if not exists stg."${table}" (load_run_id uuid, field_errors jsonb); reset role`,
        );
        await query(db, `insert into stg."${table}" select $1, '{"appointment_status":"domain"}' from generate_series(1, $2)`, [
          id,
          v.stgRejected,
        ]);
      }
    }
  };
  const completed = (id: string, extra: Record<string, unknown> = {}) => ({
    subject: 'etl.sync.completed' as const,
    data: {
      load_run_id: id,
      plugin: 'target-postgres-medi',
      status: 'succeeded',
      rows_loaded: 1490,
      rows_rejected: 0,
      rows_skipped: 0,
      failed_files: 0,
      error: null,
      started_at: '2026-12-05 02:00:00+00',
      finished_at: '2026-12-05 02:03:00+00',
      dq_checks: 12,
      dq_failed: 2,
      ...extra,
    },
  });
  const R1 = randomUUID();
  // appointments: 1000 rows read, 10 refused by the tap, 990 landed of which 5 went to staging rejects: 15 = 1.5 %
  await seedRun(R1, {
    indici_appointments: { read: 1000, landed: 990, tapRejected: 10, stgRejected: 5 },
    indici_patient: { read: 500, landed: 500, tapRejected: 0, stgRejected: 0 },
  });
  await publishEvents(nats.url, [completed(R1)]);
  const queued = await until('the summary queued for both users', async () => {
    const rows = await query<{ user_id: string; channel: string; subject: string; body_en: string; body_ar: string; status: string }>(
      db,
      `select user_id, channel, subject, body_en, body_ar, status from app.notification_queue where body_en like $1 order by user_id`,
      [`%${R1}%`],
    );
    return rows.length === 2 && rows;
  });
  t.same(
    queued.map((r) => [r.user_id, r.channel, r.status]),
    [
      ['101', 'in_app', 'pending'],
      ['102', 'in_app', 'pending'],
    ],
    'one queue row per user',
  );
  const q = queued[0]!;
  t.equal(q.subject, '[Medi ELT] target-postgres-medi sync completed: 1485 ingested, 15 rejected, 2 anomalies', 'subject: the counts');
  t.equal(
    q.body_en.split('\n').slice(0, 4).join('\n'),
    [
      `target-postgres-medi sync completed. Load run ${R1}.`,
      'Ingested 1485, rejected 15, anomalies 2.',
      '- indici_appointments: 985 ingested, 15 rejected (1.5 %)',
      '- indici_patient: 500 ingested, 0 rejected (0 %)',
    ].join('\n'),
    'English: the load run, totals and each extract',
  );
  t.equal(
    q.body_ar.split('\n').slice(0, 4).join('\n'),
    [
      `اكتملت مزامنة ${LRI}target-postgres-medi${PDI}. عملية التحميل ${LRI}${R1}${PDI}.`,
      'السجلات المُدخلة 1485، المرفوضة 15، الحالات الشاذة 2.',
      `- ${LRI}indici_appointments${PDI}: 985 مُدخلة، 15 مرفوضة (${LRI}1.5 %${PDI})`,
      `- ${LRI}indici_patient${PDI}: 500 مُدخلة، 0 مرفوضة (${LRI}0 %${PDI})`,
    ].join('\n'),
    'Arabic: the same facts, text intact',
  );
  t.match(
    q.body_en,
    `\ntrace: medi-warehouse health; select stream, status, rows_read, rows_rejected, error from etl.load_run_files ` +
      `where last_load_run_id = '${R1}'; logs: grep ${R1}`,
    'a trace hint: where to look, by load run',
  );
  const mail = await until('the summary e-mail', () => smtp.mails().find((m) => /sync completed/.test(m.subject) && m.text?.includes(R1)));
  t.equal(mail.subject, q.subject, 'e-mail subject');
  t.same(mail.rcpt_tos, ['oncall@example.org']);
  // SMTP carries lines ending CRLF; Python's email package hands them back so
  const text = mail.text.replace(/\r\n/g, '\n');
  t.ok(text.includes(q.body_en) && text.includes(q.body_ar), "e-mail text: both languages, as decoded by Python's email package");
  t.match(mail.html, /<div lang="ar" dir="rtl">/, 'e-mail HTML: the Arabic part right to left');
  t.ok(mail.html.includes('السجلات المُدخلة 1485، المرفوضة 15، الحالات الشاذة 2.'), 'and intact');
  // the same run's event again (a dbt rebuild re-runs `medi-warehouse dq`): its summary is not sent twice
  const takenBefore = await taken();
  await publishEvents(nats.url, [completed(R1)]);
  await until('the republished event taken in', async () => (await taken()) === takenBefore + 1);
  await sleep(500);
  t.equal((await query(db, `select 1 from app.notification_queue where body_en like $1`, [`%${R1}%`])).length, 2, 'one summary per run');
  const quarantine = await until('the quarantine alert', () => slack(/Quarantine over 1 %/)[0]);
  t.match(quarantine.text, /Quarantine over 1 %: indici_appointments$/, 'only the extract over 1 % is named');
  t.notMatch(slackText(quarantine), /indici_patient/);
  const recovered = await until('the recovery', () => slack(/Recovered/)[0]);
  t.match(recovered.text, /Recovered: indici_appointments synced again/, 'the failing stream succeeded: said once');

  // 3. SMTP down: the e-mail waits with backoff while the queue row is written; SMTP back: delivered once
  await smtp.stop();
  const R2 = randomUUID();
  await seedRun(R2, { indici_patient: { read: 20, landed: 20, tapRejected: 0, stgRejected: 0 } });
  await publishEvents(nats.url, [completed(R2, { dq_failed: 0 })]);
  const key = `sync-summary|%|oncall-email`;
  const retrying = await until('retries against the stopped SMTP server', async () =>
    (
      await query<{ attempts: number; last_error: string; status: string }>(
        db,
        `select attempts, last_error, status from app.notify_deliveries where delivery_key like $1 and body_en like $2`,
        [key, `%${R2}%`],
      )
    ).find((r) => r.attempts >= 3),
  );
  t.equal(retrying.status, 'pending', 'still pending');
  t.match(retrying.last_error, /oncall-email: SMTP .*ECONNREFUSED|oncall-email: SMTP ECONNECTION/, 'the error says why');
  t.equal(
    (await query(db, `select 1 from app.notification_queue where body_en like $1`, [`%${R2}%`])).length,
    2,
    'the other channel is not held up',
  );
  await smtp.start();
  await until('the e-mail after the outage', () => smtp.mails().some((m) => m.text?.includes(R2)));
  await sleep(1500);
  t.equal(smtp.mails().filter((m) => m.text?.includes(R2)).length, 1, 'delivered exactly once');
  t.match(
    await query(db, `select status, attempts from app.notify_deliveries where delivery_key like $1 and body_en like $2`, [key, `%${R2}%`]),
    [{ status: 'sent', attempts: Number }],
    'marked sent',
  );

  // 4. quality alerts: two of one run within the group window are one message; the same alert of the next run is
  //    collapsed into a count (de-duplication window 1 h)
  const alert = (id: string, column: string) => ({
    subject: 'etl.data.quality.alert' as const,
    data: {
      load_run_id: id,
      zone: 'core',
      table_name: 'core.fact_appointments',
      check_name: 'referential_integrity',
      column_name: column,
      observed: 12,
      threshold: 0,
      passed: false,
      details: { references: 'core.dim_patient', rows_checked: 40 },
    },
  });
  await publishEvents(nats.url, [alert(R2, 'patient_id'), alert(R2, 'provider_id')]);
  const dq = await until('the grouped quality message', () => slack(/Data quality/)[0]);
  t.match(dq.text, /Data quality: 2 check\(s\) failed in load run/, 'two alerts, one message');
  t.match(
    dq.blocks[1].text.text,
    /core\.fact_appointments\.patient_id referential_integrity: observed 12, threshold 0[^\n]*\n- core\.fact_appointments\.provider_id/,
  );
  const R3 = randomUUID();
  await publishEvents(nats.url, [alert(R3, 'patient_id')]);
  await until(
    'the repeat taken in',
    async () => (await query(db, `select 1 from app.notify_state where rule = 'quality' and (value->>'suppressed')::int = 1`)).length === 1,
  );
  await sleep(1500);
  t.equal(slack(/Data quality/).length, 1, 'the repeated alert is counted, not sent again');

  // the Slack webhook answers 503 (retried, then delivered once), then 404 (Slack's no_service: refused, not retried)
  hooks.state.status = 503;
  const R4 = randomUUID();
  await publishEvents(nats.url, [alert(R4, 'practice_id')]);
  const slackKey = (id: string) =>
    query<{ status: string; attempts: number; last_error: string | null }>(
      db,
      `select status, attempts, last_error from app.notify_deliveries where channel = 'ops-slack' and body_en like $1`,
      [`%${id}%`],
    );
  const failing = await until('retries against the 503 webhook', async () => (await slackKey(R4)).find((r) => r.attempts >= 2));
  t.match(failing, { status: 'pending', last_error: /ops-slack: webhook answered 503/ }, 'a 503 is retried');
  t.notMatch(failing.last_error, /127\.0\.0\.1/, 'the webhook URL (a secret) is not in the error');
  hooks.state.status = 200;
  await until('the alert after the webhook is back', () => slack(/Data quality/).length === 2);
  await sleep(1500);
  t.equal(hooks.bodies['/slack']!.filter((b) => JSON.stringify(b).includes(R4)).length, 1, 'delivered once');
  hooks.state.status = 404;
  const R5 = randomUUID();
  await publishEvents(nats.url, [alert(R5, 'appointment_id')]);
  await until('the refusal', async () => (await slackKey(R5)).find((r) => r.status === 'failed'));
  await sleep(1000);
  t.match(
    await slackKey(R5),
    [{ status: 'failed', attempts: 1, last_error: /webhook answered 404/ }],
    'a 404 is refused once, not retried',
  );
  hooks.state.status = 200;

  // 5. the notifier killed (SIGKILL) in the middle of 40 events, SMTP down meanwhile; restarted: all taken in once
  await smtp.stop();
  const before = await taken();
  const runs = Array.from({ length: 40 }, () => randomUUID());
  await publishEvents(
    nats.url,
    runs.map((id) => completed(id, { rows_loaded: 7, dq_failed: 0 })),
  );
  const atKill = await until(
    'some of the 40 taken in',
    async () => {
      const n = (await taken()) - before;
      return n >= 3 && n;
    },
    30_000,
  );
  notifier.child.kill('SIGKILL');
  await notifier.exited;
  t.ok(atKill < 40, `killed mid-stream (${atKill} of 40 taken in)`);
  // restarted by hand: the durable consumer, not a replay of the stream, is what brings the other events back
  notifier = startNotifier(env);
  await until('all 40 taken in after the restart', async () => (await taken()) - before === 40, 60_000);
  await smtp.start();
  await until(
    'every e-mail sent',
    async () => (await query(db, `select 1 from app.notify_deliveries where status = 'pending'`)).length === 0,
    60_000,
  );
  await sleep(1000);
  const rows = await query<{ body_en: string }>(db, `select body_en from app.notification_queue where body_en like '%Ingested 7,%'`);
  t.equal(rows.length, 80, 'one queue row per run and user: nothing lost, nothing twice');
  t.same(new Set(runs.filter((id) => rows.filter((r) => r.body_en.includes(id)).length === 2)).size, 40, 'every run, both users');
  const mails = smtp.mails();
  t.same(
    runs.map((id) => mails.filter((m) => m.text?.includes(id)).length),
    Array(40).fill(1),
    'every run e-mailed exactly once',
  );
  const nc = await connect({ servers: nats.url });
  const info = await (await nc.jetstreamManager()).consumers.info(EVENT_STREAM, 'medi-notify-test');
  await nc.close();
  t.same([info.num_pending, info.num_ack_pending], [0, 0], 'the consumer acknowledged everything');

  notifier.child.kill('SIGTERM');
  t.equal(await notifier.exited, 0, 'stops cleanly on SIGTERM', { log: notifier.log().slice(-2000) });
});

t.test('medi-notify: an event the warehouse refuses, streaks by load run, recovery, Slack text, NATS URL', async (t) => {
  const nats = await natsServer(13);
  t.teardown(() => nats.stop());
  const db = await scratchDb('notify_hardening');
  await migrate(db);
  const dir = mkdtempSync(join(tmpdir(), 'medi-notify-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const hooks = await webhooks();
  t.teardown(() => hooks.close());
  // quiet hours around now (UTC): an info notice is held, a critical one is not
  const hhmm = (m: number) => {
    const x = (m + 1440) % 1440;
    return `${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
  };
  const now = new Date().getUTCHours() * 60 + new Date().getUTCMinutes();
  const rulesFile = join(dir, 'rules.yml');
  writeFileSync(
    rulesFile,
    `
time_zone: UTC
quiet_hours: {from: "${hhmm(now - 60)}", to: "${hhmm(now + 120)}", except: [critical]}
retry: {initial: 0.2, max: 1}
poll: 0.2
nats: {consumer: medi-notify-hardening, ack_wait: 2s}
channels:
  ops-slack: {type: slack, webhook_url: "\${TEST_SLACK_WEBHOOK}"}
rules:
- {name: summary, kind: summary, plugins: [p-nul], channels: [ops-slack]}
- {name: failing, kind: consecutive_failures, threshold: 3, plugins: [p-dup, p-rec], channels: [ops-slack]}
`,
  );
  const env = { DATABASE_URL: db, MEDI_NATS_URL: nats.url, MEDI_NOTIFY_RULES: rulesFile, TEST_SLACK_WEBHOOK: `${hooks.url}/slack` };
  const notifier = startNotifier(env);
  t.teardown(() => notifier.child.kill('SIGKILL'));
  await notifier.ready;
  const taken = async () => Number((await query<{ n: string }>(db, `select count(*) as n from app.notify_events`))[0]!.n);
  const slack = (re: RegExp) => hooks.bodies['/slack']!.filter((b) => re.test(String(b.text)));
  const failed = (plugin: string, error = 'boom', id: string = randomUUID()) => ({
    subject: 'etl.sync.failed' as const,
    data: { load_run_id: id, plugin, status: 'failed', error, streams: [], rows_loaded: 0, rows_rejected: 0, rows_skipped: 0 },
  });

  // an error text with a NUL (PostgreSQL text cannot hold one) is stored with U+FFFD; the next event flows
  await publishEvents(nats.url, [failed('p-nul', 'AB\u0000C'), failed('p-other')]);
  await until('both events taken in', async () => (await taken()) === 2, 20_000);
  const [nul] = await query<{ body_en: string }>(db, `select body_en from app.notify_deliveries where rule = 'summary'`);
  t.match(nul!.body_en, 'Error: AB\uFFFDC', 'NUL written as U+FFFD');

  // an event the warehouse refuses every time (a constraint it breaks) is set aside after 5 tries; the next flows
  await query(db, `alter table app.notify_deliveries add constraint poison check (body_en not like '%poison-pill%') not valid`);
  await publishEvents(nats.url, [failed('p-nul', 'poison-pill'), failed('p-other')]);
  await until('the event after the refused one taken in', async () => (await taken()) === 3, 30_000);
  await query(db, `alter table app.notify_deliveries drop constraint poison`);
  const lines = notifier
    .log()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  t.match(
    lines.filter((l) => /set aside/.test(String(l.message))),
    [{ level: 'error', subject: 'etl.sync.failed', stream_seq: 3, deliveries: 5, error: /poison/ }],
    'set aside once, logged with its subject and stream sequence',
  );

  // the same load run's failure published three times is one failure; two more runs make three
  const run = randomUUID();
  // (different payloads: an identical one is the same event, already recognised by its id)
  await publishEvents(nats.url, [failed('p-dup', 'x 1', run), failed('p-dup', 'x 2', run), failed('p-dup', 'x 3', run)]);
  await until('the repeats taken in', async () => (await taken()) === 6);
  await sleep(500);
  t.equal(slack(/FAILING: p-dup/).length, 0, 'one run failing three times is not three failures in a row');
  await publishEvents(nats.url, [failed('p-dup'), failed('p-dup')]);
  const dup = await until('the streak alert', () => slack(/FAILING: p-dup/)[0]);
  t.match(dup.text, /FAILING: p-dup failed 3 times in a row/);

  // a streak's alert (critical: not held by quiet hours), its recovery (sent as urgently), and a new streak
  const pinging = '<!channel> disk & <full>';
  await publishEvents(nats.url, [failed('p-rec', pinging), failed('p-rec', pinging), failed('p-rec', pinging)]);
  const alert = await until('the p-rec alert', () => slack(/FAILING: p-rec/)[0]);
  const mrkdwn = String(alert.blocks[1].text.text);
  t.match(mrkdwn, 'Error: &lt;!channel&gt; disk &amp; &lt;full&gt;', 'Slack: &, <, > escaped');
  t.notMatch(JSON.stringify(alert), '<!channel>', 'an error text cannot ping the channel');
  const i = hooks.bodies['/slack']!.indexOf(alert);
  t.match(hooks.headers[i], { 'idempotency-key': /^failing\|[0-9a-f]{40}\|ops-slack$/ }, 'webhook: the delivery key as Idempotency-Key');
  t.equal(hooks.headers[i]!['x-medi-delivery-key'], hooks.headers[i]!['idempotency-key']);
  await publishEvents(nats.url, [
    { subject: 'etl.sync.completed', data: { load_run_id: randomUUID(), plugin: 'p-rec', status: 'succeeded', rows_loaded: 5 } },
  ]);
  await until('the recovery, not held by quiet hours', () => slack(/Recovered: p-rec/)[0], 15_000);
  await publishEvents(nats.url, [failed('p-rec'), failed('p-rec'), failed('p-rec')]);
  await until('the next streak alerts again', () => slack(/FAILING: p-rec/).length === 2, 15_000);

  notifier.child.kill('SIGTERM');
  t.equal(await notifier.exited, 0, 'stops cleanly', { log: notifier.log().slice(-2000) });

  // credentials in the NATS URL are not printed
  const bad = spawn(process.execPath, [CLI, 'run'], {
    env: { ...process.env, ...env, MEDI_NATS_URL: 'nats://bob:NatsPW99@127.0.0.1:1', MEDI_NOTIFY_RUN_MIGRATIONS: 'false' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  bad.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  t.equal(await new Promise((r) => bad.once('exit', r)), 1, 'cannot reach NATS: exits 1');
  t.match(err, 'cannot reach NATS at nats://***@127.0.0.1:1', 'names the server');
  t.notMatch(err, /NatsPW99|bob/, 'not its credentials');
});

t.test('medi-notify: one streak per source across the plugins of a job; a failed tap and its loader are one failure', async (t) => {
  const nats = await natsServer(14);
  t.teardown(() => nats.stop());
  const db = await scratchDb('notify_jobs');
  await migrate(db);
  const dir = mkdtempSync(join(tmpdir(), 'medi-notify-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const hooks = await webhooks();
  t.teardown(() => hooks.close());
  const rulesFile = join(dir, 'rules.yml');
  writeFileSync(
    rulesFile,
    `
time_zone: UTC
retry: {initial: 0.2, max: 1}
poll: 0.2
nats: {consumer: medi-notify-jobs, ack_wait: 2s}
channels:
  ops-slack: {type: slack, webhook_url: "\${TEST_SLACK_WEBHOOK}"}
rules:
- {name: summary, kind: summary, channels: [ops-slack]}
- {name: failing, kind: consecutive_failures, threshold: 3, channels: [ops-slack]}
`,
  );
  const env = { DATABASE_URL: db, MEDI_NATS_URL: nats.url, MEDI_NOTIFY_RULES: rulesFile, TEST_SLACK_WEBHOOK: `${hooks.url}/slack` };
  const notifier = startNotifier(env);
  t.teardown(() => notifier.child.kill('SIGKILL'));
  await notifier.ready;
  const taken = async () => Number((await query<{ n: string }>(db, `select count(*) as n from app.notify_events`))[0]!.n);
  const slack = (re: RegExp) => (hooks.bodies['/slack'] ?? []).filter((b) => re.test(String(b.text)));
  // as the tap kit publishes a failure (kit/events.ts publishTapFailure) and the loader a completion
  const tapFailed = (extractor: string) => ({
    subject: 'etl.sync.failed' as const,
    data: { load_run_id: null, plugin: 'tap-x', extractor, status: 'failed', error: 'connection refused', streams: [] },
  });
  const loaded = (extractor: string, started: Date, streams = ['x_visits']) => ({
    subject: 'etl.sync.completed' as const,
    data: {
      load_run_id: randomUUID(),
      plugin: 'target-postgres-medi',
      extractor,
      status: 'succeeded',
      streams,
      rows_loaded: 0,
      rows_rejected: 0,
      rows_skipped: 0,
      run_started_at: started.toISOString(),
    },
  });
  const loaderFailed = (extractor: string) => ({
    subject: 'etl.sync.failed' as const,
    data: { load_run_id: randomUUID(), plugin: 'target-postgres-medi', extractor, status: 'failed', error: 'disk full', streams: [] },
  });

  // a job whose tap failed: the tap's failure, then its loader's completion of a load that began before it
  let started = new Date(Date.now() - 1000);
  await publishEvents(nats.url, [tapFailed('tap-x--daily'), loaded('tap-x--daily', started)]);
  await until('both taken in', async () => (await taken()) === 2, 20_000);
  await until('the failure summary', () => slack(/tap-x--daily sync FAILED/)[0], 15_000);
  await sleep(800);
  t.equal(slack(/sync completed/).length, 0, "the loader's completion of the failed job is no success");
  // two more failed jobs: three in a row, although each loader "completed"
  for (let i = 0; i < 2; i++) {
    started = new Date(Date.now() - 1000);
    await publishEvents(nats.url, [tapFailed('tap-x--daily'), loaded('tap-x--daily', started)]);
  }
  const alert = await until('the streak alert', () => slack(/FAILING: tap-x--daily failed 3 times in a row/)[0], 15_000);
  // the tap failed before any load: the alert says so, names the job once, and points at the job's log
  const alertText = JSON.stringify(alert);
  t.match(alertText, 'tap-x--daily failed 3 times in a row. No load run: the extractor failed before anything was loaded.');
  t.notMatch(alertText, /\(none\)|tap-x--daily \(tap-x--daily\)|load_run_files/, 'no "(none)", the job named once, no file query');
  t.match(alertText, 'trace: medi-warehouse health; logs: grep tap-x--daily');
  // streamless failures of two other sources' loaders are two streaks, not one of "target-postgres-medi"
  await publishEvents(nats.url, [loaderFailed('tap-y'), loaderFailed('tap-z'), loaderFailed('tap-y')]);
  await until('taken in', async () => (await taken()) === 9, 20_000);
  await sleep(800);
  t.equal(slack(/FAILING: (tap-y|tap-z|target-postgres-medi)/).length, 0, 'two failures of tap-y and one of tap-z are no streak');
  // one job whose tap fails one run and whose loader fails on a stream the next: each failed run counts once
  // against the job, so the third in a row alerts whichever plugin failed
  const loaderFailedOn = (extractor: string, streams: string[]) => ({
    subject: 'etl.sync.failed' as const,
    data: { load_run_id: randomUUID(), plugin: 'target-postgres-medi', extractor, status: 'failed', error: 'bad value', streams },
  });
  await publishEvents(nats.url, [loaderFailedOn('tap-w', ['w_a', 'w_b']), tapFailed('tap-w'), loaderFailedOn('tap-w', ['w_a'])]);
  await until('the job streak alert', () => slack(/FAILING: .*tap-w.* failed 3 times in a row/)[0], 15_000);
  t.equal(slack(/FAILING: .*tap-w/).length, 1, 'one alert for the job');
  // a streak kept from before events named their extractor (migration 0023: `*:target-postgres-medi`), alerted:
  // the next completion of that plugin ends it with a recovery
  await query(db, `insert into app.notify_state (rule, key, value) values ('failing', '*:target-postgres-medi', $1)`, [
    JSON.stringify({ count: 3, alerted: true }),
  ]);
  // a job that began after the last failure and completed: recovered, and its summary goes out
  await publishEvents(nats.url, [loaded('tap-x--daily', new Date())]);
  await until('the old streak recovered', () => slack(/Recovered: .*target-postgres-medi/)[0], 15_000);
  await until('the recovery', () => slack(/Recovered: tap-x--daily/)[0], 15_000);
  await until('its summary', () => slack(/tap-x--daily sync completed/)[0], 15_000);

  // a real job's tap fails (its event carries the tap's start, as the kit sends it); the job runs again at once
  // and its real loader completes: that is the next run's success, not the failed job's tail
  const tapStart = new Date(Date.now() - 2000).toISOString();
  await publishEvents(nats.url, [{ ...tapFailed('tap-q'), data: { ...tapFailed('tap-q').data, run_started_at: tapStart } }]);
  await until('the tap failure taken in', () => slack(/tap-q sync FAILED/)[0], 15_000);
  await sleep(1500);
  const good = singer(
    { type: 'SCHEMA', stream: 'q_visits', schema: { properties: { id: { type: 'integer' } } }, key_properties: ['id'] },
    { type: 'RECORD', stream: 'q_visits', record: { id: 1 } },
  );
  const next = await runTarget({ database_url: db, run_migrations: false }, good, {
    env: { MEDI_NATS_URL: nats.url, MELTANO_EXTRACTOR_NAME: 'tap-q' },
  });
  t.equal(next.code, 0, 'the next run loads');
  const success = await until("the next run's success", () => slack(/tap-q sync completed/)[0], 15_000);
  // a load without source files: its trace reads the load run, not etl.load_run_files (empty for it)
  t.match(JSON.stringify(success), /select status, streams, error from etl\.load_runs where load_run_id = '[0-9a-f-]{36}'/);
  t.notMatch(JSON.stringify(success), /load_run_files/);

  notifier.child.kill('SIGTERM');
  t.equal(await notifier.exited, 0, 'stops cleanly', { log: notifier.log().slice(-2000) });
});

t.test('rules file: mistakes are named; quiet hours; backoff; the legacy Teams card', async (t) => {
  const d = {
    delivery_key: 'k',
    rule: 'r',
    channel: 'c',
    severity: 'critical',
    subject: 'S',
    subject_ar: 'ع',
    body_en: 'a\nb',
    body_ar: 'ب\nج',
    next_attempt_at: new Date(),
    attempts: 0,
  };
  // an Office 365 connector webhook takes a MessageCard; its text is markdown, where a paragraph needs a blank line
  t.same(teamsPayload(d, 'messagecard'), {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: 'S',
    themeColor: 'C4314B',
    title: 'S',
    text: 'a\n\nb',
    sections: [{ title: 'ع', text: 'ب\n\nج' }],
  });
  // an error text from a source, quoted in the body, cannot become a markdown link in the card
  const phish = { ...d, body_en: 'Error: Session expired: [Re-authenticate here](https://evil.example/login)' };
  for (const format of ['messagecard', 'adaptive'] as const) {
    const text = JSON.stringify(teamsPayload(phish, format));
    t.notMatch(text, '](https://evil.example', `${format}: no link syntax`);
    t.match(text, 'Re-authenticate here]\u200b(https://evil.example/login)', `${format}: the text itself kept`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'medi-notify-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'rules.yml');
  const load = (text: string, env: NodeJS.ProcessEnv = {}) => {
    writeFileSync(file, text);
    return loadNotifyConfig(file, env);
  };
  const base = 'channels:\n  s: {type: slack, webhook_url: "${HOOK}"}\n';
  t.throws(
    () => load(`${base}rules:\n- {kind: summary, channels: [s]}\n`),
    /channels\.s: environment variable HOOK is not set/,
    'a missing secret is named',
  );
  t.throws(
    () => load(`${base}rules:\n- {kind: summary, channels: [t]}\n`, { HOOK: 'https://hooks.slack.com/x' }),
    /rules\[0\] \(summary\)|rules\[0\]: channel t is not defined/,
  );
  t.throws(
    () => load(`${base}rules:\n- {kind: quarantine_rate, threshold: 1, channels: [s]}\n`, { HOOK: 'https://x' }),
    /threshold is a share of rows read/,
  );
  t.throws(() => load(`${base}rules:\n- {kind: flood, channels: [s]}\n`, { HOOK: 'https://x' }), NotifyConfigError);
  const c = load(`time_zone: Asia/Riyadh\nquiet_hours: {from: "22:00", to: "07:00"}\n${base}rules:\n- {kind: summary, channels: [s]}\n`, {
    HOOK: 'https://x',
  });
  t.equal(c.channels.get('s')!.webhook_url, 'https://x');
  // 23:30 in Riyadh (UTC+3) is 20:30 UTC: a summary waits until 07:00 Riyadh, 04:00 UTC; a critical alert does not
  const late = new Date('2026-12-05T20:30:00Z');
  t.equal(releaseAt(late, 'info', c).toISOString(), '2026-12-06T04:00:00.000Z', 'held until the end of the quiet hours');
  t.equal(releaseAt(late, 'critical', c).toISOString(), late.toISOString(), 'critical goes at once');
  t.equal(releaseAt(new Date('2026-12-05T09:00:00Z'), 'info', c).toISOString(), '2026-12-05T09:00:00.000Z', 'daytime: at once');
  // daylight-saving nights: released at 07:00 local wall time, not 7 h 30 of wall clock later
  const london = load(
    `time_zone: Europe/London\nquiet_hours: {from: "22:00", to: "07:00"}\n${base}rules:\n- {kind: summary, channels: [s]}\n`,
    {
      HOOK: 'https://x',
    },
  );
  t.equal(releaseAt(new Date('2026-10-24T22:30:00Z'), 'info', london).toISOString(), '2026-10-25T07:00:00.000Z', 'autumn: 07:00 GMT');
  t.equal(releaseAt(new Date('2026-03-28T22:30:00Z'), 'info', london).toISOString(), '2026-03-29T06:00:00.000Z', 'spring: 07:00 BST');
  t.equal(releaseAt(new Date('2026-07-01T05:59:30Z'), 'info', london).toISOString(), '2026-07-01T06:00:00.000Z', 'summer: 07:00 BST');
  // Slack: a body cut at its limit never ends in half an entity
  const long = slackPayload({ ...d, body_en: `${'x'.repeat(2898)}&&` }) as { blocks: Array<{ text?: { text: string } }> };
  t.equal(long.blocks[1]!.text!.text, `${'x'.repeat(2898)}…`, 'cut before a split &amp;');

  // every mistake in the file fails the start, naming the file and the place
  const ok = { HOOK: 'https://x' };
  const rule = '- {kind: summary, channels: [s]}\n';
  const mistakes: Array<[string, RegExp]> = [
    [`${base}rules:\n- {kind: consecutive_failures, treshold: 3, channels: [s]}\n`, /rules\[0\]: unknown setting treshold/],
    [`quiet_hour: {from: "22:00", to: "07:00"}\n${base}rules:\n${rule}`, /file: unknown setting quiet_hour/],
    [`quiet_hours: {from: "22:00", to: "07:00", exept: [info]}\n${base}rules:\n${rule}`, /quiet_hours: unknown setting exept/],
    [`nats: {consumer: x, ackwait: 5s}\n${base}rules:\n${rule}`, /nats: unknown setting ackwait/],
    [`channels:\n  s: {type: slack, webhook_url: "https://x", fromat: adaptive}\nrules:\n${rule}`, /channels\.s: unknown setting fromat/],
    [`${base}rules:\n- {kind: summary, on: [etl.sync.finished], channels: [s]}\n`, /rules\[0\]\.on: etl\.sync\.finished is not a subject/],
    [
      `${base}rules:\n- {kind: quality_alert, on: [etl.sync.failed], channels: [s]}\n`,
      /rules\[0\]\.on: etl\.sync\.failed is not read by a quality_alert rule/,
    ],
    [
      `channels:\n  s: {type: teams, webhook_url: "https://x", format: adaptiv}\nrules:\n${rule}`,
      /channels\.s\.format: must be adaptive or messagecard, not adaptiv/,
    ],
    [
      `channels:\n- {type: slack, webhook_url: "https://x"}\nrules:\n${rule}`,
      /channels: must be a mapping of name: \{type: …\}, not a list/,
    ],
    [`${base}rules:\n  a: {kind: summary, channels: [s]}\n`, /rules: must be a list of rules/],
    [`channels:\n  s:\nrules:\n${rule}`, /channels\.s: must be a mapping with a type, not null/],
    [`${base}rules:\n-\n${rule}`, /rules\[0\]: must be a mapping with a kind, not null/],
    ['- just a list\n', /file: must be a mapping of settings/],
  ];
  for (const [text, message] of mistakes) {
    t.throws(() => load(text, ok), message, message.source);
    t.throws(() => load(text, ok), NotifyConfigError, 'a NotifyConfigError');
    t.throws(() => load(text, ok), new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `), 'naming the file');
  }
  t.same(
    [1, 2, 3, 4, 8, 20].map((n) => backoffSeconds(n, { initial_s: 5, max_s: 600 })),
    [5, 10, 20, 40, 600, 600],
    'exponential, capped',
  );
});

t.test('as a Meltano utility: `meltano run notify` takes in the waiting events, delivers, and exits', async (t) => {
  const nats = await natsServer(11);
  t.teardown(() => nats.stop());
  const db = await scratchDb('notify_meltano');
  const dir = mkdtempSync(join(tmpdir(), 'medi-notify-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const rules = join(dir, 'rules.yml');
  // deliver: all — the consumer is first created by this run, after the event was published
  writeFileSync(
    rules,
    `nats: {deliver: all, ack_wait: 2s}
channels:
  in-app: {type: queue, user_ids: ["7"]}
rules:
- {name: summary, kind: summary, channels: [in-app]}
`,
  );
  const id = randomUUID();
  await publishEvents(nats.url, [
    {
      subject: 'etl.sync.failed',
      data: {
        load_run_id: id,
        plugin: 'target-postgres-medi',
        status: 'failed',
        error: 'RECORD for stream "x" before its SCHEMA',
        streams: [],
        rows_loaded: 0,
        rows_rejected: 0,
        rows_skipped: 0,
      },
    },
  ]);
  const env = meltanoEnv({ DATABASE_URL: db, MEDI_NATS_URL: nats.url, MEDI_NOTIFY_RULES: rules });
  const run = await meltano(['run', 'notify'], env);
  t.equal(run.code, 0, 'the job runs', { output: (run.stdout + run.stderr).slice(-3000) });
  const rows = await query<{ user_id: string; subject: string; body_en: string }>(
    db,
    `select user_id, subject, body_en from app.notification_queue`,
  );
  t.match(rows, [
    { user_id: '7', subject: /sync FAILED/, body_en: new RegExp(`Load run ${id}[\\s\\S]*Error: RECORD for stream "x" before its SCHEMA`) },
  ]);
  const again = await meltano(['run', 'notify'], env);
  t.equal(again.code, 0);
  t.equal((await query(db, `select 1 from app.notification_queue`)).length, 1, 'a second run sends nothing again');
});

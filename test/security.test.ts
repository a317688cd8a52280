// Security through real `meltano run`s: one DATABASE_URL names the warehouse for every step; each step runs as its
// role and the roles allow and deny what DESIGN says (tried by SET ROLE and by real logins); finished audit rows
// cannot be rewritten; readers see only their organisations' core rows; no file Meltano leaves holds a secret.
import t from 'tap';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { CONTRACTS, encodeFile, ensureBucket, fileName } from '../sim/indici/feed.js';
import { indiciRows } from '../sim/indici/rows.js';
import { HimsSim } from '../sim/hims/server.js';
import { Hospital } from '../sim/hims/data.js';
import { ROOT, query, runTarget, scratchDb, singer } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv, MELTANO_SYS_DIR } from './meltano.js';

const ORG_A = '685146';
const ORG_B = '700001';
const PREFIX = (process.env.MEDI_TEST_DB_PREFIX ?? 'medi_test').toLowerCase().replace(/[^a-z0-9_]/g, '_');

/** One organisation's extract, as the simulator writes it, with that organisation's PerOrgID in its name and rows. */
async function uploadOrg(
  s3: S3Client,
  bucket: string,
  stream: string,
  perOrg: string,
  practice: string,
  rows: number,
  dirty?: { every: number; kinds: Array<'ragged' | 'missing_key' | 'bad_date'> },
) {
  const c = CONTRACTS[stream]!;
  const at = c.columns.findIndex((col) => col.name === 'per_org_id');
  const generated = indiciRows(c, { dateExtracted: '2508181044', firstKey: 1, count: rows, version: 0, ...(dirty ? { dirty } : {}) }).rows;
  // a ragged row keeps its own fields: it is rejected by the tap whatever it holds
  const body = generated.map((r) => (r.length === c.columns.length ? r.map((v, i) => (i === at ? perOrg : v)) : r));
  const key = `indici/${fileName(c.source_format!.file_token!, '2508181044', 'full').replace(/^\d+_\d+_/, `${perOrg}_${practice}_`)}`;
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: encodeFile(body) }));
}

/** Run `sql` on `url` (as `role` when given, by SET ROLE); the error message, or undefined when it succeeded. */
async function attempt(url: string, sql: string, role?: string): Promise<string | undefined> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    if (role) await c.query(`SET ROLE ${role}`);
    await c.query(sql);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await c.end();
  }
}

function loginUrl(db: string, user: string): string {
  const u = new URL(db);
  u.username = user;
  u.password = '';
  return u.toString();
}

t.test('one DATABASE_URL names the warehouse of every step; anything naming another database fails loudly', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'security-url';
  await ensureBucket(s3.client, bucket);
  await uploadOrg(s3.client, bucket, 'appointments', ORG_A, '535', 30);
  const db = await scratchDb('sec_url');
  const other = await scratchDb('sec_url_other');
  const tap = { ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url };

  // dbt's profile pointed at another database by MEDI_PG*: before, the load went to DATABASE_URL and the build
  // silently to the other one
  const o = new URL(other);
  const split = await meltano(
    ['run', 'indici-nightly'],
    meltanoEnv({ ...tap, DATABASE_URL: db, MEDI_PGHOST: o.hostname, MEDI_PGPORT: o.port || '5432', MEDI_PGDATABASE: o.pathname.slice(1) }),
  );
  t.not(split.code, 0, 'the job fails');
  t.match(split.stderr, /DATABASE_URL names .* but MEDI_PGHOST\/MEDI_PGPORT\/MEDI_PGDATABASE names/, 'naming both', {
    output: split.stderr.slice(-2000),
  });
  t.same(
    await query(other, `select count(*)::int n from information_schema.tables where table_schema in ('stg', 'core')`),
    [{ n: 0 }],
    'nothing was built in the other database',
  );

  // the target's own setting naming another database than DATABASE_URL: refused before anything is loaded
  const target = await runTarget(
    { database_url: other },
    singer({ type: 'SCHEMA', stream: 's', schema: { properties: { id: { type: 'integer' } } }, key_properties: ['id'] }),
    { env: { DATABASE_URL: db } },
  );
  t.equal(target.code, 1, "target refuses a database_url that is not DATABASE_URL's database");
  t.match(target.stderr, /WarehouseMismatchError|names .* but DATABASE_URL names/);

  // DATABASE_URL alone: every step (target, dbt, dq) uses it; before, dbt's profile defaulted to the database "postgres"
  const alone = await meltano(['run', 'indici-nightly'], meltanoEnv({ ...tap, DATABASE_URL: db }));
  t.equal(alone.code, 0, 'exit status', { output: alone.stderr.slice(-3000) });
  const [built] = await query<{ n: number }>(db, `select count(*)::int n from core.fact_appointments`);
  t.ok(built!.n > 0, `core built where the load went (${built!.n} appointments)`);
  t.same(
    await query(db, `select count(*)::int n from etl.dq_results`).then((r) => (r[0] as { n: number }).n > 0),
    true,
    'dq recorded its checks there',
  );
});

t.test('each step runs as its role; roles, audit and organisation row-level security hold', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'security-roles';
  await ensureBucket(s3.client, bucket);
  // two organisations whose extracts use the same id ranges (ids are per organisation), each with dirty rows
  for (const [org, practice, rows] of [
    [ORG_A, '535', 40],
    [ORG_B, '112', 30],
  ] as const) {
    await uploadOrg(s3.client, bucket, 'appointments', org, practice, rows, { every: 10, kinds: ['ragged', 'missing_key', 'bad_date'] });
    await uploadOrg(s3.client, bucket, 'patient', org, practice, rows);
  }
  const db = await scratchDb('sec_roles');
  const env = meltanoEnv({ ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url, ...pgEnv(db) });
  const run = await meltano(['run', 'indici-nightly'], env);
  t.equal(run.code, 0, 'exit status', { output: run.stderr.slice(-3000) });

  // objects are owned by the role that builds them: nothing by the login that ran the job
  const owners = await query<{ schema: string; owner: string }>(
    db,
    `
    select distinct n.nspname as schema, pg_get_userbyid(c.relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('raw', 'stg', 'core', 'etl') and c.relkind in ('r', 'v', 'p') order by 1, 2`,
  );
  t.same(
    owners,
    [
      { schema: 'core', owner: 'medi_transformer' },
      { schema: 'etl', owner: 'medi_migrator' },
      { schema: 'raw', owner: 'medi_loader' },
      { schema: 'stg', owner: 'medi_transformer' },
    ],
    'raw by the loader, stg and core by the transformer, etl by the migrator',
  );

  // readers: real logins, each granted organisations the documented way
  const readers = { a: `${PREFIX}_reader_a`, b: `${PREFIX}_reader_b`, ab: `${PREFIX}_reader_ab`, none: `${PREFIX}_reader_none` };
  for (const [k, name] of Object.entries(readers)) {
    await query(db, `drop role if exists ${name}`);
    await query(db, `create role ${name} login in role medi_reader`);
    const orgs = { a: ORG_A, b: ORG_B, ab: `${ORG_A}, ${ORG_B}`, none: undefined }[k as keyof typeof readers];
    if (orgs) await query(db, `alter role ${name} set medi.orgs = '${orgs}'`);
  }
  t.teardown(async () => {
    for (const name of Object.values(readers)) await query(db, `drop role if exists ${name}`).catch(() => undefined);
  });
  const coreTables = (
    await query<{ t: string }>(db, `select table_name as t from information_schema.tables where table_schema = 'core' order by 1`)
  ).map((r) => r.t);
  // the Indici extract types' core tables (dbt run also builds other sources' core models, empty here)
  const indiciCore = coreTables.filter(
    (tb) =>
      !['odoo_opportunities', 'aws_accounts', 'ace_opportunities', 'opportunity_matches'].includes(tb) && !tb.includes('_opendental_'),
  );
  t.equal(indiciCore.length, 18, 'every extract type has a core table');
  const asReader = async (who: string, sql: string, before?: string) => {
    const c = new pg.Client({ connectionString: loginUrl(db, who) });
    await c.connect();
    try {
      if (before) await c.query(before);
      return (await c.query(sql)).rows as Array<Record<string, unknown>>;
    } finally {
      await c.end();
    }
  };
  const byOrg = await query<{ per_org_id: string; n: number }>(
    db,
    `select per_org_id, count(*)::int n from core.fact_appointments group by 1 order by 1`,
  );
  t.same(
    byOrg.map((r) => r.per_org_id),
    [ORG_A, ORG_B],
    'both organisations are in core',
  );
  const count = (rows: Array<Record<string, unknown>>) => rows.map((r) => `${String(r.per_org_id)}:${String(r.n)}`).join(' ');
  const sql = `select per_org_id, count(*)::int n from core.fact_appointments group by 1 order by 1`;
  t.equal(count(await asReader(readers.a, sql)), count(byOrg.filter((r) => r.per_org_id === ORG_A)), 'reader A sees organisation A only');
  t.equal(count(await asReader(readers.b, sql)), count(byOrg.filter((r) => r.per_org_id === ORG_B)), 'reader B sees organisation B only');
  t.equal(count(await asReader(readers.ab, sql)), count(byOrg), 'a reader granted both sees both');
  t.same(await asReader(readers.none, sql), [], 'a reader granted no organisation sees no row');
  for (const table of coreTables) {
    const rows = await asReader(
      readers.b,
      `select count(*)::int n, count(*) filter (where per_org_id is distinct from '${ORG_B}')::int foreign from core.${table}`,
    );
    t.same(rows[0]!.foreign, 0, `core.${table}: reader B sees no other organisation's row (${String(rows[0]!.n)} rows)`);
  }
  // the star schemas are reader-facing too (migrations/0004 grants them): every table of core and of both star
  // schemas carries the organisation policy, and a star row is seen only by a reader granted its organisation
  const guarded = await query<{ schema: string; n: number; unguarded: string[] }>(
    db,
    `select n.nspname as schema, count(*)::int n,
            coalesce(array_agg(c.relname::text order by c.relname) filter (where not (c.relrowsecurity and exists (
              select 1 from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname and p.policyname = 'medi_reader_orgs'))), '{}'::text[]) as unguarded
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('core', 'tally_analytics', 'hims_analytics') and c.relkind in ('r', 'p')
      group by 1 order by 1`,
  );
  t.same(
    guarded.map((g) => [g.schema, g.n, g.unguarded]),
    [
      ['core', coreTables.length, []],
      ['hims_analytics', 6, []],
      ['tally_analytics', 5, []],
    ],
    'every core and star-schema table has row-level security by organisation',
  );
  await query(
    db,
    `insert into hims_analytics.dim_patients (patient_key, patient_id, per_org_id) values ('ka', 'pa', '${ORG_A}'), ('kb', 'pb', '${ORG_B}');
     insert into tally_analytics.dim_ledgers (ledger_key, company, per_org_id) values ('la', 'Clinic A', '${ORG_A}'), ('lt', 'Unmapped Ltd', 'tally:Unmapped Ltd')`,
  );
  const star = `select (select string_agg(patient_id, ',' order by 1) from hims_analytics.dim_patients) p,
                       (select string_agg(company, ',' order by 1) from tally_analytics.dim_ledgers) l`;
  t.same(await asReader(readers.a, star), [{ p: 'pa', l: 'Clinic A' }], 'star schemas: reader A sees organisation A only');
  t.same(await asReader(readers.b, star), [{ p: 'pb', l: null }], 'star schemas: reader B sees organisation B only');
  t.same(await asReader(readers.none, star), [{ p: null, l: null }], 'star schemas: a reader granted nothing sees nothing');
  t.equal(
    count(await asReader(readers.a, sql, `set medi.orgs = '${ORG_A},${ORG_B}'`)),
    count(byOrg.filter((r) => r.per_org_id === ORG_A)),
    'a session SET medi.orgs cannot widen what the login was granted',
  );
  const widen = await attempt(loginUrl(db, readers.a), `alter role ${readers.a} set medi.orgs = '${ORG_A},${ORG_B}'`);
  t.match(widen ?? 'allowed', /permission denied/, 'nor can the reader re-grant itself');
  for (const relation of [
    'raw.indici_appointments',
    'stg.stg_indici__appointments',
    'stg.stg_indici__appointments__rejects',
    'etl.load_runs',
  ]) {
    t.match(
      (await attempt(loginUrl(db, readers.ab), `select * from ${relation} limit 1`)) ?? 'allowed',
      /permission denied/,
      `reader: ${relation} denied`,
    );
  }

  // loader: raw and etl only
  for (const stmt of [
    `select * from core.fact_appointments limit 1`,
    `delete from core.fact_appointments`,
    `create table core.x (i int)`,
    `select * from stg.stg_indici__appointments limit 1`,
    `create schema loader_made`,
  ]) {
    t.match((await attempt(db, stmt, 'medi_loader')) ?? 'allowed', /permission denied/, `loader: ${stmt}`);
  }
  t.equal(await attempt(db, `select * from raw.indici_appointments limit 1`, 'medi_loader'), undefined, 'loader reads raw');
  // transformer: reads raw, never writes it
  t.match(
    (await attempt(db, `delete from raw.indici_appointments`, 'medi_transformer')) ?? 'allowed',
    /permission denied/,
    'transformer cannot write raw',
  );
  t.match(
    (await attempt(db, `insert into etl.load_runs (load_run_id, plugin) values (gen_random_uuid(), 'x')`, 'medi_transformer')) ?? 'allowed',
    /permission denied/,
    'transformer cannot write load runs',
  );

  // audit: finished rows are immutable, for the loader and for everyone else
  const tamper = [
    `update etl.load_runs set rows_loaded = 0, error = null where status = 'succeeded'`,
    `update etl.load_runs set status = 'failed', error = 'x' where status = 'succeeded'`,
    `update etl.load_run_files set rows_read = 0 where status = 'processed'`,
    `update etl.load_run_files set status = 'failed', error = 'x' where status = 'processed'`,
    `update etl.health set last_success_at = null`,
    `update etl.health set last_failure_at = now() - interval '1 day'`,
    `update etl.health set last_success_at = '2099-01-01'`,
  ];
  for (const stmt of tamper) {
    t.match((await attempt(db, stmt, 'medi_loader')) ?? 'allowed', /append-only|permission denied/, `loader: ${stmt}`);
    t.match((await attempt(db, stmt)) ?? 'allowed', /append-only/, `login user: ${stmt}`);
  }
  for (const stmt of [
    `delete from etl.load_runs`,
    `delete from etl.load_run_files`,
    `delete from etl.health`,
    `update etl.load_runs set plugin = 'x'`,
    `update etl.load_run_files set source_uri = 'x'`,
  ]) {
    t.match((await attempt(db, stmt, 'medi_loader')) ?? 'allowed', /permission denied/, `loader: ${stmt}`);
  }
  // what the loader does on its own open run still works, until the run is finished
  const open = `update etl.load_runs set rows_loaded = 7, streams = '{}' where load_run_id = '00000000-0000-4000-8000-000000000001'`;
  t.equal(
    await attempt(
      db,
      `insert into etl.load_runs (load_run_id, plugin) values ('00000000-0000-4000-8000-000000000001', 'target-postgres-medi')`,
      'medi_loader',
    ),
    undefined,
    'loader opens a run',
  );
  t.equal(await attempt(db, open, 'medi_loader'), undefined, 'loader updates its open run');
  t.equal(
    await attempt(
      db,
      `update etl.load_runs set status = 'succeeded', finished_at = now() where load_run_id = '00000000-0000-4000-8000-000000000001'`,
      'medi_loader',
    ),
    undefined,
    'and finishes it',
  );
  t.match((await attempt(db, open, 'medi_loader')) ?? 'allowed', /append-only/, 'then it is immutable');

  // rejects carry their organisation: rows failing a check (PerOrgID as landed) and rows the tap rejected (the file's)
  const rejects = await query<{ per_org_id: string | null; reason: string; n: number }>(
    db,
    `
    select per_org_id, case when field_errors ? '_row' then 'ragged' else 'checked' end as reason, count(*)::int n
    from stg.stg_indici__appointments__rejects group by 1, 2 order by 1, 2`,
  );
  t.same(
    rejects.map((r) => `${r.per_org_id}:${r.reason}`),
    [`${ORG_A}:checked`, `${ORG_A}:ragged`, `${ORG_B}:checked`, `${ORG_B}:ragged`],
    "each organisation's rejects, of both kinds, carry its per_org_id",
  );
  const [missing] = await query<{ n: number }>(
    db,
    `
    select count(*)::int n from information_schema.tables t where t.table_schema = 'stg' and t.table_name like '%\\_\\_rejects'
    and not exists (select 1 from information_schema.columns c where c.table_schema = 'stg' and c.table_name = t.table_name and c.column_name = 'per_org_id')`,
  );
  t.equal(missing!.n, 0, 'every rejects table has per_org_id');
});

/** Every file under .meltano/run: its mode and whether it holds one of the secrets. */
function runFiles(secrets: string[]): Array<{ path: string; mode: number; secret: boolean }> {
  const out: Array<{ path: string; mode: number; secret: boolean }> = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      try {
        const st = statSync(p);
        if (st.isDirectory()) walk(p);
        else {
          const text = readFileSync(p, 'utf8');
          out.push({ path: p.slice(MELTANO_SYS_DIR.length), mode: st.mode & 0o777, secret: secrets.some((s) => text.includes(s)) });
        }
      } catch {
        // removed between listing and reading: Meltano cleans up as the run ends
      }
    }
  };
  walk(join(MELTANO_SYS_DIR, 'run'));
  return out;
}

t.test('no file Meltano writes holds a secret, during a run, after it, or after a killed run', async (t) => {
  const sim = new HimsSim({ apiKey: 'hims-api-key-canary-7f3a', hospital: new Hospital({ patients: 60, appointments: 150 }) });
  await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('sec_files');
  // the local server trusts 127.0.0.1, so the password is never checked: it is only a marker to look for
  const withPassword = new URL(db);
  withPassword.password = 'db-password-canary-91c2';
  const secrets = ['hims-api-key-canary-7f3a', 'db-password-canary-91c2', 'target-password-canary-5d0e'];
  const env = meltanoEnv({
    DATABASE_URL: withPassword.toString(),
    TARGET_POSTGRES_MEDI_PASSWORD: 'target-password-canary-5d0e',
    TAP_HIMS_BASE_URL: `${sim.url}/fhir`,
    TAP_HIMS_AUTH_TYPE: 'api_key',
    TAP_HIMS_API_KEY: 'hims-api-key-canary-7f3a',
    TAP_HIMS_PAGE_SIZE: '20',
  });
  const seen = new Map<string, { mode: number; secret: boolean }>();
  const watch = setInterval(() => {
    for (const f of runFiles(secrets)) if (!seen.has(f.path) || f.secret) seen.set(f.path, f);
  }, 10);
  const run = await meltano(['run', 'tap-hims', 'target-postgres-medi'], env);
  clearInterval(watch);
  t.equal(run.code, 0, 'exit status', { output: run.stderr.slice(-3000) });
  t.ok(
    [...seen.keys()].some((p) => /tap\..*\.config\.json$/.test(p)),
    "the tap's config file was seen during the run",
  );
  t.same(
    [...seen].filter(([, f]) => f.secret).map(([p]) => p),
    [],
    'during the run, no file held a secret',
  );
  t.same(
    runFiles(secrets)
      .filter((f) => f.secret)
      .map((f) => f.path),
    [],
    'after it, no file holds one',
  );
  t.ok(
    sim.requests.length > 0 && run.stderr.includes('load run finished'),
    'the secrets still reached the plugins (the tap authenticated, the target loaded)',
  );

  // a run killed with SIGKILL leaves its files behind: none holds a secret
  const child = spawn(join(ROOT, '.venv/bin/meltano'), ['run', 'tap-hims', 'target-postgres-medi'], {
    cwd: ROOT,
    env: { ...env, TAP_HIMS_PAGE_SIZE: '1' },
    detached: true,
    stdio: 'ignore',
  });
  const deadline = Date.now() + 60_000;
  while (!runFiles(secrets).some((f) => /target\..*\.config\.json$/.test(f.path)) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  process.kill(-child.pid!, 'SIGKILL');
  await new Promise((r) => child.once('exit', r));
  const left = runFiles(secrets);
  t.ok(
    left.some((f) => /config\.json$/.test(f.path)),
    'the killed run left its config files',
  );
  t.same(
    left.filter((f) => f.secret).map((f) => f.path),
    [],
    'none of them holds a secret',
  );
  t.same(
    left.filter((f) => /config\.json$/.test(f.path) && (f.mode & 0o044) !== 0 && f.secret),
    [],
    'and no readable one does',
  );
});

t.test("a SCHEMA cannot put SQL into the target's DDL (x-pg-type is one of the target's own types or ignored)", async (t) => {
  const url = await scratchDb('sec_pgtype');
  const evil =
    'text); RESET ROLE; CREATE TABLE public.pwned AS SELECT current_user AS who; SET ROLE medi_loader; CREATE TABLE raw.dummy (a text';
  const input = [
    JSON.stringify({
      type: 'SCHEMA',
      stream: 'inj',
      schema: {
        type: 'object',
        properties: {
          id: { type: 'integer', 'x-pg-type': 'numeric' },
          v: { type: 'string', 'x-pg-type': evil },
          w: { type: 'string', 'x-pg-type': 'varchar(3)' },
        },
      },
      key_properties: ['id'],
    }),
    JSON.stringify({ type: 'RECORD', stream: 'inj', record: { id: 1, v: 'x', w: 'longer than three' } }),
    JSON.stringify({ type: 'STATE', value: { a: 1 } }),
    '',
  ].join('\n');
  const r = await runTarget({ database_url: url }, input);
  t.equal(r.code, 0, r.stderr.slice(-2000));
  t.same(await query(url, `select to_regclass('public.pwned') is null gone, to_regclass('raw.dummy') is null gone2`), [
    { gone: true, gone2: true },
  ]);
  t.same(
    await query(
      url,
      `select column_name, data_type from information_schema.columns where table_schema = 'raw' and table_name = 'inj' and column_name in ('id', 'v', 'w') order by 1`,
    ),
    [
      { column_name: 'id', data_type: 'numeric' },
      { column_name: 'v', data_type: 'text' },
      { column_name: 'w', data_type: 'text' },
    ],
    "one of the target's types is taken; anything else gives the schema's own mapping",
  );
  t.same(await query(url, 'select v, w from raw.inj'), [{ v: 'x', w: 'longer than three' }]);
});

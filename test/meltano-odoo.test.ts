// `meltano run odoo-sync` (tap-odoo → target-postgres-medi → dbt) against the Odoo simulator: every model and
// field lands (columns per model = what fields_get says), ties at one write_date across page boundaries, a record
// written during the run, archive, unlink → a tombstone on crm.lead's own stream (raw, staging _deleted_at, core
// is_deleted), a new custom x_ field, an unreadable field, a record a long transaction made visible late, and a rerun
// with nothing new: one search_read per model (the session kept in the state), 0 rows.
import t from 'tap';
import { OdooSim } from '../sim/odoo/server.js';
import { Orm } from '../sim/odoo/orm.js';
import { MODELS } from '../sim/odoo/models.js';
import { columnsFor, streamOf, type OdooField } from '../taps/tap-odoo/fields.js';
import { DEFAULT_MODELS } from '../taps/tap-odoo/settings.js';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

type Row = Record<string, unknown>;

/** The simulator's own answer to fields_get, as the tap would read it (over JSON-RPC). */
async function fieldsGet(sim: OdooSim, model: string): Promise<Record<string, OdooField>> {
  const body = {
    jsonrpc: '2.0',
    method: 'call',
    id: 1,
    params: {
      service: 'object',
      method: 'execute_kw',
      args: [
        sim.database,
        2,
        sim.apiKey,
        model,
        'fields_get',
        [],
        { attributes: ['type', 'store', 'translate', 'required', 'selection', 'relation', 'string'] },
      ],
    },
  };
  const res = await fetch(`${sim.url}/jsonrpc`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  return ((await res.json()) as { result: Record<string, OdooField> }).result;
}

async function rawCount(db: string, stream: string): Promise<number> {
  const [r] = await query<{ n: number }>(db, `select count(*)::int n from raw.odoo_${stream}`);
  return r!.n;
}

t.test('meltano run odoo-sync: every model and field, ties, mid-run writes, archive, unlink, drift, rerun', async (t) => {
  const sim = new OdooSim({ orm: new Orm({ 'crm.lead': 60, 'account.move.line': 120, 'sale.order.line': 100 }) });
  await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_odoo');
  const base = {
    ...pgEnv(db),
    TAP_ODOO_URL: sim.url,
    TAP_ODOO_DATABASE: sim.database,
    TAP_ODOO_USERNAME: sim.login,
    TAP_ODOO_API_KEY: sim.apiKey,
    TAP_ODOO_LOOKBACK_MINUTES: '2',
  };
  const env = meltanoEnv({ ...base, TAP_ODOO_PAGE_SIZE: '5', TAP_ODOO_DELETION_CHECK: '0' });

  // a record written while the run pages through crm.lead: it must arrive in this run, with its new values
  let leadPages = 0;
  sim.beforeCall = (_ch, model, method) => {
    if (model === 'crm.lead' && method === 'search_read' && ++leadPages === 3)
      sim.orm.write('crm.lead', 2, { name: 'Written during the run' });
  };
  const first = await meltano(['run', 'odoo-sync'], env);
  t.equal(first.code, 0, 'first run exit status', { output: first.stderr.slice(-4000) });
  sim.beforeCall = undefined;
  t.ok(leadPages > 3, `crm.lead read over ${leadPages} pages of 5 (write dates tie in runs of 7)`);

  for (const model of DEFAULT_MODELS) {
    const stream = streamOf(model);
    const want = columnsFor(await fieldsGet(sim, model), ['en_US', 'ar_001'], false)
      .map((c) => c.column)
      .sort();
    const cols = await query<{ c: string }>(
      db,
      `select column_name c from information_schema.columns where table_schema = 'raw' and table_name = $1 and column_name not like '\\_sdc\\_%'`,
      [`odoo_${stream}`],
    );
    t.same(cols.map((r) => r.c).sort(), want, `${model}: raw has one column per fields_get field column (${want.length})`);
    const size = sim.orm.search(model, [], { context: { active_test: false } }).length;
    const [stg] = await query<{ n: number; d: number }>(
      db,
      `select count(*)::int n, count(distinct id)::int d from stg.stg_odoo__${stream}`,
    );
    t.equal(stg!.n, size, `${model}: every record (${size}, archived included) in staging`);
    if (model !== 'crm.lead') t.equal(await rawCount(db, stream), size, `${model}: each record sent once across page boundaries`);
  }
  t.equal(await rawCount(db, 'crm_lead'), 61, 'crm.lead: 60 records plus the version written during the run');
  const [during] = await query<Row>(db, `select name from core.odoo_opportunities where opportunity_id = 2`);
  t.equal(during?.name, 'Written during the run', 'the record written during the run arrived with its new values');

  // core resolves names
  const [lead] = await query<Row>(db, `select * from core.odoo_opportunities where opportunity_id = 7`);
  const rec = sim.orm.record('crm.lead', 7);
  t.equal(lead!.partner_name, sim.orm.displayName('res.partner', rec.partner_id as number), 'partner resolved to its name');
  if (rec.stage_id) {
    t.equal(lead!.stage_name_en, sim.orm.displayName('crm.stage', rec.stage_id as number), 'stage name in English');
    t.equal(lead!.stage_name_ar, sim.orm.displayName('crm.stage', rec.stage_id as number, 'ar_001'), 'stage name in Arabic');
  }
  t.match(String(lead!.salesperson_email ?? ''), /@/, 'salesperson resolved to an e-mail');
  t.equal(lead!.partner_opportunity_identifier, rec.x_partner_opportunity_identifier, 'partner opportunity identifier');
  t.equal(String(lead!.expected_revenue), String(rec.expected_revenue), 'expected revenue exactly as Odoo sent it');
  // crm.lead.company_currency is computed in Odoo (not stored, so not synced): the currency is the company's
  const company = rec.company_id ? sim.orm.record('res.company', rec.company_id as number) : undefined;
  t.equal(lead!.currency, company ? sim.orm.displayName('res.currency', company.currency_id as number) : null, "the company's currency");
  t.ok(lead!.load_run_id && lead!.extracted_at && lead!.source_record === 'crm.lead,7', 'lineage on the core row');
  const [acc] = await query<{ n: number; payer: number }>(
    db,
    `select count(*)::int n, count(payer_account_id)::int payer from core.aws_accounts`,
  );
  t.equal(acc!.n, MODELS['c.aws.accounts']!.size, 'core.aws_accounts: one row per account');
  t.ok(acc!.payer > 0, 'payer accounts resolved');

  // changes between runs: archive, unlink, a new custom field, an unreadable field, a late-visible record
  sim.orm.write('crm.lead', 10, { active: false });
  sim.orm.unlink('crm.lead', [11]);
  sim.orm.addField('crm.lead', {
    name: 'x_customer_tier',
    type: 'char',
    string: 'Customer Tier',
    required: false,
    translate: false,
    store: true,
  });
  sim.orm.write('crm.lead', 12, { x_customer_tier: 'gold' });
  sim.orm.store('crm.lead').denied.add('x_use_case');
  const newest = String(sim.orm.record('crm.lead', 12).write_date);
  const late = sim.orm.create('crm.lead', { name: 'Committed late' }, Date.parse(newest.replace(' ', 'T') + 'Z') / 1000 - 60);
  const second = await meltano(['run', 'odoo-sync'], env);
  t.equal(second.code, 0, 'second run exit status', { output: second.stderr.slice(-4000) });
  t.match(
    second.stderr,
    /crm\.lead: 1 field column\(s\) the contract lacks, added to raw: x_customer_tier/,
    'new custom field warned about',
  );
  t.match(second.stderr, /may not read x_use_case \(AccessError\)/, 'unreadable field warned about');
  const [tier] = await query<Row>(
    db,
    `select x_customer_tier, x_use_case from raw.odoo_crm_lead where id = 12 order by _sdc_sequence desc limit 1`,
  );
  t.equal(tier!.x_customer_tier, 'gold', 'the new custom field landed in raw as a new column');
  t.equal(tier!.x_use_case, null, 'the unreadable field arrived as NULL');
  const core = await query<Row>(
    db,
    `select opportunity_id, is_active, is_deleted, name from core.odoo_opportunities where opportunity_id in (10, 11, ${late}) order by 1`,
  );
  t.same(
    core.map((r) => [r.opportunity_id, r.is_deleted]),
    [
      [10, false],
      [11, true],
      [late, false],
    ],
    'the unlinked lead is marked deleted; the late-committed lead arrived',
  );
  t.equal(core[0]!.is_active, false, 'the archived lead arrived as an update: inactive');
  t.ok(core[1]!.name, 'core: the unlinked lead keeps its name');
  // the tombstone travels on crm.lead's own stream: the id and _sdc_deleted_at, as tap-sql sends them
  const tombs = await query<Row>(
    db,
    `select id, write_date, name from raw.odoo_crm_lead where _sdc_deleted_at is not null union all
     select id, null, null from raw.odoo_c_aws_accounts where _sdc_deleted_at is not null`,
  );
  t.same(
    tombs,
    [{ id: 11, write_date: null, name: null }],
    'raw: one tombstone, key only, for the unlinked lead (the archived one is none)',
  );
  const [stg11] = await query<Row>(db, `select name, _deleted_at from stg.stg_odoo__crm_lead where id = 11`);
  t.ok(stg11!._deleted_at, 'staging: the unlinked lead carries _deleted_at');
  t.ok(stg11!.name, 'staging: and keeps the values of its last version');
  const [dead] = await query<{ n: number }>(db, `select count(*)::int n from stg.stg_odoo__crm_lead where _deleted_at is not null`);
  t.equal(dead!.n, 1, 'staging: only the unlinked lead is deleted');
  const dbtTest = await meltano(['invoke', 'dbt-postgres', 'test', '--select', 'staging.odoo', 'odoo_opportunities', 'aws_accounts'], env);
  t.equal(dbtTest.code, 0, 'dbt tests of Odoo staging and core pass with a deleted record (unique keys, not null)', {
    output: dbtTest.stdout.slice(-3000),
  });

  // nothing new: one search_read per model (the probe: the look-back window, all sent before), no fields_get (the
  // cached list is younger than fields_max_age_minutes), no id list (deletion_check not due), no rows written
  sim.orm.store('crm.lead').denied.clear();
  const before = await Promise.all(DEFAULT_MODELS.map((m) => rawCount(db, streamOf(m))));
  const calls = sim.calls.length;
  const third = await meltano(
    ['run', 'odoo-sync'],
    meltanoEnv({ ...base, TAP_ODOO_PAGE_SIZE: '200', TAP_ODOO_DELETION_CHECK: '60', MELTANO_DATABASE_URI: env.MELTANO_DATABASE_URI }),
  );
  t.equal(third.code, 0, 'third run exit status', { output: third.stderr.slice(-4000) });
  const made = sim.calls.slice(calls);
  const per = (method: string) => made.filter((c) => c.method === method).length;
  t.equal(per('search_read'), DEFAULT_MODELS.length, 'one search_read per model (the probe)');
  t.equal(per('fields_get'), 0, 'no fields_get: the field lists cached in the state are fresh');
  t.equal(made.length, DEFAULT_MODELS.length, 'nothing else: the session found by the last run is kept in the state');
  t.same(await Promise.all(DEFAULT_MODELS.map((m) => rawCount(db, streamOf(m)))), before, 'no rows written');
});

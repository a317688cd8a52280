// What tap-odoo asks Odoo for, counted per method by the simulator across runs that hand their STATE on: a rerun
// with nothing new costs one search_read per model (the probe) and sends nothing; a changed record adds one
// fields_get (and the translation read); a due deletion_check adds one search per model and sends the unlinked
// record's tombstone (id and _sdc_deleted_at) on the model's own stream — once, and not for an archived record, nor
// for records another companies setting hides; drift still works from the cached field list (a new x_ field, a
// vanished field the server rejects, an unreadable field).
import t from 'tap';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { OdooSim } from '../sim/odoo/server.js';
import { Orm } from '../sim/odoo/orm.js';
import { ROOT, configFile } from './helpers.js';

const TAP = join(ROOT, 'dist/taps/tap-odoo/main.js');
type Rec = Record<string, unknown>;
const MODELS = ['crm.lead', 'crm.stage', 'c.aws.accounts'];

interface Run {
  code: number | null;
  stderr: string;
  records: Array<{ stream: string; record: Rec }>;
  schemas: Map<string, Rec>;
  state: Rec;
  calls: Record<string, number>;
}

function spawnTap(args: string[], apiKey: string): Promise<{ code: number | null; lines: string[]; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TAP, ...args], { env: { ...process.env, TAP_ODOO_API_KEY: apiKey } });
    let out = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, lines: out.split('\n').filter(Boolean), stderr }));
  });
}

t.test('calls per method: first run, no-op rerun, one change, due deletion check, drift from the cached field list', async (t) => {
  const sim = new OdooSim({ orm: new Orm({ 'crm.lead': 30 }), version: '17.0' });
  await sim.listen();
  t.teardown(() => sim.close());
  const dir = mkdtempSync(join(tmpdir(), 'medi-odoo-calls-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  let state: Rec = {};
  let n = 0;
  const base = { url: sim.url, database: sim.database, username: sim.login, models: MODELS, lookback_minutes: 1, page_size: 500 };
  const run = async (extra: Rec = {}): Promise<Run> => {
    const stateFile = join(dir, `state-${++n}.json`);
    writeFileSync(stateFile, JSON.stringify(state));
    const from = sim.calls.length;
    const r = await spawnTap(['--config', configFile({ ...base, deletion_check: 60, ...extra }), '--state', stateFile], sim.apiKey);
    const msgs = r.lines.map((l) => JSON.parse(l) as Rec);
    const states = msgs.filter((m) => m.type === 'STATE');
    if (states.length) state = states[states.length - 1]!.value as Rec;
    const calls: Record<string, number> = {};
    for (const c of sim.calls.slice(from)) calls[c.method] = (calls[c.method] ?? 0) + 1;
    return {
      code: r.code,
      stderr: r.stderr,
      records: msgs.filter((m) => m.type === 'RECORD').map((m) => ({ stream: m.stream as string, record: m.record as Rec })),
      schemas: new Map(msgs.filter((m) => m.type === 'SCHEMA').map((m) => [m.stream as string, m.schema as Rec])),
      state,
      calls,
    };
  };
  const M = MODELS.length;
  // 17.0 has no /web/version (a 404): the version comes from common.version, then the login
  const session = { version: 2, authenticate: 1 };
  const translated = (m: string) => sim.orm.store(m).spec.fields.some((f) => f.translate && f.store);
  const translatedLead = translated('crm.lead');
  const reads = MODELS.filter(translated).length;

  const first = await run();
  t.equal(first.code, 0, 'first run', { stderr: first.stderr.slice(-2000) });
  t.same(
    first.calls,
    { ...session, fields_get: M, search_read: M, search: M, ...(reads ? { read: reads } : {}) },
    'first run: fields_get, the probe (every model fits one page) and the due id list per model',
  );
  t.equal(first.records.filter((r) => r.stream === 'odoo_crm_lead').length, 30, 'first run: every lead');
  const leadSchema = first.schemas.get('odoo_crm_lead')!;
  t.same(leadSchema.required, ['id'], 'SCHEMA: only the key is required (a tombstone carries the key alone)');
  t.ok((leadSchema.properties as Rec)._sdc_deleted_at, 'SCHEMA: the deletion mark is a property');

  const noop = await run();
  t.equal(noop.code, 0, 'no-op rerun');
  t.same(noop.calls, { search_read: M }, 'no-op rerun: one search_read per model, nothing else (the session is kept in the state)');
  t.notMatch(JSON.stringify(noop.state), new RegExp(sim.apiKey), 'the kept session holds no key');
  t.equal(noop.records.length, 0, 'no-op rerun: no record');

  sim.orm.write('crm.lead', 8, { active: false });
  const changed = await run();
  t.same(
    changed.calls,
    { search_read: M, fields_get: 1, ...(translatedLead ? { read: 1 } : {}) },
    'one lead archived: its model reads fields_get (unchanged: the probe page is used), the others only probe',
  );
  t.same(
    changed.records.map((r) => [r.stream, r.record.id, r.record.active]),
    [['odoo_crm_lead', 8, false]],
    'the archived lead arrives as an update',
  );

  sim.orm.unlink('crm.lead', [7]);
  const due = await run({ deletion_check: 0 });
  t.same(due.calls, { search_read: M, search: M }, 'deletion check due: one search per model besides the probe');
  t.same(
    due.records.map((r) => r.record),
    [{ id: 7, _sdc_deleted_at: due.records[0]?.record._sdc_deleted_at }],
    'one tombstone on odoo_crm_lead, key and deletion mark only; the archived lead is no deletion',
  );
  t.equal(due.records[0]?.stream, 'odoo_crm_lead', 'the tombstone travels on the model stream');
  t.match(String(due.records[0]?.record._sdc_deleted_at), /^\d{4}-\d\d-\d\dT/, 'deletion mark is an ISO instant');
  const again = await run({ deletion_check: 0 });
  t.equal(again.records.length, 0, 'an id deleted and never seen again is tombstoned once');

  // a lead sent by an incremental run, then unlinked before any id list had it: still tombstoned
  const created = sim.orm.create('crm.lead', { name: 'Short-lived' });
  const sentOnly = await run();
  t.same(
    sentOnly.records.map((r) => r.record.id),
    [created],
    'the new lead sent (deletion check not due)',
  );
  sim.orm.unlink('crm.lead', [created]);
  // and one read by the keyset page, unlinked before the id search of the same run
  sim.orm.write('crm.lead', 9, { name: 'Read, then unlinked' });
  sim.beforeCall = (_ch, model, method) => {
    if (model === 'crm.lead' && method === 'search') sim.orm.unlink('crm.lead', [9]);
  };
  const raced = await run({ deletion_check: 0 });
  sim.beforeCall = undefined;
  t.same(
    raced.records.map((r) => [r.record.id, r.record._sdc_deleted_at ? 'tombstone' : r.record.name]),
    [
      [9, 'Read, then unlinked'],
      [9, 'tombstone'],
      [created, 'tombstone'],
    ],
    'sent-but-never-listed and unlinked-between-page-and-search are both tombstoned, after the record',
  );

  // another companies setting hides records: no deletions; later a real one is found under the new setting
  const scoped = await run({ deletion_check: 0, companies: [2] });
  t.equal(scoped.records.filter((r) => r.record._sdc_deleted_at).length, 0, 'companies changed: no tombstone');
  t.match(scoped.stderr, /companies setting changed/, 'companies changed: warned');
  const visible = sim.orm.search('crm.lead', [], { context: { active_test: false, allowed_company_ids: [2] } });
  sim.orm.unlink('crm.lead', [visible[0]!]);
  const scopedDel = await run({ deletion_check: 0, companies: [2] });
  t.same(
    scopedDel.records.map((r) => r.record.id),
    [visible[0]],
    'under the new setting, an unlinked lead it shows is tombstoned',
  );

  // drift from the cached field list: a new x_ field on a changed record → fields_get, new hash, probe read again
  sim.orm.addField('crm.lead', { name: 'x_tier', type: 'char', string: 'Tier', required: false, translate: false, store: true });
  sim.orm.write('crm.lead', visible[1]!, { x_tier: 'gold' });
  const added = await run({ companies: [2] });
  t.same(
    added.calls,
    { search_read: M + 1, fields_get: 1, ...(translatedLead ? { read: 1 } : {}) },
    'new field: fields_get and the probe again with it',
  );
  t.ok((added.schemas.get('odoo_crm_lead')!.properties as Rec).x_tier, 'new field: a column in the SCHEMA');
  t.equal(added.records.find((r) => r.record.id === visible[1])?.record.x_tier, 'gold', 'new field: its value sent');
  t.match(added.stderr, /x_tier \(char\)/, 'new field: warned');

  // a vanished field: the server rejects the cached list's request ("Invalid field") → fields_get and again
  sim.orm.dropField('crm.lead', 'x_industry');
  const vanished = await run({ companies: [2] });
  t.equal(vanished.code, 0, 'vanished field: run succeeds', { stderr: vanished.stderr.slice(-2000) });
  t.same(vanished.calls, { search_read: M + 1, fields_get: 1 }, 'vanished field: one rejected probe, fields_get, the probe again');
  t.match(vanished.stderr, /no longer has, sent as NULL: x_industry/, 'vanished field: warned');

  // an unreadable field: left out with a warning, and not asked for again while the list is cached
  sim.orm.store('crm.lead').denied.add('x_use_case');
  sim.orm.write('crm.lead', visible[2]!, { name: 'Changed again' });
  const denied = await run({ companies: [2] });
  t.equal(denied.code, 0, 'unreadable field: run succeeds');
  t.match(denied.stderr, /may not read x_use_case \(AccessError\)/, 'unreadable field: warned');
  t.equal(denied.records.find((r) => r.record.id === visible[2])?.record.x_use_case, null, 'unreadable field: NULL');
  const quiet = await run({ companies: [2] });
  t.same(quiet.calls, { search_read: M }, 'after drift, a no-op rerun is one search_read per model again');
  t.equal(quiet.records.length, 0, 'and sends nothing');

  // a kept session the server refuses (here: another uid, as after the login was recreated): one login, then on
  const stale = { ...(state.odoo_session as Rec), uid: 999 };
  state = { ...state, odoo_session: stale };
  const relogged = await run({ companies: [2] });
  t.equal(relogged.code, 0, 'refused session: run succeeds', { stderr: relogged.stderr.slice(-2000) });
  t.same(
    relogged.calls,
    { ...session, search_read: M + 1 },
    'refused session: the refused probe, the session found again (protocol auto: the version too), the probe again',
  );
  t.not((relogged.state.odoo_session as Rec).uid, 999, 'and the state keeps the new session');

  // the cached list ages out: fields_get again, which leaves out the field the user may not read (as Odoo's does)
  const aged = await run({ companies: [2], fields_max_age_minutes: 0 });
  t.same(
    aged.calls,
    { ...session, search_read: M, fields_get: M },
    'fields_max_age_minutes 0: fields_get per model, x_use_case no longer asked for',
  );
});

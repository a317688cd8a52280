// tap-odoo against the Odoo simulator, run as a process: the three channels give the same records (floats as the
// exact tokens Odoo wrote, many2one split into id and name, false → NULL, UTC datetimes, Arabic translations);
// auto picks JSON-2 on 19.0 and JSON-RPC below; 429/5xx/timeouts are retried, a refused key fails at once, and no
// message carries the key.
import t from 'tap';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { OdooSim } from '../sim/odoo/server.js';
import { Orm } from '../sim/odoo/orm.js';
import { ROOT, configFile } from './helpers.js';

const TAP = join(ROOT, 'dist/taps/tap-odoo/main.js');
type Rec = Record<string, unknown>;

function runTap(config: Rec, apiKey: string, state?: Rec): Promise<{ code: number | null; lines: string[]; stderr: string }> {
  return new Promise((resolve) => {
    const args = [TAP, '--config', configFile(config), ...(state ? ['--state', configFile(state)] : [])];
    const child = spawn(process.execPath, args, { env: { ...process.env, TAP_ODOO_API_KEY: apiKey } });
    let out = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, lines: out.split('\n').filter(Boolean), stderr }));
  });
}

const records = (lines: string[], stream: string) =>
  lines
    .filter((l) => l.includes('"type":"RECORD"') && l.includes(`"stream":"${stream}"`))
    .map((l) => l.replace(/,"time_extracted":"[^"]+"/, ''));

const lastState = (lines: string[]) =>
  (
    lines
      .filter((l) => l.includes('"type":"STATE"'))
      .map((l) => JSON.parse(l) as Rec)
      .pop() as Rec
  ).value as Rec;

function setup(version: string) {
  const orm = new Orm({ 'crm.lead': 30 });
  // floats a double holds only at 17 significant digits, and a whole number Odoo writes as 250000.0
  orm.write('crm.lead', 3, { expected_revenue: 0.30000000000000004, probability: 33.33, partner_name: false });
  orm.write('crm.lead', 4, { expected_revenue: 250000, prorated_revenue: 12345678901234.56 });
  return new OdooSim({ orm, version });
}

const MODELS = ['crm.lead', 'crm.stage', 'product.template'];

t.test('the three channels give the same records; auto picks JSON-2 on 19.0, JSON-RPC below', async (t) => {
  const s17 = setup('17.0');
  const s19 = setup('19.0');
  await s17.listen();
  await s19.listen();
  t.teardown(() => Promise.all([s17.close(), s19.close()]));
  const cfg = (sim: OdooSim, protocol: string) => ({
    url: sim.url,
    database: sim.database,
    username: sim.login,
    protocol,
    models: MODELS,
    page_size: 7,
  });
  const xml = await runTap(cfg(s17, 'xmlrpc'), s17.apiKey);
  const json = await runTap(cfg(s17, 'auto'), s17.apiKey);
  const two = await runTap(cfg(s19, 'auto'), s19.apiKey);
  for (const [name, r] of [
    ['xmlrpc', xml],
    ['jsonrpc', json],
    ['json2', two],
  ] as const)
    t.equal(r.code, 0, `${name} exit status`, { stderr: r.stderr.slice(-2000) });
  t.ok(
    s17.count({ channel: 'xmlrpc', method: 'search_read' }) > 0 && s17.count({ channel: 'jsonrpc', method: 'search_read' }) > 0,
    '17.0: XML-RPC forced, JSON-RPC by auto',
  );
  // /web/version is the rpc addon's route (19.0); 17.0 answers 404 and the probe asks common.version instead
  t.ok(s17.count({ channel: 'jsonrpc', model: 'common', method: 'version' }) > 0, '17.0: version from common.version');
  t.ok(s19.count({ channel: 'json2', method: 'search_read' }) > 0, '19.0: auto chose JSON-2');
  t.equal(s19.count({ channel: 'jsonrpc' }) + s19.count({ channel: 'xmlrpc' }), 0, '19.0: no deprecated RPC call');
  for (const stream of ['odoo_crm_lead', 'odoo_crm_stage', 'odoo_product_template']) {
    const a = records(xml.lines, stream);
    t.ok(a.length > 0, `${stream}: records`);
    t.same(records(json.lines, stream), a, `${stream}: JSON-RPC gives what XML-RPC gives`);
    t.same(records(two.lines, stream), a, `${stream}: JSON-2 gives what XML-RPC gives`);
  }
  const lead = (id: number) =>
    JSON.parse(records(xml.lines, 'odoo_crm_lead').find((l) => l.includes(`"record":{"id":${id},`))!).record as Rec;
  const line3 = records(xml.lines, 'odoo_crm_lead').find((l) => l.includes('"record":{"id":3,'))!;
  t.match(line3, /"expected_revenue":0\.30000000000000004[,}]/, 'a float carried as its exact token (XML-RPC <double> text)');
  const line4 = records(json.lines, 'odoo_crm_lead').find((l) => l.includes('"record":{"id":4,'))!;
  t.match(line4, /"expected_revenue":250000\.0[,}]/, 'a whole float keeps its ".0" as Odoo wrote it');
  t.match(line4, /"prorated_revenue":12345678901234\.56[,}]/, 'a large amount exact');
  const r3 = lead(3);
  t.equal(r3.partner_name, null, 'false for an empty char → NULL');
  t.equal(typeof r3.active, 'boolean', 'a boolean stays a boolean');
  t.match(r3.write_date, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'datetime as UTC ISO');
  t.type(r3.partner_id, 'number', 'many2one id');
  t.type(r3.partner_id_name, 'string', 'many2one display name');
  t.ok(Array.isArray(r3.tag_ids), 'many2many as an id array');
  t.match(r3.type, /^(lead|opportunity)$/, 'selection key');
  const stage = JSON.parse(records(two.lines, 'odoo_crm_stage')[0]!).record as Rec;
  t.same([stage.name, stage.name__ar], ['New', 'جديد'], 'translated field in English and Arabic');
  t.notOk(xml.stderr.includes(s17.apiKey) || two.stderr.includes(s19.apiKey), 'the key never appears in the logs');
});

t.test('429, 5xx and timeouts are retried; a refused key fails at once; an AccessError over XML-RPC drops the field', async (t) => {
  const sim = setup('19.0');
  await sim.listen();
  t.teardown(() => sim.close());
  const cfg = {
    url: sim.url,
    database: sim.database,
    username: sim.login,
    models: ['crm.lead'],
    retry_base_ms: 20,
    request_timeout_seconds: 1,
  };
  sim.faults.arm(
    { kind: 'status', status: 429, retry_after: 0, times: 2, match: 'crm.lead.search_read' },
    { kind: 'timeout', match: 'crm.lead.search_read' },
  );
  const ok = await runTap(cfg, sim.apiKey);
  t.equal(ok.code, 0, 'recovered', { stderr: ok.stderr.slice(-2000) });
  t.equal(sim.faults.applied.length, 3, 'two 429s and a timeout were served');
  t.equal(records(ok.lines, 'odoo_crm_lead').length, 30, 'every record after the retries');

  sim.faults.arm({ kind: 'status', status: 503, times: 4, match: 'crm.lead.search_read' });
  const down = await runTap(cfg, sim.apiKey);
  t.equal(down.code, 1, 'gives up after 3 retries');
  t.match(down.stderr, /gave up after 4 attempts/, 'says how often it tried');

  const calls = sim.calls.length;
  const bad = await runTap(cfg, 'wrong-key-123');
  t.equal(bad.code, 1, 'a refused key fails the run');
  t.match(bad.stderr, /401 \(Invalid apikey\); the api_key setting is wrong or expired/, 'with a clear message');
  t.notOk(bad.stderr.includes('wrong-key-123'), 'without the key');
  t.equal(sim.calls.length - calls, 2, 'at once: the version probe and one refused call, no retries');

  const s17 = setup('17.0');
  await s17.listen();
  t.teardown(() => s17.close());
  const wrong = await runTap({ ...cfg, url: s17.url, protocol: 'jsonrpc' }, 'nope');
  t.equal(wrong.code, 1, 'JSON-RPC: authenticate false fails the run');
  t.match(wrong.stderr, /refused the login/, 'naming the login, not the key');
  // fields_get hides a field the user may not read: the refusal comes on a field list cached before it
  const x17 = { ...cfg, url: s17.url, protocol: 'xmlrpc', deletion_check: -1 };
  const cached = await runTap(x17, s17.apiKey);
  t.equal(cached.code, 0, 'XML-RPC: the field list cached', { stderr: cached.stderr.slice(-2000) });
  s17.orm.store('crm.lead').denied.add('phone');
  s17.orm.write('crm.lead', 5, { name: 'changed after the list was cached' });
  const denied = await runTap(x17, s17.apiKey, lastState(cached.lines));
  t.equal(denied.code, 0, 'XML-RPC fault 4 on one field does not fail the model', { stderr: denied.stderr.slice(-2000) });
  t.match(denied.stderr, /may not read phone \(AccessError\)/, 'warned');
  const rows = records(denied.lines, 'odoo_crm_lead').map((l) => JSON.parse(l).record as Rec);
  t.same(
    rows.map((r) => r.id),
    [5],
    'the changed record',
  );
  t.ok(rows[0]!.phone === null && rows[0]!.email_from !== null, 'phone NULL, the other fields read');
});

t.test('companies go to allowed_company_ids; start_date bounds the first sync', async (t) => {
  const sim = setup('18.0');
  await sim.listen();
  t.teardown(() => sim.close());
  const cfg = {
    url: sim.url,
    database: sim.database,
    username: sim.login,
    models: ['crm.lead'],
    companies: [2],
    start_date: '2024-01-01T00:01:00Z',
  };
  const r = await runTap(cfg, sim.apiKey);
  t.equal(r.code, 0, 'exit status', { stderr: r.stderr.slice(-2000) });
  t.ok(sim.count({ channel: 'jsonrpc', method: 'search_read' }) > 0, '18.0: auto chose JSON-RPC');
  const rows = records(r.lines, 'odoo_crm_lead').map((l) => JSON.parse(l).record as Rec);
  const want = sim.orm.search('crm.lead', [['write_date', '>=', '2024-01-01 00:01:00']], {
    order: 'write_date asc, id asc',
    context: { active_test: false, allowed_company_ids: [2] },
  });
  t.ok(want.length > 0 && want.length < 30, `the simulator's answer is a strict subset (${want.length} of 30)`);
  t.same(
    rows.map((x) => x.id),
    want,
    'exactly the leads of company 2 (or of no company) written since start_date',
  );
  t.ok(
    rows.every((x) => x.company_id === 2 || x.company_id === null),
    'no lead of another company',
  );
});

t.test('records written in one second come in write order, not id order: none is skipped at a page boundary', async (t) => {
  const orm = new Orm({ 'crm.lead': 30 });
  const at = Math.floor(Date.now() / 1000) - 60;
  // id 10 first, then id 5, in the same second: Odoo sorts them by the column's microseconds (10, 5); then a
  // mass write of twelve more in that second, highest id first, so pages of one end inside it again and again
  orm.write('crm.lead', 10, { partner_name: 'written first' }, at);
  orm.write('crm.lead', 5, { partner_name: 'written second' }, at);
  for (let id = 28; id >= 17; id--) orm.write('crm.lead', id, { partner_name: `mass ${id}` }, at);
  const sim = new OdooSim({ orm, version: '17.0' });
  await sim.listen();
  t.teardown(() => sim.close());
  const r = await runTap(
    { url: sim.url, database: sim.database, username: sim.login, models: ['crm.lead'], page_size: 1, lookback_minutes: 0 },
    sim.apiKey,
  );
  t.equal(r.code, 0, r.stderr.slice(-2000));
  const names = records(r.lines, 'odoo_crm_lead')
    .map((l) => JSON.parse(l).record as Rec)
    .filter((x) => x.partner_name === 'written first' || x.partner_name === 'written second')
    .map((x) => [x.id, x.partner_name]);
  t.same(
    names,
    [
      [10, 'written first'],
      [5, 'written second'],
    ],
    'both writes of that second',
  );
  const mass = records(r.lines, 'odoo_crm_lead')
    .map((l) => JSON.parse(l).record as Rec)
    .filter((x) => String(x.partner_name).startsWith('mass '))
    .map((x) => x.id as number)
    .sort((a, b) => a - b);
  t.same(
    mass,
    Array.from({ length: 12 }, (_, i) => 17 + i),
    'the mass write: every record once',
  );
});

t.test('auto on Odoo Online: a saas~ version is its major version', async (t) => {
  const sim = setup('saas~18.4');
  await sim.listen();
  t.teardown(() => sim.close());
  const cfg = { url: sim.url, database: sim.database, username: sim.login, models: ['crm.lead'] };
  const r = await runTap(cfg, sim.apiKey);
  t.equal(r.code, 0, 'exit status', { stderr: r.stderr.slice(-2000) });
  t.ok(sim.count({ channel: 'jsonrpc', method: 'search_read' }) > 0, 'saas~18.4: JSON-RPC');
  t.equal(records(r.lines, 'odoo_crm_lead').length, 30, 'every record');
});

t.test('a field gone from the server since the list was cached: the list is read again, over JSON-2 and XML-RPC', async (t) => {
  // Odoo raises ValueError "Invalid field …": JSON-2 answers 500 with the exception in the body (Json2Dispatcher.
  // handle_error), XML-RPC fault 1 with the whole traceback (xmlrpc_handle_exception_int)
  for (const [version, protocol] of [
    ['19.0', 'json2'],
    ['17.0', 'xmlrpc'],
  ] as const) {
    const sim = setup(version);
    await sim.listen();
    t.teardown(() => sim.close());
    const cfg = {
      url: sim.url,
      database: sim.database,
      username: sim.login,
      protocol,
      models: ['crm.lead'],
      deletion_check: -1,
      retry_base_ms: 20,
    };
    const first = await runTap(cfg, sim.apiKey);
    t.equal(first.code, 0, `${protocol}: first run`, { stderr: first.stderr.slice(-2000) });
    const spec = sim.orm.store('crm.lead').spec;
    spec.fields = spec.fields.filter((f) => f.name !== 'x_use_case');
    sim.orm.write('crm.lead', 3, { name: 'changed after the first run' });
    const calls = sim.count({ method: 'search_read' });
    const second = await runTap(cfg, sim.apiKey, lastState(first.lines));
    t.equal(second.code, 0, `${protocol}: the run goes on`, { stderr: second.stderr.slice(-2000) });
    t.match(second.stderr, /rejected a field of the cached list \(Invalid field 'x_use_case' on /, `${protocol}: said which field`);
    t.equal(sim.count({ method: 'search_read' }) - calls, 2, `${protocol}: the refused probe (not retried) and the probe again`);
    t.ok(
      records(second.lines, 'odoo_crm_lead').some((l) => l.includes('"record":{"id":3,')),
      `${protocol}: the changed record sent`,
    );
  }
});

t.test('a field the user may not read, as 17.0 and 19.0 word it', async (t) => {
  for (const version of ['19.0', '17.0']) {
    const sim = setup(version);
    await sim.listen();
    t.teardown(() => sim.close());
    const cfg = { url: sim.url, database: sim.database, username: sim.login, models: ['crm.lead'], deletion_check: -1 };
    const first = await runTap(cfg, sim.apiKey);
    t.equal(first.code, 0, `${version}: first run`, { stderr: first.stderr.slice(-2000) });
    // refused after the field list was cached (19.0: `access the field "phone"`, 17.0: `the fields "email_from, phone"`)
    sim.orm.store('crm.lead').denied.add('phone');
    sim.orm.store('crm.lead').denied.add('email_from');
    sim.orm.write('crm.lead', 3, { name: 'changed after the first run' });
    const second = await runTap(cfg, sim.apiKey, lastState(first.lines));
    t.equal(second.code, 0, `${version}: the model is read`, { stderr: second.stderr.slice(-2000) });
    const rows = records(second.lines, 'odoo_crm_lead').map((l) => JSON.parse(l).record as Rec);
    t.ok(rows.length > 0 && rows.every((r) => r.phone === null && r.email_from === null), `${version}: both fields NULL`);
  }
});

// tap-hims against the HIMS simulator, through the real target and dbt: FHIR paging by `next` links over many
// pages, incremental runs that move only what changed, _history deletions, 429/5xx/timeouts/garbled bodies
// recovered, OperationOutcome in errors, the REST flavour with page and cursor pagination, and SIGKILL
// mid-sync → rerun → the same hims_analytics.
import t from 'tap';
import { join } from 'node:path';
import { HimsSim } from '../sim/hims/server.js';
import { Hospital } from '../sim/hims/data.js';
import { ROOT, query, scratchDb } from './helpers.js';
import { pipeline, runTapAlone, dbtRun } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-hims/main.js');

async function startSim(opts: ConstructorParameters<typeof HimsSim>[0] = {}): Promise<HimsSim> {
  const sim = new HimsSim({ maxPage: 25, apiKey: 'k3y', hospital: new Hospital({ patients: 80, appointments: 240 }), ...opts });
  await sim.listen();
  return sim;
}

const fhir = (sim: HimsSim, extra: Record<string, unknown> = {}) => ({
  base_url: `${sim.url}/fhir`,
  auth_type: 'api_key',
  api_key: 'k3y',
  page_size: 100,
  retry_base_ms: 20,
  ...extra,
});

const dbt = (db: string) => dbtRun(db, ['staging.hims+']);
const tapRecords = (config: Record<string, unknown>, state?: unknown) => runTapAlone(TAP, config, state);

const count = (records: Array<{ stream: string }>, stream: string) => records.filter((r) => r.stream === stream).length;

const star = (db: string) =>
  Promise.all([
    query(
      db,
      `select patient_key, name_en, name_ar, dob::text, gender, phone, is_deleted, _source_id from hims_analytics.dim_patients order by 1`,
    ),
    query(db, `select doctor_key, name_en, name_ar, specialty from hims_analytics.dim_doctors order by 1`),
    query(db, `select drug_key, name_en, name_ar from hims_analytics.dim_drugs order by 1`),
    query(
      db,
      `select appointment_key, patient_key, doctor_key, status, start_at::text, encounter_id, is_deleted from hims_analytics.fact_appointments order by 1`,
    ),
    query(
      db,
      `select billing_line_key, invoice_status, base_amount::text, tax_amount::text, line_gross_amount::text from hims_analytics.fact_billing order by 1`,
    ),
    query(db, `select dispense_key, drug_key, quantity::text, days_supply::text from hims_analytics.fact_pharmacy_disp order by 1`),
  ]);

t.test('FHIR: many pages by next links, then incremental runs move only what changed; deletions marked', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  const db = await scratchDb('hims_incremental');
  const full = await pipeline(fhir(sim), db, undefined, { tap: TAP });
  t.equal(full.tapCode, 0, 'tap exit', { err: full.tapErr.slice(-2000) });
  t.equal(full.targetCode, 0, 'target exit', { err: full.targetErr.slice(-2000) });
  t.equal(full.streams.hims_appointments, 240, 'every appointment once');
  t.equal(full.streams.hims_patients, 80);
  const pages = sim.requests.filter((r) => r.path.includes('_getpages'));
  t.ok(pages.length >= 9 + 3, `${pages.length} follow-up pages fetched through next links (server caps pages at 25)`);
  t.ok(
    sim.requests.filter((r) => r.path.startsWith('/fhir/Appointment?')).every((r) => r.path.includes('_sort=_lastUpdated')),
    'searches sorted by _lastUpdated',
  );
  t.equal(await dbt(db), 0, 'dbt run');
  const [p] = await query<{ n: number; ar: number }>(
    db,
    `select count(*)::int n, count(*) filter (where name_ar ~ '[\u0600-\u06FF]')::int ar from hims_analytics.dim_patients`,
  );
  t.equal(p!.ar, p!.n, 'every patient has an Arabic name');

  const noop = await pipeline(fhir(sim), db, full.lastState, { tap: TAP });
  t.equal(noop.tapCode, 0);
  t.equal(noop.records, 0, 'nothing changed: no records (the ge overlap is skipped by id/version)');

  sim.hospital.update('Patient', ['pat-3', 'pat-4', 'pat-5']);
  sim.hospital.delete('Appointment', ['appt-7', 'appt-8']);
  sim.hospital.update('Invoice', [sim.hospital.list('Invoice')[0]!.id]);
  const inc = await pipeline(fhir(sim), db, noop.lastState, { tap: TAP });
  t.equal(inc.tapCode, 0, 'incremental', { err: inc.tapErr.slice(-2000) });
  t.same(
    inc.streams,
    { hims_deleted_resources: 2, hims_patients: 3, hims_invoices: 1 },
    'only the changed resources and the deletions move',
  );
  t.equal(await dbt(db), 0);
  const changed = await query<{ patient_id: string; phone: string }>(
    db,
    `select patient_id, phone from hims_analytics.dim_patients where patient_id in ('pat-3','pat-4','pat-5') order by 1`,
  );
  t.ok(
    changed.every((c) => c.phone.startsWith('+97152')),
    'updated patients upserted',
  );
  const del = await query<{ appointment_id: string }>(
    db,
    `select appointment_id from hims_analytics.fact_appointments where is_deleted order by 1`,
  );
  t.same(
    del.map((d) => d.appointment_id),
    ['appt-7', 'appt-8'],
    'deleted appointments marked',
  );
  const [one] = await query<{ n: number; d: number }>(
    db,
    `select count(*)::int n, count(distinct patient_id)::int d from hims_analytics.dim_patients`,
  );
  t.equal(one!.n, one!.d, 'one row per patient after the upsert');
  const before = await star(db);
  t.equal(await dbt(db), 0);
  t.same(await star(db), before, 'rebuild without new data changes nothing');
});

t.test('FHIR faults: 429 with Retry-After, 5xx, timeout, truncated and garbled bodies all recover', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  const clean = await tapRecords(fhir(sim));
  t.equal(clean.code, 0);
  sim.faults.arm(
    { kind: 'status', status: 429, retry_after: 1, times: 2, match: '/fhir/Patient?' },
    { kind: 'status', status: 503, times: 2, match: '_getpagesoffset=50' },
    { kind: 'timeout', match: '/fhir/Encounter?' },
    { kind: 'truncate', match: '/fhir/Invoice?' },
    { kind: 'malformed', match: '/fhir/Medication?' },
  );
  const t0 = Date.now();
  const faulty = await tapRecords(fhir(sim, { request_timeout_seconds: 1, retry_base_ms: 50 }));
  t.equal(faulty.code, 0, 'recovered', { err: faulty.stderr.slice(-2000) });
  t.equal(sim.faults.applied.length, 7, 'every fault was hit');
  t.ok(Date.now() - t0 >= 2000, 'Retry-After (1 s, twice) was honoured');
  t.same(faulty.records, clean.records, 'the same records as a clean run');

  sim.faults.arm({ kind: 'status', status: 500, times: 9, match: '/fhir/Practitioner?' });
  const dead = await tapRecords(fhir(sim, { retry_base_ms: 10 }));
  t.equal(dead.code, 1, 'retries exhausted → the run fails');
  t.match(
    dead.stderr,
    /HTTP 500 .*transient: simulated 500.*gave up after 4 attempts/,
    'OperationOutcome and the attempt count in the error',
  );
});

t.test('FHIR errors: OperationOutcome surfaced; a server without _lastUpdated is refused, not reloaded', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  const denied = await tapRecords(fhir(sim, { api_key: 'wrong' }));
  t.equal(denied.code, 1);
  t.match(denied.stderr, /HTTP 401 .*error login: missing or invalid API key/);
  t.notMatch(denied.stderr, /wrong/, 'the key is not logged');

  const blind = await startSim({ ignoreLastUpdated: true });
  t.teardown(() => blind.close());
  const r = await tapRecords(fhir(blind, { start_date: '2025-06-01T00:00:00Z' }));
  t.equal(r.code, 1, 'run fails');
  t.match(r.stderr, /does not support _lastUpdated on Patient; refusing to reload everything/);
});

t.test('REST flavour: page and cursor pagination give the same records; updated_since increments; deleted flag', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  const rest = { flavour: 'rest', base_url: sim.url, auth_type: 'api_key', api_key: 'k3y', page_size: 30, retry_base_ms: 20 };
  const paged = await tapRecords(rest);
  t.equal(paged.code, 0, 'page/limit', { err: paged.stderr.slice(-1500) });
  t.equal(count(paged.records, 'hims_appointments'), 240);
  const endpoints = Object.fromEntries(
    ['patients', 'practitioners', 'medications', 'appointments', 'encounters', 'invoices', 'charge_items', 'medication_dispenses'].map(
      (k) => [
        k,
        {
          path: `/api/v1/${k === 'charge_items' ? 'charge-items' : k === 'medication_dispenses' ? 'dispenses' : k}`,
          pagination: 'cursor',
          ...(k === 'patients' ? { fields: { birth_date: 'dob' } } : {}),
        },
      ],
    ),
  );
  const cursored = await tapRecords({ ...rest, rest_endpoints: endpoints });
  t.equal(cursored.code, 0, 'cursor');
  t.same(cursored.records, paged.records, 'same records either way');
  const pat = paged.records.find((r) => r.stream === 'hims_patients')!.record;
  t.match(pat, { birth_date: /^\d{4}-\d{2}-\d{2}$/, name_ar: /[\u0600-\u06FF]/ }, 'vendor fields mapped (dob → birth_date)');

  sim.hospital.update('Patient', ['pat-9']);
  sim.hospital.delete('Patient', ['pat-10']);
  const inc = await tapRecords(rest, paged.state);
  t.equal(inc.code, 0);
  t.same(
    inc.records.map((r) => `${r.stream}:${r.record.id}`).sort(),
    ['hims_deleted_resources:pat-10', 'hims_patients:pat-9'],
    'only the change and the deletion',
  );
});

t.test('SIGKILL mid-sync, then rerun: the same hims_analytics as a clean run', async (t) => {
  const sim = await startSim({ hospital: new Hospital({ patients: 300, appointments: 900 }) });
  t.teardown(() => sim.close());
  const clean = await scratchDb('hims_clean');
  t.equal((await pipeline(fhir(sim), clean, undefined, { tap: TAP })).tapCode, 0);
  t.equal(await dbt(clean), 0);
  const crashed = await scratchDb('hims_crashed');
  const killed = await pipeline(fhir(sim), crashed, undefined, { tap: TAP, killAfterRecords: 1200, target: { batch_size_rows: 200 } });
  t.equal(killed.targetCode, null, 'killed');
  const rerun = await pipeline(fhir(sim), crashed, killed.lastState, { tap: TAP });
  t.equal(rerun.tapCode, 0);
  t.equal(rerun.targetCode, 0);
  t.equal(await dbt(crashed), 0);
  t.same(await star(crashed), await star(clean), 'identical star schema');
});

const recordIds = (records: Array<{ stream: string; record: Record<string, unknown> }>, stream: string) =>
  records
    .filter((r) => r.stream === stream)
    .map((r) => `${r.record.id}@${r.record.version_id}`)
    .sort();

t.test('late commits: a version committed after a run with an instant before the bookmark is read by the look-back, once', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  const rest = { flavour: 'rest', base_url: sim.url, auth_type: 'api_key', api_key: 'k3y', page_size: 25, retry_base_ms: 20 };
  for (const [mode, config] of [
    ['fhir', fhir(sim)],
    ['rest', rest],
  ] as const) {
    const full = await tapRecords(config);
    t.equal(full.code, 0, `${mode}: full`, { err: full.stderr.slice(-1500) });
    const bookmark = (full.state as any).bookmarks.hims_patients.replication_key_value as string;
    // a transaction that stamped pat-2 a minute before the bookmark committed after the run had read past it
    const late = new Date(Date.parse(bookmark) - 60_000).toISOString();
    const v2 = Number(sim.hospital.list('Patient').find((p) => p.id === 'pat-2')!.meta.versionId) + 1;
    const v3 = Number(sim.hospital.list('Patient').find((p) => p.id === 'pat-3')!.meta.versionId) + 1;
    sim.hospital.update('Patient', ['pat-2'], { lastUpdated: late });
    sim.hospital.update('Patient', ['pat-3']);
    const inc = await tapRecords(config, full.state);
    t.equal(inc.code, 0, `${mode}: incremental`, { err: inc.stderr.slice(-1500) });
    t.same(recordIds(inc.records, 'hims_patients'), [`pat-2@${v2}`, `pat-3@${v3}`], `${mode}: the late commit and the update, each once`);
    const again = await tapRecords(config, inc.state);
    t.equal(again.code, 0);
    t.same(again.records, [], `${mode}: the look-back re-reads those versions but sends nothing twice`);
  }
});

t.test("HAPI FHIR deletions: _history DELETE entries in HAPI's form become tombstones; unreadable entries are warnings", async (t) => {
  const { readHistoryEntry } = await import('../taps/tap-hims/history.js');
  const base = 'http://hapi.example.org/fhir';
  const DEL = { method: 'DELETE' };
  // as HAPI FHIR writes them: versioned fullUrl, no request.url, 204 + etag, no lastModified (Bundle meta has the time)
  const hapi = { fullUrl: `${base}/Patient/123/_history/3`, request: DEL, response: { status: '204 No Content', etag: 'W/"3"' } };
  t.same(readHistoryEntry(hapi, 'Patient', '2025-06-02T10:00:00.000+00:00'), {
    kind: 'delete',
    id: '123',
    versionId: '3',
    deletedAt: '2025-06-02T10:00:00.000000Z',
    exactTime: false,
  });
  // hapi.fhir.org (R4, 2023; hapifhir/hapi-fhir#5296): versionless fullUrl, versioned relative request.url, 200 OK + etag
  const hapi2023 = {
    fullUrl: `${base}/Patient/11439810`,
    request: { ...DEL, url: 'Patient/11439810/_history/2' },
    response: { status: '200 OK', etag: 'W/"2"' },
  };
  t.same(readHistoryEntry(hapi2023, 'Patient', '2023-09-09T21:05:31.277+00:00'), {
    kind: 'delete',
    id: '11439810',
    versionId: '2',
    deletedAt: '2023-09-09T21:05:31.277000Z',
    exactTime: false,
  });
  // the spec's form (http.html#history): request.url Patient/[id], response.lastModified
  const spec = { request: { ...DEL, url: 'Patient/abc' }, response: { lastModified: '2014-08-20T11:05:34.174Z' } };
  t.same(readHistoryEntry(spec, 'Patient', undefined), {
    kind: 'delete',
    id: 'abc',
    versionId: '2014-08-20T11:05:34.174Z',
    deletedAt: '2014-08-20T11:05:34.174000Z',
    exactTime: true,
  });
  const put = { fullUrl: `${base}/Patient/9`, resource: { resourceType: 'Patient', id: '9' }, request: { method: 'PUT' } };
  t.same(readHistoryEntry(put, 'Patient', undefined), { kind: 'version' });
  const unreadable = (e: Record<string, unknown>, time: string | undefined) => readHistoryEntry(e, 'Patient', time);
  t.match(unreadable({ request: DEL, response: { status: '204 No Content' } }, '2025-06-02T10:00:00Z'), {
    kind: 'unreadable',
    reason: /no resource id/,
  });
  t.match(unreadable({ fullUrl: `${base}/Patient/7/_history/2`, request: DEL, response: { status: '204 No Content' } }, undefined), {
    kind: 'unreadable',
    reason: /no time/,
  });
  const other = { fullUrl: `${base}/Observation/7`, request: DEL, response: { lastModified: '2025-06-02T10:00Z' } };
  t.match(unreadable(other, undefined), { kind: 'unreadable', reason: /Observation/ });
  t.match(unreadable({ fullUrl: `${base}/Patient/8` }, undefined), { kind: 'unreadable', reason: /neither a resource nor a request/ });
});

t.test('HAPI FHIR deletions through the simulator: DELETE entries without lastModified are tombstones', async (t) => {
  const sim = await startSim({ deleteEntries: 'hapi' });
  t.teardown(() => sim.close());
  const full = await tapRecords(fhir(sim));
  t.equal(full.code, 0);
  sim.hospital.delete('Appointment', ['appt-7']);
  sim.hospital.delete('Patient', ['pat-11']);
  const inc = await tapRecords(fhir(sim), full.state);
  t.equal(inc.code, 0, 'incremental', { err: inc.stderr.slice(-1500) });
  const tombstones = inc.records
    .filter((r) => r.stream === 'hims_deleted_resources')
    .map(({ record: d }) => `${d.resource_type}:${d.id}@${d.version_id}`);
  t.same(tombstones.sort(), ['hims_appointments:appt-7@2', 'hims_patients:pat-11@2'], 'HAPI deletes are tombstones (version: the etag)');
});

t.test('REST page numbers: a record updated between two page requests loses no other record; the cursor too', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  const rest = { flavour: 'rest', base_url: sim.url, auth_type: 'api_key', api_key: 'k3y', page_size: 25, retry_base_ms: 20 };
  const all = sim.hospital
    .list('Patient')
    .map((p) => p.id)
    .sort();
  for (const pagination of ['page', 'cursor'] as const) {
    const cursor = { patients: { path: '/api/v1/patients', pagination: 'cursor', fields: { birth_date: 'dob' } } };
    const config = pagination === 'page' ? rest : { ...rest, rest_endpoints: cursor };
    // the first patient of page 1 is updated once page 1 has been answered: it moves to the end of the list
    const first = [...sim.hospital.list('Patient')].sort((a, b) => (a.meta.lastUpdated < b.meta.lastUpdated ? -1 : 1))[0]!.id;
    sim.after('/api/v1/patients', () => sim.hospital.update('Patient', [first]));
    const run = await tapRecords(config);
    t.equal(run.code, 0, pagination, { err: run.stderr.slice(-1500) });
    const ids = [...new Set(run.records.filter((r) => r.stream === 'hims_patients').map((r) => String(r.record.id)))].sort();
    t.same(ids, all, `${pagination}: every patient read although the list shifted under the pages`);
    const keys = recordIds(run.records, 'hims_patients');
    t.equal(new Set(keys).size, keys.length, `${pagination}: no version sent twice`);
  }
});

t.test('REST rows not ordered by their timestamp: plain page numbers, with a warning', async (t) => {
  const sim = await startSim({ restById: true });
  t.teardown(() => sim.close());
  const rest = { flavour: 'rest', base_url: sim.url, auth_type: 'api_key', api_key: 'k3y', page_size: 25, retry_base_ms: 20 };
  const run = await tapRecords(rest);
  t.equal(run.code, 0, 'run', { err: run.stderr.slice(-1500) });
  t.equal(new Set(run.records.filter((r) => r.stream === 'hims_patients').map((r) => r.record.id)).size, 80, 'every patient, once');
  t.equal(count(run.records, 'hims_patients'), 80);
  t.match(run.stderr, /\/api\/v1\/patients: rows not ordered by updated_at; reading plain page numbers/);
});

t.test('FHIR time zone: timestamps without an offset are read in source_time_zone', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  sim.hospital.put({
    resourceType: 'Appointment',
    id: 'appt-local',
    status: 'booked',
    start: '2025-06-01T10:00:00',
    end: '2025-06-01T10:30:00+04:00',
    minutesDuration: 30,
    participant: [{ actor: { reference: 'Patient/pat-1' } }],
  });
  const run = await tapRecords(fhir(sim, { source_time_zone: 'Asia/Dubai' }));
  t.equal(run.code, 0, 'run', { err: run.stderr.slice(-1500) });
  const appt = run.records.find((r) => r.stream === 'hims_appointments' && r.record.id === 'appt-local')!.record;
  t.equal(appt.start_at, '2025-06-01T06:00:00.000000Z', 'local 10:00 in Dubai (UTC+4) is 06:00Z');
  t.equal(appt.end_at, '2025-06-01T06:30:00.000000Z', 'an offset in the value wins');
});

t.test('one resource type answering 4xx fails that stream alone; the others sync; the run fails', async (t) => {
  const sim = await startSim({ forbidden: ['Encounter'] });
  t.teardown(() => sim.close());
  const rest = { flavour: 'rest', base_url: sim.url, auth_type: 'api_key', api_key: 'k3y', page_size: 25, retry_base_ms: 20 };
  for (const config of [fhir(sim), rest]) {
    const run = await tapRecords(config);
    t.equal(run.code, 1, 'the run fails');
    t.match(run.stderr, /hims_encounters.*(403|forbidden)/, 'the failed stream and the reason');
    t.equal(count(run.records, 'hims_encounters'), 0);
    t.ok(count(run.records, 'hims_medication_dispenses') > 0 && count(run.records, 'hims_invoices') > 0, 'streams after it synced');
    t.equal((run.state as any).bookmarks.hims_encounters?.replication_key_value, undefined, 'no bookmark for the failed stream');
  }
});

t.test('exact decimals and the look-back memo, alone', async (t) => {
  const { decimalText, sumDecimals } = await import('../taps/tap-hims/decimal.js');
  t.equal(sumDecimals([1.1, 2.2]), '3.3', '1.1 + 2.2 without a double');
  t.equal(sumDecimals(['1.10', '2.20', null]), '3.30', 'the larger scale kept');
  t.equal(sumDecimals(['98765432109876.54321', '-0.00001']), '98765432109876.54320');
  t.equal(sumDecimals([]), '0');
  t.equal(decimalText('1e-7'), '0.0000001');
  t.equal(decimalText(1e21), '1000000000000000000000');
  t.equal(decimalText(' -12.50 '), '-12.50');
  t.throws(() => decimalText('12,50', 'Invoice/1 total'), { name: 'DecimalError', message: /Invoice\/1 total: "12,50" is not a decimal/ });
  t.throws(() => decimalText({ value: 1 }), { name: 'DecimalError' });
  const { quoteDecimals } = await import('../kit/singer/json.js');
  t.same(
    JSON.parse(quoteDecimals('{"a":1.10,"b":[2,-3e2,"4.5"],"c":12345678901234567890,"d":"x:1.5"}')),
    { a: '1.10', b: [2, '-3e2', '4.5'], c: '12345678901234567890', d: 'x:1.5' },
    'decimals read as their text; strings untouched',
  );

  const { SeenWindow } = await import('../taps/tap-hims/seen-window.js');
  // the memo an earlier version of the tap wrote: the keys sent at the newest instant
  const w = new SeenWindow({ at: '2025-06-01T10:00:00.000Z', keys: ['p1/2'] });
  t.equal(w.seen('p1/2', '2025-06-01T10:00:00.000Z'), true, 'old memo honoured');
  t.equal(w.seen('p2/1', '2025-06-01T10:04:00.000Z'), false);
  t.equal(w.seen('p2/1', '2025-06-01T10:04:00.000Z'), true, 'a version read twice in one run is sent once');
  t.equal(w.seen('d:p3/4', ''), false);
  t.same(
    w.memo('2025-06-01T10:02:00.000Z'),
    { seen: { 'p2/1': '2025-06-01T10:04:00.000Z', 'd:p3/4': '' } },
    'keys before the next look-back start dropped; a deletion of unknown time kept while the server returns it',
  );
});

t.test('a deselected PII field is nowhere: not in its column, not in the resource blob (FHIR and REST), not in PostgreSQL', async (t) => {
  const { discover } = await import('../kit/singer/tap-kit.js');
  const { STREAMS } = await import('../taps/tap-hims/streams.js');
  const sim = await startSim();
  t.teardown(() => sim.close());
  // HAPI FHIR's generated narrative repeats the birth date (and name, identifiers) as XHTML
  for (const p of sim.hospital.list('Patient').slice(0, 5)) {
    const dob = `<tr><td>Date of birth</td><td><span>${(p as any).birthDate}</span></td></tr>`;
    (p as any).text = { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml"><table>${dob}</table></div>` };
  }
  const catalog = discover(STREAMS);
  const deselect = { hims_patients: ['phone', 'birth_date'], hims_practitioners: ['phone'] } as Record<string, string[]>;
  for (const s of catalog.streams) {
    for (const m of s.metadata) {
      if (m.breadcrumb[0] === 'properties' && deselect[s.stream]?.includes(m.breadcrumb[1]!)) m.metadata.selected = false;
    }
  }
  const secrets = [
    ...[...sim.hospital.list('Patient'), ...sim.hospital.list('Practitioner')].flatMap((r: any) =>
      r.telecom.filter((x: any) => x.system === 'phone').map((x: any) => x.value),
    ),
    ...sim.hospital.list('Patient').map((r: any) => r.birthDate),
  ] as string[];
  t.ok(secrets.length > 100, `${secrets.length} phone numbers and birth dates`);
  const rest = {
    flavour: 'rest',
    base_url: sim.url,
    auth_type: 'api_key',
    api_key: 'k3y',
    page_size: 100,
    retry_base_ms: 20,
    rest_endpoints: { patients: { path: '/api/v1/patients', fields: { birth_date: 'dob' } } },
  };
  for (const [mode, config] of [
    ['fhir', fhir(sim)],
    ['rest', rest],
  ] as const) {
    const run = await runTapAlone(TAP, config, undefined, catalog);
    t.equal(run.code, 0, `${mode}: tap exit`, { err: run.stderr.slice(-1500) });
    const pat = run.records.find((r) => r.stream === 'hims_patients')!.record;
    t.ok(pat.resource && (mode === 'rest' || (pat.resource as any).name), `${mode}: the blob is still sent, pruned`);
    t.notOk('phone' in pat || 'birth_date' in pat, `${mode}: no deselected column`);
    t.same(
      secrets.filter((s) => run.stdout.includes(s)),
      [],
      `${mode}: no phone number or birth date anywhere in the output`,
    );
    t.ok(run.stdout.includes('patient3@example.ae'), `${mode}: a selected PII field (email) still sent`);
  }
  const db = await scratchDb('hims_deselected');
  const run = await pipeline(fhir(sim), db, undefined, { tap: TAP, catalog });
  t.equal(run.tapCode, 0, 'tap exit', { err: run.tapErr.slice(-1500) });
  t.equal(run.targetCode, 0, 'target exit', { err: run.targetErr.slice(-1500) });
  const tables = await query<{ s: string; n: string }>(
    db,
    `select table_schema s, table_name n from information_schema.tables
    where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'`,
  );
  let rows = 0;
  const found: string[] = [];
  for (const { s, n } of tables) {
    const all = await query<{ t: string }>(db, `select x::text t from "${s}"."${n}" x`);
    rows += all.length;
    for (const { t: text } of all) for (const secret of secrets) if (text.includes(secret)) found.push(`${s}.${n}: ${secret}`);
  }
  t.ok(rows >= 80, `${rows} rows in ${tables.length} tables searched`);
  t.same(found.slice(0, 5), [], 'no column and no jsonb holds a phone number or birth date');
});

t.test("blob pruning by the columns' FHIR paths, alone", async (t) => {
  const { blobPruner, FHIR_MAPPERS } = await import('../taps/tap-hims/fhir-map.js');
  // HAPI FHIR's example Patient shape: several identifiers, names, telecoms, addresses and a narrative
  const patient = () => ({
    resourceType: 'Patient',
    id: 'p1',
    meta: { versionId: '2', lastUpdated: '2025-06-01T10:00:00Z' },
    text: { status: 'generated', div: '<div>Amal Haddad, 1980-02-03, +971501234567</div>' },
    identifier: [
      { system: 'urn:oid:2.16.784.1.1.2', value: '784-1980-1234567-1' },
      { system: 'urn:hospital:mrn', value: 'MRN1' },
    ],
    name: [{ family: 'Haddad', given: ['Amal'] }, { text: 'أمل حداد' }],
    telecom: [
      { system: 'phone', value: '+971501234567' },
      { system: 'email', value: 'amal@example.ae' },
      { system: 'phone', value: '+97142222222', use: 'work' },
    ],
    address: [{ text: '12 Beach Rd, Dubai, AE', city: 'Dubai', country: 'AE' }],
    birthDate: '1980-02-03',
  });
  const prune = blobPruner('Patient', new Set(['phone', 'mrn', 'name_ar', 'city']));
  const r = patient();
  if (typeof prune !== 'function') return t.fail('prunable');
  prune(r);
  t.same(r.telecom, [{ system: 'email', value: 'amal@example.ae' }], 'every phone entry gone, the email kept');
  t.same(
    r.identifier,
    [{ system: 'urn:oid:2.16.784.1.1.2', value: '784-1980-1234567-1' }],
    'the MRN identifier gone, the national id kept',
  );
  t.same(r.name, [{ family: 'Haddad', given: ['Amal'] }], 'the Arabic name gone');
  t.same(r.address, [{ country: 'AE' }], 'city and the address text repeating it gone');
  t.notOk('text' in r, 'the narrative, which repeats elements, gone');
  t.equal(r.birthDate, '1980-02-03');
  t.match(FHIR_MAPPERS.Patient!(patient()), {
    mrn: 'MRN1',
    national_id: '784-1980-1234567-1',
    name_en: 'Amal Haddad',
    name_ar: 'أمل حداد',
    phone: '+971501234567',
  });
  const noMrn = {
    ...patient(),
    identifier: [
      { system: 'urn:other', value: 'X9' },
      { system: 'urn:more', value: 'Y' },
    ],
  };
  if (typeof prune === 'function') prune(noMrn);
  t.same(noMrn.identifier, [{ system: 'urn:more', value: 'Y' }], 'no MRN system: the first identifier (what mrn was read from) gone');
  t.same(blobPruner('Patient', new Set(['phone', 'vendor_field'])), { unprunable: ['vendor_field'] }, 'a column without paths: no blob');
});

t.test('OAuth 2.0 client credentials: the token is fetched, renewed before it expires, and again after a 401', async (t) => {
  const oauth = { clientId: 'medi-etl', clientSecret: 's3cr:t/+', ttlSeconds: 1 };
  const sim = await startSim({ apiKey: undefined, oauth });
  t.teardown(() => sim.close());
  const config = (extra: Record<string, unknown> = {}) =>
    fhir(sim, {
      auth_type: 'oauth2',
      api_key: undefined,
      token_url: `${sim.url}/oauth/token`,
      client_id: oauth.clientId,
      client_secret: oauth.clientSecret,
      scope: 'system/*.read',
      ...extra,
    });
  const clean = await tapRecords(config());
  t.equal(clean.code, 0, clean.stderr.slice(-2000));
  t.ok(clean.records.length > 0);
  // a run longer than the token's life (1 s): renewed before it expires, never a 401 for an expired token
  const before = sim.tokensIssued;
  sim.faults.arm({ kind: 'latency', ms: 1500, match: '/fhir/Encounter?' });
  const slow = await tapRecords(config());
  t.equal(slow.code, 0, slow.stderr.slice(-2000));
  t.ok(sim.tokensIssued - before >= 2, `renewed during the run (${sim.tokensIssued - before} tokens)`);
  t.same(slow.records, clean.records, 'the same records');
  t.notOk(
    sim.requests.some((r) => r.status === 401),
    'no request went out with an expired token',
  );
  // revoked mid-run (a key rotation): one 401, a new token, the same records
  sim.after('/fhir/Encounter?', () => sim.revokeTokens());
  const revoked = await tapRecords(config());
  t.equal(revoked.code, 0, revoked.stderr.slice(-2000));
  t.same(revoked.records, clean.records);
  // a refused client fails at once, naming the endpoint, never the secret
  const refused = await tapRecords(config({ client_secret: 'wrong-secret' }));
  t.equal(refused.code, 1);
  t.match(refused.stderr, /refused the client credentials \(HTTP 401 invalid_client\)/);
  t.notMatch(refused.stderr, /wrong-secret|s3cr/, 'no secret in the log');
});

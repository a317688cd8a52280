// tap-hims against a server that behaves as HAPI FHIR JPA does (sim/hims): a search's result list is fixed when
// it runs and each page loads its resources' current versions; Bundle.meta.lastUpdated says when the search ran.
import t from 'tap';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HimsSim } from '../sim/hims/server.js';
import { Hospital, type Resource } from '../sim/hims/data.js';
import { ROOT, query, scratchDb } from './helpers.js';
import { meltanoEnv } from './meltano.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { dbtRun, pipeline, runTapAlone } from './pipeline.js';

const TAP = join(ROOT, 'dist/taps/tap-hims/main.js');

async function startSim(opts: ConstructorParameters<typeof HimsSim>[0] = {}): Promise<HimsSim> {
  const sim = new HimsSim({ maxPage: 25, hospital: new Hospital({ patients: 80, appointments: 40 }), ...opts });
  await sim.listen();
  return sim;
}

const fhir = (sim: HimsSim, extra: Record<string, unknown> = {}) => ({
  base_url: `${sim.url}/fhir`,
  page_size: 25,
  retry_base_ms: 20,
  ...extra,
});

const ids = (records: Array<{ stream: string; record: Record<string, unknown> }>, stream: string) =>
  records.filter((r) => r.stream === stream).map((r) => `${r.record.id}@${r.record.version_id}`);

t.test('a resource created while a search is paged, older than a version a later page shows, is read by the next run', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  const patients = [...sim.hospital.list('Patient')].sort((a, b) => (a.meta.lastUpdated < b.meta.lastUpdated ? -1 : 1));
  const last = patients.at(-1)!.id; // on the search's last page
  let created = '';
  // after page 1: a patient is created (not in the search's list), then one on a later page is updated
  sim.after('/fhir/Patient?', () => {
    created = sim.hospital.add('Patient', 1)[0]!;
    sim.hospital.update('Patient', [last]);
  });
  const config = fhir(sim, { lookback_seconds: 30 });
  const first = await runTapAlone(TAP, config);
  t.equal(first.code, 0, 'first run', { err: first.stderr.slice(-1500) });
  t.notOk(
    ids(first.records, 'hims_patients').some((k) => k.startsWith(`${created}@`)),
    'the new patient is not in the running search',
  );
  t.ok(ids(first.records, 'hims_patients').includes(`${last}@2`), 'the later page loads the updated version');
  const second = await runTapAlone(TAP, config, first.state);
  t.equal(second.code, 0, 'second run', { err: second.stderr.slice(-1500) });
  t.same(ids(second.records, 'hims_patients'), [`${created}@1`], 'the next run reads the new patient; the update is not sent twice');
  const third = await runTapAlone(TAP, config, second.state);
  t.same(ids(third.records, 'hims_patients'), [], 'and then nothing is read again');
});

const example = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test/hims-r4', name), 'utf8')) as Resource;

t.test('a deselected birth date takes its primitive extension (_birthDate: patient-birthTime) with it', async (t) => {
  const { discover } = await import('../kit/singer/tap-kit.js');
  const { STREAMS } = await import('../taps/tap-hims/streams.js');
  const sim = await startSim();
  t.teardown(() => sim.close());
  sim.hospital.put(example('patient-example.json')); // birthDate 1974-12-25, _birthDate birthTime 14:35:45-05:00
  const catalog = discover(STREAMS);
  for (const s of catalog.streams)
    for (const m of s.metadata) if (s.stream === 'hims_patients' && m.breadcrumb[1] === 'birth_date') m.metadata.selected = false;
  const run = await runTapAlone(TAP, fhir(sim), undefined, catalog);
  t.equal(run.code, 0, 'tap exit', { err: run.stderr.slice(-1500) });
  const pat = run.records.find((r) => r.stream === 'hims_patients' && r.record.id === 'example')?.record;
  t.ok(pat && (pat.resource as any).name, 'the official example is sent, its blob pruned');
  t.notOk('_birthDate' in (pat!.resource as any), 'no _birthDate in the blob');
  // (the example's address period also starts on 1974-12-25: not a birth date)
  t.notOk(/birthTime|"_?birthDate"/.test(run.stdout), 'neither the birth time nor the birth date anywhere in the output');
});

t.test('HAPI: a resource deleted, then created again, is live in the star; one deleted only is marked deleted', async (t) => {
  const sim = await startSim({ deleteEntries: 'hapi' });
  t.teardown(() => sim.close());
  const db = await scratchDb('hims_recreated');
  const full = await pipeline(fhir(sim), db, undefined, { tap: TAP });
  t.equal(full.tapCode, 0, 'tap exit', { err: full.tapErr.slice(-1500) });
  const pat11 = structuredClone(sim.hospital.list('Patient').find((p) => p.id === 'pat-11')!);
  sim.hospital.delete('Patient', ['pat-11', 'pat-12']); // version 2 of each: the deletion
  const { meta: _meta, ...again } = pat11;
  const recreated = sim.hospital.put(again); // version 3, after the deletion
  t.equal(recreated.meta.versionId, '3', 'HAPI numbers the re-created resource after its deletion');
  const inc = await pipeline(fhir(sim), db, full.lastState, { tap: TAP });
  t.equal(inc.tapCode, 0, 'incremental tap exit', { err: inc.tapErr.slice(-1500) });
  t.equal(inc.targetCode, 0, 'target exit', { err: inc.targetErr.slice(-1500) });
  t.equal(await dbtRun(db, ['staging.hims+']), 0, 'dbt run');
  const rows = await query<{ patient_id: string; is_deleted: boolean; source_version_id: string }>(
    db,
    `select patient_id, is_deleted, source_version_id from hims_analytics.dim_patients where patient_id in ('pat-11', 'pat-12') order by 1`,
  );
  t.same(
    rows,
    [
      { patient_id: 'pat-11', is_deleted: false, source_version_id: '3' },
      { patient_id: 'pat-12', is_deleted: true, source_version_id: '1' },
    ],
    'the re-created patient is live (its version is after the deletion); the other is deleted',
  );
  const [d] = await query<{ deleted_at: string }>(db, `select deleted_at::text from stg.stg_hims__deleted_resources where id = 'pat-11'`);
  t.ok(Date.parse(d!.deleted_at) <= Date.parse(recreated.meta.lastUpdated), 'the deletion is not dated after the re-create');
});

t.test('a CapabilityStatement listing _lastUpdated once for all resources (rest.searchParam) allows incremental runs', async (t) => {
  const sim = await startSim({ commonParams: 'rest' });
  t.teardown(() => sim.close());
  const full = await runTapAlone(TAP, fhir(sim));
  t.equal(full.code, 0, 'full run', { err: full.stderr.slice(-1500) });
  sim.hospital.update('Patient', ['pat-3']);
  const inc = await runTapAlone(TAP, fhir(sim), full.state);
  t.equal(inc.code, 0, 'incremental run', { err: inc.stderr.slice(-1500) });
  t.notMatch(inc.stderr, /does not support _lastUpdated/);
  t.same(ids(inc.records, 'hims_patients'), ['pat-3@2'], 'only the change');
});

/** scripts/dbt with `args` against `db`: exit code and output. */
function dbt(db: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'scripts/dbt'), args, { env: { ...meltanoEnv(pgEnv(db)), MEDI_DBT_ALWAYS: '1' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

t.test('official R4 examples: identifiers by type, contained references, an invoice without lines, charge codes', async (t) => {
  const sim = await startSim();
  t.teardown(() => sim.close());
  for (const f of [
    'patient-example.json', // MR 12345 (usual, period started); an old phone
    'patient-example-mom.json', // only an SS-typed US SSN
    'patient-example-f001-pieter.json', // only Dutch BSNs (urn:oid:2.16.840.1.113883.2.4.6.3), untyped
    'patient-example-infant-twin-1.json', // MR, and a citizen id
    'medicationexample0301.json', // manufacturer #org4, contained
    'medicationdispense0310.json', // medicationReference #med0308, contained
    'invoice-example.json', // no lineItem: totalNet 40, totalGross 48 EUR
    'chargeitem-example.json',
  ])
    sim.hospital.put(example(f));
  // openIMIS's invoice (a line with chargeItemCodeableConcept), with a subject as the warehouse needs
  sim.hospital.put({ ...example('openimis-invoice.json'), subject: { reference: 'Patient/example' } });
  const db = await scratchDb('hims_r4_examples');
  const run = await pipeline(fhir(sim), db, undefined, { tap: TAP });
  t.equal(run.tapCode, 0, 'tap exit', { err: run.tapErr.slice(-1500) });
  t.equal(run.targetCode, 0, 'target exit', { err: run.targetErr.slice(-1500) });
  t.equal(await dbtRun(db, ['staging.hims+']), 0, 'dbt run');
  t.same(
    await query(
      db,
      `select id, mrn, national_id from stg.stg_hims__patients
       where id in ('example', 'mom', 'f001', 'infant-twin-1') order by id`,
    ),
    [
      { id: 'example', mrn: '12345', national_id: null },
      { id: 'f001', mrn: null, national_id: '738472983' },
      { id: 'infant-twin-1', mrn: 'MRN7465737865', national_id: null },
      { id: 'mom', mrn: null, national_id: '444222222' },
    ],
    'MR-typed identifiers are MRNs; SSN and BSN are national ids, never MRNs',
  );
  t.same(
    await query(db, `select medication_id, medication_display from stg.stg_hims__medication_dispenses where id = 'meddisp0310'`),
    [{ medication_id: null, medication_display: 'Percocet' }],
    'a contained medication is no foreign id',
  );
  t.same(
    await query(db, `select manufacturer from stg.stg_hims__medications where id = 'med0301'`),
    [{ manufacturer: 'Pfizer Laboratories Div Pfizer Inc' }],
    "a contained manufacturer: the organization's name",
  );
  t.same(
    await query(
      db,
      `select invoice_id, line_no, invoice_total_gross::text, currency, base_amount, line_gross_amount, charge_code, charge_description
       from hims_analytics.fact_billing where invoice_id in ('example', 'b88e5a38-35ad-4d8c-aad3-44b4ace8c0b1') order by invoice_id`,
    ),
    [
      {
        invoice_id: 'b88e5a38-35ad-4d8c-aad3-44b4ace8c0b1',
        line_no: 1,
        // (the simulator holds JSON numbers: 2390.0 is served as 2390)
        invoice_total_gross: '2390',
        currency: 'USD',
        base_amount: '2390',
        line_gross_amount: '2390',
        charge_code: 'policy',
        charge_description: 'Policy',
      },
      {
        invoice_id: 'example',
        line_no: null,
        invoice_total_gross: '48',
        currency: 'EUR',
        base_amount: null,
        line_gross_amount: null,
        charge_code: null,
        charge_description: null,
      },
    ],
    'the invoice without lines is one row with its totals; the openIMIS line has its charge code',
  );
  const test = await dbt(db, ['test', '--select', 'hims_fact_billing_every_invoice']);
  t.equal(test.code, 0, 'dbt test: every invoice in fact_billing', { out: test.out.slice(-1500) });
});

t.test('an Invoice price component given only as a factor: factor × base, exactly; with no base, no gross', async (t) => {
  const { FHIR_MAPPERS } = await import('../taps/tap-hims/fhir-map.js');
  const invoice = example('openimis-invoice.json'); // base 2390.0 USD (amount and factor 1.0)
  const [line] = invoice.lineItem;
  line.priceComponent.push({ type: 'tax', factor: '0.19' }, { type: 'discount', factor: '0.1', code: { text: 'loyalty' } });
  const read = (r: Resource) => (FHIR_MAPPERS.Invoice!(r).line_items as Array<Record<string, unknown>>)[0]!;
  t.match(read(invoice), { base: '2390', tax: '454.10', discount: '239.0' }, 'tax 19 % and discount 10 % of the base');
  t.notOk('unpriced' in read(invoice));
  line.priceComponent = [
    { type: 'base', factor: '1.0' },
    { type: 'tax', factor: '0.19' },
  ];
  const unknown = read(invoice);
  t.equal(unknown.base, null, 'a base without an amount is not 0');
  t.equal(unknown.tax, null, 'nor is a factor with nothing to apply it to');
  t.match(unknown.unpriced, /base component with factor 1\.0 and no amount.*tax component with factor 0\.19 and no base amount/);
});

t.test('a reference to another resource type is no foreign id of the column', async (t) => {
  const { FHIR_MAPPERS } = await import('../taps/tap-hims/fhir-map.js');
  const charge = example('chargeitem-example.json'); // subject Patient/example, context Encounter/example
  t.match(FHIR_MAPPERS.ChargeItem!(charge), { patient_id: 'example', encounter_id: 'example' });
  // R4: ChargeItem.context is Encounter | EpisodeOfCare, subject Patient | Group
  charge.context = { reference: 'EpisodeOfCare/ep1' };
  charge.subject = { reference: 'Group/g1' };
  t.match(FHIR_MAPPERS.ChargeItem!(charge), { patient_id: null, encounter_id: null }, 'an episode of care is no encounter');
  charge.context = { reference: 'https://other.example.org/fhir/Encounter/e7/_history/2' };
  t.match(FHIR_MAPPERS.ChargeItem!(charge), { encounter_id: 'e7' }, 'an absolute, versioned Encounter reference');
});

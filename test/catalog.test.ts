// The catalog lists every stream a tap can write (child and control streams too), and a catalog that
// deselects a child or control stream keeps it out of the output: issue 18 item 6.
import t from 'tap';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { defineStream, runTap, discover, type TapDef } from '../kit/singer/tap-kit.js';
import { TallySim } from '../sim/tally/server.js';
import { Company } from '../sim/tally/data.js';
import { HimsSim } from '../sim/hims/server.js';
import { Hospital } from '../sim/hims/data.js';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch } from '../sim/indici/feed.js';
import { ROOT, configFile, query, scratchDb } from './helpers.js';
import { pipeline } from './pipeline.js';
import { meltano, meltanoEnv, projectCopy } from './meltano.js';

interface Catalog {
  streams: Array<{ stream: string; metadata: Array<{ breadcrumb: string[]; metadata: Record<string, unknown> }> }>;
}
const topOf = (e: Catalog['streams'][number] | undefined) => e?.metadata.find((m) => m.breadcrumb.length === 0)?.metadata;
interface Msg {
  type: string;
  stream?: string;
  record?: Record<string, unknown>;
  schema?: { properties: Record<string, unknown> };
}

const tapPath = (name: string) => join(ROOT, `dist/taps/${name}/main.js`);

function runNode(args: string[]): Promise<{ code: number | null; msgs: Msg[]; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...S3_TEST_ENV } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      const msgs = args.includes('--discover')
        ? []
        : stdout
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Msg);
      resolve({ code, msgs, stdout, stderr });
    });
  });
}

async function discovered(tap: string): Promise<Catalog> {
  const r = await runNode([tapPath(tap), '--discover']);
  return JSON.parse(r.stdout) as Catalog;
}

/** A copy of the catalog with these streams deselected (as `meltano select --rm` leaves them). */
function deselect(cat: Catalog, ...streams: string[]): Catalog {
  const copy = JSON.parse(JSON.stringify(cat)) as Catalog;
  for (const s of copy.streams) if (streams.includes(s.stream)) topOf(s)!.selected = false;
  return copy;
}

const catalogFile = (cat: Catalog) => configFile(cat as unknown as Record<string, unknown>);
const schemaNames = (msgs: Msg[]) => new Set(msgs.filter((m) => m.type === 'SCHEMA').map((m) => m.stream!));
const recordNames = (msgs: Msg[]) => new Set(msgs.filter((m) => m.type === 'RECORD').map((m) => m.stream!));
const names = (cat: Catalog) => new Set(cat.streams.map((s) => s.stream));
const top = (cat: Catalog, stream: string) => topOf(cat.streams.find((s) => s.stream === stream));

t.test('tap-tally-tdl: --discover lists every stream a sync writes; a deselected child and control stream are not written', async (t) => {
  const books = new Company({ name: 'Al Shifa Medical Centre LLC', seed: 101, vouchers: 40, ledgers: 10, stockItems: 6 });
  const sim = new TallySim({ companies: [books] });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const cat = await discovered('tap-tally-tdl');
  const config = configFile({ url, retry_base_ms: 20 });
  const full = await runNode([tapPath('tap-tally-tdl'), '--config', config]);
  t.equal(full.code, 0, 'exit 0', { stderr: full.stderr.slice(-2000) });
  t.same([...schemaNames(full.msgs)].sort(), [...names(cat)].sort(), "the streams a sync declares are the catalog's streams");
  for (const s of recordNames(full.msgs)) t.ok(names(cat).has(s), `${s} (records written) is in the catalog`);
  t.ok(recordNames(full.msgs).has('tally_voucher_ledger_entries'), 'voucher ledger lines are written');
  t.equal(top(cat, 'tally_voucher_ledger_entries')?.['parent-tap-stream-id'], 'tally_vouchers', 'a child names its parent');
  t.equal(top(cat, 'tally_quarantine')?.['selected-by-default'], true, 'a control stream is selected by default');
  t.equal(top(cat, 'tally_quarantine')?.['medi-control-stream'], true, 'and says it is a control stream');

  const some = await runNode([
    tapPath('tap-tally-tdl'),
    '--config',
    config,
    '--catalog',
    catalogFile(deselect(cat, 'tally_voucher_ledger_entries', 'tally_deleted_objects')),
  ]);
  t.equal(some.code, 0, 'exit 0', { stderr: some.stderr.slice(-2000) });
  for (const s of ['tally_voucher_ledger_entries', 'tally_deleted_objects']) {
    t.notOk(schemaNames(some.msgs).has(s), `${s} deselected: no SCHEMA`);
    t.notOk(recordNames(some.msgs).has(s), `${s} deselected: no RECORD`);
  }
  const written = recordNames(some.msgs);
  t.ok(written.has('tally_vouchers') && written.has('tally_voucher_inventory_entries'), 'its parent and sibling still are');
  t.ok(schemaNames(some.msgs).has('tally_quarantine'), 'the other control stream still is');

  const orphan = await runNode([tapPath('tap-tally-tdl'), '--config', config, '--catalog', catalogFile(deselect(cat, 'tally_vouchers'))]);
  t.equal(orphan.code, 1, 'a child selected without its parent is refused');
  t.match(orphan.stderr, /stream tally_voucher_ledger_entries is selected but its parent tally_vouchers is not/);
  t.equal(orphan.msgs.length, 0, 'before anything is written');
});

t.test('tap-hims: --discover lists every stream a sync writes, hims_deleted_resources included', async (t) => {
  const sim = new HimsSim({ maxPage: 25, apiKey: 'k3y', hospital: new Hospital({ patients: 20, appointments: 40 }) });
  await sim.listen();
  t.teardown(() => sim.close());
  const cat = await discovered('tap-hims');
  const config = configFile({ base_url: `${sim.url}/fhir`, auth_type: 'api_key', api_key: 'k3y', page_size: 100, retry_base_ms: 20 });
  const full = await runNode([tapPath('tap-hims'), '--config', config]);
  t.equal(full.code, 0, 'exit 0', { stderr: full.stderr.slice(-2000) });
  t.same([...schemaNames(full.msgs)].sort(), [...names(cat)].sort(), "the streams a sync declares are the catalog's streams");
  t.ok(names(cat).has('hims_deleted_resources'));
  const noDeletions = catalogFile(deselect(cat, 'hims_deleted_resources'));
  const without = await runNode([tapPath('tap-hims'), '--config', config, '--catalog', noDeletions]);
  t.equal(without.code, 0, 'exit 0', { stderr: without.stderr.slice(-2000) });
  t.notOk(schemaNames(without.msgs).has('hims_deleted_resources'), 'deselected: not declared');
});

t.test('tap-indici-s3: --discover lists every stream a sync writes; rejected rows and _medi_files deselectable', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-catalog';
  await ensureBucket(s3.client, bucket);
  const keys = await uploadBatch(s3.client, bucket, {
    streams: ['appointments'],
    dateExtracted: '2508181044',
    kind: 'full',
    rows: 60,
    dirty: { every: 20, kinds: ['ragged'] },
  });
  const cfg = { bucket, endpoint_url: s3.url, mode: 'backfill' };
  const cat = await discovered('tap-indici-s3');
  const full = await runNode([tapPath('tap-indici-s3'), '--config', configFile(cfg)]);
  t.equal(full.code, 0, 'exit 0', { stderr: full.stderr.slice(-2000) });
  t.same([...schemaNames(full.msgs)].sort(), [...names(cat)].sort(), "the streams a sync declares are the catalog's streams");
  t.ok(
    ['indici_rejected_rows', '_medi_files'].every((s) => recordNames(full.msgs).has(s)),
    'both control streams carry records',
  );

  const quietCatalog = catalogFile(deselect(cat, 'indici_rejected_rows', '_medi_files'));
  const quiet = await runNode([tapPath('tap-indici-s3'), '--config', configFile(cfg), '--catalog', quietCatalog]);
  t.equal(quiet.code, 0, 'exit 0', { stderr: quiet.stderr.slice(-2000) });
  for (const s of ['indici_rejected_rows', '_medi_files']) {
    t.notOk(schemaNames(quiet.msgs).has(s) || recordNames(quiet.msgs).has(s), `${s} deselected: not written`);
  }
  t.ok(recordNames(quiet.msgs).has('indici_appointments'), 'the rows still are');

  // through the target without _medi_files, twice and the second time without state: no row twice
  const db = await scratchDb('catalog_files');
  const noFiles = deselect(cat, '_medi_files');
  for (const run of [1, 2]) {
    const r = await pipeline(cfg, db, undefined, { tap: tapPath('tap-indici-s3'), catalog: noFiles });
    t.equal(r.targetCode, 0, `run ${run} without _medi_files loads`, { err: r.targetErr.slice(-2000) });
    t.notOk(r.streams._medi_files, 'and sends no file outcome');
  }
  const [raw] = await query<{ n: number; distinct_rows: number }>(
    db,
    `select count(*)::int n, count(distinct _source_row_number)::int distinct_rows from raw.indici_appointments`,
  );
  t.ok(raw!.n > 0 && raw!.n === raw!.distinct_rows, `each row once (${raw!.n})`);
  const files = await query<{ status: string | null }>(db, `select status from etl.load_run_files where stream = 'indici_appointments'`);
  t.same(
    files.map((f) => f.status),
    ['pending'],
    'the file is known by its rows; its outcome is never recorded',
  );

  // a reprocess the target would not hear about (it would skip the rows it has) is refused, not ignored
  const reprocess = configFile({ ...cfg, reprocess: [keys[0]] });
  const refused = await runNode([tapPath('tap-indici-s3'), '--config', reprocess, '--catalog', catalogFile(deselect(cat, '_medi_files'))]);
  t.equal(refused.code, 1);
  t.match(refused.stderr, /reprocess requested for s3:\/\/indici-catalog\/.* but stream _medi_files is deselected: select it to reprocess/);
});

const objectOf = (types: Record<string, string>) => ({
  type: 'object' as const,
  properties: Object.fromEntries(Object.entries(types).map(([k, type]) => [k, { type }])),
});
// the kit alone: property selection on a control stream, catalogs written before child/control streams were listed
const parent = defineStream<Record<string, never>, null>({
  singer: { stream: 'orders', key_properties: ['id'], bookmark_properties: [], schema: objectOf({ id: 'integer' }) },
  children: [
    { stream: 'order_lines', key_properties: ['id', 'n'], bookmark_properties: [], schema: objectOf({ id: 'integer', n: 'integer' }) },
  ],
  async *fetch({ emit }) {
    await emit('order_lines', { id: 1, n: 1 });
    await emit('audit', { id: 1, note: 'seen', body: 'x' });
    yield { id: 1 };
  },
});
const tap: TapDef<Record<string, never>, null> = {
  about: { name: 'tap-sample', version: '0', description: 'sample', capabilities: ['catalog', 'discover'], settings: [] } as never,
  settings: [],
  streams: [parent],
  client: () => null,
  extraStreams: [
    {
      stream: 'audit',
      key_properties: ['id'],
      bookmark_properties: [],
      schema: objectOf({ id: 'integer', note: 'string', body: 'string' }),
    },
  ],
};

async function kitRun(catalog: object): Promise<Msg[]> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d: Buffer) => (text += d.toString()));
  const code = await runTap(tap, ['--config', configFile({}), '--catalog', configFile(catalog as Record<string, unknown>)], out);
  if (code !== 0) throw new Error(`exit ${code}`);
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Msg);
}

t.test('kit: a deselected property of a control stream is left out; an old catalog keeps child and control streams', async (t) => {
  const cat = discover(tap.streams, tap.extraStreams) as unknown as Catalog;
  t.same(
    cat.streams.map((s) => s.stream),
    ['orders', 'order_lines', 'audit'],
  );
  const audit = cat.streams.find((s) => s.stream === 'audit')!;
  audit.metadata.find((m) => m.breadcrumb[1] === 'body')!.metadata.selected = false;
  const msgs = await kitRun(cat);
  t.same(msgs.find((m) => m.type === 'RECORD' && m.stream === 'audit')?.record, { id: 1, note: 'seen' }, 'body left out');
  t.same(Object.keys(msgs.find((m) => m.type === 'SCHEMA' && m.stream === 'audit')!.schema!.properties), ['id', 'note']);
  // a catalog made before child/control streams were listed (Meltano may cache one) loses neither
  const old = { streams: cat.streams.filter((s) => s.stream === 'orders') };
  const oldMsgs = await kitRun(old);
  t.same([...recordNames(oldMsgs)].sort(), ['audit', 'order_lines', 'orders']);
});

t.test("meltano select --list shows child and control streams; the HIMS jobs' select lists keep deletions", async (t) => {
  const project = projectCopy('meltano-catalog-');
  const env = meltanoEnv({ MELTANO_PROJECT_ROOT: project });
  const listed = async (tap: string, all = true) => {
    const r = await meltano(['select', tap, '--list', ...(all ? ['--all'] : [])], env);
    t.equal(r.code, 0, `meltano select ${tap} --list`, { output: r.stderr.slice(-2000) });
    return r.stdout;
  };
  const tally = await listed('tap-tally-tdl');
  for (const s of ['tally_voucher_ledger_entries', 'tally_voucher_inventory_entries', 'tally_quarantine', 'tally_deleted_objects']) {
    t.match(tally, new RegExp(`\\[selected +\\] ${s}\\.`), `${s} listed, selected`);
  }
  const indici = await listed('tap-indici-s3');
  for (const s of ['indici_rejected_rows', '_medi_files']) t.match(indici, new RegExp(`\\[selected +\\] ${s}\\.`), `${s} listed, selected`);
  t.match(await listed('tap-hims'), /\[selected +\] hims_deleted_resources\./, 'hims_deleted_resources listed, selected');
  for (const job of ['tap-hims--daily', 'tap-hims--frequent']) {
    t.match(await listed(job, false), /\[selected +\] hims_deleted_resources\.deleted_at/, `${job} still loads deletions`);
  }
  const ex = await meltano(['select', 'tap-tally-tdl', '--exclude', 'tally_quarantine', '*'], env);
  t.equal(ex.code, 0, 'meltano select --exclude a control stream', { output: ex.stderr.slice(-2000) });
  t.match(await listed('tap-tally-tdl'), /\[excluded +\] tally_quarantine\.body\b/, 'and it is excluded');
});

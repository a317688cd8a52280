// Interop the other way: our three taps into a third-party target, target-jsonl 0.1.4 (singer-python 5.8, its
// Draft 4 validator), under `meltano run`. Every stream arrives as plain Singer: the target accepts each SCHEMA
// and validates each record, and writes one JSON line per record the tap sent.
import t, { type Test } from 'tap';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TallySim } from '../sim/tally/server.js';
import { Company } from '../sim/tally/data.js';
import { HimsSim } from '../sim/hims/server.js';
import { Hospital } from '../sim/hims/data.js';
import { startS3Server, S3_TEST_ENV } from '../sim/s3-server.js';
import { ensureBucket, uploadBatch } from '../sim/indici/feed.js';
import { meltano, meltanoEnv } from './meltano.js';

/** Lines per file target-jsonl wrote, each line parsed (a line that is not JSON fails the test). */
function written(dir: string): Map<string, Array<Record<string, unknown>>> {
  const out = new Map<string, Array<Record<string, unknown>>>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
    out.set(
      f.replace(/\.jsonl$/, ''),
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    );
  }
  return out;
}

async function runInto(t: Test, tap: string, extra: NodeJS.ProcessEnv): Promise<Map<string, Array<Record<string, unknown>>>> {
  const dir = mkdtempSync(join(tmpdir(), `jsonl-${tap}-`));
  const r = await meltano(['run', tap, 'target-jsonl'], meltanoEnv({ ...extra, INTEROP_JSONL_DIR: dir }));
  t.equal(r.code, 0, `${tap} → target-jsonl: exit status`, { output: r.stderr.slice(-3000) });
  return written(dir);
}

t.test('tap-tally-tdl → target-jsonl', async (t) => {
  const sim = new TallySim({
    companies: [new Company({ name: 'Al Shifa Medical Centre LLC', seed: 7, vouchers: 60, ledgers: 10, stockItems: 5 })],
  });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const files = await runInto(t, 'tap-tally-tdl', { TAP_TALLY_TDL_URL: url });
  t.ok((files.get('tally_ledgers') ?? []).length >= 10, 'ledgers written');
  t.ok((files.get('tally_vouchers') ?? []).length >= 60, 'vouchers written');
  for (const v of files.get('tally_vouchers') ?? []) if (typeof v.guid !== 'string') t.fail('voucher without its key', { v });
});

t.test('tap-hims → target-jsonl', async (t) => {
  const sim = new HimsSim({ apiKey: 'k3y', hospital: new Hospital({ patients: 20, appointments: 30 }) });
  await sim.listen();
  t.teardown(() => sim.close());
  const files = await runInto(t, 'tap-hims', {
    TAP_HIMS_BASE_URL: `${sim.url}/fhir`,
    TAP_HIMS_AUTH_TYPE: 'api_key',
    TAP_HIMS_API_KEY: 'k3y',
    TAP_HIMS_PAGE_SIZE: '15',
  });
  t.equal((files.get('hims_patients') ?? []).length, 20, 'every patient written once');
  t.equal((files.get('hims_appointments') ?? []).length, 30, 'every appointment written once');
});

t.test('tap-indici-s3 → target-jsonl', async (t) => {
  const s3 = await startS3Server();
  t.teardown(() => s3.stop());
  const bucket = 'indici-jsonl';
  await ensureBucket(s3.client, bucket);
  await uploadBatch(s3.client, bucket, { streams: ['appointments', 'patient'], dateExtracted: '2508181044', kind: 'full', rows: 40 });
  const files = await runInto(t, 'tap-indici-s3', { ...S3_TEST_ENV, TAP_INDICI_S3_BUCKET: bucket, TAP_INDICI_S3_ENDPOINT_URL: s3.url });
  t.equal((files.get('indici_appointments') ?? []).length, 40, 'every appointment row written');
  t.equal((files.get('indici_patient') ?? []).length, 40, 'every patient row written');
});

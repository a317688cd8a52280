// tap-apn and sim/apn without Meltano: the simulator's protocol checks (SigV4 header, NextToken bound to its
// request), the tap's pacing to reads_per_second, its stop at the daily budget mid-run, and the CSV reader's
// line numbers.
import t from 'tap';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ApnSim } from '../sim/apn/server.js';
import { ROOT, configFile } from './helpers.js';
import { parseCsv, ExportFileError } from '../taps/tap-apn/exports.js';

const TAP = join(ROOT, 'dist/taps/tap-apn/main.js');

function runTap(config: Record<string, unknown>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TAP, '--config', configFile(config)], {
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR', AWS_SECRET_ACCESS_KEY: 'simulator-secret' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const post = (url: string, target: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target, ...headers },
    body: JSON.stringify(body),
  });

const SIGNED = {
  authorization:
    'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250601/us-east-1/partnercentral-selling/aws4_request, ' +
    'SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=' +
    'a'.repeat(64),
  'x-amz-date': '20250601T000000Z',
};

t.test('sim/apn: SigV4 header required and checked for shape; NextToken bound to its request', async (t) => {
  const sim = new ApnSim();
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const unsigned = await post(url, 'AWSPartnerCentralSelling.ListSolutions', { Catalog: 'AWS' });
  t.equal(unsigned.status, 403);
  t.match(await unsigned.json(), { __type: 'MissingAuthenticationTokenException' });
  const other = await post(url, 'PartnerCentralBenefitsService.ListBenefits', { Catalog: 'AWS' }, SIGNED);
  t.match(await other.json(), { __type: 'InvalidSignatureException' }, 'signed for the other service');
  const noCatalog = await post(url, 'AWSPartnerCentralSelling.ListSolutions', {}, SIGNED);
  t.match(await noCatalog.json(), { __type: 'ValidationException', message: /Catalog is required/ });
  const first = (await (
    await post(url, 'AWSPartnerCentralSelling.ListOpportunities', { Catalog: 'AWS', MaxResults: 5 }, SIGNED)
  ).json()) as {
    NextToken: string;
    OpportunitySummaries: unknown[];
  };
  t.equal(first.OpportunitySummaries.length, 5);
  const reused = await post(
    url,
    'AWSPartnerCentralSelling.ListOpportunities',
    { Catalog: 'Sandbox', MaxResults: 5, NextToken: first.NextToken },
    SIGNED,
  );
  t.match(await reused.json(), { __type: 'ValidationException', message: /NextToken is invalid/ }, 'a token used with another request');
});

t.test('tap-apn paces itself to reads_per_second', async (t) => {
  const sim = new ApnSim({ size: { AWS: { opportunities: 6 } } });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const run = await runTap({ endpoint_url: url, reads_per_second: 5 });
  t.equal(run.code, 0, 'exit status', { stderr: run.stderr.slice(-2000) });
  const times = sim.calls.map((c) => c.at);
  t.ok(times.length > 20, `${times.length} calls`);
  // The tap starts at most 5 calls in any second (client.ts pace); they are timed here as they arrive, in this
  // process, whose event loop a loaded machine can hold back so that one late arrival lands in the next second.
  // So: the pace over the whole run, and at most one call of slack in any one-second window (unpaced, all ~30
  // calls would arrive within a second or two).
  let worst = 0;
  for (let i = 0; i < times.length; i++) worst = Math.max(worst, times.filter((x) => x >= times[i]! && x < times[i]! + 1000).length);
  t.ok(worst <= 6, `at most 5 calls in any second, one of slack for arrival jitter (worst ${worst})`);
  const span = (times.at(-1)! - times[0]!) / 1000;
  t.ok(span >= (times.length - 5) / 5 - 0.2, `${times.length} calls over ${span.toFixed(2)} s: no faster than 5 a second`);
});

t.test('tap-apn stops at the daily budget mid-run, before the call that would pass it', async (t) => {
  const sim = new ApnSim();
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const run = await runTap({ endpoint_url: url, reads_per_second: 200, daily_call_budget: 12, first_run_call_estimate: 0 });
  t.equal(run.code, 1, 'the run fails');
  t.match(run.stderr, /daily_call_budget reached: 12 calls this run/, 'saying why');
  t.equal(sim.calls.length, 12, 'exactly the budget was spent');
});

t.test('CSV reader: quoted line breaks keep the line numbers of the file', async (t) => {
  const rows = parseCsv('\ufeffa,b\r\n1,"x\ny"\r\n2,"say ""hi"""\n\n3,\n', 'f.csv');
  t.same(rows, [
    { line: 1, cells: ['a', 'b'] },
    { line: 2, cells: ['1', 'x\ny'] },
    { line: 4, cells: ['2', 'say "hi"'] },
    { line: 6, cells: ['3', ''] },
  ]);
  t.throws(() => parseCsv('a,b\n1,"open\n2,3\n', 'bad.csv'), new ExportFileError('bad.csv line 2: a quoted field is not closed'));
  t.throws(() => parseCsv('a,b\n1,x"y\n', 'bad.csv'), /bad\.csv line 2: a quote inside an unquoted field/);
});

t.test('tap-apn: an amount that is not a decimal fails its stream by name; the other streams complete', async (t) => {
  const sim: ApnSim = new ApnSim({
    size: { AWS: { opportunities: 3 } },
    alter: (op, body) =>
      op === 'GetOpportunity' && body.Id === sim.stores.AWS.opportunities[1]!.id
        ? {
            ...body,
            Project: { ...body.Project, ExpectedCustomerSpend: [{ ...body.Project.ExpectedCustomerSpend[0], Amount: '12,500.00' }] },
          }
        : body,
  });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const run = await runTap({ endpoint_url: url, reads_per_second: 200 });
  t.equal(run.code, 1, 'the run fails');
  const id = sim.stores.AWS.opportunities[1]!.id;
  t.match(
    run.stderr,
    new RegExp(`opportunities ${id} project_expected_spend_amount: not an amount: \\\\"12,500.00\\\\"`),
    'naming stream, id and column',
  );
  const streams = new Set(
    run.stdout
      .split('\n')
      .filter((l) => l.includes('"type":"RECORD"'))
      .map((l) => (JSON.parse(l) as { stream: string }).stream),
  );
  t.ok(streams.has('apn_engagements') && streams.has('apn_benefit_allocations'), 'the streams after it still ran');
  const state = run.stdout
    .split('\n')
    .filter((l) => l.includes('"type":"STATE"'))
    .map((l) => JSON.parse(l) as { value: { bookmarks: Record<string, { partitions?: Array<{ replication_key_value?: string }> }> } })
    .pop()!;
  t.equal(state.value.bookmarks.apn_opportunities?.partitions?.[0]?.replication_key_value, undefined, 'the bookmark did not move');
});

t.test('tap-apn: a catalog the account may not read fails its streams alone; the other catalog loads', async (t) => {
  const sim = new ApnSim({ size: { AWS: { opportunities: 3 } }, deny: ['Sandbox'] });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const run = await runTap({ endpoint_url: url, reads_per_second: 200, catalogs: ['AWS', 'Sandbox'] });
  t.equal(run.code, 1, 'the run fails');
  t.match(
    run.stderr,
    /failed \(bookmark kept where it was\): catalog Sandbox: ListOpportunities \(catalog Sandbox\) failed: AccessDeniedException/,
    'the failure names the catalog and the error',
  );
  const records = run.stdout
    .split('\n')
    .filter((l) => l.includes('"type":"RECORD"'))
    .map((l) => JSON.parse(l) as { stream: string; record: { catalog?: string } });
  t.equal(records.filter((r) => r.stream === 'apn_opportunities' && r.record.catalog === 'AWS').length, 3, 'AWS opportunities loaded');
  t.equal(records.filter((r) => r.record.catalog === 'Sandbox').length, 0, 'nothing from Sandbox');
  t.ok(
    records.some((r) => r.stream === 'apn_benefit_allocations'),
    'the last stream still ran',
  );
});

t.test('tap-apn: an opportunity listed and gone before its GetOpportunity is sent as deleted, not a failure', async (t) => {
  let removed = false;
  const sim: ApnSim = new ApnSim({
    size: { AWS: { opportunities: 3 } },
    alter: (op, body) => {
      // the listing shows it; by the time of the get, Partner Central no longer has it
      if (op === 'ListOpportunities' && !removed) {
        removed = true;
        sim.stores.AWS.remove(sim.stores.AWS.opportunities[1]!.id);
      }
      return body;
    },
  });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const run = await runTap({ endpoint_url: url, reads_per_second: 200 });
  t.equal(run.code, 0, 'the run succeeds', { stderr: run.stderr.slice(-2000) });
  const o = sim.stores.AWS.opportunities[1]!;
  const records = run.stdout
    .split('\n')
    .filter((l) => l.includes('"stream":"apn_opportunities"') && l.includes('"type":"RECORD"'))
    .map((l) => (JSON.parse(l) as { record: Record<string, unknown> }).record);
  t.equal(records.length, 3, 'three records');
  const tomb = records.find((r) => r.id === o.id)!;
  t.same(
    Object.keys(tomb).sort(),
    ['_sdc_deleted_at', 'catalog', 'id', 'last_modified_date'],
    'a tombstone: key, last LastModifiedDate, _sdc_deleted_at',
  );
  t.equal(tomb.last_modified_date, new Date(o.modified).toISOString());
  t.match(run.stderr, new RegExp(`${o.id} listed but no longer found: sent as deleted`));
});

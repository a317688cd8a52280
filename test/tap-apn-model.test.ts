// tap-apn against what AWS's model (botocore partnercentral-selling 2022-07-26, partnercentral-benefits) allows:
// the request enums the service checks (SortOrder ASCENDING | DESCENDING), the Amount pattern's "" and "12.", the
// free strings of the Benefits API's MonetaryValue.Amount and of AwsSoftwareRevenue's dates, a summary AWS does not
// have (a draft opportunity), and the optional members of OpportunitySummary.
import t, { type Test } from 'tap';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ApnSim } from '../sim/apn/server.js';
import { ROOT, configFile } from './helpers.js';

const TAP = join(ROOT, 'dist/taps/tap-apn/main.js');

type J = Record<string, any>;

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

const records = (stdout: string, stream: string): J[] =>
  stdout
    .split('\n')
    .filter((l) => l.includes('"type":"RECORD"') && l.includes(`"stream":"${stream}"`))
    .map((l) => (JSON.parse(l) as { record: J }).record);

/** A simulator with 3 AWS opportunities whose answers `alter` rewrites (`n`: the opportunity's index); the tap run against it. */
async function run(t: Test, alter?: (op: string, body: J, n: (id: unknown) => number) => J) {
  const sim: ApnSim = new ApnSim({
    size: { AWS: { opportunities: 3 } },
    alter: (op, body) => (alter ? alter(op, body, (id) => sim.stores.AWS.opportunities.findIndex((o) => o.id === id)) : body),
  });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const out = await runTap({ endpoint_url: url, reads_per_second: 200 });
  return { sim, ...out };
}

const SIGNED = {
  authorization:
    'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250601/us-east-1/partnercentral-selling/aws4_request, ' +
    'SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=' +
    'a'.repeat(64),
  'x-amz-date': '20250601T000000Z',
};

const list = async (url: string, body: J) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AWSPartnerCentralSelling.ListOpportunities', ...SIGNED },
    body: JSON.stringify({ Catalog: 'AWS', ...body }),
  });

t.test("sim/apn: a request enum outside the model's value set is the service's ValidationException", async (t) => {
  const sim = new ApnSim({ size: { AWS: { opportunities: 4 } } });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const wrong = await list(url, { Sort: { SortBy: 'LastModifiedDate', SortOrder: 'Ascending' } });
  t.equal(wrong.status, 400);
  t.same(await wrong.json(), {
    __type: 'ValidationException',
    message:
      "1 validation error detected: Value 'Ascending' at 'sort.sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [ASCENDING, DESCENDING]",
    Reason: 'REQUEST_VALIDATION_FAILED',
  });
  const two = await list(url, { Sort: { SortBy: 'Modified', SortOrder: 'DESCENDING' }, LifeCycleStage: ['Prospect', 'Seen'] });
  t.match(await two.json(), {
    message:
      "2 validation errors detected: Value 'Modified' at 'sort.sortBy' failed to satisfy constraint: Member must satisfy enum value set: " +
      '[LastModifiedDate, Identifier, CustomerCompanyName, CreatedDate, TargetCloseDate]; ' +
      "Value '[Prospect, Seen]' at 'lifeCycleStage' failed to satisfy constraint: Member must satisfy constraint: " +
      '[Member must satisfy enum value set: [Prospect, Qualified, Technical Validation, Business Validation, Committed, Launched, Closed Lost]]',
  });
  const order = async (o: string) =>
    (
      (await (await list(url, { Sort: { SortBy: 'LastModifiedDate', SortOrder: o } })).json()) as { OpportunitySummaries: J[] }
    ).OpportunitySummaries.map((s) => s.LastModifiedDate as number);
  const up = await order('ASCENDING');
  t.same(
    up,
    [...up].sort((a, b) => a - b),
    'ASCENDING sorts oldest first',
  );
  t.same(await order('DESCENDING'), [...up].reverse(), 'DESCENDING newest first');
});

t.test("tap-apn lists opportunities sorted with the model's SortOrder, and loads them", async (t) => {
  const { sim, code, stdout, stderr } = await run(t);
  t.equal(code, 0, 'exit status', { stderr: stderr.slice(-2000) });
  const lists = sim.calls.filter((c) => c.operation === 'ListOpportunities');
  t.ok(lists.length > 0);
  t.same(
    lists.map((c) => [c.status, c.request.Sort?.SortOrder]),
    lists.map(() => [200, 'ASCENDING']),
  );
  t.equal(records(stdout, 'apn_opportunities').length, 3);
});

const lines = (stdout: string, stream: string) =>
  stdout.split('\n').filter((l) => l.includes('"type":"RECORD"') && l.includes(`"stream":"${stream}"`));

t.test('tap-apn: amounts the model allows, "" (none) and "12." (12), load exactly', async (t) => {
  // ExpectedCustomerSpend.Amount ((0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?)? and MonetaryValue.Amount (the same, not optional)
  const spend = ['', '12.', '1234567890123456789012345678901.05'];
  const revenue = ['0', '12.', '7.5'];
  const { sim, code, stdout, stderr } = await run(t, (op, body, n) => {
    if (op !== 'GetOpportunity') return body;
    const i = n(body.Id);
    return {
      ...body,
      Project: { ...body.Project, ExpectedCustomerSpend: [{ ...body.Project.ExpectedCustomerSpend[0], Amount: spend[i] }] },
      SoftwareRevenue: { ...body.SoftwareRevenue, Value: { Amount: revenue[i], CurrencyCode: 'USD' } },
    };
  });
  t.equal(code, 0, 'exit status', { stderr: stderr.slice(-2000) });
  const text = Object.fromEntries(
    lines(stdout, 'apn_opportunities').map((l) => [sim.stores.AWS.opportunities.findIndex((o) => l.includes(`"id":"${o.id}"`)), l]),
  );
  t.match(text[0], /"project_expected_spend_amount":null[,}]/, '"" is no amount');
  t.match(text[1], /"project_expected_spend_amount":12[,}]/, '"12." is 12');
  t.match(text[2], /"project_expected_spend_amount":1234567890123456789012345678901\.05[,}]/, 'every digit kept');
  t.match(text[0], /"software_revenue_amount":0[,}]/);
  t.match(text[1], /"software_revenue_amount":12[,}]/);
  t.match(text[2], /"software_revenue_amount":7\.5[,}]/);
});

t.test('tap-apn: a Benefits amount that is no decimal (a free string in the model) is null with a warning; the record loads', async (t) => {
  let bad = '';
  const { code, stdout, stderr } = await run(t, (op, body) => {
    if (op !== 'GetBenefitAllocation' || bad || !body.FulfillmentDetail?.CreditDetails) return body;
    bad = body.Id as string;
    const credit = body.FulfillmentDetail.CreditDetails;
    return {
      ...body,
      FulfillmentDetail: {
        ...body.FulfillmentDetail,
        CreditDetails: { ...credit, AllocatedAmount: { Amount: 'USD 5,000', CurrencyCode: 'USD' } },
      },
    };
  });
  t.ok(bad, 'a CREDITS allocation was altered');
  t.equal(code, 0, 'exit status', { stderr: stderr.slice(-2000) });
  const row = records(stdout, 'apn_benefit_allocations').find((r) => r.id === bad)!;
  t.ok(row, 'the record loaded');
  t.equal(row.credit_allocated_amount, null);
  t.equal(row.fulfillment_detail.CreditDetails.AllocatedAmount.Amount, 'USD 5,000', 'the text as sent, in fulfillment_detail');
  t.match(
    stderr,
    new RegExp(`benefit_allocations ${bad} credit_allocated_amount: not an amount: .*USD 5,000.*written null`),
    'a warning naming record and column',
  );
});

t.test('tap-apn: GetAwsOpportunitySummary: free-text dates and a missing RelatedOpportunityId load', async (t) => {
  const { sim, code, stdout, stderr } = await run(t, (op, body, n) => {
    if (op !== 'GetAwsOpportunitySummary') return body;
    const i = n(body.RelatedOpportunityId);
    // AwsSoftwareRevenue.EffectiveDate / ExpirationDate are plain Strings in the model
    if (i === 0)
      return {
        ...body,
        SoftwareRevenue: { Value: { Amount: '100', CurrencyCode: 'USD' }, EffectiveDate: 'TBD', ExpirationDate: '2027-01-31' },
      };
    const { RelatedOpportunityId: _, ...rest } = body;
    return rest;
  });
  t.equal(code, 0, 'exit status', { stderr: stderr.slice(-2000) });
  const ids = sim.stores.AWS.opportunities.map((o) => o.id);
  const got = Object.fromEntries(records(stdout, 'apn_aws_opportunity_summaries').map((r) => [r.related_opportunity_id, r]));
  t.equal(got[ids[0]!]?.software_revenue_effective_date, null, 'not a date: null');
  t.equal(got[ids[0]!]?.software_revenue_expiration_date, '2027-01-31', 'a date: typed');
  t.match(stderr, new RegExp(`aws_opportunity_summaries ${ids[0]} software_revenue_effective_date: not a date.*TBD`));
  t.ok(got[ids[1]!], 'no RelatedOpportunityId in the answer: keyed by the id asked for');
  t.equal(records(stdout, 'apn_opportunities').length, 3);
});

t.test('tap-apn: an opportunity without an AWS summary (a draft) loads; the summary is skipped', async (t) => {
  const sim: ApnSim = new ApnSim({ size: { AWS: { opportunities: 3 } } });
  const draft = sim.stores.AWS.opportunities[1]!.id;
  sim.drafts.add(draft);
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const { code, stdout, stderr } = await runTap({ endpoint_url: url, reads_per_second: 200 });
  t.equal(code, 0, 'exit status', { stderr: stderr.slice(-2000) });
  t.equal(records(stdout, 'apn_opportunities').length, 3, 'all three opportunities');
  const summaries = records(stdout, 'apn_aws_opportunity_summaries').map((r) => r.related_opportunity_id);
  t.equal(summaries.length, 2);
  t.notOk(summaries.includes(draft));
  t.match(stderr, new RegExp(`${draft} has no AWS opportunity summary`));
});

t.test('tap-apn: a listed opportunity without LastModifiedDate fails its stream by name; one without Id is skipped, said', async (t) => {
  const { code, stderr } = await run(t, (op, body) => {
    if (op !== 'ListOpportunities') return body;
    const [first, second, ...rest] = body.OpportunitySummaries as J[];
    const { LastModifiedDate: _, ...undated } = second!;
    const { Id: __, ...anonymous } = first!;
    return { ...body, OpportunitySummaries: [anonymous, undated, ...rest] };
  });
  t.equal(code, 1, 'the run fails');
  t.match(stderr, /ListOpportunities returned a summary without an Id, skipped/);
  t.match(stderr, /opportunities AWS: ListOpportunities returned \S+ without a LastModifiedDate/);
  t.notMatch(stderr, /Cannot read properties|TypeError/, 'no crash');
});

/** AWS's model of one service, from botocore in the project venv (the same file the audit read). */
function botocore(service: string): { operations: J; shapes: J } {
  const lib = join(ROOT, '.venv/lib');
  const py = readdirSync(lib).find((d) => d.startsWith('python'))!;
  const dir = join(lib, py, 'site-packages/botocore/data', service);
  return JSON.parse(gunzipSync(readFileSync(join(dir, readdirSync(dir)[0]!, 'service-2.json.gz'))).toString('utf8')) as {
    operations: J;
    shapes: J;
  };
}

/** Every string in `value` outside its member's enum or pattern (patterns matched whole; `(?s)` as the s flag). */
function offModel(model: { shapes: J }, shape: string, value: unknown, path: string, out: string[]): string[] {
  const s = model.shapes[shape];
  if (value === undefined || value === null || s.document) return out;
  if (s.type === 'structure')
    for (const [k, v] of Object.entries(value as J)) {
      if (!s.members[k]) out.push(`${path}.${k}: no such member`);
      else offModel(model, s.members[k].shape, v, `${path}.${k}`, out);
    }
  else if (s.type === 'list') (value as unknown[]).forEach((v, i) => offModel(model, s.member.shape, v, `${path}[${i}]`, out));
  else if (s.type === 'string') {
    const dotAll = String(s.pattern ?? '').startsWith('(?s)');
    if (s.enum && !s.enum.includes(value)) out.push(`${path}: ${JSON.stringify(value)} is not in ${shape} [${s.enum.join(', ')}]`);
    // SolutionArn's pattern in the model is the solution id's (S-[0-9]{1,19}): no ARN can match it
    else if (
      s.pattern &&
      shape !== 'SolutionArn' &&
      !new RegExp(`^(?:${dotAll ? s.pattern.slice(4) : s.pattern})$`, dotAll ? 's' : '').test(String(value))
    )
      out.push(`${path}: ${JSON.stringify(value)} does not match ${shape} ${s.pattern}`);
  }
  return out;
}

t.test("sim/apn: every answer's values are within AWS's model (enums, id patterns)", async (t) => {
  const selling = botocore('partnercentral-selling');
  const benefits = botocore('partnercentral-benefits');
  const output = (m: { operations: J }, op: string) => m.operations[op].output.shape as string;
  for (const catalog of ['AWS', 'Sandbox'] as const) {
    const s = new ApnSim().stores[catalog];
    const wire = (v: J) => JSON.parse(JSON.stringify(v)) as J;
    const off: string[] = [];
    for (const o of s.opportunities) {
      offModel(selling, 'OpportunitySummary', wire(s.opportunitySummary(o)), 'ListOpportunities', off);
      offModel(selling, output(selling, 'GetOpportunity'), wire(s.opportunity(o)), 'GetOpportunity', off);
      offModel(selling, output(selling, 'GetAwsOpportunitySummary'), wire(s.awsSummary(o)), 'GetAwsOpportunitySummary', off);
    }
    for (let i = 0; i < s.engagements; i++) {
      offModel(selling, 'EngagementSummary', wire(s.engagement(i)), 'ListEngagements', off);
      offModel(selling, 'EngagementInvitationSummary', wire(s.invitation(i)), 'ListEngagementInvitations', off);
    }
    for (let i = 0; i < s.solutions; i++) offModel(selling, 'SolutionBase', wire(s.solution(i)), 'ListSolutions', off);
    for (let i = 0; i < s.benefits; i++) offModel(benefits, 'BenefitSummary', wire(s.benefit(i)), 'ListBenefits', off);
    for (const a of s.applications) {
      offModel(benefits, 'BenefitApplicationSummary', wire(s.applicationSummary(a)), 'ListBenefitApplications', off);
      offModel(benefits, output(benefits, 'GetBenefitApplication'), wire(s.application(a)), 'GetBenefitApplication', off);
    }
    for (const a of s.allocations) {
      offModel(benefits, 'BenefitAllocationSummary', wire(s.allocationSummary(a)), 'ListBenefitAllocations', off);
      offModel(benefits, output(benefits, 'GetBenefitAllocation'), wire(s.allocation(a)), 'GetBenefitAllocation', off);
    }
    t.same(off.slice(0, 20), [], `${catalog}: ${off.length} value(s) outside the model`);
  }
});

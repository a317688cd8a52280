// `meltano run apn-sync` against sim/apn (the real AWS SDK clients, endpoint overridden): both catalogs land in
// raw with every field; a rerun with nothing new writes no data row; the inclusive LastModifiedDate bound
// neither loses a record committed at the bookmark's instant nor sends the boundary records again; a throttled
// run backs off, completes and counts its throttles; a run whose plan exceeds the daily budget is refused
// before its first call.
import t from 'tap';
import { ApnSim } from '../sim/apn/server.js';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

const DATA = [
  'opportunities',
  'aws_opportunity_summaries',
  'engagements',
  'engagement_invitations',
  'solutions',
  'benefits',
  'benefit_applications',
  'benefit_allocations',
];

async function counts(db: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const tb of DATA) {
    const [r] = await query<{ n: number }>(db, `select count(*)::int n from raw.apn_${tb}`);
    out[tb] = r!.n;
  }
  return out;
}

t.test('meltano run apn-sync: both catalogs, inclusive bound without loss or duplicate, rerun writes nothing', async (t) => {
  const sim = new ApnSim();
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_apn');
  const env = meltanoEnv({
    ...pgEnv(db),
    TAP_APN_ENDPOINT_URL: url,
    TAP_APN_CATALOGS: '["AWS","Sandbox"]',
    TAP_APN_READS_PER_SECOND: '200',
    TAP_APN_PAGE_SIZE: '4',
    AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
    AWS_SECRET_ACCESS_KEY: 'simulator-secret',
  });
  const run = await meltano(['run', 'apn-sync'], env);
  t.equal(run.code, 0, 'exit status', { output: run.stderr.slice(-3000) });

  const aws = sim.stores.AWS;
  const sandbox = sim.stores.Sandbox;
  const first = await counts(db);
  t.same(
    first,
    {
      opportunities: aws.opportunities.length + sandbox.opportunities.length,
      aws_opportunity_summaries: aws.opportunities.length + sandbox.opportunities.length,
      engagements: aws.engagements + sandbox.engagements,
      engagement_invitations: aws.engagements + sandbox.engagements,
      solutions: aws.solutions + sandbox.solutions,
      benefits: aws.benefits + sandbox.benefits,
      benefit_applications: aws.applications.length + sandbox.applications.length,
      benefit_allocations: aws.allocations.length + sandbox.allocations.length,
    },
    'every record of both catalogs landed once',
  );
  t.same(
    await query(db, `select catalog, count(*)::int n from raw.apn_opportunities group by 1 order by 1`),
    [
      { catalog: 'AWS', n: aws.opportunities.length },
      { catalog: 'Sandbox', n: sandbox.opportunities.length },
    ],
    'Catalog is kept on every row',
  );
  // ListOpportunities pages of 4 over 30 + 6 records: one list call per page, one Get per opportunity
  t.equal(sim.count('ListOpportunities'), Math.ceil(30 / 4) + Math.ceil(6 / 4), 'every page listed once');
  t.equal(sim.count('GetOpportunity'), 36, 'one GetOpportunity per opportunity');

  // a field-level check against the SDK shape: nested paths, exact money, dates, JSON lists
  const o = aws.opportunity(aws.opportunities[4]!);
  const [row] = await query<Record<string, unknown>>(
    db,
    `select customer_company_name, customer_aws_account_id, customer_street_address, project_expected_spend_amount::text amount,
            life_cycle_target_close_date::text close_date, life_cycle_stage, project_delivery_models, opportunity_team,
            partner_opportunity_identifier, last_modified_date
       from raw.apn_opportunities where id = $1 and catalog = 'AWS'`,
    [o.Id],
  );
  t.same(
    row,
    {
      customer_company_name: o.Customer.Account.CompanyName,
      customer_aws_account_id: o.Customer.Account.AwsAccountId,
      customer_street_address: o.Customer.Account.Address.StreetAddress,
      amount: o.Project.ExpectedCustomerSpend[0].Amount,
      close_date: o.LifeCycle.TargetCloseDate,
      life_cycle_stage: o.LifeCycle.Stage,
      project_delivery_models: o.Project.DeliveryModels,
      opportunity_team: o.OpportunityTeam,
      partner_opportunity_identifier: o.PartnerOpportunityIdentifier,
      last_modified_date: new Date(o.LastModifiedDate),
    },
    'GetOpportunity fields land typed and exact',
  );
  const [alloc] = await query<{ n: number }>(
    db,
    `select count(*)::int n from raw.apn_benefit_allocations where fulfillment_detail is not null and updated_at is not null`,
  );
  t.equal(alloc!.n, first.benefit_allocations, 'allocations carry the GetBenefitAllocation detail');

  // nothing new: no data row, only list pages (and the Gets of ACTIVE allocations, whose amounts move unlisted)
  const before = sim.calls.length;
  const again = await meltano(['run', 'apn-sync'], env);
  t.equal(again.code, 0, 'rerun exit status', { output: again.stderr.slice(-2000) });
  t.same(await counts(db), first, 'rerun with nothing new: 0 data rows written');
  const rerunOps = new Set(sim.calls.slice(before).map((c) => c.operation));
  t.notOk(rerunOps.has('GetOpportunity'), 'rerun: no GetOpportunity (the boundary records were already sent)');
  t.notOk(rerunOps.has('GetBenefitApplication'), 'rerun: no GetBenefitApplication (UpdatedAt unchanged)');

  // the inclusive bound: a record committed late at exactly the bookmark's instant, and an ordinary later edit
  const newest = Math.max(...aws.opportunities.map((x) => x.modified));
  const late = aws.addOpportunity(newest);
  const edited = aws.touchOpportunity(aws.opportunities[0]!.id, newest + 60_000);
  aws.touchApplication(aws.applications[2]!.id, newest + 120_000, 'APPROVED');
  const third = await meltano(['run', 'apn-sync'], env);
  t.equal(third.code, 0, 'third run exit status', { output: third.stderr.slice(-2000) });
  t.same(
    await query(db, `select id, count(*)::int n from raw.apn_opportunities where catalog = 'AWS' and id = any($1) group by 1 order by 1`, [
      [late.id, edited.id],
    ]),
    [
      { id: edited.id, n: 2 },
      { id: late.id, n: 1 },
    ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    'the late record at the bookmark instant arrived, the edit arrived as a second version',
  );
  const now = await counts(db);
  t.equal(now.opportunities, first.opportunities! + 2, 'no boundary record was sent again');
  t.equal(now.benefit_applications, first.benefit_applications! + 1, 'the changed benefit application alone was sent');
  t.equal(now.engagements, first.engagements, 'unchanged engagements not sent');

  const calls = await query<{ operation: string; calls: number }>(
    db,
    `select operation, sum(calls)::int calls from raw.apn_api_calls group by 1 order by 1`,
  );
  const simCalls = Object.fromEntries(calls.map((c) => [c.operation, sim.calls.filter((x) => x.operation === c.operation).length]));
  t.same(Object.fromEntries(calls.map((c) => [c.operation, c.calls])), simCalls, 'raw.apn_api_calls counts what the service received');
  const [runs] = await query<{ n: number }>(
    db,
    `select count(distinct r.load_run_id)::int n from etl.load_runs r join raw.apn_api_calls c on c._sdc_load_run_id = r.load_run_id`,
  );
  t.equal(runs!.n, 3, 'each run recorded its calls under its etl.load_runs row');
});

t.test('meltano run apn-sync: throttling backs off and is counted; a plan over the daily budget is refused', async (t) => {
  const sim = new ApnSim({ size: { AWS: { opportunities: 9 } } });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const db = await scratchDb('meltano_apn_quota');
  const env = meltanoEnv({
    ...pgEnv(db),
    TAP_APN_ENDPOINT_URL: url,
    TAP_APN_READS_PER_SECOND: '100',
    TAP_APN_RETRY_BASE_MS: '50',
    AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
    AWS_SECRET_ACCESS_KEY: 'simulator-secret',
  });
  sim.throttleNext(3);
  const run = await meltano(['run', 'apn-sync'], env);
  t.equal(run.code, 0, 'a throttled run completes', { output: run.stderr.slice(-3000) });
  t.equal(sim.calls.filter((c) => c.status === 400).length, 3, 'three ThrottlingException answers');
  const [thr] = await query<{ n: number }>(db, `select sum(throttled)::int n from raw.apn_api_calls`);
  t.equal(thr!.n, 3, 'the throttles are counted in raw.apn_api_calls');
  t.match(run.stderr, /ThrottlingException; retry 1 of/, 'the backoff is logged');
  const [opps] = await query<{ n: number }>(db, `select count(*)::int n from raw.apn_opportunities`);
  t.equal(opps!.n, 9, 'nothing lost to the throttles');

  const used = sim.calls.length;
  const refused = await meltano(['run', 'apn-sync'], { ...env, TAP_APN_DAILY_CALL_BUDGET: String(used + 5) });
  t.not(refused.code, 0, 'a run over the budget fails');
  t.match(
    refused.stderr,
    /refusing to start: this run plans about \d+ Partner Central calls and \d+ were made in the last 24 h/,
    'clear error',
  );
  t.equal(sim.calls.length, used, 'no call was made');
});

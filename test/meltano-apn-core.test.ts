// core.ace_opportunities and core.opportunity_matches, built by `meltano run apn-sync` from sim/apn, with the two
// Odoo core tables odoo-sync builds (core.aws_accounts, core.odoo_opportunities) present as that job leaves them:
// the customer's AWS account resolves to its names, money stays exact, matching keys are normalised, and each
// ACE opportunity pairs with Odoo by the strongest rule that finds a partner.
import t from 'tap';
import { ApnSim } from '../sim/apn/server.js';
import { query, scratchDb } from './helpers.js';
import { pgEnv } from '../kit/warehouse/database.js';
import { meltano, meltanoEnv } from './meltano.js';

t.test('core.ace_opportunities resolved through core.aws_accounts; core.opportunity_matches by rule', async (t) => {
  const sim = new ApnSim({ size: { AWS: { opportunities: 14 } } });
  const url = await sim.listen();
  t.teardown(() => sim.close());
  const aws = sim.stores.AWS;
  const opp = (i: number) => aws.opportunity(aws.opportunities[i]!);
  const db = await scratchDb('meltano_apn_core');

  // what odoo-sync leaves in core (the columns these models read; odoo's own tests cover how it builds them)
  await query(db, `create schema if not exists core`);
  await query(
    db,
    `create table core.aws_accounts (aws_account_record_id bigint, aws_account_id text, account_name text, partner_name text,
       salesperson_name text, salesperson_email text, payer_account_id text, payer_account_name text, billable boolean,
       environment text, is_deleted boolean, is_active boolean, updated_at timestamptz, per_org_id text)`,
  );
  await query(
    db,
    `insert into core.aws_accounts values
       (7, $1, 'Al Noor Production', 'Al Noor Clinics', 'Omar Haddad', 'omar@partner.example.com', '999999999999', 'Medi Payer', true, 'production', false, true, '2025-06-01', 'shared'),
       (8, $1, 'Al Noor (deleted)', 'Al Noor Clinics', 'x', 'x', null, null, false, 'test', true, false, '2025-07-01', 'shared')`,
    [opp(0).Customer.Account.AwsAccountId],
  );
  await query(
    db,
    `create table core.odoo_opportunities (opportunity_id bigint, name text, ace_opportunity_id text, partner_opportunity_identifier text,
       aws_account_id text, normalized_domain text, is_deleted boolean, load_run_id uuid, per_org_id text)`,
  );
  await query(
    db,
    `insert into core.odoo_opportunities values
       (101, 'by ACE id', $1, 'ODOO-1001', null, null, false, null, '1'),
       (102, 'by CRM id', null, $2, null, null, false, null, '1'),
       (103, 'by account A', null, null, $3, null, false, null, '1'),
       (104, 'by account B', null, null, $3, null, false, null, '1'),
       (105, 'by domain', null, null, null, 'kiwilearning.org.nz', false, null, '1'),
       (106, 'deleted', $5, null, null, null, true, null, '1'),
       (107, 'weaker rule for 1', null, null, null, $4, false, null, '1')`,
    [
      opp(1).Id,
      opp(2).PartnerOpportunityIdentifier,
      opp(3).Customer.Account.AwsAccountId,
      new URL(opp(1).Customer.Account.WebsiteUrl).hostname.replace(/^www\./, ''),
      opp(5).Id,
    ],
  );

  const env = meltanoEnv({
    ...pgEnv(db),
    TAP_APN_ENDPOINT_URL: url,
    TAP_APN_READS_PER_SECOND: '200',
    AWS_ACCESS_KEY_ID: 'AKIDSIMULATOR',
    AWS_SECRET_ACCESS_KEY: 'simulator-secret',
  });
  const run = await meltano(['run', 'apn-sync'], env);
  t.equal(run.code, 0, 'exit status', { output: run.stderr.slice(-3000) });

  const [n] = await query<{ n: number }>(db, `select count(*)::int n from core.ace_opportunities`);
  t.equal(n!.n, 14, 'one row per opportunity');
  const o0 = opp(0);
  t.same(
    await query(
      db,
      `select aws_account_id, aws_account_name, aws_account_salesperson_name, payer_account_name, expected_spend_amount::text amount,
              expected_annual_spend::text annual, delivery_model, industry, use_case, status, review_status, normalized_domain,
              normalized_company_name, partner_sales_rep_email, aws_sales_rep_email, source_record, per_org_id,
              load_run_id is not null has_run, extracted_at is not null has_extracted, combined_text like $2 has_text
         from core.ace_opportunities where ace_opportunity_id = $1`,
      [o0.Id, `${o0.Project.Title} | ${o0.Customer.Account.CompanyName}%`],
    ),
    [
      {
        aws_account_id: o0.Customer.Account.AwsAccountId,
        aws_account_name: 'Al Noor Production',
        aws_account_salesperson_name: 'Omar Haddad',
        payer_account_name: 'Medi Payer',
        amount: o0.Project.ExpectedCustomerSpend[0].Amount,
        annual: (BigInt(o0.Project.ExpectedCustomerSpend[0].Amount.replace('.', '')) * 12n).toString().replace(/(\d\d)$/, '.$1'),
        delivery_model: o0.Project.DeliveryModels.join(', '),
        industry: o0.Customer.Account.Industry,
        use_case: o0.Project.CustomerUseCase,
        status: o0.LifeCycle.Stage,
        review_status: o0.LifeCycle.ReviewStatus,
        normalized_domain: 'alnoorclinics.ae',
        normalized_company_name: 'al noor clinics',
        partner_sales_rep_email: o0.OpportunityTeam[0].Email,
        aws_sales_rep_email: aws.awsSummary(aws.opportunities[0]!).OpportunityTeam[0].Email,
        source_record: `AWS:${o0.Id}`,
        per_org_id: 'shared',
        has_run: true,
        has_extracted: true,
        has_text: true,
      },
    ],
    'customer, account (the live one of two), budget exact, reps, status, normalised keys, lineage',
  );

  const matches = await query<{ ace: string; odoo: number; rule: string; candidates: number }>(
    db,
    `select ace_opportunity_id ace, odoo_opportunity_id::int odoo, match_rule rule, candidates::int candidates
       from core.opportunity_matches where odoo_opportunity_id <> 107 or ace_opportunity_id = $1 order by 2, 1`,
    [opp(1).Id],
  );
  const byOdoo = (id: number) => matches.filter((m) => m.odoo === id);
  t.same(byOdoo(101), [{ ace: opp(1).Id, odoo: 101, rule: 'ace_opportunity_id', candidates: 1 }], 'Odoo holding the ACE id');
  t.same(byOdoo(102), [{ ace: opp(2).Id, odoo: 102, rule: 'partner_opportunity_identifier', candidates: 1 }], 'ACE holding the CRM id');
  t.same(
    byOdoo(103).concat(byOdoo(104)),
    [
      { ace: opp(3).Id, odoo: 103, rule: 'aws_account_id', candidates: 2 },
      { ace: opp(3).Id, odoo: 104, rule: 'aws_account_id', candidates: 2 },
    ],
    'two Odoo opportunities on one AWS account: both, marked ambiguous',
  );
  t.same(
    byOdoo(105).map((m) => m.rule),
    aws.opportunities
      .filter((x) => aws.opportunity(x).Customer.Account.WebsiteUrl.endsWith('kiwilearning.org.nz'))
      .map(() => 'normalized_domain'),
    'by normalised domain, for every ACE opportunity of that customer',
  );
  t.same(byOdoo(106), [], 'a deleted Odoo opportunity pairs with nothing');
  t.same(byOdoo(107), [], 'an ACE opportunity paired by its id is not paired again by domain');
  t.same(
    await query(db, `select ace_opportunity_id ace, match_rule rule from core.opportunity_matches where odoo_opportunity_id = 107`),
    [{ ace: opp(8).Id, rule: 'normalized_domain' }],
    "while the same customer's other ACE opportunity, with no stronger pair, does pair by domain",
  );
});

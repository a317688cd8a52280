-- ACE (Partner Central) co-sell opportunities, one row per (catalog, id) at its newest version: customer, the
-- customer's AWS account resolved through core.aws_accounts (account, partner, salesperson, payer names; empty
-- columns until odoo-sync has built that table), project budget, delivery model, use case, industry, the partner's
-- and AWS's sales reps, status and review status, dates, normalised matching keys and combined_text; lineage on
-- every row. An opportunity tap-apn found gone from Partner Central (a tombstone: staging's _deleted_at) is left
-- out, and so out of core.opportunity_matches. ACE data belongs to the partner as a whole: per_org_id 'shared', as
-- core.aws_accounts does for records without a company.
{{ config(materialized='table', indexes=[{'columns': ['catalog', 'ace_opportunity_id'], 'unique': true}, {'columns': ['aws_account_id']}, {'columns': ['normalized_domain']}, {'columns': ['partner_opportunity_identifier']}]) }}

with opps as (select * from {{ ref('stg_apn__opportunities') }}),
aws_side as (select * from {{ ref('stg_apn__aws_opportunity_summaries') }}),
accounts as (
  select distinct on (aws_account_id) *
  from {{ apn_ref_or_empty('aws_accounts', {'aws_account_id': 'text', 'aws_account_record_id': 'bigint', 'account_name': 'text', 'partner_name': 'text', 'salesperson_name': 'text', 'salesperson_email': 'text', 'payer_account_id': 'text', 'payer_account_name': 'text', 'billable': 'boolean', 'environment': 'text', 'is_deleted': 'boolean', 'is_active': 'boolean', 'updated_at': 'timestamptz'}) }} a
  where aws_account_id is not null
  order by aws_account_id, is_deleted nulls last, is_active desc nulls last, updated_at desc nulls last
)

select
  o.catalog,
  o.id as ace_opportunity_id,
  o.arn,
  o.partner_opportunity_identifier,
  o.opportunity_type,
  o.customer_company_name,
  o.customer_aws_account_id as aws_account_id,
  acc.aws_account_record_id,
  acc.account_name as aws_account_name,
  acc.partner_name as aws_account_partner_name,
  acc.salesperson_name as aws_account_salesperson_name,
  acc.salesperson_email as aws_account_salesperson_email,
  acc.payer_account_id,
  acc.payer_account_name,
  acc.billable as aws_account_billable,
  acc.environment as aws_account_environment,
  o.customer_website_url,
  o.customer_duns,
  o.customer_country_code,
  o.customer_city,
  coalesce(nullif(o.customer_other_industry, ''), o.customer_industry) as industry,
  o.customer_industry,
  o.project_title,
  o.project_customer_use_case as use_case,
  (select string_agg(d, ', ' order by n) from jsonb_array_elements_text(coalesce(o.project_delivery_models, '[]'::jsonb)) with ordinality as m(d, n)) as delivery_model,
  o.project_expected_spend_amount as expected_spend_amount,
  o.project_expected_spend_currency_code as expected_spend_currency,
  o.project_expected_spend_frequency as expected_spend_frequency,
  case when o.project_expected_spend_frequency = 'Monthly' then o.project_expected_spend_amount * 12 end as expected_annual_spend,
  o.project_expected_contract_duration_value as expected_contract_duration,
  o.project_expected_contract_duration_term as expected_contract_duration_term,
  o.software_revenue_amount,
  o.software_revenue_currency_code,
  o.project_customer_business_problem as customer_business_problem,
  o.project_competitor_name as competitor_name,
  o.opportunity_team -> 0 ->> 'Email' as partner_sales_rep_email,
  nullif(concat_ws(' ', o.opportunity_team -> 0 ->> 'FirstName', o.opportunity_team -> 0 ->> 'LastName'), '') as partner_sales_rep_name,
  s.aws_sales_rep_email,
  nullif(concat_ws(' ', s.aws_sales_rep_first_name, s.aws_sales_rep_last_name), '') as aws_sales_rep_name,
  o.life_cycle_stage as status,
  o.life_cycle_review_status as review_status,
  o.life_cycle_review_status_reason as review_status_reason,
  o.life_cycle_closed_lost_reason as closed_lost_reason,
  o.life_cycle_next_steps as next_steps,
  s.aws_stage,
  s.involvement_type as aws_involvement_type,
  s.cosell_motion,
  o.life_cycle_target_close_date as target_close_date,
  o.created_date as created_at,
  o.last_modified_date as updated_at,
  {{ apn_domain('o.customer_website_url') }} as normalized_domain,
  {{ apn_company_name('o.customer_company_name') }} as normalized_company_name,
  concat_ws(' | ', o.project_title, o.customer_company_name, coalesce(nullif(o.customer_other_industry, ''), o.customer_industry),
    o.project_customer_use_case, o.life_cycle_stage, o.customer_website_url, o.project_customer_business_problem,
    o.life_cycle_next_steps) as combined_text,
  'apn_opportunities' as source_stream,
  o.catalog || ':' || o.id as source_record,
  o.load_run_id,
  o.extracted_at,
  o._synced_at,
  'shared'::text as per_org_id
from opps o
left join aws_side s on s.related_opportunity_id = o.id and s.catalog = o.catalog and s._deleted_at is null
left join accounts acc on acc.aws_account_id = o.customer_aws_account_id
where o._deleted_at is null

-- Odoo CRM opportunities paired with ACE opportunities, one row per pair, with the rule that matched, strongest
-- first: ace_opportunity_id (Odoo holds the ACE id), partner_opportunity_identifier (ACE holds the CRM's id),
-- aws_account_id, normalized_domain. An ACE opportunity paired by a stronger rule is not paired again by a weaker
-- one; `candidates` says how many Odoo opportunities the winning rule found for it (1 = unambiguous).
{{ config(materialized='table', indexes=[{'columns': ['catalog', 'ace_opportunity_id']}, {'columns': ['odoo_opportunity_id']}]) }}

with ace as (select * from {{ ref('ace_opportunities') }}),
odoo as (
  select * from {{ apn_ref_or_empty('odoo_opportunities', {'opportunity_id': 'bigint', 'name': 'text', 'ace_opportunity_id': 'text', 'partner_opportunity_identifier': 'text', 'aws_account_id': 'text', 'normalized_domain': 'text', 'is_deleted': 'boolean', 'load_run_id': 'uuid', 'per_org_id': 'text'}) }} o
  where not coalesce(o.is_deleted, false)
),
pairs as (
  select a.catalog, a.ace_opportunity_id, o.opportunity_id as odoo_opportunity_id, 'ace_opportunity_id' as match_rule, 1 as rule_rank
  from ace a join odoo o on o.ace_opportunity_id = a.ace_opportunity_id
  union all
  select a.catalog, a.ace_opportunity_id, o.opportunity_id, 'partner_opportunity_identifier', 2
  from ace a join odoo o on o.partner_opportunity_identifier = a.partner_opportunity_identifier
  union all
  select a.catalog, a.ace_opportunity_id, o.opportunity_id, 'aws_account_id', 3
  from ace a join odoo o on o.aws_account_id = a.aws_account_id
  union all
  select a.catalog, a.ace_opportunity_id, o.opportunity_id, 'normalized_domain', 4
  from ace a join odoo o on o.normalized_domain = a.normalized_domain
),
best_pair as (
  select distinct on (catalog, ace_opportunity_id, odoo_opportunity_id) *
  from pairs
  order by catalog, ace_opportunity_id, odoo_opportunity_id, rule_rank
),
best_rule as (
  select catalog, ace_opportunity_id, min(rule_rank) as rule_rank from best_pair group by 1, 2
)

select
  p.catalog,
  p.ace_opportunity_id,
  p.odoo_opportunity_id,
  p.match_rule,
  p.rule_rank,
  count(*) over (partition by p.catalog, p.ace_opportunity_id) as candidates,
  a.project_title as ace_title,
  a.customer_company_name as ace_customer,
  o.name as odoo_name,
  a.source_record as ace_source_record,
  'crm.lead,' || o.opportunity_id as odoo_source_record,
  a.load_run_id as ace_load_run_id,
  o.load_run_id as odoo_load_run_id,
  a.extracted_at as ace_extracted_at,
  coalesce(o.per_org_id, 'shared') as per_org_id
from best_pair p
join best_rule r on r.catalog = p.catalog and r.ace_opportunity_id = p.ace_opportunity_id and r.rule_rank = p.rule_rank
join ace a on a.catalog = p.catalog and a.ace_opportunity_id = p.ace_opportunity_id
join odoo o on o.opportunity_id = p.odoo_opportunity_id

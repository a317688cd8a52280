-- Odoo CRM leads and opportunities, every foreign key resolved to a name (and e-mail where people are involved):
-- partner, salesperson, sales team and stage (English and Arabic), AWS account and payer account. Matching keys
-- for APN: partner_opportunity_identifier, aws_account_id, normalized_domain. Unlinked records stay, marked.
{{ config(materialized='table', indexes=[{'columns': ['opportunity_id'], 'unique': true}, {'columns': ['aws_account_id']}, {'columns': ['normalized_domain']}, {'columns': ['partner_opportunity_identifier']}]) }}

with leads as (select * from {{ ref('stg_odoo__crm_lead') }}),
partners as (select * from {{ ref('stg_odoo__res_partner') }}),
users as (select * from {{ ref('stg_odoo__res_users') }}),
teams as (select * from {{ ref('stg_odoo__crm_team') }}),
stages as (select * from {{ ref('stg_odoo__crm_stage') }}),
accounts as (select * from {{ ref('stg_odoo__c_aws_accounts') }}),
companies as (select * from {{ ref('stg_odoo__res_company') }})

select
  l.id as opportunity_id,
  l.name,
  l.type,
  l.active as is_active,
  l._deleted_at is not null as is_deleted,
  l._deleted_at as deleted_at,
  l.partner_id,
  coalesce(p.name, l.partner_id_name) as partner_name,
  p.email as partner_email,
  p.x_name_ar as partner_name_ar,
  l.partner_name as lead_company_name,
  l.contact_name,
  l.email_from,
  l.user_id as salesperson_id,
  coalesce(up.name, l.user_id_name) as salesperson_name,
  coalesce(up.email, u.login) as salesperson_email,
  l.team_id,
  coalesce(tm.name, l.team_id_name) as team_name_en,
  tm.name__ar as team_name_ar,
  l.stage_id,
  coalesce(s.name, l.stage_id_name) as stage_name_en,
  s.name__ar as stage_name_ar,
  s.is_won as stage_is_won,
  l.x_aws_account_id as aws_account_record_id,
  a.account_id as aws_account_id,
  coalesce(a.name, l.x_aws_account_id_name) as aws_account_name,
  a.root_email as aws_account_email,
  l.x_aws_payer_id as payer_record_id,
  pa.account_id as payer_account_id,
  coalesce(pa.name, l.x_aws_payer_id_name) as payer_account_name,
  pa.root_email as payer_account_email,
  l.x_partner_opportunity_identifier as partner_opportunity_identifier,
  l.x_ace_opportunity_id as ace_opportunity_id,
  l.x_delivery_model as delivery_model,
  l.x_use_case as use_case,
  l.x_industry as industry,
  l.probability,
  l.expected_revenue,
  l.prorated_revenue,
  co.currency_id_name as currency,
  l.date_deadline,
  l.date_closed,
  l.date_open,
  l.date_last_stage_update,
  l.create_date as created_at,
  l.write_date as updated_at,
  l.company_id,
  l.company_id_name as company_name,
  l.website,
  {{ odoo_domain('coalesce(l.website, p.website)', 'coalesce(l.email_from, p.email)') }} as normalized_domain,
  {{ odoo_company_name('coalesce(p.name, l.partner_name, l.partner_id_name)') }} as normalized_company_name,
  concat_ws(' | ', l.name, coalesce(p.name, l.partner_name), coalesce(s.name, l.stage_id_name), coalesce(tm.name, l.team_id_name),
    l.x_use_case, l.x_industry, l.website,
    nullif(trim(regexp_replace(coalesce(l.description, ''), '<[^>]*>', ' ', 'g')), '')) as combined_text,
  'crm.lead' as source_model,
  'crm.lead,' || l.id as source_record,
  l.load_run_id,
  l.extracted_at,
  l._synced_at,
  coalesce(l.company_id::text, 'shared') as per_org_id
from leads l
left join partners p on p.id = l.partner_id
left join users u on u.id = l.user_id
left join partners up on up.id = u.partner_id
left join teams tm on tm.id = l.team_id
left join stages s on s.id = l.stage_id
left join accounts a on a.id = l.x_aws_account_id
left join accounts pa on pa.id = l.x_aws_payer_id
left join companies co on co.id = l.company_id

-- The partner's AWS accounts (custom model c.aws.accounts) with company, customer, salesperson and payer account
-- resolved to names and e-mails; billable flag and environment. Unlinked accounts stay, marked.
{{ config(materialized='table', indexes=[{'columns': ['aws_account_record_id'], 'unique': true}, {'columns': ['aws_account_id']}]) }}

with accounts as (select * from {{ ref('stg_odoo__c_aws_accounts') }}),
partners as (select * from {{ ref('stg_odoo__res_partner') }}),
users as (select * from {{ ref('stg_odoo__res_users') }})

select
  a.id as aws_account_record_id,
  a.account_id as aws_account_id,
  a.name as account_name,
  a.company_id,
  a.company_id_name as company_name,
  a.partner_id,
  coalesce(p.name, a.partner_id_name) as partner_name,
  p.email as partner_email,
  {{ odoo_domain('p.website', 'p.email') }} as normalized_domain,
  {{ odoo_company_name('coalesce(p.name, a.partner_id_name)') }} as normalized_company_name,
  a.user_id as salesperson_id,
  coalesce(up.name, a.user_id_name) as salesperson_name,
  coalesce(up.email, u.login) as salesperson_email,
  a.payer_id as payer_record_id,
  pa.account_id as payer_account_id,
  coalesce(pa.name, a.payer_id_name) as payer_account_name,
  pa.root_email as payer_account_email,
  a.is_payer,
  a.billable,
  a.environment,
  a.state,
  a.support_plan,
  a.root_email,
  a.region,
  a.monthly_spend,
  a.currency_id_name as currency,
  a.active as is_active,
  a._deleted_at is not null as is_deleted,
  a._deleted_at as deleted_at,
  a.create_date as created_at,
  a.write_date as updated_at,
  'c.aws.accounts' as source_model,
  'c.aws.accounts,' || a.id as source_record,
  a.load_run_id,
  a.extracted_at,
  a._synced_at,
  coalesce(a.company_id::text, 'shared') as per_org_id
from accounts a
left join partners p on p.id = a.partner_id
left join users u on u.id = a.user_id
left join partners up on up.id = u.partner_id
left join accounts pa on pa.id = a.payer_id

-- Ledgers with their group and primary group; deleted ledgers stay, marked (is_deleted, deleted_at).
{{ config(materialized='incremental', unique_key=['company', 'ledger_guid'], incremental_strategy='delete+insert',
          indexes=[{'columns': ['ledger_key'], 'unique': true}]) }}

with ledgers as (
  select * from {{ ref('stg_tally__ledgers') }}
),

groups as (
  select company, name, primary_group, _synced_at from {{ ref('stg_tally__groups') }}
),

tombstones as {{ tally_tombstones('tally_ledgers') }},

final as (
  select
    md5(concat_ws('|', l.company, l.guid)) as ledger_key,
    l.company,
    {{ tally_per_org_id('l.company') }} as per_org_id,
    l.guid as ledger_guid,
    l.master_id,
    l.alter_id,
    l.name as ledger_name,
    l.parent as group_name,
    g.primary_group,
    l.opening_balance,
    l.closing_balance,
    l.is_revenue,
    l.is_deemed_positive,
    l.mailing_name,
    l.address,
    l.state,
    l.country,
    l.pincode,
    l.email,
    l.gstin,
    l.bill_credit_period_days,
    t.master_id is not null as is_deleted,
    t.detected_at as deleted_at,
    l._synced_at,
    'tally/' || l.company || '/ledger/' || l.guid as _source_id,
    greatest(l._synced_at, g._synced_at, t._synced_at) as _changed_at
  from ledgers l
  left join groups g on g.company = l.company and g.name = l.parent
  left join tombstones t on t.company = l.company and t.master_id = l.master_id and t.books_counter >= l.alter_id
)

select * from final
{{ medi_changed_since_last_build() }}

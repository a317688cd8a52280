-- Cost centres (departments; payroll employees have for_payroll) with their category.
{{ config(materialized='incremental', unique_key=['company', 'cost_centre_guid'], incremental_strategy='delete+insert',
          indexes=[{'columns': ['cost_centre_key'], 'unique': true}]) }}

with centres as (
  select * from {{ ref('stg_tally__cost_centres') }}
),

tombstones as {{ tally_tombstones('tally_cost_centres') }},

final as (
  select
    md5(concat_ws('|', c.company, c.guid)) as cost_centre_key,
    c.company,
    {{ tally_per_org_id('c.company') }} as per_org_id,
    c.guid as cost_centre_guid,
    c.master_id,
    c.alter_id,
    c.name as cost_centre_name,
    c.parent as parent_name,
    c.category,
    c.for_payroll as is_payroll,
    t.master_id is not null as is_deleted,
    t.detected_at as deleted_at,
    c._synced_at,
    'tally/' || c.company || '/cost_centre/' || c.guid as _source_id,
    greatest(c._synced_at, t._synced_at) as _changed_at
  from centres c
  left join tombstones t on t.company = c.company and t.master_id = c.master_id and t.books_counter >= c.alter_id
)

select * from final
{{ medi_changed_since_last_build() }}

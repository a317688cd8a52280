-- Stock items with group, category, unit and the latest closing stock taken.
{{ config(materialized='incremental', unique_key=['company', 'stock_item_guid'], incremental_strategy='delete+insert',
          indexes=[{'columns': ['inventory_item_key'], 'unique': true}]) }}

with items as (
  select * from {{ ref('stg_tally__stock_items') }}
),

units as (
  select company, name, formal_name, _synced_at from {{ ref('stg_tally__units') }}
),

closing as (
  select distinct on (company, stock_item_guid) *
  from {{ ref('stg_tally__closing_stock') }}
  order by company, stock_item_guid, as_of desc, books_version desc
),

tombstones as {{ tally_tombstones('tally_stock_items') }},

final as (
  select
    md5(concat_ws('|', i.company, i.guid)) as inventory_item_key,
    i.company,
    {{ tally_per_org_id('i.company') }} as per_org_id,
    i.guid as stock_item_guid,
    i.master_id,
    i.alter_id,
    i.name as item_name,
    i.parent as stock_group,
    i.category as stock_category,
    i.base_units as unit,
    u.formal_name as unit_name,
    i.part_no,
    i.costing_method,
    i.opening_qty,
    i.opening_value,
    c.closing_qty,
    c.closing_rate,
    c.closing_value,
    c.as_of as closing_as_of,
    t.master_id is not null as is_deleted,
    t.detected_at as deleted_at,
    i._synced_at,
    'tally/' || i.company || '/stock_item/' || i.guid as _source_id,
    greatest(i._synced_at, u._synced_at, c._synced_at, t._synced_at) as _changed_at
  from items i
  left join units u on u.company = i.company and u.name = i.base_units
  left join closing c on c.company = i.company and c.stock_item_guid = i.guid
  left join tombstones t on t.company = i.company and t.master_id = i.master_id and t.books_counter >= i.alter_id
)

select * from final
{{ medi_changed_since_last_build() }}

-- One row per voucher stock line: quantity signed by direction (inward +, outward −), with item, godown and
-- voucher context. A changed voucher replaces all its lines,
-- none included (tally_drop_superseded_lines).
{{ config(materialized='incremental', unique_key=['company', 'voucher_guid'], incremental_strategy='delete+insert',
          pre_hook="{{ tally_drop_superseded_lines() }}",
          indexes=[{'columns': ['stock_movement_key'], 'unique': true}, {'columns': ['voucher_date']}]) }}

with lines as (
  select * from {{ ref('stg_tally__voucher_inventory_entries') }}
),

items as (
  select company, name, guid from {{ ref('stg_tally__stock_items') }}
),

changed as {{ tally_vouchers_marked() }},

final as (
  select
    md5(concat_ws('|', v.company, v.guid, l.line_no)) as stock_movement_key,
    v.company,
    {{ tally_per_org_id('v.company') }} as per_org_id,
    v.guid as voucher_guid,
    l.line_no,
    v.alter_id as voucher_alter_id,
    v.date as voucher_date,
    v.voucher_type,
    v.voucher_number,
    v.party_ledger,
    -- no stock item master of that name: no key (md5 of the company alone would be one bogus item)
    case when it.guid is not null then md5(concat_ws('|', v.company, it.guid)) end as inventory_item_key,
    l.stock_item as item_name,
    l.godown,
    l.batch,
    l.is_inward,
    l.quantity,
    l.unit,
    l.billed_quantity,
    l.rate,
    l.rate_unit,
    l.amount,
    v.is_deleted,
    v.deleted_at,
    greatest(v._synced_at, l._synced_at) as _synced_at,
    'tally/' || v.company || '/voucher/' || v.guid || '#stock' || l.line_no as _source_id,
    v._changed_at
  from changed v
  join lines l on l.company = v.company and l.voucher_guid = v.guid and l.voucher_alter_id = v.alter_id
  left join items it on it.company = v.company and it.name = l.stock_item
  -- a Purchase/Sales Order moves no stock (a voucher read before the flag existed has null: kept)
  where v.is_order_voucher is not true
)

select * from final
{{ medi_changed_since_last_build() }}

-- One row per voucher accounting line (the voucher's current version only). Amounts keep Tally's sign
-- (negative = debit) and are also split into debit/credit. A changed voucher replaces all its lines,
-- none included (tally_drop_superseded_lines).
{{ config(materialized='incremental', unique_key=['company', 'voucher_guid'], incremental_strategy='delete+insert',
          pre_hook="{{ tally_drop_superseded_lines() }}",
          indexes=[{'columns': ['voucher_line_key'], 'unique': true}, {'columns': ['voucher_date']}]) }}

-- A voucher version's lines as the newest run that read it wrote them: a re-read writes lines 1..n again, and a line
-- numbered past n that an older run wrote stays in staging (the tap before 7 December 2026 wrote an item invoice's
-- sales ledger a second time, after the ALLLEDGERENTRIES lines): not a line of the voucher.
with lines as (
  select * from (
    select l.*,
      first_value(l.load_run_id) over (partition by l.company, l.voucher_guid, l.voucher_alter_id
                                       order by l._synced_at desc) as newest_run
    from {{ ref('stg_tally__voucher_ledger_entries') }} l
  ) read
  where load_run_id is not distinct from newest_run
),

ledgers as (
  select company, name, guid from {{ ref('stg_tally__ledgers') }}
),

centres as (
  select company, name, guid from {{ ref('stg_tally__cost_centres') }}
),

changed as {{ tally_vouchers_marked() }},

final as (
  select
    md5(concat_ws('|', v.company, v.guid, l.line_no)) as voucher_line_key,
    v.company,
    {{ tally_per_org_id('v.company') }} as per_org_id,
    v.guid as voucher_guid,
    l.line_no,
    v.master_id as voucher_master_id,
    v.alter_id as voucher_alter_id,
    v.date as voucher_date,
    v.voucher_type,
    v.voucher_number,
    v.party_ledger,
    v.reference,
    v.narration,
    -- no ledger master of that name: no key (md5 of the company alone would join every such line to one bogus ledger)
    case when led.guid is not null then md5(concat_ws('|', v.company, led.guid)) end as ledger_key,
    l.ledger as ledger_name,
    l.amount,
    case when l.amount < 0 then -l.amount else 0 end as debit_amount,
    case when l.amount > 0 then l.amount else 0 end as credit_amount,
    l.cost_allocations -> 0 ->> 'cost_centre' as cost_centre_name,
    case when cc.guid is not null then md5(concat_ws('|', v.company, cc.guid)) end as cost_centre_key,
    v.is_deleted,
    v.deleted_at,
    greatest(v._synced_at, l._synced_at) as _synced_at,
    'tally/' || v.company || '/voucher/' || v.guid || '#' || l.line_no as _source_id,
    v._changed_at
  from changed v
  join lines l on l.company = v.company and l.voucher_guid = v.guid and l.voucher_alter_id = v.alter_id
  left join ledgers led on led.company = v.company and led.name = l.ledger
  left join centres cc on cc.company = v.company and cc.name = l.cost_allocations -> 0 ->> 'cost_centre'
  -- a Purchase/Sales Order posts nothing (a voucher read before the flag existed has null: kept)
  where v.is_order_voucher is not true
)

select * from final
{{ medi_changed_since_last_build() }}

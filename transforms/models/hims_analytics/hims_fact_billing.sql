-- One row per invoice line: the charge item behind it, base / surcharge / deduction / discount / tax amounts (Money
-- as numeric; gross = base + surcharge - deduction - discount + tax), the patient and encounter. invoice_date is NULL
-- for a partial FHIR dateTime (2024-05); invoice_date_text keeps the value as sent. A changed invoice replaces all its lines.
-- An invoice without lines (R4 allows it: totals only) is one row with its totals and no line fields. A line whose
-- price component gives only a factor with nothing to apply it to has no gross (price_note says why), never 0.
{{ config(materialized='incremental', alias='fact_billing', unique_key=['invoice_id'], incremental_strategy='delete+insert',
          indexes=[{'columns': ['billing_line_key'], 'unique': true}, {'columns': ['invoice_date']}]) }}

with invoices as (
  select * from {{ ref('stg_hims__invoices') }}
),

lines as (
  select i.id as invoice_id, l.value as line, l.ordinality as position
  from invoices i, jsonb_array_elements(coalesce(i.line_items, '[]'::jsonb)) with ordinality as l(value, ordinality)
),

charges as (
  select * from {{ ref('stg_hims__charge_items') }}
),

tombstones as {{ hims_tombstones('hims_invoices') }},

final as (
  select
    md5(concat_ws('|', 'Invoice/' || i.id, coalesce((l.line ->> 'sequence')::int, l.position::int))) as billing_line_key,
    i.id as invoice_id,
    coalesce((l.line ->> 'sequence')::int, l.position::int) as line_no,
    md5('Patient/' || i.patient_id) as patient_key,
    i.status as invoice_status,
    i.invoice_date,
    i.invoice_date_text,
    l.line ->> 'charge_item_id' as charge_item_id,
    coalesce(c.code, l.line ->> 'charge_code') as charge_code,
    coalesce(c.code_display, l.line ->> 'charge_display') as charge_description,
    c.encounter_id,
    c.quantity,
    (l.line ->> 'base')::numeric as base_amount,
    (l.line ->> 'surcharge')::numeric as surcharge_amount,
    -- lines loaded before deductions were read have no deduction key: 0
    case when l.line ? 'deduction' then (l.line ->> 'deduction')::numeric when l.line is not null then 0 end as deduction_amount,
    (l.line ->> 'discount')::numeric as discount_amount,
    (l.line ->> 'tax')::numeric as tax_amount,
    case when l.line ->> 'unpriced' is null then
      (l.line ->> 'base')::numeric + (l.line ->> 'surcharge')::numeric - coalesce((l.line ->> 'deduction')::numeric, 0)
      - (l.line ->> 'discount')::numeric + (l.line ->> 'tax')::numeric end as line_gross_amount,
    l.line ->> 'unpriced' as price_note,
    i.total_gross as invoice_total_gross,
    i.currency,
    (t.id is not null or i.status = 'entered-in-error') as is_deleted,
    t.deleted_at,
    i.last_updated as source_updated_at,
    greatest(i._synced_at, c._synced_at) as _synced_at,
    {{ hims_per_org_id() }} as per_org_id,
    'hims/Invoice/' || i.id || coalesce('#' || coalesce(l.line ->> 'sequence', l.position::text), '') as _source_id,
    greatest(i._synced_at, c._synced_at, t._synced_at) as _changed_at
  from invoices i
  left join lines l on l.invoice_id = i.id
  left join charges c on c.id = l.line ->> 'charge_item_id'
  left join tombstones t on t.id = i.id and {{ hims_deletion_applies("t", "i") }}
)

select * from final
{{ medi_changed_since_last_build() }}

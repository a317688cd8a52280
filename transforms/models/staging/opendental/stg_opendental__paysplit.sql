-- generated from contracts/opendental/paysplit.yaml by `npm run codegen`; do not edit
-- The newest version of each split_num: the highest sec_date_t_edit, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['split_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_paysplit', {"SplitNum":"bigint","SplitAmt":"numeric","PatNum":"bigint","ProcDate":"date","PayNum":"bigint","IsDiscount":"bigint","DiscountType":"bigint","ProvNum":"bigint","PayPlanNum":"bigint","DatePay":"date","ProcNum":"bigint","DateEntry":"date","UnearnedType":"bigint","ClinicNum":"bigint","SecUserNumEntry":"bigint","SecDateTEdit":"timestamptz","FSplitNum":"bigint","AdjNum":"bigint","PayPlanChargeNum":"bigint","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "SplitNum" order by (_sdc_deleted_at is not null and "SecDateTEdit" is null), "SecDateTEdit" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "SecDateTEdit" is null) over (partition by "SplitNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "SecDateTEdit" is null) over (partition by "SplitNum") as _tombstone_deleted_at
  from source
)

select
  "SplitNum"::bigint as "split_num",
  "SplitAmt"::numeric as "split_amt",
  "PatNum"::bigint as "pat_num",
  "ProcDate"::date as "proc_date",
  "PayNum"::bigint as "pay_num",
  "IsDiscount"::bigint as "is_discount",
  "DiscountType"::bigint as "discount_type",
  "ProvNum"::bigint as "prov_num",
  "PayPlanNum"::bigint as "pay_plan_num",
  "DatePay"::date as "date_pay",
  "ProcNum"::bigint as "proc_num",
  "DateEntry"::date as "date_entry",
  "UnearnedType"::bigint as "unearned_type",
  "ClinicNum"::bigint as "clinic_num",
  "SecUserNumEntry"::bigint as "sec_user_num_entry",
  "SecDateTEdit"::timestamptz as "sec_date_t_edit",
  "FSplitNum"::bigint as "f_split_num",
  "AdjNum"::bigint as "adj_num",
  "PayPlanChargeNum"::bigint as "pay_plan_charge_num",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

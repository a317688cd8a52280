-- generated from contracts/opendental/payment.yaml by `npm run codegen`; do not edit
-- The newest version of each pay_num: the highest sec_date_t_edit, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['pay_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_payment', {"PayNum":"bigint","PayType":"bigint","PayDate":"date","PayAmt":"numeric","CheckNum":"text","BankBranch":"text","PayNote":"text","IsSplit":"bigint","PatNum":"bigint","ClinicNum":"bigint","DateEntry":"date","DepositNum":"bigint","Receipt":"text","IsRecurringCC":"bigint","SecUserNumEntry":"bigint","SecDateTEdit":"timestamptz","PaymentSource":"bigint","ProcessStatus":"bigint","RecurringChargeDate":"date","ExternalId":"text","PaymentStatus":"bigint","IsCcCompleted":"bigint","MerchantFee":"numeric","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "PayNum" order by (_sdc_deleted_at is not null and "SecDateTEdit" is null), "SecDateTEdit" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "SecDateTEdit" is null) over (partition by "PayNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "SecDateTEdit" is null) over (partition by "PayNum") as _tombstone_deleted_at
  from source
)

select
  "PayNum"::bigint as "pay_num",
  "PayType"::bigint as "pay_type",
  "PayDate"::date as "pay_date",
  "PayAmt"::numeric as "pay_amt",
  "CheckNum"::text as "check_num",
  "BankBranch"::text as "bank_branch",
  "PayNote"::text as "pay_note",
  "IsSplit"::bigint as "is_split",
  "PatNum"::bigint as "pat_num",
  "ClinicNum"::bigint as "clinic_num",
  "DateEntry"::date as "date_entry",
  "DepositNum"::bigint as "deposit_num",
  "Receipt"::text as "receipt",
  "IsRecurringCC"::bigint as "is_recurring_cc",
  "SecUserNumEntry"::bigint as "sec_user_num_entry",
  "SecDateTEdit"::timestamptz as "sec_date_t_edit",
  "PaymentSource"::bigint as "payment_source",
  "ProcessStatus"::bigint as "process_status",
  "RecurringChargeDate"::date as "recurring_charge_date",
  "ExternalId"::text as "external_id",
  "PaymentStatus"::bigint as "payment_status",
  "IsCcCompleted"::bigint as "is_cc_completed",
  "MerchantFee"::numeric as "merchant_fee",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

-- generated from contracts/opendental/clinic.yaml by `npm run codegen`; do not edit
-- The newest version of each clinic_num: the highest clinic_num, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['clinic_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_clinic', {"ClinicNum":"bigint","Description":"text","Address":"text","Address2":"text","City":"text","State":"text","Zip":"text","BillingAddress":"text","BillingAddress2":"text","BillingCity":"text","BillingState":"text","BillingZip":"text","PayToAddress":"text","Phone":"text","BankNumber":"text","DefaultPlaceService":"bigint","InsBillingProv":"bigint","Fax":"text","EmailAddressNum":"bigint","DefaultProv":"bigint","SmsContractDate":"timestamptz","SmsMonthlyLimit":"numeric","IsMedicalOnly":"bigint","UseBillAddrOnClaims":"bigint","Region":"bigint","ItemOrder":"bigint","IsInsVerifyExcluded":"bigint","Abbr":"text","MedLabAccountNum":"text","IsConfirmEnabled":"bigint","IsConfirmDefault":"bigint","IsNewPatApptExcluded":"bigint","IsHidden":"bigint","ExternalID":"bigint","SchedNote":"text","HasProcOnRx":"bigint","TimeZone":"text","EmailAliasOverride":"text","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "ClinicNum" order by (_sdc_deleted_at is not null and "ClinicNum" is null), "ClinicNum" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "ClinicNum" is null) over (partition by "ClinicNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "ClinicNum" is null) over (partition by "ClinicNum") as _tombstone_deleted_at
  from source
)

select
  "ClinicNum"::bigint as "clinic_num",
  "Description"::text as "description",
  "Address"::text as "address",
  "Address2"::text as "address2",
  "City"::text as "city",
  "State"::text as "state",
  "Zip"::text as "zip",
  "BillingAddress"::text as "billing_address",
  "BillingAddress2"::text as "billing_address2",
  "BillingCity"::text as "billing_city",
  "BillingState"::text as "billing_state",
  "BillingZip"::text as "billing_zip",
  "PayToAddress"::text as "pay_to_address",
  "Phone"::text as "phone",
  "BankNumber"::text as "bank_number",
  "DefaultPlaceService"::bigint as "default_place_service",
  "InsBillingProv"::bigint as "ins_billing_prov",
  "Fax"::text as "fax",
  "EmailAddressNum"::bigint as "email_address_num",
  "DefaultProv"::bigint as "default_prov",
  "SmsContractDate"::timestamptz as "sms_contract_date",
  "SmsMonthlyLimit"::numeric as "sms_monthly_limit",
  "IsMedicalOnly"::bigint as "is_medical_only",
  "UseBillAddrOnClaims"::bigint as "use_bill_addr_on_claims",
  "Region"::bigint as "region",
  "ItemOrder"::bigint as "item_order",
  "IsInsVerifyExcluded"::bigint as "is_ins_verify_excluded",
  "Abbr"::text as "abbr",
  "MedLabAccountNum"::text as "med_lab_account_num",
  "IsConfirmEnabled"::bigint as "is_confirm_enabled",
  "IsConfirmDefault"::bigint as "is_confirm_default",
  "IsNewPatApptExcluded"::bigint as "is_new_pat_appt_excluded",
  "IsHidden"::bigint as "is_hidden",
  "ExternalID"::bigint as "external_id",
  "SchedNote"::text as "sched_note",
  "HasProcOnRx"::bigint as "has_proc_on_rx",
  "TimeZone"::text as "time_zone",
  "EmailAliasOverride"::text as "email_alias_override",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

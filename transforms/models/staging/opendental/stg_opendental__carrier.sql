-- generated from contracts/opendental/carrier.yaml by `npm run codegen`; do not edit
-- The newest version of each carrier_num: the highest sec_date_t_edit, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['carrier_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_carrier', {"CarrierNum":"bigint","CarrierName":"text","Address":"text","Address2":"text","City":"text","State":"text","Zip":"text","Phone":"text","ElectID":"text","NoSendElect":"bigint","IsCDA":"bigint","CDAnetVersion":"text","CanadianNetworkNum":"bigint","IsHidden":"bigint","CanadianEncryptionMethod":"bigint","CanadianSupportedTypes":"bigint","SecUserNumEntry":"bigint","SecDateEntry":"date","SecDateTEdit":"timestamptz","TIN":"text","CarrierGroupName":"bigint","ApptTextBackColor":"bigint","IsCoinsuranceInverted":"bigint","TrustedEtransFlags":"bigint","CobInsPaidBehaviorOverride":"bigint","EraAutomationOverride":"bigint","OrthoInsPayConsolidate":"bigint","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "CarrierNum" order by (_sdc_deleted_at is not null and "SecDateTEdit" is null), "SecDateTEdit" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "SecDateTEdit" is null) over (partition by "CarrierNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "SecDateTEdit" is null) over (partition by "CarrierNum") as _tombstone_deleted_at
  from source
)

select
  "CarrierNum"::bigint as "carrier_num",
  "CarrierName"::text as "carrier_name",
  "Address"::text as "address",
  "Address2"::text as "address2",
  "City"::text as "city",
  "State"::text as "state",
  "Zip"::text as "zip",
  "Phone"::text as "phone",
  "ElectID"::text as "elect_id",
  "NoSendElect"::bigint as "no_send_elect",
  "IsCDA"::bigint as "is_cda",
  "CDAnetVersion"::text as "cd_anet_version",
  "CanadianNetworkNum"::bigint as "canadian_network_num",
  "IsHidden"::bigint as "is_hidden",
  "CanadianEncryptionMethod"::bigint as "canadian_encryption_method",
  "CanadianSupportedTypes"::bigint as "canadian_supported_types",
  "SecUserNumEntry"::bigint as "sec_user_num_entry",
  "SecDateEntry"::date as "sec_date_entry",
  "SecDateTEdit"::timestamptz as "sec_date_t_edit",
  "TIN"::text as "tin",
  "CarrierGroupName"::bigint as "carrier_group_name",
  "ApptTextBackColor"::bigint as "appt_text_back_color",
  "IsCoinsuranceInverted"::bigint as "is_coinsurance_inverted",
  "TrustedEtransFlags"::bigint as "trusted_etrans_flags",
  "CobInsPaidBehaviorOverride"::bigint as "cob_ins_paid_behavior_override",
  "EraAutomationOverride"::bigint as "era_automation_override",
  "OrthoInsPayConsolidate"::bigint as "ortho_ins_pay_consolidate",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

-- generated from contracts/opendental/provider.yaml by `npm run codegen`; do not edit
-- The newest version of each prov_num: the highest date_t_stamp, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['prov_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_provider', {"ProvNum":"bigint","Abbr":"text","ItemOrder":"bigint","LName":"text","FName":"text","MI":"text","Suffix":"text","FeeSched":"bigint","Specialty":"bigint","SSN":"text","StateLicense":"text","DEANum":"text","IsSecondary":"bigint","ProvColor":"bigint","IsHidden":"bigint","UsingTIN":"bigint","BlueCrossID":"text","SigOnFile":"bigint","MedicaidID":"text","OutlineColor":"bigint","SchoolClassNum":"bigint","NationalProvID":"text","CanadianOfficeNum":"text","DateTStamp":"timestamptz","AnesthProvType":"bigint","TaxonomyCodeOverride":"text","IsCDAnet":"bigint","EcwID":"text","StateRxID":"text","IsNotPerson":"bigint","StateWhereLicensed":"text","EmailAddressNum":"bigint","IsInstructor":"bigint","EhrMuStage":"bigint","ProvNumBillingOverride":"bigint","CustomID":"text","ProvStatus":"bigint","IsHiddenReport":"bigint","IsErxEnabled":"bigint","Birthdate":"date","SchedNote":"text","WebSchedDescript":"text","WebSchedImageLocation":"text","HourlyProdGoalAmt":"numeric","DateTerm":"date","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "ProvNum" order by (_sdc_deleted_at is not null and "DateTStamp" is null), "DateTStamp" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "DateTStamp" is null) over (partition by "ProvNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "DateTStamp" is null) over (partition by "ProvNum") as _tombstone_deleted_at
  from source
)

select
  "ProvNum"::bigint as "prov_num",
  "Abbr"::text as "abbr",
  "ItemOrder"::bigint as "item_order",
  "LName"::text as "l_name",
  "FName"::text as "f_name",
  "MI"::text as "mi",
  "Suffix"::text as "suffix",
  "FeeSched"::bigint as "fee_sched",
  "Specialty"::bigint as "specialty",
  "SSN"::text as "ssn",
  "StateLicense"::text as "state_license",
  "DEANum"::text as "dea_num",
  "IsSecondary"::bigint as "is_secondary",
  "ProvColor"::bigint as "prov_color",
  "IsHidden"::bigint as "is_hidden",
  "UsingTIN"::bigint as "using_tin",
  "BlueCrossID"::text as "blue_cross_id",
  "SigOnFile"::bigint as "sig_on_file",
  "MedicaidID"::text as "medicaid_id",
  "OutlineColor"::bigint as "outline_color",
  "SchoolClassNum"::bigint as "school_class_num",
  "NationalProvID"::text as "national_prov_id",
  "CanadianOfficeNum"::text as "canadian_office_num",
  "DateTStamp"::timestamptz as "date_t_stamp",
  "AnesthProvType"::bigint as "anesth_prov_type",
  "TaxonomyCodeOverride"::text as "taxonomy_code_override",
  "IsCDAnet"::bigint as "is_cd_anet",
  "EcwID"::text as "ecw_id",
  "StateRxID"::text as "state_rx_id",
  "IsNotPerson"::bigint as "is_not_person",
  "StateWhereLicensed"::text as "state_where_licensed",
  "EmailAddressNum"::bigint as "email_address_num",
  "IsInstructor"::bigint as "is_instructor",
  "EhrMuStage"::bigint as "ehr_mu_stage",
  "ProvNumBillingOverride"::bigint as "prov_num_billing_override",
  "CustomID"::text as "custom_id",
  "ProvStatus"::bigint as "prov_status",
  "IsHiddenReport"::bigint as "is_hidden_report",
  "IsErxEnabled"::bigint as "is_erx_enabled",
  "Birthdate"::date as "birthdate",
  "SchedNote"::text as "sched_note",
  "WebSchedDescript"::text as "web_sched_descript",
  "WebSchedImageLocation"::text as "web_sched_image_location",
  "HourlyProdGoalAmt"::numeric as "hourly_prod_goal_amt",
  "DateTerm"::date as "date_term",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

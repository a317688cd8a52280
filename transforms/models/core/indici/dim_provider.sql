-- generated from contracts/indici/provider.yaml by `npm run codegen`; do not edit
-- SCD2: one row per run of unchanged tracked attributes (full_name, nzmc_no, is_active, is_deleted, practice_location, user_role),
-- valid from the run's first version. Tracked attributes are type 2 (a change opens a row); every other column
-- and the lineage are type 1 within their row: the run's newest version's. So the current row is the version
-- staging keeps, in every column, and an older batch loaded late only adds or extends history before it.
-- Incremental: a build replaces the rows of only the keys that rows typed since its last build name, each
-- key's history computed again from all of its typed versions, so the table is what a full build gives.
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['provider_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['provider_sk'], 'unique': true}, {'columns': ['provider_id', 'practice_id', 'per_org_id']}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('dim_provider', ref('stg_indici__provider__checked')) }}"]) }}

with versions as (
  select *,
    (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
    md5(row("full_name", "nzmc_no", "is_active", "is_deleted", "practice_location", "user_role")::text) as attr_hash,
    row_number() over (partition by "provider_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
  from {{ ref('stg_indici__provider__checked') }}
  where field_errors = '{}'::jsonb{% if is_incremental() %}
    and ("provider_id", "practice_id", "per_org_id") in (
      select "provider_id", "practice_id", "per_org_id" from {{ ref('stg_indici__provider__checked') }} where field_errors = '{}'::jsonb and {{ medi_typed_since(own_typed_at=false) }}
    ){% endif %}
),

-- one version per key and DateExtracted, the one staging ranks first: a first delivery's full load and delta
-- share a DateExtracted, and two versions valid from the same instant are no history
per_batch as (
  select * from (
    select *, row_number() over (partition by "provider_id", "practice_id", "per_org_id", extracted_at order by version_rank) as batch_rank
    from versions
  ) v
  where batch_rank = 1
),

ordered as (
  select *, lag(attr_hash) over (partition by "provider_id", "practice_id", "per_org_id" order by version_rank desc) as prev_hash
  from per_batch
),

-- runs numbered oldest first: a version whose tracked attributes differ from the one before starts a run
runs as (
  select *, count(*) filter (where prev_hash is distinct from attr_hash) over (partition by "provider_id", "practice_id", "per_org_id" order by version_rank desc rows unbounded preceding) as run
  from ordered
),

-- each run's first version (its start and surrogate key) beside its newest (every value)
bounded as (
  select *,
    first_value(extracted_at) over (partition by "provider_id", "practice_id", "per_org_id", run order by version_rank desc) as run_from,
    first_value(source_row_number) over (partition by "provider_id", "practice_id", "per_org_id", run order by version_rank desc) as run_first_row_number,
    row_number() over (partition by "provider_id", "practice_id", "per_org_id", run order by version_rank) as newest_in_run
  from runs
)

select
  -- the run's start as text in UTC (medi_instant_text), not in the session's zone: the same keys under any PGTZ
  md5(concat_ws('|', "provider_id", "practice_id", "per_org_id", {{ medi_instant_text('run_from') }}, run_first_row_number::text)) as provider_sk,
  "provider_id",
  "practice_id",
  etl.nhi_hash("nhi_number") as "nhi_number_hash",
  coalesce(etl.nhi_format("nhi_number"), case when "nhi_number" is not null then 'invalid' end) as "nhi_number_format",
  "is_nhi_validate",
  "title",
  "first_name",
  "middle_name",
  "family_name",
  "full_name",
  "preferred_name",
  "other_maiden_name",
  "marital_status",
  "gender",
  "dob",
  "age",
  "age_type",
  "age_group",
  "is_alive",
  "death_date",
  "dob_source",
  "picture_path",
  "consentedto_share",
  "placeof_birth",
  "country_of_birth",
  "cell_number",
  "day_phone",
  "night_phone",
  "email",
  "secondary_email",
  "preferred_contact_method",
  "consent_text_messaging",
  "is_portal_user",
  "is_active",
  "is_deleted",
  "inserted_by",
  "updated_by",
  "inserted_at",
  "updated_at",
  "is_same_address",
  "notes",
  "is_gender_self_identified",
  "sex_related_gender",
  "is_worked_visa_required",
  "balance",
  "register_status",
  "medtech_nok",
  "practice_name",
  "calculated_balance",
  "permanent_address",
  "deprivation_quintile",
  "uncertainty_code",
  "postal_address",
  "temporary_address",
  "city",
  "suburb",
  "portal_registration_status",
  "ethnicity",
  "affiliation_id",
  "affiliation",
  "affiliation_code",
  "nzmc_no",
  "npi_no",
  "hbl_mat_payee_no",
  "hbl_mat_agree_no",
  "hpac_mat_agree_no",
  "hpac_mat_agree_ver",
  "hbl_payee_no",
  "hbl_gp_agree_no",
  "hbl_gp_agree_ver",
  "accreditation_no",
  "pho_contract_no",
  "pho_contract_ver",
  "group_id",
  "group_name",
  "acc_provider_code",
  "health_facility_no",
  "hpi_no",
  "unload_ref",
  "acc_provider_no",
  "acc_vendor_id",
  "pin_pan_no",
  "member_no",
  "rha_payee_no",
  "budget_no",
  "ipa",
  "registeration_no",
  "registeration_no_2",
  "lab_no",
  "lab_tests_dr_id",
  "color_code",
  "is_doctor",
  "acc45_prefix",
  "next_acc45_no",
  "maximum_acc45_no",
  "aitc_prefix",
  "next_aitc_no",
  "maximum_aitc_no",
  "arc18_next_acc_form_no",
  "m45_prefix",
  "next_m45_no",
  "maximum_m45_no",
  "is_nzf_avoid",
  "is_nzf_adjust",
  "is_nzf_information",
  "is_nzf_no_action",
  "is_nzf_monitor",
  "provider_code",
  "generic_profile_type_id",
  "current_appointment_id",
  "sure_med_user_name",
  "is_invoicing_diary",
  "is_gp2gp",
  "from_date_practice",
  "apc_expiry_date",
  "mps_expiry_date",
  "apc_name",
  "practice_location",
  "user_role",
  "provider_permanent_address_latitude",
  "provider_permanent_address_longitude",
  "per_org_id",
  "loaded_date_time",
  run_from as valid_from,
  lead(run_from) over (partition by "provider_id", "practice_id", "per_org_id" order by run) as valid_to,
  lead(run_from) over (partition by "provider_id", "practice_id", "per_org_id" order by run) is null as is_current,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id
from bounded
where newest_in_run = 1

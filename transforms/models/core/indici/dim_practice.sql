-- generated from contracts/indici/practice_info.yaml by `npm run codegen`; do not edit
-- SCD2: one row per change of the tracked attributes (practice_name, pho, is_active, is_deleted).
{{ config(materialized='table', indexes=[{'columns': ['practice_sk'], 'unique': true}]) }}

with versions as (
  select *,
    (to_timestamp('20' || date_extracted, 'YYYYMMDDHH24MI')::timestamp at time zone '{{ var("source_time_zone") }}') as extracted_at,
    md5(row("practice_name", "pho", "is_active", "is_deleted")::text) as attr_hash
  from {{ ref('stg_indici__practice_info__checked') }}
  where field_errors = '{}'::jsonb
),

-- one version per key and DateExtracted, chosen as staging chooses: a first delivery's full load and delta
-- share a DateExtracted, and two versions valid from the same instant are no history
per_batch as (
  select * from (
    select *, row_number() over (partition by "practice_id", "per_org_id", extracted_at order by source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as batch_rank
    from versions
  ) v
  where batch_rank = 1
),

ordered as (
  select *, lag(attr_hash) over (partition by "practice_id", "per_org_id" order by extracted_at) as prev_hash
  from per_batch
),

changes as (
  select * from ordered where prev_hash is distinct from attr_hash
)

select
  md5(concat_ws('|', "practice_id", "per_org_id", extracted_at::text, source_row_number::text)) as practice_sk,
  "practice_id",
  "practice_name",
  "practice_category",
  "practice_speciality",
  "pho",
  "organization_type",
  "org_short_name",
  "org_code",
  "edi_account",
  "legal_entity_title",
  "legal_status",
  "incorporation_number",
  "legal_date",
  "comments",
  "formula",
  "ownership_model",
  "rural",
  "primary_phone",
  "secondary_phone",
  "other_phone",
  "primary_email",
  "secondary_email",
  "other_email",
  "pager",
  "fax1",
  "fax2",
  "health_facility_no",
  "hpi_facility_no",
  "hpi_facility_ext",
  "hpi_organization_id",
  "hpi_organization_ext",
  "gst_no",
  "acc_no",
  "bank_account_no",
  "moh_sending_practice_id",
  "after_hours_number",
  "emergency_number",
  "is_active",
  "is_deleted",
  "per_org_id",
  "loaded_date_time",
  extracted_at as valid_from,
  lead(extracted_at) over (partition by "practice_id", "per_org_id" order by extracted_at) as valid_to,
  lead(extracted_at) over (partition by "practice_id", "per_org_id" order by extracted_at) is null as is_current,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id
from changes

-- generated from contracts/indici/patient_alerts.yaml by `npm run codegen`; do not edit
-- One row per natural key (patient_alert_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__patient_alerts__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['patient_alert_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['patient_alert_id', 'practice_id', 'per_org_id'], 'unique': true}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('fact_patient_alerts', ref('stg_indici__patient_alerts__checked')) }}"]) }}

{% if is_incremental() %}
with touched as (
  select distinct "patient_alert_id", "practice_id", "per_org_id" from {{ ref('stg_indici__patient_alerts__checked') }}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, row_number() over (partition by "patient_alert_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
    from {{ ref('stg_indici__patient_alerts__checked') }}
    where field_errors = '{}'::jsonb and ("patient_alert_id", "practice_id", "per_org_id") in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_indici__patient_alerts') }}
)
{% endif %}

select
  md5(concat_ws('|', "patient_alert_id", "practice_id", "per_org_id")) as patient_alert_sk,
  "patient_alert_id",
  "patient_id",
  "type_id",
  "type",
  "alert_id",
  "alert",
  "severity_id",
  "severity",
  "alert_value",
  "last_updated_date",
  "effective_date",
  "expiry_date",
  "note",
  "is_active",
  "is_deleted",
  "is_deleted_2",
  "inserted_by_id",
  "inserted_by",
  "updated_by_id",
  "updated_by",
  "inserted_at",
  "updated_at",
  "medtech_id",
  "user_logging_id",
  "logging_user_name",
  "is_gp2gp",
  "permanent_address_latitude",
  "permanent_address_longitude",
  "alert_state",
  "practice_id",
  "provider_id",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest

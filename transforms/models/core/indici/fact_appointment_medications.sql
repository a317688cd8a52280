-- generated from contracts/indici/appointment_medications.yaml by `npm run codegen`; do not edit
-- One row per natural key (medication_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__appointment_medications__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['medication_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['medication_id', 'practice_id', 'per_org_id'], 'unique': true}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('fact_appointment_medications', ref('stg_indici__appointment_medications__checked')) }}"]) }}

{% if is_incremental() %}
with touched as (
  select distinct "medication_id", "practice_id", "per_org_id" from {{ ref('stg_indici__appointment_medications__checked') }}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, row_number() over (partition by "medication_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
    from {{ ref('stg_indici__appointment_medications__checked') }}
    where field_errors = '{}'::jsonb and ("medication_id", "practice_id", "per_org_id") in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_indici__appointment_medications') }}
)
{% endif %}

select
  md5(concat_ws('|', "medication_id", "practice_id", "per_org_id")) as appointment_medication_sk,
  "medication_id",
  "appointment_id",
  "patient_id",
  "sct_id",
  "medicine_id",
  "medicine_name",
  "strength",
  "form",
  "take",
  "frequency",
  "daily_freq",
  "route",
  "duration",
  "duration_type",
  "start_date",
  "end_date",
  "stop_date",
  "repeats",
  "sa_status",
  "sa_number",
  "expiry_date",
  "subsidy_amount",
  "price",
  "provider_id",
  "provider",
  "task_id",
  "directions",
  "is_confidential",
  "is_long_term",
  "is_prescribed_externally",
  "is_stopped",
  "is_highlighted",
  "is_practicein_admin",
  "is_trial",
  "stopped_reason",
  "medication_stop_reason",
  "rx_sc_id",
  "rx_date",
  "rx_status",
  "is_dispense",
  "printed_by",
  "printed_at",
  "comments",
  "is_active",
  "is_deleted",
  "inserted_by",
  "updated_by",
  "inserted_at",
  "updated_at",
  "medtech_id",
  "is_mapped",
  "medtech_drug_code",
  "medtech_generic_name",
  "practice_id",
  "prescibed_externlay_id",
  "prescibed_externlay_desc",
  "quantity",
  "is_generic_substitution",
  "is_frequent_dispensed",
  "initial_dispense_period",
  "initial_dispense_period_type",
  "trial_period",
  "trial_type",
  "is_specalist_recomended",
  "specalist_name",
  "recomendation_date",
  "is_endorsement_criteria",
  "is_provider_eligible_co_payment",
  "user_logging_id",
  "is_override",
  "override_reason",
  "is_task_generated",
  "show_on_portal",
  "patient_sa_record_id",
  "stopped_by",
  "mapped_by",
  "mapped_date",
  "recomendation_override_reason",
  "is_variable_dose",
  "is_dose_change",
  "reference_medication",
  "mims_code",
  "permanent_address_latitude",
  "permanent_address_longitude",
  "practice_location_id",
  "location_name",
  "prescription_print_date",
  "prescription_no",
  "substance_name",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest

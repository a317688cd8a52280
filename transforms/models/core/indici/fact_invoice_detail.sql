-- generated from contracts/indici/invoice_detail.yaml by `npm run codegen`; do not edit
-- One row per natural key (invoice_detail_id, practice_id, per_org_id): the newest staged version. Incremental: a build
-- replaces only the keys that rows typed since its last build name (delete+insert on the key), each with its
-- newest valid version among all typed rows, chosen as staging chooses; so the table is what a full build
-- gives, backfills of older batches included, without ranking all history every night.
-- depends_on: {{ ref('stg_indici__invoice_detail__checked') }}
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key=['invoice_detail_id', 'practice_id', 'per_org_id'], on_schema_change='fail', indexes=[{'columns': ['invoice_detail_id', 'practice_id', 'per_org_id'], 'unique': true}], pre_hook=['{{ medi_since_set() }}'], post_hook=["{{ medi_mark_set('fact_invoice_detail', ref('stg_indici__invoice_detail__checked')) }}"]) }}

{% if is_incremental() %}
with touched as (
  select distinct "invoice_detail_id", "practice_id", "per_org_id" from {{ ref('stg_indici__invoice_detail__checked') }}
  where field_errors = '{}'::jsonb and {{ medi_typed_since() }}
),

newest as (
  select * from (
    select *, row_number() over (partition by "invoice_detail_id", "practice_id", "per_org_id" order by date_extracted desc nulls last, regexp_replace(source_uri, '^.*/', '') desc, source_uri desc, loaded_at desc, source_file_hash desc, source_row_number desc) as version_rank
    from {{ ref('stg_indici__invoice_detail__checked') }}
    where field_errors = '{}'::jsonb and ("invoice_detail_id", "practice_id", "per_org_id") in (select * from touched)
  ) ranked
  where version_rank = 1
)
{% else %}
with newest as (
  select * from {{ ref('stg_indici__invoice_detail') }}
)
{% endif %}

select
  md5(concat_ws('|', "invoice_detail_id", "practice_id", "per_org_id")) as invoice_detail_sk,
  "invoice_detail_id",
  "invoice_transaction_id",
  "master_service_sub_service_id",
  "appointment_service_id",
  "comments",
  "quantity",
  "claim_amount",
  "co_payment",
  "gross_claim_amount",
  "gross_co_payment",
  "is_billing_amount",
  "funder_id",
  "funder_name",
  "contract_service_id",
  "contract_service_name",
  "is_funded",
  "submission_status",
  "case_no",
  "sequence_no",
  "billing_claim_status_id",
  "master_service_name",
  "master_service_code",
  "master_service_description",
  "service_name",
  "description",
  "code",
  "fee_code",
  "service_code",
  "sub_service_description",
  "duration",
  "is_common_service",
  "service_code_for_claim",
  "is_active",
  "is_deleted",
  "inserted_by_id",
  "updated_by_id",
  "inserted_by",
  "updated_by",
  "inserted_at",
  "updated_at",
  "user_logging_id",
  "logging_user_name",
  "billing_ref_id",
  "billing_referral_id",
  "permanent_address_latitude",
  "permanent_address_longitude",
  "practice_id",
  "per_org_id",
  "loaded_date_time",
  (to_timestamp('20' || date_extracted || '+00', 'YYYYMMDDHH24MITZH') at time zone 'UTC' at time zone '{{ var("source_time_zone") }}') as extracted_at,
  source_version_id,
  source_file_hash,
  date_extracted,
  load_run_id,
  typed_at
from newest

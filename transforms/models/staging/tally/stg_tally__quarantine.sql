-- generated from contracts/tally/quarantine.yaml by `npm run codegen`; do not edit
-- The newest version of each quarantine_id: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['quarantine_id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_tally', 'tally_quarantine', {"company":"text","stream":"text","request_id":"text","quarantine_id":"text","reason":"text","body":"text","body_bytes":"bigint","body_sha256":"text","body_truncated":"boolean","encoding":"text","received_at":"timestamptz","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  row_number() over (partition by "quarantine_id" order by _sdc_received_at desc, _sdc_sequence desc) as version_rank
  from source
)

select
  "company"::text as "company",
  "stream"::text as "stream",
  "request_id"::text as "request_id",
  "quarantine_id"::text as "quarantine_id",
  "reason"::text as "reason",
  "body"::text as "body",
  "body_bytes"::bigint as "body_bytes",
  "body_sha256"::text as "body_sha256",
  "body_truncated"::boolean as "body_truncated",
  "encoding"::text as "encoding",
  "received_at"::timestamptz as "received_at",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1

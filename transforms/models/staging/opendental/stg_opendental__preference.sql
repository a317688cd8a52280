-- generated from contracts/opendental/preference.yaml by `npm run codegen`; do not edit
-- The newest version of each pref_num: highest pref_num, then the latest received.
{{ config(materialized='table', indexes=[{'columns': ['pref_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_preference', {"PrefNum":"bigint","PrefName":"text","ValueString":"text","Comments":"text"}) }}
),

ranked as (
  select source.*, row_number() over (partition by "PrefNum" order by "PrefNum" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank
  from source
)

select
  "PrefNum"::bigint as "pref_num",
  "PrefName"::text as "pref_name",
  "ValueString"::text as "value_string",
  "Comments"::text as "comments",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id
from ranked
where version_rank = 1

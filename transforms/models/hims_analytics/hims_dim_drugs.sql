-- Drugs (FHIR Medication) with code, English and Arabic names, form.
{{ config(materialized='incremental', alias='dim_drugs', unique_key=['drug_id'], incremental_strategy='delete+insert',
          indexes=[{'columns': ['drug_key'], 'unique': true}]) }}

with medications as (
  select * from {{ ref('stg_hims__medications') }}
),

tombstones as {{ hims_tombstones('hims_medications') }},

final as (
  select
    md5('Medication/' || m.id) as drug_key,
    m.id as drug_id,
    m.code as drug_code,
    m.code_system,
    m.name_en,
    m.name_ar,
    m.form,
    m.manufacturer,
    m.status,
    (t.id is not null or m.status = 'entered-in-error') as is_deleted,
    t.deleted_at,
    m.last_updated as source_updated_at,
    m._synced_at,
    {{ hims_per_org_id() }} as per_org_id,
    'hims/Medication/' || m.id as _source_id,
    greatest(m._synced_at, t._synced_at) as _changed_at
  from medications m
  left join tombstones t on t.id = m.id and {{ hims_deletion_applies("t", "m") }}
)

select * from final
{{ medi_changed_since_last_build() }}

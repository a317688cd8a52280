-- Practitioners (doctors) with English and Arabic names and qualification.
{{ config(materialized='incremental', alias='dim_doctors', unique_key=['doctor_id'], incremental_strategy='delete+insert',
          indexes=[{'columns': ['doctor_key'], 'unique': true}]) }}

with practitioners as (
  select * from {{ ref('stg_hims__practitioners') }}
),

tombstones as {{ hims_tombstones('hims_practitioners') }},

final as (
  select
    md5('Practitioner/' || p.id) as doctor_key,
    p.id as doctor_id,
    p.license_no,
    p.name_en,
    p.name_ar,
    p.gender,
    p.phone,
    p.qualification as specialty,
    p.active as is_active,
    t.id is not null as is_deleted,
    t.deleted_at,
    p.last_updated as source_updated_at,
    p._synced_at,
    {{ hims_per_org_id() }} as per_org_id,
    'hims/Practitioner/' || p.id as _source_id,
    greatest(p._synced_at, t._synced_at) as _changed_at
  from practitioners p
  left join tombstones t on t.id = p.id and {{ hims_deletion_applies("t", "p") }}
)

select * from final
{{ medi_changed_since_last_build() }}

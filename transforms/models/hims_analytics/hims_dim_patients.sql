-- Patients with English and Arabic names; deleted or entered-in-error records stay, marked.
{{ config(materialized='incremental', alias='dim_patients', unique_key=['patient_id'], incremental_strategy='delete+insert',
          indexes=[{'columns': ['patient_key'], 'unique': true}]) }}

with patients as (
  select * from {{ ref('stg_hims__patients') }}
),

tombstones as {{ hims_tombstones('hims_patients') }},

final as (
  select
    md5('Patient/' || p.id) as patient_key,
    p.id as patient_id,
    p.mrn,
    p.national_id,
    p.name_en,
    p.name_ar,
    p.birth_date as dob,
    p.birth_date_text as dob_text,
    p.gender,
    p.phone,
    p.email,
    p.city,
    p.country,
    p.active as is_active,
    p.deceased as is_deceased,
    t.id is not null as is_deleted,
    t.deleted_at,
    p.last_updated as source_updated_at,
    p.version_id as source_version_id,
    p._synced_at,
    {{ hims_per_org_id() }} as per_org_id,
    'hims/Patient/' || p.id as _source_id,
    greatest(p._synced_at, t._synced_at) as _changed_at
  from patients p
  left join tombstones t on t.id = p.id and {{ hims_deletion_applies("t", "p") }}
)

select * from final
{{ medi_changed_since_last_build() }}

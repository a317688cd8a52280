-- One row per medication dispense: drug, patient, dispensing practitioner, quantity and days' supply.
{{ config(materialized='incremental', alias='fact_pharmacy_disp', unique_key=['dispense_id'], incremental_strategy='delete+insert',
          indexes=[{'columns': ['dispense_key'], 'unique': true}]) }}

with dispenses as (
  select * from {{ ref('stg_hims__medication_dispenses') }}
),

tombstones as {{ hims_tombstones('hims_medication_dispenses') }},

final as (
  select
    md5('MedicationDispense/' || d.id) as dispense_key,
    d.id as dispense_id,
    md5('Medication/' || d.medication_id) as drug_key,
    md5('Patient/' || d.patient_id) as patient_key,
    md5('Practitioner/' || d.practitioner_id) as doctor_key,
    d.encounter_id,
    d.medication_display,
    d.status,
    d.quantity,
    d.quantity_unit,
    d.days_supply,
    d.prepared_at,
    d.prepared_at_text,
    d.handed_over_at,
    d.handed_over_at_text,
    (t.id is not null or d.status = 'entered-in-error') as is_deleted,
    t.deleted_at,
    d.last_updated as source_updated_at,
    d._synced_at,
    {{ hims_per_org_id() }} as per_org_id,
    'hims/MedicationDispense/' || d.id as _source_id,
    greatest(d._synced_at, t._synced_at) as _changed_at
  from dispenses d
  left join tombstones t on t.id = d.id and {{ hims_deletion_applies("t", "d") }}
)

select * from final
{{ medi_changed_since_last_build() }}

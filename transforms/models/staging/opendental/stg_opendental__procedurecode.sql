-- generated from contracts/opendental/procedurecode.yaml by `npm run codegen`; do not edit
-- The newest version of each code_num: the highest date_t_stamp, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['code_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_procedurecode', {"CodeNum":"bigint","ProcCode":"text","Descript":"text","AbbrDesc":"text","ProcTime":"text","ProcCat":"bigint","TreatArea":"bigint","NoBillIns":"bigint","IsProsth":"bigint","DefaultNote":"text","IsHygiene":"bigint","GTypeNum":"bigint","AlternateCode1":"text","MedicalCode":"text","IsTaxed":"bigint","PaintType":"bigint","GraphicColor":"bigint","LaymanTerm":"text","IsCanadianLab":"bigint","PreExisting":"bigint","BaseUnits":"bigint","SubstitutionCode":"text","SubstOnlyIf":"bigint","DateTStamp":"timestamptz","IsMultiVisit":"bigint","DrugNDC":"text","RevenueCodeDefault":"text","ProvNumDefault":"bigint","CanadaTimeUnits":"numeric","IsRadiology":"bigint","DefaultClaimNote":"text","DefaultTPNote":"text","BypassGlobalLock":"bigint","TaxCode":"text","PaintText":"text","AreaAlsoToothRange":"bigint","DiagnosticCodes":"text","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "CodeNum" order by (_sdc_deleted_at is not null and "DateTStamp" is null), "DateTStamp" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "DateTStamp" is null) over (partition by "CodeNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "DateTStamp" is null) over (partition by "CodeNum") as _tombstone_deleted_at
  from source
)

select
  "CodeNum"::bigint as "code_num",
  "ProcCode"::text as "proc_code",
  "Descript"::text as "descript",
  "AbbrDesc"::text as "abbr_desc",
  "ProcTime"::text as "proc_time",
  "ProcCat"::bigint as "proc_cat",
  "TreatArea"::bigint as "treat_area",
  "NoBillIns"::bigint as "no_bill_ins",
  "IsProsth"::bigint as "is_prosth",
  "DefaultNote"::text as "default_note",
  "IsHygiene"::bigint as "is_hygiene",
  "GTypeNum"::bigint as "g_type_num",
  "AlternateCode1"::text as "alternate_code1",
  "MedicalCode"::text as "medical_code",
  "IsTaxed"::bigint as "is_taxed",
  "PaintType"::bigint as "paint_type",
  "GraphicColor"::bigint as "graphic_color",
  "LaymanTerm"::text as "layman_term",
  "IsCanadianLab"::bigint as "is_canadian_lab",
  "PreExisting"::bigint as "pre_existing",
  "BaseUnits"::bigint as "base_units",
  "SubstitutionCode"::text as "substitution_code",
  "SubstOnlyIf"::bigint as "subst_only_if",
  "DateTStamp"::timestamptz as "date_t_stamp",
  "IsMultiVisit"::bigint as "is_multi_visit",
  "DrugNDC"::text as "drug_ndc",
  "RevenueCodeDefault"::text as "revenue_code_default",
  "ProvNumDefault"::bigint as "prov_num_default",
  "CanadaTimeUnits"::numeric as "canada_time_units",
  "IsRadiology"::bigint as "is_radiology",
  "DefaultClaimNote"::text as "default_claim_note",
  "DefaultTPNote"::text as "default_tp_note",
  "BypassGlobalLock"::bigint as "bypass_global_lock",
  "TaxCode"::text as "tax_code",
  "PaintText"::text as "paint_text",
  "AreaAlsoToothRange"::bigint as "area_also_tooth_range",
  "DiagnosticCodes"::text as "diagnostic_codes",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

-- generated from contracts/opendental/procedurelog.yaml by `npm run codegen`; do not edit
-- The newest version of each proc_num: the highest date_t_stamp, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['proc_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_procedurelog', {"ProcNum":"bigint","PatNum":"bigint","AptNum":"bigint","OldCode":"text","ProcDate":"date","ProcFee":"numeric","Surf":"text","ToothNum":"text","ToothRange":"text","Priority":"bigint","ProcStatus":"bigint","ProvNum":"bigint","Dx":"bigint","PlannedAptNum":"bigint","PlaceService":"bigint","Prosthesis":"text","DateOriginalProsth":"date","ClaimNote":"text","DateEntryC":"date","ClinicNum":"bigint","MedicalCode":"text","DiagnosticCode":"text","IsPrincDiag":"bigint","ProcNumLab":"bigint","BillingTypeOne":"bigint","BillingTypeTwo":"bigint","CodeNum":"bigint","CodeMod1":"text","CodeMod2":"text","CodeMod3":"text","CodeMod4":"text","RevCode":"text","UnitQty":"bigint","BaseUnits":"bigint","StartTime":"bigint","StopTime":"bigint","DateTP":"date","SiteNum":"bigint","HideGraphics":"bigint","CanadianTypeCodes":"text","ProcTime":"text","ProcTimeEnd":"text","DateTStamp":"timestamptz","Prognosis":"bigint","DrugUnit":"bigint","DrugQty":"numeric","UnitQtyType":"bigint","StatementNum":"bigint","IsLocked":"bigint","BillingNote":"text","RepeatChargeNum":"bigint","DiagnosticCode2":"text","DiagnosticCode3":"text","DiagnosticCode4":"text","Discount":"numeric","SnomedBodySite":"text","ProvOrderOverride":"bigint","IsDateProsthEst":"bigint","IcdVersion":"bigint","IsCpoe":"bigint","SecUserNumEntry":"bigint","SecDateEntry":"timestamptz","DateComplete":"date","OrderingReferralNum":"bigint","TaxAmt":"numeric","Urgency":"bigint","DiscountPlanAmt":"numeric","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "ProcNum" order by (_sdc_deleted_at is not null and "DateTStamp" is null), "DateTStamp" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "DateTStamp" is null) over (partition by "ProcNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "DateTStamp" is null) over (partition by "ProcNum") as _tombstone_deleted_at
  from source
)

select
  "ProcNum"::bigint as "proc_num",
  "PatNum"::bigint as "pat_num",
  "AptNum"::bigint as "apt_num",
  "OldCode"::text as "old_code",
  "ProcDate"::date as "proc_date",
  "ProcFee"::numeric as "proc_fee",
  "Surf"::text as "surf",
  "ToothNum"::text as "tooth_num",
  "ToothRange"::text as "tooth_range",
  "Priority"::bigint as "priority",
  "ProcStatus"::bigint as "proc_status",
  "ProvNum"::bigint as "prov_num",
  "Dx"::bigint as "dx",
  "PlannedAptNum"::bigint as "planned_apt_num",
  "PlaceService"::bigint as "place_service",
  "Prosthesis"::text as "prosthesis",
  "DateOriginalProsth"::date as "date_original_prosth",
  "ClaimNote"::text as "claim_note",
  "DateEntryC"::date as "date_entry_c",
  "ClinicNum"::bigint as "clinic_num",
  "MedicalCode"::text as "medical_code",
  "DiagnosticCode"::text as "diagnostic_code",
  "IsPrincDiag"::bigint as "is_princ_diag",
  "ProcNumLab"::bigint as "proc_num_lab",
  "BillingTypeOne"::bigint as "billing_type_one",
  "BillingTypeTwo"::bigint as "billing_type_two",
  "CodeNum"::bigint as "code_num",
  "CodeMod1"::text as "code_mod1",
  "CodeMod2"::text as "code_mod2",
  "CodeMod3"::text as "code_mod3",
  "CodeMod4"::text as "code_mod4",
  "RevCode"::text as "rev_code",
  "UnitQty"::bigint as "unit_qty",
  "BaseUnits"::bigint as "base_units",
  "StartTime"::bigint as "start_time",
  "StopTime"::bigint as "stop_time",
  "DateTP"::date as "date_tp",
  "SiteNum"::bigint as "site_num",
  "HideGraphics"::bigint as "hide_graphics",
  "CanadianTypeCodes"::text as "canadian_type_codes",
  "ProcTime"::text as "proc_time",
  "ProcTimeEnd"::text as "proc_time_end",
  "DateTStamp"::timestamptz as "date_t_stamp",
  "Prognosis"::bigint as "prognosis",
  "DrugUnit"::bigint as "drug_unit",
  "DrugQty"::numeric as "drug_qty",
  "UnitQtyType"::bigint as "unit_qty_type",
  "StatementNum"::bigint as "statement_num",
  "IsLocked"::bigint as "is_locked",
  "BillingNote"::text as "billing_note",
  "RepeatChargeNum"::bigint as "repeat_charge_num",
  "DiagnosticCode2"::text as "diagnostic_code2",
  "DiagnosticCode3"::text as "diagnostic_code3",
  "DiagnosticCode4"::text as "diagnostic_code4",
  "Discount"::numeric as "discount",
  "SnomedBodySite"::text as "snomed_body_site",
  "ProvOrderOverride"::bigint as "prov_order_override",
  "IsDateProsthEst"::bigint as "is_date_prosth_est",
  "IcdVersion"::bigint as "icd_version",
  "IsCpoe"::bigint as "is_cpoe",
  "SecUserNumEntry"::bigint as "sec_user_num_entry",
  "SecDateEntry"::timestamptz as "sec_date_entry",
  "DateComplete"::date as "date_complete",
  "OrderingReferralNum"::bigint as "ordering_referral_num",
  "TaxAmt"::numeric as "tax_amt",
  "Urgency"::bigint as "urgency",
  "DiscountPlanAmt"::numeric as "discount_plan_amt",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

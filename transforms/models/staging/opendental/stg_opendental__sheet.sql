-- generated from contracts/opendental/sheet.yaml by `npm run codegen`; do not edit
-- The newest version of each sheet_num: the highest date_t_sheet_edited, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['sheet_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_sheet', {"SheetNum":"bigint","SheetType":"bigint","PatNum":"bigint","DateTimeSheet":"timestamptz","FontSize":"numeric","FontName":"text","Width":"bigint","Height":"bigint","IsLandscape":"bigint","InternalNote":"text","Description":"text","ShowInTerminal":"bigint","IsWebForm":"bigint","IsMultiPage":"bigint","IsDeleted":"bigint","SheetDefNum":"bigint","DocNum":"bigint","ClinicNum":"bigint","DateTSheetEdited":"timestamptz","HasMobileLayout":"bigint","RevID":"bigint","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "SheetNum" order by (_sdc_deleted_at is not null and "DateTSheetEdited" is null), "DateTSheetEdited" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "DateTSheetEdited" is null) over (partition by "SheetNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "DateTSheetEdited" is null) over (partition by "SheetNum") as _tombstone_deleted_at
  from source
)

select
  "SheetNum"::bigint as "sheet_num",
  "SheetType"::bigint as "sheet_type",
  "PatNum"::bigint as "pat_num",
  "DateTimeSheet"::timestamptz as "date_time_sheet",
  "FontSize"::numeric as "font_size",
  "FontName"::text as "font_name",
  "Width"::bigint as "width",
  "Height"::bigint as "height",
  "IsLandscape"::bigint as "is_landscape",
  "InternalNote"::text as "internal_note",
  "Description"::text as "description",
  "ShowInTerminal"::bigint as "show_in_terminal",
  "IsWebForm"::bigint as "is_web_form",
  "IsMultiPage"::bigint as "is_multi_page",
  "IsDeleted"::bigint as "is_deleted",
  "SheetDefNum"::bigint as "sheet_def_num",
  "DocNum"::bigint as "doc_num",
  "ClinicNum"::bigint as "clinic_num",
  "DateTSheetEdited"::timestamptz as "date_t_sheet_edited",
  "HasMobileLayout"::bigint as "has_mobile_layout",
  "RevID"::bigint as "rev_id",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

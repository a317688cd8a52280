-- generated from contracts/opendental/sheetfield.yaml by `npm run codegen`; do not edit
-- The newest version of each sheet_field_num: the highest sheet_field_num, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['sheet_field_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_sheetfield', {"SheetFieldNum":"bigint","SheetNum":"bigint","FieldType":"bigint","FieldName":"text","FieldValue":"text","FontSize":"numeric","FontName":"text","FontIsBold":"bigint","XPos":"bigint","YPos":"bigint","Width":"bigint","Height":"bigint","GrowthBehavior":"bigint","RadioButtonValue":"text","RadioButtonGroup":"text","IsRequired":"bigint","TabOrder":"bigint","ReportableName":"text","TextAlign":"bigint","IsLocked":"bigint","ItemColor":"bigint","DateTimeSig":"timestamptz","TabOrderMobile":"bigint","UiLabelMobile":"text","UiLabelMobileRadioButton":"text","SheetFieldDefNum":"bigint","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "SheetFieldNum" order by (_sdc_deleted_at is not null and "SheetFieldNum" is null), "SheetFieldNum" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "SheetFieldNum" is null) over (partition by "SheetFieldNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "SheetFieldNum" is null) over (partition by "SheetFieldNum") as _tombstone_deleted_at
  from source
)

select
  "SheetFieldNum"::bigint as "sheet_field_num",
  "SheetNum"::bigint as "sheet_num",
  "FieldType"::bigint as "field_type",
  "FieldName"::text as "field_name",
  "FieldValue"::text as "field_value",
  "FontSize"::numeric as "font_size",
  "FontName"::text as "font_name",
  "FontIsBold"::bigint as "font_is_bold",
  "XPos"::bigint as "x_pos",
  "YPos"::bigint as "y_pos",
  "Width"::bigint as "width",
  "Height"::bigint as "height",
  "GrowthBehavior"::bigint as "growth_behavior",
  "RadioButtonValue"::text as "radio_button_value",
  "RadioButtonGroup"::text as "radio_button_group",
  "IsRequired"::bigint as "is_required",
  "TabOrder"::bigint as "tab_order",
  "ReportableName"::text as "reportable_name",
  "TextAlign"::bigint as "text_align",
  "IsLocked"::bigint as "is_locked",
  "ItemColor"::bigint as "item_color",
  "DateTimeSig"::timestamptz as "date_time_sig",
  "TabOrderMobile"::bigint as "tab_order_mobile",
  "UiLabelMobile"::text as "ui_label_mobile",
  "UiLabelMobileRadioButton"::text as "ui_label_mobile_radio_button",
  "SheetFieldDefNum"::bigint as "sheet_field_def_num",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

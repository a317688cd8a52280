-- generated from contracts/opendental/document.yaml by `npm run codegen`; do not edit
-- The newest version of each doc_num: the highest doc_num, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['doc_num'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_opendental', 'opendental_document', {"DocNum":"bigint","Description":"text","DateCreated":"timestamptz","DocCategory":"bigint","PatNum":"bigint","FileName":"text","ImgType":"bigint","IsFlipped":"bigint","DegreesRotated":"numeric","ToothNumbers":"text","Note":"text","SigIsTopaz":"bigint","Signature":"text","CropX":"bigint","CropY":"bigint","CropW":"bigint","CropH":"bigint","WindowingMin":"bigint","WindowingMax":"bigint","MountItemNum":"bigint","DateTStamp":"timestamptz","RawBase64":"text","Thumbnail":"text","ExternalGUID":"text","ExternalSource":"text","ProvNum":"bigint","IsCropOld":"bigint","OcrResponseData":"text","ImageCaptureType":"bigint","PrintHeading":"bigint","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "DocNum" order by (_sdc_deleted_at is not null and "DocNum" is null), "DocNum" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "DocNum" is null) over (partition by "DocNum") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "DocNum" is null) over (partition by "DocNum") as _tombstone_deleted_at
  from source
)

select
  "DocNum"::bigint as "doc_num",
  "Description"::text as "description",
  "DateCreated"::timestamptz as "date_created",
  "DocCategory"::bigint as "doc_category",
  "PatNum"::bigint as "pat_num",
  "FileName"::text as "file_name",
  "ImgType"::bigint as "img_type",
  "IsFlipped"::bigint as "is_flipped",
  "DegreesRotated"::numeric as "degrees_rotated",
  "ToothNumbers"::text as "tooth_numbers",
  "Note"::text as "note",
  "SigIsTopaz"::bigint as "sig_is_topaz",
  "Signature"::text as "signature",
  "CropX"::bigint as "crop_x",
  "CropY"::bigint as "crop_y",
  "CropW"::bigint as "crop_w",
  "CropH"::bigint as "crop_h",
  "WindowingMin"::bigint as "windowing_min",
  "WindowingMax"::bigint as "windowing_max",
  "MountItemNum"::bigint as "mount_item_num",
  "DateTStamp"::timestamptz as "date_t_stamp",
  "RawBase64"::text as "raw_base64",
  "Thumbnail"::text as "thumbnail",
  "ExternalGUID"::text as "external_guid",
  "ExternalSource"::text as "external_source",
  "ProvNum"::bigint as "prov_num",
  "IsCropOld"::bigint as "is_crop_old",
  "OcrResponseData"::text as "ocr_response_data",
  "ImageCaptureType"::bigint as "image_capture_type",
  "PrintHeading"::bigint as "print_heading",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

-- generated from contracts/odoo/product_product.yaml by `npm run codegen`; do not edit
-- The newest version of each id: the highest write_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_odoo', 'odoo_product_product', {"id":"bigint","active":"boolean","activity_ids":"jsonb","additional_product_tag_ids":"jsonb","barcode":"text","can_image_variant_1024_be_zoomed":"boolean","combination_indices":"text","create_date":"timestamptz","create_uid":"bigint","create_uid_name":"text","default_code":"text","is_favorite":"boolean","is_in_selected_section_of_order":"boolean","message_follower_ids":"jsonb","message_ids":"jsonb","product_document_ids":"jsonb","product_template_attribute_value_ids":"jsonb","product_template_variant_value_ids":"jsonb","product_tmpl_id":"bigint","product_tmpl_id_name":"text","product_uom_ids":"jsonb","rating_ids":"jsonb","standard_price":"numeric","volume":"numeric","website_message_ids":"jsonb","weight":"numeric","write_date":"timestamptz","write_uid":"bigint","write_uid_name":"text","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "id" order by (_sdc_deleted_at is not null and "write_date" is null), "write_date" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "write_date" is null) over (partition by "id") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "write_date" is null) over (partition by "id") as _tombstone_deleted_at
  from source
)

select
  "id"::bigint as "id",
  "active"::boolean as "active",
  "activity_ids"::jsonb as "activity_ids",
  "additional_product_tag_ids"::jsonb as "additional_product_tag_ids",
  "barcode"::text as "barcode",
  "can_image_variant_1024_be_zoomed"::boolean as "can_image_variant_1024_be_zoomed",
  "combination_indices"::text as "combination_indices",
  "create_date"::timestamptz as "create_date",
  "create_uid"::bigint as "create_uid",
  "create_uid_name"::text as "create_uid_name",
  "default_code"::text as "default_code",
  "is_favorite"::boolean as "is_favorite",
  "is_in_selected_section_of_order"::boolean as "is_in_selected_section_of_order",
  "message_follower_ids"::jsonb as "message_follower_ids",
  "message_ids"::jsonb as "message_ids",
  "product_document_ids"::jsonb as "product_document_ids",
  "product_template_attribute_value_ids"::jsonb as "product_template_attribute_value_ids",
  "product_template_variant_value_ids"::jsonb as "product_template_variant_value_ids",
  "product_tmpl_id"::bigint as "product_tmpl_id",
  "product_tmpl_id_name"::text as "product_tmpl_id_name",
  "product_uom_ids"::jsonb as "product_uom_ids",
  "rating_ids"::jsonb as "rating_ids",
  "standard_price"::numeric as "standard_price",
  "volume"::numeric as "volume",
  "website_message_ids"::jsonb as "website_message_ids",
  "weight"::numeric as "weight",
  "write_date"::timestamptz as "write_date",
  "write_uid"::bigint as "write_uid",
  "write_uid_name"::text as "write_uid_name",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

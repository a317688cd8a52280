{#
  Tally deletions: a tombstone from the MasterID sweep applies to the versions it saw (books_counter >= the
  object's AlterID); an object re-created or un-cancelled later has a higher AlterID and is live again.
#}
{% macro tally_tombstones(object_type) -%}
  (select company, master_id, detected_at, books_counter, _synced_at
   from {{ ref('stg_tally__deleted_objects') }}
   where object_type = '{{ object_type }}')
{%- endmacro %}

{# Current voucher versions with their deletion mark and the time the row last changed in the warehouse. #}
{% macro tally_vouchers_marked() -%}
  (select v.*, t.master_id is not null as is_deleted, t.detected_at as deleted_at,
     greatest(v._synced_at, t._synced_at) as _changed_at
   from {{ ref('stg_tally__vouchers') }} v
   left join {{ tally_tombstones('tally_vouchers') }} t
     on t.company = v.company and t.master_id = v.master_id and t.books_counter >= v.alter_id)
{%- endmacro %}

{#
  A pre-hook of the voucher-line facts: a voucher whose newest version arrived since the last build loses its
  rows of older versions here, before the build inserts the newest version's lines. delete+insert on the
  voucher replaces only vouchers that still have lines; one re-saved with no lines of this kind (an invoice
  without stock lines, a note without ledger lines) would otherwise keep its old lines for ever.
#}
{% macro tally_drop_superseded_lines() -%}
  {%- if is_incremental() %}
  delete from {{ this }} f
  using {{ tally_vouchers_marked() }} v
  where f.company = v.company and f.voucher_guid = v.guid and f.voucher_alter_id <> v.alter_id
    and v._changed_at > (select coalesce(max(_changed_at), '-infinity'::timestamptz) from {{ this }})
  {%- endif %}
{%- endmacro %}

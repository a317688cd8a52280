-- Every invoice in staging is in fact_billing: one row per line, or one row when it has no lines (totals only).
-- Failing rows: the invoice, the rows it should have and the rows it has.
with expected as (
  select id as invoice_id, greatest(jsonb_array_length(coalesce(line_items, '[]'::jsonb)), 1) as line_rows
  from {{ ref('stg_hims__invoices') }}
),

actual as (
  select invoice_id, count(*) as line_rows from {{ ref('hims_fact_billing') }} group by invoice_id
)

select e.invoice_id, e.line_rows as expected_rows, a.line_rows as actual_rows
from expected e
left join actual a on a.invoice_id = e.invoice_id
where a.line_rows is distinct from e.line_rows

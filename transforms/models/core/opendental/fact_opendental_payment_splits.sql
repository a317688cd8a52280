-- generated from contracts/opendental/paysplit.yaml by `npm run codegen`; do not edit
-- Core fact of opendental.paysplit: every split_num's newest version (staging's), with a
-- surrogate key; a key the source deleted stays, marked is_deleted (deleted_at: when the tap saw it go).
{{ config(materialized='table', indexes=[{'columns': ['opendental_payment_split_sk'], 'unique': true}, {'columns': ['split_num']}]) }}

select
  md5(concat_ws('|', 'opendental', "split_num"::text)) as "opendental_payment_split_sk",
  "split_num",
  "split_amt",
  "pat_num",
  "proc_date",
  "pay_num",
  "is_discount",
  "discount_type",
  "prov_num",
  "pay_plan_num",
  "date_pay",
  "proc_num",
  "date_entry",
  "unearned_type",
  "clinic_num",
  "sec_user_num_entry",
  "sec_date_t_edit",
  "f_split_num",
  "adj_num",
  "pay_plan_charge_num",
  _deleted_at is not null as is_deleted,
  _deleted_at as deleted_at,
  extracted_at,
  load_run_id,
  {{ sql_per_org_id('opendental') }} as per_org_id
from {{ ref('stg_opendental__paysplit') }}

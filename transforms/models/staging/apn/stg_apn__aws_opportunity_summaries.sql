-- generated from contracts/apn/aws_opportunity_summaries.yaml by `npm run codegen`; do not edit
-- The newest version of each related_opportunity_id, catalog: the latest received; _deleted_at says when the source deleted it.
{{ config(materialized='table', indexes=[{'columns': ['related_opportunity_id', 'catalog'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_apn', 'apn_aws_opportunity_summaries', {"catalog":"text","related_opportunity_id":"text","origin":"text","involvement_type":"text","involvement_type_change_reason":"text","visibility":"text","cosell_motion":"text","aws_stage":"text","aws_target_close_date":"date","aws_closed_lost_reason":"text","aws_next_steps":"text","aws_next_steps_history":"jsonb","aws_opportunity_team":"jsonb","aws_sales_rep_email":"text","aws_sales_rep_first_name":"text","aws_sales_rep_last_name":"text","aws_sales_rep_business_title":"text","insights_next_best_actions":"text","insights_engagement_score":"text","insights_opportunity_quality_score":"bigint","insights_opportunity_quality_trend":"text","insights_aws_products_spend_insights_by_source":"jsonb","insights_recommendations":"jsonb","related_aws_products":"jsonb","related_solutions":"jsonb","related_aws_marketplace_solutions":"jsonb","related_aws_marketplace_products":"jsonb","customer_contacts":"jsonb","project_expected_customer_spend":"jsonb","project_aws_partition":"text","software_revenue_amount":"numeric","software_revenue_currency_code":"text","software_revenue_discount":"text","software_revenue_effective_date":"date","software_revenue_expiration_date":"date","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  row_number() over (partition by "related_opportunity_id", "catalog" order by _sdc_received_at desc, _sdc_sequence desc) as version_rank
  from source
)

select
  "catalog"::text as "catalog",
  "related_opportunity_id"::text as "related_opportunity_id",
  "origin"::text as "origin",
  "involvement_type"::text as "involvement_type",
  "involvement_type_change_reason"::text as "involvement_type_change_reason",
  "visibility"::text as "visibility",
  "cosell_motion"::text as "cosell_motion",
  "aws_stage"::text as "aws_stage",
  "aws_target_close_date"::date as "aws_target_close_date",
  "aws_closed_lost_reason"::text as "aws_closed_lost_reason",
  "aws_next_steps"::text as "aws_next_steps",
  "aws_next_steps_history"::jsonb as "aws_next_steps_history",
  "aws_opportunity_team"::jsonb as "aws_opportunity_team",
  "aws_sales_rep_email"::text as "aws_sales_rep_email",
  "aws_sales_rep_first_name"::text as "aws_sales_rep_first_name",
  "aws_sales_rep_last_name"::text as "aws_sales_rep_last_name",
  "aws_sales_rep_business_title"::text as "aws_sales_rep_business_title",
  "insights_next_best_actions"::text as "insights_next_best_actions",
  "insights_engagement_score"::text as "insights_engagement_score",
  "insights_opportunity_quality_score"::bigint as "insights_opportunity_quality_score",
  "insights_opportunity_quality_trend"::text as "insights_opportunity_quality_trend",
  "insights_aws_products_spend_insights_by_source"::jsonb as "insights_aws_products_spend_insights_by_source",
  "insights_recommendations"::jsonb as "insights_recommendations",
  "related_aws_products"::jsonb as "related_aws_products",
  "related_solutions"::jsonb as "related_solutions",
  "related_aws_marketplace_solutions"::jsonb as "related_aws_marketplace_solutions",
  "related_aws_marketplace_products"::jsonb as "related_aws_marketplace_products",
  "customer_contacts"::jsonb as "customer_contacts",
  "project_expected_customer_spend"::jsonb as "project_expected_customer_spend",
  "project_aws_partition"::text as "project_aws_partition",
  "software_revenue_amount"::numeric as "software_revenue_amount",
  "software_revenue_currency_code"::text as "software_revenue_currency_code",
  "software_revenue_discount"::text as "software_revenue_discount",
  "software_revenue_effective_date"::date as "software_revenue_effective_date",
  "software_revenue_expiration_date"::date as "software_revenue_expiration_date",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  _sdc_deleted_at as _deleted_at
from ranked
where version_rank = 1

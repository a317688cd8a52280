-- generated from contracts/apn/opportunities.yaml by `npm run codegen`; do not edit
-- The newest version of each id, catalog: the highest last_modified_date, then the latest received; _deleted_at says when the source deleted it (its status, or a tombstone: the key alone, received after the version).
{{ config(materialized='table', indexes=[{'columns': ['id', 'catalog'], 'unique': true}]) }}

with source as (
  {{ medi_source_typed('raw_apn', 'apn_opportunities', {"catalog":"text","id":"text","arn":"text","partner_opportunity_identifier":"text","opportunity_type":"text","created_date":"timestamptz","last_modified_date":"timestamptz","national_security":"text","primary_needs_from_aws":"jsonb","related_aws_products":"jsonb","related_solutions":"jsonb","related_aws_marketplace_offers":"jsonb","related_aws_marketplace_offer_sets":"jsonb","related_aws_marketplace_solutions":"jsonb","related_aws_marketplace_products":"jsonb","customer_company_name":"text","customer_industry":"text","customer_other_industry":"text","customer_website_url":"text","customer_aws_account_id":"text","customer_duns":"text","customer_city":"text","customer_postal_code":"text","customer_state_or_region":"text","customer_country_code":"text","customer_street_address":"text","customer_contacts":"jsonb","project_title":"text","project_customer_business_problem":"text","project_customer_use_case":"text","project_delivery_models":"jsonb","project_expected_customer_spend":"jsonb","project_expected_spend_amount":"numeric","project_expected_spend_currency_code":"text","project_expected_spend_frequency":"text","project_expected_contract_duration_term":"text","project_expected_contract_duration_value":"text","project_apn_programs":"jsonb","project_sales_activities":"jsonb","project_competitor_name":"text","project_other_competitor_names":"text","project_other_solution_description":"text","project_additional_comments":"text","project_related_opportunity_identifier":"text","project_aws_partition":"text","life_cycle_stage":"text","life_cycle_closed_lost_reason":"text","life_cycle_next_steps":"text","life_cycle_next_steps_history":"jsonb","life_cycle_target_close_date":"date","life_cycle_review_status":"text","life_cycle_review_comments":"text","life_cycle_review_status_reason":"text","opportunity_team":"jsonb","marketing_campaign_name":"text","marketing_source":"text","marketing_use_cases":"jsonb","marketing_channels":"jsonb","marketing_aws_funding_used":"text","software_revenue_delivery_model":"text","software_revenue_amount":"numeric","software_revenue_currency_code":"text","software_revenue_effective_date":"date","software_revenue_expiration_date":"date","_sdc_deleted_at":"timestamptz"}) }}
),

ranked as (
  select source.*,
  -- a tombstone has no cursor value: the key's values are those of its newest version, and it is deleted when a
  -- tombstone arrived no earlier than that version (the versions a tombstone names were read before it)
  row_number() over (partition by "id", "catalog" order by (_sdc_deleted_at is not null and "last_modified_date" is null), "last_modified_date" desc nulls last, _sdc_received_at desc, _sdc_sequence desc) as version_rank,
  max(_sdc_received_at) filter (where _sdc_deleted_at is not null and "last_modified_date" is null) over (partition by "id", "catalog") as _tombstone_received_at,
  max(_sdc_deleted_at) filter (where _sdc_deleted_at is not null and "last_modified_date" is null) over (partition by "id", "catalog") as _tombstone_deleted_at
  from source
)

select
  "catalog"::text as "catalog",
  "id"::text as "id",
  "arn"::text as "arn",
  "partner_opportunity_identifier"::text as "partner_opportunity_identifier",
  "opportunity_type"::text as "opportunity_type",
  "created_date"::timestamptz as "created_date",
  "last_modified_date"::timestamptz as "last_modified_date",
  "national_security"::text as "national_security",
  "primary_needs_from_aws"::jsonb as "primary_needs_from_aws",
  "related_aws_products"::jsonb as "related_aws_products",
  "related_solutions"::jsonb as "related_solutions",
  "related_aws_marketplace_offers"::jsonb as "related_aws_marketplace_offers",
  "related_aws_marketplace_offer_sets"::jsonb as "related_aws_marketplace_offer_sets",
  "related_aws_marketplace_solutions"::jsonb as "related_aws_marketplace_solutions",
  "related_aws_marketplace_products"::jsonb as "related_aws_marketplace_products",
  "customer_company_name"::text as "customer_company_name",
  "customer_industry"::text as "customer_industry",
  "customer_other_industry"::text as "customer_other_industry",
  "customer_website_url"::text as "customer_website_url",
  "customer_aws_account_id"::text as "customer_aws_account_id",
  "customer_duns"::text as "customer_duns",
  "customer_city"::text as "customer_city",
  "customer_postal_code"::text as "customer_postal_code",
  "customer_state_or_region"::text as "customer_state_or_region",
  "customer_country_code"::text as "customer_country_code",
  "customer_street_address"::text as "customer_street_address",
  "customer_contacts"::jsonb as "customer_contacts",
  "project_title"::text as "project_title",
  "project_customer_business_problem"::text as "project_customer_business_problem",
  "project_customer_use_case"::text as "project_customer_use_case",
  "project_delivery_models"::jsonb as "project_delivery_models",
  "project_expected_customer_spend"::jsonb as "project_expected_customer_spend",
  "project_expected_spend_amount"::numeric as "project_expected_spend_amount",
  "project_expected_spend_currency_code"::text as "project_expected_spend_currency_code",
  "project_expected_spend_frequency"::text as "project_expected_spend_frequency",
  "project_expected_contract_duration_term"::text as "project_expected_contract_duration_term",
  "project_expected_contract_duration_value"::text as "project_expected_contract_duration_value",
  "project_apn_programs"::jsonb as "project_apn_programs",
  "project_sales_activities"::jsonb as "project_sales_activities",
  "project_competitor_name"::text as "project_competitor_name",
  "project_other_competitor_names"::text as "project_other_competitor_names",
  "project_other_solution_description"::text as "project_other_solution_description",
  "project_additional_comments"::text as "project_additional_comments",
  "project_related_opportunity_identifier"::text as "project_related_opportunity_identifier",
  "project_aws_partition"::text as "project_aws_partition",
  "life_cycle_stage"::text as "life_cycle_stage",
  "life_cycle_closed_lost_reason"::text as "life_cycle_closed_lost_reason",
  "life_cycle_next_steps"::text as "life_cycle_next_steps",
  "life_cycle_next_steps_history"::jsonb as "life_cycle_next_steps_history",
  "life_cycle_target_close_date"::date as "life_cycle_target_close_date",
  "life_cycle_review_status"::text as "life_cycle_review_status",
  "life_cycle_review_comments"::text as "life_cycle_review_comments",
  "life_cycle_review_status_reason"::text as "life_cycle_review_status_reason",
  "opportunity_team"::jsonb as "opportunity_team",
  "marketing_campaign_name"::text as "marketing_campaign_name",
  "marketing_source"::text as "marketing_source",
  "marketing_use_cases"::jsonb as "marketing_use_cases",
  "marketing_channels"::jsonb as "marketing_channels",
  "marketing_aws_funding_used"::text as "marketing_aws_funding_used",
  "software_revenue_delivery_model"::text as "software_revenue_delivery_model",
  "software_revenue_amount"::numeric as "software_revenue_amount",
  "software_revenue_currency_code"::text as "software_revenue_currency_code",
  "software_revenue_effective_date"::date as "software_revenue_effective_date",
  "software_revenue_expiration_date"::date as "software_revenue_expiration_date",
  _sdc_received_at as _synced_at,
  _sdc_extracted_at as extracted_at,
  _sdc_load_run_id as load_run_id,
  case when _tombstone_received_at >= _sdc_received_at then _tombstone_deleted_at else _sdc_deleted_at end as _deleted_at
from ranked
where version_rank = 1

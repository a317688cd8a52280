// generated from contracts/apn/*.yaml by `npm run codegen`; do not edit

export interface ApnApiCallsRecord {
run_started_at: string
catalog: string
operation: string
/**
 * requests sent, retries included
 */
calls: number
/**
 * ThrottlingException answers among them
 */
throttled: number
}

export interface ApnAwsOpportunitySummariesRecord {
/**
 * AWS (real data) or Sandbox (test data): part of every key
 */
catalog: ("AWS" | "Sandbox")
related_opportunity_id: string
origin?: (string | null)
involvement_type?: (string | null)
involvement_type_change_reason?: (string | null)
visibility?: (string | null)
cosell_motion?: (string | null)
aws_stage?: (string | null)
aws_target_close_date?: (string | null)
aws_closed_lost_reason?: (string | null)
aws_next_steps?: (string | null)
aws_next_steps_history?: unknown
/**
 * AWS's team: [{Email, FirstName, LastName, BusinessTitle}]
 */
aws_opportunity_team?: {
[k: string]: unknown
}
/**
 * the first AWS team member
 */
aws_sales_rep_email?: (string | null)
aws_sales_rep_first_name?: (string | null)
aws_sales_rep_last_name?: (string | null)
aws_sales_rep_business_title?: (string | null)
insights_next_best_actions?: (string | null)
insights_engagement_score?: (string | null)
insights_opportunity_quality_score?: (number | null)
insights_opportunity_quality_trend?: (string | null)
insights_aws_products_spend_insights_by_source?: unknown
insights_recommendations?: unknown
related_aws_products?: unknown
related_solutions?: unknown
related_aws_marketplace_solutions?: unknown
related_aws_marketplace_products?: unknown
customer_contacts?: unknown
project_expected_customer_spend?: unknown
project_aws_partition?: (string | null)
software_revenue_amount?: (number | null)
software_revenue_currency_code?: (string | null)
software_revenue_discount?: (string | null)
software_revenue_effective_date?: (string | null)
software_revenue_expiration_date?: (string | null)
}

export interface ApnBenefitAllocationsRecord {
/**
 * AWS (real data) or Sandbox (test data): part of every key
 */
catalog: ("AWS" | "Sandbox")
id: string
arn?: (string | null)
name?: (string | null)
description?: (string | null)
status?: ("ACTIVE" | "INACTIVE" | "FULFILLED" | null)
status_reason?: (string | null)
benefit_application_id?: (string | null)
benefit_id?: (string | null)
fulfillment_type?: (string | null)
applicable_benefit_ids?: unknown
/**
 * one of DisbursementDetails, ConsumableDetails, CreditDetails, AccessDetails, as sent
 */
fulfillment_detail?: {
[k: string]: unknown
}
disbursed_amount?: (number | null)
consumable_allocated_amount?: (number | null)
consumable_remaining_amount?: (number | null)
consumable_utilized_amount?: (number | null)
credit_allocated_amount?: (number | null)
credit_issued_amount?: (number | null)
credit_codes?: unknown
access_description?: (string | null)
created_at?: (string | null)
updated_at?: (string | null)
starts_at?: (string | null)
expires_at?: (string | null)
}

export interface ApnBenefitApplicationsRecord {
/**
 * AWS (real data) or Sandbox (test data): part of every key
 */
catalog: ("AWS" | "Sandbox")
id: string
arn?: (string | null)
name?: (string | null)
description?: (string | null)
benefit_id?: (string | null)
programs?: unknown
fulfillment_types?: unknown
status?: ("PENDING_SUBMISSION" | "IN_REVIEW" | "ACTION_REQUIRED" | "APPROVED" | "REJECTED" | "CANCELED" | null)
stage?: (string | null)
status_reason?: (string | null)
status_reason_code?: (string | null)
status_reason_codes?: unknown
created_at?: (string | null)
updated_at: string
revision?: (string | null)
/**
 * the programme-specific document (amounts inside are strings as sent)
 */
benefit_application_details?: {
[k: string]: unknown
}
associated_resources?: unknown
partner_contacts?: unknown
file_details?: unknown
}

export interface ApnBenefitsRecord {
/**
 * AWS (real data) or Sandbox (test data): part of every key
 */
catalog: ("AWS" | "Sandbox")
id: string
arn?: (string | null)
name?: (string | null)
description?: (string | null)
programs?: unknown
fulfillment_types?: unknown
status?: ("ACTIVE" | "INACTIVE" | null)
}

export interface ApnEngagementInvitationsRecord {
/**
 * AWS (real data) or Sandbox (test data): part of every key
 */
catalog: ("AWS" | "Sandbox")
id: string
arn?: (string | null)
payload_type?: (string | null)
engagement_id?: (string | null)
engagement_title?: (string | null)
status?: (string | null)
invitation_date?: (string | null)
expiration_date?: (string | null)
sender_aws_account_id?: (string | null)
sender_company_name?: (string | null)
receiver_aws_account_id?: (string | null)
receiver_alias?: (string | null)
participant_type?: (string | null)
}

export interface ApnEngagementsRecord {
/**
 * AWS (real data) or Sandbox (test data): part of every key
 */
catalog: ("AWS" | "Sandbox")
id: string
arn?: (string | null)
title?: (string | null)
created_at?: (string | null)
created_by?: (string | null)
modified_at?: (string | null)
modified_by?: (string | null)
member_count?: (number | null)
context_types?: unknown
}

export interface ApnExportClaimPaymentsRecord {
"Payment ID"?: (string | null)
"Claim ID"?: (string | null)
"Payment Status"?: (string | null)
"Payment Amount"?: (string | null)
Currency?: (string | null)
"Payment Date"?: (string | null)
"Invoice Number"?: (string | null)
"PO Number"?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
}

export interface ApnExportEndUsersRecord {
"End User ID"?: (string | null)
"Company Name"?: (string | null)
Website?: (string | null)
Country?: (string | null)
Industry?: (string | null)
"AWS Account ID"?: (string | null)
"Created Date"?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
}

export interface ApnExportFundingClaimsRecord {
"Claim ID"?: (string | null)
"Fund Request ID"?: (string | null)
Program?: (string | null)
"Claim Status"?: (string | null)
"Claim Amount"?: (string | null)
Currency?: (string | null)
"Submitted Date"?: (string | null)
"Approved Date"?: (string | null)
"Activity Name"?: (string | null)
"Opportunity ID"?: (string | null)
"AWS Account ID"?: (string | null)
"Proof of Execution"?: (string | null)
/**
 * as the report writes it (ISO 8601 with its offset): kept as text, since text staging reads only zone-less timestamps, in the project-wide source_time_zone
 */
"Last Modified Date"?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
}

export interface ApnExportFundingRequestHistoryRecord {
"Fund Request ID"?: (string | null)
/**
 * as the report writes it (ISO 8601 with its offset), kept as text
 */
"Changed At"?: (string | null)
Status?: (string | null)
Stage?: (string | null)
"Changed By"?: (string | null)
Comment?: (string | null)
"Requested Amount"?: (string | null)
Currency?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
}

export interface ApnExportPartnerUsersRecord {
"User ID"?: (string | null)
Email?: (string | null)
"First Name"?: (string | null)
"Last Name"?: (string | null)
Role?: (string | null)
Status?: (string | null)
/**
 * as the report writes it (ISO 8601 with its offset): kept as text, since text staging reads only zone-less timestamps, in the project-wide source_time_zone
 */
"Last Login Date"?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
}

export interface ApnOpportunitiesRecord {
/**
 * AWS (real data) or Sandbox (test data): part of every key
 */
catalog: ("AWS" | "Sandbox")
/**
 * AWS opportunity id (O…)
 */
id: string
arn?: (string | null)
/**
 * the partner CRM's own id (joins back to the CRM)
 */
partner_opportunity_identifier?: (string | null)
opportunity_type?: ("Net New Business" | "Expansion" | "Flat Renewal" | null)
created_date?: (string | null)
/**
 * the incremental cursor (values from AWS only)
 */
last_modified_date: string
national_security?: (string | null)
primary_needs_from_aws?: unknown
related_aws_products?: unknown
related_solutions?: unknown
related_aws_marketplace_offers?: unknown
related_aws_marketplace_offer_sets?: unknown
related_aws_marketplace_solutions?: unknown
related_aws_marketplace_products?: unknown
customer_company_name?: (string | null)
customer_industry?: (string | null)
customer_other_industry?: (string | null)
customer_website_url?: (string | null)
/**
 * the customer's 12-digit AWS account
 */
customer_aws_account_id?: (string | null)
customer_duns?: (string | null)
customer_city?: (string | null)
customer_postal_code?: (string | null)
customer_state_or_region?: (string | null)
customer_country_code?: (string | null)
customer_street_address?: (string | null)
/**
 * [{Email, FirstName, LastName, BusinessTitle, Phone}]
 */
customer_contacts?: {
[k: string]: unknown
}
project_title?: (string | null)
project_customer_business_problem?: (string | null)
project_customer_use_case?: (string | null)
project_delivery_models?: unknown
/**
 * [{Amount (string), CurrencyCode, Frequency, TargetCompany, EstimationUrl}]
 */
project_expected_customer_spend?: {
[k: string]: unknown
}
/**
 * the first ExpectedCustomerSpend entry, exact
 */
project_expected_spend_amount?: (number | null)
project_expected_spend_currency_code?: (string | null)
project_expected_spend_frequency?: (string | null)
project_expected_contract_duration_term?: (string | null)
project_expected_contract_duration_value?: (string | null)
project_apn_programs?: unknown
project_sales_activities?: unknown
project_competitor_name?: (string | null)
project_other_competitor_names?: (string | null)
project_other_solution_description?: (string | null)
project_additional_comments?: (string | null)
project_related_opportunity_identifier?: (string | null)
project_aws_partition?: (string | null)
life_cycle_stage?: ("Prospect" | "Qualified" | "Technical Validation" | "Business Validation" | "Committed" | "Launched" | "Closed Lost" | null)
life_cycle_closed_lost_reason?: (string | null)
life_cycle_next_steps?: (string | null)
/**
 * [{Value, Time}]
 */
life_cycle_next_steps_history?: {
[k: string]: unknown
}
life_cycle_target_close_date?: (string | null)
life_cycle_review_status?: ("Pending Submission" | "Submitted" | "In review" | "Approved" | "Rejected" | "Action Required" | null)
life_cycle_review_comments?: (string | null)
life_cycle_review_status_reason?: (string | null)
/**
 * the partner's own people: [{Email, FirstName, LastName, BusinessTitle, Phone}]
 */
opportunity_team?: {
[k: string]: unknown
}
marketing_campaign_name?: (string | null)
marketing_source?: (string | null)
marketing_use_cases?: unknown
marketing_channels?: unknown
marketing_aws_funding_used?: (string | null)
software_revenue_delivery_model?: (string | null)
software_revenue_amount?: (number | null)
software_revenue_currency_code?: (string | null)
software_revenue_effective_date?: (string | null)
software_revenue_expiration_date?: (string | null)
}

export interface ApnSolutionsRecord {
/**
 * AWS (real data) or Sandbox (test data): part of every key
 */
catalog: ("AWS" | "Sandbox")
id: string
arn?: (string | null)
name?: (string | null)
status?: (string | null)
category?: (string | null)
created_date?: (string | null)
aws_marketplace_solution_arn?: (string | null)
}

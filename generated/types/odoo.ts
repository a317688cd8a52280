// generated from contracts/odoo/*.yaml by `npm run codegen`; do not edit

export interface OdooAccountMoveRecord {
id: number
access_token?: (string | null)
activity_ids?: unknown
adjusting_entries_move_ids?: unknown
adjusting_entry_origin_move_ids?: unknown
always_tax_exigible?: (boolean | null)
amount_residual?: (number | null)
amount_residual_signed?: (number | null)
amount_tax?: (number | null)
amount_tax_signed?: (number | null)
amount_total?: (number | null)
amount_total_in_currency_signed?: (number | null)
amount_total_signed?: (number | null)
amount_untaxed?: (number | null)
amount_untaxed_in_currency_signed?: (number | null)
amount_untaxed_signed?: (number | null)
attachment_ids?: unknown
audit_trail_message_ids?: unknown
/**
 * Selection; values when discovered: no, at_date, monthly, quarterly, yearly (not enforced: the list depends on the Odoo version and installed modules)
 */
auto_post: string
auto_post_origin_id?: (number | null)
auto_post_origin_id_name?: (string | null)
auto_post_until?: (string | null)
campaign_id?: (number | null)
campaign_id_name?: (string | null)
checked?: (boolean | null)
commercial_partner_id?: (number | null)
commercial_partner_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
currency_id: number
currency_id_name: string
date: string
delivery_date?: (string | null)
exchange_diff_partial_ids?: unknown
fiscal_position_id?: (number | null)
fiscal_position_id_name?: (string | null)
inalterable_hash?: (string | null)
incoterm_location?: (string | null)
invoice_cash_rounding_id?: (number | null)
invoice_cash_rounding_id_name?: (string | null)
invoice_currency_rate?: (number | null)
invoice_date?: (string | null)
invoice_date_due?: (string | null)
invoice_incoterm_id?: (number | null)
invoice_incoterm_id_name?: (string | null)
invoice_line_ids?: unknown
invoice_origin?: (string | null)
invoice_partner_display_name?: (string | null)
invoice_payment_term_id?: (number | null)
invoice_payment_term_id_name?: (string | null)
invoice_source_email?: (string | null)
invoice_user_id?: (number | null)
invoice_user_id_name?: (string | null)
is_manually_modified?: (boolean | null)
is_move_sent?: (boolean | null)
journal_id: number
journal_id_name: string
journal_line_ids?: unknown
line_ids?: unknown
made_sequence_gap?: (boolean | null)
matched_payment_ids?: unknown
medium_id?: (number | null)
medium_id_name?: (string | null)
message_follower_ids?: unknown
message_ids?: unknown
message_main_attachment_id?: (number | null)
message_main_attachment_id_name?: (string | null)
/**
 * Selection; values when discovered: entry, out_invoice, out_refund, in_invoice, in_refund, out_receipt, in_receipt (not enforced: the list depends on the Odoo version and installed modules)
 */
move_type: string
name?: (string | null)
narration?: (string | null)
origin_payment_id?: (number | null)
origin_payment_id_name?: (string | null)
partner_bank_id?: (number | null)
partner_bank_id_name?: (string | null)
partner_id?: (number | null)
partner_id_name?: (string | null)
partner_shipping_id?: (number | null)
partner_shipping_id_name?: (string | null)
payment_ids?: unknown
payment_reference?: (string | null)
/**
 * Selection; values when discovered: not_paid, in_payment, paid, partial, reversed, blocked, invoicing_legacy (not enforced: the list depends on the Odoo version and installed modules)
 */
payment_state?: (string | null)
peppol_message_uuid?: (string | null)
/**
 * Selection; values when discovered: ready, to_send, skipped, processing, done, error (not enforced: the list depends on the Odoo version and installed modules)
 */
peppol_move_state?: (string | null)
posted_before?: (boolean | null)
preferred_payment_method_line_id?: (number | null)
preferred_payment_method_line_id_name?: (string | null)
qr_code_method?: (string | null)
quick_edit_total_amount?: (number | null)
rating_ids?: unknown
ref?: (string | null)
reversal_move_ids?: unknown
reversed_entry_id?: (number | null)
reversed_entry_id_name?: (string | null)
secure_sequence_number?: (number | null)
sending_data?: unknown
sequence_number?: (number | null)
sequence_prefix?: (string | null)
source_id?: (number | null)
source_id_name?: (string | null)
/**
 * Selection; values when discovered: draft, posted, cancel (not enforced: the list depends on the Odoo version and installed modules)
 */
state: string
statement_line_id?: (number | null)
statement_line_id_name?: (string | null)
statement_line_ids?: unknown
tax_cash_basis_created_move_ids?: unknown
tax_cash_basis_origin_move_id?: (number | null)
tax_cash_basis_origin_move_id_name?: (string | null)
tax_cash_basis_rec_id?: (number | null)
tax_cash_basis_rec_id_name?: (string | null)
taxable_supply_date?: (string | null)
team_id?: (number | null)
team_id_name?: (string | null)
transaction_ids?: unknown
website_message_ids?: unknown
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
x_aws_account_id?: (number | null)
x_aws_account_id_name?: (string | null)
}

export interface OdooAccountMoveLineRecord {
id: number
account_id?: (number | null)
account_id_name?: (string | null)
amount_currency?: (number | null)
amount_residual?: (number | null)
amount_residual_currency?: (number | null)
analytic_distribution?: unknown
analytic_line_ids?: unknown
balance?: (number | null)
collapse_composition?: (boolean | null)
collapse_prices?: (boolean | null)
company_currency_id?: (number | null)
company_currency_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
credit?: (number | null)
currency_id: number
currency_id_name: string
date?: (string | null)
date_maturity?: (string | null)
debit?: (number | null)
deductible_amount?: (number | null)
discount?: (number | null)
discount_amount_currency?: (number | null)
discount_balance?: (number | null)
discount_date?: (string | null)
/**
 * Selection; values when discovered: product, cogs, tax, discount, rounding, payment_term, line_section, line_subsection, line_note, epd, non_deductible_product_total, non_deductible_product, non_deductible_tax (not enforced: the list depends on the Odoo version and installed modules)
 */
display_type: string
extra_tax_data?: unknown
full_reconcile_id?: (number | null)
full_reconcile_id_name?: (string | null)
group_tax_id?: (number | null)
group_tax_id_name?: (string | null)
invoice_date?: (string | null)
is_downpayment?: (boolean | null)
is_imported?: (boolean | null)
is_storno?: (boolean | null)
journal_id?: (number | null)
journal_id_name?: (string | null)
matched_credit_ids?: unknown
matched_debit_ids?: unknown
matching_number?: (string | null)
move_id: number
move_id_name: string
move_name?: (string | null)
name?: (string | null)
no_followup?: (boolean | null)
/**
 * Selection; values when discovered: draft, posted, cancel (not enforced: the list depends on the Odoo version and installed modules)
 */
parent_state?: (string | null)
partner_id?: (number | null)
partner_id_name?: (string | null)
payment_id?: (number | null)
payment_id_name?: (string | null)
price_subtotal?: (number | null)
price_total?: (number | null)
price_unit?: (number | null)
product_id?: (number | null)
product_id_name?: (string | null)
product_uom_id?: (number | null)
product_uom_id_name?: (string | null)
quantity?: (number | null)
reconcile_model_id?: (number | null)
reconcile_model_id_name?: (string | null)
reconciled?: (boolean | null)
ref?: (string | null)
sale_line_ids?: unknown
sequence?: (number | null)
statement_id?: (number | null)
statement_id_name?: (string | null)
statement_line_id?: (number | null)
statement_line_id_name?: (string | null)
tax_base_amount?: (number | null)
tax_group_id?: (number | null)
tax_group_id_name?: (string | null)
tax_ids?: unknown
tax_line_id?: (number | null)
tax_line_id_name?: (string | null)
tax_repartition_line_id?: (number | null)
tax_repartition_line_id_name?: (string | null)
tax_tag_ids?: unknown
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

export interface OdooCAwsAccountsRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
message_follower_ids?: unknown
message_ids?: unknown
rating_ids?: unknown
website_message_ids?: unknown
activity_ids?: unknown
name: string
account_id: string
partner_id?: (number | null)
partner_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
user_id?: (number | null)
user_id_name?: (string | null)
payer_id?: (number | null)
payer_id_name?: (string | null)
is_payer?: (boolean | null)
billable?: (boolean | null)
/**
 * Selection; values when discovered: production, staging, development, sandbox (not enforced: the list depends on the Odoo version and installed modules)
 */
environment?: (string | null)
root_email?: (string | null)
/**
 * Selection; values when discovered: basic, developer, business, enterprise_on_ramp, enterprise (not enforced: the list depends on the Odoo version and installed modules)
 */
support_plan?: (string | null)
organization_id?: (string | null)
region?: (string | null)
spp_discount?: (number | null)
/**
 * Selection; values when discovered: active, suspended, closed (not enforced: the list depends on the Odoo version and installed modules)
 */
state?: (string | null)
date_joined?: (string | null)
notes?: (string | null)
active?: (boolean | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
monthly_spend?: (number | null)
lead_ids?: unknown
}

export interface OdooCAwsFundingRequestRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
lead_id?: (number | null)
lead_id_name?: (string | null)
partner_id?: (number | null)
partner_id_name?: (string | null)
aws_account_id?: (number | null)
aws_account_id_name?: (string | null)
/**
 * Selection; values when discovered: map, poc, migration_acceleration, marketing_development, other (not enforced: the list depends on the Odoo version and installed modules)
 */
program?: (string | null)
/**
 * Selection; values when discovered: draft, submitted, approved, rejected, claimed, paid (not enforced: the list depends on the Odoo version and installed modules)
 */
state?: (string | null)
apn_funding_id?: (string | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
amount_requested?: (number | null)
amount_approved?: (number | null)
amount_claimed?: (number | null)
date_submitted?: (string | null)
date_approved?: (string | null)
date_claim_due?: (string | null)
user_id?: (number | null)
user_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
description?: (string | null)
active?: (boolean | null)
}

export interface OdooCBillingBillRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
message_follower_ids?: unknown
message_ids?: unknown
rating_ids?: unknown
website_message_ids?: unknown
activity_ids?: unknown
name: string
partner_id: number
partner_id_name: string
aws_account_id?: (number | null)
aws_account_id_name?: (string | null)
payer_id?: (number | null)
payer_id_name?: (string | null)
billing_period?: (string | null)
date?: (string | null)
due_date?: (string | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
internal_cur_id?: (number | null)
internal_cur_id_name?: (string | null)
amount_untaxed?: (number | null)
amount_tax?: (number | null)
amount_total?: (number | null)
/**
 * Selection; values when discovered: draft, confirmed, invoiced, cancel (not enforced: the list depends on the Odoo version and installed modules)
 */
state?: (string | null)
line_ids?: unknown
invoice_id?: (number | null)
invoice_id_name?: (string | null)
user_id?: (number | null)
user_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
notes?: (string | null)
}

export interface OdooCBillingBillLineRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
bill_id: number
bill_id_name: string
sequence?: (number | null)
name: string
service_code?: (string | null)
usage_type?: (string | null)
product_id?: (number | null)
product_id_name?: (string | null)
quantity?: (number | null)
unit_price?: (number | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
amount?: (number | null)
discount_amount?: (number | null)
/**
 * Selection; values when discovered: usage, credit, refund, tax, support, fee (not enforced: the list depends on the Odoo version and installed modules)
 */
line_type?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
}

export interface OdooCBillingInternalCurRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
currency_id: number
currency_id_name: string
company_currency_id?: (number | null)
company_currency_id_name?: (string | null)
rate: number
date_from?: (string | null)
date_to?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
active?: (boolean | null)
}

export interface OdooCBillingSppBillRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
aws_account_id: number
aws_account_id_name: string
payer_id?: (number | null)
payer_id_name?: (string | null)
partner_id?: (number | null)
partner_id_name?: (string | null)
billing_period?: (string | null)
period_start?: (string | null)
period_end?: (string | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
usage_amount?: (number | null)
spp_discount_amount?: (number | null)
credits_amount?: (number | null)
total_amount?: (number | null)
/**
 * Selection; values when discovered: draft, validated, invoiced (not enforced: the list depends on the Odoo version and installed modules)
 */
state?: (string | null)
invoice_id?: (number | null)
invoice_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
}

export interface OdooCrmLeadRecord {
id: number
active?: (boolean | null)
activity_ids?: unknown
automated_probability?: (number | null)
calendar_event_ids?: unknown
campaign_id?: (number | null)
campaign_id_name?: (string | null)
city?: (string | null)
color?: (number | null)
company_id?: (number | null)
company_id_name?: (string | null)
contact_name?: (string | null)
country_id?: (number | null)
country_id_name?: (string | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
date_automation_last?: (string | null)
date_closed?: (string | null)
date_conversion?: (string | null)
date_deadline?: (string | null)
date_last_stage_update?: (string | null)
date_open?: (string | null)
day_close?: (number | null)
day_open?: (number | null)
description?: (string | null)
email_cc?: (string | null)
email_domain_criterion?: (string | null)
email_from?: (string | null)
email_normalized?: (string | null)
/**
 * Selection; values when discovered: correct, incorrect (not enforced: the list depends on the Odoo version and installed modules)
 */
email_state?: (string | null)
expected_revenue?: (number | null)
function?: (string | null)
iap_enrich_done?: (boolean | null)
lang_id?: (number | null)
lang_id_name?: (string | null)
lead_mining_request_id?: (number | null)
lead_mining_request_id_name?: (string | null)
lead_properties?: unknown
lost_reason_id?: (number | null)
lost_reason_id_name?: (string | null)
medium_id?: (number | null)
medium_id_name?: (string | null)
message_bounce?: (number | null)
message_follower_ids?: unknown
message_ids?: unknown
name: string
order_ids?: unknown
partner_id?: (number | null)
partner_id_name?: (string | null)
partner_name?: (string | null)
phone?: (string | null)
phone_sanitized?: (string | null)
/**
 * Selection; values when discovered: correct, incorrect (not enforced: the list depends on the Odoo version and installed modules)
 */
phone_state?: (string | null)
/**
 * Selection; values when discovered: 0, 1, 2, 3 (not enforced: the list depends on the Odoo version and installed modules)
 */
priority?: (string | null)
probability?: (number | null)
prorated_revenue?: (number | null)
rating_ids?: unknown
recurring_plan?: (number | null)
recurring_plan_name?: (string | null)
recurring_revenue?: (number | null)
recurring_revenue_monthly?: (number | null)
recurring_revenue_monthly_prorated?: (number | null)
recurring_revenue_prorated?: (number | null)
referred?: (string | null)
reveal_id?: (string | null)
source_id?: (number | null)
source_id_name?: (string | null)
stage_id?: (number | null)
stage_id_name?: (string | null)
state_id?: (number | null)
state_id_name?: (string | null)
street?: (string | null)
street2?: (string | null)
tag_ids?: unknown
team_id?: (number | null)
team_id_name?: (string | null)
/**
 * Selection; values when discovered: lead, opportunity (not enforced: the list depends on the Odoo version and installed modules)
 */
type: string
user_id?: (number | null)
user_id_name?: (string | null)
website?: (string | null)
website_message_ids?: unknown
/**
 * Selection; values when discovered: won, lost, pending (not enforced: the list depends on the Odoo version and installed modules)
 */
won_status?: (string | null)
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
zip?: (string | null)
x_aws_account_id?: (number | null)
x_aws_account_id_name?: (string | null)
x_aws_payer_id?: (number | null)
x_aws_payer_id_name?: (string | null)
x_ace_opportunity_id?: (string | null)
x_partner_opportunity_identifier?: (string | null)
x_aws_funding_request_ids?: unknown
/**
 * Selection; values when discovered: saas_or_paas, byol_or_ami, managed_services, professional_services, resell, other (not enforced: the list depends on the Odoo version and installed modules)
 */
x_delivery_model?: (string | null)
x_use_case?: (string | null)
/**
 * Selection; values when discovered: healthcare, financial_services, government, education, retail, telecommunications, energy, other (not enforced: the list depends on the Odoo version and installed modules)
 */
x_industry?: (string | null)
}

export interface OdooCrmStageRecord {
id: number
color?: (number | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
fold?: (boolean | null)
is_won?: (boolean | null)
name: string
name__ar?: (string | null)
requirements?: (string | null)
rotting_threshold_days?: (number | null)
sequence?: (number | null)
team_ids?: unknown
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

export interface OdooCrmTagRecord {
id: number
color?: (number | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
name: string
name__ar?: (string | null)
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

export interface OdooCrmTeamRecord {
id: number
active?: (boolean | null)
alias_id: number
alias_id_name: string
assignment_domain?: (string | null)
assignment_optout?: (boolean | null)
color?: (number | null)
company_id?: (number | null)
company_id_name?: (string | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
crm_team_member_all_ids?: unknown
crm_team_member_ids?: unknown
favorite_user_ids?: unknown
invoiced_target?: (number | null)
lead_properties_definition?: unknown
message_follower_ids?: unknown
message_ids?: unknown
name: string
name__ar?: (string | null)
rating_ids?: unknown
sequence?: (number | null)
use_leads?: (boolean | null)
use_opportunities?: (boolean | null)
user_id?: (number | null)
user_id_name?: (string | null)
website_message_ids?: unknown
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

export interface OdooProductProductRecord {
id: number
active?: (boolean | null)
activity_ids?: unknown
additional_product_tag_ids?: unknown
barcode?: (string | null)
can_image_variant_1024_be_zoomed?: (boolean | null)
combination_indices?: (string | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
default_code?: (string | null)
is_favorite?: (boolean | null)
is_in_selected_section_of_order?: (boolean | null)
message_follower_ids?: unknown
message_ids?: unknown
product_document_ids?: unknown
product_template_attribute_value_ids?: unknown
product_template_variant_value_ids?: unknown
product_tmpl_id: number
product_tmpl_id_name: string
product_uom_ids?: unknown
rating_ids?: unknown
standard_price?: (number | null)
volume?: (number | null)
website_message_ids?: unknown
weight?: (number | null)
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

export interface OdooProductTemplateRecord {
id: number
account_tag_ids?: unknown
active?: (boolean | null)
activity_ids?: unknown
attribute_line_ids?: unknown
can_image_1024_be_zoomed?: (boolean | null)
categ_id?: (number | null)
categ_id_name?: (string | null)
color?: (number | null)
combo_ids?: unknown
company_id?: (number | null)
company_id_name?: (string | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
default_code?: (string | null)
description?: (string | null)
description__ar?: (string | null)
description_purchase?: (string | null)
description_purchase__ar?: (string | null)
description_sale?: (string | null)
description_sale__ar?: (string | null)
/**
 * Selection; values when discovered: no, cost, sales_price (not enforced: the list depends on the Odoo version and installed modules)
 */
expense_policy?: (string | null)
has_configurable_attributes?: (boolean | null)
/**
 * Selection; values when discovered: order, delivery (not enforced: the list depends on the Odoo version and installed modules)
 */
invoice_policy?: (string | null)
is_favorite?: (boolean | null)
list_price?: (number | null)
message_follower_ids?: unknown
message_ids?: unknown
name: string
name__ar?: (string | null)
optional_product_ids?: unknown
pricelist_rule_ids?: unknown
product_document_ids?: unknown
product_properties?: unknown
product_tag_ids?: unknown
product_variant_ids: unknown
project_id?: (number | null)
project_id_name?: (string | null)
project_template_id?: (number | null)
project_template_id_name?: (string | null)
property_account_expense_id?: (number | null)
property_account_expense_id_name?: (string | null)
property_account_income_id?: (number | null)
property_account_income_id_name?: (string | null)
purchase_ok?: (boolean | null)
rating_ids?: unknown
sale_line_warn_msg?: (string | null)
sale_ok?: (boolean | null)
seller_ids?: unknown
sequence?: (number | null)
/**
 * Selection; values when discovered: no, task_global_project, task_in_project, project_only (not enforced: the list depends on the Odoo version and installed modules)
 */
service_tracking: string
/**
 * Selection; values when discovered: manual, milestones (not enforced: the list depends on the Odoo version and installed modules)
 */
service_type?: (string | null)
supplier_taxes_id?: unknown
task_template_id?: (number | null)
task_template_id_name?: (string | null)
taxes_id?: unknown
/**
 * Selection; values when discovered: consu, service, combo (not enforced: the list depends on the Odoo version and installed modules)
 */
type: string
uom_id: number
uom_id_name: string
uom_ids?: unknown
variant_seller_ids?: unknown
volume?: (number | null)
website_message_ids?: unknown
weight?: (number | null)
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

export interface OdooProjectProjectRecord {
id: number
access_token?: (string | null)
account_id?: (number | null)
account_id_name?: (string | null)
active?: (boolean | null)
activity_ids?: unknown
alias_id: number
alias_id_name: string
allow_billable?: (boolean | null)
allow_milestones?: (boolean | null)
allow_recurring_tasks?: (boolean | null)
allow_task_dependencies?: (boolean | null)
collaborator_ids?: unknown
color?: (number | null)
company_id?: (number | null)
company_id_name?: (string | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
date?: (string | null)
date_start?: (string | null)
description?: (string | null)
favorite_user_ids?: unknown
is_template?: (boolean | null)
label_tasks?: (string | null)
label_tasks__ar?: (string | null)
last_update_id?: (number | null)
last_update_id_name?: (string | null)
/**
 * Selection; values when discovered: on_track, at_risk, off_track, on_hold, to_define, done (not enforced: the list depends on the Odoo version and installed modules)
 */
last_update_status: string
message_follower_ids?: unknown
message_ids?: unknown
milestone_ids?: unknown
name: string
name__ar?: (string | null)
partner_id?: (number | null)
partner_id_name?: (string | null)
/**
 * Selection; values when discovered: followers, invited_users, employees, portal (not enforced: the list depends on the Odoo version and installed modules)
 */
privacy_visibility: string
rating_ids?: unknown
reinvoiced_sale_order_id?: (number | null)
reinvoiced_sale_order_id_name?: (string | null)
sale_line_id?: (number | null)
sale_line_id_name?: (string | null)
sequence?: (number | null)
stage_id?: (number | null)
stage_id_name?: (string | null)
tag_ids?: unknown
task_ids?: unknown
task_properties_definition?: unknown
tasks?: unknown
type_ids?: unknown
update_ids?: unknown
user_id?: (number | null)
user_id_name?: (string | null)
website_message_ids?: unknown
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
x_aws_account_id?: (number | null)
x_aws_account_id_name?: (string | null)
}

export interface OdooResCompanyRecord {
id: number
account_cash_basis_base_account_id?: (number | null)
account_cash_basis_base_account_id_name?: (string | null)
account_default_pos_receivable_account_id?: (number | null)
account_default_pos_receivable_account_id_name?: (string | null)
account_discount_expense_allocation_id?: (number | null)
account_discount_expense_allocation_id_name?: (string | null)
account_discount_income_allocation_id?: (number | null)
account_discount_income_allocation_id_name?: (string | null)
account_edi_proxy_client_ids?: unknown
account_fiscal_country_id?: (number | null)
account_fiscal_country_id_name?: (string | null)
account_journal_early_pay_discount_gain_account_id?: (number | null)
account_journal_early_pay_discount_gain_account_id_name?: (string | null)
account_journal_early_pay_discount_loss_account_id?: (number | null)
account_journal_early_pay_discount_loss_account_id_name?: (string | null)
account_journal_suspense_account_id?: (number | null)
account_journal_suspense_account_id_name?: (string | null)
account_opening_date?: (string | null)
account_opening_move_id?: (number | null)
account_opening_move_id_name?: (string | null)
account_peppol_contact_email?: (string | null)
account_peppol_migration_key?: (string | null)
account_peppol_phone_number?: (string | null)
/**
 * Selection; values when discovered: not_registered, sender, smp_registration, receiver, rejected (not enforced: the list depends on the Odoo version and installed modules)
 */
account_peppol_proxy_state: string
/**
 * Selection; values when discovered: tax_included, tax_excluded (not enforced: the list depends on the Odoo version and installed modules)
 */
account_price_include: string
account_purchase_receipt_fiscal_position_id?: (number | null)
account_purchase_receipt_fiscal_position_id_name?: (string | null)
account_purchase_tax_id?: (number | null)
account_purchase_tax_id_name?: (string | null)
account_sale_tax_id?: (number | null)
account_sale_tax_id_name?: (string | null)
account_storno?: (boolean | null)
account_use_credit_limit?: (boolean | null)
active?: (boolean | null)
alias_domain_id?: (number | null)
alias_domain_id_name?: (string | null)
all_child_ids?: unknown
anglo_saxon_accounting?: (boolean | null)
automatic_entry_default_journal_id?: (number | null)
automatic_entry_default_journal_id_name?: (string | null)
autopost_bills?: (boolean | null)
bank_account_code_prefix?: (string | null)
bank_journal_ids?: unknown
batch_payment_sequence_id?: (number | null)
batch_payment_sequence_id_name?: (string | null)
cash_account_code_prefix?: (string | null)
chart_template?: (string | null)
child_ids?: unknown
company_details?: (string | null)
company_details__ar?: (string | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
currency_exchange_journal_id?: (number | null)
currency_exchange_journal_id_name?: (string | null)
currency_id: number
currency_id_name: string
default_cash_difference_expense_account_id?: (number | null)
default_cash_difference_expense_account_id_name?: (string | null)
default_cash_difference_income_account_id?: (number | null)
default_cash_difference_income_account_id_name?: (string | null)
display_invoice_amount_total_words?: (boolean | null)
display_invoice_tax_company_currency?: (boolean | null)
domestic_fiscal_position_id?: (number | null)
domestic_fiscal_position_id_name?: (string | null)
downpayment_account_id?: (number | null)
downpayment_account_id_name?: (string | null)
email?: (string | null)
email_primary_color?: (string | null)
email_secondary_color?: (string | null)
expects_chart_of_accounts?: (boolean | null)
expense_account_id?: (number | null)
expense_account_id_name?: (string | null)
expense_accrual_account_id?: (number | null)
expense_accrual_account_id_name?: (string | null)
expense_currency_exchange_account_id?: (number | null)
expense_currency_exchange_account_id_name?: (string | null)
external_report_layout_id?: (number | null)
external_report_layout_id_name?: (string | null)
fiscal_position_ids?: unknown
fiscalyear_last_day: number
/**
 * Selection; values when discovered: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 (not enforced: the list depends on the Odoo version and installed modules)
 */
fiscalyear_last_month: string
fiscalyear_lock_date?: (string | null)
/**
 * Selection; values when discovered: Lato, Roboto, Open_Sans, Montserrat, Oswald, Raleway, Tajawal, Fira_Mono (not enforced: the list depends on the Odoo version and installed modules)
 */
font?: (string | null)
hard_lock_date?: (string | null)
iap_enrich_auto_done?: (boolean | null)
income_account_id?: (number | null)
income_account_id_name?: (string | null)
income_currency_exchange_account_id?: (number | null)
income_currency_exchange_account_id_name?: (string | null)
incoterm_id?: (number | null)
incoterm_id_name?: (string | null)
invoice_terms?: (string | null)
invoice_terms__ar?: (string | null)
invoice_terms_html?: (string | null)
invoice_terms_html__ar?: (string | null)
/**
 * Selection; values when discovered: Blank, Demo logo, Custom (not enforced: the list depends on the Odoo version and installed modules)
 */
layout_background: string
link_qr_code?: (boolean | null)
message_follower_ids?: unknown
message_ids?: unknown
name: string
paperformat_id?: (number | null)
paperformat_id_name?: (string | null)
parent_id?: (number | null)
parent_id_name?: (string | null)
parent_path?: (string | null)
partner_id: number
partner_id_name: string
peppol_activate_self_billing_sending?: (boolean | null)
peppol_external_provider?: (string | null)
peppol_metadata?: unknown
peppol_metadata_updated_at?: (string | null)
peppol_purchase_journal_id?: (number | null)
peppol_purchase_journal_id_name?: (string | null)
peppol_self_billing_reception_journal_id?: (number | null)
peppol_self_billing_reception_journal_id_name?: (string | null)
phone?: (string | null)
portal_confirmation_pay?: (boolean | null)
portal_confirmation_sign?: (boolean | null)
prepayment_percent?: (number | null)
price_difference_account_id?: (number | null)
price_difference_account_id_name?: (string | null)
primary_color?: (string | null)
purchase_lock_date?: (string | null)
qr_code?: (boolean | null)
/**
 * Selection; values when discovered: out_invoices, in_invoices, out_and_in_invoices (not enforced: the list depends on the Odoo version and installed modules)
 */
quick_edit_mode?: (string | null)
quotation_validity_days?: (number | null)
rating_ids?: unknown
report_footer?: (string | null)
report_footer__ar?: (string | null)
report_header?: (string | null)
report_header__ar?: (string | null)
resource_calendar_id?: (number | null)
resource_calendar_id_name?: (string | null)
resource_calendar_ids?: unknown
restrictive_audit_trail?: (boolean | null)
revenue_accrual_account_id?: (number | null)
revenue_accrual_account_id_name?: (string | null)
sale_discount_product_id?: (number | null)
sale_discount_product_id_name?: (string | null)
sale_lock_date?: (string | null)
/**
 * Selection; values when discovered: digital_signature, paypal, stripe, other, manual (not enforced: the list depends on the Odoo version and installed modules)
 */
sale_onboarding_payment_method?: (string | null)
sale_order_template_id?: (number | null)
sale_order_template_id_name?: (string | null)
secondary_color?: (string | null)
sequence?: (number | null)
snailmail_color?: (boolean | null)
snailmail_cover?: (boolean | null)
snailmail_duplex?: (boolean | null)
/**
 * Selection; values when discovered: round_globally, round_per_line (not enforced: the list depends on the Odoo version and installed modules)
 */
tax_calculation_rounding_method?: (string | null)
tax_cash_basis_journal_id?: (number | null)
tax_cash_basis_journal_id_name?: (string | null)
tax_exigibility?: (boolean | null)
tax_lock_date?: (string | null)
/**
 * Selection; values when discovered: plain, html (not enforced: the list depends on the Odoo version and installed modules)
 */
terms_type?: (string | null)
transfer_account_code_prefix?: (string | null)
transfer_account_id?: (number | null)
transfer_account_id_name?: (string | null)
user_ids?: unknown
uses_default_logo?: (boolean | null)
website_message_ids?: unknown
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

export interface OdooResCountryRecord {
id: number
address_format?: (string | null)
address_view_id?: (number | null)
address_view_id_name?: (string | null)
code: string
country_group_ids?: unknown
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
name: string
name__ar?: (string | null)
/**
 * Selection; values when discovered: before, after (not enforced: the list depends on the Odoo version and installed modules)
 */
name_position?: (string | null)
phone_code?: (number | null)
state_ids?: unknown
state_required?: (boolean | null)
vat_label?: (string | null)
vat_label__ar?: (string | null)
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
zip_required?: (boolean | null)
}

export interface OdooResCountryStateRecord {
id: number
code: string
country_id: number
country_id_name: string
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
name: string
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

export interface OdooResCurrencyRecord {
id: number
active?: (boolean | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
currency_subunit_label?: (string | null)
currency_subunit_label__ar?: (string | null)
currency_unit_label?: (string | null)
currency_unit_label__ar?: (string | null)
decimal_places?: (number | null)
full_name?: (string | null)
iso_numeric?: (number | null)
name: string
/**
 * Selection; values when discovered: after, before (not enforced: the list depends on the Odoo version and installed modules)
 */
position?: (string | null)
rate_ids?: unknown
rounding?: (number | null)
symbol: string
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

export interface OdooResPartnerRecord {
id: number
active?: (boolean | null)
activity_ids?: unknown
/**
 * Selection; values when discovered: always, ask, never (not enforced: the list depends on the Odoo version and installed modules)
 */
autopost_bills: string
bank_ids?: unknown
barcode?: (string | null)
calendar_last_notif_ack?: (string | null)
category_id?: unknown
channel_ids?: unknown
channel_member_ids?: unknown
child_ids?: unknown
city?: (string | null)
color?: (number | null)
comment?: (string | null)
commercial_company_name?: (string | null)
commercial_partner_id?: (number | null)
commercial_partner_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
company_name?: (string | null)
company_registry?: (string | null)
complete_name?: (string | null)
contract_ids?: unknown
country_id?: (number | null)
country_id_name?: (string | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
credit_limit?: (number | null)
customer_rank?: (number | null)
email?: (string | null)
email_normalized?: (string | null)
employee?: (boolean | null)
function?: (string | null)
global_location_number?: (string | null)
ignore_abnormal_invoice_amount?: (boolean | null)
ignore_abnormal_invoice_date?: (boolean | null)
industry_id?: (number | null)
industry_id_name?: (string | null)
invoice_edi_format_store?: (string | null)
invoice_ids?: unknown
/**
 * Selection; values when discovered: manual, email, snailmail, peppol (not enforced: the list depends on the Odoo version and installed modules)
 */
invoice_sending_method?: (string | null)
invoice_template_pdf_report_id?: (number | null)
invoice_template_pdf_report_id_name?: (string | null)
is_company?: (boolean | null)
/**
 * Selection; values when discovered: en_US, ar_001 (not enforced: the list depends on the Odoo version and installed modules)
 */
lang?: (string | null)
meeting_ids?: unknown
message_bounce?: (number | null)
message_follower_ids?: unknown
message_ids?: unknown
name?: (string | null)
opportunity_ids?: unknown
parent_id?: (number | null)
parent_id_name?: (string | null)
partner_latitude?: (number | null)
partner_longitude?: (number | null)
partner_share?: (boolean | null)
payment_token_ids?: unknown
/**
 * Selection; values when discovered: 9923, 9922, 0151, 9914, 9915, 0208, 9925, 9924, 9926, 9934, 9928, 9929, 0096, 0184, 0198, 0191, 9931, 0037, 0216, 0213, 0002, 0009, 9957, 0225, 0240, 0204, 9930, 9933, 9910, 0196, 9935, 0211, 0097, 0188, 0221, 0218, 9939, 9936, 0200, 9937, 9938, 9942, 0230, 9943, 9940, 9941, 0106, 0190, 9944, 0192, 9945, 9946, 9947, 9948, 0195, 9949, 9950, 9920, 0007, 9955, 9927, 0183, 9952, 0235, 9932, 9959, 0060, 0088, 0130, 0135, 0142, 0193, 0199, 0201, 0202, 0209, 0210, 9913, 9918, 9919, 9951, 9953, AN, AQ, AS, AU, EM, odemo (not enforced: the list depends on the Odoo version and installed modules)
 */
peppol_eas?: (string | null)
peppol_endpoint?: (string | null)
/**
 * Selection; values when discovered: not_verified, not_valid, not_valid_format, valid (not enforced: the list depends on the Odoo version and installed modules)
 */
peppol_verification_state?: (string | null)
phone?: (string | null)
phone_sanitized?: (string | null)
project_ids?: unknown
properties?: unknown
property_account_payable_id?: (number | null)
property_account_payable_id_name?: (string | null)
property_account_position_id?: (number | null)
property_account_position_id_name?: (string | null)
property_account_receivable_id?: (number | null)
property_account_receivable_id_name?: (string | null)
property_inbound_payment_method_line_id?: (number | null)
property_inbound_payment_method_line_id_name?: (string | null)
property_outbound_payment_method_line_id?: (number | null)
property_outbound_payment_method_line_id_name?: (string | null)
property_payment_term_id?: (number | null)
property_payment_term_id_name?: (string | null)
property_supplier_payment_term_id?: (number | null)
property_supplier_payment_term_id_name?: (string | null)
rating_ids?: unknown
ref?: (string | null)
ref_company_ids?: unknown
rtc_session_ids?: unknown
sale_order_ids?: unknown
sale_warn_msg?: (string | null)
signup_type?: (string | null)
specific_property_product_pricelist?: (number | null)
specific_property_product_pricelist_name?: (string | null)
state_id?: (number | null)
state_id_name?: (string | null)
street?: (string | null)
street2?: (string | null)
supplier_rank?: (number | null)
task_ids?: unknown
/**
 * Selection; values when discovered: good, normal, bad (not enforced: the list depends on the Odoo version and installed modules)
 */
trust?: (string | null)
/**
 * Selection; values when discovered: contact, invoice, delivery, other (not enforced: the list depends on the Odoo version and installed modules)
 */
type?: (string | null)
/**
 * Selection; values when discovered: Asia/Riyadh, Asia/Dubai, Europe/London, UTC (not enforced: the list depends on the Odoo version and installed modules)
 */
tz?: (string | null)
user_id?: (number | null)
user_id_name?: (string | null)
user_ids?: unknown
vat?: (string | null)
website?: (string | null)
website_message_ids?: unknown
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
zip?: (string | null)
x_aws_account_ids?: unknown
x_name_ar?: (string | null)
}

export interface OdooResUsersRecord {
id: number
action_id?: (number | null)
action_id_name?: (string | null)
active?: (boolean | null)
api_key_ids?: unknown
auth_passkey_key_ids?: unknown
company_id: number
company_id_name: string
company_ids?: unknown
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
crm_team_member_ids?: unknown
device_ids?: unknown
favorite_project_ids?: unknown
group_ids?: unknown
log_ids?: unknown
login: string
/**
 * Selection; values when discovered: away, busy, offline (not enforced: the list depends on the Odoo version and installed modules)
 */
manual_im_status?: (string | null)
/**
 * Selection; values when discovered: email, inbox (not enforced: the list depends on the Odoo version and installed modules)
 */
notification_type: string
odoobot_failed?: (boolean | null)
/**
 * Selection; values when discovered: not_initialized, onboarding_emoji, onboarding_attachement, onboarding_command, onboarding_ping, onboarding_canned, idle, disabled (not enforced: the list depends on the Odoo version and installed modules)
 */
odoobot_state?: (string | null)
out_of_office_from?: (string | null)
out_of_office_message?: (string | null)
out_of_office_to?: (string | null)
partner_id: number
partner_id_name: string
presence_ids?: unknown
res_users_settings_ids?: unknown
resource_ids?: unknown
role_ids?: unknown
sale_team_id?: (number | null)
sale_team_id_name?: (string | null)
share?: (boolean | null)
signature?: (string | null)
totp_last_counter?: (number | null)
totp_trusted_device_ids?: unknown
tour_enabled?: (boolean | null)
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

export interface OdooSaleOrderRecord {
id: number
access_token?: (string | null)
activity_ids?: unknown
amount_tax?: (number | null)
amount_total?: (number | null)
amount_untaxed?: (number | null)
campaign_id?: (number | null)
campaign_id_name?: (string | null)
client_order_ref?: (string | null)
commitment_date?: (string | null)
company_id: number
company_id_name: string
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
currency_rate?: (number | null)
customizable_pdf_form_fields?: unknown
date_order: string
fiscal_position_id?: (number | null)
fiscal_position_id_name?: (string | null)
/**
 * Selection; values when discovered: upselling, invoiced, to invoice, no (not enforced: the list depends on the Odoo version and installed modules)
 */
invoice_status?: (string | null)
journal_id?: (number | null)
journal_id_name?: (string | null)
locked?: (boolean | null)
medium_id?: (number | null)
medium_id_name?: (string | null)
message_follower_ids?: unknown
message_ids?: unknown
name: string
note?: (string | null)
opportunity_id?: (number | null)
opportunity_id_name?: (string | null)
order_line?: unknown
origin?: (string | null)
partner_id: number
partner_id_name: string
partner_invoice_id: number
partner_invoice_id_name: string
partner_shipping_id: number
partner_shipping_id_name: string
payment_term_id?: (number | null)
payment_term_id_name?: (string | null)
pending_email_template_id?: (number | null)
pending_email_template_id_name?: (string | null)
preferred_payment_method_line_id?: (number | null)
preferred_payment_method_line_id_name?: (string | null)
prepayment_percent?: (number | null)
pricelist_id?: (number | null)
pricelist_id_name?: (string | null)
project_id?: (number | null)
project_id_name?: (string | null)
quotation_document_ids?: unknown
rating_ids?: unknown
reference?: (string | null)
require_payment?: (boolean | null)
require_signature?: (boolean | null)
sale_order_template_id?: (number | null)
sale_order_template_id_name?: (string | null)
signed_by?: (string | null)
signed_on?: (string | null)
source_id?: (number | null)
source_id_name?: (string | null)
/**
 * Selection; values when discovered: draft, sent, sale, cancel (not enforced: the list depends on the Odoo version and installed modules)
 */
state?: (string | null)
tag_ids?: unknown
team_id?: (number | null)
team_id_name?: (string | null)
transaction_ids?: unknown
user_id?: (number | null)
user_id_name?: (string | null)
validity_date?: (string | null)
website_message_ids?: unknown
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
x_aws_account_id?: (number | null)
x_aws_account_id_name?: (string | null)
}

export interface OdooSaleOrderLineRecord {
id: number
analytic_distribution?: unknown
analytic_line_ids?: unknown
collapse_composition?: (boolean | null)
collapse_prices?: (boolean | null)
combo_item_id?: (number | null)
combo_item_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
create_date?: (string | null)
create_uid?: (number | null)
create_uid_name?: (string | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
customer_lead: number
discount?: (number | null)
/**
 * Selection; values when discovered: line_section, line_subsection, line_note (not enforced: the list depends on the Odoo version and installed modules)
 */
display_type?: (string | null)
extra_tax_data?: unknown
invoice_lines?: unknown
/**
 * Selection; values when discovered: upselling, invoiced, to invoice, no (not enforced: the list depends on the Odoo version and installed modules)
 */
invoice_status?: (string | null)
is_downpayment?: (boolean | null)
is_expense?: (boolean | null)
is_optional?: (boolean | null)
is_service?: (boolean | null)
linked_line_id?: (number | null)
linked_line_id_name?: (string | null)
linked_line_ids?: unknown
linked_virtual_id?: (string | null)
name: string
order_id: number
order_id_name: string
order_partner_id?: (number | null)
order_partner_id_name?: (string | null)
price_reduce_taxexcl?: (number | null)
price_reduce_taxinc?: (number | null)
price_subtotal?: (number | null)
price_tax?: (number | null)
price_total?: (number | null)
price_unit: number
product_custom_attribute_value_ids?: unknown
product_document_ids?: unknown
product_id?: (number | null)
product_id_name?: (string | null)
product_no_variant_attribute_value_ids?: unknown
product_uom_id?: (number | null)
product_uom_id_name?: (string | null)
product_uom_qty: number
project_id?: (number | null)
project_id_name?: (string | null)
qty_delivered?: (number | null)
/**
 * Selection; values when discovered: manual, analytic, milestones (not enforced: the list depends on the Odoo version and installed modules)
 */
qty_delivered_method?: (string | null)
qty_invoiced?: (number | null)
qty_to_invoice?: (number | null)
reached_milestones_ids?: unknown
salesman_id?: (number | null)
salesman_id_name?: (string | null)
sequence?: (number | null)
/**
 * Selection; values when discovered: draft, sent, sale, cancel (not enforced: the list depends on the Odoo version and installed modules)
 */
state?: (string | null)
task_id?: (number | null)
task_id_name?: (string | null)
tax_ids?: unknown
technical_price_unit?: (number | null)
untaxed_amount_invoiced?: (number | null)
untaxed_amount_to_invoice?: (number | null)
virtual_id?: (string | null)
write_date: string
write_uid?: (number | null)
write_uid_name?: (string | null)
}

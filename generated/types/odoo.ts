// generated from contracts/odoo/*.yaml by `npm run codegen`; do not edit

export interface OdooAccountMoveRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name?: (string | null)
ref?: (string | null)
date: string
state: ("draft" | "posted" | "cancel")
move_type: ("entry" | "out_invoice" | "out_refund" | "in_invoice" | "in_refund" | "out_receipt" | "in_receipt")
journal_id: number
journal_id_name: string
company_id?: (number | null)
company_id_name?: (string | null)
line_ids?: unknown
invoice_line_ids?: unknown
partner_id?: (number | null)
partner_id_name?: (string | null)
commercial_partner_id?: (number | null)
commercial_partner_id_name?: (string | null)
partner_shipping_id?: (number | null)
partner_shipping_id_name?: (string | null)
partner_bank_id?: (number | null)
partner_bank_id_name?: (string | null)
fiscal_position_id?: (number | null)
fiscal_position_id_name?: (string | null)
currency_id: number
currency_id_name: string
invoice_user_id?: (number | null)
invoice_user_id_name?: (string | null)
team_id?: (number | null)
team_id_name?: (string | null)
invoice_date?: (string | null)
invoice_date_due?: (string | null)
invoice_origin?: (string | null)
invoice_payment_term_id?: (number | null)
invoice_payment_term_id_name?: (string | null)
invoice_incoterm_id?: (number | null)
invoice_incoterm_id_name?: (string | null)
payment_reference?: (string | null)
payment_state?: ("not_paid" | "in_payment" | "paid" | "partial" | "reversed" | "invoicing_legacy" | null)
amount_untaxed?: (number | null)
amount_tax?: (number | null)
amount_total?: (number | null)
amount_residual?: (number | null)
amount_untaxed_signed?: (number | null)
amount_tax_signed?: (number | null)
amount_total_signed?: (number | null)
amount_total_in_currency_signed?: (number | null)
amount_residual_signed?: (number | null)
narration?: (string | null)
reversed_entry_id?: (number | null)
reversed_entry_id_name?: (string | null)
auto_post?: ("no" | "at_date" | "monthly" | "quarterly" | "yearly" | null)
is_move_sent?: (boolean | null)
checked?: (boolean | null)
posted_before?: (boolean | null)
invoice_source_email?: (string | null)
invoice_partner_display_name?: (string | null)
campaign_id?: (number | null)
campaign_id_name?: (string | null)
medium_id?: (number | null)
medium_id_name?: (string | null)
source_id?: (number | null)
source_id_name?: (string | null)
message_main_attachment_id?: (number | null)
message_main_attachment_id_name?: (string | null)
x_aws_account_id?: (number | null)
x_aws_account_id_name?: (string | null)
message_follower_ids?: unknown
message_ids?: unknown
activity_ids?: unknown
}

export interface OdooAccountMoveLineRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
move_id: number
move_id_name: string
journal_id?: (number | null)
journal_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
company_currency_id?: (number | null)
company_currency_id_name?: (string | null)
move_name?: (string | null)
parent_state?: ("draft" | "posted" | "cancel" | null)
date?: (string | null)
ref?: (string | null)
sequence?: (number | null)
move_type?: ("entry" | "out_invoice" | "out_refund" | "in_invoice" | "in_refund" | "out_receipt" | "in_receipt" | null)
account_id?: (number | null)
account_id_name?: (string | null)
name?: (string | null)
debit?: (number | null)
credit?: (number | null)
balance?: (number | null)
amount_currency?: (number | null)
currency_id: number
currency_id_name: string
partner_id?: (number | null)
partner_id_name?: (string | null)
product_id?: (number | null)
product_id_name?: (string | null)
product_uom_id?: (number | null)
product_uom_id_name?: (string | null)
quantity?: (number | null)
price_unit?: (number | null)
discount?: (number | null)
price_subtotal?: (number | null)
price_total?: (number | null)
tax_ids?: unknown
tax_line_id?: (number | null)
tax_line_id_name?: (string | null)
tax_base_amount?: (number | null)
tax_tag_ids?: unknown
display_type?: ("product" | "cogs" | "tax" | "discount" | "rounding" | "payment_term" | "line_section" | "line_note" | "epd" | null)
reconciled?: (boolean | null)
full_reconcile_id?: (number | null)
full_reconcile_id_name?: (string | null)
matching_number?: (string | null)
amount_residual?: (number | null)
amount_residual_currency?: (number | null)
date_maturity?: (string | null)
blocked?: (boolean | null)
analytic_distribution?: unknown
sale_line_ids?: unknown
statement_line_id?: (number | null)
statement_line_id_name?: (string | null)
payment_id?: (number | null)
payment_id_name?: (string | null)
}

export interface OdooCAwsAccountsRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
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
environment?: ("production" | "staging" | "development" | "sandbox" | null)
root_email?: (string | null)
support_plan?: ("basic" | "developer" | "business" | "enterprise_on_ramp" | "enterprise" | null)
organization_id?: (string | null)
region?: (string | null)
spp_discount?: (number | null)
state?: ("active" | "suspended" | "closed" | null)
date_joined?: (string | null)
notes?: (string | null)
active?: (boolean | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
monthly_spend?: (number | null)
lead_ids?: unknown
message_follower_ids?: unknown
message_ids?: unknown
activity_ids?: unknown
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
program?: ("map" | "poc" | "migration_acceleration" | "marketing_development" | "other" | null)
state?: ("draft" | "submitted" | "approved" | "rejected" | "claimed" | "paid" | null)
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
state?: ("draft" | "confirmed" | "invoiced" | "cancel" | null)
line_ids?: unknown
invoice_id?: (number | null)
invoice_id_name?: (string | null)
user_id?: (number | null)
user_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
notes?: (string | null)
message_follower_ids?: unknown
message_ids?: unknown
activity_ids?: unknown
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
line_type?: ("usage" | "credit" | "refund" | "tax" | "support" | "fee" | null)
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
state?: ("draft" | "validated" | "invoiced" | null)
invoice_id?: (number | null)
invoice_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
}

export interface OdooCrmLeadRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
user_id?: (number | null)
user_id_name?: (string | null)
team_id?: (number | null)
team_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
referred?: (string | null)
description?: (string | null)
active?: (boolean | null)
type: ("lead" | "opportunity")
priority?: ("0" | "1" | "2" | "3" | null)
stage_id?: (number | null)
stage_id_name?: (string | null)
tag_ids?: unknown
color?: (number | null)
expected_revenue?: (number | null)
prorated_revenue?: (number | null)
recurring_revenue?: (number | null)
recurring_plan?: (number | null)
recurring_plan_name?: (string | null)
recurring_revenue_monthly?: (number | null)
recurring_revenue_monthly_prorated?: (number | null)
recurring_revenue_prorated?: (number | null)
company_currency?: (number | null)
company_currency_name?: (string | null)
date_closed?: (string | null)
date_automation_last?: (string | null)
date_open?: (string | null)
day_open?: (number | null)
day_close?: (number | null)
date_last_stage_update?: (string | null)
date_conversion?: (string | null)
date_deadline?: (string | null)
partner_id?: (number | null)
partner_id_name?: (string | null)
contact_name?: (string | null)
partner_name?: (string | null)
function?: (string | null)
title?: (number | null)
title_name?: (string | null)
email_from?: (string | null)
email_normalized?: (string | null)
email_domain_criterion?: (string | null)
phone?: (string | null)
phone_sanitized?: (string | null)
website?: (string | null)
lang_id?: (number | null)
lang_id_name?: (string | null)
street?: (string | null)
street2?: (string | null)
zip?: (string | null)
city?: (string | null)
state_id?: (number | null)
state_id_name?: (string | null)
country_id?: (number | null)
country_id_name?: (string | null)
probability?: (number | null)
automated_probability?: (number | null)
won_status?: ("won" | "lost" | "pending" | null)
lost_reason_id?: (number | null)
lost_reason_id_name?: (string | null)
calendar_event_ids?: unknown
campaign_id?: (number | null)
campaign_id_name?: (string | null)
medium_id?: (number | null)
medium_id_name?: (string | null)
source_id?: (number | null)
source_id_name?: (string | null)
order_ids?: unknown
message_bounce?: (number | null)
x_aws_account_id?: (number | null)
x_aws_account_id_name?: (string | null)
x_aws_payer_id?: (number | null)
x_aws_payer_id_name?: (string | null)
x_ace_opportunity_id?: (string | null)
x_partner_opportunity_identifier?: (string | null)
x_aws_funding_request_ids?: unknown
x_delivery_model?: ("saas_or_paas" | "byol_or_ami" | "managed_services" | "professional_services" | "resell" | "other" | null)
x_use_case?: (string | null)
x_industry?: ("healthcare" | "financial_services" | "government" | "education" | "retail" | "telecommunications" | "energy" | "other" | null)
message_follower_ids?: unknown
message_ids?: unknown
activity_ids?: unknown
}

export interface OdooCrmStageRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
name__ar?: (string | null)
sequence?: (number | null)
is_won?: (boolean | null)
requirements?: (string | null)
team_id?: (number | null)
team_id_name?: (string | null)
fold?: (boolean | null)
rotting_threshold_days?: (number | null)
}

export interface OdooCrmTagRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
name__ar?: (string | null)
color?: (number | null)
}

export interface OdooCrmTeamRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
name__ar?: (string | null)
sequence?: (number | null)
active?: (boolean | null)
company_id?: (number | null)
company_id_name?: (string | null)
user_id?: (number | null)
user_id_name?: (string | null)
member_ids?: unknown
color?: (number | null)
use_leads?: (boolean | null)
use_opportunities?: (boolean | null)
alias_id: number
alias_id_name: string
assignment_domain?: (string | null)
invoiced_target?: (number | null)
lead_properties_definition?: unknown
crm_team_member_ids?: unknown
message_follower_ids?: unknown
message_ids?: unknown
activity_ids?: unknown
}

export interface OdooProductProductRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
product_tmpl_id: number
product_tmpl_id_name: string
default_code?: (string | null)
active?: (boolean | null)
barcode?: (string | null)
product_template_attribute_value_ids?: unknown
combination_indices?: (string | null)
standard_price?: (number | null)
volume?: (number | null)
weight?: (number | null)
company_id?: (number | null)
company_id_name?: (string | null)
}

export interface OdooProductTemplateRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
name__ar?: (string | null)
sequence?: (number | null)
description?: (string | null)
description__ar?: (string | null)
description_purchase?: (string | null)
description_purchase__ar?: (string | null)
description_sale?: (string | null)
description_sale__ar?: (string | null)
type: ("consu" | "service" | "combo")
categ_id?: (number | null)
categ_id_name?: (string | null)
list_price?: (number | null)
volume?: (number | null)
weight?: (number | null)
sale_ok?: (boolean | null)
purchase_ok?: (boolean | null)
uom_id: number
uom_id_name: string
uom_po_id: number
uom_po_id_name: string
company_id?: (number | null)
company_id_name?: (string | null)
active?: (boolean | null)
color?: (number | null)
product_variant_ids?: unknown
default_code?: (string | null)
taxes_id?: unknown
invoice_policy?: ("order" | "delivery" | null)
service_type?: ("manual" | "timesheet" | null)
sale_line_warn?: ("no-message" | "warning" | "block" | null)
expense_policy?: ("no" | "cost" | "sales_price" | null)
service_tracking?: ("no" | "task_global_project" | "task_in_project" | "project_only" | null)
project_id?: (number | null)
project_id_name?: (string | null)
message_follower_ids?: unknown
message_ids?: unknown
activity_ids?: unknown
}

export interface OdooProjectProjectRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
name__ar?: (string | null)
description?: (string | null)
active?: (boolean | null)
sequence?: (number | null)
partner_id?: (number | null)
partner_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
analytic_account_id?: (number | null)
analytic_account_id_name?: (string | null)
favorite_user_ids?: unknown
label_tasks?: (string | null)
label_tasks__ar?: (string | null)
tasks?: unknown
color?: (number | null)
user_id?: (number | null)
user_id_name?: (string | null)
privacy_visibility: ("followers" | "employees" | "portal")
date_start?: (string | null)
date?: (string | null)
allow_task_dependencies?: (boolean | null)
allow_milestones?: (boolean | null)
tag_ids?: unknown
last_update_status: ("on_track" | "at_risk" | "off_track" | "on_hold" | "to_define" | "done")
stage_id?: (number | null)
stage_id_name?: (string | null)
allow_billable?: (boolean | null)
sale_line_id?: (number | null)
sale_line_id_name?: (string | null)
allocated_hours?: (number | null)
x_aws_account_id?: (number | null)
x_aws_account_id_name?: (string | null)
message_follower_ids?: unknown
message_ids?: unknown
activity_ids?: unknown
}

export interface OdooResCountryRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
name__ar?: (string | null)
code?: (string | null)
address_format?: (string | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
phone_code?: (number | null)
country_group_ids?: unknown
state_ids?: unknown
name_position?: ("before" | "after" | null)
vat_label?: (string | null)
vat_label__ar?: (string | null)
state_required?: (boolean | null)
zip_required?: (boolean | null)
}

export interface OdooResCountryStateRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
country_id: number
country_id_name: string
name: string
code: string
}

export interface OdooResCurrencyRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
full_name?: (string | null)
symbol: string
rate_ids?: unknown
rounding?: (number | null)
active?: (boolean | null)
position?: ("after" | "before" | null)
currency_unit_label?: (string | null)
currency_unit_label__ar?: (string | null)
currency_subunit_label?: (string | null)
currency_subunit_label__ar?: (string | null)
}

export interface OdooResPartnerRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name?: (string | null)
complete_name?: (string | null)
title?: (number | null)
title_name?: (string | null)
parent_id?: (number | null)
parent_id_name?: (string | null)
child_ids?: unknown
ref?: (string | null)
lang?: ("en_US" | "ar_001" | null)
tz?: ("Asia/Riyadh" | "Asia/Dubai" | "Europe/London" | "UTC" | null)
user_id?: (number | null)
user_id_name?: (string | null)
vat?: (string | null)
bank_ids?: unknown
website?: (string | null)
comment?: (string | null)
category_id?: unknown
active?: (boolean | null)
employee?: (boolean | null)
function?: (string | null)
type?: ("contact" | "invoice" | "delivery" | "other" | null)
street?: (string | null)
street2?: (string | null)
zip?: (string | null)
city?: (string | null)
state_id?: (number | null)
state_id_name?: (string | null)
country_id?: (number | null)
country_id_name?: (string | null)
partner_latitude?: (number | null)
partner_longitude?: (number | null)
email?: (string | null)
email_normalized?: (string | null)
phone?: (string | null)
mobile?: (string | null)
is_company?: (boolean | null)
industry_id?: (number | null)
industry_id_name?: (string | null)
company_id?: (number | null)
company_id_name?: (string | null)
color?: (number | null)
user_ids?: unknown
partner_share?: (boolean | null)
commercial_partner_id?: (number | null)
commercial_partner_id_name?: (string | null)
commercial_company_name?: (string | null)
company_name?: (string | null)
barcode?: (string | null)
customer_rank?: (number | null)
supplier_rank?: (number | null)
credit_limit?: (number | null)
property_account_receivable_id?: (number | null)
property_account_receivable_id_name?: (string | null)
property_payment_term_id?: (number | null)
property_payment_term_id_name?: (string | null)
team_id?: (number | null)
team_id_name?: (string | null)
opportunity_ids?: unknown
sale_order_ids?: unknown
x_aws_account_ids?: unknown
x_name_ar?: (string | null)
message_follower_ids?: unknown
message_ids?: unknown
activity_ids?: unknown
}

export interface OdooResUsersRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
partner_id: number
partner_id_name: string
login: string
signature?: (string | null)
active?: (boolean | null)
action_id?: (number | null)
action_id_name?: (string | null)
share?: (boolean | null)
company_id: number
company_id_name: string
company_ids?: unknown
groups_id?: unknown
notification_type: ("email" | "inbox")
target_sales_won?: (number | null)
target_sales_done?: (number | null)
employee_ids?: unknown
}

export interface OdooSaleOrderRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
name: string
company_id: number
company_id_name: string
partner_id: number
partner_id_name: string
state?: ("draft" | "sent" | "sale" | "cancel" | null)
locked?: (boolean | null)
client_order_ref?: (string | null)
create_date?: (string | null)
commitment_date?: (string | null)
date_order: string
origin?: (string | null)
reference?: (string | null)
require_signature?: (boolean | null)
require_payment?: (boolean | null)
prepayment_percent?: (number | null)
signed_by?: (string | null)
signed_on?: (string | null)
validity_date?: (string | null)
journal_id?: (number | null)
journal_id_name?: (string | null)
note?: (string | null)
partner_invoice_id: number
partner_invoice_id_name: string
partner_shipping_id: number
partner_shipping_id_name: string
fiscal_position_id?: (number | null)
fiscal_position_id_name?: (string | null)
payment_term_id?: (number | null)
payment_term_id_name?: (string | null)
pricelist_id?: (number | null)
pricelist_id_name?: (string | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
currency_rate?: (number | null)
user_id?: (number | null)
user_id_name?: (string | null)
team_id?: (number | null)
team_id_name?: (string | null)
order_line?: unknown
amount_untaxed?: (number | null)
amount_tax?: (number | null)
amount_total?: (number | null)
invoice_status?: ("upselling" | "invoiced" | "to_invoice" | "no" | null)
opportunity_id?: (number | null)
opportunity_id_name?: (string | null)
tag_ids?: unknown
campaign_id?: (number | null)
campaign_id_name?: (string | null)
medium_id?: (number | null)
medium_id_name?: (string | null)
source_id?: (number | null)
source_id_name?: (string | null)
x_aws_account_id?: (number | null)
x_aws_account_id_name?: (string | null)
message_follower_ids?: unknown
message_ids?: unknown
activity_ids?: unknown
}

export interface OdooSaleOrderLineRecord {
id: number
create_uid?: (number | null)
create_uid_name?: (string | null)
create_date?: (string | null)
write_uid?: (number | null)
write_uid_name?: (string | null)
write_date: string
order_id: number
order_id_name: string
sequence?: (number | null)
company_id?: (number | null)
company_id_name?: (string | null)
currency_id?: (number | null)
currency_id_name?: (string | null)
order_partner_id?: (number | null)
order_partner_id_name?: (string | null)
salesman_id?: (number | null)
salesman_id_name?: (string | null)
state?: ("draft" | "sent" | "sale" | "cancel" | null)
display_type?: ("line_section" | "line_note" | null)
is_downpayment?: (boolean | null)
is_expense?: (boolean | null)
product_id?: (number | null)
product_id_name?: (string | null)
name: string
product_uom_qty: number
product_uom?: (number | null)
product_uom_name?: (string | null)
tax_id?: unknown
price_unit: number
discount?: (number | null)
price_subtotal?: (number | null)
price_tax?: (number | null)
price_total?: (number | null)
price_reduce_taxexcl?: (number | null)
price_reduce_taxinc?: (number | null)
customer_lead: number
qty_delivered_method?: ("manual" | "analytic" | null)
qty_delivered?: (number | null)
qty_invoiced?: (number | null)
qty_to_invoice?: (number | null)
analytic_line_ids?: unknown
invoice_lines?: unknown
invoice_status?: ("upselling" | "invoiced" | "to_invoice" | "no" | null)
untaxed_amount_invoiced?: (number | null)
untaxed_amount_to_invoice?: (number | null)
analytic_distribution?: unknown
task_id?: (number | null)
task_id_name?: (string | null)
project_id?: (number | null)
project_id_name?: (string | null)
}

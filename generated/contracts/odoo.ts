// generated from contracts/odoo/*.yaml by `npm run codegen`; do not edit
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';

export const accountMove: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "account_move",
    "description": "Odoo model account.move: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "account.move",
      "server_version": "19.0",
      "fields": 195,
      "stored_fields": 96,
      "not_stored": 99,
      "binary_excluded": [
        "invoice_pdf_report_file",
        "ubl_cii_xml_file"
      ],
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "access_token",
        "source": "access_token",
        "type": "string",
        "source_type": "char",
        "label": "Security Token"
      },
      {
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
      },
      {
        "name": "adjusting_entries_move_ids",
        "source": "adjusting_entries_move_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Created Adjusting Entries",
        "relation": "account.move"
      },
      {
        "name": "adjusting_entry_origin_move_ids",
        "source": "adjusting_entry_origin_move_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Adjusting Entry Origin Moves",
        "relation": "account.move"
      },
      {
        "name": "always_tax_exigible",
        "source": "always_tax_exigible",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Always Tax Exigible"
      },
      {
        "name": "amount_residual",
        "source": "amount_residual",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Amount Due"
      },
      {
        "name": "amount_residual_signed",
        "source": "amount_residual_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Amount Due Signed"
      },
      {
        "name": "amount_tax",
        "source": "amount_tax",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Tax"
      },
      {
        "name": "amount_tax_signed",
        "source": "amount_tax_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Tax Signed"
      },
      {
        "name": "amount_total",
        "source": "amount_total",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total"
      },
      {
        "name": "amount_total_in_currency_signed",
        "source": "amount_total_in_currency_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total in Currency Signed"
      },
      {
        "name": "amount_total_signed",
        "source": "amount_total_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total Signed"
      },
      {
        "name": "amount_untaxed",
        "source": "amount_untaxed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Untaxed Amount"
      },
      {
        "name": "amount_untaxed_in_currency_signed",
        "source": "amount_untaxed_in_currency_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Untaxed Amount Signed Currency"
      },
      {
        "name": "amount_untaxed_signed",
        "source": "amount_untaxed_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Untaxed Amount Signed"
      },
      {
        "name": "attachment_ids",
        "source": "attachment_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Attachments",
        "relation": "ir.attachment"
      },
      {
        "name": "audit_trail_message_ids",
        "source": "audit_trail_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Audit Trail Messages",
        "relation": "mail.message"
      },
      {
        "name": "auto_post",
        "source": "auto_post",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: no, at_date, monthly, quarterly, yearly (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Auto-post"
      },
      {
        "name": "auto_post_origin_id",
        "source": "auto_post_origin_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "First recurring entry",
        "relation": "account.move"
      },
      {
        "name": "auto_post_origin_id_name",
        "source": "auto_post_origin_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "First recurring entry (name)",
        "relation": "account.move"
      },
      {
        "name": "auto_post_until",
        "source": "auto_post_until",
        "type": "date",
        "source_type": "date",
        "label": "Auto-post until"
      },
      {
        "name": "campaign_id",
        "source": "campaign_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Campaign",
        "relation": "utm.campaign"
      },
      {
        "name": "campaign_id_name",
        "source": "campaign_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Campaign (name)",
        "relation": "utm.campaign"
      },
      {
        "name": "checked",
        "source": "checked",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Reviewed"
      },
      {
        "name": "commercial_partner_id",
        "source": "commercial_partner_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Commercial Entity",
        "relation": "res.partner"
      },
      {
        "name": "commercial_partner_id_name",
        "source": "commercial_partner_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Commercial Entity (name)",
        "relation": "res.partner"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "date",
        "source": "date",
        "type": "date",
        "required": true,
        "source_type": "date",
        "label": "Date"
      },
      {
        "name": "delivery_date",
        "source": "delivery_date",
        "type": "date",
        "source_type": "date",
        "label": "Delivery Date"
      },
      {
        "name": "exchange_diff_partial_ids",
        "source": "exchange_diff_partial_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Related reconciliation",
        "relation": "account.partial.reconcile"
      },
      {
        "name": "fiscal_position_id",
        "source": "fiscal_position_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Fiscal Position",
        "relation": "account.fiscal.position"
      },
      {
        "name": "fiscal_position_id_name",
        "source": "fiscal_position_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Fiscal Position (name)",
        "relation": "account.fiscal.position"
      },
      {
        "name": "inalterable_hash",
        "source": "inalterable_hash",
        "type": "string",
        "source_type": "char",
        "label": "Inalterability Hash"
      },
      {
        "name": "incoterm_location",
        "source": "incoterm_location",
        "type": "string",
        "source_type": "char",
        "label": "Incoterm Location"
      },
      {
        "name": "invoice_cash_rounding_id",
        "source": "invoice_cash_rounding_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Cash Rounding Method",
        "relation": "account.cash.rounding"
      },
      {
        "name": "invoice_cash_rounding_id_name",
        "source": "invoice_cash_rounding_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Cash Rounding Method (name)",
        "relation": "account.cash.rounding"
      },
      {
        "name": "invoice_currency_rate",
        "source": "invoice_currency_rate",
        "type": "decimal",
        "source_type": "float",
        "label": "Currency Rate"
      },
      {
        "name": "invoice_date",
        "source": "invoice_date",
        "type": "date",
        "source_type": "date",
        "label": "Invoice/Bill Date"
      },
      {
        "name": "invoice_date_due",
        "source": "invoice_date_due",
        "type": "date",
        "source_type": "date",
        "label": "Due Date"
      },
      {
        "name": "invoice_incoterm_id",
        "source": "invoice_incoterm_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Incoterm",
        "relation": "account.incoterms"
      },
      {
        "name": "invoice_incoterm_id_name",
        "source": "invoice_incoterm_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Incoterm (name)",
        "relation": "account.incoterms"
      },
      {
        "name": "invoice_line_ids",
        "source": "invoice_line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Invoice lines",
        "relation": "account.move.line"
      },
      {
        "name": "invoice_origin",
        "source": "invoice_origin",
        "type": "string",
        "source_type": "char",
        "label": "Origin"
      },
      {
        "name": "invoice_partner_display_name",
        "source": "invoice_partner_display_name",
        "type": "string",
        "source_type": "char",
        "label": "Invoice Partner Display Name"
      },
      {
        "name": "invoice_payment_term_id",
        "source": "invoice_payment_term_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Payment Terms",
        "relation": "account.payment.term"
      },
      {
        "name": "invoice_payment_term_id_name",
        "source": "invoice_payment_term_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Payment Terms (name)",
        "relation": "account.payment.term"
      },
      {
        "name": "invoice_source_email",
        "source": "invoice_source_email",
        "type": "string",
        "source_type": "char",
        "label": "Source Email"
      },
      {
        "name": "invoice_user_id",
        "source": "invoice_user_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Salesperson",
        "relation": "res.users"
      },
      {
        "name": "invoice_user_id_name",
        "source": "invoice_user_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Salesperson (name)",
        "relation": "res.users"
      },
      {
        "name": "is_manually_modified",
        "source": "is_manually_modified",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is Manually Modified"
      },
      {
        "name": "is_move_sent",
        "source": "is_move_sent",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is Move Sent"
      },
      {
        "name": "journal_id",
        "source": "journal_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Journal",
        "relation": "account.journal"
      },
      {
        "name": "journal_id_name",
        "source": "journal_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Journal (name)",
        "relation": "account.journal"
      },
      {
        "name": "journal_line_ids",
        "source": "journal_line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Journal Items (DEPRECATED)",
        "relation": "account.move.line"
      },
      {
        "name": "line_ids",
        "source": "line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Journal Items",
        "relation": "account.move.line"
      },
      {
        "name": "made_sequence_gap",
        "source": "made_sequence_gap",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Made Sequence Gap"
      },
      {
        "name": "matched_payment_ids",
        "source": "matched_payment_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Matched Payments",
        "relation": "account.payment"
      },
      {
        "name": "medium_id",
        "source": "medium_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Medium",
        "relation": "utm.medium"
      },
      {
        "name": "medium_id_name",
        "source": "medium_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Medium (name)",
        "relation": "utm.medium"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "message_main_attachment_id",
        "source": "message_main_attachment_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Main Attachment",
        "relation": "ir.attachment"
      },
      {
        "name": "message_main_attachment_id_name",
        "source": "message_main_attachment_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Main Attachment (name)",
        "relation": "ir.attachment"
      },
      {
        "name": "move_type",
        "source": "move_type",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: entry, out_invoice, out_refund, in_invoice, in_refund, out_receipt, in_receipt (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Type"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "source_type": "char",
        "label": "Number"
      },
      {
        "name": "narration",
        "source": "narration",
        "type": "string",
        "source_type": "html",
        "label": "Terms and Conditions"
      },
      {
        "name": "origin_payment_id",
        "source": "origin_payment_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Payment",
        "relation": "account.payment"
      },
      {
        "name": "origin_payment_id_name",
        "source": "origin_payment_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Payment (name)",
        "relation": "account.payment"
      },
      {
        "name": "partner_bank_id",
        "source": "partner_bank_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Recipient Bank",
        "relation": "res.partner.bank"
      },
      {
        "name": "partner_bank_id_name",
        "source": "partner_bank_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Recipient Bank (name)",
        "relation": "res.partner.bank"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Partner",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Partner (name)",
        "relation": "res.partner"
      },
      {
        "name": "partner_shipping_id",
        "source": "partner_shipping_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Delivery Address",
        "relation": "res.partner"
      },
      {
        "name": "partner_shipping_id_name",
        "source": "partner_shipping_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Delivery Address (name)",
        "relation": "res.partner"
      },
      {
        "name": "payment_ids",
        "source": "payment_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Payments",
        "relation": "account.payment"
      },
      {
        "name": "payment_reference",
        "source": "payment_reference",
        "type": "string",
        "source_type": "char",
        "label": "Payment Reference"
      },
      {
        "name": "payment_state",
        "source": "payment_state",
        "type": "string",
        "description": "Selection; values when discovered: not_paid, in_payment, paid, partial, reversed, blocked, invoicing_legacy (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Payment Status"
      },
      {
        "name": "peppol_message_uuid",
        "source": "peppol_message_uuid",
        "type": "string",
        "source_type": "char",
        "label": "PEPPOL message ID"
      },
      {
        "name": "peppol_move_state",
        "source": "peppol_move_state",
        "type": "string",
        "description": "Selection; values when discovered: ready, to_send, skipped, processing, done, error (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "PEPPOL status"
      },
      {
        "name": "posted_before",
        "source": "posted_before",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Posted Before"
      },
      {
        "name": "preferred_payment_method_line_id",
        "source": "preferred_payment_method_line_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Preferred Payment Method Line",
        "relation": "account.payment.method.line"
      },
      {
        "name": "preferred_payment_method_line_id_name",
        "source": "preferred_payment_method_line_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Preferred Payment Method Line (name)",
        "relation": "account.payment.method.line"
      },
      {
        "name": "qr_code_method",
        "source": "qr_code_method",
        "type": "string",
        "source_type": "selection",
        "label": "Payment QR-code"
      },
      {
        "name": "quick_edit_total_amount",
        "source": "quick_edit_total_amount",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total (Tax inc.)"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "ref",
        "source": "ref",
        "type": "string",
        "source_type": "char",
        "label": "Reference"
      },
      {
        "name": "reversal_move_ids",
        "source": "reversal_move_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Reversal Move",
        "relation": "account.move"
      },
      {
        "name": "reversed_entry_id",
        "source": "reversed_entry_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Reversal of",
        "relation": "account.move"
      },
      {
        "name": "reversed_entry_id_name",
        "source": "reversed_entry_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Reversal of (name)",
        "relation": "account.move"
      },
      {
        "name": "secure_sequence_number",
        "source": "secure_sequence_number",
        "type": "integer",
        "source_type": "integer",
        "label": "Inalterability No Gap Sequence #"
      },
      {
        "name": "sending_data",
        "source": "sending_data",
        "type": "json",
        "source_type": "json",
        "label": "Sending Data"
      },
      {
        "name": "sequence_number",
        "source": "sequence_number",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence Number"
      },
      {
        "name": "sequence_prefix",
        "source": "sequence_prefix",
        "type": "string",
        "source_type": "char",
        "label": "Sequence Prefix"
      },
      {
        "name": "source_id",
        "source": "source_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Source",
        "relation": "utm.source"
      },
      {
        "name": "source_id_name",
        "source": "source_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Source (name)",
        "relation": "utm.source"
      },
      {
        "name": "state",
        "source": "state",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: draft, posted, cancel (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Status"
      },
      {
        "name": "statement_line_id",
        "source": "statement_line_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Statement Line",
        "relation": "account.bank.statement.line"
      },
      {
        "name": "statement_line_id_name",
        "source": "statement_line_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Statement Line (name)",
        "relation": "account.bank.statement.line"
      },
      {
        "name": "statement_line_ids",
        "source": "statement_line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Statements",
        "relation": "account.bank.statement.line"
      },
      {
        "name": "tax_cash_basis_created_move_ids",
        "source": "tax_cash_basis_created_move_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Cash Basis Entries",
        "relation": "account.move"
      },
      {
        "name": "tax_cash_basis_origin_move_id",
        "source": "tax_cash_basis_origin_move_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Cash Basis Origin",
        "relation": "account.move"
      },
      {
        "name": "tax_cash_basis_origin_move_id_name",
        "source": "tax_cash_basis_origin_move_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Cash Basis Origin (name)",
        "relation": "account.move"
      },
      {
        "name": "tax_cash_basis_rec_id",
        "source": "tax_cash_basis_rec_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Tax Cash Basis Entry of",
        "relation": "account.partial.reconcile"
      },
      {
        "name": "tax_cash_basis_rec_id_name",
        "source": "tax_cash_basis_rec_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Tax Cash Basis Entry of (name)",
        "relation": "account.partial.reconcile"
      },
      {
        "name": "taxable_supply_date",
        "source": "taxable_supply_date",
        "type": "date",
        "source_type": "date",
        "label": "Taxable Supply Date"
      },
      {
        "name": "team_id",
        "source": "team_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Sales Team",
        "relation": "crm.team"
      },
      {
        "name": "team_id_name",
        "source": "team_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Sales Team (name)",
        "relation": "crm.team"
      },
      {
        "name": "transaction_ids",
        "source": "transaction_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Transactions",
        "relation": "payment.transaction"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "x_aws_account_id",
        "source": "x_aws_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "AWS Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "x_aws_account_id_name",
        "source": "x_aws_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "AWS Account (name)",
        "relation": "c.aws.accounts"
      }
    ],
    "file": "contracts/odoo/account_move.yaml"
  },
  "singer": {
    "stream": "odoo_account_move",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "access_token": {
          "type": [
            "string",
            "null"
          ]
        },
        "activity_ids": {},
        "adjusting_entries_move_ids": {},
        "adjusting_entry_origin_move_ids": {},
        "always_tax_exigible": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "amount_residual": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_residual_signed": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_tax": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_tax_signed": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_total": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_total_in_currency_signed": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_total_signed": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_untaxed": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_untaxed_in_currency_signed": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_untaxed_signed": {
          "type": [
            "number",
            "null"
          ]
        },
        "attachment_ids": {},
        "audit_trail_message_ids": {},
        "auto_post": {
          "type": "string",
          "description": "Selection; values when discovered: no, at_date, monthly, quarterly, yearly (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "auto_post_origin_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "auto_post_origin_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "auto_post_until": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "campaign_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "campaign_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "checked": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "commercial_partner_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "commercial_partner_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_id": {
          "type": "integer"
        },
        "currency_id_name": {
          "type": "string"
        },
        "date": {
          "type": "string",
          "format": "date"
        },
        "delivery_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "exchange_diff_partial_ids": {},
        "fiscal_position_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "fiscal_position_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "inalterable_hash": {
          "type": [
            "string",
            "null"
          ]
        },
        "incoterm_location": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_cash_rounding_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "invoice_cash_rounding_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_currency_rate": {
          "type": [
            "number",
            "null"
          ]
        },
        "invoice_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "invoice_date_due": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "invoice_incoterm_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "invoice_incoterm_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_line_ids": {},
        "invoice_origin": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_partner_display_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_payment_term_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "invoice_payment_term_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_source_email": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "invoice_user_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "is_manually_modified": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_move_sent": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "journal_id": {
          "type": "integer"
        },
        "journal_id_name": {
          "type": "string"
        },
        "journal_line_ids": {},
        "line_ids": {},
        "made_sequence_gap": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "matched_payment_ids": {},
        "medium_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "medium_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "message_follower_ids": {},
        "message_ids": {},
        "message_main_attachment_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "message_main_attachment_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "move_type": {
          "type": "string",
          "description": "Selection; values when discovered: entry, out_invoice, out_refund, in_invoice, in_refund, out_receipt, in_receipt (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "narration": {
          "type": [
            "string",
            "null"
          ]
        },
        "origin_payment_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "origin_payment_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_bank_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "partner_bank_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "partner_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_shipping_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "partner_shipping_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "payment_ids": {},
        "payment_reference": {
          "type": [
            "string",
            "null"
          ]
        },
        "payment_state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: not_paid, in_payment, paid, partial, reversed, blocked, invoicing_legacy (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "peppol_message_uuid": {
          "type": [
            "string",
            "null"
          ]
        },
        "peppol_move_state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: ready, to_send, skipped, processing, done, error (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "posted_before": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "preferred_payment_method_line_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "preferred_payment_method_line_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "qr_code_method": {
          "type": [
            "string",
            "null"
          ]
        },
        "quick_edit_total_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "rating_ids": {},
        "ref": {
          "type": [
            "string",
            "null"
          ]
        },
        "reversal_move_ids": {},
        "reversed_entry_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "reversed_entry_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "secure_sequence_number": {
          "type": [
            "integer",
            "null"
          ]
        },
        "sending_data": {},
        "sequence_number": {
          "type": [
            "integer",
            "null"
          ]
        },
        "sequence_prefix": {
          "type": [
            "string",
            "null"
          ]
        },
        "source_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "source_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "state": {
          "type": "string",
          "description": "Selection; values when discovered: draft, posted, cancel (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "statement_line_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "statement_line_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "statement_line_ids": {},
        "tax_cash_basis_created_move_ids": {},
        "tax_cash_basis_origin_move_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "tax_cash_basis_origin_move_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "tax_cash_basis_rec_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "tax_cash_basis_rec_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "taxable_supply_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "team_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "team_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "transaction_ids": {},
        "website_message_ids": {},
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "x_aws_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "x_aws_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "auto_post",
        "currency_id",
        "currency_id_name",
        "date",
        "journal_id",
        "journal_id_name",
        "move_type",
        "state",
        "write_date"
      ]
    }
  }
};

export const accountMoveLine: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "account_move_line",
    "description": "Odoo model account.move.line: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "account.move.line",
      "server_version": "19.0",
      "fields": 97,
      "stored_fields": 64,
      "not_stored": 33,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "account_id",
        "source": "account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Account",
        "relation": "account.account"
      },
      {
        "name": "account_id_name",
        "source": "account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Account (name)",
        "relation": "account.account"
      },
      {
        "name": "amount_currency",
        "source": "amount_currency",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Amount in Currency"
      },
      {
        "name": "amount_residual",
        "source": "amount_residual",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Residual Amount"
      },
      {
        "name": "amount_residual_currency",
        "source": "amount_residual_currency",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Residual Amount in Currency"
      },
      {
        "name": "analytic_distribution",
        "source": "analytic_distribution",
        "type": "json",
        "source_type": "json",
        "label": "Analytic Distribution"
      },
      {
        "name": "analytic_line_ids",
        "source": "analytic_line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Analytic lines",
        "relation": "account.analytic.line"
      },
      {
        "name": "balance",
        "source": "balance",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Balance"
      },
      {
        "name": "collapse_composition",
        "source": "collapse_composition",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Hide Composition"
      },
      {
        "name": "collapse_prices",
        "source": "collapse_prices",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Hide Prices"
      },
      {
        "name": "company_currency_id",
        "source": "company_currency_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company Currency",
        "relation": "res.currency"
      },
      {
        "name": "company_currency_id_name",
        "source": "company_currency_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "credit",
        "source": "credit",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Credit"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "date",
        "source": "date",
        "type": "date",
        "source_type": "date",
        "label": "Date"
      },
      {
        "name": "date_maturity",
        "source": "date_maturity",
        "type": "date",
        "source_type": "date",
        "label": "Due Date"
      },
      {
        "name": "debit",
        "source": "debit",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Debit"
      },
      {
        "name": "deductible_amount",
        "source": "deductible_amount",
        "type": "decimal",
        "source_type": "float",
        "label": "Deductibility"
      },
      {
        "name": "discount",
        "source": "discount",
        "type": "decimal",
        "source_type": "float",
        "label": "Discount (%)"
      },
      {
        "name": "discount_amount_currency",
        "source": "discount_amount_currency",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Discount amount in Currency"
      },
      {
        "name": "discount_balance",
        "source": "discount_balance",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Discount Balance"
      },
      {
        "name": "discount_date",
        "source": "discount_date",
        "type": "date",
        "source_type": "date",
        "label": "Discount Date"
      },
      {
        "name": "display_type",
        "source": "display_type",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: product, cogs, tax, discount, rounding, payment_term, line_section, line_subsection, line_note, epd, non_deductible_product_total, non_deductible_product, non_deductible_tax (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Display Type"
      },
      {
        "name": "extra_tax_data",
        "source": "extra_tax_data",
        "type": "json",
        "source_type": "json",
        "label": "Extra Tax Data"
      },
      {
        "name": "full_reconcile_id",
        "source": "full_reconcile_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Matching",
        "relation": "account.full.reconcile"
      },
      {
        "name": "full_reconcile_id_name",
        "source": "full_reconcile_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Matching (name)",
        "relation": "account.full.reconcile"
      },
      {
        "name": "group_tax_id",
        "source": "group_tax_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Originator Group of Taxes",
        "relation": "account.tax"
      },
      {
        "name": "group_tax_id_name",
        "source": "group_tax_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Originator Group of Taxes (name)",
        "relation": "account.tax"
      },
      {
        "name": "invoice_date",
        "source": "invoice_date",
        "type": "date",
        "source_type": "date",
        "label": "Invoice/Bill Date"
      },
      {
        "name": "is_downpayment",
        "source": "is_downpayment",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is Downpayment"
      },
      {
        "name": "is_imported",
        "source": "is_imported",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is Imported"
      },
      {
        "name": "is_storno",
        "source": "is_storno",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Company Storno Accounting"
      },
      {
        "name": "journal_id",
        "source": "journal_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Journal",
        "relation": "account.journal"
      },
      {
        "name": "journal_id_name",
        "source": "journal_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Journal (name)",
        "relation": "account.journal"
      },
      {
        "name": "matched_credit_ids",
        "source": "matched_credit_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Matched Credits",
        "relation": "account.partial.reconcile"
      },
      {
        "name": "matched_debit_ids",
        "source": "matched_debit_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Matched Debits",
        "relation": "account.partial.reconcile"
      },
      {
        "name": "matching_number",
        "source": "matching_number",
        "type": "string",
        "source_type": "char",
        "label": "Matching #"
      },
      {
        "name": "move_id",
        "source": "move_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Journal Entry",
        "relation": "account.move"
      },
      {
        "name": "move_id_name",
        "source": "move_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Journal Entry (name)",
        "relation": "account.move"
      },
      {
        "name": "move_name",
        "source": "move_name",
        "type": "string",
        "source_type": "char",
        "label": "Number"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "source_type": "char",
        "label": "Label"
      },
      {
        "name": "no_followup",
        "source": "no_followup",
        "type": "boolean",
        "source_type": "boolean",
        "label": "No Follow-Up"
      },
      {
        "name": "parent_state",
        "source": "parent_state",
        "type": "string",
        "description": "Selection; values when discovered: draft, posted, cancel (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Status"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Partner",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Partner (name)",
        "relation": "res.partner"
      },
      {
        "name": "payment_id",
        "source": "payment_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Originator Payment",
        "relation": "account.payment"
      },
      {
        "name": "payment_id_name",
        "source": "payment_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Originator Payment (name)",
        "relation": "account.payment"
      },
      {
        "name": "price_subtotal",
        "source": "price_subtotal",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Subtotal"
      },
      {
        "name": "price_total",
        "source": "price_total",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total"
      },
      {
        "name": "price_unit",
        "source": "price_unit",
        "type": "decimal",
        "source_type": "float",
        "label": "Unit Price"
      },
      {
        "name": "product_id",
        "source": "product_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Product",
        "relation": "product.product"
      },
      {
        "name": "product_id_name",
        "source": "product_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Product (name)",
        "relation": "product.product"
      },
      {
        "name": "product_uom_id",
        "source": "product_uom_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Unit",
        "relation": "uom.uom"
      },
      {
        "name": "product_uom_id_name",
        "source": "product_uom_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Unit (name)",
        "relation": "uom.uom"
      },
      {
        "name": "quantity",
        "source": "quantity",
        "type": "decimal",
        "source_type": "float",
        "label": "Quantity"
      },
      {
        "name": "reconcile_model_id",
        "source": "reconcile_model_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Reconciliation Model",
        "relation": "account.reconcile.model"
      },
      {
        "name": "reconcile_model_id_name",
        "source": "reconcile_model_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Reconciliation Model (name)",
        "relation": "account.reconcile.model"
      },
      {
        "name": "reconciled",
        "source": "reconciled",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Reconciled"
      },
      {
        "name": "ref",
        "source": "ref",
        "type": "string",
        "source_type": "char",
        "label": "Reference"
      },
      {
        "name": "sale_line_ids",
        "source": "sale_line_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Sales Order Lines",
        "relation": "sale.order.line"
      },
      {
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "statement_id",
        "source": "statement_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Statement",
        "relation": "account.bank.statement"
      },
      {
        "name": "statement_id_name",
        "source": "statement_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Statement (name)",
        "relation": "account.bank.statement"
      },
      {
        "name": "statement_line_id",
        "source": "statement_line_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Originator Statement Line",
        "relation": "account.bank.statement.line"
      },
      {
        "name": "statement_line_id_name",
        "source": "statement_line_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Originator Statement Line (name)",
        "relation": "account.bank.statement.line"
      },
      {
        "name": "tax_base_amount",
        "source": "tax_base_amount",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Base Amount"
      },
      {
        "name": "tax_group_id",
        "source": "tax_group_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Originator tax group",
        "relation": "account.tax.group"
      },
      {
        "name": "tax_group_id_name",
        "source": "tax_group_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Originator tax group (name)",
        "relation": "account.tax.group"
      },
      {
        "name": "tax_ids",
        "source": "tax_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Taxes",
        "relation": "account.tax"
      },
      {
        "name": "tax_line_id",
        "source": "tax_line_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Originator Tax",
        "relation": "account.tax"
      },
      {
        "name": "tax_line_id_name",
        "source": "tax_line_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Originator Tax (name)",
        "relation": "account.tax"
      },
      {
        "name": "tax_repartition_line_id",
        "source": "tax_repartition_line_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Originator Tax Distribution Line",
        "relation": "account.tax.repartition.line"
      },
      {
        "name": "tax_repartition_line_id_name",
        "source": "tax_repartition_line_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Originator Tax Distribution Line (name)",
        "relation": "account.tax.repartition.line"
      },
      {
        "name": "tax_tag_ids",
        "source": "tax_tag_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Tags",
        "relation": "account.account.tag"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/account_move_line.yaml"
  },
  "singer": {
    "stream": "odoo_account_move_line",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "amount_currency": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_residual": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_residual_currency": {
          "type": [
            "number",
            "null"
          ]
        },
        "analytic_distribution": {},
        "analytic_line_ids": {},
        "balance": {
          "type": [
            "number",
            "null"
          ]
        },
        "collapse_composition": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "collapse_prices": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "company_currency_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_currency_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "credit": {
          "type": [
            "number",
            "null"
          ]
        },
        "currency_id": {
          "type": "integer"
        },
        "currency_id_name": {
          "type": "string"
        },
        "date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "date_maturity": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "debit": {
          "type": [
            "number",
            "null"
          ]
        },
        "deductible_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "discount": {
          "type": [
            "number",
            "null"
          ]
        },
        "discount_amount_currency": {
          "type": [
            "number",
            "null"
          ]
        },
        "discount_balance": {
          "type": [
            "number",
            "null"
          ]
        },
        "discount_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "display_type": {
          "type": "string",
          "description": "Selection; values when discovered: product, cogs, tax, discount, rounding, payment_term, line_section, line_subsection, line_note, epd, non_deductible_product_total, non_deductible_product, non_deductible_tax (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "extra_tax_data": {},
        "full_reconcile_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "full_reconcile_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "group_tax_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "group_tax_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "is_downpayment": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_imported": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_storno": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "journal_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "journal_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "matched_credit_ids": {},
        "matched_debit_ids": {},
        "matching_number": {
          "type": [
            "string",
            "null"
          ]
        },
        "move_id": {
          "type": "integer"
        },
        "move_id_name": {
          "type": "string"
        },
        "move_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "no_followup": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "parent_state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: draft, posted, cancel (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "partner_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "partner_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "payment_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "payment_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "price_subtotal": {
          "type": [
            "number",
            "null"
          ]
        },
        "price_total": {
          "type": [
            "number",
            "null"
          ]
        },
        "price_unit": {
          "type": [
            "number",
            "null"
          ]
        },
        "product_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "product_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "product_uom_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "product_uom_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "quantity": {
          "type": [
            "number",
            "null"
          ]
        },
        "reconcile_model_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "reconcile_model_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "reconciled": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "ref": {
          "type": [
            "string",
            "null"
          ]
        },
        "sale_line_ids": {},
        "sequence": {
          "type": [
            "integer",
            "null"
          ]
        },
        "statement_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "statement_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "statement_line_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "statement_line_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "tax_base_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "tax_group_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "tax_group_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "tax_ids": {},
        "tax_line_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "tax_line_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "tax_repartition_line_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "tax_repartition_line_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "tax_tag_ids": {},
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "currency_id",
        "currency_id_name",
        "display_type",
        "move_id",
        "move_id_name",
        "write_date"
      ]
    }
  }
};

export const cAwsAccounts: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "c_aws_accounts",
    "description": "Odoo model c.aws.accounts: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "c.aws.accounts",
      "server_version": "19.0",
      "fields": 51,
      "stored_fields": 31,
      "not_stored": 20,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Account Name"
      },
      {
        "name": "account_id",
        "source": "account_id",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "AWS Account ID"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Customer",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Customer (name)",
        "relation": "res.partner"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "user_id",
        "source": "user_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Salesperson",
        "relation": "res.users"
      },
      {
        "name": "user_id_name",
        "source": "user_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Salesperson (name)",
        "relation": "res.users"
      },
      {
        "name": "payer_id",
        "source": "payer_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Payer Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "payer_id_name",
        "source": "payer_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Payer Account (name)",
        "relation": "c.aws.accounts"
      },
      {
        "name": "is_payer",
        "source": "is_payer",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is Payer"
      },
      {
        "name": "billable",
        "source": "billable",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Billable"
      },
      {
        "name": "environment",
        "source": "environment",
        "type": "string",
        "description": "Selection; values when discovered: production, staging, development, sandbox (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Environment"
      },
      {
        "name": "root_email",
        "source": "root_email",
        "type": "string",
        "source_type": "char",
        "label": "Root Email"
      },
      {
        "name": "support_plan",
        "source": "support_plan",
        "type": "string",
        "description": "Selection; values when discovered: basic, developer, business, enterprise_on_ramp, enterprise (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Support Plan"
      },
      {
        "name": "organization_id",
        "source": "organization_id",
        "type": "string",
        "source_type": "char",
        "label": "AWS Organization ID"
      },
      {
        "name": "region",
        "source": "region",
        "type": "string",
        "source_type": "char",
        "label": "Home Region"
      },
      {
        "name": "spp_discount",
        "source": "spp_discount",
        "type": "decimal",
        "source_type": "float",
        "label": "SPP Discount (%)"
      },
      {
        "name": "state",
        "source": "state",
        "type": "string",
        "description": "Selection; values when discovered: active, suspended, closed (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Status"
      },
      {
        "name": "date_joined",
        "source": "date_joined",
        "type": "date",
        "source_type": "date",
        "label": "Joined On"
      },
      {
        "name": "notes",
        "source": "notes",
        "type": "string",
        "source_type": "text",
        "label": "Notes"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "monthly_spend",
        "source": "monthly_spend",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Monthly Spend"
      },
      {
        "name": "lead_ids",
        "source": "lead_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Opportunities",
        "relation": "crm.lead"
      }
    ],
    "file": "contracts/odoo/c_aws_accounts.yaml"
  },
  "singer": {
    "stream": "odoo_c_aws_accounts",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "message_follower_ids": {},
        "message_ids": {},
        "rating_ids": {},
        "website_message_ids": {},
        "activity_ids": {},
        "name": {
          "type": "string"
        },
        "account_id": {
          "type": "string"
        },
        "partner_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "partner_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "user_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "payer_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "payer_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "is_payer": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "billable": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "environment": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: production, staging, development, sandbox (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "root_email": {
          "type": [
            "string",
            "null"
          ]
        },
        "support_plan": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: basic, developer, business, enterprise_on_ramp, enterprise (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "organization_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "region": {
          "type": [
            "string",
            "null"
          ]
        },
        "spp_discount": {
          "type": [
            "number",
            "null"
          ]
        },
        "state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: active, suspended, closed (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "date_joined": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "notes": {
          "type": [
            "string",
            "null"
          ]
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "currency_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "currency_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "monthly_spend": {
          "type": [
            "number",
            "null"
          ]
        },
        "lead_ids": {}
      },
      "required": [
        "id",
        "write_date",
        "name",
        "account_id"
      ]
    }
  }
};

export const cAwsFundingRequest: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "c_aws_funding_request",
    "description": "Odoo model c.aws.funding.request: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "c.aws.funding.request",
      "server_version": "19.0",
      "fields": 24,
      "stored_fields": 23,
      "not_stored": 1,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Reference"
      },
      {
        "name": "lead_id",
        "source": "lead_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Opportunity",
        "relation": "crm.lead"
      },
      {
        "name": "lead_id_name",
        "source": "lead_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Opportunity (name)",
        "relation": "crm.lead"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Customer",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Customer (name)",
        "relation": "res.partner"
      },
      {
        "name": "aws_account_id",
        "source": "aws_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "AWS Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "aws_account_id_name",
        "source": "aws_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "AWS Account (name)",
        "relation": "c.aws.accounts"
      },
      {
        "name": "program",
        "source": "program",
        "type": "string",
        "description": "Selection; values when discovered: map, poc, migration_acceleration, marketing_development, other (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Program"
      },
      {
        "name": "state",
        "source": "state",
        "type": "string",
        "description": "Selection; values when discovered: draft, submitted, approved, rejected, claimed, paid (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Status"
      },
      {
        "name": "apn_funding_id",
        "source": "apn_funding_id",
        "type": "string",
        "source_type": "char",
        "label": "APN Funding ID"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "amount_requested",
        "source": "amount_requested",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Requested Amount"
      },
      {
        "name": "amount_approved",
        "source": "amount_approved",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Approved Amount"
      },
      {
        "name": "amount_claimed",
        "source": "amount_claimed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Claimed Amount"
      },
      {
        "name": "date_submitted",
        "source": "date_submitted",
        "type": "date",
        "source_type": "date",
        "label": "Submitted On"
      },
      {
        "name": "date_approved",
        "source": "date_approved",
        "type": "date",
        "source_type": "date",
        "label": "Approved On"
      },
      {
        "name": "date_claim_due",
        "source": "date_claim_due",
        "type": "date",
        "source_type": "date",
        "label": "Claim Due"
      },
      {
        "name": "user_id",
        "source": "user_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Responsible",
        "relation": "res.users"
      },
      {
        "name": "user_id_name",
        "source": "user_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Responsible (name)",
        "relation": "res.users"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "description",
        "source": "description",
        "type": "string",
        "source_type": "text",
        "label": "Description"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      }
    ],
    "file": "contracts/odoo/c_aws_funding_request.yaml"
  },
  "singer": {
    "stream": "odoo_c_aws_funding_request",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "name": {
          "type": "string"
        },
        "lead_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "lead_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "partner_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "aws_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "aws_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "program": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: map, poc, migration_acceleration, marketing_development, other (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: draft, submitted, approved, rejected, claimed, paid (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "apn_funding_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "currency_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "amount_requested": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_approved": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_claimed": {
          "type": [
            "number",
            "null"
          ]
        },
        "date_submitted": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "date_approved": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "date_claim_due": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "user_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "write_date",
        "name"
      ]
    }
  }
};

export const cBillingBill: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "c_billing_bill",
    "description": "Odoo model c.billing.bill: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "c.billing.bill",
      "server_version": "19.0",
      "fields": 48,
      "stored_fields": 28,
      "not_stored": 20,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Bill Number"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Customer",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Customer (name)",
        "relation": "res.partner"
      },
      {
        "name": "aws_account_id",
        "source": "aws_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "AWS Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "aws_account_id_name",
        "source": "aws_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "AWS Account (name)",
        "relation": "c.aws.accounts"
      },
      {
        "name": "payer_id",
        "source": "payer_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Payer Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "payer_id_name",
        "source": "payer_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Payer Account (name)",
        "relation": "c.aws.accounts"
      },
      {
        "name": "billing_period",
        "source": "billing_period",
        "type": "string",
        "source_type": "char",
        "label": "Billing Period"
      },
      {
        "name": "date",
        "source": "date",
        "type": "date",
        "source_type": "date",
        "label": "Bill Date"
      },
      {
        "name": "due_date",
        "source": "due_date",
        "type": "date",
        "source_type": "date",
        "label": "Due Date"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "internal_cur_id",
        "source": "internal_cur_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Internal Rate",
        "relation": "c.billing.internal.cur"
      },
      {
        "name": "internal_cur_id_name",
        "source": "internal_cur_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Internal Rate (name)",
        "relation": "c.billing.internal.cur"
      },
      {
        "name": "amount_untaxed",
        "source": "amount_untaxed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Untaxed Amount"
      },
      {
        "name": "amount_tax",
        "source": "amount_tax",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Tax"
      },
      {
        "name": "amount_total",
        "source": "amount_total",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total"
      },
      {
        "name": "state",
        "source": "state",
        "type": "string",
        "description": "Selection; values when discovered: draft, confirmed, invoiced, cancel (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Status"
      },
      {
        "name": "line_ids",
        "source": "line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Lines",
        "relation": "c.billing.bill.line"
      },
      {
        "name": "invoice_id",
        "source": "invoice_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Invoice",
        "relation": "account.move"
      },
      {
        "name": "invoice_id_name",
        "source": "invoice_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Invoice (name)",
        "relation": "account.move"
      },
      {
        "name": "user_id",
        "source": "user_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Salesperson",
        "relation": "res.users"
      },
      {
        "name": "user_id_name",
        "source": "user_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Salesperson (name)",
        "relation": "res.users"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "notes",
        "source": "notes",
        "type": "string",
        "source_type": "text",
        "label": "Notes"
      }
    ],
    "file": "contracts/odoo/c_billing_bill.yaml"
  },
  "singer": {
    "stream": "odoo_c_billing_bill",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "message_follower_ids": {},
        "message_ids": {},
        "rating_ids": {},
        "website_message_ids": {},
        "activity_ids": {},
        "name": {
          "type": "string"
        },
        "partner_id": {
          "type": "integer"
        },
        "partner_id_name": {
          "type": "string"
        },
        "aws_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "aws_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "payer_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "payer_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "billing_period": {
          "type": [
            "string",
            "null"
          ]
        },
        "date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "due_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "currency_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "currency_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "internal_cur_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "internal_cur_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "amount_untaxed": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_tax": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_total": {
          "type": [
            "number",
            "null"
          ]
        },
        "state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: draft, confirmed, invoiced, cancel (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "line_ids": {},
        "invoice_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "invoice_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "user_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "notes": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "write_date",
        "name",
        "partner_id",
        "partner_id_name"
      ]
    }
  }
};

export const cBillingBillLine: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "c_billing_bill_line",
    "description": "Odoo model c.billing.bill.line: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "c.billing.bill.line",
      "server_version": "19.0",
      "fields": 19,
      "stored_fields": 18,
      "not_stored": 1,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "bill_id",
        "source": "bill_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Bill",
        "relation": "c.billing.bill"
      },
      {
        "name": "bill_id_name",
        "source": "bill_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Bill (name)",
        "relation": "c.billing.bill"
      },
      {
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Description"
      },
      {
        "name": "service_code",
        "source": "service_code",
        "type": "string",
        "source_type": "char",
        "label": "AWS Service Code"
      },
      {
        "name": "usage_type",
        "source": "usage_type",
        "type": "string",
        "source_type": "char",
        "label": "Usage Type"
      },
      {
        "name": "product_id",
        "source": "product_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Product",
        "relation": "product.product"
      },
      {
        "name": "product_id_name",
        "source": "product_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Product (name)",
        "relation": "product.product"
      },
      {
        "name": "quantity",
        "source": "quantity",
        "type": "decimal",
        "source_type": "float",
        "label": "Quantity"
      },
      {
        "name": "unit_price",
        "source": "unit_price",
        "type": "decimal",
        "source_type": "float",
        "label": "Unit Price"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "amount",
        "source": "amount",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Amount"
      },
      {
        "name": "discount_amount",
        "source": "discount_amount",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Discount"
      },
      {
        "name": "line_type",
        "source": "line_type",
        "type": "string",
        "description": "Selection; values when discovered: usage, credit, refund, tax, support, fee (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Line Type"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      }
    ],
    "file": "contracts/odoo/c_billing_bill_line.yaml"
  },
  "singer": {
    "stream": "odoo_c_billing_bill_line",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "bill_id": {
          "type": "integer"
        },
        "bill_id_name": {
          "type": "string"
        },
        "sequence": {
          "type": [
            "integer",
            "null"
          ]
        },
        "name": {
          "type": "string"
        },
        "service_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "usage_type": {
          "type": [
            "string",
            "null"
          ]
        },
        "product_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "product_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "quantity": {
          "type": [
            "number",
            "null"
          ]
        },
        "unit_price": {
          "type": [
            "number",
            "null"
          ]
        },
        "currency_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "currency_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "discount_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "line_type": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: usage, credit, refund, tax, support, fee (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "write_date",
        "bill_id",
        "bill_id_name",
        "name"
      ]
    }
  }
};

export const cBillingInternalCur: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "c_billing_internal_cur",
    "description": "Odoo model c.billing.internal.cur: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "c.billing.internal.cur",
      "server_version": "19.0",
      "fields": 14,
      "stored_fields": 13,
      "not_stored": 1,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Period"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "company_currency_id",
        "source": "company_currency_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company Currency",
        "relation": "res.currency"
      },
      {
        "name": "company_currency_id_name",
        "source": "company_currency_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "rate",
        "source": "rate",
        "type": "decimal",
        "required": true,
        "source_type": "float",
        "label": "Internal Rate"
      },
      {
        "name": "date_from",
        "source": "date_from",
        "type": "date",
        "source_type": "date",
        "label": "Valid From"
      },
      {
        "name": "date_to",
        "source": "date_to",
        "type": "date",
        "source_type": "date",
        "label": "Valid To"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      }
    ],
    "file": "contracts/odoo/c_billing_internal_cur.yaml"
  },
  "singer": {
    "stream": "odoo_c_billing_internal_cur",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "name": {
          "type": "string"
        },
        "currency_id": {
          "type": "integer"
        },
        "currency_id_name": {
          "type": "string"
        },
        "company_currency_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_currency_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "rate": {
          "type": "number"
        },
        "date_from": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "date_to": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "write_date",
        "name",
        "currency_id",
        "currency_id_name",
        "rate"
      ]
    }
  }
};

export const cBillingSppBill: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "c_billing_spp_bill",
    "description": "Odoo model c.billing.spp.bill: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "c.billing.spp.bill",
      "server_version": "19.0",
      "fields": 21,
      "stored_fields": 20,
      "not_stored": 1,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Bill Reference"
      },
      {
        "name": "aws_account_id",
        "source": "aws_account_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "AWS Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "aws_account_id_name",
        "source": "aws_account_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "AWS Account (name)",
        "relation": "c.aws.accounts"
      },
      {
        "name": "payer_id",
        "source": "payer_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Payer Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "payer_id_name",
        "source": "payer_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Payer Account (name)",
        "relation": "c.aws.accounts"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Customer",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Customer (name)",
        "relation": "res.partner"
      },
      {
        "name": "billing_period",
        "source": "billing_period",
        "type": "string",
        "source_type": "char",
        "label": "Billing Period"
      },
      {
        "name": "period_start",
        "source": "period_start",
        "type": "date",
        "source_type": "date",
        "label": "Period Start"
      },
      {
        "name": "period_end",
        "source": "period_end",
        "type": "date",
        "source_type": "date",
        "label": "Period End"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "usage_amount",
        "source": "usage_amount",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Usage"
      },
      {
        "name": "spp_discount_amount",
        "source": "spp_discount_amount",
        "type": "decimal",
        "source_type": "monetary",
        "label": "SPP Discount"
      },
      {
        "name": "credits_amount",
        "source": "credits_amount",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Credits"
      },
      {
        "name": "total_amount",
        "source": "total_amount",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total"
      },
      {
        "name": "state",
        "source": "state",
        "type": "string",
        "description": "Selection; values when discovered: draft, validated, invoiced (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Status"
      },
      {
        "name": "invoice_id",
        "source": "invoice_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Invoice",
        "relation": "account.move"
      },
      {
        "name": "invoice_id_name",
        "source": "invoice_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Invoice (name)",
        "relation": "account.move"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      }
    ],
    "file": "contracts/odoo/c_billing_spp_bill.yaml"
  },
  "singer": {
    "stream": "odoo_c_billing_spp_bill",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "name": {
          "type": "string"
        },
        "aws_account_id": {
          "type": "integer"
        },
        "aws_account_id_name": {
          "type": "string"
        },
        "payer_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "payer_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "partner_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "billing_period": {
          "type": [
            "string",
            "null"
          ]
        },
        "period_start": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "period_end": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "currency_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "currency_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "usage_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "spp_discount_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "credits_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "total_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: draft, validated, invoiced (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "invoice_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "invoice_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "write_date",
        "name",
        "aws_account_id",
        "aws_account_id_name"
      ]
    }
  }
};

export const crmLead: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "crm_lead",
    "description": "Odoo model crm.lead: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "crm.lead",
      "server_version": "19.0",
      "fields": 125,
      "stored_fields": 79,
      "not_stored": 46,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
      },
      {
        "name": "automated_probability",
        "source": "automated_probability",
        "type": "decimal",
        "source_type": "float",
        "label": "Automated Probability"
      },
      {
        "name": "calendar_event_ids",
        "source": "calendar_event_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Meetings",
        "relation": "calendar.event"
      },
      {
        "name": "campaign_id",
        "source": "campaign_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Campaign",
        "relation": "utm.campaign"
      },
      {
        "name": "campaign_id_name",
        "source": "campaign_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Campaign (name)",
        "relation": "utm.campaign"
      },
      {
        "name": "city",
        "source": "city",
        "type": "string",
        "source_type": "char",
        "label": "City"
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color Index"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "contact_name",
        "source": "contact_name",
        "type": "string",
        "source_type": "char",
        "label": "Contact Name"
      },
      {
        "name": "country_id",
        "source": "country_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Country",
        "relation": "res.country"
      },
      {
        "name": "country_id_name",
        "source": "country_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Country (name)",
        "relation": "res.country"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "date_automation_last",
        "source": "date_automation_last",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Last Action"
      },
      {
        "name": "date_closed",
        "source": "date_closed",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Closed Date"
      },
      {
        "name": "date_conversion",
        "source": "date_conversion",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Conversion Date"
      },
      {
        "name": "date_deadline",
        "source": "date_deadline",
        "type": "date",
        "source_type": "date",
        "label": "Expected Closing"
      },
      {
        "name": "date_last_stage_update",
        "source": "date_last_stage_update",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Last Stage Update"
      },
      {
        "name": "date_open",
        "source": "date_open",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Assignment Date"
      },
      {
        "name": "day_close",
        "source": "day_close",
        "type": "decimal",
        "source_type": "float",
        "label": "Days to Close"
      },
      {
        "name": "day_open",
        "source": "day_open",
        "type": "decimal",
        "source_type": "float",
        "label": "Days to Assign"
      },
      {
        "name": "description",
        "source": "description",
        "type": "string",
        "source_type": "html",
        "label": "Notes"
      },
      {
        "name": "email_cc",
        "source": "email_cc",
        "type": "string",
        "source_type": "char",
        "label": "Email cc"
      },
      {
        "name": "email_domain_criterion",
        "source": "email_domain_criterion",
        "type": "string",
        "source_type": "char",
        "label": "Email Domain Criterion"
      },
      {
        "name": "email_from",
        "source": "email_from",
        "type": "string",
        "source_type": "char",
        "label": "Email"
      },
      {
        "name": "email_normalized",
        "source": "email_normalized",
        "type": "string",
        "source_type": "char",
        "label": "Normalized Email"
      },
      {
        "name": "email_state",
        "source": "email_state",
        "type": "string",
        "description": "Selection; values when discovered: correct, incorrect (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Email Quality"
      },
      {
        "name": "expected_revenue",
        "source": "expected_revenue",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Expected Revenue"
      },
      {
        "name": "function",
        "source": "function",
        "type": "string",
        "source_type": "char",
        "label": "Job Position"
      },
      {
        "name": "iap_enrich_done",
        "source": "iap_enrich_done",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Enrichment done"
      },
      {
        "name": "lang_id",
        "source": "lang_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Language",
        "relation": "res.lang"
      },
      {
        "name": "lang_id_name",
        "source": "lang_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Language (name)",
        "relation": "res.lang"
      },
      {
        "name": "lead_mining_request_id",
        "source": "lead_mining_request_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Lead Mining Request",
        "relation": "crm.iap.lead.mining.request"
      },
      {
        "name": "lead_mining_request_id_name",
        "source": "lead_mining_request_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Lead Mining Request (name)",
        "relation": "crm.iap.lead.mining.request"
      },
      {
        "name": "lead_properties",
        "source": "lead_properties",
        "type": "json",
        "source_type": "properties",
        "label": "Properties"
      },
      {
        "name": "lost_reason_id",
        "source": "lost_reason_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Lost Reason",
        "relation": "crm.lost.reason"
      },
      {
        "name": "lost_reason_id_name",
        "source": "lost_reason_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Lost Reason (name)",
        "relation": "crm.lost.reason"
      },
      {
        "name": "medium_id",
        "source": "medium_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Medium",
        "relation": "utm.medium"
      },
      {
        "name": "medium_id_name",
        "source": "medium_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Medium (name)",
        "relation": "utm.medium"
      },
      {
        "name": "message_bounce",
        "source": "message_bounce",
        "type": "integer",
        "source_type": "integer",
        "label": "Bounce"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Opportunity"
      },
      {
        "name": "order_ids",
        "source": "order_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Orders",
        "relation": "sale.order"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Contact",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Contact (name)",
        "relation": "res.partner"
      },
      {
        "name": "partner_name",
        "source": "partner_name",
        "type": "string",
        "source_type": "char",
        "label": "Company Name"
      },
      {
        "name": "phone",
        "source": "phone",
        "type": "string",
        "source_type": "char",
        "label": "Phone"
      },
      {
        "name": "phone_sanitized",
        "source": "phone_sanitized",
        "type": "string",
        "source_type": "char",
        "label": "Sanitized Number"
      },
      {
        "name": "phone_state",
        "source": "phone_state",
        "type": "string",
        "description": "Selection; values when discovered: correct, incorrect (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Phone Quality"
      },
      {
        "name": "priority",
        "source": "priority",
        "type": "string",
        "description": "Selection; values when discovered: 0, 1, 2, 3 (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Priority"
      },
      {
        "name": "probability",
        "source": "probability",
        "type": "decimal",
        "source_type": "float",
        "label": "Probability"
      },
      {
        "name": "prorated_revenue",
        "source": "prorated_revenue",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Prorated Revenue"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "recurring_plan",
        "source": "recurring_plan",
        "type": "integer",
        "source_type": "many2one",
        "label": "Recurring Plan",
        "relation": "crm.recurring.plan"
      },
      {
        "name": "recurring_plan_name",
        "source": "recurring_plan_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Recurring Plan (name)",
        "relation": "crm.recurring.plan"
      },
      {
        "name": "recurring_revenue",
        "source": "recurring_revenue",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Recurring Revenues"
      },
      {
        "name": "recurring_revenue_monthly",
        "source": "recurring_revenue_monthly",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Expected MRR"
      },
      {
        "name": "recurring_revenue_monthly_prorated",
        "source": "recurring_revenue_monthly_prorated",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Prorated MRR"
      },
      {
        "name": "recurring_revenue_prorated",
        "source": "recurring_revenue_prorated",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Prorated Recurring Revenues"
      },
      {
        "name": "referred",
        "source": "referred",
        "type": "string",
        "source_type": "char",
        "label": "Referred By"
      },
      {
        "name": "reveal_id",
        "source": "reveal_id",
        "type": "string",
        "source_type": "char",
        "label": "Reveal ID"
      },
      {
        "name": "source_id",
        "source": "source_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Source",
        "relation": "utm.source"
      },
      {
        "name": "source_id_name",
        "source": "source_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Source (name)",
        "relation": "utm.source"
      },
      {
        "name": "stage_id",
        "source": "stage_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Stage",
        "relation": "crm.stage"
      },
      {
        "name": "stage_id_name",
        "source": "stage_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Stage (name)",
        "relation": "crm.stage"
      },
      {
        "name": "state_id",
        "source": "state_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "State",
        "relation": "res.country.state"
      },
      {
        "name": "state_id_name",
        "source": "state_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "State (name)",
        "relation": "res.country.state"
      },
      {
        "name": "street",
        "source": "street",
        "type": "string",
        "source_type": "char",
        "label": "Street"
      },
      {
        "name": "street2",
        "source": "street2",
        "type": "string",
        "source_type": "char",
        "label": "Street2"
      },
      {
        "name": "tag_ids",
        "source": "tag_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Tags",
        "relation": "crm.tag"
      },
      {
        "name": "team_id",
        "source": "team_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Sales Team",
        "relation": "crm.team"
      },
      {
        "name": "team_id_name",
        "source": "team_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Sales Team (name)",
        "relation": "crm.team"
      },
      {
        "name": "type",
        "source": "type",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: lead, opportunity (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Type"
      },
      {
        "name": "user_id",
        "source": "user_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Salesperson",
        "relation": "res.users"
      },
      {
        "name": "user_id_name",
        "source": "user_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Salesperson (name)",
        "relation": "res.users"
      },
      {
        "name": "website",
        "source": "website",
        "type": "string",
        "source_type": "char",
        "label": "Website"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "won_status",
        "source": "won_status",
        "type": "string",
        "description": "Selection; values when discovered: won, lost, pending (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Won/Lost"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "zip",
        "source": "zip",
        "type": "string",
        "source_type": "char",
        "label": "Zip"
      },
      {
        "name": "x_aws_account_id",
        "source": "x_aws_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "AWS Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "x_aws_account_id_name",
        "source": "x_aws_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "AWS Account (name)",
        "relation": "c.aws.accounts"
      },
      {
        "name": "x_aws_payer_id",
        "source": "x_aws_payer_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "AWS Payer Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "x_aws_payer_id_name",
        "source": "x_aws_payer_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "AWS Payer Account (name)",
        "relation": "c.aws.accounts"
      },
      {
        "name": "x_ace_opportunity_id",
        "source": "x_ace_opportunity_id",
        "type": "string",
        "source_type": "char",
        "label": "ACE Opportunity ID"
      },
      {
        "name": "x_partner_opportunity_identifier",
        "source": "x_partner_opportunity_identifier",
        "type": "string",
        "source_type": "char",
        "label": "Partner Opportunity Identifier"
      },
      {
        "name": "x_aws_funding_request_ids",
        "source": "x_aws_funding_request_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Funding Requests",
        "relation": "c.aws.funding.request"
      },
      {
        "name": "x_delivery_model",
        "source": "x_delivery_model",
        "type": "string",
        "description": "Selection; values when discovered: saas_or_paas, byol_or_ami, managed_services, professional_services, resell, other (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Delivery Model"
      },
      {
        "name": "x_use_case",
        "source": "x_use_case",
        "type": "string",
        "source_type": "char",
        "label": "Use Case"
      },
      {
        "name": "x_industry",
        "source": "x_industry",
        "type": "string",
        "description": "Selection; values when discovered: healthcare, financial_services, government, education, retail, telecommunications, energy, other (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Industry"
      }
    ],
    "file": "contracts/odoo/crm_lead.yaml"
  },
  "singer": {
    "stream": "odoo_crm_lead",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "activity_ids": {},
        "automated_probability": {
          "type": [
            "number",
            "null"
          ]
        },
        "calendar_event_ids": {},
        "campaign_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "campaign_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "city": {
          "type": [
            "string",
            "null"
          ]
        },
        "color": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "contact_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "country_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "country_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "date_automation_last": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "date_closed": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "date_conversion": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "date_deadline": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "date_last_stage_update": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "date_open": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "day_close": {
          "type": [
            "number",
            "null"
          ]
        },
        "day_open": {
          "type": [
            "number",
            "null"
          ]
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "email_cc": {
          "type": [
            "string",
            "null"
          ]
        },
        "email_domain_criterion": {
          "type": [
            "string",
            "null"
          ]
        },
        "email_from": {
          "type": [
            "string",
            "null"
          ]
        },
        "email_normalized": {
          "type": [
            "string",
            "null"
          ]
        },
        "email_state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: correct, incorrect (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "expected_revenue": {
          "type": [
            "number",
            "null"
          ]
        },
        "function": {
          "type": [
            "string",
            "null"
          ]
        },
        "iap_enrich_done": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "lang_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "lang_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "lead_mining_request_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "lead_mining_request_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "lead_properties": {},
        "lost_reason_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "lost_reason_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "medium_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "medium_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "message_bounce": {
          "type": [
            "integer",
            "null"
          ]
        },
        "message_follower_ids": {},
        "message_ids": {},
        "name": {
          "type": "string"
        },
        "order_ids": {},
        "partner_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "partner_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "phone": {
          "type": [
            "string",
            "null"
          ]
        },
        "phone_sanitized": {
          "type": [
            "string",
            "null"
          ]
        },
        "phone_state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: correct, incorrect (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "priority": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: 0, 1, 2, 3 (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "probability": {
          "type": [
            "number",
            "null"
          ]
        },
        "prorated_revenue": {
          "type": [
            "number",
            "null"
          ]
        },
        "rating_ids": {},
        "recurring_plan": {
          "type": [
            "integer",
            "null"
          ]
        },
        "recurring_plan_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "recurring_revenue": {
          "type": [
            "number",
            "null"
          ]
        },
        "recurring_revenue_monthly": {
          "type": [
            "number",
            "null"
          ]
        },
        "recurring_revenue_monthly_prorated": {
          "type": [
            "number",
            "null"
          ]
        },
        "recurring_revenue_prorated": {
          "type": [
            "number",
            "null"
          ]
        },
        "referred": {
          "type": [
            "string",
            "null"
          ]
        },
        "reveal_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "source_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "source_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "stage_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "stage_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "state_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "state_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "street": {
          "type": [
            "string",
            "null"
          ]
        },
        "street2": {
          "type": [
            "string",
            "null"
          ]
        },
        "tag_ids": {},
        "team_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "team_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "type": {
          "type": "string",
          "description": "Selection; values when discovered: lead, opportunity (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "user_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "website": {
          "type": [
            "string",
            "null"
          ]
        },
        "website_message_ids": {},
        "won_status": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: won, lost, pending (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "zip": {
          "type": [
            "string",
            "null"
          ]
        },
        "x_aws_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "x_aws_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "x_aws_payer_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "x_aws_payer_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "x_ace_opportunity_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "x_partner_opportunity_identifier": {
          "type": [
            "string",
            "null"
          ]
        },
        "x_aws_funding_request_ids": {},
        "x_delivery_model": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: saas_or_paas, byol_or_ami, managed_services, professional_services, resell, other (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "x_use_case": {
          "type": [
            "string",
            "null"
          ]
        },
        "x_industry": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: healthcare, financial_services, government, education, retail, telecommunications, energy, other (not enforced: the list depends on the Odoo version and installed modules)"
        }
      },
      "required": [
        "id",
        "name",
        "type",
        "write_date"
      ]
    }
  }
};

export const crmStage: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "crm_stage",
    "description": "Odoo model crm.stage: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "crm.stage",
      "server_version": "19.0",
      "fields": 15,
      "stored_fields": 13,
      "not_stored": 2,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "fold",
        "source": "fold",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Folded in Pipeline"
      },
      {
        "name": "is_won",
        "source": "is_won",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is Won Stage?"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Stage Name"
      },
      {
        "name": "name__ar",
        "source": "name__ar",
        "type": "string",
        "source_type": "char",
        "label": "Stage Name (ar_001)"
      },
      {
        "name": "requirements",
        "source": "requirements",
        "type": "string",
        "source_type": "text",
        "label": "Requirements"
      },
      {
        "name": "rotting_threshold_days",
        "source": "rotting_threshold_days",
        "type": "integer",
        "source_type": "integer",
        "label": "Days to rot"
      },
      {
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "team_ids",
        "source": "team_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Sales Teams",
        "relation": "crm.team"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/crm_stage.yaml"
  },
  "singer": {
    "stream": "odoo_crm_stage",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "color": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "fold": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_won": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "name": {
          "type": "string"
        },
        "name__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "requirements": {
          "type": [
            "string",
            "null"
          ]
        },
        "rotting_threshold_days": {
          "type": [
            "integer",
            "null"
          ]
        },
        "sequence": {
          "type": [
            "integer",
            "null"
          ]
        },
        "team_ids": {},
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "name",
        "write_date"
      ]
    }
  }
};

export const crmTag: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "crm_tag",
    "description": "Odoo model crm.tag: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "crm.tag",
      "server_version": "19.0",
      "fields": 8,
      "stored_fields": 7,
      "not_stored": 1,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Tag Name"
      },
      {
        "name": "name__ar",
        "source": "name__ar",
        "type": "string",
        "source_type": "char",
        "label": "Tag Name (ar_001)"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/crm_tag.yaml"
  },
  "singer": {
    "stream": "odoo_crm_tag",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "color": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": "string"
        },
        "name__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "name",
        "write_date"
      ]
    }
  }
};

export const crmTeam: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "crm_team",
    "description": "Odoo model crm.team: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "crm.team",
      "server_version": "19.0",
      "fields": 55,
      "stored_fields": 25,
      "not_stored": 30,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "alias_id",
        "source": "alias_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Alias",
        "relation": "mail.alias"
      },
      {
        "name": "alias_id_name",
        "source": "alias_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Alias (name)",
        "relation": "mail.alias"
      },
      {
        "name": "assignment_domain",
        "source": "assignment_domain",
        "type": "string",
        "source_type": "char",
        "label": "Assignment Domain"
      },
      {
        "name": "assignment_optout",
        "source": "assignment_optout",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Skip auto assignment"
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color Index"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "crm_team_member_all_ids",
        "source": "crm_team_member_all_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Sales Team Members (incl. inactive)",
        "relation": "crm.team.member"
      },
      {
        "name": "crm_team_member_ids",
        "source": "crm_team_member_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Sales Team Members",
        "relation": "crm.team.member"
      },
      {
        "name": "favorite_user_ids",
        "source": "favorite_user_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Favorite Members",
        "relation": "res.users"
      },
      {
        "name": "invoiced_target",
        "source": "invoiced_target",
        "type": "decimal",
        "source_type": "float",
        "label": "Invoicing Target"
      },
      {
        "name": "lead_properties_definition",
        "source": "lead_properties_definition",
        "type": "json",
        "source_type": "properties_definition",
        "label": "Lead Properties"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Sales Team"
      },
      {
        "name": "name__ar",
        "source": "name__ar",
        "type": "string",
        "source_type": "char",
        "label": "Sales Team (ar_001)"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "use_leads",
        "source": "use_leads",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Leads"
      },
      {
        "name": "use_opportunities",
        "source": "use_opportunities",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Pipeline"
      },
      {
        "name": "user_id",
        "source": "user_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Team Leader",
        "relation": "res.users"
      },
      {
        "name": "user_id_name",
        "source": "user_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Team Leader (name)",
        "relation": "res.users"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/crm_team.yaml"
  },
  "singer": {
    "stream": "odoo_crm_team",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "alias_id": {
          "type": "integer"
        },
        "alias_id_name": {
          "type": "string"
        },
        "assignment_domain": {
          "type": [
            "string",
            "null"
          ]
        },
        "assignment_optout": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "color": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "crm_team_member_all_ids": {},
        "crm_team_member_ids": {},
        "favorite_user_ids": {},
        "invoiced_target": {
          "type": [
            "number",
            "null"
          ]
        },
        "lead_properties_definition": {},
        "message_follower_ids": {},
        "message_ids": {},
        "name": {
          "type": "string"
        },
        "name__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "rating_ids": {},
        "sequence": {
          "type": [
            "integer",
            "null"
          ]
        },
        "use_leads": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "use_opportunities": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "user_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "website_message_ids": {},
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "alias_id",
        "alias_id_name",
        "name",
        "write_date"
      ]
    }
  }
};

export const productProduct: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "product_product",
    "description": "Odoo model product.product: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "product.product",
      "server_version": "19.0",
      "fields": 117,
      "stored_fields": 31,
      "not_stored": 86,
      "binary_excluded": [
        "image_variant_1024",
        "image_variant_128",
        "image_variant_1920",
        "image_variant_256",
        "image_variant_512"
      ],
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
      },
      {
        "name": "additional_product_tag_ids",
        "source": "additional_product_tag_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Variant Tags",
        "relation": "product.tag"
      },
      {
        "name": "barcode",
        "source": "barcode",
        "type": "string",
        "source_type": "char",
        "label": "Barcode"
      },
      {
        "name": "can_image_variant_1024_be_zoomed",
        "source": "can_image_variant_1024_be_zoomed",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Can Variant Image 1024 be zoomed"
      },
      {
        "name": "combination_indices",
        "source": "combination_indices",
        "type": "string",
        "source_type": "char",
        "label": "Combination Indices"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "default_code",
        "source": "default_code",
        "type": "string",
        "source_type": "char",
        "label": "Internal Reference"
      },
      {
        "name": "is_favorite",
        "source": "is_favorite",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Favorite"
      },
      {
        "name": "is_in_selected_section_of_order",
        "source": "is_in_selected_section_of_order",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is In Selected Section Of Order"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "product_document_ids",
        "source": "product_document_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Documents",
        "relation": "product.document"
      },
      {
        "name": "product_template_attribute_value_ids",
        "source": "product_template_attribute_value_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Attribute Values",
        "relation": "product.template.attribute.value"
      },
      {
        "name": "product_template_variant_value_ids",
        "source": "product_template_variant_value_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Variant Values",
        "relation": "product.template.attribute.value"
      },
      {
        "name": "product_tmpl_id",
        "source": "product_tmpl_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Product Template",
        "relation": "product.template"
      },
      {
        "name": "product_tmpl_id_name",
        "source": "product_tmpl_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Product Template (name)",
        "relation": "product.template"
      },
      {
        "name": "product_uom_ids",
        "source": "product_uom_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Unit Barcode",
        "relation": "product.uom"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "standard_price",
        "source": "standard_price",
        "type": "decimal",
        "source_type": "float",
        "label": "Cost"
      },
      {
        "name": "volume",
        "source": "volume",
        "type": "decimal",
        "source_type": "float",
        "label": "Volume"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "weight",
        "source": "weight",
        "type": "decimal",
        "source_type": "float",
        "label": "Weight"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Write Date"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/product_product.yaml"
  },
  "singer": {
    "stream": "odoo_product_product",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "activity_ids": {},
        "additional_product_tag_ids": {},
        "barcode": {
          "type": [
            "string",
            "null"
          ]
        },
        "can_image_variant_1024_be_zoomed": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "combination_indices": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "default_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "is_favorite": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_in_selected_section_of_order": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "message_follower_ids": {},
        "message_ids": {},
        "product_document_ids": {},
        "product_template_attribute_value_ids": {},
        "product_template_variant_value_ids": {},
        "product_tmpl_id": {
          "type": "integer"
        },
        "product_tmpl_id_name": {
          "type": "string"
        },
        "product_uom_ids": {},
        "rating_ids": {},
        "standard_price": {
          "type": [
            "number",
            "null"
          ]
        },
        "volume": {
          "type": [
            "number",
            "null"
          ]
        },
        "website_message_ids": {},
        "weight": {
          "type": [
            "number",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "product_tmpl_id",
        "product_tmpl_id_name",
        "write_date"
      ]
    }
  }
};

export const productTemplate: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "product_template",
    "description": "Odoo model product.template: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "product.template",
      "server_version": "19.0",
      "fields": 98,
      "stored_fields": 59,
      "not_stored": 39,
      "binary_excluded": [
        "image_1024",
        "image_128",
        "image_1920",
        "image_256",
        "image_512"
      ],
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "account_tag_ids",
        "source": "account_tag_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Account Tags",
        "relation": "account.account.tag"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
      },
      {
        "name": "attribute_line_ids",
        "source": "attribute_line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Product Attributes",
        "relation": "product.template.attribute.line"
      },
      {
        "name": "can_image_1024_be_zoomed",
        "source": "can_image_1024_be_zoomed",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Can Image 1024 be zoomed"
      },
      {
        "name": "categ_id",
        "source": "categ_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Product Category",
        "relation": "product.category"
      },
      {
        "name": "categ_id_name",
        "source": "categ_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Product Category (name)",
        "relation": "product.category"
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color Index"
      },
      {
        "name": "combo_ids",
        "source": "combo_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Combo Choices",
        "relation": "product.combo"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "default_code",
        "source": "default_code",
        "type": "string",
        "source_type": "char",
        "label": "Internal Reference"
      },
      {
        "name": "description",
        "source": "description",
        "type": "string",
        "source_type": "html",
        "label": "Description"
      },
      {
        "name": "description__ar",
        "source": "description__ar",
        "type": "string",
        "source_type": "html",
        "label": "Description (ar_001)"
      },
      {
        "name": "description_purchase",
        "source": "description_purchase",
        "type": "string",
        "source_type": "text",
        "label": "Purchase Description"
      },
      {
        "name": "description_purchase__ar",
        "source": "description_purchase__ar",
        "type": "string",
        "source_type": "text",
        "label": "Purchase Description (ar_001)"
      },
      {
        "name": "description_sale",
        "source": "description_sale",
        "type": "string",
        "source_type": "text",
        "label": "Sales Description"
      },
      {
        "name": "description_sale__ar",
        "source": "description_sale__ar",
        "type": "string",
        "source_type": "text",
        "label": "Sales Description (ar_001)"
      },
      {
        "name": "expense_policy",
        "source": "expense_policy",
        "type": "string",
        "description": "Selection; values when discovered: no, cost, sales_price (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Re-Invoice Costs"
      },
      {
        "name": "has_configurable_attributes",
        "source": "has_configurable_attributes",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is a configurable product"
      },
      {
        "name": "invoice_policy",
        "source": "invoice_policy",
        "type": "string",
        "description": "Selection; values when discovered: order, delivery (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Invoicing Policy"
      },
      {
        "name": "is_favorite",
        "source": "is_favorite",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Favorite"
      },
      {
        "name": "list_price",
        "source": "list_price",
        "type": "decimal",
        "source_type": "float",
        "label": "Sales Price"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Name"
      },
      {
        "name": "name__ar",
        "source": "name__ar",
        "type": "string",
        "source_type": "char",
        "label": "Name (ar_001)"
      },
      {
        "name": "optional_product_ids",
        "source": "optional_product_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Optional Products",
        "relation": "product.template"
      },
      {
        "name": "pricelist_rule_ids",
        "source": "pricelist_rule_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Pricelist Rules",
        "relation": "product.pricelist.item"
      },
      {
        "name": "product_document_ids",
        "source": "product_document_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Documents",
        "relation": "product.document"
      },
      {
        "name": "product_properties",
        "source": "product_properties",
        "type": "json",
        "source_type": "properties",
        "label": "Properties"
      },
      {
        "name": "product_tag_ids",
        "source": "product_tag_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Tags",
        "relation": "product.tag"
      },
      {
        "name": "product_variant_ids",
        "source": "product_variant_ids",
        "type": "json",
        "required": true,
        "source_type": "one2many",
        "label": "Products",
        "relation": "product.product"
      },
      {
        "name": "project_id",
        "source": "project_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Project",
        "relation": "project.project"
      },
      {
        "name": "project_id_name",
        "source": "project_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Project (name)",
        "relation": "project.project"
      },
      {
        "name": "project_template_id",
        "source": "project_template_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Project Template",
        "relation": "project.project"
      },
      {
        "name": "project_template_id_name",
        "source": "project_template_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Project Template (name)",
        "relation": "project.project"
      },
      {
        "name": "property_account_expense_id",
        "source": "property_account_expense_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Expense Account",
        "relation": "account.account"
      },
      {
        "name": "property_account_expense_id_name",
        "source": "property_account_expense_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Expense Account (name)",
        "relation": "account.account"
      },
      {
        "name": "property_account_income_id",
        "source": "property_account_income_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Income Account",
        "relation": "account.account"
      },
      {
        "name": "property_account_income_id_name",
        "source": "property_account_income_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Income Account (name)",
        "relation": "account.account"
      },
      {
        "name": "purchase_ok",
        "source": "purchase_ok",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Purchase"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "sale_line_warn_msg",
        "source": "sale_line_warn_msg",
        "type": "string",
        "source_type": "text",
        "label": "Sales Order Line Warning"
      },
      {
        "name": "sale_ok",
        "source": "sale_ok",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Sales"
      },
      {
        "name": "seller_ids",
        "source": "seller_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Vendors",
        "relation": "product.supplierinfo"
      },
      {
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "service_tracking",
        "source": "service_tracking",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: no, task_global_project, task_in_project, project_only (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Create on Order"
      },
      {
        "name": "service_type",
        "source": "service_type",
        "type": "string",
        "description": "Selection; values when discovered: manual, milestones (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Track Service"
      },
      {
        "name": "supplier_taxes_id",
        "source": "supplier_taxes_id",
        "type": "json",
        "source_type": "many2many",
        "label": "Purchase Taxes",
        "relation": "account.tax"
      },
      {
        "name": "task_template_id",
        "source": "task_template_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Task Template",
        "relation": "project.task"
      },
      {
        "name": "task_template_id_name",
        "source": "task_template_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Task Template (name)",
        "relation": "project.task"
      },
      {
        "name": "taxes_id",
        "source": "taxes_id",
        "type": "json",
        "source_type": "many2many",
        "label": "Sales Taxes",
        "relation": "account.tax"
      },
      {
        "name": "type",
        "source": "type",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: consu, service, combo (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Product Type"
      },
      {
        "name": "uom_id",
        "source": "uom_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Unit",
        "relation": "uom.uom"
      },
      {
        "name": "uom_id_name",
        "source": "uom_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Unit (name)",
        "relation": "uom.uom"
      },
      {
        "name": "uom_ids",
        "source": "uom_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Packagings",
        "relation": "uom.uom"
      },
      {
        "name": "variant_seller_ids",
        "source": "variant_seller_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Variant Seller",
        "relation": "product.supplierinfo"
      },
      {
        "name": "volume",
        "source": "volume",
        "type": "decimal",
        "source_type": "float",
        "label": "Volume"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "weight",
        "source": "weight",
        "type": "decimal",
        "source_type": "float",
        "label": "Weight"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/product_template.yaml"
  },
  "singer": {
    "stream": "odoo_product_template",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "account_tag_ids": {},
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "activity_ids": {},
        "attribute_line_ids": {},
        "can_image_1024_be_zoomed": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "categ_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "categ_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "color": {
          "type": [
            "integer",
            "null"
          ]
        },
        "combo_ids": {},
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "default_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "description__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "description_purchase": {
          "type": [
            "string",
            "null"
          ]
        },
        "description_purchase__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "description_sale": {
          "type": [
            "string",
            "null"
          ]
        },
        "description_sale__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "expense_policy": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: no, cost, sales_price (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "has_configurable_attributes": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "invoice_policy": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: order, delivery (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "is_favorite": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "list_price": {
          "type": [
            "number",
            "null"
          ]
        },
        "message_follower_ids": {},
        "message_ids": {},
        "name": {
          "type": "string"
        },
        "name__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "optional_product_ids": {},
        "pricelist_rule_ids": {},
        "product_document_ids": {},
        "product_properties": {},
        "product_tag_ids": {},
        "product_variant_ids": {},
        "project_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "project_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_template_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "project_template_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "property_account_expense_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "property_account_expense_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "property_account_income_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "property_account_income_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "purchase_ok": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "rating_ids": {},
        "sale_line_warn_msg": {
          "type": [
            "string",
            "null"
          ]
        },
        "sale_ok": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "seller_ids": {},
        "sequence": {
          "type": [
            "integer",
            "null"
          ]
        },
        "service_tracking": {
          "type": "string",
          "description": "Selection; values when discovered: no, task_global_project, task_in_project, project_only (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "service_type": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: manual, milestones (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "supplier_taxes_id": {},
        "task_template_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "task_template_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "taxes_id": {},
        "type": {
          "type": "string",
          "description": "Selection; values when discovered: consu, service, combo (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "uom_id": {
          "type": "integer"
        },
        "uom_id_name": {
          "type": "string"
        },
        "uom_ids": {},
        "variant_seller_ids": {},
        "volume": {
          "type": [
            "number",
            "null"
          ]
        },
        "website_message_ids": {},
        "weight": {
          "type": [
            "number",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "name",
        "product_variant_ids",
        "service_tracking",
        "type",
        "uom_id",
        "uom_id_name",
        "write_date"
      ]
    }
  }
};

export const projectProject: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "project_project",
    "description": "Odoo model project.project: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "project.project",
      "server_version": "19.0",
      "fields": 111,
      "stored_fields": 45,
      "not_stored": 66,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "access_token",
        "source": "access_token",
        "type": "string",
        "source_type": "char",
        "label": "Security Token"
      },
      {
        "name": "account_id",
        "source": "account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Project Account",
        "relation": "account.analytic.account"
      },
      {
        "name": "account_id_name",
        "source": "account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Project Account (name)",
        "relation": "account.analytic.account"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
      },
      {
        "name": "alias_id",
        "source": "alias_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Alias",
        "relation": "mail.alias"
      },
      {
        "name": "alias_id_name",
        "source": "alias_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Alias (name)",
        "relation": "mail.alias"
      },
      {
        "name": "allow_billable",
        "source": "allow_billable",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Billable"
      },
      {
        "name": "allow_milestones",
        "source": "allow_milestones",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Milestones"
      },
      {
        "name": "allow_recurring_tasks",
        "source": "allow_recurring_tasks",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Recurring Tasks"
      },
      {
        "name": "allow_task_dependencies",
        "source": "allow_task_dependencies",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Task Dependencies"
      },
      {
        "name": "collaborator_ids",
        "source": "collaborator_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Collaborators",
        "relation": "project.collaborator"
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color Index"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "date",
        "source": "date",
        "type": "date",
        "source_type": "date",
        "label": "Expiration Date"
      },
      {
        "name": "date_start",
        "source": "date_start",
        "type": "date",
        "source_type": "date",
        "label": "Start Date"
      },
      {
        "name": "description",
        "source": "description",
        "type": "string",
        "source_type": "html",
        "label": "Description"
      },
      {
        "name": "favorite_user_ids",
        "source": "favorite_user_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Members",
        "relation": "res.users"
      },
      {
        "name": "is_template",
        "source": "is_template",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is Template"
      },
      {
        "name": "label_tasks",
        "source": "label_tasks",
        "type": "string",
        "source_type": "char",
        "label": "Use Tasks as"
      },
      {
        "name": "label_tasks__ar",
        "source": "label_tasks__ar",
        "type": "string",
        "source_type": "char",
        "label": "Use Tasks as (ar_001)"
      },
      {
        "name": "last_update_id",
        "source": "last_update_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Update",
        "relation": "project.update"
      },
      {
        "name": "last_update_id_name",
        "source": "last_update_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Update (name)",
        "relation": "project.update"
      },
      {
        "name": "last_update_status",
        "source": "last_update_status",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: on_track, at_risk, off_track, on_hold, to_define, done (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Last Update Status"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "milestone_ids",
        "source": "milestone_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Milestone",
        "relation": "project.milestone"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Name"
      },
      {
        "name": "name__ar",
        "source": "name__ar",
        "type": "string",
        "source_type": "char",
        "label": "Name (ar_001)"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Customer",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Customer (name)",
        "relation": "res.partner"
      },
      {
        "name": "privacy_visibility",
        "source": "privacy_visibility",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: followers, invited_users, employees, portal (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Visibility"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "reinvoiced_sale_order_id",
        "source": "reinvoiced_sale_order_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Sales Order",
        "relation": "sale.order"
      },
      {
        "name": "reinvoiced_sale_order_id_name",
        "source": "reinvoiced_sale_order_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Sales Order (name)",
        "relation": "sale.order"
      },
      {
        "name": "sale_line_id",
        "source": "sale_line_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Sales Order Item",
        "relation": "sale.order.line"
      },
      {
        "name": "sale_line_id_name",
        "source": "sale_line_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Sales Order Item (name)",
        "relation": "sale.order.line"
      },
      {
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "stage_id",
        "source": "stage_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Stage",
        "relation": "project.project.stage"
      },
      {
        "name": "stage_id_name",
        "source": "stage_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Stage (name)",
        "relation": "project.project.stage"
      },
      {
        "name": "tag_ids",
        "source": "tag_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Tags",
        "relation": "project.tags"
      },
      {
        "name": "task_ids",
        "source": "task_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Tasks",
        "relation": "project.task"
      },
      {
        "name": "task_properties_definition",
        "source": "task_properties_definition",
        "type": "json",
        "source_type": "properties_definition",
        "label": "Task Properties"
      },
      {
        "name": "tasks",
        "source": "tasks",
        "type": "json",
        "source_type": "one2many",
        "label": "Task Activities",
        "relation": "project.task"
      },
      {
        "name": "type_ids",
        "source": "type_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Tasks Stages",
        "relation": "project.task.type"
      },
      {
        "name": "update_ids",
        "source": "update_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Update",
        "relation": "project.update"
      },
      {
        "name": "user_id",
        "source": "user_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Project Manager",
        "relation": "res.users"
      },
      {
        "name": "user_id_name",
        "source": "user_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Project Manager (name)",
        "relation": "res.users"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "x_aws_account_id",
        "source": "x_aws_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "AWS Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "x_aws_account_id_name",
        "source": "x_aws_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "AWS Account (name)",
        "relation": "c.aws.accounts"
      }
    ],
    "file": "contracts/odoo/project_project.yaml"
  },
  "singer": {
    "stream": "odoo_project_project",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "access_token": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "activity_ids": {},
        "alias_id": {
          "type": "integer"
        },
        "alias_id_name": {
          "type": "string"
        },
        "allow_billable": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "allow_milestones": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "allow_recurring_tasks": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "allow_task_dependencies": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "collaborator_ids": {},
        "color": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "date_start": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "favorite_user_ids": {},
        "is_template": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "label_tasks": {
          "type": [
            "string",
            "null"
          ]
        },
        "label_tasks__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "last_update_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "last_update_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "last_update_status": {
          "type": "string",
          "description": "Selection; values when discovered: on_track, at_risk, off_track, on_hold, to_define, done (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "message_follower_ids": {},
        "message_ids": {},
        "milestone_ids": {},
        "name": {
          "type": "string"
        },
        "name__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "partner_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "privacy_visibility": {
          "type": "string",
          "description": "Selection; values when discovered: followers, invited_users, employees, portal (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "rating_ids": {},
        "reinvoiced_sale_order_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "reinvoiced_sale_order_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "sale_line_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "sale_line_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "sequence": {
          "type": [
            "integer",
            "null"
          ]
        },
        "stage_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "stage_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "tag_ids": {},
        "task_ids": {},
        "task_properties_definition": {},
        "tasks": {},
        "type_ids": {},
        "update_ids": {},
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "user_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "website_message_ids": {},
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "x_aws_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "x_aws_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "alias_id",
        "alias_id_name",
        "last_update_status",
        "name",
        "privacy_visibility",
        "write_date"
      ]
    }
  }
};

export const resCompany: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "res_company",
    "description": "Odoo model res.company: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "res.company",
      "server_version": "19.0",
      "fields": 171,
      "stored_fields": 120,
      "not_stored": 51,
      "binary_excluded": [
        "layout_background_image",
        "logo_web"
      ],
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "account_cash_basis_base_account_id",
        "source": "account_cash_basis_base_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Base Tax Received Account",
        "relation": "account.account"
      },
      {
        "name": "account_cash_basis_base_account_id_name",
        "source": "account_cash_basis_base_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Base Tax Received Account (name)",
        "relation": "account.account"
      },
      {
        "name": "account_default_pos_receivable_account_id",
        "source": "account_default_pos_receivable_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Default PoS Receivable Account",
        "relation": "account.account"
      },
      {
        "name": "account_default_pos_receivable_account_id_name",
        "source": "account_default_pos_receivable_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Default PoS Receivable Account (name)",
        "relation": "account.account"
      },
      {
        "name": "account_discount_expense_allocation_id",
        "source": "account_discount_expense_allocation_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Separate account for expense discount",
        "relation": "account.account"
      },
      {
        "name": "account_discount_expense_allocation_id_name",
        "source": "account_discount_expense_allocation_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Separate account for expense discount (name)",
        "relation": "account.account"
      },
      {
        "name": "account_discount_income_allocation_id",
        "source": "account_discount_income_allocation_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Separate account for income discount",
        "relation": "account.account"
      },
      {
        "name": "account_discount_income_allocation_id_name",
        "source": "account_discount_income_allocation_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Separate account for income discount (name)",
        "relation": "account.account"
      },
      {
        "name": "account_edi_proxy_client_ids",
        "source": "account_edi_proxy_client_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Account Edi Proxy Client",
        "relation": "account_edi_proxy_client.user"
      },
      {
        "name": "account_fiscal_country_id",
        "source": "account_fiscal_country_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Fiscal Country",
        "relation": "res.country"
      },
      {
        "name": "account_fiscal_country_id_name",
        "source": "account_fiscal_country_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Fiscal Country (name)",
        "relation": "res.country"
      },
      {
        "name": "account_journal_early_pay_discount_gain_account_id",
        "source": "account_journal_early_pay_discount_gain_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Cash Discount Write-Off Gain Account",
        "relation": "account.account"
      },
      {
        "name": "account_journal_early_pay_discount_gain_account_id_name",
        "source": "account_journal_early_pay_discount_gain_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Cash Discount Write-Off Gain Account (name)",
        "relation": "account.account"
      },
      {
        "name": "account_journal_early_pay_discount_loss_account_id",
        "source": "account_journal_early_pay_discount_loss_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Cash Discount Write-Off Loss Account",
        "relation": "account.account"
      },
      {
        "name": "account_journal_early_pay_discount_loss_account_id_name",
        "source": "account_journal_early_pay_discount_loss_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Cash Discount Write-Off Loss Account (name)",
        "relation": "account.account"
      },
      {
        "name": "account_journal_suspense_account_id",
        "source": "account_journal_suspense_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Journal Suspense Account",
        "relation": "account.account"
      },
      {
        "name": "account_journal_suspense_account_id_name",
        "source": "account_journal_suspense_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Journal Suspense Account (name)",
        "relation": "account.account"
      },
      {
        "name": "account_opening_date",
        "source": "account_opening_date",
        "type": "date",
        "source_type": "date",
        "label": "Opening Entry"
      },
      {
        "name": "account_opening_move_id",
        "source": "account_opening_move_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Opening Journal Entry",
        "relation": "account.move"
      },
      {
        "name": "account_opening_move_id_name",
        "source": "account_opening_move_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Opening Journal Entry (name)",
        "relation": "account.move"
      },
      {
        "name": "account_peppol_contact_email",
        "source": "account_peppol_contact_email",
        "type": "string",
        "source_type": "char",
        "label": "Primary contact email"
      },
      {
        "name": "account_peppol_migration_key",
        "source": "account_peppol_migration_key",
        "type": "string",
        "source_type": "char",
        "label": "Migration Key"
      },
      {
        "name": "account_peppol_phone_number",
        "source": "account_peppol_phone_number",
        "type": "string",
        "source_type": "char",
        "label": "Mobile number"
      },
      {
        "name": "account_peppol_proxy_state",
        "source": "account_peppol_proxy_state",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: not_registered, sender, smp_registration, receiver, rejected (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "PEPPOL status"
      },
      {
        "name": "account_price_include",
        "source": "account_price_include",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: tax_included, tax_excluded (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Default Sales Price Include"
      },
      {
        "name": "account_purchase_receipt_fiscal_position_id",
        "source": "account_purchase_receipt_fiscal_position_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Default Purchase Receipt Fiscal Position",
        "relation": "account.fiscal.position"
      },
      {
        "name": "account_purchase_receipt_fiscal_position_id_name",
        "source": "account_purchase_receipt_fiscal_position_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Default Purchase Receipt Fiscal Position (name)",
        "relation": "account.fiscal.position"
      },
      {
        "name": "account_purchase_tax_id",
        "source": "account_purchase_tax_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Default Purchase Tax",
        "relation": "account.tax"
      },
      {
        "name": "account_purchase_tax_id_name",
        "source": "account_purchase_tax_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Default Purchase Tax (name)",
        "relation": "account.tax"
      },
      {
        "name": "account_sale_tax_id",
        "source": "account_sale_tax_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Default Sale Tax",
        "relation": "account.tax"
      },
      {
        "name": "account_sale_tax_id_name",
        "source": "account_sale_tax_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Default Sale Tax (name)",
        "relation": "account.tax"
      },
      {
        "name": "account_storno",
        "source": "account_storno",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Storno accounting"
      },
      {
        "name": "account_use_credit_limit",
        "source": "account_use_credit_limit",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Sales Credit Limit"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "alias_domain_id",
        "source": "alias_domain_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Email Domain",
        "relation": "mail.alias.domain"
      },
      {
        "name": "alias_domain_id_name",
        "source": "alias_domain_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Email Domain (name)",
        "relation": "mail.alias.domain"
      },
      {
        "name": "all_child_ids",
        "source": "all_child_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "All Child",
        "relation": "res.company"
      },
      {
        "name": "anglo_saxon_accounting",
        "source": "anglo_saxon_accounting",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Use anglo-saxon accounting"
      },
      {
        "name": "automatic_entry_default_journal_id",
        "source": "automatic_entry_default_journal_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Automatic Entry Default Journal",
        "relation": "account.journal"
      },
      {
        "name": "automatic_entry_default_journal_id_name",
        "source": "automatic_entry_default_journal_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Automatic Entry Default Journal (name)",
        "relation": "account.journal"
      },
      {
        "name": "autopost_bills",
        "source": "autopost_bills",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Auto-validate bills"
      },
      {
        "name": "bank_account_code_prefix",
        "source": "bank_account_code_prefix",
        "type": "string",
        "source_type": "char",
        "label": "Prefix of the bank accounts"
      },
      {
        "name": "bank_journal_ids",
        "source": "bank_journal_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Bank Journals",
        "relation": "account.journal"
      },
      {
        "name": "batch_payment_sequence_id",
        "source": "batch_payment_sequence_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Batch Payment Sequence",
        "relation": "ir.sequence"
      },
      {
        "name": "batch_payment_sequence_id_name",
        "source": "batch_payment_sequence_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Batch Payment Sequence (name)",
        "relation": "ir.sequence"
      },
      {
        "name": "cash_account_code_prefix",
        "source": "cash_account_code_prefix",
        "type": "string",
        "source_type": "char",
        "label": "Prefix of the cash accounts"
      },
      {
        "name": "chart_template",
        "source": "chart_template",
        "type": "string",
        "source_type": "selection",
        "label": "Chart Template"
      },
      {
        "name": "child_ids",
        "source": "child_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Branches",
        "relation": "res.company"
      },
      {
        "name": "company_details",
        "source": "company_details",
        "type": "string",
        "source_type": "html",
        "label": "Company Details"
      },
      {
        "name": "company_details__ar",
        "source": "company_details__ar",
        "type": "string",
        "source_type": "html",
        "label": "Company Details (ar_001)"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "currency_exchange_journal_id",
        "source": "currency_exchange_journal_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Exchange Gain or Loss Journal",
        "relation": "account.journal"
      },
      {
        "name": "currency_exchange_journal_id_name",
        "source": "currency_exchange_journal_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Exchange Gain or Loss Journal (name)",
        "relation": "account.journal"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "default_cash_difference_expense_account_id",
        "source": "default_cash_difference_expense_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Cash Difference Expense",
        "relation": "account.account"
      },
      {
        "name": "default_cash_difference_expense_account_id_name",
        "source": "default_cash_difference_expense_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Cash Difference Expense (name)",
        "relation": "account.account"
      },
      {
        "name": "default_cash_difference_income_account_id",
        "source": "default_cash_difference_income_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Cash Difference Income",
        "relation": "account.account"
      },
      {
        "name": "default_cash_difference_income_account_id_name",
        "source": "default_cash_difference_income_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Cash Difference Income (name)",
        "relation": "account.account"
      },
      {
        "name": "display_invoice_amount_total_words",
        "source": "display_invoice_amount_total_words",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Total amount of invoice in letters"
      },
      {
        "name": "display_invoice_tax_company_currency",
        "source": "display_invoice_tax_company_currency",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Taxes in company currency"
      },
      {
        "name": "domestic_fiscal_position_id",
        "source": "domestic_fiscal_position_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Domestic Fiscal Position",
        "relation": "account.fiscal.position"
      },
      {
        "name": "domestic_fiscal_position_id_name",
        "source": "domestic_fiscal_position_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Domestic Fiscal Position (name)",
        "relation": "account.fiscal.position"
      },
      {
        "name": "downpayment_account_id",
        "source": "downpayment_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Downpayment Account",
        "relation": "account.account"
      },
      {
        "name": "downpayment_account_id_name",
        "source": "downpayment_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Downpayment Account (name)",
        "relation": "account.account"
      },
      {
        "name": "email",
        "source": "email",
        "type": "string",
        "source_type": "char",
        "label": "Email"
      },
      {
        "name": "email_primary_color",
        "source": "email_primary_color",
        "type": "string",
        "source_type": "char",
        "label": "Email Button Text"
      },
      {
        "name": "email_secondary_color",
        "source": "email_secondary_color",
        "type": "string",
        "source_type": "char",
        "label": "Email Button Color"
      },
      {
        "name": "expects_chart_of_accounts",
        "source": "expects_chart_of_accounts",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Expects a Chart of Accounts"
      },
      {
        "name": "expense_account_id",
        "source": "expense_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Expense Account",
        "relation": "account.account"
      },
      {
        "name": "expense_account_id_name",
        "source": "expense_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Expense Account (name)",
        "relation": "account.account"
      },
      {
        "name": "expense_accrual_account_id",
        "source": "expense_accrual_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Expense Accrual Account",
        "relation": "account.account"
      },
      {
        "name": "expense_accrual_account_id_name",
        "source": "expense_accrual_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Expense Accrual Account (name)",
        "relation": "account.account"
      },
      {
        "name": "expense_currency_exchange_account_id",
        "source": "expense_currency_exchange_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Loss Exchange Rate Account",
        "relation": "account.account"
      },
      {
        "name": "expense_currency_exchange_account_id_name",
        "source": "expense_currency_exchange_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Loss Exchange Rate Account (name)",
        "relation": "account.account"
      },
      {
        "name": "external_report_layout_id",
        "source": "external_report_layout_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Document Template",
        "relation": "ir.ui.view"
      },
      {
        "name": "external_report_layout_id_name",
        "source": "external_report_layout_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Document Template (name)",
        "relation": "ir.ui.view"
      },
      {
        "name": "fiscal_position_ids",
        "source": "fiscal_position_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Fiscal Position",
        "relation": "account.fiscal.position"
      },
      {
        "name": "fiscalyear_last_day",
        "source": "fiscalyear_last_day",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "Fiscalyear Last Day"
      },
      {
        "name": "fiscalyear_last_month",
        "source": "fiscalyear_last_month",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Fiscalyear Last Month"
      },
      {
        "name": "fiscalyear_lock_date",
        "source": "fiscalyear_lock_date",
        "type": "date",
        "source_type": "date",
        "label": "Global Lock Date"
      },
      {
        "name": "font",
        "source": "font",
        "type": "string",
        "description": "Selection; values when discovered: Lato, Roboto, Open_Sans, Montserrat, Oswald, Raleway, Tajawal, Fira_Mono (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Font"
      },
      {
        "name": "hard_lock_date",
        "source": "hard_lock_date",
        "type": "date",
        "source_type": "date",
        "label": "Hard Lock Date"
      },
      {
        "name": "iap_enrich_auto_done",
        "source": "iap_enrich_auto_done",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Enrich Done"
      },
      {
        "name": "income_account_id",
        "source": "income_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Income Account",
        "relation": "account.account"
      },
      {
        "name": "income_account_id_name",
        "source": "income_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Income Account (name)",
        "relation": "account.account"
      },
      {
        "name": "income_currency_exchange_account_id",
        "source": "income_currency_exchange_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Gain Exchange Rate Account",
        "relation": "account.account"
      },
      {
        "name": "income_currency_exchange_account_id_name",
        "source": "income_currency_exchange_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Gain Exchange Rate Account (name)",
        "relation": "account.account"
      },
      {
        "name": "incoterm_id",
        "source": "incoterm_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Default incoterm",
        "relation": "account.incoterms"
      },
      {
        "name": "incoterm_id_name",
        "source": "incoterm_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Default incoterm (name)",
        "relation": "account.incoterms"
      },
      {
        "name": "invoice_terms",
        "source": "invoice_terms",
        "type": "string",
        "source_type": "html",
        "label": "Default Terms and Conditions"
      },
      {
        "name": "invoice_terms__ar",
        "source": "invoice_terms__ar",
        "type": "string",
        "source_type": "html",
        "label": "Default Terms and Conditions (ar_001)"
      },
      {
        "name": "invoice_terms_html",
        "source": "invoice_terms_html",
        "type": "string",
        "source_type": "html",
        "label": "Default Terms and Conditions as a Web page"
      },
      {
        "name": "invoice_terms_html__ar",
        "source": "invoice_terms_html__ar",
        "type": "string",
        "source_type": "html",
        "label": "Default Terms and Conditions as a Web page (ar_001)"
      },
      {
        "name": "layout_background",
        "source": "layout_background",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: Blank, Demo logo, Custom (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Layout Background"
      },
      {
        "name": "link_qr_code",
        "source": "link_qr_code",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Display Link QR-code"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Company Name"
      },
      {
        "name": "paperformat_id",
        "source": "paperformat_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Paper format",
        "relation": "report.paperformat"
      },
      {
        "name": "paperformat_id_name",
        "source": "paperformat_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Paper format (name)",
        "relation": "report.paperformat"
      },
      {
        "name": "parent_id",
        "source": "parent_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Parent Company",
        "relation": "res.company"
      },
      {
        "name": "parent_id_name",
        "source": "parent_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Parent Company (name)",
        "relation": "res.company"
      },
      {
        "name": "parent_path",
        "source": "parent_path",
        "type": "string",
        "source_type": "char",
        "label": "Parent Path"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Partner",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Partner (name)",
        "relation": "res.partner"
      },
      {
        "name": "peppol_activate_self_billing_sending",
        "source": "peppol_activate_self_billing_sending",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Activate self-billing sending"
      },
      {
        "name": "peppol_external_provider",
        "source": "peppol_external_provider",
        "type": "string",
        "source_type": "char",
        "label": "Peppol External Provider"
      },
      {
        "name": "peppol_metadata",
        "source": "peppol_metadata",
        "type": "json",
        "source_type": "json",
        "label": "Peppol Metadata"
      },
      {
        "name": "peppol_metadata_updated_at",
        "source": "peppol_metadata_updated_at",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Peppol meta updated at"
      },
      {
        "name": "peppol_purchase_journal_id",
        "source": "peppol_purchase_journal_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Peppol Purchase Journal",
        "relation": "account.journal"
      },
      {
        "name": "peppol_purchase_journal_id_name",
        "source": "peppol_purchase_journal_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Peppol Purchase Journal (name)",
        "relation": "account.journal"
      },
      {
        "name": "peppol_self_billing_reception_journal_id",
        "source": "peppol_self_billing_reception_journal_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Self-Billing reception journal",
        "relation": "account.journal"
      },
      {
        "name": "peppol_self_billing_reception_journal_id_name",
        "source": "peppol_self_billing_reception_journal_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Self-Billing reception journal (name)",
        "relation": "account.journal"
      },
      {
        "name": "phone",
        "source": "phone",
        "type": "string",
        "source_type": "char",
        "label": "Phone"
      },
      {
        "name": "portal_confirmation_pay",
        "source": "portal_confirmation_pay",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Online Payment"
      },
      {
        "name": "portal_confirmation_sign",
        "source": "portal_confirmation_sign",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Online Signature"
      },
      {
        "name": "prepayment_percent",
        "source": "prepayment_percent",
        "type": "decimal",
        "source_type": "float",
        "label": "Prepayment percentage"
      },
      {
        "name": "price_difference_account_id",
        "source": "price_difference_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Price Difference Account",
        "relation": "account.account"
      },
      {
        "name": "price_difference_account_id_name",
        "source": "price_difference_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Price Difference Account (name)",
        "relation": "account.account"
      },
      {
        "name": "primary_color",
        "source": "primary_color",
        "type": "string",
        "source_type": "char",
        "label": "Primary Color"
      },
      {
        "name": "purchase_lock_date",
        "source": "purchase_lock_date",
        "type": "date",
        "source_type": "date",
        "label": "Purchase Lock date"
      },
      {
        "name": "qr_code",
        "source": "qr_code",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Display QR-code on invoices"
      },
      {
        "name": "quick_edit_mode",
        "source": "quick_edit_mode",
        "type": "string",
        "description": "Selection; values when discovered: out_invoices, in_invoices, out_and_in_invoices (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Quick encoding"
      },
      {
        "name": "quotation_validity_days",
        "source": "quotation_validity_days",
        "type": "integer",
        "source_type": "integer",
        "label": "Default Quotation Validity"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "report_footer",
        "source": "report_footer",
        "type": "string",
        "source_type": "html",
        "label": "Report Footer"
      },
      {
        "name": "report_footer__ar",
        "source": "report_footer__ar",
        "type": "string",
        "source_type": "html",
        "label": "Report Footer (ar_001)"
      },
      {
        "name": "report_header",
        "source": "report_header",
        "type": "string",
        "source_type": "html",
        "label": "Company Tagline"
      },
      {
        "name": "report_header__ar",
        "source": "report_header__ar",
        "type": "string",
        "source_type": "html",
        "label": "Company Tagline (ar_001)"
      },
      {
        "name": "resource_calendar_id",
        "source": "resource_calendar_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Default Working Hours",
        "relation": "resource.calendar"
      },
      {
        "name": "resource_calendar_id_name",
        "source": "resource_calendar_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Default Working Hours (name)",
        "relation": "resource.calendar"
      },
      {
        "name": "resource_calendar_ids",
        "source": "resource_calendar_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Working Hours",
        "relation": "resource.calendar"
      },
      {
        "name": "restrictive_audit_trail",
        "source": "restrictive_audit_trail",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Restrictive Audit Trail"
      },
      {
        "name": "revenue_accrual_account_id",
        "source": "revenue_accrual_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Revenue Accrual Account",
        "relation": "account.account"
      },
      {
        "name": "revenue_accrual_account_id_name",
        "source": "revenue_accrual_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Revenue Accrual Account (name)",
        "relation": "account.account"
      },
      {
        "name": "sale_discount_product_id",
        "source": "sale_discount_product_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Discount Product",
        "relation": "product.product"
      },
      {
        "name": "sale_discount_product_id_name",
        "source": "sale_discount_product_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Discount Product (name)",
        "relation": "product.product"
      },
      {
        "name": "sale_lock_date",
        "source": "sale_lock_date",
        "type": "date",
        "source_type": "date",
        "label": "Sales Lock Date"
      },
      {
        "name": "sale_onboarding_payment_method",
        "source": "sale_onboarding_payment_method",
        "type": "string",
        "description": "Selection; values when discovered: digital_signature, paypal, stripe, other, manual (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Sale onboarding selected payment method"
      },
      {
        "name": "sale_order_template_id",
        "source": "sale_order_template_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Default Sale Template",
        "relation": "sale.order.template"
      },
      {
        "name": "sale_order_template_id_name",
        "source": "sale_order_template_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Default Sale Template (name)",
        "relation": "sale.order.template"
      },
      {
        "name": "secondary_color",
        "source": "secondary_color",
        "type": "string",
        "source_type": "char",
        "label": "Secondary Color"
      },
      {
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "snailmail_color",
        "source": "snailmail_color",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Snailmail Color"
      },
      {
        "name": "snailmail_cover",
        "source": "snailmail_cover",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Add a Cover Page"
      },
      {
        "name": "snailmail_duplex",
        "source": "snailmail_duplex",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Both sides"
      },
      {
        "name": "tax_calculation_rounding_method",
        "source": "tax_calculation_rounding_method",
        "type": "string",
        "description": "Selection; values when discovered: round_globally, round_per_line (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Tax Calculation Rounding Method"
      },
      {
        "name": "tax_cash_basis_journal_id",
        "source": "tax_cash_basis_journal_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Cash Basis Journal",
        "relation": "account.journal"
      },
      {
        "name": "tax_cash_basis_journal_id_name",
        "source": "tax_cash_basis_journal_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Cash Basis Journal (name)",
        "relation": "account.journal"
      },
      {
        "name": "tax_exigibility",
        "source": "tax_exigibility",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Use Cash Basis"
      },
      {
        "name": "tax_lock_date",
        "source": "tax_lock_date",
        "type": "date",
        "source_type": "date",
        "label": "Tax Return Lock Date"
      },
      {
        "name": "terms_type",
        "source": "terms_type",
        "type": "string",
        "description": "Selection; values when discovered: plain, html (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Terms & Conditions format"
      },
      {
        "name": "transfer_account_code_prefix",
        "source": "transfer_account_code_prefix",
        "type": "string",
        "source_type": "char",
        "label": "Prefix of the transfer accounts"
      },
      {
        "name": "transfer_account_id",
        "source": "transfer_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Inter-Banks Transfer Account",
        "relation": "account.account"
      },
      {
        "name": "transfer_account_id_name",
        "source": "transfer_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Inter-Banks Transfer Account (name)",
        "relation": "account.account"
      },
      {
        "name": "user_ids",
        "source": "user_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Accepted Users",
        "relation": "res.users"
      },
      {
        "name": "uses_default_logo",
        "source": "uses_default_logo",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Uses Default Logo"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/res_company.yaml"
  },
  "singer": {
    "stream": "odoo_res_company",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "account_cash_basis_base_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_cash_basis_base_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_default_pos_receivable_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_default_pos_receivable_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_discount_expense_allocation_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_discount_expense_allocation_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_discount_income_allocation_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_discount_income_allocation_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_edi_proxy_client_ids": {},
        "account_fiscal_country_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_fiscal_country_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_journal_early_pay_discount_gain_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_journal_early_pay_discount_gain_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_journal_early_pay_discount_loss_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_journal_early_pay_discount_loss_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_journal_suspense_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_journal_suspense_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_opening_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "account_opening_move_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_opening_move_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_peppol_contact_email": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_peppol_migration_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_peppol_phone_number": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_peppol_proxy_state": {
          "type": "string",
          "description": "Selection; values when discovered: not_registered, sender, smp_registration, receiver, rejected (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "account_price_include": {
          "type": "string",
          "description": "Selection; values when discovered: tax_included, tax_excluded (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "account_purchase_receipt_fiscal_position_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_purchase_receipt_fiscal_position_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_purchase_tax_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_purchase_tax_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_sale_tax_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "account_sale_tax_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "account_storno": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "account_use_credit_limit": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "alias_domain_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "alias_domain_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "all_child_ids": {},
        "anglo_saxon_accounting": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "automatic_entry_default_journal_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "automatic_entry_default_journal_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "autopost_bills": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "bank_account_code_prefix": {
          "type": [
            "string",
            "null"
          ]
        },
        "bank_journal_ids": {},
        "batch_payment_sequence_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "batch_payment_sequence_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "cash_account_code_prefix": {
          "type": [
            "string",
            "null"
          ]
        },
        "chart_template": {
          "type": [
            "string",
            "null"
          ]
        },
        "child_ids": {},
        "company_details": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_details__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_exchange_journal_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "currency_exchange_journal_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_id": {
          "type": "integer"
        },
        "currency_id_name": {
          "type": "string"
        },
        "default_cash_difference_expense_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "default_cash_difference_expense_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "default_cash_difference_income_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "default_cash_difference_income_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "display_invoice_amount_total_words": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "display_invoice_tax_company_currency": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "domestic_fiscal_position_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "domestic_fiscal_position_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "downpayment_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "downpayment_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "email": {
          "type": [
            "string",
            "null"
          ]
        },
        "email_primary_color": {
          "type": [
            "string",
            "null"
          ]
        },
        "email_secondary_color": {
          "type": [
            "string",
            "null"
          ]
        },
        "expects_chart_of_accounts": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "expense_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "expense_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "expense_accrual_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "expense_accrual_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "expense_currency_exchange_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "expense_currency_exchange_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "external_report_layout_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "external_report_layout_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "fiscal_position_ids": {},
        "fiscalyear_last_day": {
          "type": "integer"
        },
        "fiscalyear_last_month": {
          "type": "string",
          "description": "Selection; values when discovered: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "fiscalyear_lock_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "font": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: Lato, Roboto, Open_Sans, Montserrat, Oswald, Raleway, Tajawal, Fira_Mono (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "hard_lock_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "iap_enrich_auto_done": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "income_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "income_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "income_currency_exchange_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "income_currency_exchange_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "incoterm_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "incoterm_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_terms": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_terms__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_terms_html": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_terms_html__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "layout_background": {
          "type": "string",
          "description": "Selection; values when discovered: Blank, Demo logo, Custom (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "link_qr_code": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "message_follower_ids": {},
        "message_ids": {},
        "name": {
          "type": "string"
        },
        "paperformat_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "paperformat_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "parent_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "parent_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "parent_path": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_id": {
          "type": "integer"
        },
        "partner_id_name": {
          "type": "string"
        },
        "peppol_activate_self_billing_sending": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "peppol_external_provider": {
          "type": [
            "string",
            "null"
          ]
        },
        "peppol_metadata": {},
        "peppol_metadata_updated_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "peppol_purchase_journal_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "peppol_purchase_journal_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "peppol_self_billing_reception_journal_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "peppol_self_billing_reception_journal_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "phone": {
          "type": [
            "string",
            "null"
          ]
        },
        "portal_confirmation_pay": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "portal_confirmation_sign": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "prepayment_percent": {
          "type": [
            "number",
            "null"
          ]
        },
        "price_difference_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "price_difference_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "primary_color": {
          "type": [
            "string",
            "null"
          ]
        },
        "purchase_lock_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "qr_code": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "quick_edit_mode": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: out_invoices, in_invoices, out_and_in_invoices (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "quotation_validity_days": {
          "type": [
            "integer",
            "null"
          ]
        },
        "rating_ids": {},
        "report_footer": {
          "type": [
            "string",
            "null"
          ]
        },
        "report_footer__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "report_header": {
          "type": [
            "string",
            "null"
          ]
        },
        "report_header__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "resource_calendar_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "resource_calendar_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "resource_calendar_ids": {},
        "restrictive_audit_trail": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "revenue_accrual_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "revenue_accrual_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "sale_discount_product_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "sale_discount_product_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "sale_lock_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "sale_onboarding_payment_method": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: digital_signature, paypal, stripe, other, manual (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "sale_order_template_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "sale_order_template_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "secondary_color": {
          "type": [
            "string",
            "null"
          ]
        },
        "sequence": {
          "type": [
            "integer",
            "null"
          ]
        },
        "snailmail_color": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "snailmail_cover": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "snailmail_duplex": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "tax_calculation_rounding_method": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: round_globally, round_per_line (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "tax_cash_basis_journal_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "tax_cash_basis_journal_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "tax_exigibility": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "tax_lock_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "terms_type": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: plain, html (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "transfer_account_code_prefix": {
          "type": [
            "string",
            "null"
          ]
        },
        "transfer_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "transfer_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "user_ids": {},
        "uses_default_logo": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "website_message_ids": {},
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "account_peppol_proxy_state",
        "account_price_include",
        "currency_id",
        "currency_id_name",
        "fiscalyear_last_day",
        "fiscalyear_last_month",
        "layout_background",
        "name",
        "partner_id",
        "partner_id_name",
        "write_date"
      ]
    }
  }
};

export const resCountry: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "res_country",
    "description": "Odoo model res.country: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "res.country",
      "server_version": "19.0",
      "fields": 22,
      "stored_fields": 17,
      "not_stored": 5,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "address_format",
        "source": "address_format",
        "type": "string",
        "source_type": "text",
        "label": "Layout in Reports"
      },
      {
        "name": "address_view_id",
        "source": "address_view_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Input View",
        "relation": "ir.ui.view"
      },
      {
        "name": "address_view_id_name",
        "source": "address_view_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Input View (name)",
        "relation": "ir.ui.view"
      },
      {
        "name": "code",
        "source": "code",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Country Code"
      },
      {
        "name": "country_group_ids",
        "source": "country_group_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Country Groups",
        "relation": "res.country.group"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Country Name"
      },
      {
        "name": "name__ar",
        "source": "name__ar",
        "type": "string",
        "source_type": "char",
        "label": "Country Name (ar_001)"
      },
      {
        "name": "name_position",
        "source": "name_position",
        "type": "string",
        "description": "Selection; values when discovered: before, after (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Customer Name Position"
      },
      {
        "name": "phone_code",
        "source": "phone_code",
        "type": "integer",
        "source_type": "integer",
        "label": "Country Calling Code"
      },
      {
        "name": "state_ids",
        "source": "state_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "States",
        "relation": "res.country.state"
      },
      {
        "name": "state_required",
        "source": "state_required",
        "type": "boolean",
        "source_type": "boolean",
        "label": "State Required"
      },
      {
        "name": "vat_label",
        "source": "vat_label",
        "type": "string",
        "source_type": "char",
        "label": "Vat Label"
      },
      {
        "name": "vat_label__ar",
        "source": "vat_label__ar",
        "type": "string",
        "source_type": "char",
        "label": "Vat Label (ar_001)"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "zip_required",
        "source": "zip_required",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Zip Required"
      }
    ],
    "file": "contracts/odoo/res_country.yaml"
  },
  "singer": {
    "stream": "odoo_res_country",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "address_format": {
          "type": [
            "string",
            "null"
          ]
        },
        "address_view_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "address_view_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "code": {
          "type": "string"
        },
        "country_group_ids": {},
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "currency_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": "string"
        },
        "name__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "name_position": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: before, after (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "phone_code": {
          "type": [
            "integer",
            "null"
          ]
        },
        "state_ids": {},
        "state_required": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "vat_label": {
          "type": [
            "string",
            "null"
          ]
        },
        "vat_label__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "zip_required": {
          "type": [
            "boolean",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "code",
        "name",
        "write_date"
      ]
    }
  }
};

export const resCountryState: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "res_country_state",
    "description": "Odoo model res.country.state: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "res.country.state",
      "server_version": "19.0",
      "fields": 9,
      "stored_fields": 8,
      "not_stored": 1,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "code",
        "source": "code",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "State Code"
      },
      {
        "name": "country_id",
        "source": "country_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Country",
        "relation": "res.country"
      },
      {
        "name": "country_id_name",
        "source": "country_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Country (name)",
        "relation": "res.country"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "State Name"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/res_country_state.yaml"
  },
  "singer": {
    "stream": "odoo_res_country_state",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "code": {
          "type": "string"
        },
        "country_id": {
          "type": "integer"
        },
        "country_id_name": {
          "type": "string"
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": "string"
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "code",
        "country_id",
        "country_id_name",
        "name",
        "write_date"
      ]
    }
  }
};

export const resCurrency: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "res_currency",
    "description": "Odoo model res.currency: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "res.currency",
      "server_version": "19.0",
      "fields": 24,
      "stored_fields": 16,
      "not_stored": 8,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "currency_subunit_label",
        "source": "currency_subunit_label",
        "type": "string",
        "source_type": "char",
        "label": "Currency Subunit"
      },
      {
        "name": "currency_subunit_label__ar",
        "source": "currency_subunit_label__ar",
        "type": "string",
        "source_type": "char",
        "label": "Currency Subunit (ar_001)"
      },
      {
        "name": "currency_unit_label",
        "source": "currency_unit_label",
        "type": "string",
        "source_type": "char",
        "label": "Currency Unit"
      },
      {
        "name": "currency_unit_label__ar",
        "source": "currency_unit_label__ar",
        "type": "string",
        "source_type": "char",
        "label": "Currency Unit (ar_001)"
      },
      {
        "name": "decimal_places",
        "source": "decimal_places",
        "type": "integer",
        "source_type": "integer",
        "label": "Decimal Places"
      },
      {
        "name": "full_name",
        "source": "full_name",
        "type": "string",
        "source_type": "char",
        "label": "Name"
      },
      {
        "name": "iso_numeric",
        "source": "iso_numeric",
        "type": "integer",
        "source_type": "integer",
        "label": "Currency numeric code."
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Currency"
      },
      {
        "name": "position",
        "source": "position",
        "type": "string",
        "description": "Selection; values when discovered: after, before (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Symbol Position"
      },
      {
        "name": "rate_ids",
        "source": "rate_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Rates",
        "relation": "res.currency.rate"
      },
      {
        "name": "rounding",
        "source": "rounding",
        "type": "decimal",
        "source_type": "float",
        "label": "Rounding Factor"
      },
      {
        "name": "symbol",
        "source": "symbol",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Symbol"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/res_currency.yaml"
  },
  "singer": {
    "stream": "odoo_res_currency",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_subunit_label": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_subunit_label__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_unit_label": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_unit_label__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "decimal_places": {
          "type": [
            "integer",
            "null"
          ]
        },
        "full_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "iso_numeric": {
          "type": [
            "integer",
            "null"
          ]
        },
        "name": {
          "type": "string"
        },
        "position": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: after, before (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "rate_ids": {},
        "rounding": {
          "type": [
            "number",
            "null"
          ]
        },
        "symbol": {
          "type": "string"
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "name",
        "symbol",
        "write_date"
      ]
    }
  }
};

export const resPartner: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "res_partner",
    "description": "Odoo model res.partner: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "res.partner",
      "server_version": "19.0",
      "fields": 178,
      "stored_fields": 96,
      "not_stored": 82,
      "binary_excluded": [
        "image_1024",
        "image_128",
        "image_1920",
        "image_256",
        "image_512"
      ],
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
      },
      {
        "name": "autopost_bills",
        "source": "autopost_bills",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: always, ask, never (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Auto-post bills"
      },
      {
        "name": "bank_ids",
        "source": "bank_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Banks",
        "relation": "res.partner.bank"
      },
      {
        "name": "barcode",
        "source": "barcode",
        "type": "string",
        "source_type": "char",
        "label": "Barcode"
      },
      {
        "name": "calendar_last_notif_ack",
        "source": "calendar_last_notif_ack",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Last notification marked as read from base Calendar"
      },
      {
        "name": "category_id",
        "source": "category_id",
        "type": "json",
        "source_type": "many2many",
        "label": "Tags",
        "relation": "res.partner.category"
      },
      {
        "name": "channel_ids",
        "source": "channel_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Channels",
        "relation": "discuss.channel"
      },
      {
        "name": "channel_member_ids",
        "source": "channel_member_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Channel Member",
        "relation": "discuss.channel.member"
      },
      {
        "name": "child_ids",
        "source": "child_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Contact",
        "relation": "res.partner"
      },
      {
        "name": "city",
        "source": "city",
        "type": "string",
        "source_type": "char",
        "label": "City"
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color Index"
      },
      {
        "name": "comment",
        "source": "comment",
        "type": "string",
        "source_type": "html",
        "label": "Notes"
      },
      {
        "name": "commercial_company_name",
        "source": "commercial_company_name",
        "type": "string",
        "source_type": "char",
        "label": "Company Name Entity"
      },
      {
        "name": "commercial_partner_id",
        "source": "commercial_partner_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Commercial Entity",
        "relation": "res.partner"
      },
      {
        "name": "commercial_partner_id_name",
        "source": "commercial_partner_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Commercial Entity (name)",
        "relation": "res.partner"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "company_name",
        "source": "company_name",
        "type": "string",
        "source_type": "char",
        "label": "Company Name"
      },
      {
        "name": "company_registry",
        "source": "company_registry",
        "type": "string",
        "source_type": "char",
        "label": "Company ID"
      },
      {
        "name": "complete_name",
        "source": "complete_name",
        "type": "string",
        "source_type": "char",
        "label": "Complete Name"
      },
      {
        "name": "contract_ids",
        "source": "contract_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Partner Contracts",
        "relation": "account.analytic.account"
      },
      {
        "name": "country_id",
        "source": "country_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Country",
        "relation": "res.country"
      },
      {
        "name": "country_id_name",
        "source": "country_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Country (name)",
        "relation": "res.country"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "credit_limit",
        "source": "credit_limit",
        "type": "decimal",
        "source_type": "float",
        "label": "Credit Limit"
      },
      {
        "name": "customer_rank",
        "source": "customer_rank",
        "type": "integer",
        "source_type": "integer",
        "label": "Customer Rank"
      },
      {
        "name": "email",
        "source": "email",
        "type": "string",
        "source_type": "char",
        "label": "Email"
      },
      {
        "name": "email_normalized",
        "source": "email_normalized",
        "type": "string",
        "source_type": "char",
        "label": "Normalized Email"
      },
      {
        "name": "employee",
        "source": "employee",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Employee"
      },
      {
        "name": "function",
        "source": "function",
        "type": "string",
        "source_type": "char",
        "label": "Job Position"
      },
      {
        "name": "global_location_number",
        "source": "global_location_number",
        "type": "string",
        "source_type": "char",
        "label": "GLN"
      },
      {
        "name": "ignore_abnormal_invoice_amount",
        "source": "ignore_abnormal_invoice_amount",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Ignore Abnormal Invoice Amount"
      },
      {
        "name": "ignore_abnormal_invoice_date",
        "source": "ignore_abnormal_invoice_date",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Ignore Abnormal Invoice Date"
      },
      {
        "name": "industry_id",
        "source": "industry_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Industry",
        "relation": "res.partner.industry"
      },
      {
        "name": "industry_id_name",
        "source": "industry_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Industry (name)",
        "relation": "res.partner.industry"
      },
      {
        "name": "invoice_edi_format_store",
        "source": "invoice_edi_format_store",
        "type": "string",
        "source_type": "char",
        "label": "Invoice Edi Format Store"
      },
      {
        "name": "invoice_ids",
        "source": "invoice_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Invoices",
        "relation": "account.move"
      },
      {
        "name": "invoice_sending_method",
        "source": "invoice_sending_method",
        "type": "string",
        "description": "Selection; values when discovered: manual, email, snailmail, peppol (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Invoice sending"
      },
      {
        "name": "invoice_template_pdf_report_id",
        "source": "invoice_template_pdf_report_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Invoice report",
        "relation": "ir.actions.report"
      },
      {
        "name": "invoice_template_pdf_report_id_name",
        "source": "invoice_template_pdf_report_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Invoice report (name)",
        "relation": "ir.actions.report"
      },
      {
        "name": "is_company",
        "source": "is_company",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is a Company"
      },
      {
        "name": "lang",
        "source": "lang",
        "type": "string",
        "description": "Selection; values when discovered: en_US, ar_001 (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Language"
      },
      {
        "name": "meeting_ids",
        "source": "meeting_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Meetings",
        "relation": "calendar.event"
      },
      {
        "name": "message_bounce",
        "source": "message_bounce",
        "type": "integer",
        "source_type": "integer",
        "label": "Bounce"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "source_type": "char",
        "label": "Name"
      },
      {
        "name": "opportunity_ids",
        "source": "opportunity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Opportunities",
        "relation": "crm.lead"
      },
      {
        "name": "parent_id",
        "source": "parent_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Related Company",
        "relation": "res.partner"
      },
      {
        "name": "parent_id_name",
        "source": "parent_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Related Company (name)",
        "relation": "res.partner"
      },
      {
        "name": "partner_latitude",
        "source": "partner_latitude",
        "type": "decimal",
        "source_type": "float",
        "label": "Geo Latitude"
      },
      {
        "name": "partner_longitude",
        "source": "partner_longitude",
        "type": "decimal",
        "source_type": "float",
        "label": "Geo Longitude"
      },
      {
        "name": "partner_share",
        "source": "partner_share",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Share Partner"
      },
      {
        "name": "payment_token_ids",
        "source": "payment_token_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Payment Tokens",
        "relation": "payment.token"
      },
      {
        "name": "peppol_eas",
        "source": "peppol_eas",
        "type": "string",
        "description": "Selection; values when discovered: 9923, 9922, 0151, 9914, 9915, 0208, 9925, 9924, 9926, 9934, 9928, 9929, 0096, 0184, 0198, 0191, 9931, 0037, 0216, 0213, 0002, 0009, 9957, 0225, 0240, 0204, 9930, 9933, 9910, 0196, 9935, 0211, 0097, 0188, 0221, 0218, 9939, 9936, 0200, 9937, 9938, 9942, 0230, 9943, 9940, 9941, 0106, 0190, 9944, 0192, 9945, 9946, 9947, 9948, 0195, 9949, 9950, 9920, 0007, 9955, 9927, 0183, 9952, 0235, 9932, 9959, 0060, 0088, 0130, 0135, 0142, 0193, 0199, 0201, 0202, 0209, 0210, 9913, 9918, 9919, 9951, 9953, AN, AQ, AS, AU, EM, odemo (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Peppol e-address (EAS)"
      },
      {
        "name": "peppol_endpoint",
        "source": "peppol_endpoint",
        "type": "string",
        "source_type": "char",
        "label": "Peppol Endpoint"
      },
      {
        "name": "peppol_verification_state",
        "source": "peppol_verification_state",
        "type": "string",
        "description": "Selection; values when discovered: not_verified, not_valid, not_valid_format, valid (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Peppol status"
      },
      {
        "name": "phone",
        "source": "phone",
        "type": "string",
        "source_type": "char",
        "label": "Phone"
      },
      {
        "name": "phone_sanitized",
        "source": "phone_sanitized",
        "type": "string",
        "source_type": "char",
        "label": "Sanitized Number"
      },
      {
        "name": "project_ids",
        "source": "project_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Projects",
        "relation": "project.project"
      },
      {
        "name": "properties",
        "source": "properties",
        "type": "json",
        "source_type": "properties",
        "label": "Properties"
      },
      {
        "name": "property_account_payable_id",
        "source": "property_account_payable_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Account Payable",
        "relation": "account.account"
      },
      {
        "name": "property_account_payable_id_name",
        "source": "property_account_payable_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Account Payable (name)",
        "relation": "account.account"
      },
      {
        "name": "property_account_position_id",
        "source": "property_account_position_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Fiscal Position",
        "relation": "account.fiscal.position"
      },
      {
        "name": "property_account_position_id_name",
        "source": "property_account_position_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Fiscal Position (name)",
        "relation": "account.fiscal.position"
      },
      {
        "name": "property_account_receivable_id",
        "source": "property_account_receivable_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Account Receivable",
        "relation": "account.account"
      },
      {
        "name": "property_account_receivable_id_name",
        "source": "property_account_receivable_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Account Receivable (name)",
        "relation": "account.account"
      },
      {
        "name": "property_inbound_payment_method_line_id",
        "source": "property_inbound_payment_method_line_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Property Inbound Payment Method Line",
        "relation": "account.payment.method.line"
      },
      {
        "name": "property_inbound_payment_method_line_id_name",
        "source": "property_inbound_payment_method_line_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Property Inbound Payment Method Line (name)",
        "relation": "account.payment.method.line"
      },
      {
        "name": "property_outbound_payment_method_line_id",
        "source": "property_outbound_payment_method_line_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Property Outbound Payment Method Line",
        "relation": "account.payment.method.line"
      },
      {
        "name": "property_outbound_payment_method_line_id_name",
        "source": "property_outbound_payment_method_line_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Property Outbound Payment Method Line (name)",
        "relation": "account.payment.method.line"
      },
      {
        "name": "property_payment_term_id",
        "source": "property_payment_term_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Customer Payment Terms",
        "relation": "account.payment.term"
      },
      {
        "name": "property_payment_term_id_name",
        "source": "property_payment_term_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Customer Payment Terms (name)",
        "relation": "account.payment.term"
      },
      {
        "name": "property_supplier_payment_term_id",
        "source": "property_supplier_payment_term_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Vendor Payment Terms",
        "relation": "account.payment.term"
      },
      {
        "name": "property_supplier_payment_term_id_name",
        "source": "property_supplier_payment_term_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Vendor Payment Terms (name)",
        "relation": "account.payment.term"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "ref",
        "source": "ref",
        "type": "string",
        "source_type": "char",
        "label": "Reference"
      },
      {
        "name": "ref_company_ids",
        "source": "ref_company_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Companies that refers to partner",
        "relation": "res.company"
      },
      {
        "name": "rtc_session_ids",
        "source": "rtc_session_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Rtc Session",
        "relation": "discuss.channel.rtc.session"
      },
      {
        "name": "sale_order_ids",
        "source": "sale_order_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Sales Order",
        "relation": "sale.order"
      },
      {
        "name": "sale_warn_msg",
        "source": "sale_warn_msg",
        "type": "string",
        "source_type": "text",
        "label": "Message for Sales Order"
      },
      {
        "name": "signup_type",
        "source": "signup_type",
        "type": "string",
        "source_type": "char",
        "label": "Signup Token Type"
      },
      {
        "name": "specific_property_product_pricelist",
        "source": "specific_property_product_pricelist",
        "type": "integer",
        "source_type": "many2one",
        "label": "Specific Property Product Pricelist",
        "relation": "product.pricelist"
      },
      {
        "name": "specific_property_product_pricelist_name",
        "source": "specific_property_product_pricelist_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Specific Property Product Pricelist (name)",
        "relation": "product.pricelist"
      },
      {
        "name": "state_id",
        "source": "state_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "State",
        "relation": "res.country.state"
      },
      {
        "name": "state_id_name",
        "source": "state_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "State (name)",
        "relation": "res.country.state"
      },
      {
        "name": "street",
        "source": "street",
        "type": "string",
        "source_type": "char",
        "label": "Street"
      },
      {
        "name": "street2",
        "source": "street2",
        "type": "string",
        "source_type": "char",
        "label": "Street2"
      },
      {
        "name": "supplier_rank",
        "source": "supplier_rank",
        "type": "integer",
        "source_type": "integer",
        "label": "Supplier Rank"
      },
      {
        "name": "task_ids",
        "source": "task_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Tasks",
        "relation": "project.task"
      },
      {
        "name": "trust",
        "source": "trust",
        "type": "string",
        "description": "Selection; values when discovered: good, normal, bad (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Degree of trust you have in this debtor"
      },
      {
        "name": "type",
        "source": "type",
        "type": "string",
        "description": "Selection; values when discovered: contact, invoice, delivery, other (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Address Type"
      },
      {
        "name": "tz",
        "source": "tz",
        "type": "string",
        "description": "Selection; values when discovered: Asia/Riyadh, Asia/Dubai, Europe/London, UTC (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Timezone"
      },
      {
        "name": "user_id",
        "source": "user_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Salesperson",
        "relation": "res.users"
      },
      {
        "name": "user_id_name",
        "source": "user_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Salesperson (name)",
        "relation": "res.users"
      },
      {
        "name": "user_ids",
        "source": "user_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Users",
        "relation": "res.users"
      },
      {
        "name": "vat",
        "source": "vat",
        "type": "string",
        "source_type": "char",
        "label": "Tax ID"
      },
      {
        "name": "website",
        "source": "website",
        "type": "string",
        "source_type": "char",
        "label": "Website Link"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "zip",
        "source": "zip",
        "type": "string",
        "source_type": "char",
        "label": "Zip"
      },
      {
        "name": "x_aws_account_ids",
        "source": "x_aws_account_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "AWS Accounts",
        "relation": "c.aws.accounts"
      },
      {
        "name": "x_name_ar",
        "source": "x_name_ar",
        "type": "string",
        "source_type": "char",
        "label": "Arabic Name"
      }
    ],
    "file": "contracts/odoo/res_partner.yaml"
  },
  "singer": {
    "stream": "odoo_res_partner",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "activity_ids": {},
        "autopost_bills": {
          "type": "string",
          "description": "Selection; values when discovered: always, ask, never (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "bank_ids": {},
        "barcode": {
          "type": [
            "string",
            "null"
          ]
        },
        "calendar_last_notif_ack": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "category_id": {},
        "channel_ids": {},
        "channel_member_ids": {},
        "child_ids": {},
        "city": {
          "type": [
            "string",
            "null"
          ]
        },
        "color": {
          "type": [
            "integer",
            "null"
          ]
        },
        "comment": {
          "type": [
            "string",
            "null"
          ]
        },
        "commercial_company_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "commercial_partner_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "commercial_partner_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_registry": {
          "type": [
            "string",
            "null"
          ]
        },
        "complete_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "contract_ids": {},
        "country_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "country_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "credit_limit": {
          "type": [
            "number",
            "null"
          ]
        },
        "customer_rank": {
          "type": [
            "integer",
            "null"
          ]
        },
        "email": {
          "type": [
            "string",
            "null"
          ]
        },
        "email_normalized": {
          "type": [
            "string",
            "null"
          ]
        },
        "employee": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "function": {
          "type": [
            "string",
            "null"
          ]
        },
        "global_location_number": {
          "type": [
            "string",
            "null"
          ]
        },
        "ignore_abnormal_invoice_amount": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "ignore_abnormal_invoice_date": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "industry_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "industry_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_edi_format_store": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_ids": {},
        "invoice_sending_method": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: manual, email, snailmail, peppol (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "invoice_template_pdf_report_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "invoice_template_pdf_report_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "is_company": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "lang": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: en_US, ar_001 (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "meeting_ids": {},
        "message_bounce": {
          "type": [
            "integer",
            "null"
          ]
        },
        "message_follower_ids": {},
        "message_ids": {},
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "opportunity_ids": {},
        "parent_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "parent_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_latitude": {
          "type": [
            "number",
            "null"
          ]
        },
        "partner_longitude": {
          "type": [
            "number",
            "null"
          ]
        },
        "partner_share": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "payment_token_ids": {},
        "peppol_eas": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: 9923, 9922, 0151, 9914, 9915, 0208, 9925, 9924, 9926, 9934, 9928, 9929, 0096, 0184, 0198, 0191, 9931, 0037, 0216, 0213, 0002, 0009, 9957, 0225, 0240, 0204, 9930, 9933, 9910, 0196, 9935, 0211, 0097, 0188, 0221, 0218, 9939, 9936, 0200, 9937, 9938, 9942, 0230, 9943, 9940, 9941, 0106, 0190, 9944, 0192, 9945, 9946, 9947, 9948, 0195, 9949, 9950, 9920, 0007, 9955, 9927, 0183, 9952, 0235, 9932, 9959, 0060, 0088, 0130, 0135, 0142, 0193, 0199, 0201, 0202, 0209, 0210, 9913, 9918, 9919, 9951, 9953, AN, AQ, AS, AU, EM, odemo (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "peppol_endpoint": {
          "type": [
            "string",
            "null"
          ]
        },
        "peppol_verification_state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: not_verified, not_valid, not_valid_format, valid (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "phone": {
          "type": [
            "string",
            "null"
          ]
        },
        "phone_sanitized": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_ids": {},
        "properties": {},
        "property_account_payable_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "property_account_payable_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "property_account_position_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "property_account_position_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "property_account_receivable_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "property_account_receivable_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "property_inbound_payment_method_line_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "property_inbound_payment_method_line_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "property_outbound_payment_method_line_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "property_outbound_payment_method_line_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "property_payment_term_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "property_payment_term_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "property_supplier_payment_term_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "property_supplier_payment_term_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "rating_ids": {},
        "ref": {
          "type": [
            "string",
            "null"
          ]
        },
        "ref_company_ids": {},
        "rtc_session_ids": {},
        "sale_order_ids": {},
        "sale_warn_msg": {
          "type": [
            "string",
            "null"
          ]
        },
        "signup_type": {
          "type": [
            "string",
            "null"
          ]
        },
        "specific_property_product_pricelist": {
          "type": [
            "integer",
            "null"
          ]
        },
        "specific_property_product_pricelist_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "state_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "state_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "street": {
          "type": [
            "string",
            "null"
          ]
        },
        "street2": {
          "type": [
            "string",
            "null"
          ]
        },
        "supplier_rank": {
          "type": [
            "integer",
            "null"
          ]
        },
        "task_ids": {},
        "trust": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: good, normal, bad (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "type": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: contact, invoice, delivery, other (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "tz": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: Asia/Riyadh, Asia/Dubai, Europe/London, UTC (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "user_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "user_ids": {},
        "vat": {
          "type": [
            "string",
            "null"
          ]
        },
        "website": {
          "type": [
            "string",
            "null"
          ]
        },
        "website_message_ids": {},
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "zip": {
          "type": [
            "string",
            "null"
          ]
        },
        "x_aws_account_ids": {},
        "x_name_ar": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "autopost_bills",
        "write_date"
      ]
    }
  }
};

export const resUsers: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "res_users",
    "description": "Odoo model res.users: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "res.users",
      "server_version": "19.0",
      "fields": 228,
      "stored_fields": 35,
      "not_stored": 193,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "action_id",
        "source": "action_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Home Action",
        "relation": "ir.actions.actions"
      },
      {
        "name": "action_id_name",
        "source": "action_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Home Action (name)",
        "relation": "ir.actions.actions"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "api_key_ids",
        "source": "api_key_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "API Keys",
        "relation": "res.users.apikeys"
      },
      {
        "name": "auth_passkey_key_ids",
        "source": "auth_passkey_key_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Auth Passkey Key",
        "relation": "auth.passkey.key"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "company_ids",
        "source": "company_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Companies",
        "relation": "res.company"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "crm_team_member_ids",
        "source": "crm_team_member_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Sales Team Members",
        "relation": "crm.team.member"
      },
      {
        "name": "device_ids",
        "source": "device_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "User devices",
        "relation": "res.device"
      },
      {
        "name": "favorite_project_ids",
        "source": "favorite_project_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Favorite Projects",
        "relation": "project.project"
      },
      {
        "name": "group_ids",
        "source": "group_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Groups",
        "relation": "res.groups"
      },
      {
        "name": "log_ids",
        "source": "log_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "User log entries",
        "relation": "res.users.log"
      },
      {
        "name": "login",
        "source": "login",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Login"
      },
      {
        "name": "manual_im_status",
        "source": "manual_im_status",
        "type": "string",
        "description": "Selection; values when discovered: away, busy, offline (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "IM status manually set by the user"
      },
      {
        "name": "notification_type",
        "source": "notification_type",
        "type": "string",
        "required": true,
        "description": "Selection; values when discovered: email, inbox (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Notification"
      },
      {
        "name": "odoobot_failed",
        "source": "odoobot_failed",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Odoobot Failed"
      },
      {
        "name": "odoobot_state",
        "source": "odoobot_state",
        "type": "string",
        "description": "Selection; values when discovered: not_initialized, onboarding_emoji, onboarding_attachement, onboarding_command, onboarding_ping, onboarding_canned, idle, disabled (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "OdooBot Status"
      },
      {
        "name": "out_of_office_from",
        "source": "out_of_office_from",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Out Of Office From"
      },
      {
        "name": "out_of_office_message",
        "source": "out_of_office_message",
        "type": "string",
        "source_type": "html",
        "label": "Vacation Responder"
      },
      {
        "name": "out_of_office_to",
        "source": "out_of_office_to",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Out Of Office To"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Related Partner",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Related Partner (name)",
        "relation": "res.partner"
      },
      {
        "name": "presence_ids",
        "source": "presence_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Presence",
        "relation": "mail.presence"
      },
      {
        "name": "res_users_settings_ids",
        "source": "res_users_settings_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Res Users Settings",
        "relation": "res.users.settings"
      },
      {
        "name": "resource_ids",
        "source": "resource_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Resources",
        "relation": "resource.resource"
      },
      {
        "name": "role_ids",
        "source": "role_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "User Roles",
        "relation": "res.role"
      },
      {
        "name": "sale_team_id",
        "source": "sale_team_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "User Sales Team",
        "relation": "crm.team"
      },
      {
        "name": "sale_team_id_name",
        "source": "sale_team_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "User Sales Team (name)",
        "relation": "crm.team"
      },
      {
        "name": "share",
        "source": "share",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Share User"
      },
      {
        "name": "signature",
        "source": "signature",
        "type": "string",
        "source_type": "html",
        "label": "Email Signature"
      },
      {
        "name": "totp_last_counter",
        "source": "totp_last_counter",
        "type": "integer",
        "source_type": "integer",
        "label": "Totp Last Counter"
      },
      {
        "name": "totp_trusted_device_ids",
        "source": "totp_trusted_device_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Trusted Devices",
        "relation": "auth_totp.device"
      },
      {
        "name": "tour_enabled",
        "source": "tour_enabled",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Onboarding"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/res_users.yaml"
  },
  "singer": {
    "stream": "odoo_res_users",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "action_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "action_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "api_key_ids": {},
        "auth_passkey_key_ids": {},
        "company_id": {
          "type": "integer"
        },
        "company_id_name": {
          "type": "string"
        },
        "company_ids": {},
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "crm_team_member_ids": {},
        "device_ids": {},
        "favorite_project_ids": {},
        "group_ids": {},
        "log_ids": {},
        "login": {
          "type": "string"
        },
        "manual_im_status": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: away, busy, offline (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "notification_type": {
          "type": "string",
          "description": "Selection; values when discovered: email, inbox (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "odoobot_failed": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "odoobot_state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: not_initialized, onboarding_emoji, onboarding_attachement, onboarding_command, onboarding_ping, onboarding_canned, idle, disabled (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "out_of_office_from": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "out_of_office_message": {
          "type": [
            "string",
            "null"
          ]
        },
        "out_of_office_to": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "partner_id": {
          "type": "integer"
        },
        "partner_id_name": {
          "type": "string"
        },
        "presence_ids": {},
        "res_users_settings_ids": {},
        "resource_ids": {},
        "role_ids": {},
        "sale_team_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "sale_team_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "share": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "signature": {
          "type": [
            "string",
            "null"
          ]
        },
        "totp_last_counter": {
          "type": [
            "integer",
            "null"
          ]
        },
        "totp_trusted_device_ids": {},
        "tour_enabled": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "company_id",
        "company_id_name",
        "login",
        "notification_type",
        "partner_id",
        "partner_id_name",
        "write_date"
      ]
    }
  }
};

export const saleOrder: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "sale_order",
    "description": "Odoo model sale.order: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "sale.order",
      "server_version": "19.0",
      "fields": 117,
      "stored_fields": 57,
      "not_stored": 60,
      "binary_excluded": [
        "signature"
      ],
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "access_token",
        "source": "access_token",
        "type": "string",
        "source_type": "char",
        "label": "Security Token"
      },
      {
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
      },
      {
        "name": "amount_tax",
        "source": "amount_tax",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Taxes"
      },
      {
        "name": "amount_total",
        "source": "amount_total",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total"
      },
      {
        "name": "amount_untaxed",
        "source": "amount_untaxed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Untaxed Amount"
      },
      {
        "name": "campaign_id",
        "source": "campaign_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Campaign",
        "relation": "utm.campaign"
      },
      {
        "name": "campaign_id_name",
        "source": "campaign_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Campaign (name)",
        "relation": "utm.campaign"
      },
      {
        "name": "client_order_ref",
        "source": "client_order_ref",
        "type": "string",
        "source_type": "char",
        "label": "Customer Reference"
      },
      {
        "name": "commitment_date",
        "source": "commitment_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Delivery Date"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Creation Date"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "currency_rate",
        "source": "currency_rate",
        "type": "decimal",
        "source_type": "float",
        "label": "Currency Rate"
      },
      {
        "name": "customizable_pdf_form_fields",
        "source": "customizable_pdf_form_fields",
        "type": "json",
        "source_type": "json",
        "label": "Customizable PDF Form Fields"
      },
      {
        "name": "date_order",
        "source": "date_order",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Order Date"
      },
      {
        "name": "fiscal_position_id",
        "source": "fiscal_position_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Fiscal Position",
        "relation": "account.fiscal.position"
      },
      {
        "name": "fiscal_position_id_name",
        "source": "fiscal_position_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Fiscal Position (name)",
        "relation": "account.fiscal.position"
      },
      {
        "name": "invoice_status",
        "source": "invoice_status",
        "type": "string",
        "description": "Selection; values when discovered: upselling, invoiced, to invoice, no (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Invoice Status"
      },
      {
        "name": "journal_id",
        "source": "journal_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Invoicing Journal",
        "relation": "account.journal"
      },
      {
        "name": "journal_id_name",
        "source": "journal_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Invoicing Journal (name)",
        "relation": "account.journal"
      },
      {
        "name": "locked",
        "source": "locked",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Locked"
      },
      {
        "name": "medium_id",
        "source": "medium_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Medium",
        "relation": "utm.medium"
      },
      {
        "name": "medium_id_name",
        "source": "medium_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Medium (name)",
        "relation": "utm.medium"
      },
      {
        "name": "message_follower_ids",
        "source": "message_follower_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Followers",
        "relation": "mail.followers"
      },
      {
        "name": "message_ids",
        "source": "message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Messages",
        "relation": "mail.message"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Order Reference"
      },
      {
        "name": "note",
        "source": "note",
        "type": "string",
        "source_type": "html",
        "label": "Terms and conditions"
      },
      {
        "name": "opportunity_id",
        "source": "opportunity_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Opportunity",
        "relation": "crm.lead"
      },
      {
        "name": "opportunity_id_name",
        "source": "opportunity_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Opportunity (name)",
        "relation": "crm.lead"
      },
      {
        "name": "order_line",
        "source": "order_line",
        "type": "json",
        "source_type": "one2many",
        "label": "Order Lines",
        "relation": "sale.order.line"
      },
      {
        "name": "origin",
        "source": "origin",
        "type": "string",
        "source_type": "char",
        "label": "Source Document"
      },
      {
        "name": "partner_id",
        "source": "partner_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Customer",
        "relation": "res.partner"
      },
      {
        "name": "partner_id_name",
        "source": "partner_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Customer (name)",
        "relation": "res.partner"
      },
      {
        "name": "partner_invoice_id",
        "source": "partner_invoice_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Invoice Address",
        "relation": "res.partner"
      },
      {
        "name": "partner_invoice_id_name",
        "source": "partner_invoice_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Invoice Address (name)",
        "relation": "res.partner"
      },
      {
        "name": "partner_shipping_id",
        "source": "partner_shipping_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Delivery Address",
        "relation": "res.partner"
      },
      {
        "name": "partner_shipping_id_name",
        "source": "partner_shipping_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Delivery Address (name)",
        "relation": "res.partner"
      },
      {
        "name": "payment_term_id",
        "source": "payment_term_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Payment Terms",
        "relation": "account.payment.term"
      },
      {
        "name": "payment_term_id_name",
        "source": "payment_term_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Payment Terms (name)",
        "relation": "account.payment.term"
      },
      {
        "name": "pending_email_template_id",
        "source": "pending_email_template_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Pending Email Template",
        "relation": "mail.template"
      },
      {
        "name": "pending_email_template_id_name",
        "source": "pending_email_template_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Pending Email Template (name)",
        "relation": "mail.template"
      },
      {
        "name": "preferred_payment_method_line_id",
        "source": "preferred_payment_method_line_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Payment Method",
        "relation": "account.payment.method.line"
      },
      {
        "name": "preferred_payment_method_line_id_name",
        "source": "preferred_payment_method_line_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Payment Method (name)",
        "relation": "account.payment.method.line"
      },
      {
        "name": "prepayment_percent",
        "source": "prepayment_percent",
        "type": "decimal",
        "source_type": "float",
        "label": "Prepayment percentage"
      },
      {
        "name": "pricelist_id",
        "source": "pricelist_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Pricelist",
        "relation": "product.pricelist"
      },
      {
        "name": "pricelist_id_name",
        "source": "pricelist_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Pricelist (name)",
        "relation": "product.pricelist"
      },
      {
        "name": "project_id",
        "source": "project_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Project",
        "relation": "project.project"
      },
      {
        "name": "project_id_name",
        "source": "project_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Project (name)",
        "relation": "project.project"
      },
      {
        "name": "quotation_document_ids",
        "source": "quotation_document_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Headers/Footers",
        "relation": "quotation.document"
      },
      {
        "name": "rating_ids",
        "source": "rating_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Ratings",
        "relation": "rating.rating"
      },
      {
        "name": "reference",
        "source": "reference",
        "type": "string",
        "source_type": "char",
        "label": "Payment Ref."
      },
      {
        "name": "require_payment",
        "source": "require_payment",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Online payment"
      },
      {
        "name": "require_signature",
        "source": "require_signature",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Online signature"
      },
      {
        "name": "sale_order_template_id",
        "source": "sale_order_template_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Quotation Template",
        "relation": "sale.order.template"
      },
      {
        "name": "sale_order_template_id_name",
        "source": "sale_order_template_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Quotation Template (name)",
        "relation": "sale.order.template"
      },
      {
        "name": "signed_by",
        "source": "signed_by",
        "type": "string",
        "source_type": "char",
        "label": "Signed By"
      },
      {
        "name": "signed_on",
        "source": "signed_on",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Signed On"
      },
      {
        "name": "source_id",
        "source": "source_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Source",
        "relation": "utm.source"
      },
      {
        "name": "source_id_name",
        "source": "source_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Source (name)",
        "relation": "utm.source"
      },
      {
        "name": "state",
        "source": "state",
        "type": "string",
        "description": "Selection; values when discovered: draft, sent, sale, cancel (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Status"
      },
      {
        "name": "tag_ids",
        "source": "tag_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Tags",
        "relation": "crm.tag"
      },
      {
        "name": "team_id",
        "source": "team_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Sales Team",
        "relation": "crm.team"
      },
      {
        "name": "team_id_name",
        "source": "team_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Sales Team (name)",
        "relation": "crm.team"
      },
      {
        "name": "transaction_ids",
        "source": "transaction_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Transactions",
        "relation": "payment.transaction"
      },
      {
        "name": "user_id",
        "source": "user_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Salesperson",
        "relation": "res.users"
      },
      {
        "name": "user_id_name",
        "source": "user_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Salesperson (name)",
        "relation": "res.users"
      },
      {
        "name": "validity_date",
        "source": "validity_date",
        "type": "date",
        "source_type": "date",
        "label": "Expiration"
      },
      {
        "name": "website_message_ids",
        "source": "website_message_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Website Messages",
        "relation": "mail.message"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      },
      {
        "name": "x_aws_account_id",
        "source": "x_aws_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "AWS Account",
        "relation": "c.aws.accounts"
      },
      {
        "name": "x_aws_account_id_name",
        "source": "x_aws_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "AWS Account (name)",
        "relation": "c.aws.accounts"
      }
    ],
    "file": "contracts/odoo/sale_order.yaml"
  },
  "singer": {
    "stream": "odoo_sale_order",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "access_token": {
          "type": [
            "string",
            "null"
          ]
        },
        "activity_ids": {},
        "amount_tax": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_total": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_untaxed": {
          "type": [
            "number",
            "null"
          ]
        },
        "campaign_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "campaign_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "client_order_ref": {
          "type": [
            "string",
            "null"
          ]
        },
        "commitment_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "company_id": {
          "type": "integer"
        },
        "company_id_name": {
          "type": "string"
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "currency_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_rate": {
          "type": [
            "number",
            "null"
          ]
        },
        "customizable_pdf_form_fields": {},
        "date_order": {
          "type": "string",
          "format": "date-time"
        },
        "fiscal_position_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "fiscal_position_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_status": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: upselling, invoiced, to invoice, no (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "journal_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "journal_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "locked": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "medium_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "medium_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "message_follower_ids": {},
        "message_ids": {},
        "name": {
          "type": "string"
        },
        "note": {
          "type": [
            "string",
            "null"
          ]
        },
        "opportunity_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "opportunity_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "order_line": {},
        "origin": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_id": {
          "type": "integer"
        },
        "partner_id_name": {
          "type": "string"
        },
        "partner_invoice_id": {
          "type": "integer"
        },
        "partner_invoice_id_name": {
          "type": "string"
        },
        "partner_shipping_id": {
          "type": "integer"
        },
        "partner_shipping_id_name": {
          "type": "string"
        },
        "payment_term_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "payment_term_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "pending_email_template_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "pending_email_template_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "preferred_payment_method_line_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "preferred_payment_method_line_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "prepayment_percent": {
          "type": [
            "number",
            "null"
          ]
        },
        "pricelist_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "pricelist_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "project_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "quotation_document_ids": {},
        "rating_ids": {},
        "reference": {
          "type": [
            "string",
            "null"
          ]
        },
        "require_payment": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "require_signature": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "sale_order_template_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "sale_order_template_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "signed_by": {
          "type": [
            "string",
            "null"
          ]
        },
        "signed_on": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "source_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "source_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: draft, sent, sale, cancel (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "tag_ids": {},
        "team_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "team_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "transaction_ids": {},
        "user_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "user_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "validity_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "website_message_ids": {},
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "x_aws_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "x_aws_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "company_id",
        "company_id_name",
        "date_order",
        "name",
        "partner_id",
        "partner_id_name",
        "partner_invoice_id",
        "partner_invoice_id_name",
        "partner_shipping_id",
        "partner_shipping_id_name",
        "write_date"
      ]
    }
  }
};

export const saleOrderLine: GeneratedContract = {
  "contract": {
    "source": "odoo",
    "stream": "sale_order_line",
    "description": "Odoo model sale.order.line: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "write_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "model": "sale.order.line",
      "server_version": "19.0",
      "fields": 83,
      "stored_fields": 55,
      "not_stored": 28,
      "languages": [
        "en_US",
        "ar_001"
      ]
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "integer",
        "required": true,
        "source_type": "integer",
        "label": "ID"
      },
      {
        "name": "analytic_distribution",
        "source": "analytic_distribution",
        "type": "json",
        "source_type": "json",
        "label": "Analytic Distribution"
      },
      {
        "name": "analytic_line_ids",
        "source": "analytic_line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Analytic lines",
        "relation": "account.analytic.line"
      },
      {
        "name": "collapse_composition",
        "source": "collapse_composition",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Collapse Composition"
      },
      {
        "name": "collapse_prices",
        "source": "collapse_prices",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Collapse Prices"
      },
      {
        "name": "combo_item_id",
        "source": "combo_item_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Combo Item",
        "relation": "product.combo.item"
      },
      {
        "name": "combo_item_id_name",
        "source": "combo_item_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Combo Item (name)",
        "relation": "product.combo.item"
      },
      {
        "name": "company_id",
        "source": "company_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Company",
        "relation": "res.company"
      },
      {
        "name": "company_id_name",
        "source": "company_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Company (name)",
        "relation": "res.company"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Created on"
      },
      {
        "name": "create_uid",
        "source": "create_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Created by",
        "relation": "res.users"
      },
      {
        "name": "create_uid_name",
        "source": "create_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Created by (name)",
        "relation": "res.users"
      },
      {
        "name": "currency_id",
        "source": "currency_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "currency_id_name",
        "source": "currency_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "customer_lead",
        "source": "customer_lead",
        "type": "decimal",
        "required": true,
        "source_type": "float",
        "label": "Lead Time"
      },
      {
        "name": "discount",
        "source": "discount",
        "type": "decimal",
        "source_type": "float",
        "label": "Discount (%)"
      },
      {
        "name": "display_type",
        "source": "display_type",
        "type": "string",
        "description": "Selection; values when discovered: line_section, line_subsection, line_note (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Display Type"
      },
      {
        "name": "extra_tax_data",
        "source": "extra_tax_data",
        "type": "json",
        "source_type": "json",
        "label": "Extra Tax Data"
      },
      {
        "name": "invoice_lines",
        "source": "invoice_lines",
        "type": "json",
        "source_type": "many2many",
        "label": "Invoice Lines",
        "relation": "account.move.line"
      },
      {
        "name": "invoice_status",
        "source": "invoice_status",
        "type": "string",
        "description": "Selection; values when discovered: upselling, invoiced, to invoice, no (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Invoice Status"
      },
      {
        "name": "is_downpayment",
        "source": "is_downpayment",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is a down payment"
      },
      {
        "name": "is_expense",
        "source": "is_expense",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is expense"
      },
      {
        "name": "is_optional",
        "source": "is_optional",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Optional Line"
      },
      {
        "name": "is_service",
        "source": "is_service",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is a Service"
      },
      {
        "name": "linked_line_id",
        "source": "linked_line_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Linked Order Line",
        "relation": "sale.order.line"
      },
      {
        "name": "linked_line_id_name",
        "source": "linked_line_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Linked Order Line (name)",
        "relation": "sale.order.line"
      },
      {
        "name": "linked_line_ids",
        "source": "linked_line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Linked Order Lines",
        "relation": "sale.order.line"
      },
      {
        "name": "linked_virtual_id",
        "source": "linked_virtual_id",
        "type": "string",
        "source_type": "char",
        "label": "Linked Virtual"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "text",
        "label": "Description"
      },
      {
        "name": "order_id",
        "source": "order_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Order Reference",
        "relation": "sale.order"
      },
      {
        "name": "order_id_name",
        "source": "order_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Order Reference (name)",
        "relation": "sale.order"
      },
      {
        "name": "order_partner_id",
        "source": "order_partner_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Customer",
        "relation": "res.partner"
      },
      {
        "name": "order_partner_id_name",
        "source": "order_partner_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Customer (name)",
        "relation": "res.partner"
      },
      {
        "name": "price_reduce_taxexcl",
        "source": "price_reduce_taxexcl",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Price Reduce Tax excl"
      },
      {
        "name": "price_reduce_taxinc",
        "source": "price_reduce_taxinc",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Price Reduce Tax incl"
      },
      {
        "name": "price_subtotal",
        "source": "price_subtotal",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Subtotal"
      },
      {
        "name": "price_tax",
        "source": "price_tax",
        "type": "decimal",
        "source_type": "float",
        "label": "Total Tax"
      },
      {
        "name": "price_total",
        "source": "price_total",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total"
      },
      {
        "name": "price_unit",
        "source": "price_unit",
        "type": "decimal",
        "required": true,
        "source_type": "float",
        "label": "Unit Price"
      },
      {
        "name": "product_custom_attribute_value_ids",
        "source": "product_custom_attribute_value_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Custom Values",
        "relation": "product.attribute.custom.value"
      },
      {
        "name": "product_document_ids",
        "source": "product_document_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Product Documents",
        "relation": "product.document"
      },
      {
        "name": "product_id",
        "source": "product_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Product",
        "relation": "product.product"
      },
      {
        "name": "product_id_name",
        "source": "product_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Product (name)",
        "relation": "product.product"
      },
      {
        "name": "product_no_variant_attribute_value_ids",
        "source": "product_no_variant_attribute_value_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Extra Values",
        "relation": "product.template.attribute.value"
      },
      {
        "name": "product_uom_id",
        "source": "product_uom_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Unit",
        "relation": "uom.uom"
      },
      {
        "name": "product_uom_id_name",
        "source": "product_uom_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Unit (name)",
        "relation": "uom.uom"
      },
      {
        "name": "product_uom_qty",
        "source": "product_uom_qty",
        "type": "decimal",
        "required": true,
        "source_type": "float",
        "label": "Quantity"
      },
      {
        "name": "project_id",
        "source": "project_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Generated Project",
        "relation": "project.project"
      },
      {
        "name": "project_id_name",
        "source": "project_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Generated Project (name)",
        "relation": "project.project"
      },
      {
        "name": "qty_delivered",
        "source": "qty_delivered",
        "type": "decimal",
        "source_type": "float",
        "label": "Delivery Quantity"
      },
      {
        "name": "qty_delivered_method",
        "source": "qty_delivered_method",
        "type": "string",
        "description": "Selection; values when discovered: manual, analytic, milestones (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Method to update delivered qty"
      },
      {
        "name": "qty_invoiced",
        "source": "qty_invoiced",
        "type": "decimal",
        "source_type": "float",
        "label": "Invoiced Quantity"
      },
      {
        "name": "qty_to_invoice",
        "source": "qty_to_invoice",
        "type": "decimal",
        "source_type": "float",
        "label": "Quantity To Invoice"
      },
      {
        "name": "reached_milestones_ids",
        "source": "reached_milestones_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Reached Milestones",
        "relation": "project.milestone"
      },
      {
        "name": "salesman_id",
        "source": "salesman_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Salesperson",
        "relation": "res.users"
      },
      {
        "name": "salesman_id_name",
        "source": "salesman_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Salesperson (name)",
        "relation": "res.users"
      },
      {
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "state",
        "source": "state",
        "type": "string",
        "description": "Selection; values when discovered: draft, sent, sale, cancel (not enforced: the list depends on the Odoo version and installed modules)",
        "source_type": "selection",
        "label": "Order Status"
      },
      {
        "name": "task_id",
        "source": "task_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Generated Task",
        "relation": "project.task"
      },
      {
        "name": "task_id_name",
        "source": "task_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Generated Task (name)",
        "relation": "project.task"
      },
      {
        "name": "tax_ids",
        "source": "tax_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Taxes",
        "relation": "account.tax"
      },
      {
        "name": "technical_price_unit",
        "source": "technical_price_unit",
        "type": "decimal",
        "source_type": "float",
        "label": "Technical Price Unit"
      },
      {
        "name": "untaxed_amount_invoiced",
        "source": "untaxed_amount_invoiced",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Untaxed Invoiced Amount"
      },
      {
        "name": "untaxed_amount_to_invoice",
        "source": "untaxed_amount_to_invoice",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Untaxed Amount To Invoice"
      },
      {
        "name": "virtual_id",
        "source": "virtual_id",
        "type": "string",
        "source_type": "char",
        "label": "Virtual"
      },
      {
        "name": "write_date",
        "source": "write_date",
        "type": "timestamp",
        "required": true,
        "source_type": "datetime",
        "label": "Last Updated on"
      },
      {
        "name": "write_uid",
        "source": "write_uid",
        "type": "integer",
        "source_type": "many2one",
        "label": "Last Updated by",
        "relation": "res.users"
      },
      {
        "name": "write_uid_name",
        "source": "write_uid_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Last Updated by (name)",
        "relation": "res.users"
      }
    ],
    "file": "contracts/odoo/sale_order_line.yaml"
  },
  "singer": {
    "stream": "odoo_sale_order_line",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "write_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "integer"
        },
        "analytic_distribution": {},
        "analytic_line_ids": {},
        "collapse_composition": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "collapse_prices": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "combo_item_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "combo_item_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "company_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "create_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "create_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "create_uid_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "currency_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "currency_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_lead": {
          "type": "number"
        },
        "discount": {
          "type": [
            "number",
            "null"
          ]
        },
        "display_type": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: line_section, line_subsection, line_note (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "extra_tax_data": {},
        "invoice_lines": {},
        "invoice_status": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: upselling, invoiced, to invoice, no (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "is_downpayment": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_expense": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_optional": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_service": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "linked_line_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "linked_line_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "linked_line_ids": {},
        "linked_virtual_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": "string"
        },
        "order_id": {
          "type": "integer"
        },
        "order_id_name": {
          "type": "string"
        },
        "order_partner_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "order_partner_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "price_reduce_taxexcl": {
          "type": [
            "number",
            "null"
          ]
        },
        "price_reduce_taxinc": {
          "type": [
            "number",
            "null"
          ]
        },
        "price_subtotal": {
          "type": [
            "number",
            "null"
          ]
        },
        "price_tax": {
          "type": [
            "number",
            "null"
          ]
        },
        "price_total": {
          "type": [
            "number",
            "null"
          ]
        },
        "price_unit": {
          "type": "number"
        },
        "product_custom_attribute_value_ids": {},
        "product_document_ids": {},
        "product_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "product_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "product_no_variant_attribute_value_ids": {},
        "product_uom_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "product_uom_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "product_uom_qty": {
          "type": "number"
        },
        "project_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "project_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "qty_delivered": {
          "type": [
            "number",
            "null"
          ]
        },
        "qty_delivered_method": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: manual, analytic, milestones (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "qty_invoiced": {
          "type": [
            "number",
            "null"
          ]
        },
        "qty_to_invoice": {
          "type": [
            "number",
            "null"
          ]
        },
        "reached_milestones_ids": {},
        "salesman_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "salesman_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "sequence": {
          "type": [
            "integer",
            "null"
          ]
        },
        "state": {
          "type": [
            "string",
            "null"
          ],
          "description": "Selection; values when discovered: draft, sent, sale, cancel (not enforced: the list depends on the Odoo version and installed modules)"
        },
        "task_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "task_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "tax_ids": {},
        "technical_price_unit": {
          "type": [
            "number",
            "null"
          ]
        },
        "untaxed_amount_invoiced": {
          "type": [
            "number",
            "null"
          ]
        },
        "untaxed_amount_to_invoice": {
          "type": [
            "number",
            "null"
          ]
        },
        "virtual_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "write_date": {
          "type": "string",
          "format": "date-time"
        },
        "write_uid": {
          "type": [
            "integer",
            "null"
          ]
        },
        "write_uid_name": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "customer_lead",
        "name",
        "order_id",
        "order_id_name",
        "price_unit",
        "product_uom_qty",
        "write_date"
      ]
    }
  }
};

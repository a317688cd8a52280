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
      "server_version": "17.0",
      "fields": 61,
      "stored_fields": 54,
      "not_stored": 7,
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
        "source_type": "char",
        "label": "Number"
      },
      {
        "name": "ref",
        "source": "ref",
        "type": "string",
        "source_type": "char",
        "label": "Reference"
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
        "name": "state",
        "source": "state",
        "type": "string",
        "required": true,
        "domain": [
          "draft",
          "posted",
          "cancel"
        ],
        "source_type": "selection",
        "label": "Status"
      },
      {
        "name": "move_type",
        "source": "move_type",
        "type": "string",
        "required": true,
        "domain": [
          "entry",
          "out_invoice",
          "out_refund",
          "in_invoice",
          "in_refund",
          "out_receipt",
          "in_receipt"
        ],
        "source_type": "selection",
        "label": "Type"
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
        "name": "line_ids",
        "source": "line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Journal Items",
        "relation": "account.move.line"
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
        "name": "invoice_origin",
        "source": "invoice_origin",
        "type": "string",
        "source_type": "char",
        "label": "Origin"
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
        "domain": [
          "not_paid",
          "in_payment",
          "paid",
          "partial",
          "reversed",
          "invoicing_legacy"
        ],
        "source_type": "selection",
        "label": "Payment Status"
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
        "name": "amount_residual",
        "source": "amount_residual",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Amount Due"
      },
      {
        "name": "amount_untaxed_signed",
        "source": "amount_untaxed_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Untaxed Amount Signed"
      },
      {
        "name": "amount_tax_signed",
        "source": "amount_tax_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Tax Signed"
      },
      {
        "name": "amount_total_signed",
        "source": "amount_total_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total Signed"
      },
      {
        "name": "amount_total_in_currency_signed",
        "source": "amount_total_in_currency_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Total in Currency Signed"
      },
      {
        "name": "amount_residual_signed",
        "source": "amount_residual_signed",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Amount Due Signed"
      },
      {
        "name": "narration",
        "source": "narration",
        "type": "string",
        "source_type": "html",
        "label": "Terms and Conditions"
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
        "name": "auto_post",
        "source": "auto_post",
        "type": "string",
        "domain": [
          "no",
          "at_date",
          "monthly",
          "quarterly",
          "yearly"
        ],
        "source_type": "selection",
        "label": "Auto-post"
      },
      {
        "name": "is_move_sent",
        "source": "is_move_sent",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is Move Sent"
      },
      {
        "name": "checked",
        "source": "checked",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Checked"
      },
      {
        "name": "posted_before",
        "source": "posted_before",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Posted Before"
      },
      {
        "name": "invoice_source_email",
        "source": "invoice_source_email",
        "type": "string",
        "source_type": "char",
        "label": "Source Email"
      },
      {
        "name": "invoice_partner_display_name",
        "source": "invoice_partner_display_name",
        "type": "string",
        "source_type": "char",
        "label": "Invoice Partner Display Name"
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
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
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
          "type": [
            "string",
            "null"
          ]
        },
        "ref": {
          "type": [
            "string",
            "null"
          ]
        },
        "date": {
          "type": "string",
          "format": "date"
        },
        "state": {
          "type": "string",
          "enum": [
            "draft",
            "posted",
            "cancel"
          ]
        },
        "move_type": {
          "type": "string",
          "enum": [
            "entry",
            "out_invoice",
            "out_refund",
            "in_invoice",
            "in_refund",
            "out_receipt",
            "in_receipt"
          ]
        },
        "journal_id": {
          "type": "integer"
        },
        "journal_id_name": {
          "type": "string"
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
        "line_ids": {},
        "invoice_line_ids": {},
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
        "currency_id": {
          "type": "integer"
        },
        "currency_id_name": {
          "type": "string"
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
        "invoice_origin": {
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
          "enum": [
            "not_paid",
            "in_payment",
            "paid",
            "partial",
            "reversed",
            "invoicing_legacy",
            null
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
        "amount_residual": {
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
        "amount_tax_signed": {
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
        "amount_total_in_currency_signed": {
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
        "narration": {
          "type": [
            "string",
            "null"
          ]
        },
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
        "auto_post": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "no",
            "at_date",
            "monthly",
            "quarterly",
            "yearly",
            null
          ]
        },
        "is_move_sent": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "checked": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "posted_before": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "invoice_source_email": {
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
        "message_follower_ids": {},
        "message_ids": {},
        "activity_ids": {}
      },
      "required": [
        "id",
        "write_date",
        "date",
        "state",
        "move_type",
        "journal_id",
        "journal_id_name",
        "currency_id",
        "currency_id_name"
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
      "server_version": "17.0",
      "fields": 49,
      "stored_fields": 46,
      "not_stored": 3,
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
        "name": "move_name",
        "source": "move_name",
        "type": "string",
        "source_type": "char",
        "label": "Number"
      },
      {
        "name": "parent_state",
        "source": "parent_state",
        "type": "string",
        "domain": [
          "draft",
          "posted",
          "cancel"
        ],
        "source_type": "selection",
        "label": "Status"
      },
      {
        "name": "date",
        "source": "date",
        "type": "date",
        "source_type": "date",
        "label": "Date"
      },
      {
        "name": "ref",
        "source": "ref",
        "type": "string",
        "source_type": "char",
        "label": "Reference"
      },
      {
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "move_type",
        "source": "move_type",
        "type": "string",
        "domain": [
          "entry",
          "out_invoice",
          "out_refund",
          "in_invoice",
          "in_refund",
          "out_receipt",
          "in_receipt"
        ],
        "source_type": "selection",
        "label": "Type"
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
        "name": "name",
        "source": "name",
        "type": "string",
        "source_type": "char",
        "label": "Label"
      },
      {
        "name": "debit",
        "source": "debit",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Debit"
      },
      {
        "name": "credit",
        "source": "credit",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Credit"
      },
      {
        "name": "balance",
        "source": "balance",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Balance"
      },
      {
        "name": "amount_currency",
        "source": "amount_currency",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Amount in Currency"
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
        "label": "Unit of Measure",
        "relation": "uom.uom"
      },
      {
        "name": "product_uom_id_name",
        "source": "product_uom_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Unit of Measure (name)",
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
        "name": "price_unit",
        "source": "price_unit",
        "type": "decimal",
        "source_type": "float",
        "label": "Unit Price"
      },
      {
        "name": "discount",
        "source": "discount",
        "type": "decimal",
        "source_type": "float",
        "label": "Discount (%)"
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
        "name": "tax_base_amount",
        "source": "tax_base_amount",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Base Amount"
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
        "name": "display_type",
        "source": "display_type",
        "type": "string",
        "domain": [
          "product",
          "cogs",
          "tax",
          "discount",
          "rounding",
          "payment_term",
          "line_section",
          "line_note",
          "epd"
        ],
        "source_type": "selection",
        "label": "Display Type"
      },
      {
        "name": "reconciled",
        "source": "reconciled",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Reconciled"
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
        "name": "matching_number",
        "source": "matching_number",
        "type": "string",
        "source_type": "char",
        "label": "Matching #"
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
        "name": "date_maturity",
        "source": "date_maturity",
        "type": "date",
        "source_type": "date",
        "label": "Due Date"
      },
      {
        "name": "blocked",
        "source": "blocked",
        "type": "boolean",
        "source_type": "boolean",
        "label": "No Follow-up"
      },
      {
        "name": "analytic_distribution",
        "source": "analytic_distribution",
        "type": "json",
        "source_type": "json",
        "label": "Analytic Distribution"
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
        "move_id": {
          "type": "integer"
        },
        "move_id_name": {
          "type": "string"
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
        "move_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "parent_state": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "draft",
            "posted",
            "cancel",
            null
          ]
        },
        "date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "ref": {
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
        "move_type": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "entry",
            "out_invoice",
            "out_refund",
            "in_invoice",
            "in_refund",
            "out_receipt",
            "in_receipt",
            null
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
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "debit": {
          "type": [
            "number",
            "null"
          ]
        },
        "credit": {
          "type": [
            "number",
            "null"
          ]
        },
        "balance": {
          "type": [
            "number",
            "null"
          ]
        },
        "amount_currency": {
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
        "price_unit": {
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
        "tax_base_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "tax_tag_ids": {},
        "display_type": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "product",
            "cogs",
            "tax",
            "discount",
            "rounding",
            "payment_term",
            "line_section",
            "line_note",
            "epd",
            null
          ]
        },
        "reconciled": {
          "type": [
            "boolean",
            "null"
          ]
        },
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
        "matching_number": {
          "type": [
            "string",
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
        "date_maturity": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "blocked": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "analytic_distribution": {},
        "sale_line_ids": {},
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
        }
      },
      "required": [
        "id",
        "write_date",
        "move_id",
        "move_id_name",
        "currency_id",
        "currency_id_name"
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
      "server_version": "17.0",
      "fields": 34,
      "stored_fields": 29,
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
        "domain": [
          "production",
          "staging",
          "development",
          "sandbox"
        ],
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
        "domain": [
          "basic",
          "developer",
          "business",
          "enterprise_on_ramp",
          "enterprise"
        ],
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
        "domain": [
          "active",
          "suspended",
          "closed"
        ],
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
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
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
          "enum": [
            "production",
            "staging",
            "development",
            "sandbox",
            null
          ]
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
          "enum": [
            "basic",
            "developer",
            "business",
            "enterprise_on_ramp",
            "enterprise",
            null
          ]
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
          "enum": [
            "active",
            "suspended",
            "closed",
            null
          ]
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
        "lead_ids": {},
        "message_follower_ids": {},
        "message_ids": {},
        "activity_ids": {}
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
      "server_version": "17.0",
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
        "domain": [
          "map",
          "poc",
          "migration_acceleration",
          "marketing_development",
          "other"
        ],
        "source_type": "selection",
        "label": "Program"
      },
      {
        "name": "state",
        "source": "state",
        "type": "string",
        "domain": [
          "draft",
          "submitted",
          "approved",
          "rejected",
          "claimed",
          "paid"
        ],
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
          "enum": [
            "map",
            "poc",
            "migration_acceleration",
            "marketing_development",
            "other",
            null
          ]
        },
        "state": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "draft",
            "submitted",
            "approved",
            "rejected",
            "claimed",
            "paid",
            null
          ]
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
      "server_version": "17.0",
      "fields": 31,
      "stored_fields": 26,
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
        "domain": [
          "draft",
          "confirmed",
          "invoiced",
          "cancel"
        ],
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
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
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
          "enum": [
            "draft",
            "confirmed",
            "invoiced",
            "cancel",
            null
          ]
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
        },
        "message_follower_ids": {},
        "message_ids": {},
        "activity_ids": {}
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
      "server_version": "17.0",
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
        "domain": [
          "usage",
          "credit",
          "refund",
          "tax",
          "support",
          "fee"
        ],
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
          "enum": [
            "usage",
            "credit",
            "refund",
            "tax",
            "support",
            "fee",
            null
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
      "server_version": "17.0",
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
      "server_version": "17.0",
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
        "domain": [
          "draft",
          "validated",
          "invoiced"
        ],
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
          "enum": [
            "draft",
            "validated",
            "invoiced",
            null
          ]
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
      "server_version": "17.0",
      "fields": 87,
      "stored_fields": 72,
      "not_stored": 15,
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
        "label": "Opportunity"
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
        "name": "referred",
        "source": "referred",
        "type": "string",
        "source_type": "char",
        "label": "Referred By"
      },
      {
        "name": "description",
        "source": "description",
        "type": "string",
        "source_type": "html",
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
        "name": "type",
        "source": "type",
        "type": "string",
        "required": true,
        "domain": [
          "lead",
          "opportunity"
        ],
        "source_type": "selection",
        "label": "Type"
      },
      {
        "name": "priority",
        "source": "priority",
        "type": "string",
        "domain": [
          "0",
          "1",
          "2",
          "3"
        ],
        "source_type": "selection",
        "label": "Priority"
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
        "name": "tag_ids",
        "source": "tag_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Tags",
        "relation": "crm.tag"
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color Index"
      },
      {
        "name": "expected_revenue",
        "source": "expected_revenue",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Expected Revenue"
      },
      {
        "name": "prorated_revenue",
        "source": "prorated_revenue",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Prorated Revenue"
      },
      {
        "name": "recurring_revenue",
        "source": "recurring_revenue",
        "type": "decimal",
        "source_type": "monetary",
        "label": "Recurring Revenues"
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
        "name": "company_currency",
        "source": "company_currency",
        "type": "integer",
        "source_type": "many2one",
        "label": "Currency",
        "relation": "res.currency"
      },
      {
        "name": "company_currency_name",
        "source": "company_currency_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Currency (name)",
        "relation": "res.currency"
      },
      {
        "name": "date_closed",
        "source": "date_closed",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Closed Date"
      },
      {
        "name": "date_automation_last",
        "source": "date_automation_last",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Last Action"
      },
      {
        "name": "date_open",
        "source": "date_open",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Assignment Date"
      },
      {
        "name": "day_open",
        "source": "day_open",
        "type": "decimal",
        "source_type": "float",
        "label": "Days to Assign"
      },
      {
        "name": "day_close",
        "source": "day_close",
        "type": "decimal",
        "source_type": "float",
        "label": "Days to Close"
      },
      {
        "name": "date_last_stage_update",
        "source": "date_last_stage_update",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Last Stage Update"
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
        "name": "contact_name",
        "source": "contact_name",
        "type": "string",
        "source_type": "char",
        "label": "Contact Name"
      },
      {
        "name": "partner_name",
        "source": "partner_name",
        "type": "string",
        "source_type": "char",
        "label": "Company Name"
      },
      {
        "name": "function",
        "source": "function",
        "type": "string",
        "source_type": "char",
        "label": "Job Position"
      },
      {
        "name": "title",
        "source": "title",
        "type": "integer",
        "source_type": "many2one",
        "label": "Title",
        "relation": "res.partner.title"
      },
      {
        "name": "title_name",
        "source": "title_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Title (name)",
        "relation": "res.partner.title"
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
        "name": "email_domain_criterion",
        "source": "email_domain_criterion",
        "type": "string",
        "source_type": "char",
        "label": "Email Domain Criterion"
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
        "name": "website",
        "source": "website",
        "type": "string",
        "source_type": "char",
        "label": "Website"
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
        "name": "zip",
        "source": "zip",
        "type": "string",
        "source_type": "char",
        "label": "Zip"
      },
      {
        "name": "city",
        "source": "city",
        "type": "string",
        "source_type": "char",
        "label": "City"
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
        "name": "probability",
        "source": "probability",
        "type": "decimal",
        "source_type": "float",
        "label": "Probability"
      },
      {
        "name": "automated_probability",
        "source": "automated_probability",
        "type": "decimal",
        "source_type": "float",
        "label": "Automated Probability"
      },
      {
        "name": "won_status",
        "source": "won_status",
        "type": "string",
        "domain": [
          "won",
          "lost",
          "pending"
        ],
        "source_type": "selection",
        "label": "Is Won"
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
        "name": "order_ids",
        "source": "order_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Orders",
        "relation": "sale.order"
      },
      {
        "name": "message_bounce",
        "source": "message_bounce",
        "type": "integer",
        "source_type": "integer",
        "label": "Bounce"
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
        "domain": [
          "saas_or_paas",
          "byol_or_ami",
          "managed_services",
          "professional_services",
          "resell",
          "other"
        ],
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
        "domain": [
          "healthcare",
          "financial_services",
          "government",
          "education",
          "retail",
          "telecommunications",
          "energy",
          "other"
        ],
        "source_type": "selection",
        "label": "Industry"
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
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
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
        "referred": {
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
        },
        "type": {
          "type": "string",
          "enum": [
            "lead",
            "opportunity"
          ]
        },
        "priority": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "0",
            "1",
            "2",
            "3",
            null
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
        "color": {
          "type": [
            "integer",
            "null"
          ]
        },
        "expected_revenue": {
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
        "recurring_revenue": {
          "type": [
            "number",
            "null"
          ]
        },
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
        "company_currency": {
          "type": [
            "integer",
            "null"
          ]
        },
        "company_currency_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "date_closed": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "date_automation_last": {
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
        "day_open": {
          "type": [
            "number",
            "null"
          ]
        },
        "day_close": {
          "type": [
            "number",
            "null"
          ]
        },
        "date_last_stage_update": {
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
        "contact_name": {
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
        "function": {
          "type": [
            "string",
            "null"
          ]
        },
        "title": {
          "type": [
            "integer",
            "null"
          ]
        },
        "title_name": {
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
        "email_domain_criterion": {
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
        "website": {
          "type": [
            "string",
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
        "zip": {
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
        "probability": {
          "type": [
            "number",
            "null"
          ]
        },
        "automated_probability": {
          "type": [
            "number",
            "null"
          ]
        },
        "won_status": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "won",
            "lost",
            "pending",
            null
          ]
        },
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
        "order_ids": {},
        "message_bounce": {
          "type": [
            "integer",
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
          "enum": [
            "saas_or_paas",
            "byol_or_ami",
            "managed_services",
            "professional_services",
            "resell",
            "other",
            null
          ]
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
          "enum": [
            "healthcare",
            "financial_services",
            "government",
            "education",
            "retail",
            "telecommunications",
            "energy",
            "other",
            null
          ]
        },
        "message_follower_ids": {},
        "message_ids": {},
        "activity_ids": {}
      },
      "required": [
        "id",
        "write_date",
        "name",
        "type"
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
      "server_version": "17.0",
      "fields": 14,
      "stored_fields": 12,
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
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "is_won",
        "source": "is_won",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is Won Stage?"
      },
      {
        "name": "requirements",
        "source": "requirements",
        "type": "string",
        "source_type": "text",
        "label": "Requirements"
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
        "name": "fold",
        "source": "fold",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Folded in Pipeline"
      },
      {
        "name": "rotting_threshold_days",
        "source": "rotting_threshold_days",
        "type": "integer",
        "source_type": "integer",
        "label": "Days to rot"
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
        "name__ar": {
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
        "is_won": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "requirements": {
          "type": [
            "string",
            "null"
          ]
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
        "fold": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "rotting_threshold_days": {
          "type": [
            "integer",
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
      "server_version": "17.0",
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
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color"
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
        "name__ar": {
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
      "server_version": "17.0",
      "fields": 30,
      "stored_fields": 22,
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
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
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
        "name": "member_ids",
        "source": "member_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Salespersons",
        "relation": "res.users"
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color Index"
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
        "source_type": "properties",
        "label": "Lead Properties"
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
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
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
        "name__ar": {
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
        "active": {
          "type": [
            "boolean",
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
        "member_ids": {},
        "color": {
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
        "invoiced_target": {
          "type": [
            "number",
            "null"
          ]
        },
        "lead_properties_definition": {},
        "crm_team_member_ids": {},
        "message_follower_ids": {},
        "message_ids": {},
        "activity_ids": {}
      },
      "required": [
        "id",
        "write_date",
        "name",
        "alias_id",
        "alias_id_name"
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
      "server_version": "17.0",
      "fields": 24,
      "stored_fields": 16,
      "not_stored": 8,
      "binary_excluded": [
        "image_variant_1920"
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
        "name": "default_code",
        "source": "default_code",
        "type": "string",
        "source_type": "char",
        "label": "Internal Reference"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "barcode",
        "source": "barcode",
        "type": "string",
        "source_type": "char",
        "label": "Barcode"
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
        "name": "combination_indices",
        "source": "combination_indices",
        "type": "string",
        "source_type": "char",
        "label": "Combination Indices"
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
        "name": "weight",
        "source": "weight",
        "type": "decimal",
        "source_type": "float",
        "label": "Weight"
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
        "product_tmpl_id": {
          "type": "integer"
        },
        "product_tmpl_id_name": {
          "type": "string"
        },
        "default_code": {
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
        "barcode": {
          "type": [
            "string",
            "null"
          ]
        },
        "product_template_attribute_value_ids": {},
        "combination_indices": {
          "type": [
            "string",
            "null"
          ]
        },
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
        "weight": {
          "type": [
            "number",
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
        "product_tmpl_id",
        "product_tmpl_id_name"
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
      "server_version": "17.0",
      "fields": 45,
      "stored_fields": 35,
      "not_stored": 10,
      "binary_excluded": [
        "image_1920"
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
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
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
        "name": "type",
        "source": "type",
        "type": "string",
        "required": true,
        "domain": [
          "consu",
          "service",
          "combo"
        ],
        "source_type": "selection",
        "label": "Product Type"
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
        "name": "list_price",
        "source": "list_price",
        "type": "decimal",
        "source_type": "float",
        "label": "Sales Price"
      },
      {
        "name": "volume",
        "source": "volume",
        "type": "decimal",
        "source_type": "float",
        "label": "Volume"
      },
      {
        "name": "weight",
        "source": "weight",
        "type": "decimal",
        "source_type": "float",
        "label": "Weight"
      },
      {
        "name": "sale_ok",
        "source": "sale_ok",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Can be Sold"
      },
      {
        "name": "purchase_ok",
        "source": "purchase_ok",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Can be Purchased"
      },
      {
        "name": "uom_id",
        "source": "uom_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Unit of Measure",
        "relation": "uom.uom"
      },
      {
        "name": "uom_id_name",
        "source": "uom_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Unit of Measure (name)",
        "relation": "uom.uom"
      },
      {
        "name": "uom_po_id",
        "source": "uom_po_id",
        "type": "integer",
        "required": true,
        "source_type": "many2one",
        "label": "Purchase Unit",
        "relation": "uom.uom"
      },
      {
        "name": "uom_po_id_name",
        "source": "uom_po_id_name",
        "type": "string",
        "required": true,
        "source_type": "many2one",
        "label": "Purchase Unit (name)",
        "relation": "uom.uom"
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
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color Index"
      },
      {
        "name": "product_variant_ids",
        "source": "product_variant_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Products",
        "relation": "product.product"
      },
      {
        "name": "default_code",
        "source": "default_code",
        "type": "string",
        "source_type": "char",
        "label": "Internal Reference"
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
        "name": "invoice_policy",
        "source": "invoice_policy",
        "type": "string",
        "domain": [
          "order",
          "delivery"
        ],
        "source_type": "selection",
        "label": "Invoicing Policy"
      },
      {
        "name": "service_type",
        "source": "service_type",
        "type": "string",
        "domain": [
          "manual",
          "timesheet"
        ],
        "source_type": "selection",
        "label": "Track Service"
      },
      {
        "name": "sale_line_warn",
        "source": "sale_line_warn",
        "type": "string",
        "domain": [
          "no-message",
          "warning",
          "block"
        ],
        "source_type": "selection",
        "label": "Sales Order Line"
      },
      {
        "name": "expense_policy",
        "source": "expense_policy",
        "type": "string",
        "domain": [
          "no",
          "cost",
          "sales_price"
        ],
        "source_type": "selection",
        "label": "Re-Invoice Expenses"
      },
      {
        "name": "service_tracking",
        "source": "service_tracking",
        "type": "string",
        "domain": [
          "no",
          "task_global_project",
          "task_in_project",
          "project_only"
        ],
        "source_type": "selection",
        "label": "Create on Order"
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
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
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
        "name__ar": {
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
        "type": {
          "type": "string",
          "enum": [
            "consu",
            "service",
            "combo"
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
        "list_price": {
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
        "weight": {
          "type": [
            "number",
            "null"
          ]
        },
        "sale_ok": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "purchase_ok": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "uom_id": {
          "type": "integer"
        },
        "uom_id_name": {
          "type": "string"
        },
        "uom_po_id": {
          "type": "integer"
        },
        "uom_po_id_name": {
          "type": "string"
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
        },
        "color": {
          "type": [
            "integer",
            "null"
          ]
        },
        "product_variant_ids": {},
        "default_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "taxes_id": {},
        "invoice_policy": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "order",
            "delivery",
            null
          ]
        },
        "service_type": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "manual",
            "timesheet",
            null
          ]
        },
        "sale_line_warn": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "no-message",
            "warning",
            "block",
            null
          ]
        },
        "expense_policy": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "no",
            "cost",
            "sales_price",
            null
          ]
        },
        "service_tracking": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "no",
            "task_global_project",
            "task_in_project",
            "project_only",
            null
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
        "message_follower_ids": {},
        "message_ids": {},
        "activity_ids": {}
      },
      "required": [
        "id",
        "write_date",
        "name",
        "type",
        "uom_id",
        "uom_id_name",
        "uom_po_id",
        "uom_po_id_name"
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
      "server_version": "17.0",
      "fields": 41,
      "stored_fields": 32,
      "not_stored": 9,
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
        "name": "description",
        "source": "description",
        "type": "string",
        "source_type": "html",
        "label": "Description"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
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
        "name": "analytic_account_id",
        "source": "analytic_account_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Analytic Account",
        "relation": "account.analytic.account"
      },
      {
        "name": "analytic_account_id_name",
        "source": "analytic_account_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Analytic Account (name)",
        "relation": "account.analytic.account"
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
        "name": "tasks",
        "source": "tasks",
        "type": "json",
        "source_type": "one2many",
        "label": "Task Activities",
        "relation": "project.task"
      },
      {
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color Index"
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
        "name": "privacy_visibility",
        "source": "privacy_visibility",
        "type": "string",
        "required": true,
        "domain": [
          "followers",
          "employees",
          "portal"
        ],
        "source_type": "selection",
        "label": "Visibility"
      },
      {
        "name": "date_start",
        "source": "date_start",
        "type": "date",
        "source_type": "date",
        "label": "Start Date"
      },
      {
        "name": "date",
        "source": "date",
        "type": "date",
        "source_type": "date",
        "label": "Expiration Date"
      },
      {
        "name": "allow_task_dependencies",
        "source": "allow_task_dependencies",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Task Dependencies"
      },
      {
        "name": "allow_milestones",
        "source": "allow_milestones",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Milestones"
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
        "name": "last_update_status",
        "source": "last_update_status",
        "type": "string",
        "required": true,
        "domain": [
          "on_track",
          "at_risk",
          "off_track",
          "on_hold",
          "to_define",
          "done"
        ],
        "source_type": "selection",
        "label": "Status"
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
        "name": "allow_billable",
        "source": "allow_billable",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Billable"
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
        "name": "allocated_hours",
        "source": "allocated_hours",
        "type": "decimal",
        "source_type": "float",
        "label": "Allocated Time"
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
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
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
        "name__ar": {
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
        },
        "sequence": {
          "type": [
            "integer",
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
        "analytic_account_id": {
          "type": [
            "integer",
            "null"
          ]
        },
        "analytic_account_id_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "favorite_user_ids": {},
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
        "tasks": {},
        "color": {
          "type": [
            "integer",
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
        "privacy_visibility": {
          "type": "string",
          "enum": [
            "followers",
            "employees",
            "portal"
          ]
        },
        "date_start": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "allow_task_dependencies": {
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
        "tag_ids": {},
        "last_update_status": {
          "type": "string",
          "enum": [
            "on_track",
            "at_risk",
            "off_track",
            "on_hold",
            "to_define",
            "done"
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
        "allow_billable": {
          "type": [
            "boolean",
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
        "allocated_hours": {
          "type": [
            "number",
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
        "message_follower_ids": {},
        "message_ids": {},
        "activity_ids": {}
      },
      "required": [
        "id",
        "write_date",
        "name",
        "privacy_visibility",
        "last_update_status"
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
      "server_version": "17.0",
      "fields": 18,
      "stored_fields": 16,
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
        "name": "code",
        "source": "code",
        "type": "string",
        "source_type": "char",
        "label": "Country Code"
      },
      {
        "name": "address_format",
        "source": "address_format",
        "type": "string",
        "source_type": "text",
        "label": "Layout in Reports"
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
        "name": "phone_code",
        "source": "phone_code",
        "type": "integer",
        "source_type": "integer",
        "label": "Country Calling Code"
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
        "name": "state_ids",
        "source": "state_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "States",
        "relation": "res.country.state"
      },
      {
        "name": "name_position",
        "source": "name_position",
        "type": "string",
        "domain": [
          "before",
          "after"
        ],
        "source_type": "selection",
        "label": "Customer Name Position"
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
        "name": "state_required",
        "source": "state_required",
        "type": "boolean",
        "source_type": "boolean",
        "label": "State Required"
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
        "name__ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "code": {
          "type": [
            "string",
            "null"
          ]
        },
        "address_format": {
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
        "phone_code": {
          "type": [
            "integer",
            "null"
          ]
        },
        "country_group_ids": {},
        "state_ids": {},
        "name_position": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "before",
            "after",
            null
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
        "state_required": {
          "type": [
            "boolean",
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
        "write_date",
        "name"
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
      "server_version": "17.0",
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
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "State Name"
      },
      {
        "name": "code",
        "source": "code",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "State Code"
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
        "country_id": {
          "type": "integer"
        },
        "country_id_name": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "code": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "write_date",
        "country_id",
        "country_id_name",
        "name",
        "code"
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
      "server_version": "17.0",
      "fields": 18,
      "stored_fields": 14,
      "not_stored": 4,
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
        "label": "Currency"
      },
      {
        "name": "full_name",
        "source": "full_name",
        "type": "string",
        "source_type": "char",
        "label": "Name"
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
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
      },
      {
        "name": "position",
        "source": "position",
        "type": "string",
        "domain": [
          "after",
          "before"
        ],
        "source_type": "selection",
        "label": "Symbol Position"
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
        "full_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "symbol": {
          "type": "string"
        },
        "rate_ids": {},
        "rounding": {
          "type": [
            "number",
            "null"
          ]
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "position": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "after",
            "before",
            null
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
        }
      },
      "required": [
        "id",
        "write_date",
        "name",
        "symbol"
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
      "server_version": "17.0",
      "fields": 71,
      "stored_fields": 59,
      "not_stored": 12,
      "binary_excluded": [
        "image_1920"
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
        "source_type": "char",
        "label": "Name"
      },
      {
        "name": "complete_name",
        "source": "complete_name",
        "type": "string",
        "source_type": "char",
        "label": "Complete Name"
      },
      {
        "name": "title",
        "source": "title",
        "type": "integer",
        "source_type": "many2one",
        "label": "Title",
        "relation": "res.partner.title"
      },
      {
        "name": "title_name",
        "source": "title_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Title (name)",
        "relation": "res.partner.title"
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
        "name": "child_ids",
        "source": "child_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Contact",
        "relation": "res.partner"
      },
      {
        "name": "ref",
        "source": "ref",
        "type": "string",
        "source_type": "char",
        "label": "Reference"
      },
      {
        "name": "lang",
        "source": "lang",
        "type": "string",
        "domain": [
          "en_US",
          "ar_001"
        ],
        "source_type": "selection",
        "label": "Language"
      },
      {
        "name": "tz",
        "source": "tz",
        "type": "string",
        "domain": [
          "Asia/Riyadh",
          "Asia/Dubai",
          "Europe/London",
          "UTC"
        ],
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
        "name": "vat",
        "source": "vat",
        "type": "string",
        "source_type": "char",
        "label": "Tax ID"
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
        "name": "website",
        "source": "website",
        "type": "string",
        "source_type": "char",
        "label": "Website Link"
      },
      {
        "name": "comment",
        "source": "comment",
        "type": "string",
        "source_type": "html",
        "label": "Notes"
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
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
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
        "name": "type",
        "source": "type",
        "type": "string",
        "domain": [
          "contact",
          "invoice",
          "delivery",
          "other"
        ],
        "source_type": "selection",
        "label": "Address Type"
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
        "name": "zip",
        "source": "zip",
        "type": "string",
        "source_type": "char",
        "label": "Zip"
      },
      {
        "name": "city",
        "source": "city",
        "type": "string",
        "source_type": "char",
        "label": "City"
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
        "name": "phone",
        "source": "phone",
        "type": "string",
        "source_type": "char",
        "label": "Phone"
      },
      {
        "name": "mobile",
        "source": "mobile",
        "type": "string",
        "source_type": "char",
        "label": "Mobile"
      },
      {
        "name": "is_company",
        "source": "is_company",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Is a Company"
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
        "name": "color",
        "source": "color",
        "type": "integer",
        "source_type": "integer",
        "label": "Color Index"
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
        "name": "partner_share",
        "source": "partner_share",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Share Partner"
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
        "name": "commercial_company_name",
        "source": "commercial_company_name",
        "type": "string",
        "source_type": "char",
        "label": "Company Name Entity"
      },
      {
        "name": "company_name",
        "source": "company_name",
        "type": "string",
        "source_type": "char",
        "label": "Company Name"
      },
      {
        "name": "barcode",
        "source": "barcode",
        "type": "string",
        "source_type": "char",
        "label": "Barcode"
      },
      {
        "name": "customer_rank",
        "source": "customer_rank",
        "type": "integer",
        "source_type": "integer",
        "label": "Customer Rank"
      },
      {
        "name": "supplier_rank",
        "source": "supplier_rank",
        "type": "integer",
        "source_type": "integer",
        "label": "Supplier Rank"
      },
      {
        "name": "credit_limit",
        "source": "credit_limit",
        "type": "decimal",
        "source_type": "float",
        "label": "Credit Limit"
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
        "name": "opportunity_ids",
        "source": "opportunity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Opportunities",
        "relation": "crm.lead"
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
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
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
        "title": {
          "type": [
            "integer",
            "null"
          ]
        },
        "title_name": {
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
        "child_ids": {},
        "ref": {
          "type": [
            "string",
            "null"
          ]
        },
        "lang": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "en_US",
            "ar_001",
            null
          ]
        },
        "tz": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "Asia/Riyadh",
            "Asia/Dubai",
            "Europe/London",
            "UTC",
            null
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
        "vat": {
          "type": [
            "string",
            "null"
          ]
        },
        "bank_ids": {},
        "website": {
          "type": [
            "string",
            "null"
          ]
        },
        "comment": {
          "type": [
            "string",
            "null"
          ]
        },
        "category_id": {},
        "active": {
          "type": [
            "boolean",
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
        "type": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "contact",
            "invoice",
            "delivery",
            "other",
            null
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
        "zip": {
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
        "phone": {
          "type": [
            "string",
            "null"
          ]
        },
        "mobile": {
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
        "color": {
          "type": [
            "integer",
            "null"
          ]
        },
        "user_ids": {},
        "partner_share": {
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
        "commercial_company_name": {
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
        "barcode": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_rank": {
          "type": [
            "integer",
            "null"
          ]
        },
        "supplier_rank": {
          "type": [
            "integer",
            "null"
          ]
        },
        "credit_limit": {
          "type": [
            "number",
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
        "opportunity_ids": {},
        "sale_order_ids": {},
        "x_aws_account_ids": {},
        "x_name_ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "message_follower_ids": {},
        "message_ids": {},
        "activity_ids": {}
      },
      "required": [
        "id",
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
      "server_version": "17.0",
      "fields": 25,
      "stored_fields": 18,
      "not_stored": 7,
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
        "name": "login",
        "source": "login",
        "type": "string",
        "required": true,
        "source_type": "char",
        "label": "Login"
      },
      {
        "name": "signature",
        "source": "signature",
        "type": "string",
        "source_type": "html",
        "label": "Email Signature"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Active"
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
        "name": "share",
        "source": "share",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Share User"
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
        "name": "groups_id",
        "source": "groups_id",
        "type": "json",
        "source_type": "many2many",
        "label": "Groups",
        "relation": "res.groups"
      },
      {
        "name": "notification_type",
        "source": "notification_type",
        "type": "string",
        "required": true,
        "domain": [
          "email",
          "inbox"
        ],
        "source_type": "selection",
        "label": "Notification"
      },
      {
        "name": "target_sales_won",
        "source": "target_sales_won",
        "type": "integer",
        "source_type": "integer",
        "label": "Won in Opportunities Target"
      },
      {
        "name": "target_sales_done",
        "source": "target_sales_done",
        "type": "integer",
        "source_type": "integer",
        "label": "Activities Done Target"
      },
      {
        "name": "employee_ids",
        "source": "employee_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Related Employee",
        "relation": "hr.employee"
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
        "partner_id": {
          "type": "integer"
        },
        "partner_id_name": {
          "type": "string"
        },
        "login": {
          "type": "string"
        },
        "signature": {
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
        "share": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "company_id": {
          "type": "integer"
        },
        "company_id_name": {
          "type": "string"
        },
        "company_ids": {},
        "groups_id": {},
        "notification_type": {
          "type": "string",
          "enum": [
            "email",
            "inbox"
          ]
        },
        "target_sales_won": {
          "type": [
            "integer",
            "null"
          ]
        },
        "target_sales_done": {
          "type": [
            "integer",
            "null"
          ]
        },
        "employee_ids": {}
      },
      "required": [
        "id",
        "write_date",
        "partner_id",
        "partner_id_name",
        "login",
        "company_id",
        "company_id_name",
        "notification_type"
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
      "server_version": "17.0",
      "fields": 57,
      "stored_fields": 46,
      "not_stored": 11,
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
        "label": "Order Reference"
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
        "name": "state",
        "source": "state",
        "type": "string",
        "domain": [
          "draft",
          "sent",
          "sale",
          "cancel"
        ],
        "source_type": "selection",
        "label": "Status"
      },
      {
        "name": "locked",
        "source": "locked",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Locked"
      },
      {
        "name": "client_order_ref",
        "source": "client_order_ref",
        "type": "string",
        "source_type": "char",
        "label": "Customer Reference"
      },
      {
        "name": "create_date",
        "source": "create_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Creation Date"
      },
      {
        "name": "commitment_date",
        "source": "commitment_date",
        "type": "timestamp",
        "source_type": "datetime",
        "label": "Delivery Date"
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
        "name": "origin",
        "source": "origin",
        "type": "string",
        "source_type": "char",
        "label": "Source Document"
      },
      {
        "name": "reference",
        "source": "reference",
        "type": "string",
        "source_type": "char",
        "label": "Payment Ref."
      },
      {
        "name": "require_signature",
        "source": "require_signature",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Online signature"
      },
      {
        "name": "require_payment",
        "source": "require_payment",
        "type": "boolean",
        "source_type": "boolean",
        "label": "Online payment"
      },
      {
        "name": "prepayment_percent",
        "source": "prepayment_percent",
        "type": "decimal",
        "source_type": "float",
        "label": "Prepayment percentage"
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
        "name": "validity_date",
        "source": "validity_date",
        "type": "date",
        "source_type": "date",
        "label": "Expiration"
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
        "name": "note",
        "source": "note",
        "type": "string",
        "source_type": "html",
        "label": "Terms and conditions"
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
        "name": "order_line",
        "source": "order_line",
        "type": "json",
        "source_type": "one2many",
        "label": "Order Lines",
        "relation": "sale.order.line"
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
        "name": "invoice_status",
        "source": "invoice_status",
        "type": "string",
        "domain": [
          "upselling",
          "invoiced",
          "to_invoice",
          "no"
        ],
        "source_type": "selection",
        "label": "Invoice Status"
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
        "name": "tag_ids",
        "source": "tag_ids",
        "type": "json",
        "source_type": "many2many",
        "label": "Tags",
        "relation": "crm.tag"
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
        "name": "activity_ids",
        "source": "activity_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Activities",
        "relation": "mail.activity"
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
        "company_id": {
          "type": "integer"
        },
        "company_id_name": {
          "type": "string"
        },
        "partner_id": {
          "type": "integer"
        },
        "partner_id_name": {
          "type": "string"
        },
        "state": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "draft",
            "sent",
            "sale",
            "cancel",
            null
          ]
        },
        "locked": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "client_order_ref": {
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
        "commitment_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "date_order": {
          "type": "string",
          "format": "date-time"
        },
        "origin": {
          "type": [
            "string",
            "null"
          ]
        },
        "reference": {
          "type": [
            "string",
            "null"
          ]
        },
        "require_signature": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "require_payment": {
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
        "validity_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
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
        "note": {
          "type": [
            "string",
            "null"
          ]
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
        "order_line": {},
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
        "invoice_status": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "upselling",
            "invoiced",
            "to_invoice",
            "no",
            null
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
        "tag_ids": {},
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
        "message_follower_ids": {},
        "message_ids": {},
        "activity_ids": {}
      },
      "required": [
        "id",
        "write_date",
        "name",
        "company_id",
        "company_id_name",
        "partner_id",
        "partner_id_name",
        "date_order",
        "partner_invoice_id",
        "partner_invoice_id_name",
        "partner_shipping_id",
        "partner_shipping_id_name"
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
      "server_version": "17.0",
      "fields": 46,
      "stored_fields": 40,
      "not_stored": 6,
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
        "name": "sequence",
        "source": "sequence",
        "type": "integer",
        "source_type": "integer",
        "label": "Sequence"
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
        "name": "state",
        "source": "state",
        "type": "string",
        "domain": [
          "draft",
          "sent",
          "sale",
          "cancel"
        ],
        "source_type": "selection",
        "label": "Order Status"
      },
      {
        "name": "display_type",
        "source": "display_type",
        "type": "string",
        "domain": [
          "line_section",
          "line_note"
        ],
        "source_type": "selection",
        "label": "Display Type"
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
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "source_type": "text",
        "label": "Description"
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
        "name": "product_uom",
        "source": "product_uom",
        "type": "integer",
        "source_type": "many2one",
        "label": "Unit of Measure",
        "relation": "uom.uom"
      },
      {
        "name": "product_uom_name",
        "source": "product_uom_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Unit of Measure (name)",
        "relation": "uom.uom"
      },
      {
        "name": "tax_id",
        "source": "tax_id",
        "type": "json",
        "source_type": "many2many",
        "label": "Taxes",
        "relation": "account.tax"
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
        "name": "discount",
        "source": "discount",
        "type": "decimal",
        "source_type": "float",
        "label": "Discount (%)"
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
        "name": "customer_lead",
        "source": "customer_lead",
        "type": "decimal",
        "required": true,
        "source_type": "float",
        "label": "Lead Time"
      },
      {
        "name": "qty_delivered_method",
        "source": "qty_delivered_method",
        "type": "string",
        "domain": [
          "manual",
          "analytic"
        ],
        "source_type": "selection",
        "label": "Method to update delivered qty"
      },
      {
        "name": "qty_delivered",
        "source": "qty_delivered",
        "type": "decimal",
        "source_type": "float",
        "label": "Delivery Quantity"
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
        "name": "analytic_line_ids",
        "source": "analytic_line_ids",
        "type": "json",
        "source_type": "one2many",
        "label": "Analytic lines",
        "relation": "account.analytic.line"
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
        "domain": [
          "upselling",
          "invoiced",
          "to_invoice",
          "no"
        ],
        "source_type": "selection",
        "label": "Invoice Status"
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
        "name": "analytic_distribution",
        "source": "analytic_distribution",
        "type": "json",
        "source_type": "json",
        "label": "Analytic Distribution"
      },
      {
        "name": "task_id",
        "source": "task_id",
        "type": "integer",
        "source_type": "many2one",
        "label": "Task",
        "relation": "project.task"
      },
      {
        "name": "task_id_name",
        "source": "task_id_name",
        "type": "string",
        "source_type": "many2one",
        "label": "Task (name)",
        "relation": "project.task"
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
        "order_id": {
          "type": "integer"
        },
        "order_id_name": {
          "type": "string"
        },
        "sequence": {
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
        "state": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "draft",
            "sent",
            "sale",
            "cancel",
            null
          ]
        },
        "display_type": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "line_section",
            "line_note",
            null
          ]
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
        "name": {
          "type": "string"
        },
        "product_uom_qty": {
          "type": "number"
        },
        "product_uom": {
          "type": [
            "integer",
            "null"
          ]
        },
        "product_uom_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "tax_id": {},
        "price_unit": {
          "type": "number"
        },
        "discount": {
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
        "customer_lead": {
          "type": "number"
        },
        "qty_delivered_method": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "manual",
            "analytic",
            null
          ]
        },
        "qty_delivered": {
          "type": [
            "number",
            "null"
          ]
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
        "analytic_line_ids": {},
        "invoice_lines": {},
        "invoice_status": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "upselling",
            "invoiced",
            "to_invoice",
            "no",
            null
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
        "analytic_distribution": {},
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
        }
      },
      "required": [
        "id",
        "write_date",
        "order_id",
        "order_id_name",
        "name",
        "product_uom_qty",
        "price_unit",
        "customer_lead"
      ]
    }
  }
};

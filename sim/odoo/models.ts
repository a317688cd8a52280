// The simulated Odoo's models. The standard models carry the field sets of real Odoo, read from its public
// sources by scripts/odoo-fields-from-source.py into odoo-fields.json (which Odoo version, commit and installed
// modules: its `source`): every field on the model across _name/_inherit and the mixins it inherits, with type,
// label, relation, one2many inverse, selection keys, required, translate and stored-ness as Odoo decides it.
// On top of them: the partner's custom x_ fields (Studio-style, hand-written) and its custom c.* models (plausible
// fields, inheriting the real mail.thread / mail.activity.mixin fields as a custom module would). Every model has
// Odoo's magic fields (id, display_name, create/write uid and date). Raw flags: r required, t translated,
// n not stored (computed).
import { readFileSync } from 'node:fs';

export type FieldType =
  | 'boolean'
  | 'integer'
  | 'float'
  | 'monetary'
  | 'char'
  | 'text'
  | 'html'
  | 'date'
  | 'datetime'
  | 'binary'
  | 'selection'
  | 'many2one'
  | 'one2many'
  | 'many2many'
  | 'reference'
  | 'many2one_reference'
  | 'json'
  | 'properties'
  | 'properties_definition';

export interface FieldSpec {
  name: string;
  type: FieldType;
  string: string;
  relation?: string;
  selection?: Array<[string, string]>;
  required: boolean;
  translate: boolean;
  store: boolean;
  /** one2many: the many2one on the comodel pointing back */
  relation_field?: string;
}

export interface ModelSpec {
  model: string;
  description: string;
  /** how many records the default dataset has */
  size: number;
  fields: FieldSpec[];
  /** the field whose value is the display name */
  rec_name: string;
}

/** One field as odoo-fields.json records it (see scripts/odoo-fields-from-source.py). */
interface SourceField {
  type: FieldType;
  string: string;
  store: boolean;
  module: string;
  relation?: string;
  relation_field?: string;
  selection?: Array<[string, string | null]>;
  /** a selection Odoo computes at run time (a method or lambda): the simulator answers with SELECTION_FROM */
  selection_from?: string;
  required?: boolean;
  translate?: boolean;
  company_dependent?: boolean;
  computed?: string;
}

interface SourceModel {
  description: string | null;
  modules: string[];
  inherits?: Record<string, string>;
  rec_name?: string;
  fields: Record<string, SourceField>;
}

export const ODOO_SOURCE = JSON.parse(readFileSync(new URL('../../../sim/odoo/odoo-fields.json', import.meta.url), 'utf8')) as {
  source: { repository: string; commit: string; version: string; roots: string[]; installed_modules: string[] };
  models: Record<string, SourceModel>;
};

/** What a run-time selection evaluates to in the simulated database (two languages installed, a few zones). */
const SELECTION_FROM: Record<string, Array<[string, string]>> = {
  _lang_get: [
    ['en_US', 'English (US)'],
    ['ar_001', 'Arabic / الْعَرَبيّة'],
  ],
  _tzs: [
    ['Asia/Riyadh', 'Asia/Riyadh'],
    ['Asia/Dubai', 'Asia/Dubai'],
    ['Europe/London', 'Europe/London'],
    ['UTC', 'UTC'],
  ],
  _selection_service_policy: [
    ['ordered_prepaid', 'Prepaid/Fixed Price'],
    ['delivered_milestones', 'Based on Milestones'],
    ['delivered_manual', 'Based on Delivered Quantity (Manual)'],
  ],
};

type Raw = [string, FieldType, string, (string | string[])?, string?];

const SEL_LABEL = (k: string) => k.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

function f([name, type, label, extra, flags = '']: Raw): FieldSpec {
  const spec: FieldSpec = {
    name,
    type,
    string: label,
    required: flags.includes('r'),
    translate: flags.includes('t'),
    store: !flags.includes('n'),
  };
  if (type === 'selection' || type === 'reference') {
    const keys = Array.isArray(extra) ? extra : String(extra ?? '').split(',');
    spec.selection = keys.filter(Boolean).map((k) => [k, SEL_LABEL(k)]);
  } else if (typeof extra === 'string' && extra) {
    const [rel, back] = extra.split('/');
    spec.relation = rel!;
    if (back) spec.relation_field = back;
  }
  return spec;
}

function fromSource(name: string, s: SourceField): FieldSpec {
  const spec: FieldSpec = { name, type: s.type, string: s.string, required: !!s.required, translate: !!s.translate, store: s.store };
  if (s.relation) spec.relation = s.relation;
  if (s.relation_field) spec.relation_field = s.relation_field;
  if (s.type === 'selection' || s.type === 'reference') {
    spec.selection = s.selection
      ? s.selection.map(([k, label]) => [k, label ?? SEL_LABEL(k)])
      : [...(SELECTION_FROM[s.selection_from ?? ''] ?? [])];
  }
  return spec;
}

const MAGIC: Raw[] = [
  ['id', 'integer', 'ID'],
  ['display_name', 'char', 'Display Name', undefined, 'n'],
  ['create_uid', 'many2one', 'Created by', 'res.users'],
  ['create_date', 'datetime', 'Created on'],
  ['write_uid', 'many2one', 'Last Updated by', 'res.users'],
  ['write_date', 'datetime', 'Last Updated on'],
];

/**
 * Per model in the brief's order: its dataset size, the field naming its records, and either the real model
 * (`standard`: fields from odoo-fields.json, plus the partner's custom x_ fields) or a custom model's fields.
 */
const RAW: Record<
  string,
  { description?: string; size: number; rec_name?: string; standard?: boolean; inherit?: string[]; fields: Raw[] }
> = {
  'crm.lead': {
    size: 240,
    standard: true,
    fields: [
      ['x_aws_account_id', 'many2one', 'AWS Account', 'c.aws.accounts'],
      ['x_aws_payer_id', 'many2one', 'AWS Payer Account', 'c.aws.accounts'],
      ['x_ace_opportunity_id', 'char', 'ACE Opportunity ID'],
      ['x_partner_opportunity_identifier', 'char', 'Partner Opportunity Identifier'],
      ['x_aws_funding_request_ids', 'one2many', 'Funding Requests', 'c.aws.funding.request/lead_id'],
      ['x_delivery_model', 'selection', 'Delivery Model', 'saas_or_paas,byol_or_ami,managed_services,professional_services,resell,other'],
      ['x_use_case', 'char', 'Use Case'],
      ['x_industry', 'selection', 'Industry', 'healthcare,financial_services,government,education,retail,telecommunications,energy,other'],
    ],
  },
  'res.partner': {
    size: 160,
    standard: true,
    fields: [
      ['x_aws_account_ids', 'one2many', 'AWS Accounts', 'c.aws.accounts/partner_id'],
      ['x_name_ar', 'char', 'Arabic Name'],
    ],
  },
  'crm.team': { size: 6, standard: true, fields: [] },
  'crm.stage': { size: 6, standard: true, fields: [] },
  'sale.order': { size: 200, standard: true, fields: [['x_aws_account_id', 'many2one', 'AWS Account', 'c.aws.accounts']] },
  'sale.order.line': { size: 500, standard: true, fields: [] },
  'c.aws.accounts': {
    description: 'AWS Accounts',
    size: 80,
    rec_name: 'name',
    inherit: ['mail.thread', 'mail.activity.mixin'],
    fields: [
      ['name', 'char', 'Account Name', undefined, 'r'],
      ['account_id', 'char', 'AWS Account ID', undefined, 'r'],
      ['partner_id', 'many2one', 'Customer', 'res.partner'],
      ['company_id', 'many2one', 'Company', 'res.company'],
      ['user_id', 'many2one', 'Salesperson', 'res.users'],
      ['payer_id', 'many2one', 'Payer Account', 'c.aws.accounts'],
      ['is_payer', 'boolean', 'Is Payer'],
      ['billable', 'boolean', 'Billable'],
      ['environment', 'selection', 'Environment', 'production,staging,development,sandbox'],
      ['root_email', 'char', 'Root Email'],
      ['support_plan', 'selection', 'Support Plan', 'basic,developer,business,enterprise_on_ramp,enterprise'],
      ['organization_id', 'char', 'AWS Organization ID'],
      ['region', 'char', 'Home Region'],
      ['spp_discount', 'float', 'SPP Discount (%)'],
      ['state', 'selection', 'Status', 'active,suspended,closed'],
      ['date_joined', 'date', 'Joined On'],
      ['notes', 'text', 'Notes'],
      ['active', 'boolean', 'Active'],
      ['currency_id', 'many2one', 'Currency', 'res.currency'],
      ['monthly_spend', 'monetary', 'Monthly Spend'],
      ['lead_ids', 'one2many', 'Opportunities', 'crm.lead/x_aws_account_id'],
    ],
  },
  'c.aws.funding.request': {
    description: 'AWS Funding Request',
    size: 60,
    fields: [
      ['name', 'char', 'Reference', undefined, 'r'],
      ['lead_id', 'many2one', 'Opportunity', 'crm.lead'],
      ['partner_id', 'many2one', 'Customer', 'res.partner'],
      ['aws_account_id', 'many2one', 'AWS Account', 'c.aws.accounts'],
      ['program', 'selection', 'Program', 'map,poc,migration_acceleration,marketing_development,other'],
      ['state', 'selection', 'Status', 'draft,submitted,approved,rejected,claimed,paid'],
      ['apn_funding_id', 'char', 'APN Funding ID'],
      ['currency_id', 'many2one', 'Currency', 'res.currency'],
      ['amount_requested', 'monetary', 'Requested Amount'],
      ['amount_approved', 'monetary', 'Approved Amount'],
      ['amount_claimed', 'monetary', 'Claimed Amount'],
      ['date_submitted', 'date', 'Submitted On'],
      ['date_approved', 'date', 'Approved On'],
      ['date_claim_due', 'date', 'Claim Due'],
      ['user_id', 'many2one', 'Responsible', 'res.users'],
      ['company_id', 'many2one', 'Company', 'res.company'],
      ['description', 'text', 'Description'],
      ['active', 'boolean', 'Active'],
    ],
  },
  'res.country.state': { size: 20, standard: true, fields: [] },
  'c.billing.spp.bill': {
    description: 'SPP Bill',
    size: 90,
    fields: [
      ['name', 'char', 'Bill Reference', undefined, 'r'],
      ['aws_account_id', 'many2one', 'AWS Account', 'c.aws.accounts', 'r'],
      ['payer_id', 'many2one', 'Payer Account', 'c.aws.accounts'],
      ['partner_id', 'many2one', 'Customer', 'res.partner'],
      ['billing_period', 'char', 'Billing Period'],
      ['period_start', 'date', 'Period Start'],
      ['period_end', 'date', 'Period End'],
      ['currency_id', 'many2one', 'Currency', 'res.currency'],
      ['usage_amount', 'monetary', 'Usage'],
      ['spp_discount_amount', 'monetary', 'SPP Discount'],
      ['credits_amount', 'monetary', 'Credits'],
      ['total_amount', 'monetary', 'Total'],
      ['state', 'selection', 'Status', 'draft,validated,invoiced'],
      ['invoice_id', 'many2one', 'Invoice', 'account.move'],
      ['company_id', 'many2one', 'Company', 'res.company'],
    ],
  },
  'product.template': { size: 30, standard: true, fields: [] },
  'account.move': { size: 220, standard: true, fields: [['x_aws_account_id', 'many2one', 'AWS Account', 'c.aws.accounts']] },
  'account.move.line': { size: 600, standard: true, fields: [] },
  'project.project': { size: 40, standard: true, fields: [['x_aws_account_id', 'many2one', 'AWS Account', 'c.aws.accounts']] },
  'c.billing.internal.cur': {
    description: 'Billing Internal Currency Rate',
    size: 24,
    fields: [
      ['name', 'char', 'Period', undefined, 'r'],
      ['currency_id', 'many2one', 'Currency', 'res.currency', 'r'],
      ['company_currency_id', 'many2one', 'Company Currency', 'res.currency'],
      ['rate', 'float', 'Internal Rate', undefined, 'r'],
      ['date_from', 'date', 'Valid From'],
      ['date_to', 'date', 'Valid To'],
      ['company_id', 'many2one', 'Company', 'res.company'],
      ['active', 'boolean', 'Active'],
    ],
  },
  'c.billing.bill': {
    description: 'Customer Bill',
    size: 120,
    inherit: ['mail.thread', 'mail.activity.mixin'],
    fields: [
      ['name', 'char', 'Bill Number', undefined, 'r'],
      ['partner_id', 'many2one', 'Customer', 'res.partner', 'r'],
      ['aws_account_id', 'many2one', 'AWS Account', 'c.aws.accounts'],
      ['payer_id', 'many2one', 'Payer Account', 'c.aws.accounts'],
      ['billing_period', 'char', 'Billing Period'],
      ['date', 'date', 'Bill Date'],
      ['due_date', 'date', 'Due Date'],
      ['currency_id', 'many2one', 'Currency', 'res.currency'],
      ['internal_cur_id', 'many2one', 'Internal Rate', 'c.billing.internal.cur'],
      ['amount_untaxed', 'monetary', 'Untaxed Amount'],
      ['amount_tax', 'monetary', 'Tax'],
      ['amount_total', 'monetary', 'Total'],
      ['state', 'selection', 'Status', 'draft,confirmed,invoiced,cancel'],
      ['line_ids', 'one2many', 'Lines', 'c.billing.bill.line/bill_id'],
      ['invoice_id', 'many2one', 'Invoice', 'account.move'],
      ['user_id', 'many2one', 'Salesperson', 'res.users'],
      ['company_id', 'many2one', 'Company', 'res.company'],
      ['notes', 'text', 'Notes'],
    ],
  },
  'c.billing.bill.line': {
    description: 'Customer Bill Line',
    size: 400,
    fields: [
      ['bill_id', 'many2one', 'Bill', 'c.billing.bill', 'r'],
      ['sequence', 'integer', 'Sequence'],
      ['name', 'char', 'Description', undefined, 'r'],
      ['service_code', 'char', 'AWS Service Code'],
      ['usage_type', 'char', 'Usage Type'],
      ['product_id', 'many2one', 'Product', 'product.product'],
      ['quantity', 'float', 'Quantity'],
      ['unit_price', 'float', 'Unit Price'],
      ['currency_id', 'many2one', 'Currency', 'res.currency'],
      ['amount', 'monetary', 'Amount'],
      ['discount_amount', 'monetary', 'Discount'],
      ['line_type', 'selection', 'Line Type', 'usage,credit,refund,tax,support,fee'],
      ['company_id', 'many2one', 'Company', 'res.company'],
    ],
  },
  'res.users': { size: 12, standard: true, fields: [] },
  'res.country': { size: 8, standard: true, fields: [] },
  'crm.tag': { size: 10, standard: true, fields: [] },
  'res.currency': { size: 5, standard: true, fields: [] },
  'product.product': { size: 36, standard: true, fields: [] },
  // crm.lead's currency is its company's (company_currency is computed, not stored): core reads it from here
  'res.company': { size: 2, standard: true, fields: [] },
};

function sourceFields(model: string): FieldSpec[] {
  const m = ODOO_SOURCE.models[model];
  if (!m) throw new Error(`sim/odoo/odoo-fields.json has no model ${model}: rerun scripts/odoo-fields-from-source.py`);
  return Object.entries(m.fields).map(([name, s]) => fromSource(name, s));
}

export const MODELS: Record<string, ModelSpec> = Object.fromEntries(
  Object.entries(RAW).map(([model, m]) => {
    const own = m.fields.map(f);
    const names = new Set(own.map((x) => x.name));
    const base = m.standard ? sourceFields(model) : [...MAGIC.map(f), ...(m.inherit ?? []).flatMap(sourceFields)];
    const seen = new Set<string>();
    const fields = [...base.filter((x) => !names.has(x.name)), ...own].filter((x) => !seen.has(x.name) && seen.add(x.name));
    const description = m.description ?? ODOO_SOURCE.models[model]?.description ?? model;
    return [model, { model, description, size: m.size, rec_name: m.rec_name ?? 'name', fields }];
  }),
);

/** The models a sync reads by default, in the order the brief lists them. */
export const MODEL_NAMES = Object.keys(MODELS);

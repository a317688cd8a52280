// tap-odoo settings, declared once (config parsing, --about and meltano.yml derive from this).
import type { Settings } from '../../kit/singer/settings.js';

export const PLUGIN = 'tap-odoo';

/** The brief's 17 models, then those core needs to resolve names. */
export const DEFAULT_MODELS = [
  'crm.lead',
  'res.partner',
  'crm.team',
  'crm.stage',
  'sale.order',
  'sale.order.line',
  'c.aws.accounts',
  'c.aws.funding.request',
  'res.country.state',
  'c.billing.spp.bill',
  'product.template',
  'account.move',
  'account.move.line',
  'project.project',
  'c.billing.internal.cur',
  'c.billing.bill',
  'c.billing.bill.line',
  'res.users',
  'res.country',
  'crm.tag',
  'res.currency',
  'product.product',
  'res.company',
];

export const settings: Settings = [
  { name: 'url', kind: 'string', required: true, description: 'Odoo base URL, e.g. https://mycompany.odoo.com' },
  { name: 'database', kind: 'string', required: true, description: 'Database name (sent with every RPC call; X-Odoo-Database on JSON-2).' },
  { name: 'username', kind: 'string', required: true, description: 'Login of the integration user.' },
  {
    name: 'api_key',
    kind: 'password',
    sensitive: true,
    required: true,
    description: 'API key (Preferences > Account Security), or the password; from env TAP_ODOO_API_KEY.',
  },
  {
    name: 'protocol',
    kind: 'options',
    options: ['auto', 'json2', 'jsonrpc', 'xmlrpc'],
    default: 'auto',
    description: 'auto: /web/version decides (JSON-2 on 19.0+, JSON-RPC below); or forced.',
  },
  { name: 'models', kind: 'array', default: DEFAULT_MODELS, description: 'Models to sync (each needs a contract in contracts/odoo/).' },
  { name: 'page_size', kind: 'integer', default: 500, description: 'Records per search_read call.' },
  { name: 'start_date', kind: 'string', description: 'First sync: only records written at or after this UTC instant.' },
  {
    name: 'languages',
    kind: 'array',
    default: ['en_US', 'ar_001'],
    description: 'Languages of translated fields: the first is read with the records, each other one adds <field>__<lang> columns.',
  },
  {
    name: 'companies',
    kind: 'array',
    default: [],
    description: 'Company ids for allowed_company_ids (empty: every company the user may access).',
  },
  {
    name: 'lookback_minutes',
    kind: 'integer',
    default: 10,
    description: 'Each run re-reads this far before the bookmark (rows a long transaction committed late); rows already sent are skipped.',
  },
  {
    name: 'deletion_check',
    kind: 'integer',
    default: 360,
    description:
      'Minutes between id reconciliations (search for all ids; ids sent before and gone now become tombstones on the model’s own stream); 0 every run, -1 never.',
  },
  {
    name: 'fields_max_age_minutes',
    kind: 'integer',
    default: 1440,
    description:
      'How old the field list cached in the state (fields_get) may get before a run reads it again; it is also read when a run finds changed records or the server rejects a field. 0: every run.',
  },
  { name: 'include_binary', kind: 'boolean', default: false, description: 'Also read binary fields (base64; large).' },
  { name: 'request_timeout_seconds', kind: 'integer', default: 120, description: 'Timeout for each call.' },
  { name: 'retries', kind: 'integer', default: 3, description: 'Retries after 429, 5xx, timeouts and transport errors.' },
  { name: 'retry_base_ms', kind: 'integer', default: 1000, description: 'First backoff; doubles each retry (Retry-After wins when sent).' },
];

export interface OdooConfig {
  url: string;
  database: string;
  username: string;
  api_key: string;
  protocol: 'auto' | 'json2' | 'jsonrpc' | 'xmlrpc';
  models: string[];
  page_size: number;
  start_date?: string;
  languages: string[];
  companies: number[];
  lookback_minutes: number;
  deletion_check: number;
  fields_max_age_minutes: number;
  include_binary: boolean;
  request_timeout_seconds: number;
  retries: number;
  retry_base_ms: number;
}

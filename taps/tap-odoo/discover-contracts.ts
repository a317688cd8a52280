// `npm run contracts:discover -- odoo --url … --database … --username … [--models a,b] [--languages en_US,ar_001]`
// (key from --api-key or env TAP_ODOO_API_KEY): reads fields_get for each model and writes
// contracts/odoo/<model with dots → underscores>.yaml with every stored field: Odoo type, label, relation,
// selection keys (in the description, not as a domain), required flag. The files are reviewed and committed like any contract.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { CONTRACTS_DIR } from '../../kit/contracts/contract.js';
import { createLogger } from '../../kit/singer/log.js';
import { envName } from '../../kit/singer/settings.js';
import { OdooClient } from './client.js';
import { columnsFor, streamOf, type OdooField } from './fields.js';
import { DEFAULT_MODELS, PLUGIN, type OdooConfig } from './settings.js';

export const FIELD_ATTRIBUTES = ['string', 'type', 'relation', 'store', 'required', 'selection', 'translate'];

export async function discoverContracts(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string' },
      database: { type: 'string' },
      username: { type: 'string' },
      'api-key': { type: 'string' },
      protocol: { type: 'string', default: 'auto' },
      models: { type: 'string' },
      languages: { type: 'string', default: 'en_US,ar_001' },
      'include-binary': { type: 'boolean', default: false },
      out: { type: 'string', default: join(CONTRACTS_DIR, 'odoo') },
    },
  });
  const apiKey = values['api-key'] ?? process.env[envName(PLUGIN, 'api_key')];
  for (const [k, v] of Object.entries({ url: values.url, database: values.database, username: values.username, 'api-key': apiKey })) {
    if (!v)
      throw new Error(`contracts:discover odoo: --${k} is required${k === 'api-key' ? ` (or env ${envName(PLUGIN, 'api_key')})` : ''}`);
  }
  const languages = values
    .languages!.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const models = values.models ? values.models.split(',').map((s) => s.trim()) : DEFAULT_MODELS;
  const config: OdooConfig = {
    url: values.url!,
    database: values.database!,
    username: values.username!,
    api_key: apiKey!,
    protocol: values.protocol as OdooConfig['protocol'],
    models,
    page_size: 500,
    languages,
    companies: [],
    lookback_minutes: 0,
    deletion_check: -1,
    fields_max_age_minutes: 0,
    include_binary: values['include-binary']!,
    request_timeout_seconds: 120,
    retries: 3,
    retry_base_ms: 1000,
  };
  const client = new OdooClient(config, createLogger('contracts:discover'));
  await client.connect();
  mkdirSync(values.out!, { recursive: true });
  for (const model of models) {
    const fields = (await client.call(model, 'fields_get', { attributes: FIELD_ATTRIBUTES })) as Record<string, OdooField>;
    const doc = contractFor(model, fields, languages, config.include_binary, client.serverVersion);
    const file = join(values.out!, `${doc.stream}.yaml`);
    const header = `# Odoo ${model}: written by \`npm run contracts:discover -- odoo\` from fields_get; review, then npm run codegen.\n`;
    writeFileSync(file, header + YAML.stringify(doc, { lineWidth: 0 }));
    process.stdout.write(
      `${file}: ${doc.columns.length} columns from ${(doc.discovered as { stored_fields: number }).stored_fields} stored fields\n`,
    );
  }
}

export function contractFor(
  model: string,
  fields: Record<string, OdooField>,
  languages: string[],
  includeBinary: boolean,
  serverVersion: string,
) {
  const cols = columnsFor(fields, languages, includeBinary);
  const all = Object.entries(fields);
  const stored = all.filter(([n, f]) => f.store !== false || n === 'id');
  const binary = stored.filter(([, f]) => f.type === 'binary').map(([n]) => n);
  return {
    source: 'odoo',
    stream: streamOf(model),
    description: `Odoo model ${model}: every stored field as search_read returns it (many2one as id and name, x2many as id arrays).`,
    landing: 'typed',
    natural_key: ['id'],
    replication_key: 'write_date',
    scd: { type: 1 },
    discovered: {
      model,
      server_version: serverVersion || 'unknown',
      fields: all.length,
      stored_fields: stored.length,
      not_stored: all.length - stored.length,
      ...(binary.length && !includeBinary ? { binary_excluded: binary } : {}),
      languages,
    },
    columns: cols.map((c) => ({
      name: c.column,
      source: c.column,
      type: c.type,
      ...(c.required ? { required: true } : {}),
      // a selection's values are documented, never a domain: the list depends on the version and the installed
      // modules (res.partner.tz lists every pytz zone), and a value outside a domain would fail the load
      ...(c.selection ? { description: selectionNote(c.selection) } : {}),
      source_type: c.source_type,
      ...(c.label ? { label: c.label } : {}),
      ...(c.relation ? { relation: c.relation } : {}),
    })),
  };
}

/** The column description that records a selection's values as fields_get listed them. */
export function selectionNote(values: string[]): string {
  return `Selection; values when discovered: ${values.join(', ')} (not enforced: the list depends on the Odoo version and installed modules)`;
}

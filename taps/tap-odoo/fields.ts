// How Odoo fields become columns, shared by discovery (which writes contracts) and the tap (which reads by them):
// many2one → `<field>` (the id) and `<field>_name` (the display name); one2many/many2many → a JSON id array;
// a translated field → `<field>` in the first language and `<field>__<lang>` for each other one; binary only
// when asked; fields Odoo does not store (computed on read) never.
import type { ColumnType } from '../../kit/contracts/contract.js';

export interface OdooField {
  type: string;
  string?: string;
  relation?: string;
  selection?: Array<[string, string]> | string;
  required?: boolean;
  store?: boolean;
  translate?: boolean;
}

export interface OutColumn {
  column: string;
  field: string;
  /** how the column's value comes out of the field's */
  kind: 'value' | 'm2o_id' | 'm2o_name' | 'translation';
  lang?: string;
  type: ColumnType;
  source_type: string;
  label?: string;
  relation?: string;
  required: boolean;
  /** a selection field's keys as fields_get listed them */
  selection?: string[];
}

const TYPES: Record<string, ColumnType> = {
  boolean: 'boolean',
  integer: 'integer',
  float: 'decimal',
  monetary: 'decimal',
  char: 'string',
  text: 'string',
  html: 'string',
  selection: 'string',
  reference: 'string',
  date: 'date',
  datetime: 'timestamp',
  binary: 'string',
  one2many: 'json',
  many2many: 'json',
  many2one_reference: 'integer',
  json: 'json',
  properties: 'json',
  properties_definition: 'json',
};

/** `ar_001` → `ar`, `en_US` → `en`; the full code (lower-cased) when two languages share a prefix. */
export function langSuffix(lang: string, languages: string[]): string {
  const short = lang.split('_')[0]!.toLowerCase();
  const clash = languages.filter((l) => l.split('_')[0]!.toLowerCase() === short).length > 1;
  return (clash ? lang.toLowerCase() : short).replace(/[^a-z0-9_]/g, '_');
}

/** The columns a model's fields make, `id` first, then in the server's order. */
export function columnsFor(fields: Record<string, OdooField>, languages: string[], includeBinary: boolean): OutColumn[] {
  const out: OutColumn[] = [];
  const names = Object.keys(fields).sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : 0));
  for (const name of names) {
    const f = fields[name]!;
    if (f.store === false && name !== 'id') continue;
    if (f.type === 'binary' && !includeBinary) continue;
    const type = TYPES[f.type];
    if (!type && f.type !== 'many2one') continue;
    const base = {
      field: name,
      source_type: f.type,
      ...(f.string ? { label: f.string } : {}),
      ...(f.relation ? { relation: f.relation } : {}),
    };
    const required = name === 'id' || name === 'write_date' || (f.required === true && f.type !== 'boolean');
    if (f.type === 'many2one') {
      out.push({ ...base, column: name, kind: 'm2o_id', type: 'integer', required });
      out.push({ ...base, column: `${name}_name`, kind: 'm2o_name', type: 'string', required, label: `${f.string ?? name} (name)` });
      continue;
    }
    const selection =
      f.type === 'selection' && Array.isArray(f.selection) && f.selection.length ? f.selection.map(([k]) => String(k)) : undefined;
    out.push({ ...base, column: name, kind: 'value', type: type!, required, ...(selection ? { selection } : {}) });
    if (f.translate) {
      for (const lang of languages.slice(1)) {
        out.push({
          ...base,
          column: `${name}__${langSuffix(lang, languages)}`,
          kind: 'translation',
          lang,
          type: type!,
          required: false,
          label: `${f.string ?? name} (${lang})`,
        });
      }
    }
  }
  return out;
}

/** Contract stream name of a model: dots to underscores (`crm.lead` → `crm_lead`), as Odoo names its tables. */
export function streamOf(model: string): string {
  return model.replace(/\./g, '_');
}

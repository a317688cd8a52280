// Contracts (contracts/<source>/<stream>.yaml) are the single source of truth for a stream; this module
// reads and checks them. Everything else (JSON Schema, types, validators, dbt) is generated from them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import YAML from 'yaml';
import { createAjv } from '../singer/ajv.js';

export const CONTRACTS_DIR = new URL('../../../contracts/', import.meta.url).pathname;

export type ColumnType = 'string' | 'integer' | 'decimal' | 'boolean' | 'date' | 'timestamp' | 'json';
export type PiiClass = 'none' | 'nhi' | 'name' | 'contact' | 'address' | 'dob' | 'clinical' | 'financial';

export interface ContractColumn {
  /** snake_case name used in stg/core */
  name: string;
  /** name in the source (header name, API field, or positional column label) */
  source: string;
  type: ColumnType;
  required?: boolean;
  /** accepted source values (a YAML list, or a map of source value → canonical code) */
  domain?: string[];
  /** canonical code per accepted value, when the contract maps them (staging adds `<name>_code`) */
  domain_codes?: Record<string, string>;
  pii?: PiiClass;
  description?: string;
  /** extra accepted spellings for a boolean/date sentinel, e.g. 1900-01-01 as "no date" */
  null_values?: string[];
  /**
   * The stream (same source) whose row this value identifies: its natural key's first column, with the rest of
   * that key (practice, organisation) matched by name. Checked after each sync (kit/warehouse/dq.ts).
   */
  references?: string;
  /** value-range checks run after each sync: negative, zero, or later than now (kit/warehouse/dq.ts) */
  quality?: QualityRule[];
  /** the source's own type as discovery read it (Odoo `many2one`, MySQL `decimal(10,2) unsigned`), for people */
  source_type?: string;
  /** the source's own label for the field (Odoo `string`), for people */
  label?: string;
  /** the source table or model this column points at (Odoo comodel, SQL foreign key), as discovery read it */
  relation?: string;
}

export type QualityRule = 'non_negative' | 'non_zero' | 'not_future';

/**
 * The share of a stream's rows read by a load that may go to rejects before the data-quality step fails the job
 * (kit/warehouse/dq.ts): every source's default, which a contract's `reject_rate_max` or the configuration
 * (kit/warehouse/dq-settings.ts) overrides.
 */
export const REJECT_RATE_MAX = 0.02;

export interface Contract {
  source: string;
  stream: string;
  description: string;
  /** text: every column lands as text in raw (lossless delimited files); typed: JSON types from the source */
  landing: 'text' | 'typed';
  /**
   * How records sit in the source. `may_be_absent`: positional columns some files leave out altogether (the
   * supplier's list names one twice); a row that is short by exactly these is read with them NULL.
   */
  source_format?: { kind: 'positional' | 'named'; file_token?: string; field_count?: number; may_be_absent?: string[] };
  natural_key: string[];
  replication_key?: string;
  scd: { type: 1 } | { type: 2; tracked?: string[] };
  /** lineage properties the tap adds to every record (they land as ordinary raw columns) */
  lineage?: string[];
  /** the conformed core model built from this stream: `dim_*` (SCD per `scd`) or `fact_*` */
  core?: { model: string };
  /** this stream's reject-rate threshold (0..1) when it differs from REJECT_RATE_MAX */
  reject_rate_max?: number;
  /**
   * What `npm run contracts:discover` read from the source when it wrote this contract (model or table name,
   * estimated size, chosen cursor and why, tier, ...): a record for people and for the tap, free-form per source.
   */
  discovered?: Record<string, unknown>;
  columns: ContractColumn[];
  /** where this contract lives, for messages */
  file: string;
}

const META_SCHEMA = {
  type: 'object',
  required: ['source', 'stream', 'description', 'landing', 'natural_key', 'scd', 'columns'],
  additionalProperties: false,
  properties: {
    source: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
    stream: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
    description: { type: 'string', minLength: 1 },
    landing: { enum: ['text', 'typed'] },
    source_format: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: {
        kind: { enum: ['positional', 'named'] },
        file_token: { type: 'string' },
        field_count: { type: 'integer', minimum: 1 },
        may_be_absent: { type: 'array', minItems: 1, items: { type: 'string' } },
      },
    },
    natural_key: { type: 'array', minItems: 1, items: { type: 'string' } },
    replication_key: { type: 'string' },
    scd: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: { type: { enum: [1, 2] }, tracked: { type: 'array', items: { type: 'string' } } },
    },
    lineage: { type: 'array', items: { type: 'string' } },
    core: {
      type: 'object',
      required: ['model'],
      additionalProperties: false,
      properties: { model: { type: 'string', pattern: '^(dim|fact)_[a-z][a-z0-9_]*$' } },
    },
    reject_rate_max: { type: 'number', minimum: 0, maximum: 1 },
    discovered: { type: 'object' },
    columns: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'source', 'type'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
          source: { type: 'string', minLength: 1 },
          type: { enum: ['string', 'integer', 'decimal', 'boolean', 'date', 'timestamp', 'json'] },
          required: { type: 'boolean' },
          domain: {
            oneOf: [
              { type: 'array', items: { type: 'string' }, minItems: 1 },
              { type: 'object', minProperties: 1, additionalProperties: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' } },
            ],
          },
          pii: { enum: ['none', 'nhi', 'name', 'contact', 'address', 'dob', 'clinical', 'financial'] },
          description: { type: 'string' },
          null_values: { type: 'array', items: { type: 'string' } },
          references: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
          quality: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['non_negative', 'non_zero', 'not_future'] } },
          source_type: { type: 'string' },
          label: { type: 'string' },
          relation: { type: 'string' },
        },
      },
    },
  },
} as const;

const validateMeta = createAjv().compile(META_SCHEMA);

export class ContractError extends Error {
  override name = 'ContractError';
}

/** Read and check one contract; errors name the file and the offending field. */
export function loadContract(file: string): Contract {
  let doc: unknown;
  try {
    doc = YAML.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ContractError(`${file}: not valid YAML: ${(e as Error).message}`);
  }
  if (!validateMeta(doc)) {
    const errs = (validateMeta.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    throw new ContractError(`${file}: ${errs}`);
  }
  const c = { ...(doc as Omit<Contract, 'file'>), file };
  const names = new Set<string>();
  for (const col of c.columns) {
    const d = col.domain as unknown;
    if (d && !Array.isArray(d)) {
      col.domain_codes = d as Record<string, string>;
      col.domain = Object.keys(d as Record<string, string>);
    }
    if (col.domain_codes && col.type !== 'string') throw new ContractError(`${file}: column "${col.name}": a domain map needs type string`);
    if (names.has(col.name)) throw new ContractError(`${file}: column "${col.name}" is declared twice`);
    names.add(col.name);
  }
  for (const k of c.natural_key) if (!names.has(k)) throw new ContractError(`${file}: natural_key "${k}" is not a column`);
  if (c.replication_key && !names.has(c.replication_key))
    throw new ContractError(`${file}: replication_key "${c.replication_key}" is not a column`);
  if (c.scd.type === 2)
    for (const t of c.scd.tracked ?? []) if (!names.has(t)) throw new ContractError(`${file}: scd.tracked "${t}" is not a column`);
  if (c.source_format?.field_count !== undefined && c.source_format.field_count !== c.columns.length) {
    throw new ContractError(
      `${file}: source_format.field_count is ${c.source_format.field_count} but ${c.columns.length} columns are declared`,
    );
  }
  for (const a of c.source_format?.may_be_absent ?? []) {
    const col = c.columns.find((x) => x.name === a);
    if (!col) throw new ContractError(`${file}: source_format.may_be_absent "${a}" is not a column`);
    if (col.required || c.natural_key.includes(a))
      throw new ContractError(`${file}: source_format.may_be_absent "${a}" is required or part of the natural key`);
  }
  for (const col of c.columns) {
    for (const rule of col.quality ?? []) {
      const fits = rule === 'not_future' ? ['date', 'timestamp'] : ['integer', 'decimal'];
      if (!fits.includes(col.type))
        throw new ContractError(`${file}: column "${col.name}": quality ${rule} needs type ${fits.join(' or ')}, not ${col.type}`);
    }
  }
  if (basename(file, '.yaml') !== c.stream) throw new ContractError(`${file}: file name must be the stream name "${c.stream}.yaml"`);
  return c;
}

/** Every contract under contracts/, sorted by source then stream. */
export function loadContracts(dir = CONTRACTS_DIR): Contract[] {
  const out: Contract[] = [];
  for (const source of readdirSync(dir).sort()) {
    const sdir = join(dir, source);
    if (!statSync(sdir).isDirectory()) continue;
    for (const f of readdirSync(sdir)
      .filter((x) => x.endsWith('.yaml'))
      .sort())
      out.push(loadContract(join(sdir, f)));
  }
  checkReferences(out);
  checkCoreNames(out);
  return out;
}

/** A core model's name is a dbt model name: one per project, across every source (`fact_appointments` is Indici's). */
export function checkCoreNames(contracts: Contract[]): void {
  const seen = new Map<string, Contract>();
  for (const c of contracts) {
    if (!c.core) continue;
    const other = seen.get(c.core.model);
    if (other) throw new ContractError(`${c.file}: core model "${c.core.model}" is already ${other.file}'s; name it after its source`);
    seen.set(c.core.model, c);
  }
}

/**
 * Each `references` names a stream of the same source that has a core model (or, between typed streams, a staging
 * model: the check is dbt's relationships test there), and the referencing contract has
 * the rest of that stream's natural key (practice, organisation) under the same names, so the check can join.
 */
export function checkReferences(contracts: Contract[]): void {
  for (const c of contracts) {
    for (const col of c.columns) {
      if (!col.references) continue;
      const parent = contracts.find((p) => p.source === c.source && p.stream === col.references);
      if (!parent)
        throw new ContractError(`${c.file}: column "${col.name}" references "${col.references}", which is not a ${c.source} stream`);
      // a typed stream (tap-sql) checks its reference on staging (dbt's relationships test), the others on core
      if (!parent.core && !(c.landing === 'typed' && parent.landing === 'typed'))
        throw new ContractError(`${c.file}: column "${col.name}" references "${col.references}", which has no core model`);
      for (const k of parent.natural_key.slice(1)) {
        if (!c.columns.some((x) => x.name === k))
          throw new ContractError(
            `${c.file}: column "${col.name}" references "${col.references}", whose key also needs "${k}", which this stream lacks`,
          );
      }
    }
  }
}

/** The Singer stream name and raw table name: `<source>_<stream>`. */
export function streamName(c: Contract): string {
  return `${c.source}_${c.stream}`;
}

/** The contract's path in the repository (`contracts/<source>/<stream>.yaml`), as a person editing it writes it. */
export function contractPath(c: Contract): string {
  const at = c.file.lastIndexOf('contracts/');
  return at >= 0 ? c.file.slice(at) : c.file;
}

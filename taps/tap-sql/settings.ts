// tap-sql settings, declared once (config parsing, --about and meltano.yml derive from this).
import type { Settings } from '../../kit/singer/settings.js';
import type { ColumnType } from '../../kit/contracts/contract.js';
import type { TableOverride, Tier } from './discovery.js';

export const PLUGIN = 'tap-sql';

/** A named SQL template read as an extra stream; `:since` and `:until` are bound as parameters. */
export interface QueryStream {
  sql: string;
  /** output column → contract type (declared: a template's result has no catalog to discover it from) */
  columns: Record<string, ColumnType>;
  key_properties?: string[];
  /** the output column the bookmark follows; `:since` is its last value, `:until` the run's frozen upper bound */
  replication_key?: string;
}

export interface SoftDelete {
  column: string;
  /** values (as text) that mean "deleted": the record gets `_sdc_deleted_at` */
  values: string[];
}

export interface SqlConfig {
  dialect: string;
  url?: string;
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  database?: string;
  secrets_env_prefix?: string;
  tls: 'off' | 'verify' | 'no-verify';
  tls_ca?: string;
  source: string;
  schemas: string[];
  tables: string[];
  exclude_tables: string[];
  mode: 'incremental' | 'full' | 'range';
  range_from?: string;
  range_to?: string;
  tiers_to_run: Tier[];
  batch_rows: number;
  max_workers: number;
  statement_timeout_seconds: number;
  connect_timeout_seconds: number;
  lag_seconds: number;
  lookback_seconds: number;
  binary: 'base64' | 'exclude';
  tiers: Record<string, Tier>;
  overrides: Record<string, TableOverride>;
  soft_deletes: Record<string, SoftDelete>;
  reconcile_tables: string[];
  warehouse_url?: string;
  warehouse_schema: string;
  queries: Record<string, QueryStream>;
  critical_min_rows: number;
  reference_max_rows: number;
  validate_cursors: boolean;
  /** the source's committed contracts (default contracts/<source>/): the stream names they give tables are kept */
  contracts_dir?: string;
  decimal_multiple_of: 'always' | 'up_to_28_digits';
  /** the kit's batch lane setting (kit/singer/batch.ts BATCH_SETTINGS), parsed by parseBatchConfig */
  batch_config?: unknown;
}

export const settings: Settings = [
  {
    name: 'dialect',
    kind: 'options',
    options: ['postgres', 'mysql', 'mssql', 'oracle'],
    required: true,
    description: 'Source database family.',
  },
  {
    name: 'url',
    kind: 'password',
    sensitive: true,
    description: 'Connection URL (postgres://…, mysql://…); may carry the password, so it is read from the environment only.',
  },
  { name: 'host', kind: 'string', description: 'Host (overrides the URL).' },
  { name: 'port', kind: 'integer', description: 'Port (overrides the URL).' },
  { name: 'user', kind: 'string', description: 'User: give it read-only grants; the session is read-only as well.' },
  { name: 'password', kind: 'password', sensitive: true, description: 'Password.' },
  { name: 'database', kind: 'string', description: 'Database (MySQL: the schema to read when `schemas` is empty).' },
  {
    name: 'secrets_env_prefix',
    kind: 'string',
    description:
      'Also read the secrets from <PREFIX>_URL, <PREFIX>_PASSWORD, <PREFIX>_TLS_CA, so two sources (tap-sql--opendental, tap-sql--polyclinic) keep apart.',
  },
  { name: 'tls', kind: 'options', options: ['off', 'verify', 'no-verify'], default: 'off', description: 'TLS to the source.' },
  { name: 'tls_ca', kind: 'password', sensitive: true, description: 'PEM of a CA to trust (tls verify).' },
  { name: 'source', kind: 'string', required: true, description: 'Source name: contracts/<source>/, raw.<source>_<table>.' },
  { name: 'schemas', kind: 'array', default: [], description: 'Schemas (MySQL databases) to read; empty: the database setting, else all.' },
  { name: 'tables', kind: 'array', default: [], description: 'Table globs (`patient`, `hist*`, `public.*`); empty: every table.' },
  { name: 'exclude_tables', kind: 'array', default: [], description: 'Table globs left out.' },
  {
    name: 'mode',
    kind: 'options',
    options: ['incremental', 'full', 'range'],
    default: 'incremental',
    description:
      'incremental: keyset on (cursor, pk) from the bookmark; full: every row paged by primary key under one snapshot; range: range_from ≤ cursor < range_to, bookmarks untouched.',
  },
  { name: 'range_from', kind: 'string', description: 'range mode: lower bound (inclusive) on the incremental column.' },
  { name: 'range_to', kind: 'string', description: 'range mode: upper bound (exclusive) on the incremental column.' },
  {
    name: 'tiers_to_run',
    kind: 'array',
    default: ['critical', 'important', 'audit', 'reference'],
    description: 'Tiers this run reads, in this order (e.g. [reference] for the monthly refresh).',
  },
  {
    name: 'batch_rows',
    kind: 'integer',
    default: 10000,
    description: 'Rows per page at most (wide tables get fewer: about 8 MiB a page).',
  },
  { name: 'max_workers', kind: 'integer', default: 4, description: 'Critical tables read in parallel, one connection each.' },
  { name: 'statement_timeout_seconds', kind: 'integer', default: 3600, description: 'Per statement on the source (0: none).' },
  {
    name: 'connect_timeout_seconds',
    kind: 'integer',
    default: 30,
    description: 'Connect timeout; connects are tried 3 times, backing off.',
  },
  {
    name: 'lag_seconds',
    kind: 'integer',
    default: 300,
    description: 'The run reads cursors below (source clock at start − lag): transactions still open then commit older stamps.',
  },
  {
    name: 'lookback_seconds',
    kind: 'integer',
    default: 0,
    description: 'Re-read this far behind the bookmark each run (rows land again).',
  },
  {
    name: 'binary',
    kind: 'options',
    options: ['base64', 'exclude'],
    default: 'base64',
    description: 'Binary columns as base64 text, or left out.',
  },
  { name: 'tiers', kind: 'object', default: {}, description: 'Tier per table, overriding the profile: {"paysplit": "critical"}.' },
  {
    name: 'overrides',
    kind: 'object',
    default: {},
    description:
      'Per table: {"sheetfield": {"strategy": "full"}, "securitylog": {"cursor": "SecurityLogNum", "strategy": "append", "batch_rows": 5000}}.',
  },
  {
    name: 'soft_deletes',
    kind: 'object',
    default: {},
    description: 'Per table, the status meaning deleted: {"procedurelog": {"column": "ProcStatus", "values": ["6"]}} → _sdc_deleted_at.',
  },
  {
    name: 'reconcile_tables',
    kind: 'array',
    default: [],
    description: 'Tables that can hard-delete: their keys are compared (sorted chunks) with the warehouse; missing ones become tombstones.',
  },
  {
    name: 'warehouse_url',
    kind: 'password',
    sensitive: true,
    description:
      'PostgreSQL URL of the warehouse whose raw tables reconciliation compares against (env only; default DATABASE_URL, as the target).',
  },
  { name: 'warehouse_schema', kind: 'string', default: 'raw', description: 'Schema of raw.<source>_<stream> in the warehouse.' },
  {
    name: 'queries',
    kind: 'object',
    default: {},
    description:
      'Named SQL templates as extra streams: {"visits": {"sql": "SELECT … WHERE t >= :since AND t < :until", "columns": {"id": "integer"}, "key_properties": ["id"], "replication_key": "t"}}.',
  },
  { name: 'critical_min_rows', kind: 'integer', default: 1000000, description: 'Profile: tables from this many rows are critical.' },
  {
    name: 'reference_max_rows',
    kind: 'integer',
    default: 5000,
    description: 'Profile: tables up to this many rows without an update cursor are reference.',
  },
  {
    name: 'validate_cursors',
    kind: 'boolean',
    default: true,
    description: 'Profile: check cursor candidates for NULLs and future values.',
  },
  {
    name: 'contracts_dir',
    kind: 'string',
    description:
      "The source's committed contracts (default contracts/<source>/ of this installation): a table keeps the stream name its contract gives it (the contract's staging reads that raw table).",
  },
  {
    name: 'decimal_multiple_of',
    kind: 'options',
    options: ['always', 'up_to_28_digits'],
    default: 'always',
    description:
      "Decimal columns with a declared scale carry multipleOf 10^-scale in their SCHEMA: always (our targets size DECIMAL(p,s) and check the scale from it), or only up to 28 digits of precision, for targets that check it on Python's Decimal (target-jsonl, singer-sdk targets: a 29-digit value raises DivisionImpossible). Values are exact either way.",
  },
];

// target-postgres-medi settings, declared once: config parsing, --about and meltano.yml derive from this.
import type { Settings } from '../../kit/singer/settings.js';

export const PLUGIN = 'target-postgres-medi';

export const settings: Settings = [
  {
    name: 'database_url',
    kind: 'password',
    sensitive: true,
    description:
      'PostgreSQL connection URL; when empty, host/port/user/password/database are used, else DATABASE_URL, else the embedded server.',
  },
  { name: 'host', kind: 'string', description: 'PostgreSQL host (when database_url is not set).' },
  { name: 'port', kind: 'integer', description: 'PostgreSQL port.', default: 5432 },
  { name: 'user', kind: 'string', description: 'PostgreSQL user.' },
  { name: 'password', kind: 'password', sensitive: true, description: 'PostgreSQL password.' },
  { name: 'database', kind: 'string', description: 'PostgreSQL database.' },
  { name: 'default_target_schema', kind: 'string', description: 'Schema every stream lands in.', default: 'raw' },
  {
    name: 'load_method',
    kind: 'options',
    options: ['upsert', 'append-only'],
    description:
      'upsert: a stream with key_properties is merged on them, last record wins (a re-sent record replaces its row); streams without keys, and streams whose SCHEMA carries x-medi-append-only (our taps), append. append-only: every record is a new row.',
    default: 'upsert',
  },
  { name: 'validate_records', kind: 'boolean', description: 'Validate each record against its SCHEMA (ajv).', default: true },
  {
    name: 'invalid_record_action',
    kind: 'options',
    options: ['fail', 'reject'],
    description: 'On an invalid record: fail the run, or land it in <table>__rejects with the reasons.',
    default: 'fail',
  },
  {
    name: 'batch_size_rows',
    kind: 'integer',
    description: 'Rows buffered (across streams) before a COPY batch is committed.',
    default: 100000,
  },
  {
    name: 'batch_size_bytes',
    kind: 'integer',
    description: 'Encoded bytes buffered before a COPY batch is committed.',
    default: 32 * 1024 * 1024,
  },
  {
    name: 'batch_max_age_seconds',
    kind: 'integer',
    description: 'Commit buffered rows at least this often, so state keeps moving on slow streams.',
    default: 60,
  },
  {
    name: 'hard_delete',
    kind: 'boolean',
    description: 'On ACTIVATE_VERSION, delete rows of older versions instead of setting _sdc_deleted_at.',
    default: false,
  },
  { name: 'add_record_metadata', kind: 'boolean', description: 'Add _sdc_* lineage columns to every table.', default: true },
  {
    name: 'sanitize_null_text_characters',
    kind: 'boolean',
    description: 'Replace NUL (\\u0000) in text with U+FFFD instead of failing.',
    default: false,
  },
  {
    name: 'invalid_utf8',
    kind: 'options',
    options: ['warn', 'fail'],
    default: 'warn',
    description:
      'Input bytes that are not UTF-8: warn (each invalid sequence is loaded as U+FFFD, counted per stream on stderr and in ' +
      'etl.load_runs.streams) or fail the run naming the line and stream.',
  },
  {
    name: 'fast_path',
    kind: 'boolean',
    description:
      'Check and encode RECORD lines straight from their bytes when the stream schema allows (same outcome, ~3x less CPU); off: every line is JSON-parsed.',
    default: true,
  },
  {
    name: 'copy_format',
    kind: 'options',
    options: ['auto', 'binary', 'text'],
    description:
      'binary (and auto, the same): rows the fast path takes go to PostgreSQL in binary COPY form where every column type has one (about 40% less server CPU than text, and less CPU in all counting the target: bench:target numeric shape); values whose binary form is not certain still go as text; text: always COPY text.',
    default: 'auto',
  },
  { name: 'run_migrations', kind: 'boolean', description: 'Apply warehouse migrations (idempotent) before loading.', default: true },
];

export interface TargetConfig {
  database_url?: string;
  host?: string;
  port: number;
  user?: string;
  password?: string;
  database?: string;
  default_target_schema: string;
  load_method: 'append-only' | 'upsert';
  validate_records: boolean;
  invalid_record_action: 'fail' | 'reject';
  batch_size_rows: number;
  batch_size_bytes: number;
  batch_max_age_seconds: number;
  hard_delete: boolean;
  add_record_metadata: boolean;
  sanitize_null_text_characters: boolean;
  invalid_utf8: 'warn' | 'fail';
  fast_path: boolean;
  copy_format: 'auto' | 'binary' | 'text';
  run_migrations: boolean;
}

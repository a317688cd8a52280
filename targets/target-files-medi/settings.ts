// target-files-medi settings, declared once: config parsing, --about and meltano.yml derive from this.
import type { Settings } from '../../kit/singer/settings.js';

export const PLUGIN = 'target-files-medi';

export const FORMATS = ['parquet', 'csv', 'jsonl', 'xlsx'] as const;
export type FileFormat = (typeof FORMATS)[number];

export const settings: Settings = [
  {
    name: 'root',
    kind: 'string',
    required: true,
    description: 'Where files go: a local folder, or s3://bucket/prefix (credentials from the AWS environment variables).',
  },
  { name: 's3_endpoint_url', kind: 'string', description: 'S3-API endpoint for an s3:// root other than AWS (path-style addressing).' },
  { name: 's3_region', kind: 'string', description: 'AWS region of an s3:// root (default: AWS_REGION, else us-east-1).' },
  { name: 'zone', kind: 'string', description: 'First folder under the root: raw, interim, processed, ...', default: 'raw' },
  {
    name: 'source',
    kind: 'string',
    description:
      'Second folder: the source system. Empty: the extractor\'s own `source` setting (MELTANO_EXTRACT_SOURCE), else its namespace (MELTANO_EXTRACTOR_NAMESPACE without its tap_ prefix and __ suffix), else "singer".',
  },
  {
    name: 'format',
    kind: 'options',
    options: [...FORMATS],
    description: 'File format of every stream (xlsx: small extracts only, at most 1,048,575 rows per file).',
    default: 'parquet',
  },
  {
    name: 'compression',
    kind: 'options',
    options: ['zstd', 'snappy', 'gzip', 'none'],
    description:
      'Parquet: zstd or snappy (default zstd). CSV and JSONL: gzip or none (default none). XLSX: none (the file is a zip already).',
  },
  {
    name: 'partition_by',
    kind: 'object',
    description:
      'Per stream, the date a record is filed under: a record property (date or date-time; its UTC date) or "_extracted" ' +
      '(the record\'s time_extracted, else the run\'s start). Key "*" for every other stream. Folder: <property>_date=YYYY-MM-DD.',
    default: { '*': '_extracted' },
  },
  {
    name: 'retention_days',
    kind: 'object',
    description:
      'Per zone, days a partition is kept: after a successful run, partitions whose date is older are removed whole (logged); ' +
      'a partition holding a file of an unfinished batch is left alone. Example {"raw": 30}.',
    default: {},
  },
  {
    name: 'decimal_default',
    kind: 'string',
    description:
      'precision,scale for a "number" property whose schema gives no multipleOf/maximum (the contract or tap sets them); a value that does not fit fails naming its column.',
    default: '38,9',
  },
  {
    name: 'batch_size_rows',
    kind: 'integer',
    description: 'Rows (covered by a STATE) gathered before a batch of files is written and committed.',
    default: 100_000,
  },
  {
    name: 'batch_max_age_seconds',
    kind: 'integer',
    description: 'Commit at least this often, so state keeps moving on slow streams.',
    default: 300,
  },
  {
    name: 'work_dir',
    kind: 'string',
    description: 'Local folder for the spool files of the batch being gathered (default: the system temp folder).',
  },
  {
    name: 'fast_path',
    kind: 'boolean',
    description:
      'Check and spool RECORD lines straight from their bytes, DuckDB parsing the JSON (same files, several times less CPU); off: every line is JSON-parsed in Node.',
    default: true,
  },
  {
    name: 'lock_wait_seconds',
    kind: 'integer',
    description:
      'One run at a time per zone and source (the lock <root>/<zone>/<source>/.lock): seconds a run waits for another one holding it to finish before failing; 0 fails at once, naming the holder.',
    default: 0,
  },
  {
    name: 'lock_heartbeat_seconds',
    kind: 'integer',
    description: 'How often a run refreshes its lock (a local lock: its mtime; S3: the object is rewritten).',
    default: 30,
  },
  {
    name: 'lock_stale_seconds',
    kind: 'integer',
    description:
      'A lock not refreshed for this long is stale and taken over (logged); must exceed twice lock_heartbeat_seconds. A holder on the same host whose process is gone is stale at once.',
    default: 120,
  },
  { name: 'duckdb_memory_limit', kind: 'string', description: "DuckDB's memory_limit while writing files.", default: '160MB' },
  {
    name: 'duckdb_threads',
    kind: 'integer',
    description:
      "DuckDB's threads while writing files. One: DuckDB writes a batch while the target reads and checks the next one on another core (a second DuckDB thread measured no faster; bench:files at 1M records: 10-25% more CPU).",
    default: 1,
  },
  {
    name: 'parquet_row_group_size',
    kind: 'integer',
    description:
      'Rows per Parquet row group: DuckDB holds a row group per thread in memory while writing it (bench:files peak RSS at 1M records: ~185-200 MB with 20,000 or 30,000, whose files are ~3.5% smaller; ~215-225 MB with 60,000 or 122,880; same CPU).',
    default: 20_000,
  },
  {
    name: 'csv_neutralise_formulas',
    kind: 'boolean',
    description:
      'CSV: a text cell starting with = + - @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet ' +
      'opening the file shows it as text instead of running it as a formula (HYPERLINK, DDE). Changes those values: for ' +
      'files people open in Excel, not for files programs read.',
    default: false,
  },
];

export interface FilesConfig {
  root: string;
  s3_endpoint_url?: string;
  s3_region?: string;
  zone: string;
  source?: string;
  format: FileFormat;
  compression?: 'zstd' | 'snappy' | 'gzip' | 'none';
  partition_by: Record<string, string>;
  retention_days: Record<string, number>;
  decimal_default: string;
  batch_size_rows: number;
  batch_max_age_seconds: number;
  work_dir?: string;
  fast_path: boolean;
  lock_wait_seconds: number;
  lock_heartbeat_seconds: number;
  lock_stale_seconds: number;
  duckdb_memory_limit: string;
  duckdb_threads: number;
  parquet_row_group_size: number;
  csv_neutralise_formulas: boolean;
}

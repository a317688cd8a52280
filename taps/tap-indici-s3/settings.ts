// tap-indici-s3 settings, declared once (config parsing, --about and meltano.yml derive from this).
import type { Settings } from '../../kit/singer/settings.js';

export const PLUGIN = 'tap-indici-s3';

export const settings: Settings = [
  { name: 'bucket', kind: 'string', required: true, description: 'S3 bucket holding the Indici extracts.' },
  { name: 'prefix', kind: 'string', default: '', description: 'Key prefix to list under.' },
  { name: 'region', kind: 'string', default: 'ap-southeast-2', description: 'AWS region.' },
  {
    name: 'endpoint_url',
    kind: 'string',
    description: 'Any S3-compatible endpoint (MinIO, moto, …); path-style addressing is used with it.',
  },
  { name: 'per_org_ids', kind: 'array', default: [], description: 'Only these PerOrgIDs (empty: all).' },
  { name: 'practice_ids', kind: 'array', default: [], description: 'Only these PracticeIDs (empty: all).' },
  {
    name: 'mode',
    kind: 'options',
    options: ['incremental', 'latest', 'backfill'],
    default: 'incremental',
    description:
      'incremental: every batch not processed yet, oldest first (a missed night or a first run over months of deliveries loses nothing); latest: only the newest DateExtracted batch per extract type, older batches never read are skipped with a warning; backfill: every batch in the backfill range, oldest first.',
  },
  { name: 'backfill_from', kind: 'string', description: 'Backfill: first DateExtracted (YYMMDDHHMM), inclusive.' },
  { name: 'backfill_to', kind: 'string', description: 'Backfill: last DateExtracted (YYMMDDHHMM), inclusive.' },
  { name: 'backfill_prefix', kind: 'string', description: 'Backfill: only keys under this prefix.' },
  {
    name: 'extract_flags',
    kind: 'object',
    default: {},
    description: 'Per extract type (file token): {"enabled": bool, "full": bool, "delta": bool}; a full load spans 24 h or more.',
  },
  {
    name: 'encoding',
    kind: 'options',
    options: ['auto', 'utf16le', 'utf16be', 'utf8', 'windows1252'],
    default: 'auto',
    description:
      'File encoding; auto reads the byte-order mark, or without one recognises UTF-16 by its zero bytes, else reads UTF-8 unless the first non-ASCII byte is no valid UTF-8 (then Windows-1252).',
  },
  {
    name: 'layout',
    kind: 'options',
    options: ['auto', 'production', 'email'],
    default: 'auto',
    description: 'Separators; production = field |^^| row |~~|, email = field |~~| row |^^|; auto detects per file.',
  },
  {
    name: 'file_failures',
    kind: 'options',
    options: ['fail_run', 'continue'],
    default: 'fail_run',
    description:
      'A file that cannot be read (fits no layout, unreadable object) never stops the others; fail_run then exits 1, continue exits 0 so the job goes on to its transform. Either way the file is logged as an error, recorded as failed in etl.load_run_files and read again next run.',
  },
  {
    name: 'ragged_rows',
    kind: 'options',
    options: ['reject', 'fail'],
    default: 'reject',
    description: 'A row with the wrong field count: reject it (with its text) or fail the file.',
  },
  {
    name: 'reprocess',
    kind: 'array',
    default: [],
    description:
      "Recovery: S3 keys (or key@versionId) to load again although already processed. The target replaces the file's earlier rows in one transaction; each request is honoured once (kept in state), so it can stay in config.",
  },
  {
    name: 'concurrency',
    kind: 'integer',
    default: 4,
    description: 'Objects downloaded and hashed in parallel ahead of the one being emitted (1 = one at a time).',
  },
  {
    name: 'download',
    kind: 'options',
    options: ['spool', 'twice'],
    default: 'spool',
    description:
      "How an object's rows follow its SHA-256 (which every row carries, so it is known before the first row goes out). spool: one read, copied to a temporary file while hashing, rows read from the file (needs the object's size free in the temp folder). twice: read once to hash, then again (pinned to the same version, or by If-Match to the same ETag) while the rows go out: no temporary file and the rows start sooner, but twice the bytes read from S3 (free within an AWS region, billed across regions or to the internet).",
  },
  {
    name: 'name_widths',
    kind: 'object',
    default: { per_org: 6, practice: 3 },
    description: 'Digit widths of PerOrgID and PracticeID in run-together file names.',
  },
];

export interface IndiciConfig {
  bucket: string;
  prefix: string;
  region: string;
  endpoint_url?: string;
  per_org_ids: string[];
  practice_ids: string[];
  mode: 'incremental' | 'latest' | 'backfill';
  backfill_from?: string;
  backfill_to?: string;
  backfill_prefix?: string;
  extract_flags: Record<string, { enabled?: boolean; full?: boolean; delta?: boolean }>;
  encoding: 'auto' | 'utf16le' | 'utf16be' | 'utf8' | 'windows1252';
  layout: 'auto' | 'production' | 'email';
  ragged_rows: 'reject' | 'fail';
  file_failures: 'fail_run' | 'continue';
  name_widths: { per_org: number; practice: number };
  reprocess: string[];
  concurrency: number;
  download: 'spool' | 'twice';
}

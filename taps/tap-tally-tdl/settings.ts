// tap-tally-tdl settings, declared once (config parsing, --about and meltano.yml derive from this).
import type { Settings } from '../../kit/singer/settings.js';

export const PLUGIN = 'tap-tally-tdl';

export const settings: Settings = [
  {
    name: 'url',
    kind: 'string',
    default: 'http://127.0.0.1:9000',
    description: 'Tally XML server (Exchange > Data Synchronization; default port 9000, empty path).',
  },
  {
    name: 'companies',
    kind: 'array',
    default: [],
    description: 'Exact company names to sync (empty: every open company). A name that is not open fails the run.',
  },
  {
    name: 'encoding',
    kind: 'options',
    options: ['utf16', 'utf8'],
    default: 'utf16',
    description: 'Request encoding; Tally answers in the same one. UTF-16 keeps symbols such as ₹ intact.',
  },
  {
    name: 'voucher_batch_size',
    kind: 'integer',
    default: 5000,
    description: 'At most this many vouchers per request: consecutive days are packed up to it from per-day counts.',
  },
  { name: 'request_timeout_seconds', kind: 'integer', default: 30, description: 'Timeout for each request (headers and body).' },
  {
    name: 'retries',
    kind: 'integer',
    default: 3,
    description: 'Retries after a transport error, timeout or 5xx, with exponential backoff.',
  },
  { name: 'retry_base_ms', kind: 'integer', default: 1000, description: 'First backoff; doubles each retry.' },
  {
    name: 'quarantine_max_bytes',
    kind: 'integer',
    default: 16777216,
    description: 'An unparseable reply is quarantined with at most this many bytes of its body (size and SHA-256 always recorded).',
  },
  {
    name: 'deletion_sweep',
    kind: 'boolean',
    default: true,
    description: 'When the books changed, list GUID + MasterID + AlterID of every object and emit those that disappeared.',
  },
];

export interface TallyConfig {
  url: string;
  companies: string[];
  encoding: 'utf16' | 'utf8';
  voucher_batch_size: number;
  request_timeout_seconds: number;
  retries: number;
  retry_base_ms: number;
  quarantine_max_bytes: number;
  deletion_sweep: boolean;
}

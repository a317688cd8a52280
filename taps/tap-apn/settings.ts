// tap-apn settings, declared once (config parsing, --about and meltano.yml derive from this). Credentials are
// not settings: the AWS SDK's standard chain finds them (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE,
// SSO, web identity, instance or container role).
import type { Settings } from '../../kit/singer/settings.js';

export const PLUGIN = 'tap-apn';

export const settings: Settings = [
  {
    name: 'catalogs',
    kind: 'array',
    default: ['AWS'],
    description: 'Partner Central catalogs to read: AWS (real data) and/or Sandbox (test data); Catalog is in every key.',
  },
  { name: 'region', kind: 'string', default: 'us-east-1', description: 'AWS region of the Partner Central endpoints.' },
  {
    name: 'endpoint_url',
    kind: 'string',
    description: 'Endpoint override for both the Selling and the Benefits API (a simulator); unset: the AWS endpoints.',
  },
  {
    name: 'start_date',
    kind: 'string',
    description: 'First sync of opportunities: only those modified at or after this ISO 8601 instant (unset: all).',
  },
  { name: 'page_size', kind: 'integer', default: 100, description: 'MaxResults on every list call (1..100).' },
  {
    name: 'reads_per_second',
    kind: 'integer',
    default: 10,
    description: 'Pace: at most this many Partner Central calls per second (the read quota is 10/s per partner account).',
  },
  {
    name: 'max_retries',
    kind: 'integer',
    default: 6,
    description: 'Retries after ThrottlingException, InternalServerException or a transport error.',
  },
  {
    name: 'retry_base_ms',
    kind: 'integer',
    default: 500,
    description: 'First backoff after a throttle; doubles each retry (with jitter).',
  },
  {
    name: 'daily_call_budget',
    kind: 'integer',
    default: 50000,
    description:
      'Calls this tap may make in any 24 h (the account quota is 100,000 reads shared with other tools). A run whose ' +
      'planned calls (the last run per stream) plus the calls of the last 24 h exceed it is refused before its first call; ' +
      'a run that reaches it stops with an error.',
  },
  {
    name: 'first_run_call_estimate',
    kind: 'integer',
    default: 10,
    description: 'Planned calls for a stream and catalog that has no earlier run to measure.',
  },
  {
    name: 'allocation_details',
    kind: 'options',
    options: ['changed', 'active', 'all'],
    default: 'active',
    description:
      'GetBenefitAllocation for allocations whose summary changed (changed), also for every ACTIVE one whose amounts may ' +
      'move without the summary changing (active), or for all (all).',
  },
  {
    name: 'invitation_participant_types',
    kind: 'array',
    default: ['RECEIVER'],
    description: 'ParticipantType values to list engagement invitations for (the API requires one per call).',
  },
  {
    name: 'deletion_check',
    kind: 'integer',
    default: 1440,
    description:
      'Minutes between full opportunity id listings (ListOpportunities without a date filter, one call per page_size ids): ' +
      'an opportunity no longer listed becomes a tombstone; 0 every run, -1 never. The other streams are listed whole every run ' +
      'and send tombstones for vanished ids always. Skipped (and tried next run) when its calls do not fit the budget left.',
  },
  { name: 'request_timeout_seconds', kind: 'integer', default: 30, description: 'Timeout of each call.' },
  {
    name: 'export_path',
    kind: 'string',
    description:
      'Folder of Partner Central export files (funding_claims*, claim_payments*, funding_request_history*, end_users*, partner_users*; .csv or .xlsx).',
  },
  {
    name: 'export_s3_uri',
    kind: 'string',
    description: 'Or an S3 prefix holding them: s3://bucket/prefix/ (credentials from the AWS chain).',
  },
  { name: 'export_s3_region', kind: 'string', default: 'us-east-1', description: 'Region of the export bucket.' },
  { name: 'export_s3_endpoint_url', kind: 'string', description: 'S3 endpoint override (a test server).' },
];

export interface ApnConfig {
  catalogs: string[];
  region: string;
  endpoint_url?: string;
  start_date?: string;
  page_size: number;
  reads_per_second: number;
  max_retries: number;
  retry_base_ms: number;
  daily_call_budget: number;
  first_run_call_estimate: number;
  allocation_details: 'changed' | 'active' | 'all';
  invitation_participant_types: string[];
  deletion_check: number;
  request_timeout_seconds: number;
  export_path?: string;
  export_s3_uri?: string;
  export_s3_region: string;
  export_s3_endpoint_url?: string;
}

// tap-hims settings, declared once (config parsing, --about and meltano.yml derive from this).
import type { Settings } from '../../kit/singer/settings.js';

export const PLUGIN = 'tap-hims';

/** The plain-REST endpoints of the simulated vendor API; a real vendor's go in `rest_endpoints`. */
export const DEFAULT_REST_ENDPOINTS: Record<string, RestEndpoint> = {
  patients: { path: '/api/v1/patients', fields: { birth_date: 'dob' } },
  practitioners: { path: '/api/v1/practitioners' },
  medications: { path: '/api/v1/medications' },
  appointments: { path: '/api/v1/appointments' },
  encounters: { path: '/api/v1/encounters' },
  invoices: { path: '/api/v1/invoices' },
  charge_items: { path: '/api/v1/charge-items' },
  medication_dispenses: { path: '/api/v1/dispenses' },
};

export interface RestEndpoint {
  path: string;
  /** where the records are in the reply: a dotted path, or '' for a top-level array (default data) */
  records_path?: string;
  cursor_param?: string;
  cursor_field?: string;
  /** page: page + limit; cursor: the reply's meta.next_cursor sent back as `cursor` */
  pagination?: 'page' | 'cursor';
  /** the parameter that bounds the list from above (e.g. updated_before), when the API has one: sent as the run's start */
  upper_bound_param?: string;
  /** contract column → vendor field (dotted path) where they differ */
  fields?: Record<string, string>;
  version_field?: string;
  deleted_field?: string;
}

export const settings: Settings = [
  {
    name: 'flavour',
    kind: 'options',
    options: ['fhir', 'rest'],
    default: 'fhir',
    description: 'fhir: HL7 FHIR R4 search with Bundle next links; rest: the vendor JSON API in rest_endpoints.',
  },
  { name: 'base_url', kind: 'string', required: true, description: 'FHIR base (…/fhir) or the REST API root.' },
  {
    name: 'auth_type',
    kind: 'options',
    options: ['none', 'api_key', 'bearer', 'oauth2'],
    default: 'none',
    description:
      'How requests authenticate. oauth2: the OAuth 2.0 client-credentials grant at token_url (client_id, client_secret, scope); the token is fetched again before it expires, and once more after a 401.',
  },
  { name: 'api_key', kind: 'password', sensitive: true, description: 'API key (auth_type api_key).' },
  { name: 'api_key_header', kind: 'string', default: 'x-api-key', description: 'Header carrying the API key.' },
  { name: 'api_key_prefix', kind: 'string', default: '', description: 'Prefix before the key in its header, e.g. "ApiKey ".' },
  { name: 'bearer_token', kind: 'password', sensitive: true, description: 'Bearer token (auth_type bearer).' },
  { name: 'token_url', kind: 'string', description: "The authorization server's token endpoint (auth_type oauth2)." },
  { name: 'client_id', kind: 'string', description: 'OAuth 2.0 client id (auth_type oauth2).' },
  {
    name: 'client_secret',
    kind: 'password',
    sensitive: true,
    description: 'OAuth 2.0 client secret (auth_type oauth2), sent by HTTP Basic.',
  },
  {
    name: 'scope',
    kind: 'string',
    description: 'OAuth 2.0 scope asked for, e.g. "system/Patient.read system/Encounter.read" (auth_type oauth2).',
  },
  {
    name: 'extra_headers',
    kind: 'object',
    sensitive: true,
    default: {},
    description: 'More headers for every request (tenant, facility…); sensitive, as it may carry Authorization.',
  },
  { name: 'start_date', kind: 'string', description: 'First sync: only resources updated at or after this instant.' },
  { name: 'page_size', kind: 'integer', default: 200, description: '_count (FHIR) or limit (REST) per page; servers may cap it.' },
  {
    name: 'deletions',
    kind: 'boolean',
    default: true,
    description: 'FHIR: read _history since the bookmark for DELETE entries; REST: records with the deleted field.',
  },
  { name: 'source_time_zone', kind: 'string', default: 'UTC', description: 'IANA zone for timestamps without an offset (FHIR and REST).' },
  {
    name: 'lookback_seconds',
    kind: 'integer',
    default: 300,
    description:
      'Each run re-reads this far before the bookmark, for versions committed late with an earlier timestamp; ' +
      'versions already sent are skipped.',
  },
  {
    name: 'overlap_seconds',
    kind: 'integer',
    default: 1,
    description: 'REST page numbers: each next page is read from the last row read less this much; rows read twice are skipped.',
  },
  {
    name: 'trusted_link_origins',
    kind: 'array',
    default: [],
    description:
      'Origins (scheme://host:port) besides base_url\'s that a Bundle "next" link may point to, e.g. the public ' +
      'address of a server behind a proxy. A link elsewhere fails the stream: the request would carry the credentials.',
  },
  { name: 'request_timeout_seconds', kind: 'integer', default: 30, description: 'Timeout for each request.' },
  { name: 'retries', kind: 'integer', default: 3, description: 'Retries after 429, 5xx, timeouts and transport errors.' },
  { name: 'retry_base_ms', kind: 'integer', default: 1000, description: 'First backoff; doubles each retry (Retry-After wins when sent).' },
  { name: 'max_retry_after_seconds', kind: 'integer', default: 120, description: 'Longest Retry-After honoured before failing.' },
  {
    name: 'rest_endpoints',
    kind: 'object',
    default: DEFAULT_REST_ENDPOINTS,
    description:
      'REST: per stream (patients, appointments…) {path, records_path, cursor_param, cursor_field, pagination, ' +
      'upper_bound_param, fields, version_field, deleted_field}.',
  },
];

export interface HimsConfig {
  flavour: 'fhir' | 'rest';
  base_url: string;
  auth_type: 'none' | 'api_key' | 'bearer' | 'oauth2';
  api_key?: string;
  api_key_header: string;
  api_key_prefix: string;
  bearer_token?: string;
  token_url?: string;
  client_id?: string;
  client_secret?: string;
  scope?: string;
  extra_headers: Record<string, string>;
  start_date?: string;
  page_size: number;
  deletions: boolean;
  source_time_zone: string;
  lookback_seconds: number;
  overlap_seconds: number;
  trusted_link_origins: string[];
  request_timeout_seconds: number;
  retries: number;
  retry_base_ms: number;
  max_retry_after_seconds: number;
  rest_endpoints: Record<string, RestEndpoint>;
}

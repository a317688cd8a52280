// An AWS Partner Central simulator speaking awsJson1_0 as the real SDK clients do (shared/sources/apn.md):
// `POST /` with `Content-Type: application/x-amz-json-1.0` and `X-Amz-Target: AWSPartnerCentralSelling.<Op>` or
// `PartnerCentralBenefitsService.<Op>`; a SigV4 `Authorization` header is required and checked for its shape
// (any access key and signature are accepted); errors are `{"__type": "<Name>", "message": …}` with the status
// the service uses. Catalog (AWS | Sandbox) is required on every call and picks the store. Paging by opaque
// NextToken bound to the request it came from; ListOpportunities' LastModifiedDate filter is inclusive
// (AfterLastModifiedDate ≤ LastModifiedDate) as AWS documents it. ThrottlingException on demand
// (`throttleNext`) and above a per-second read rate (`ratePerSecond`), as the quota table says.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { CatalogStore, CATALOGS, type CatalogName, type StoreSize } from './data.js';
import { odooLinks, type OdooLink } from './odoo-link.js';
import type { Orm } from '../odoo/orm.js';

type J = Record<string, any>;

export interface ApnSimOptions {
  size?: Partial<Record<CatalogName, StoreSize>>;
  /** the first `links` AWS opportunities belong to leads of this Odoo simulator's data (sim/apn/odoo-link.ts) */
  odoo?: { orm: Orm; links: number };
  /** reads allowed per second (the quota: 10); more answer ThrottlingException. 0: unlimited */
  ratePerSecond?: number;
  /** page cap whatever MaxResults asks */
  maxPage?: number;
  /** catalogs this partner account may not read: AccessDeniedException (403) */
  deny?: CatalogName[];
  /** rewrite an answer before it is sent (a service sending a value its model does not promise) */
  alter?: (operation: string, body: J) => J;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly extra: J = {},
  ) {
    super(message);
  }
}

const SELLING = 'AWSPartnerCentralSelling';
const BENEFITS = 'PartnerCentralBenefitsService';
// SigV4: AWS4-HMAC-SHA256 Credential=<key>/<yyyymmdd>/<region>/<service>/aws4_request, SignedHeaders=…, Signature=<64 hex>
const SIGV4 =
  /^AWS4-HMAC-SHA256 Credential=([^/\s]+)\/(\d{8})\/([a-z0-9-]+)\/(partnercentral-selling|partnercentral-benefits)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=[0-9a-f]{64}$/;

// The enum-typed request members of the operations simulated, with the value sets of AWS's model (botocore
// partnercentral-selling 2022-07-26 and partnercentral-benefits service-2.json): the service rejects any other
// spelling before the operation runs, so a tap sending one fails here as it would there. `[]`: a list's members.
const SORT_ORDER = ['ASCENDING', 'DESCENDING'];
const FULFILLMENT_TYPE = ['CREDITS', 'CASH', 'ACCESS'];
const REQUEST_ENUMS: Record<string, Array<[string, string[]]>> = {
  ListOpportunities: [
    ['Sort.SortOrder', SORT_ORDER],
    ['Sort.SortBy', ['LastModifiedDate', 'Identifier', 'CustomerCompanyName', 'CreatedDate', 'TargetCloseDate']],
    ['LifeCycleStage[]', ['Prospect', 'Qualified', 'Technical Validation', 'Business Validation', 'Committed', 'Launched', 'Closed Lost']],
    ['LifeCycleReviewStatus[]', ['Pending Submission', 'Submitted', 'In review', 'Approved', 'Rejected', 'Action Required']],
  ],
  ListEngagements: [
    ['Sort.SortOrder', SORT_ORDER],
    ['Sort.SortBy', ['CreatedDate']],
    ['ContextTypes[]', ['CustomerProject', 'Lead', 'ProspectingResult', 'CustomerAccount']],
    ['ExcludeContextTypes[]', ['CustomerProject', 'Lead', 'ProspectingResult', 'CustomerAccount']],
  ],
  ListEngagementInvitations: [
    ['Sort.SortOrder', SORT_ORDER],
    ['Sort.SortBy', ['InvitationDate']],
    ['ParticipantType', ['SENDER', 'RECEIVER']],
    ['PayloadType[]', ['OpportunityInvitation', 'LeadInvitation', 'AccountPlanningInvitation']],
    ['Status[]', ['ACCEPTED', 'PENDING', 'REJECTED', 'EXPIRED']],
  ],
  ListSolutions: [
    ['Sort.SortOrder', SORT_ORDER],
    ['Sort.SortBy', ['Identifier', 'Name', 'Status', 'Category', 'CreatedDate']],
    ['Status[]', ['Active', 'Inactive', 'Draft']],
  ],
  ListBenefits: [
    ['FulfillmentTypes[]', FULFILLMENT_TYPE],
    ['Status[]', ['ACTIVE', 'INACTIVE']],
  ],
  ListBenefitApplications: [
    ['FulfillmentTypes[]', FULFILLMENT_TYPE],
    ['Status[]', ['PENDING_SUBMISSION', 'IN_REVIEW', 'ACTION_REQUIRED', 'APPROVED', 'REJECTED', 'CANCELED']],
  ],
  ListBenefitAllocations: [
    ['FulfillmentTypes[]', FULFILLMENT_TYPE],
    ['Status[]', ['ACTIVE', 'INACTIVE', 'FULFILLED']],
  ],
};

/**
 * The request's enum members outside their value sets, as the service words it: "1 validation error detected:
 * Value 'Ascending' at 'sort.sortOrder' failed to satisfy constraint: Member must satisfy enum value set:
 * [ASCENDING, DESCENDING]" (member names in lowerCamelCase; several errors joined by "; ").
 */
export function enumErrors(operation: string, request: J): string | undefined {
  const errors: string[] = [];
  for (const [path, values] of REQUEST_ENUMS[operation] ?? []) {
    const list = path.endsWith('[]');
    const parts = (list ? path.slice(0, -2) : path).split('.');
    let v: unknown = request;
    for (const p of parts) v = v && typeof v === 'object' ? (v as J)[p] : undefined;
    if (v === undefined || v === null) continue;
    const at = parts.map((p) => p[0]!.toLowerCase() + p.slice(1)).join('.');
    const set = `enum value set: [${values.join(', ')}]`;
    if (list) {
      if (Array.isArray(v) && v.every((x) => values.includes(x as string))) continue;
      const shown = Array.isArray(v) ? `[${v.join(', ')}]` : String(v);
      errors.push(`Value '${shown}' at '${at}' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy ${set}]`);
    } else if (!values.includes(v as string)) {
      errors.push(`Value '${String(v)}' at '${at}' failed to satisfy constraint: Member must satisfy ${set}`);
    }
  }
  if (!errors.length) return undefined;
  return `${errors.length} validation error${errors.length === 1 ? '' : 's'} detected: ${errors.join('; ')}`;
}

export interface CallRecord {
  operation: string;
  catalog?: string;
  status: number;
  request: J;
  /** when the call arrived (epoch ms) */
  at: number;
}

export class ApnSim {
  readonly stores: Record<CatalogName, CatalogStore>;
  /** which AWS opportunities belong to which Odoo leads, by which rule (index = opportunity) */
  readonly links: OdooLink[];
  readonly calls: CallRecord[] = [];
  /** opportunities AWS keeps no summary of (drafts never submitted): GetAwsOpportunitySummary is ResourceNotFound */
  readonly drafts = new Set<string>();
  private server?: Server;
  private sockets = new Set<Socket>();
  private throttle = 0;
  private window = { second: 0, n: 0 };
  url = '';

  constructor(readonly opts: ApnSimOptions = {}) {
    this.links = opts.odoo ? odooLinks(opts.odoo.orm, opts.odoo.links) : [];
    this.stores = Object.fromEntries(
      CATALOGS.map((c) => [c, new CatalogStore(c, opts.size?.[c], c === 'AWS' ? this.links : [])]),
    ) as Record<CatalogName, CatalogStore>;
  }

  /** The next `n` calls answer ThrottlingException (HTTP 400, as awsJson services send it). */
  throttleNext(n: number): void {
    this.throttle += n;
  }

  /** Successful calls per operation (throttled and failed ones are in `calls` with their status). */
  count(operation?: string): number {
    return this.calls.filter((c) => c.status === 200 && (operation === undefined || c.operation === operation)).length;
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    const a = this.server.address() as AddressInfo;
    this.url = `http://${host}:${a.port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private send(res: ServerResponse, status: number, body: J, type?: string): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/x-amz-json-1.0',
      'content-length': Buffer.byteLength(text),
      'x-amzn-requestid': createHash('sha1').update(text).digest('hex').slice(0, 32),
      ...(type ? { 'x-amzn-errortype': type } : {}),
    });
    res.end(text);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const target = String(req.headers['x-amz-target'] ?? '');
    const [service, operation = ''] = target.split('.');
    let request: J = {};
    try {
      if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/')
        throw new ApiError(404, 'UnknownOperationException', 'POST / only');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/x-amz-json-1.0')) {
        throw new ApiError(400, 'SerializationException', 'Content-Type must be application/x-amz-json-1.0');
      }
      this.checkSignature(req, service);
      try {
        request = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      } catch {
        throw new ApiError(400, 'SerializationException', 'body is not JSON');
      }
      const now = Math.floor(Date.now() / 1000);
      if (this.window.second !== now) this.window = { second: now, n: 0 };
      this.window.n++;
      if (this.throttle > 0) {
        this.throttle--;
        throw new ApiError(400, 'ThrottlingException', 'Rate exceeded', { serviceCode: 'partnercentral', quotaCode: 'read' });
      }
      if (this.opts.ratePerSecond && this.window.n > this.opts.ratePerSecond) {
        throw new ApiError(400, 'ThrottlingException', `Rate exceeded: more than ${this.opts.ratePerSecond} reads this second`);
      }
      const answer = this.dispatch(service!, operation, request);
      const body = this.opts.alter ? this.opts.alter(operation, answer) : answer;
      this.calls.push({ operation, catalog: request.Catalog, status: 200, request, at: Date.now() });
      this.send(res, 200, body);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(500, 'InternalServerException', String(e));
      this.calls.push({ operation, catalog: request.Catalog, status: err.status, request, at: Date.now() });
      this.send(res, err.status, { __type: err.type, message: err.message, ...err.extra }, err.type);
    }
  }

  private checkSignature(req: IncomingMessage, service: string | undefined): void {
    const auth = String(req.headers.authorization ?? '');
    if (!auth) throw new ApiError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    const m = SIGV4.exec(auth);
    if (!m) throw new ApiError(403, 'IncompleteSignatureException', 'Authorization header is not a SigV4 signature');
    if (!req.headers['x-amz-date']) throw new ApiError(403, 'IncompleteSignatureException', 'X-Amz-Date is missing');
    const want = service === BENEFITS ? 'partnercentral-benefits' : 'partnercentral-selling';
    if (m[4] !== want) throw new ApiError(403, 'InvalidSignatureException', `signed for ${m[4]}, this is ${want}`);
    if (!m[5]!.split(';').includes('x-amz-target')) throw new ApiError(403, 'InvalidSignatureException', 'X-Amz-Target is not signed');
  }

  private store(request: J): CatalogStore {
    const c = request.Catalog;
    if (c === undefined) throw validation('Catalog is required');
    if (c !== 'AWS' && c !== 'Sandbox') throw validation(`Catalog must be AWS or Sandbox, not ${c}`);
    if (this.opts.deny?.includes(c)) throw new ApiError(403, 'AccessDeniedException', `User is not authorized to access catalog ${c}`);
    return this.stores[c as CatalogName];
  }

  private dispatch(service: string, op: string, r: J): J {
    const invalid = enumErrors(op, r);
    if (invalid) throw validation(invalid);
    if (service === SELLING) {
      const s = this.store(r);
      switch (op) {
        case 'ListOpportunities':
          return this.listOpportunities(s, r);
        case 'GetOpportunity': {
          const o = s.opportunities.find((x) => !s.removed.has(x.id) && x.id === r.Identifier);
          if (!o) throw notFound(`Opportunity ${r.Identifier} not found in catalog ${s.catalog}`);
          return s.opportunity(o);
        }
        case 'GetAwsOpportunitySummary': {
          const o = s.opportunities.find((x) => !s.removed.has(x.id) && x.id === r.RelatedOpportunityIdentifier);
          if (!o || this.drafts.has(o.id))
            throw notFound(`Opportunity ${r.RelatedOpportunityIdentifier} not found in catalog ${s.catalog}`);
          return strip(s.awsSummary(o));
        }
        case 'ListEngagements':
          return this.page(
            s,
            'ListEngagements',
            r,
            'EngagementSummaryList',
            Array.from({ length: s.engagements }, (_, i) => s.engagement(i)),
            100,
          );
        case 'ListEngagementInvitations':
          if (!r.ParticipantType) throw validation('ParticipantType is required');
          return this.page(
            s,
            'ListEngagementInvitations',
            r,
            'EngagementInvitationSummaries',
            Array.from({ length: s.engagements }, (_, i) => s.invitation(i)).filter((x) => x.ParticipantType === r.ParticipantType),
            100,
          );
        case 'ListSolutions':
          return this.page(
            s,
            'ListSolutions',
            r,
            'SolutionSummaries',
            Array.from({ length: s.solutions }, (_, i) => s.solution(i)),
            100,
          );
      }
    } else if (service === BENEFITS) {
      const s = this.store(r);
      switch (op) {
        case 'ListBenefits':
          return this.page(
            s,
            'ListBenefits',
            r,
            'BenefitSummaries',
            Array.from({ length: s.benefits }, (_, i) => s.benefit(i)),
            100,
          );
        case 'ListBenefitApplications':
          return this.page(
            s,
            'ListBenefitApplications',
            r,
            'BenefitApplicationSummaries',
            s.applications.map((a) => s.applicationSummary(a)),
            100,
          );
        case 'GetBenefitApplication': {
          const a = s.applications.find((x) => !s.removed.has(x.id) && x.id === r.Identifier);
          if (!a) throw notFound(`Benefit application ${r.Identifier} not found`);
          return strip(s.application(a));
        }
        case 'ListBenefitAllocations':
          return this.page(
            s,
            'ListBenefitAllocations',
            r,
            'BenefitAllocationSummaries',
            s.allocations.map((a) => s.allocationSummary(a)),
            100,
          );
        case 'GetBenefitAllocation': {
          const a = s.allocations.find((x) => !s.removed.has(x.id) && x.id === r.Identifier);
          if (!a) throw notFound(`Benefit allocation ${r.Identifier} not found`);
          return strip(s.allocation(a));
        }
      }
    }
    throw new ApiError(400, 'UnknownOperationException', `unknown operation ${service}.${op}`);
  }

  private listOpportunities(s: CatalogStore, r: J): J {
    const after = instant(r.LastModifiedDate?.AfterLastModifiedDate, 'LastModifiedDate.AfterLastModifiedDate');
    const before = instant(r.LastModifiedDate?.BeforeLastModifiedDate, 'LastModifiedDate.BeforeLastModifiedDate');
    const by = r.Sort?.SortBy ?? 'LastModifiedDate';
    const order = r.Sort?.SortOrder ?? 'DESCENDING';
    if (!['LastModifiedDate', 'Identifier', 'CreatedDate'].includes(by)) throw validation(`SortBy ${by} is not simulated`);
    const ids = Array.isArray(r.Identifier) ? new Set(r.Identifier) : undefined;
    const rows = s.opportunities
      .filter(
        (o) => (after === undefined || o.modified >= after) && (before === undefined || o.modified <= before) && (!ids || ids.has(o.id)),
      )
      .sort((a, b) => {
        const ka = by === 'Identifier' ? 0 : by === 'CreatedDate' ? a.created - b.created : a.modified - b.modified;
        const d = ka !== 0 ? ka : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
        return order === 'ASCENDING' ? d : -d;
      })
      .map((o) => s.opportunitySummary(o));
    return this.page(s, 'ListOpportunities', r, 'OpportunitySummaries', rows, 100);
  }

  /**
   * One page of `rows`. NextToken is opaque (base64 of the offset and a digest of the request without it): a
   * token sent with another request is a ValidationException, as the service answers for a stale token.
   */
  private page(s: CatalogStore, op: string, r: J, field: string, all: J[], max: number): J {
    // a removed record is in no listing any more
    const rows = s.removed.size ? all.filter((x) => !s.removed.has(x.Id)) : all;
    const size = r.MaxResults ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > max) throw validation(`MaxResults must be 1..${max}`);
    const { NextToken, MaxResults: _m, ...rest } = r;
    const digest = createHash('sha256')
      .update(op + JSON.stringify(rest))
      .digest('hex')
      .slice(0, 16);
    let offset = 0;
    if (NextToken !== undefined) {
      const [d, o] = Buffer.from(String(NextToken), 'base64').toString('utf8').split(':');
      if (d !== digest || !/^\d+$/.test(o ?? '')) throw validation('The NextToken is invalid for this request');
      offset = Number(o);
    }
    const take = Math.min(size, this.opts.maxPage ?? max);
    const out: J = { [field]: rows.slice(offset, offset + take) };
    if (offset + take < rows.length) out.NextToken = Buffer.from(`${digest}:${offset + take}`).toString('base64');
    return out;
  }
}

function strip(o: J): J {
  return JSON.parse(JSON.stringify(o));
}

function validation(message: string): ApiError {
  return new ApiError(400, 'ValidationException', message, { Reason: 'REQUEST_VALIDATION_FAILED' });
}

function notFound(message: string): ApiError {
  return new ApiError(404, 'ResourceNotFoundException', message);
}

function instant(v: unknown, what: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) || Number.isNaN(Date.parse(v))) {
    throw validation(`${what} must be an ISO 8601 date-time, not ${JSON.stringify(v)}`);
  }
  return Date.parse(v);
}

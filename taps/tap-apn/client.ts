// The Partner Central clients (the real AWS SDK v3 clients, endpoint overridable) behind one `call`: it paces
// calls to `reads_per_second`, retries ThrottlingException / InternalServerException / transport errors with
// exponential backoff and jitter (the SDK's own retries are off so every attempt is seen and counted), counts
// calls and throttles per catalog and operation, and stops the run when the daily call budget is reached.
import type { Logger } from '../../kit/singer/log.js';
import { requireCjs } from '../../kit/cjs.js';
import type * as SellingSdk from '@aws-sdk/client-partnercentral-selling';
import type * as BenefitsSdk from '@aws-sdk/client-partnercentral-benefits';
import { emitMetric } from '../../kit/singer/log.js';
import type { ApnConfig } from './settings.js';

// CommonJS by require, not import (kit/cjs.ts: start-up time)
const {
  PartnerCentralSellingClient,
  ListOpportunitiesCommand,
  GetOpportunityCommand,
  GetAwsOpportunitySummaryCommand,
  ListEngagementsCommand,
  ListEngagementInvitationsCommand,
  ListSolutionsCommand,
} = requireCjs('@aws-sdk/client-partnercentral-selling') as typeof SellingSdk;
type PartnerCentralSellingClient = SellingSdk.PartnerCentralSellingClient;
const {
  PartnerCentralBenefitsClient,
  ListBenefitsCommand,
  ListBenefitApplicationsCommand,
  GetBenefitApplicationCommand,
  ListBenefitAllocationsCommand,
  GetBenefitAllocationCommand,
} = requireCjs('@aws-sdk/client-partnercentral-benefits') as typeof BenefitsSdk;
type PartnerCentralBenefitsClient = BenefitsSdk.PartnerCentralBenefitsClient;

type J = Record<string, any>;

const SELLING = {
  ListOpportunities: ListOpportunitiesCommand,
  GetOpportunity: GetOpportunityCommand,
  GetAwsOpportunitySummary: GetAwsOpportunitySummaryCommand,
  ListEngagements: ListEngagementsCommand,
  ListEngagementInvitations: ListEngagementInvitationsCommand,
  ListSolutions: ListSolutionsCommand,
} as const;
const BENEFITS = {
  ListBenefits: ListBenefitsCommand,
  ListBenefitApplications: ListBenefitApplicationsCommand,
  GetBenefitApplication: GetBenefitApplicationCommand,
  ListBenefitAllocations: ListBenefitAllocationsCommand,
  GetBenefitAllocation: GetBenefitAllocationCommand,
} as const;
export type Operation = keyof typeof SELLING | keyof typeof BENEFITS;

/** A call that failed for good (not retried, or retries exhausted): fails its stream and catalog alone. */
export class ApiCallError extends Error {
  override name = 'ApiCallError';
}

/** The run would go past the daily call budget: the whole run stops (a later run resumes from the bookmarks). */
export class BudgetExceeded extends Error {
  override name = 'BudgetExceeded';
}

/** The pacing window: one second and a margin for the time requests take to arrive. */
const WINDOW_MS = 1100;

const RETRIED = new Set(['ThrottlingException', 'InternalServerException', 'TimeoutError', 'RequestTimeout']);
const TRANSPORT = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

export class ApnClient {
  private readonly selling: PartnerCentralSellingClient;
  private readonly benefits: PartnerCentralBenefitsClient;
  private readonly interval: number;
  private next = 0;
  /** start times of the last reads_per_second calls */
  private readonly recent: number[] = [];
  /** `${catalog}\t${operation}` → attempts and throttles, this run */
  readonly counts = new Map<string, { calls: number; throttled: number }>();
  total = 0;
  readonly startedAt = new Date().toISOString();

  constructor(
    private readonly cfg: ApnConfig,
    private readonly logger: Logger,
    /** calls this run may still make: the daily budget less the last 24 h's calls */
    readonly allowance: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    const common = {
      region: cfg.region,
      maxAttempts: 1,
      requestHandler: { requestTimeout: cfg.request_timeout_seconds * 1000, connectionTimeout: 10_000 },
      ...(cfg.endpoint_url ? { endpoint: cfg.endpoint_url } : {}),
    };
    this.selling = new PartnerCentralSellingClient(common);
    this.benefits = new PartnerCentralBenefitsClient(common);
    this.interval = cfg.reads_per_second > 0 ? 1000 / cfg.reads_per_second : 0;
  }

  private slot(catalog: string, op: string) {
    const k = `${catalog}\t${op}`;
    let c = this.counts.get(k);
    if (!c) this.counts.set(k, (c = { calls: 0, throttled: 0 }));
    return c;
  }

  /**
   * Wait for this call's turn: calls start at least 1/reads_per_second apart, and no more than reads_per_second
   * start within any WINDOW_MS (a second plus a margin: a request reaches the service a little later or earlier
   * than it left, and the quota is counted where it arrives).
   */
  private async pace(): Promise<void> {
    const rate = this.cfg.reads_per_second;
    for (;;) {
      const now = Date.now();
      let at = Math.max(now, this.next);
      if (rate > 0 && this.recent.length >= rate) at = Math.max(at, this.recent[this.recent.length - rate]! + WINDOW_MS);
      if (at <= now) break;
      await this.sleep(at - now);
    }
    const start = Date.now();
    this.next = start + this.interval;
    if (rate > 0) {
      this.recent.push(start);
      if (this.recent.length > rate) this.recent.splice(0, this.recent.length - rate);
    }
  }

  async call(op: Operation, input: J): Promise<J> {
    const catalog = String(input.Catalog);
    const slot = this.slot(catalog, op);
    for (let attempt = 0; ; attempt++) {
      if (this.total >= this.allowance) {
        throw new BudgetExceeded(
          `daily_call_budget reached: ${this.total} calls this run, the budget left ${this.allowance} for it (calls of the last 24 h counted); ` +
            'stopping before the next call; the next run resumes from the bookmarks',
        );
      }
      await this.pace();
      this.total++;
      slot.calls++;
      try {
        // one constructor type for the lookup: each command takes its own input shape, which `input` follows
        type Ctor = new (input: J) => never;
        if (op in SELLING) return (await this.selling.send(new (SELLING[op as keyof typeof SELLING] as unknown as Ctor)(input))) as J;
        return (await this.benefits.send(new (BENEFITS[op as keyof typeof BENEFITS] as unknown as Ctor)(input))) as J;
      } catch (e) {
        const err = e as { name?: string; code?: string; message?: string };
        const throttled = err.name === 'ThrottlingException';
        if (throttled) slot.throttled++;
        const retry = RETRIED.has(err.name ?? '') || TRANSPORT.has(err.code ?? '');
        if (!retry || attempt >= this.cfg.max_retries) {
          // no credentials at all is every call's problem: the run stops
          const Failure = err.name === 'CredentialsProviderError' ? Error : ApiCallError;
          throw new Failure(
            `${op} (catalog ${catalog}) failed${attempt ? ` after ${attempt + 1} attempts` : ''}: ${err.name}: ${err.message}`,
            { cause: e },
          );
        }
        const wait = this.cfg.retry_base_ms * 2 ** attempt * (0.75 + Math.random() / 2);
        this.logger.warn(
          `${op} (catalog ${catalog}): ${err.name}; retry ${attempt + 1} of ${this.cfg.max_retries} in ${Math.round(wait)} ms`,
        );
        // a throttle also slows every later call down: the quota is per account, not per operation
        this.next = Math.max(this.next, Date.now() + wait);
        await this.sleep(wait);
      }
    }
  }

  /** Every page of a list call: `field` of each answer, following NextToken to the end. */
  async *pages(op: Operation, input: J, field: string): AsyncGenerator<J[]> {
    let token: string | undefined;
    do {
      const out = await this.call(op, { ...input, MaxResults: this.cfg.page_size, ...(token ? { NextToken: token } : {}) });
      yield (out[field] ?? []) as J[];
      token = out.NextToken;
    } while (token);
  }

  /** This run's calls per operation for one catalog, as METRIC lines; returned for the api_calls stream. */
  report(catalog: string, ops: readonly Operation[]): Array<{ operation: string; calls: number; throttled: number }> {
    return ops.flatMap((op) => {
      const c = this.counts.get(`${catalog}\t${op}`);
      if (!c) return [];
      emitMetric({ type: 'counter', metric: 'api_calls', value: c.calls, tags: { catalog, operation: op, throttled: c.throttled } });
      return [{ operation: op, ...c }];
    });
  }
}

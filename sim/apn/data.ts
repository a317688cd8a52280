// Deterministic Partner Central data for the APN simulator, in the shapes of the AWS SDK models
// (@aws-sdk/client-partnercentral-selling and -benefits 3.1124.0, schemas_0.js): one store per catalog (AWS,
// Sandbox). Timestamps are kept as epoch milliseconds and written as ISO 8601 date-times on the wire (the
// models' timestamp format 5); dates (TargetCloseDate, EffectiveDate) are plain strings; amounts are strings.
import { createHash } from 'node:crypto';
import type { OdooLink } from './odoo-link.js';

export type CatalogName = 'AWS' | 'Sandbox';
export const CATALOGS: CatalogName[] = ['AWS', 'Sandbox'];

type J = Record<string, any>;

const STAGES = ['Prospect', 'Qualified', 'Technical Validation', 'Business Validation', 'Committed', 'Launched', 'Closed Lost'];
const REVIEW = ['Pending Submission', 'Submitted', 'In review', 'Approved', 'Rejected', 'Action Required'];
const INDUSTRIES = ['Healthcare', 'Financial Services', 'Retail', 'Education', 'Government', 'Manufacturing', 'Other'];
const DELIVERY = ['SaaS or PaaS', 'BYOL or AMI', 'Managed Services', 'Professional Services', 'Resell', 'Other'];
const USE_CASES = [
  'Migration / Database Migration',
  'AI Machine Learning and Analytics',
  'Security & Compliance',
  'Containers & Serverless',
];
const TYPES = ['Net New Business', 'Expansion', 'Flat Renewal'];
const COMPANIES = [
  ['Al Noor Clinics', 'alnoorclinics.ae', 'AE', 'Dubai'],
  ['Harbour Health Ltd', 'harbourhealth.co.nz', 'NZ', 'Auckland'],
  ['Tasman Retail Group', 'tasmanretail.com.au', 'AU', 'Sydney'],
  ['Gulf Logistics LLC', 'gulf-logistics.com', 'SA', 'Riyadh'],
  ['Kiwi Learning Trust', 'kiwilearning.org.nz', 'NZ', 'Wellington'],
  ['Desert Bank PJSC', 'desertbank.ae', 'AE', 'Abu Dhabi'],
  ['Southern Cross Manufacturing', 'sxmfg.com', 'AU', 'Melbourne'],
];
const PEOPLE = [
  ['Aisha', 'Rahman', 'Account Manager'],
  ['Tom', 'Whaanga', 'Solutions Architect'],
  ['Priya', 'Nair', 'Partner Development Manager'],
  ['Omar', 'Haddad', 'Sales Director'],
];

/** Base instant of the generated data: 2025-06-01T00:00:00Z. */
export const BASE_MS = Date.UTC(2025, 5, 1);

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const acct = (i: number) => String(100000000000 + ((i * 7919) % 899999999999)).padStart(12, '0');
const alnum = (i: number, len: number) => {
  let s = '';
  let x = i * 2654435761 + 12345;
  for (let k = 0; k < len; k++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += '0123456789abcdefghijklmnopqrstuvwxyz'[x % 36];
  }
  return s;
};
export const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

export interface Opportunity {
  id: string;
  i: number;
  created: number;
  modified: number;
  /** bumped on every edit so edited content differs */
  version: number;
}

export interface Application {
  id: string;
  i: number;
  created: number;
  updated: number;
  status: string;
}

export interface Allocation {
  id: string;
  i: number;
  created: number;
  updated: number;
  utilized: string;
}

export interface StoreSize {
  opportunities?: number;
  engagements?: number;
  solutions?: number;
  benefits?: number;
  applications?: number;
  allocations?: number;
}

/** One catalog's records. Edits (touch, add) move LastModifiedDate / UpdatedAt as the service would. */
export class CatalogStore {
  readonly opportunities: Opportunity[] = [];
  readonly applications: Application[] = [];
  readonly allocations: Allocation[] = [];
  /** ids removed from Partner Central (any kind): in no listing, not found by a get */
  readonly removed = new Set<string>();
  readonly engagements: number;
  readonly solutions: number;
  readonly benefits: number;
  private readonly prefix: string;

  constructor(
    readonly catalog: CatalogName,
    size: StoreSize = {},
    /** opportunity i belongs to the Odoo lead of links[i] (sim/apn/odoo-link.ts) */
    readonly links: readonly OdooLink[] = [],
  ) {
    this.prefix = catalog === 'AWS' ? '1' : '9';
    const n = size.opportunities ?? (catalog === 'AWS' ? 30 : 6);
    // three opportunities share each LastModifiedDate: a page boundary and the inclusive bound fall on ties
    for (let i = 0; i < n; i++) this.addOpportunity(BASE_MS + Math.floor(i / 3) * 3_600_000, BASE_MS - 86_400_000 * (30 - (i % 30)));
    this.engagements = size.engagements ?? (catalog === 'AWS' ? 8 : 2);
    this.solutions = size.solutions ?? (catalog === 'AWS' ? 5 : 2);
    this.benefits = size.benefits ?? 4;
    const apps = size.applications ?? (catalog === 'AWS' ? 12 : 3);
    for (let i = 0; i < apps; i++) {
      const created = BASE_MS + i * 86_400_000;
      this.applications.push({
        id: `benappl-${this.prefix}${alnum(i + 7, 13)}`,
        i,
        created,
        updated: created + 3_600_000,
        status: pick(APP_STATUS, i),
      });
    }
    const allocs = size.allocations ?? (catalog === 'AWS' ? 10 : 2);
    for (let i = 0; i < allocs; i++) {
      const created = BASE_MS + (i + 2) * 86_400_000;
      this.allocations.push({ id: `benalloc-${this.prefix}${alnum(i + 101, 13)}`, i, created, updated: created, utilized: '0.00' });
    }
  }

  addOpportunity(modified: number, created = modified): Opportunity {
    const i = this.opportunities.length;
    const link = this.links[i];
    const id = link?.rule === 'ace_opportunity_id' ? link.value : `O${this.prefix}${String(1000000 + i * 37).padStart(9, '0')}`;
    const o = { id, i, created, modified, version: 1 };
    this.opportunities.push(o);
    return o;
  }

  /** An edit in Partner Central: LastModifiedDate becomes `at` (the service's clock) and the content changes. */
  touchOpportunity(id: string, at: number): Opportunity {
    const o = this.opportunities.find((x) => x.id === id);
    if (!o) throw new Error(`no opportunity ${id} in ${this.catalog}`);
    o.modified = at;
    o.version++;
    return o;
  }

  /** A record gone from Partner Central (withdrawn access, a Sandbox reset, a solution or benefit retired). */
  remove(id: string): void {
    this.removed.add(id);
  }

  /** A removed record back (access restored): listed again with what it had. */
  restore(id: string): void {
    this.removed.delete(id);
  }

  touchApplication(id: string, at: number, status?: string): void {
    const a = this.applications.find((x) => x.id === id);
    if (!a) throw new Error(`no benefit application ${id} in ${this.catalog}`);
    a.updated = at;
    if (status) a.status = status;
  }

  /** Money drawn from a credit/consumable allocation: the summary does not change, the detail does. */
  useAllocation(id: string, at: number, utilized: string): void {
    const a = this.allocations.find((x) => x.id === id);
    if (!a) throw new Error(`no benefit allocation ${id} in ${this.catalog}`);
    a.updated = at;
    a.utilized = utilized;
  }

  // ---- Selling API shapes ----

  private company(i: number) {
    const [name, domain, country, city] = pick(COMPANIES, i);
    const link = this.links[i];
    // a customer the Odoo lead has: its company name and domain (a Saudi customer, as the Odoo simulator's are)
    if (link?.rule === 'normalized_domain') return { name: link.company ?? name!, domain: link.value, country: 'SA', city: 'Riyadh' };
    return { name: name!, domain: domain!, country: country!, city: city! };
  }

  private contact(i: number, domain: string): J {
    const [first, last, title] = pick(PEOPLE, i);
    return {
      Email: `${first!.toLowerCase()}.${last!.toLowerCase()}@${domain}`,
      FirstName: first,
      LastName: last,
      BusinessTitle: title,
      Phone: `+6421${String(1000000 + i * 13).slice(-7)}`,
    };
  }

  private spend(o: Opportunity): J[] {
    const amount = `${(1000 + ((o.i * 997) % 90000)).toString()}.${String((o.i * 7 + o.version) % 100).padStart(2, '0')}`;
    return [
      {
        Amount: amount,
        CurrencyCode: 'USD',
        Frequency: 'Monthly',
        TargetCompany: 'AWS',
        // the model's EstimationUrl pattern: a calculator estimate id of 32 to 64 hex digits
        EstimationUrl: `https://calculator.aws/#/estimate?id=${createHash('md5').update(o.id).digest('hex')}`,
      },
    ];
  }

  private lifeCycleSummary(o: Opportunity): J {
    const stage = pick(STAGES, o.i + o.version - 1);
    return {
      Stage: stage,
      ...(stage === 'Closed Lost' ? { ClosedLostReason: 'Customer Deficiency' } : {}),
      NextSteps: `Follow-up call v${o.version}`,
      TargetCloseDate: day(o.created + 120 * 86_400_000),
      ReviewStatus: pick(REVIEW, o.i),
      ...(pick(REVIEW, o.i) === 'Action Required' ? { ReviewComments: 'Add the customer website', ReviewStatusReason: 'Incomplete' } : {}),
    };
  }

  opportunitySummary(o: Opportunity): J {
    const c = this.company(o.i);
    return {
      Catalog: this.catalog,
      Id: o.id,
      Arn: `arn:aws:partnercentral:us-east-1::catalog/${this.catalog}/opportunity/${o.id}`,
      PartnerOpportunityIdentifier:
        this.links[o.i]?.rule === 'partner_opportunity_identifier' ? this.links[o.i]!.value : `ODOO-${1000 + o.i}`,
      OpportunityType: pick(TYPES, o.i),
      LastModifiedDate: iso(o.modified),
      CreatedDate: iso(o.created),
      LifeCycle: this.lifeCycleSummary(o),
      Customer: {
        Account: {
          CompanyName: c.name,
          Industry: pick(INDUSTRIES, o.i),
          ...(pick(INDUSTRIES, o.i) === 'Other' ? { OtherIndustry: 'Agritech' } : {}),
          WebsiteUrl: `https://www.${c.domain}`,
          Address: { City: c.city, PostalCode: String(1000 + o.i), StateOrRegion: c.city, CountryCode: c.country },
        },
      },
      Project: {
        DeliveryModels: [pick(DELIVERY, o.i), pick(DELIVERY, o.i + 2)],
        ExpectedCustomerSpend: this.spend(o),
        ExpectedContractDuration: { Term: 'Months', Value: String(12 + (o.i % 3) * 12) },
      },
    };
  }

  opportunity(o: Opportunity): J {
    const s = this.opportunitySummary(o);
    const c = this.company(o.i);
    return {
      Catalog: this.catalog,
      Id: o.id,
      Arn: s.Arn,
      PartnerOpportunityIdentifier: s.PartnerOpportunityIdentifier,
      OpportunityType: s.OpportunityType,
      LastModifiedDate: s.LastModifiedDate,
      CreatedDate: s.CreatedDate,
      NationalSecurity: o.i % 11 === 0 ? 'Yes' : 'No',
      PrimaryNeedsFromAws: o.i % 2 ? ['Co-Sell - Architectural Validation', 'Co-Sell - Pricing Assistance'] : [],
      RelatedEntityIdentifiers: {
        AwsProducts: ['AmazonRDS', 'AmazonEC2'],
        Solutions: [this.solutionId(o.i % this.solutions)],
        AwsMarketplaceOffers: [],
        AwsMarketplaceOfferSets: [],
        AwsMarketplaceSolutions: [],
        AwsMarketplaceProducts: [],
      },
      Customer: {
        Account: {
          ...s.Customer.Account,
          AwsAccountId: this.links[o.i]?.rule === 'aws_account_id' ? this.links[o.i]!.value : acct(o.i),
          Duns: String(100000000 + o.i * 31),
          Address: { ...s.Customer.Account.Address, StreetAddress: `${10 + o.i} Harbour Road` },
        },
        Contacts: [this.contact(o.i, c.domain)],
      },
      Project: {
        ...s.Project,
        Title: `${c.name} ${pick(USE_CASES, o.i)}`,
        CustomerBusinessProblem: `${c.name} needs to move its on-premises workloads to AWS to cut cost and scale (v${o.version}).`,
        CustomerUseCase: pick(USE_CASES, o.i),
        ApnPrograms: o.i % 3 ? ['APN Immersion Days'] : [],
        SalesActivities: ['Initialized discussions with customer', 'Customer has shown interest in solution'],
        CompetitorName: o.i % 4 === 0 ? 'Microsoft Azure' : 'No Competition',
        ...(o.i % 4 === 0 ? { OtherCompetitorNames: 'Oracle Cloud' } : {}),
        OtherSolutionDescription: 'Managed landing zone',
        ...(o.i % 5 === 0 ? { AdditionalComments: 'Arabic-speaking stakeholders — عميل مهم' } : {}),
      },
      LifeCycle: {
        ...s.LifeCycle,
        NextStepsHistory: Array.from({ length: o.version }, (_, k) => ({ Value: `Step ${k + 1}`, Time: iso(o.created + k * 3_600_000) })),
      },
      OpportunityTeam: [this.contact(o.i + 1, 'partner.example.com')],
      Marketing: {
        CampaignName: o.i % 2 ? 'MAP 2025' : '',
        Source: o.i % 2 ? 'Marketing Activity' : 'None',
        UseCases: [],
        Channels: [],
        AwsFundingUsed: o.i % 2 ? 'Yes' : 'No',
      },
      SoftwareRevenue: {
        DeliveryModel: 'Pay-as-you-go',
        Value: { Amount: s.Project.ExpectedCustomerSpend[0].Amount, CurrencyCode: 'USD' },
        EffectiveDate: day(o.created),
        ExpirationDate: day(o.created + 365 * 86_400_000),
      },
    };
  }

  awsSummary(o: Opportunity): J {
    return {
      Catalog: this.catalog,
      RelatedOpportunityId: o.id,
      Origin: 'Partner Referral',
      InvolvementType: o.i % 2 ? 'Co-Sell' : 'For Visibility Only',
      Visibility: o.i % 2 ? 'Full' : 'Limited',
      InvolvementTypeChangeReason: o.i % 7 === 0 ? 'Change in Deal Information' : undefined,
      CosellMotion: o.i % 2 ? 'Partner Led' : 'AWS Led',
      LifeCycle: {
        TargetCloseDate: day(o.created + 120 * 86_400_000),
        Stage: pick(['Prospect', 'Engaged', 'Qualified', 'Technical Validation', 'Business Validation', 'Committed', 'Launched'], o.i),
        NextSteps: 'AWS account team to review',
        NextStepsHistory: [{ Value: 'AWS review', Time: iso(o.modified) }],
      },
      OpportunityTeam: [
        { Email: `aws.rep${o.i % 4}@amazon.com`, FirstName: 'Sam', LastName: `Rep${o.i % 4}`, BusinessTitle: 'AWSSalesRep' },
      ],
      Insights: {
        NextBestActions: 'Engage the AWS account manager',
        EngagementScore: pick(['High', 'Medium', 'Low'], o.i),
      },
      RelatedEntityIds: { AwsProducts: ['AmazonRDS'], Solutions: [this.solutionId(o.i % this.solutions)] },
      Customer: { Contacts: [this.contact(o.i + 2, 'amazon.com')] },
      Project: { ExpectedCustomerSpend: this.spend(o) },
    };
  }

  solutionId(i: number): string {
    return `S-${this.prefix}${String(100000 + i).padStart(9, '0')}`;
  }

  solution(i: number): J {
    return {
      Catalog: this.catalog,
      Id: this.solutionId(i),
      Arn: `arn:aws:partnercentral:us-east-1::catalog/${this.catalog}/solution/${this.solutionId(i)}`,
      Name: `Medi ${pick(['Landing Zone', 'Data Platform', 'Clinic Cloud', 'Backup Service', 'Analytics'], i)}`,
      Status: pick(['Active', 'Active', 'Draft', 'Inactive'], i),
      Category: pick(['Software Product', 'Consulting Service', 'Managed Service'], i),
      CreatedDate: iso(BASE_MS - (i + 1) * 30 * 86_400_000),
      ...(i % 2
        ? { AwsMarketplaceSolutionArn: `arn:aws:aws-marketplace:us-east-1:123456789012:AWSMarketplace/Solution/sol-${alnum(i, 10)}` }
        : {}),
    };
  }

  engagementId(i: number): string {
    return `eng-${this.prefix}${alnum(i + 3, 13)}`;
  }

  /** the model's EngagementTitle is at most 40 characters */
  engagementTitle(i: number): string {
    return `Co-sell ${this.company(i).name}`.slice(0, 40);
  }

  engagement(i: number): J {
    return {
      Arn: `arn:aws:partnercentral:us-east-1::catalog/${this.catalog}/engagement/${this.engagementId(i)}`,
      Id: this.engagementId(i),
      Title: this.engagementTitle(i),
      CreatedAt: iso(BASE_MS + i * 86_400_000),
      CreatedBy: acct(i + 50),
      MemberCount: 2 + (i % 3),
      ModifiedAt: iso(BASE_MS + i * 86_400_000 + 7_200_000),
      ModifiedBy: acct(i + 51),
      ContextTypes: ['CustomerProject'],
    };
  }

  invitation(i: number): J {
    return {
      Id: `engi-${this.prefix}${alnum(i + 11, 12)}`,
      Catalog: this.catalog,
      Arn: `arn:aws:partnercentral:us-east-1::catalog/${this.catalog}/engagement-invitation/engi-${this.prefix}${alnum(i + 11, 12)}`,
      PayloadType: pick(['OpportunityInvitation', 'LeadInvitation'], i),
      EngagementId: this.engagementId(i),
      EngagementTitle: this.engagementTitle(i),
      Status: pick(['PENDING', 'ACCEPTED', 'REJECTED', 'EXPIRED'], i),
      InvitationDate: iso(BASE_MS + i * 86_400_000),
      ExpirationDate: iso(BASE_MS + (i + 15) * 86_400_000),
      SenderAwsAccountId: acct(i + 90),
      SenderCompanyName: 'Amazon Web Services',
      Receiver: { Account: { AwsAccountId: '123456789012', Alias: 'medi-partner' } },
      ParticipantType: 'RECEIVER',
    };
  }

  benefit(i: number): J {
    const id = `ben-${this.prefix}${alnum(i + 21, 13)}`;
    return {
      Id: id,
      Catalog: this.catalog,
      Arn: `arn:aws:partnercentral:us-east-1::catalog/${this.catalog}/benefit/${id}`,
      Name: pick(['MAP Mobilize', 'POC Credits', 'Marketing Development Funds', 'Partner Opportunity Acceleration'], i),
      Description: 'AWS partner funding benefit',
      Programs: [pick(['MAP', 'POC', 'MDF', 'POA'], i)],
      FulfillmentTypes: [pick(['CASH', 'CREDITS', 'CASH', 'ACCESS'], i)],
      Status: i === 3 ? 'INACTIVE' : 'ACTIVE',
    };
  }

  applicationSummary(a: Application): J {
    const b = this.benefit(a.i % this.benefits);
    return {
      Catalog: this.catalog,
      Name: `${b.Name} for ${this.company(a.i).name}`,
      Id: a.id,
      Arn: `arn:aws:partnercentral:us-east-1::catalog/${this.catalog}/benefit-application/${a.id}`,
      BenefitId: b.Id,
      Programs: b.Programs,
      FulfillmentTypes: b.FulfillmentTypes,
      Status: a.status,
      Stage: a.status === 'APPROVED' ? 'Fulfillment' : 'Pre-approval',
      CreatedAt: iso(a.created),
      UpdatedAt: iso(a.updated),
      BenefitApplicationDetails: { fundingAmount: String(5000 + a.i * 250) + '.00', currencyCode: 'USD' },
      AssociatedResources: [this.opportunitySummary(this.opportunities[a.i % this.opportunities.length]!).Arn],
    };
  }

  application(a: Application): J {
    const s = this.applicationSummary(a);
    return {
      Id: s.Id,
      Arn: s.Arn,
      Catalog: s.Catalog,
      BenefitId: s.BenefitId,
      Name: s.Name,
      Description: 'Funding request raised from the CRM',
      FulfillmentTypes: s.FulfillmentTypes,
      BenefitApplicationDetails: {
        fundingAmount: s.BenefitApplicationDetails.fundingAmount,
        currencyCode: 'USD',
        activities: [{ name: 'Workshop', cost: '1500.00' }],
      },
      Programs: s.Programs,
      Status: s.Status,
      Stage: s.Stage,
      ...(a.status === 'ACTION_REQUIRED'
        ? { StatusReason: 'Missing proof of execution', StatusReasonCode: 'MISSING_DOCUMENTS', StatusReasonCodes: ['MISSING_DOCUMENTS'] }
        : {}),
      CreatedAt: s.CreatedAt,
      UpdatedAt: s.UpdatedAt,
      Revision: String(1 + Math.floor((a.updated - a.created) / 3_600_000)),
      AssociatedResources: s.AssociatedResources,
      PartnerContacts: [
        { Email: 'funding@partner.example.com', FirstName: 'Priya', LastName: 'Nair', BusinessTitle: 'PDM', Phone: '+64211234567' },
      ],
      FileDetails: [
        {
          FileURI: `s3://partnercentral-files/${a.id}/sow.pdf`,
          BusinessUseCase: 'Statement of work',
          FileName: 'sow.pdf',
          FileStatus: 'VALID',
          FileType: 'application/pdf',
          CreatedBy: 'partner',
          CreatedAt: s.CreatedAt,
        },
      ],
    };
  }

  allocationSummary(a: Allocation): J {
    const app = this.applications[a.i % this.applications.length]!;
    const b = this.benefit(app.i % this.benefits);
    return {
      Id: a.id,
      Catalog: this.catalog,
      Arn: `arn:aws:partnercentral:us-east-1::catalog/${this.catalog}/benefit-allocation/${a.id}`,
      Status: a.i % 4 === 3 ? 'FULFILLED' : 'ACTIVE',
      Name: `Allocation ${a.i + 1}`,
      BenefitId: b.Id,
      BenefitApplicationId: app.id,
      FulfillmentTypes: b.FulfillmentTypes,
      CreatedAt: iso(a.created),
      ExpiresAt: iso(a.created + 365 * 86_400_000),
      ApplicableBenefitIds: [b.Id],
    };
  }

  allocation(a: Allocation): J {
    const s = this.allocationSummary(a);
    const type = s.FulfillmentTypes[0] as string;
    const money = (amount: string) => ({ Amount: amount, CurrencyCode: 'USD' });
    const allocated = `${5000 + a.i * 250}.00`;
    const issuance = { IssuanceId: `iss-${alnum(a.i, 8)}`, IssuanceAmount: money(allocated), IssuedAt: s.CreatedAt };
    const detail =
      type === 'CASH'
        ? { DisbursementDetails: { DisbursedAmount: money(allocated), IssuanceDetails: issuance } }
        : type === 'CREDITS'
          ? {
              CreditDetails: {
                AllocatedAmount: money(allocated),
                IssuedAmount: money(allocated),
                Codes: [
                  {
                    AwsAccountId: acct(a.i),
                    Value: money(allocated),
                    AwsCreditCode: `PC${alnum(a.i, 10).toUpperCase()}`,
                    Status: 'ACTIVE',
                    IssuedAt: s.CreatedAt,
                    ExpiresAt: s.ExpiresAt,
                  },
                ],
              },
            }
          : { AccessDetails: { Description: 'Access to the AWS Partner Solutions Architect programme' } };
    if (type === 'CREDITS' && a.utilized !== '0.00') {
      (detail as J).CreditDetails.Codes[0].Status = 'FULFILLED';
    }
    return {
      Id: s.Id,
      Catalog: s.Catalog,
      Arn: s.Arn,
      Name: s.Name,
      Description: `Allocation for ${s.BenefitApplicationId}`,
      Status: s.Status,
      StatusReason: s.Status === 'FULFILLED' ? 'Fully disbursed' : undefined,
      BenefitApplicationId: s.BenefitApplicationId,
      BenefitId: s.BenefitId,
      FulfillmentType: type,
      ApplicableBenefitIds: s.ApplicableBenefitIds,
      FulfillmentDetail:
        a.utilized !== '0.00' && type !== 'CREDITS'
          ? {
              ConsumableDetails: {
                AllocatedAmount: money(allocated),
                RemainingAmount: money(subtract(allocated, a.utilized)),
                UtilizedAmount: money(a.utilized),
                IssuanceDetails: issuance,
              },
            }
          : detail,
      CreatedAt: s.CreatedAt,
      UpdatedAt: iso(a.updated),
      StartsAt: s.CreatedAt,
      ExpiresAt: s.ExpiresAt,
    };
  }
}

const APP_STATUS = ['PENDING_SUBMISSION', 'IN_REVIEW', 'ACTION_REQUIRED', 'APPROVED', 'REJECTED', 'CANCELED', 'APPROVED'];

/** a − b on two-place decimal strings, exactly (in cents as BigInt). */
function subtract(a: string, b: string): string {
  const cents = (s: string) => BigInt(s.replace('.', ''));
  const d = cents(a) - cents(b);
  const neg = d < 0n;
  const t = (neg ? -d : d).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${t.slice(0, -2)}.${t.slice(-2)}`;
}

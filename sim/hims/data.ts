// The HIMS simulator's hospital: deterministic FHIR R4 resources (bilingual English/Arabic names), with
// updates (new versionId, later meta.lastUpdated) and deletions kept as history, as a FHIR server keeps them.
import { rng, pick } from '../faults.js';

/**
 * A FHIR decimal as the server stores it: its text ("1.10", 18 digits…), written to JSON as that exact number
 * token (FHIR JSON keeps a decimal's precision; a double would not). See fhirJson in server.ts.
 */
export class FhirDecimal {
  constructor(readonly text: string) {
    // FHIR's decimal: digits, an optional fraction and an optional exponent (1E2, 1e-7)
    if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) throw new Error(`not a FHIR decimal: ${text}`);
  }
  toJSON(): string {
    return `\u0000decimal:${this.text}`;
  }
}

export type Resource = Record<string, any> & { resourceType: string; id: string; meta: { versionId: string; lastUpdated: string } };

export const TYPES = [
  'Patient',
  'Practitioner',
  'Medication',
  'Appointment',
  'Encounter',
  'Invoice',
  'ChargeItem',
  'MedicationDispense',
] as const;
export type ResourceType = (typeof TYPES)[number];

const GIVEN = [
  ['Mohammed', 'محمد'],
  ['Fatima', 'فاطمة'],
  ['Ahmed', 'أحمد'],
  ['Aisha', 'عائشة'],
  ['Omar', 'عمر'],
  ['Layla', 'ليلى'],
  ['Yousef', 'يوسف'],
  ['Mariam', 'مريم'],
  ['Khalid', 'خالد'],
  ['Noor', 'نور'],
] as const;
const FAMILY = [
  ['Al Mansouri', 'المنصوري'],
  ['Haddad', 'حداد'],
  ['Al Hashimi', 'الهاشمي'],
  ['Nasser', 'ناصر'],
  ['Saleh', 'صالح'],
  ['Al Qasimi', 'القاسمي'],
  ['Khoury', 'خوري'],
] as const;
const DRUGS = [
  ['Paracetamol 500 mg tablet', 'باراسيتامول ٥٠٠ ملغ', '313782'],
  ['Amoxicillin 250 mg capsule', 'أموكسيسيلين ٢٥٠ ملغ', '308182'],
  ['Metformin 850 mg tablet', 'ميتفورمين ٨٥٠ ملغ', '861004'],
  ['Atorvastatin 10 mg tablet', 'أتورفاستاتين ١٠ ملغ', '617312'],
  ['Salbutamol inhaler', 'بخاخ سالبوتامول', '745679'],
  ['Insulin glargine 100 unit/mL', 'إنسولين جلارجين', '261551'],
] as const;
const SPECIALTIES = ['Cardiology', 'Paediatrics', 'General Practice', 'Orthopaedics', 'Dermatology'];
const APPT_STATUS = ['booked', 'fulfilled', 'fulfilled', 'fulfilled', 'cancelled', 'noshow', 'arrived'];
const LANG = 'http://hl7.org/fhir/StructureDefinition/language';

export interface HospitalOptions {
  seed?: number;
  patients?: number;
  practitioners?: number;
  appointments?: number;
}

const BASE = Date.UTC(2025, 5, 1, 0, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Resources of every type, held in memory (a hospital of tens of thousands of resources is small). */
export class Hospital {
  readonly resources = new Map<ResourceType, Resource[]>();
  /** deleted resources: type → [{id, versionId, at}] (what _history reports) */
  readonly deletions = new Map<ResourceType, Array<{ id: string; versionId: string; at: string }>>();
  private clock: number;
  private readonly seed: number;

  constructor(o: HospitalOptions = {}) {
    this.seed = o.seed ?? 7;
    const r = rng(this.seed);
    const nPat = o.patients ?? 120;
    const nPr = o.practitioners ?? 12;
    const nAppt = o.appointments ?? 300;
    let t = BASE;
    const stamp = () => iso((t += 1000 + Math.floor(r() * 4000)));
    const put = (res: Omit<Resource, 'meta'>) => {
      const type = res.resourceType as ResourceType;
      if (!this.resources.has(type)) this.resources.set(type, []);
      this.resources.get(type)!.push({ ...res, meta: { versionId: '1', lastUpdated: stamp() } } as Resource);
    };
    for (let i = 1; i <= nPr; i++) {
      const [ge, ga] = GIVEN[(i * 3) % GIVEN.length]!;
      const [fe, fa] = FAMILY[(i * 5) % FAMILY.length]!;
      put({
        resourceType: 'Practitioner',
        id: `pr-${i}`,
        active: true,
        identifier: [{ system: 'urn:oid:2.16.784.1.1.1', value: `DHA-${10000 + i}` }],
        name: [
          { use: 'official', family: fe, given: [ge], prefix: ['Dr.'] },
          { use: 'official', text: `د. ${ga} ${fa}`, extension: [{ url: LANG, valueCode: 'ar' }] },
        ],
        gender: ((i * 3) % GIVEN.length) % 2 ? 'female' : 'male',
        telecom: [{ system: 'phone', value: `+97142${String(100000 + i)}` }],
        qualification: [{ code: { text: pick(r, SPECIALTIES) } }],
      });
    }
    DRUGS.forEach(([en, ar, code], k) =>
      put({
        resourceType: 'Medication',
        id: `med-${k + 1}`,
        status: 'active',
        code: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code, display: en }], text: en },
        extension: [{ url: 'urn:medi:name-ar', valueString: ar }],
        form: { text: en.includes('inhaler') ? 'Inhaler' : en.includes('unit/mL') ? 'Injection' : 'Tablet' },
        manufacturer: { display: 'Gulf Pharmaceutical Industries' },
      }),
    );
    for (let i = 1; i <= nPat; i++) {
      const [ge, ga] = GIVEN[i % GIVEN.length]!;
      const [fe, fa] = FAMILY[(i * 7) % FAMILY.length]!;
      const y = 1940 + Math.floor(r() * 80);
      put({
        resourceType: 'Patient',
        id: `pat-${i}`,
        active: true,
        identifier: [
          { system: 'urn:medi:mrn', value: `MRN${String(i).padStart(7, '0')}` },
          { system: 'urn:oid:2.16.784.1.1.2', value: `784-${y}-${String(1000000 + i).slice(1)}-${i % 10}` },
        ],
        name: [
          { use: 'official', family: fe, given: [ge] },
          { use: 'official', text: `${ga} ${fa}`, extension: [{ url: LANG, valueCode: 'ar' }] },
        ],
        gender: (i % GIVEN.length) % 2 ? 'female' : 'male',
        birthDate: `${y}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        telecom: [
          { system: 'phone', value: `+9715${String(10000000 + i * 37)}`, use: 'mobile' },
          ...(i % 3 ? [] : [{ system: 'email', value: `patient${i}@example.ae` }]),
        ],
        address: [{ city: pick(r, ['Dubai', 'Sharjah', 'Abu Dhabi', 'دبي']), country: 'AE' }],
      });
    }
    for (let i = 1; i <= nAppt; i++) {
      const pat = `pat-${1 + Math.floor(r() * nPat)}`;
      const pr = `pr-${1 + Math.floor(r() * nPr)}`;
      const start = BASE + i * 3_600_000;
      const status = pick(r, APPT_STATUS);
      put({
        resourceType: 'Appointment',
        id: `appt-${i}`,
        status,
        ...(status === 'cancelled' ? { cancelationReason: { text: 'Patient request' } } : {}),
        serviceType: [{ text: pick(r, SPECIALTIES) }],
        appointmentType: { text: i % 4 ? 'ROUTINE' : 'FOLLOWUP' },
        start: iso(start),
        end: iso(start + 1_800_000),
        minutesDuration: 30,
        created: iso(start - 86_400_000),
        participant: [
          { actor: { reference: `Patient/${pat}` }, status: 'accepted' },
          { actor: { reference: `Practitioner/${pr}` }, status: 'accepted' },
        ],
      });
      if (status === 'fulfilled' || status === 'arrived') {
        put({
          resourceType: 'Encounter',
          id: `enc-${i}`,
          status: status === 'fulfilled' ? 'finished' : 'in-progress',
          class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: i % 10 ? 'AMB' : 'EMER' },
          subject: { reference: `Patient/${pat}` },
          participant: [{ individual: { reference: `Practitioner/${pr}` } }],
          appointment: [{ reference: `Appointment/appt-${i}` }],
          period: { start: iso(start), ...(status === 'fulfilled' ? { end: iso(start + 1_500_000) } : {}) },
        });
        const fee = 150 + Math.floor(r() * 600);
        put({
          resourceType: 'ChargeItem',
          id: `ci-${i}`,
          status: 'billed',
          code: { coding: [{ system: 'urn:medi:tariff', code: 'CONS', display: 'Consultation' }] },
          subject: { reference: `Patient/${pat}` },
          context: { reference: `Encounter/enc-${i}` },
          occurrenceDateTime: iso(start),
          quantity: { value: 1 },
          priceOverride: { value: fee, currency: 'AED' },
          enteredDate: iso(start + 1_600_000),
        });
        put({
          resourceType: 'Invoice',
          id: `inv-${i}`,
          status: i % 9 ? 'issued' : 'balanced',
          subject: { reference: `Patient/${pat}` },
          date: iso(start + 1_700_000),
          lineItem: [
            {
              sequence: 1,
              chargeItemReference: { reference: `ChargeItem/ci-${i}` },
              priceComponent: [
                { type: 'base', amount: { value: fee, currency: 'AED' } },
                { type: 'tax', amount: { value: Math.round(fee * 5) / 100, currency: 'AED' } },
              ],
            },
          ],
          totalNet: { value: fee, currency: 'AED' },
          totalGross: { value: Math.round(fee * 105) / 100, currency: 'AED' },
        });
        if (i % 2 === 0) {
          const med = 1 + (i % DRUGS.length);
          put({
            resourceType: 'MedicationDispense',
            id: `md-${i}`,
            status: 'completed',
            medicationReference: { reference: `Medication/med-${med}`, display: DRUGS[med - 1]![0] },
            subject: { reference: `Patient/${pat}` },
            context: { reference: `Encounter/enc-${i}` },
            performer: [{ actor: { reference: `Practitioner/${pr}` } }],
            quantity: { value: 10 + (i % 20), unit: 'tablet', system: 'http://unitsofmeasure.org', code: '{tbl}' },
            daysSupply: { value: 5 + (i % 25), unit: 'day' },
            whenPrepared: iso(start + 2_000_000),
            whenHandedOver: iso(start + 2_400_000),
          });
        }
      }
    }
    this.clock = t;
  }

  list(type: ResourceType): Resource[] {
    return this.resources.get(type) ?? [];
  }

  private tick(): string {
    this.clock += 60_000;
    return iso(this.clock);
  }

  /**
   * Update resources of a type: new versionId, later lastUpdated, a visible change. `lastUpdated` stamps the
   * versions with an earlier instant: a late commit (a transaction that took its timestamp when it began and
   * became visible after a reader had already passed that instant).
   */
  update(type: ResourceType, ids: string[], opts: { lastUpdated?: string } = {}): void {
    for (const id of ids) {
      const res = this.list(type).find((x) => x.id === id);
      if (!res) continue;
      res.meta = { versionId: String(Number(res.meta.versionId) + 1), lastUpdated: opts.lastUpdated ?? this.tick() };
      if (type === 'Patient') res.telecom = [{ system: 'phone', value: `+9715${res.meta.versionId}0000${id.slice(4)}`, use: 'mobile' }];
      if (type === 'Appointment') res.status = 'cancelled';
      if (type === 'Invoice') res.status = 'balanced';
    }
  }

  /** The newest lastUpdated of any resource or deletion (what a reader's bookmark reaches). */
  latest(): string {
    return iso(this.clock);
  }

  /** Create or replace a resource as a client's PUT would: the next versionId, a new lastUpdated. */
  put(res: Omit<Resource, 'meta'>): Resource {
    const list = this.list(res.resourceType as ResourceType);
    if (!this.resources.has(res.resourceType as ResourceType)) this.resources.set(res.resourceType as ResourceType, list);
    const i = list.findIndex((x) => x.id === res.id);
    // a re-created id goes on from its deletion's version, as HAPI FHIR numbers it
    const gone = (this.deletions.get(res.resourceType as ResourceType) ?? [])
      .filter((d) => d.id === res.id)
      .map((d) => Number(d.versionId));
    const version = i < 0 ? Math.max(0, ...gone) + 1 : Number(list[i]!.meta.versionId) + 1;
    const stored = { ...res, meta: { versionId: String(version), lastUpdated: this.tick() } } as Resource;
    if (i < 0) list.push(stored);
    else list[i] = stored;
    return stored;
  }

  delete(type: ResourceType, ids: string[]): void {
    const list = this.list(type);
    for (const id of ids) {
      const i = list.findIndex((x) => x.id === id);
      if (i < 0) continue;
      const [res] = list.splice(i, 1);
      if (!this.deletions.has(type)) this.deletions.set(type, []);
      this.deletions.get(type)!.push({ id, versionId: String(Number(res!.meta.versionId) + 1), at: this.tick() });
    }
  }

  add(type: 'Patient', n: number): string[] {
    const out: string[] = [];
    const list = this.list(type);
    for (let k = 0; k < n; k++) {
      const i = list.length + 1000 + k;
      const id = `pat-${i}`;
      list.push({
        resourceType: 'Patient',
        id,
        active: true,
        identifier: [{ system: 'urn:medi:mrn', value: `MRN${String(i).padStart(7, '0')}` }],
        name: [
          { use: 'official', family: 'Haddad', given: ['Sara'] },
          { use: 'official', text: 'سارة حداد', extension: [{ url: LANG, valueCode: 'ar' }] },
        ],
        gender: 'female',
        birthDate: '1990-02-03',
        meta: { versionId: '1', lastUpdated: this.tick() },
      });
      out.push(id);
    }
    return out;
  }
}

// The Tally simulator's books: deterministic companies with masters and any number of vouchers. Vouchers are
// computed from their index (never held in memory), so a 500 MB export costs no more memory than a small one.
// Values follow the fact sheet (shared/sources/tally.md): signed amounts, " 10.00 Nos" quantities, "12.50/Nos"
// rates, YYYYMMDD dates, Yes/No logicals, &#4;-marked reserved names, bilingual (English/Arabic) names.
import { rng, pick } from '../faults.js';

/** [XML tag, TYPE attribute, value]; a value array is a `.LIST` of plain values */
export type Leaf = [tag: string, type: string, value: string | string[]];
/** a nested `.LIST` element: tag (without .LIST) and its children */
export interface Nested {
  list: string;
  items: Array<Array<Leaf | Nested>>;
}

export interface TallyObject {
  /** XML element, e.g. LEDGER */
  element: string;
  name: string;
  masterId: number;
  alterId: number;
  guid: string;
  attrs?: Record<string, string>;
  fields: Array<Leaf | Nested>;
  /** leaves (GUID, MASTERID, ALTERID or a field tag) the export leaves out, as a damaged object comes out */
  omit?: string[];
  /** vouchers only */
  date?: string;
  cancelled?: boolean;
  optional?: boolean;
  /** a Purchase/Sales Order: what $$IsOrderVch:$VoucherTypeName computes (server.ts answers a COMPUTE of it) */
  order?: boolean;
}

export const RESERVED = '\u0004 ';

const EN_PARTIES = [
  'Al Noor Pharmacy',
  'Gulf Medical Supplies',
  'Crescent Diagnostics',
  'Oasis Clinic',
  'Emirates Surgical',
  'Palm Health Traders',
  'Desert Rose Labs',
  'Falcon Biomedical',
];
const AR_PARTIES = [
  'صيدلية النور',
  'الخليج للمستلزمات الطبية',
  'الهلال للتشخيص',
  'عيادة الواحة',
  'الإمارات الجراحية',
  'النخيل للتجارة الصحية',
  'مختبرات وردة الصحراء',
  'الصقر الطبية',
];
const DRUGS_EN = [
  'Paracetamol 500mg',
  'Amoxicillin 250mg',
  'Ibuprofen 400mg',
  'Metformin 850mg',
  'Omeprazole 20mg',
  'Atorvastatin 10mg',
  'Salbutamol Inhaler',
  'Cetirizine 10mg',
  'Insulin Glargine',
  'Azithromycin 500mg',
];
const DRUGS_AR = [
  'باراسيتامول ٥٠٠ ملغ',
  'أموكسيسيلين ٢٥٠ ملغ',
  'إيبوبروفين ٤٠٠ ملغ',
  'ميتفورمين ٨٥٠ ملغ',
  'أوميبرازول ٢٠ ملغ',
  'أتورفاستاتين ١٠ ملغ',
  'بخاخ سالبوتامول',
  'سيتريزين ١٠ ملغ',
  'إنسولين جلارجين',
  'أزيثروميسين ٥٠٠ ملغ',
];
const DEPTS = [
  ['Cardiology', 'أمراض القلب'],
  ['Pharmacy', 'الصيدلية'],
  ['Radiology', 'الأشعة'],
  ['Emergency', 'الطوارئ'],
  ['Laboratory', 'المختبر'],
  ['Outpatients', 'العيادات الخارجية'],
] as const;
const NARRATIONS = [
  'Being goods sold as per invoice',
  'Being payment received&#13;&#10;by bank transfer',
  'بيع أدوية حسب الفاتورة',
  'Monthly pharmacy supplies',
  'تسوية حساب المورد',
  'Being expenses booked for the month',
];

export interface CompanyOptions {
  name: string;
  seed: number;
  /** vouchers in the base books */
  vouchers: number;
  ledgers?: number;
  stockItems?: number;
  /** first day of the books, YYYYMMDD */
  booksFrom?: string;
  /** days the vouchers spread over */
  days?: number;
  /**
   * `printed`: amounts as Tally prints them where a TDL or report asks for the display form (Indian digit
   * grouping, `Dr`/`Cr` suffix on ledger amounts and balances, `(-)` for a negative stock value) instead of
   * the signed plain form. Both say the same values.
   */
  amounts?: 'plain' | 'printed';
  /** every n-th Purchase invoice (by index) is a Purchase Order instead; 0 (default): none */
  orderEvery?: number;
  /**
   * The period selected in Tally's UI, YYYYMMDD: what a request without SVFROMDATE/SVTODATE exports. Default: the
   * financial year (1 April to 31 March) of the last voucher date, where TallyPrime opens a company
   */
  uiPeriod?: { from: string; to: string };
}

/**
 * How an alteration reshapes a voucher (TallyPrime lets a voucher be re-saved with lines removed, or changed
 * to another voucher type): `same` keeps its shape; `fewer_stock_lines` keeps one stock line; `no_stock_lines`
 * re-saves an invoice as an accounting invoice (no stock lines); `no_ledger_lines` changes a Sales/Purchase
 * invoice into a Delivery Note / Receipt Note (stock lines only, no accounting lines).
 */
export type VoucherShape = 'same' | 'fewer_stock_lines' | 'no_stock_lines' | 'no_ledger_lines';

const amt = (cents: number) => (cents / 100).toFixed(2);

/** Indian digit grouping of a non-negative integer string: 12,34,56,789. */
function indianGroups(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.slice(0, -3);
  return head.replace(/\B(?=(\d{2})+$)/g, ',') + ',' + digits.slice(-3);
}

/** A plain signed amount (`-150000.00`) as Tally prints it: `1,50,000.00 Dr` (negative = debit) or `5,00,000.00 Cr`. */
export function printedDrCr(plain: string): string {
  const neg = plain.startsWith('-');
  const [int, frac] = plain.replace('-', '').split('.');
  return `${indianGroups(int!)}.${frac} ${neg ? 'Dr' : 'Cr'}`;
}

/** A plain signed amount as Tally prints a negative without Dr/Cr: `(-)1,000.00`. */
export function printedSigned(plain: string): string {
  const neg = plain.startsWith('-');
  const [int, frac] = plain.replace('-', '').split('.');
  return `${neg ? '(-)' : ''}${indianGroups(int!)}.${frac}`;
}
const yes = (b: boolean) => (b ? 'Yes' : 'No');
const hex8 = (n: number) => n.toString(16).padStart(8, '0');

function addDays(yyyymmdd: string, days: number): string {
  const d = new Date(Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6, 8)) + days * 86_400_000);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

interface Item {
  name: string;
  unit: string;
  rateCents: number;
}

/** One company's books. Mutations (alter, delete, add) move the AlterID counters like Tally does. */
export class Company {
  readonly name: string;
  readonly guid: string;
  readonly booksFrom: string;
  readonly days: number;
  readonly seed: number;
  private baseVouchers: number;
  /** masters by element, in creation order */
  readonly masters = new Map<string, TallyObject[]>();
  private nextMasterId = 1;
  altMstId = 0;
  altVchId: number;
  readonly amounts: 'plain' | 'printed';
  readonly orderEvery: number;
  private readonly uiPeriodOption?: { from: string; to: string };
  /** voucher index → [alterId, version, shape] for altered vouchers */
  private altered = new Map<number, [number, number, VoucherShape]>();
  /** voucher index → the text its first ledger line's AMOUNT leaf carries instead (a huge or an unreadable value) */
  readonly amountOverrides = new Map<number, string>();
  /** voucher index → leaves written empty (DATE: the DATE leaf comes out blank) or left out (MASTERID…) */
  readonly damaged = new Map<number, { blank?: string[]; omit?: string[] }>();
  /** vouchers without a date: in no $Date range, counted under an empty day by BY $Date */
  readonly undated = new Set<number>();
  private deleted = new Set<number>();
  /** vouchers added after the base books: index → alterId */
  private added: number[] = [];
  private items: Item[] = [];
  private parties: { debtors: string[]; creditors: string[] } = { debtors: [], creditors: [] };

  constructor(o: CompanyOptions) {
    this.name = o.name;
    this.seed = o.seed;
    this.booksFrom = o.booksFrom ?? '20240401';
    this.days = o.days ?? 365;
    this.baseVouchers = o.vouchers;
    this.amounts = o.amounts ?? 'plain';
    this.orderEvery = o.orderEvery ?? 0;
    this.uiPeriodOption = o.uiPeriod;
    const r = rng(o.seed);
    this.guid = [8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('')).join('-');
    this.buildMasters(o.ledgers ?? 60, o.stockItems ?? 40);
    // base vouchers take AlterIDs 1..N of the voucher counter
    this.altVchId = o.vouchers;
  }

  private master(element: string, name: string, fields: Array<Leaf | Nested>, reserved = false): TallyObject {
    const masterId = this.nextMasterId++;
    const o: TallyObject = {
      element,
      name: reserved ? RESERVED + name : name,
      masterId,
      alterId: ++this.altMstId,
      guid: `${this.guid}-${hex8(masterId)}`,
      fields,
    };
    if (!this.masters.has(element)) this.masters.set(element, []);
    this.masters.get(element)!.push(o);
    return o;
  }

  private buildMasters(ledgers: number, stockItems: number): void {
    const r = rng(this.seed * 31 + 7);
    const primary = RESERVED + 'Primary';
    const groups: Array<[string, string, boolean, boolean]> = [
      ['Capital Account', primary, false, false],
      ['Current Assets', primary, false, true],
      ['Current Liabilities', primary, false, false],
      ['Sales Accounts', primary, true, false],
      ['Purchase Accounts', primary, true, true],
      ['Direct Expenses', primary, true, true],
      ['Indirect Expenses', primary, true, true],
      ['Sundry Debtors', 'Current Assets', false, true],
      ['Sundry Creditors', 'Current Liabilities', false, false],
      ['Bank Accounts', 'Current Assets', false, true],
      ['Cash-in-Hand', 'Current Assets', false, true],
      ['Duties & Taxes', 'Current Liabilities', false, false],
      ['مصاريف تشغيلية', 'Indirect Expenses', true, true],
    ];
    for (const [name, parent, rev, dp] of groups) {
      this.master(
        'GROUP',
        name,
        [
          ['PARENT', 'String', parent],
          ['_PRIMARYGROUP', 'String', parent === primary ? name : 'Current Assets'],
          ['ISREVENUE', 'Logical', yes(rev)],
          ['ISDEEMEDPOSITIVE', 'Logical', yes(dp)],
          ['ISRESERVED', 'Logical', yes(!name.startsWith('م'))],
          ['AFFECTSGROSSPROFIT', 'Logical', yes(rev && dp)],
          ['SORTPOSITION', 'Number', ` ${groups.findIndex((g) => g[0] === name) * 10 + 10}`],
        ],
        false,
      );
    }
    for (const [name, parent, nm, dp, stock] of [
      ['Sales', primary, 'Automatic', false, true],
      ['Purchase', primary, 'Automatic', true, true],
      ['Receipt', primary, 'Automatic', false, false],
      ['Payment', primary, 'Automatic', true, false],
      ['Journal', primary, 'Manual', true, false],
      ['Credit Note', primary, 'Automatic', false, true],
      ...(this.orderEvery > 0 ? ([['Purchase Order', primary, 'Automatic', true, true]] as const) : []),
    ] as const) {
      this.master(
        'VOUCHERTYPE',
        name,
        [
          ['PARENT', 'String', parent],
          ['NUMBERINGMETHOD', 'String', nm],
          ['ISDEEMEDPOSITIVE', 'Logical', yes(dp)],
          ['AFFECTSSTOCK', 'Logical', yes(stock)],
        ],
        true,
      );
    }
    this.master(
      'COSTCATEGORY',
      'Primary Cost Category',
      [
        ['ALLOCATEREVENUE', 'Logical', 'Yes'],
        ['ALLOCATENONREVENUE', 'Logical', 'No'],
      ],
      true,
    );
    this.master('COSTCATEGORY', 'Departments', [
      ['ALLOCATEREVENUE', 'Logical', 'Yes'],
      ['ALLOCATENONREVENUE', 'Logical', 'Yes'],
    ]);
    for (const [en, ar] of DEPTS)
      this.master('COSTCENTRE', `${en} - ${ar}`, [
        ['PARENT', 'String', RESERVED + 'Primary'],
        ['CATEGORY', 'String', 'Departments'],
        ['FORPAYROLL', 'Logical', 'No'],
      ]);
    this.master('COSTCENTRE', 'Dr. Amal Haddad', [
      ['PARENT', 'String', RESERVED + 'Primary'],
      ['CATEGORY', 'String', 'Primary Cost Category'],
      ['FORPAYROLL', 'Logical', 'Yes'],
    ]);
    this.master(
      'GODOWN',
      'Main Location',
      [
        ['PARENT', 'String', ''],
        ['ADDRESS.LIST', 'String', ['Ground Floor', 'Building 4']],
      ],
      true,
    );
    for (const g of ['Central Store', 'المستودع الرئيسي', 'Pharmacy Counter'])
      this.master('GODOWN', g, [
        ['PARENT', 'String', RESERVED + 'Primary'],
        ['ADDRESS.LIST', 'String', ['Dubai Healthcare City']],
      ]);
    const units: Array<[string, string]> = [
      ['Nos', 'Numbers'],
      ['Strip', 'Strips'],
      ['Box', 'Boxes'],
      ['Vial', 'Vials'],
      ['Doz', 'Dozen'],
    ];
    for (const [sym, formal] of units)
      this.master('UNIT', sym, [
        ['FORMALNAME', 'String', formal],
        ['ISSIMPLEUNIT', 'Logical', 'Yes'],
        ['BASEUNITS', 'String', ''],
        // a simple unit has no additional unit: a live TallyPrime writes the reserved "Not Applicable"
        ['ADDITIONALUNITS', 'String', RESERVED + 'Not Applicable'],
        ['CONVERSION', 'Number', ' 0'],
      ]);
    for (const sg of ['Medicines', 'Consumables', 'Surgical', 'أدوية مزمنة'])
      this.master('STOCKGROUP', sg, [['PARENT', 'String', RESERVED + 'Primary']]);
    for (const sc of ['Prescription', 'OTC', 'Controlled']) this.master('STOCKCATEGORY', sc, [['PARENT', 'String', RESERVED + 'Primary']]);
    for (let i = 0; i < stockItems; i++) {
      const base = i % DRUGS_EN.length;
      const name =
        (i % 3 === 2 ? DRUGS_AR[base]! : DRUGS_EN[base]!) + (i >= DRUGS_EN.length ? ` #${Math.floor(i / DRUGS_EN.length) + 1}` : '');
      const unit = units[i % units.length]![0];
      const rateCents = 150 + Math.floor(r() * 20000);
      this.items.push({ name, unit, rateCents });
      const open = Math.floor(r() * 500);
      this.master('STOCKITEM', name, [
        ['PARENT', 'String', i % 4 === 0 ? 'Consumables' : 'Medicines'],
        ['CATEGORY', 'String', pick(r, ['Prescription', 'OTC', 'Controlled'])],
        ['BASEUNITS', 'String', unit],
        ['ADDITIONALUNITS', 'String', ''],
        ['OPENINGBALANCE', 'Quantity', ` ${open}.00 ${unit}`],
        ['OPENINGRATE', 'Rate', `${amt(rateCents)}/${unit}`],
        ['OPENINGVALUE', 'Amount', this.money(-open * rateCents, false)],
        ['CLOSINGBALANCE', 'Quantity', ` ${open + 40}.00 ${unit}`],
        ['CLOSINGRATE', 'Rate', `${amt(rateCents)}/${unit}`],
        ['CLOSINGVALUE', 'Amount', this.money(-(open + 40) * rateCents, false)],
        ['COSTINGMETHOD', 'String', 'Avg. Cost'],
        ['PARTNO', 'String', `PN-${1000 + i}`],
      ]);
    }
    const fixed: Array<[string, string, number]> = [
      ['Cash', 'Cash-in-Hand', 0],
      ['Emirates NBD Current A/c', 'Bank Accounts', 0],
      ['Pharmacy Sales', 'Sales Accounts', 0],
      ['Consultation Income', 'Sales Accounts', 0],
      ['Drug Purchases', 'Purchase Accounts', 0],
      ['Rent', 'Indirect Expenses', 0],
      ['رواتب الموظفين', 'مصاريف تشغيلية', 0],
      ['VAT Output 5%', 'Duties & Taxes', 0],
    ];
    for (const [name, parent] of fixed) this.ledger(name, parent, r);
    for (let i = 0; i < ledgers; i++) {
      const debtor = i % 2 === 0;
      const k = Math.floor(i / 2);
      const base = (i % 3 === 1 ? AR_PARTIES : EN_PARTIES)[k % EN_PARTIES.length]!;
      const name = `${base}${k >= EN_PARTIES.length ? ` ${Math.floor(k / EN_PARTIES.length) + 1}` : ''}${debtor ? '' : ' (Supplier)'}`;
      this.ledger(name, debtor ? 'Sundry Debtors' : 'Sundry Creditors', r);
      (debtor ? this.parties.debtors : this.parties.creditors).push(name);
    }
    // stock-only voucher types (a reshaped invoice becomes one); created last so no other master's id moves
    for (const [name, dp] of [
      ['Delivery Note', false],
      ['Receipt Note', true],
    ] as const) {
      this.master(
        'VOUCHERTYPE',
        name,
        [
          ['PARENT', 'String', RESERVED + 'Primary'],
          ['NUMBERINGMETHOD', 'String', 'Automatic'],
          ['ISDEEMEDPOSITIVE', 'Logical', yes(dp)],
          ['AFFECTSSTOCK', 'Logical', 'Yes'],
        ],
        true,
      );
    }
  }

  /** An amount leaf's text in this company's style: ledger amounts and balances with Dr/Cr, others with (-). */
  private money(cents: number, drCr: boolean): string {
    if (this.amounts === 'plain') return amt(cents);
    return drCr ? printedDrCr(amt(cents)) : printedSigned(amt(cents));
  }

  private ledger(name: string, parent: string, r: () => number, version = 0): TallyObject {
    return this.master('LEDGER', name, this.ledgerFields(parent, r, version));
  }

  private ledgerFields(parent: string, r: () => number, version: number): Array<Leaf | Nested> {
    const opening = Math.floor(r() * 5_000_000) * (r() < 0.5 ? -1 : 1);
    return [
      ['PARENT', 'String', parent],
      ['ONLYALIAS', 'String', ''],
      ['OPENINGBALANCE', 'Amount', this.money(opening, true)],
      ['CLOSINGBALANCE', 'Amount', this.money(opening + Math.floor(r() * 100000), true)],
      ['ISREVENUE', 'Logical', yes(parent.includes('Sales') || parent.includes('Expenses'))],
      ['ISDEEMEDPOSITIVE', 'Logical', yes(parent.includes('Debtors') || parent.includes('Expenses'))],
      ['MAILINGNAME', 'String', ''],
      ['ADDRESS.LIST', 'String', ['Office 12, Al Wasl Road', 'Dubai']],
      ['LEDSTATENAME', 'String', 'Dubai'],
      ['COUNTRYNAME', 'String', 'United Arab Emirates'],
      ['PINCODE', 'String', '00000'],
      ['EMAIL', 'String', version ? `accounts.v${version}@example.ae` : 'accounts@example.ae'],
      ['INCOMETAXNUMBER', 'String', ''],
      ['PARTYGSTIN', 'String', ''],
      ['BILLCREDITPERIOD', 'Due Date', parent.includes('Sundry') ? '30 Days' : ''],
    ];
  }

  /** Every master of an element type that still exists. */
  mastersOf(element: string): TallyObject[] {
    return this.masters.get(element) ?? [];
  }

  get voucherCount(): number {
    return this.baseVouchers + this.added.length - this.deleted.size;
  }

  /** Date of voucher index i (base vouchers spread evenly over the days; added ones on the last day). */
  dateOf(i: number): string {
    if (i >= this.baseVouchers) return addDays(this.booksFrom, this.days - 1);
    return addDays(this.booksFrom, Math.floor((i * this.days) / this.baseVouchers));
  }

  /** First voucher index on or after date d (base vouchers are in date order). */
  private firstIndexOn(d: string): number {
    let lo = 0;
    let hi = this.baseVouchers;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.dateOf(mid) < d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  alterIdOf(i: number): number {
    const a = this.altered.get(i);
    if (a) return a[0];
    return i < this.baseVouchers ? i + 1 : this.added[i - this.baseVouchers]!;
  }

  /** Voucher indexes in [from, to] dates (inclusive; undefined = open) with AlterID > alterGt, in index order. */
  *voucherIndexes(from?: string, to?: string, alterGt = 0): Generator<number> {
    const lo = from ? this.firstIndexOn(from) : 0;
    const hi = to ? this.firstIndexOn(addDays(to, 1)) : this.baseVouchers;
    // unaltered base vouchers have AlterID i + 1, so the filter starts the scan at alterGt
    const start = Math.max(lo, alterGt);
    const late = [...this.altered.keys()].filter((i) => i >= lo && i < start && i < hi).sort((a, b) => a - b);
    // an undated voucher is in no date range
    const dated = (i: number) => !(from || to) || !this.undated.has(i);
    for (const i of late) if (!this.deleted.has(i) && this.alterIdOf(i) > alterGt && dated(i)) yield i;
    for (let i = start; i < hi; i++) if (!this.deleted.has(i) && dated(i)) yield i;
    for (let j = 0; j < this.added.length; j++) {
      const i = this.baseVouchers + j;
      const d = this.dateOf(i);
      if ((!from || d >= from) && (!to || d <= to) && !this.deleted.has(i) && this.alterIdOf(i) > alterGt && dated(i)) yield i;
    }
  }

  voucher(i: number): TallyObject {
    const version = this.altered.get(i)?.[1] ?? 0;
    const shape = this.altered.get(i)?.[2] ?? 'same';
    const r = rng(this.seed * 1_000_003 + i * 7919 + version * 104_729);
    const drawn = r();
    // a reshaped voucher keeps the type of its first version (a plain re-save may come back as any type)
    const roll = shape === 'same' ? drawn : rng(this.seed * 1_000_003 + i * 7919)();
    const type = roll < 0.5 ? 'Sales' : roll < 0.7 ? 'Purchase' : roll < 0.85 ? 'Receipt' : roll < 0.95 ? 'Payment' : 'Journal';
    const date = this.dateOf(i);
    const masterId = 1_000_000 + i;
    const ledgerEntries: Array<Array<Leaf | Nested>> = [];
    const inventory: Array<Array<Leaf | Nested>> = [];
    const line = (ledger: string, deemedPositive: boolean, cents: number, forex = false, costCentre?: string): Array<Leaf | Nested> => {
      const amount = forex ? `${amt(Math.round(cents / 367))} USD @ 3.6700/USD = ${this.money(cents, true)}` : this.money(cents, true);
      const entry: Array<Leaf | Nested> = [
        ['LEDGERNAME', 'String', ledger],
        ['ISDEEMEDPOSITIVE', 'Logical', yes(deemedPositive)],
        ['AMOUNT', 'Amount', amount],
      ];
      if (costCentre)
        entry.push({
          list: 'CATEGORYALLOCATIONS',
          items: [
            [
              ['CATEGORY', 'String', 'Departments'],
              {
                list: 'COSTCENTREALLOCATIONS',
                items: [
                  [
                    ['NAME', 'String', costCentre],
                    ['AMOUNT', 'Amount', this.money(cents, true)],
                  ],
                ],
              },
            ],
          ],
        });
      return entry;
    };
    let party = '';
    // per stock line, the amount its sales/purchase ledger takes (an item invoice's ACCOUNTINGALLOCATIONS)
    const lineCents: number[] = [];
    const stockLines = (inward: boolean): number => {
      // a company without stock items invoices services only: the total is drawn, no stock lines
      if (!this.items.length) return 1000 + Math.floor(r() * 2_000_000);
      let total = 0;
      const n = shape === 'fewer_stock_lines' ? 1 : 1 + Math.floor(r() * 3);
      for (let k = 0; k < n; k++) {
        const item = pick(r, this.items);
        const qty = 1 + Math.floor(r() * 20);
        const cents = qty * item.rateCents;
        total += cents;
        lineCents.push(inward ? -cents : cents);
        // some lines are split over two godowns (one BATCHALLOCATIONS.LIST each), as Tally writes them
        const split = qty >= 2 && (i + k) % 4 === 0 ? [Math.floor(qty / 2), qty - Math.floor(qty / 2)] : [qty];
        inventory.push([
          ['STOCKITEMNAME', 'String', item.name],
          ['ISDEEMEDPOSITIVE', 'Logical', yes(inward)],
          ['RATE', 'Rate', `${amt(item.rateCents)}/${item.unit}`],
          ['AMOUNT', 'Amount', this.money(inward ? -cents : cents, false)],
          ['ACTUALQTY', 'Quantity', ` ${qty}.00 ${item.unit}`],
          ['BILLEDQTY', 'Quantity', ` ${qty}.00 ${item.unit}`],
          ['DISCOUNT', 'Number', ' 0'],
          {
            list: 'BATCHALLOCATIONS',
            items: split.map((q, b): Leaf[] => [
              ['GODOWNNAME', 'String', (k + b) % 2 ? 'Pharmacy Counter' : RESERVED + 'Main Location'],
              ['BATCHNAME', 'String', `B${(i % 97) + 1 + b}`],
              ['AMOUNT', 'Amount', this.money((inward ? -q : q) * item.rateCents, false)],
              ['ACTUALQTY', 'Quantity', ` ${q}.00 ${item.unit}`],
              ['BILLEDQTY', 'Quantity', ` ${q}.00 ${item.unit}`],
            ]),
          },
        ]);
      }
      return total;
    };
    const cash = r() < 0.5 ? 'Cash' : 'Emirates NBD Current A/c';
    switch (type) {
      case 'Sales': {
        party = pick(r, this.parties.debtors);
        const total = stockLines(false);
        ledgerEntries.push(line(party, true, -total), line('Pharmacy Sales', false, total));
        break;
      }
      case 'Purchase': {
        party = pick(r, this.parties.creditors);
        const total = stockLines(true);
        ledgerEntries.push(line(party, false, total), line('Drug Purchases', true, -total));
        break;
      }
      case 'Receipt': {
        party = pick(r, this.parties.debtors);
        const cents = 1000 + Math.floor(r() * 2_000_000);
        const forex = i % 50 === 7;
        ledgerEntries.push(line(cash, true, -cents, forex), line(party, false, cents, forex));
        break;
      }
      case 'Payment': {
        party = pick(r, this.parties.creditors);
        const cents = 1000 + Math.floor(r() * 2_000_000);
        ledgerEntries.push(line(party, true, -cents), line(cash, false, cents));
        break;
      }
      default: {
        const cents = 5000 + Math.floor(r() * 500_000);
        const [en, ar] = pick(r, DEPTS);
        ledgerEntries.push(line(pick(r, ['Rent', 'رواتب الموظفين']), true, -cents, false, `${en} - ${ar}`), line(cash, false, cents));
      }
    }
    let type_ = type;
    const stockVoucher = type === 'Sales' || type === 'Purchase';
    if (stockVoucher && shape === 'no_stock_lines') inventory.length = 0;
    if (stockVoucher && shape === 'no_ledger_lines' && inventory.length) {
      ledgerEntries.length = 0;
      type_ = type === 'Sales' ? 'Delivery Note' : 'Receipt Note';
    } else if (stockVoucher && inventory.length) {
      // an item invoice, as a live TallyPrime writes it: ALLLEDGERENTRIES holds the party and the sales/purchase
      // ledger (the voucher's whole accounting), and each stock line repeats that ledger with its own amount
      // (ACCOUNTINGALLOCATIONS.LIST), a breakdown of the same posting
      const salesLine = ledgerEntries[ledgerEntries.length - 1]!;
      const leaf = (tag: string) => (salesLine.find((f) => Array.isArray(f) && f[0] === tag) as Leaf)[2] as string;
      inventory.forEach((entry, k) =>
        entry.push({
          list: 'ACCOUNTINGALLOCATIONS',
          items: [
            [
              ['LEDGERNAME', 'String', leaf('LEDGERNAME')],
              ['ISDEEMEDPOSITIVE', 'Logical', leaf('ISDEEMEDPOSITIVE')],
              ['AMOUNT', 'Amount', this.money(lineCents[k]!, true)],
            ],
          ],
        }),
      );
    }
    // a Purchase Order, as a live TallyPrime writes one: the stock lines (with their ACCOUNTINGALLOCATIONS), the
    // party under LEDGERENTRIES.LIST only, no ALLLEDGERENTRIES; neither optional nor cancelled, and it posts nothing
    const order = this.orderEvery > 0 && type === 'Purchase' && shape === 'same' && inventory.length > 0 && i % this.orderEvery === 0;
    if (order) {
      type_ = 'Purchase Order';
      ledgerEntries.length = 0;
    }
    const override = this.amountOverrides.get(i);
    if (override !== undefined && ledgerEntries[0]) {
      ledgerEntries[0] = ledgerEntries[0].map((f) =>
        Array.isArray(f) && f[0] === 'AMOUNT' ? (['AMOUNT', 'Amount', override] as Leaf) : f,
      );
    }
    const cancelled = i % 401 === 400;
    const damage = this.damaged.get(i);
    const blank = new Set(damage?.blank ?? []);
    if (this.undated.has(i)) blank.add('DATE');
    return {
      element: 'VOUCHER',
      name: '',
      masterId,
      alterId: this.alterIdOf(i),
      guid: `${this.guid}-${hex8(masterId)}`,
      date,
      cancelled,
      optional: false,
      order,
      ...(damage?.omit ? { omit: damage.omit } : {}),
      attrs: {
        REMOTEID: `${this.guid}-${hex8(masterId)}`,
        VCHKEY: `${this.guid}-0000${date}:${hex8(i)}`,
        VCHTYPE: type_,
        ACTION: 'Create',
        OBJVIEW: stockVoucher ? 'Invoice Voucher View' : 'Accounting Voucher View',
      },
      fields: [
        ['DATE', 'Date', blank.has('DATE') ? '' : date],
        ['VOUCHERTYPENAME', 'String', type_],
        ['VOUCHERNUMBER', 'String', `${type.slice(0, 3).toUpperCase()}/${i + 1}`],
        ['PARTYLEDGERNAME', 'String', party],
        ['REFERENCE', 'String', version ? `REV-${version}` : ''],
        ['NARRATION', 'String', pick(r, NARRATIONS) + (version ? ` (rev ${version})` : '')],
        ['ISINVOICE', 'Logical', yes(stockVoucher && type_ === type)],
        ['ISCANCELLED', 'Logical', yes(cancelled)],
        ['ISOPTIONAL', 'Logical', 'No'],
        ...(ledgerEntries.length ? [{ list: 'ALLLEDGERENTRIES', items: ledgerEntries } as Nested] : []),
        ...(inventory.length ? [{ list: 'ALLINVENTORYENTRIES', items: inventory } as Nested] : []),
      ],
    };
  }

  // --- mutations: each moves the relevant AlterID counter, as Tally does ---

  alterVouchers(indexes: number[], shape: VoucherShape = 'same'): void {
    for (const i of indexes) {
      if (this.deleted.has(i)) continue;
      this.altered.set(i, [++this.altVchId, (this.altered.get(i)?.[1] ?? 0) + 1, shape]);
    }
  }

  deleteVouchers(indexes: number[]): void {
    for (const i of indexes) this.deleted.add(i);
    this.altVchId++;
  }

  addVouchers(n: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < n; k++) {
      this.added.push(++this.altVchId);
      out.push(this.baseVouchers + this.added.length - 1);
    }
    return out;
  }

  alterMaster(element: string, index: number): TallyObject {
    const o = this.mastersOf(element)[index]!;
    o.alterId = ++this.altMstId;
    // ledgers get new field values; other masters are re-saved unchanged (a new AlterID only)
    if (element === 'LEDGER') {
      const parent = (o.fields.find((f) => Array.isArray(f) && f[0] === 'PARENT') as Leaf)[2] as string;
      o.fields = this.ledgerFields(parent, rng(this.seed + o.masterId * 13 + o.alterId), o.alterId);
    }
    return o;
  }

  deleteMaster(element: string, index: number): TallyObject {
    const list = this.mastersOf(element);
    const [o] = list.splice(index, 1);
    this.altMstId++;
    return o!;
  }

  isDeletedVoucher(i: number): boolean {
    return this.deleted.has(i);
  }

  /** The period a request without SVFROMDATE/SVTODATE is limited to (CompanyOptions.uiPeriod). */
  get uiPeriod(): { from: string; to: string } {
    if (this.uiPeriodOption) return this.uiPeriodOption;
    const last = this.lastVoucherDate;
    const fy = Number(last.slice(0, 4)) - (last.slice(4, 8) < '0401' ? 1 : 0);
    return { from: `${fy}0401`, to: `${fy + 1}0331` };
  }

  get lastVoucherDate(): string {
    return this.added.length ? this.dateOf(this.baseVouchers) : this.dateOf(Math.max(0, this.baseVouchers - 1));
  }
}

/** The default simulated estate: two companies, one with an Arabic name. */
export function defaultCompanies(vouchers = 2000): Company[] {
  return [
    new Company({ name: 'Al Shifa Medical Centre LLC', seed: 101, vouchers }),
    new Company({
      name: 'مستشفى النور التخصصي',
      seed: 202,
      vouchers: Math.max(10, Math.floor(vouchers / 10)),
      ledgers: 20,
      stockItems: 15,
    }),
  ];
}

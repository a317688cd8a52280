// TDL request envelopes (shared/sources/tally.md, "Envelope"): inline collection exports with FETCH lists and
// SYSTEM Formulae filters, the company list with its AlterID counters, per-day voucher counts.

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface CollectionRequest {
  /** collection name (also the HEADER ID) */
  id: string;
  /** TDL object type: Ledger, Voucher, StockItem… */
  type: string;
  fetch: string[];
  /** SVCURRENTCOMPANY; always set for data requests so Tally never falls back to "the active company" */
  company?: string;
  /** formula name → TDL expression; all must hold */
  filters?: Record<string, string>;
  /** method name → TDL expression Tally computes per object (COMPUTE), exported as a leaf of that name */
  compute?: Record<string, string>;
  /** built-in filters such as IsNonOptionalCancelledVchs */
  builtinFilters?: string[];
  /**
   * An aggregate (BY and AGGRCOMPUTE): asked for as Tally documents it, on a second collection whose
   * SOURCECOLLECTION is the filtered `type` collection (named `<id>Source`)
   */
  by?: string;
  aggrCompute?: string;
  /** the report period (SVFROMDATE/SVTODATE, YYYYMMDD): without it Tally exports the period selected in its UI */
  period?: { from: string; to: string };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** YYYYMMDD → `1-Apr-2024`, the form the reference loader sends in SVFROMDATE/SVTODATE. */
export function tallyDate(yyyymmdd: string): string {
  return `${Number(yyyymmdd.slice(6, 8))}-${MONTHS[Number(yyyymmdd.slice(4, 6)) - 1]}-${yyyymmdd.slice(0, 4)}`;
}

export function collectionEnvelope(r: CollectionRequest): string {
  const filters = Object.entries(r.filters ?? {});
  const filterNames = [...(r.builtinFilters ?? []), ...filters.map(([n]) => n)];
  const aggregate = r.by !== undefined || r.aggrCompute !== undefined;
  const source = aggregate ? `${r.id}Source` : r.id;
  const period = r.period ? `<SVFROMDATE>${tallyDate(r.period.from)}</SVFROMDATE><SVTODATE>${tallyDate(r.period.to)}</SVTODATE>` : '';
  return (
    `<ENVELOPE><HEADER><VERSION>1</VERSION><TALLYREQUEST>Export</TALLYREQUEST><TYPE>Collection</TYPE><ID>${xmlEscape(r.id)}</ID></HEADER>` +
    `<BODY><DESC><STATICVARIABLES><SVEXPORTFORMAT>$$SysName:XML</SVEXPORTFORMAT>${period}${r.company !== undefined ? `<SVCURRENTCOMPANY>${xmlEscape(r.company)}</SVCURRENTCOMPANY>` : ''}</STATICVARIABLES>` +
    `<TDL><TDLMESSAGE><COLLECTION NAME="${xmlEscape(source)}"><TYPE>${r.type}</TYPE>` +
    Object.entries(r.compute ?? {})
      .map(([name, expr]) => `<COMPUTE>${name} : ${xmlEscape(expr)}</COMPUTE>`)
      .join('') +
    (r.fetch.length ? `<FETCH>${r.fetch.join(',')}</FETCH>` : '') +
    (filterNames.length ? `<FILTER>${filterNames.join(',')}</FILTER>` : '') +
    `</COLLECTION>` +
    (aggregate
      ? `<COLLECTION NAME="${xmlEscape(r.id)}"><SOURCECOLLECTION>${xmlEscape(source)}</SOURCECOLLECTION>` +
        (r.by ? `<BY>${xmlEscape(r.by)}</BY>` : '') +
        (r.aggrCompute ? `<AGGRCOMPUTE>${xmlEscape(r.aggrCompute)}</AGGRCOMPUTE>` : '') +
        `</COLLECTION>`
      : '') +
    filters.map(([name, expr]) => `<SYSTEM TYPE="Formulae" NAME="${name}">${xmlEscape(expr)}</SYSTEM>`).join('') +
    `</TDLMESSAGE></TDL></DESC></BODY></ENVELOPE>`
  );
}

/** The open companies with their counters (AltMstId: highest master AlterID, AltVchId: highest voucher AlterID). */
export function companiesEnvelope(): string {
  return collectionEnvelope({
    id: 'MediCompanies',
    type: 'Company',
    fetch: ['NAME', 'GUID', 'ALTMSTID', 'ALTVCHID', 'BOOKSFROM', 'LASTVOUCHERDATE'],
  });
}

export const alterIdAbove = (n: number) => `$AlterID > ${n}`;
export const dateRange = (from: string, to: string) => `$Date >= $$Date:"${from}" AND $Date <= $$Date:"${to}"`;
export const LIVE_VOUCHERS = 'NOT $IsCancelled AND NOT $IsOptional';

/** Consecutive days packed into batches of at most `size` vouchers (a bigger single day is its own batch). */
export function packDays(counts: Array<[day: string, n: number]>, size: number): Array<{ from: string; to: string; count: number }> {
  const out: Array<{ from: string; to: string; count: number }> = [];
  for (const [day, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const last = out[out.length - 1];
    if (last && last.count + n <= size) {
      last.to = day;
      last.count += n;
    } else out.push({ from: day, to: day, count: n });
  }
  return out;
}

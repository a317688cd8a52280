// FHIR R4 resource → flat record per contract (shared/sources/hims-fhir.md, "Resources and warehouse fields").
// The resource itself is kept in `resource`, so vendor extensions are never lost. Decimals (Money, Quantity)
// are passed on as read (a number short enough to be exact, or the digit string of a longer one).
// Each column names the FHIR path(s) it is read from (fhir-path.ts): a column deselected in the catalog is
// removed from the blob by those same paths.
import { multiplyDecimals, sumDecimals } from './decimal.js';
import { removePath, type Predicate } from './fhir-path.js';

type R = Record<string, any>;
type Rec = Record<string, unknown>;

const LANG = 'http://hl7.org/fhir/StructureDefinition/language';
const ARABIC = /[\u0600-\u06FF]/;

/**
 * `Patient/123` or an absolute URL → its id (the last path segment after the type). A contained resource
 * (`#med1`) has no id of its own on the server: null.
 */
export function refId(ref: R | undefined): string | null {
  const r = ref?.reference as string | undefined;
  if (!r || r.startsWith('#')) return null;
  const parts = r.split('?')[0]!.split('/').filter(Boolean);
  const h = parts.indexOf('_history');
  return (h > 0 ? parts[h - 1] : parts[parts.length - 1]) ?? null;
}

/**
 * The id of a reference to a `type` resource; null when the reference names another type (a ChargeItem's
 * context may be an EpisodeOfCare, a subject a Group): such an id is no foreign key of this column.
 */
export function refTo(ref: R | undefined, type: string): string | null {
  const id = refId(ref);
  const r = ref?.reference as string | undefined;
  if (id === null) return null;
  const named = ref?.type ?? /(?:^|\/)([A-Z][A-Za-z]+)\/[^/]+(?:\/_history\/[^/]+)?$/.exec(r!.split('?')[0]!)?.[1];
  return named === undefined || named === type ? id : null;
}

function nameText(n: R): string {
  return n.text ?? [...(n.prefix ?? []), ...(n.given ?? []), n.family].filter(Boolean).join(' ');
}

/** The resource a `#id` reference names in `resource.contained`. */
function containedOf(resource: R, ref: R | undefined): R | undefined {
  const r = ref?.reference;
  if (typeof r !== 'string' || !r.startsWith('#')) return undefined;
  return (resource.contained ?? []).find((c: R) => c?.id === r.slice(1));
}

const V2_0203 = 'http://terminology.hl7.org/CodeSystem/v2-0203';
/** identifier.type codes (HL7 v2 table 0203) */
const typeCodes = (i: R): string[] =>
  (i?.type?.coding ?? []).filter((c: R) => c?.system === V2_0203 || c?.system === undefined).map((c: R) => String(c?.code ?? ''));
const typed = (i: R) => !!(i?.type?.coding?.length || i?.type?.text);
/** Not superseded: `use` old, or a period that has ended, marks an identifier no longer in use. */
const current = (i: R) => i?.use !== 'old' && !(typeof i?.period?.end === 'string' && Date.parse(i.period.end) < Date.now());
/** National person identifiers by system: UAE Emirates ID, US SSN, Dutch BSN. */
const NATIONAL_SYSTEMS = /2\.16\.784\.1\.1\.2|national|^http:\/\/hl7\.org\/fhir\/sid\/us-ssn$|^urn:oid:2\.16\.840\.1\.113883\.2\.4\.6\.3$/i;

/**
 * The MRN: a current identifier typed MR (or, untyped, with "mrn" in its system); when no identifier is typed
 * at all, the first current one that is not a national id (the server's own numbering, as before).
 */
function mrnOf(list: R[] | undefined): string | null {
  const mr = (list ?? []).filter(current).find(PREDICATES.mrn!);
  return (mr ?? (list ?? []).find(PREDICATES.mrnFallback!))?.value ?? null;
}

const isRef = (ref: R | undefined, type: string) => {
  const r = ref?.reference as string | undefined;
  return !!r && (r.startsWith(`${type}/`) || r.includes(`/${type}/`));
};

/** The filters of paths and readers alike (`name[?arabic]`). */
const PREDICATES: Record<string, Predicate> = {
  /** a HumanName tagged with the language extension (or, untagged, written in Arabic script) is Arabic */
  arabic: (n: R) => {
    const lang = (n?.extension ?? []).find((e: R) => e.url === LANG)?.valueCode;
    return lang === 'ar' || (!lang && ARABIC.test(nameText(n ?? {})));
  },
  mrn: (i: R) => typeCodes(i).includes('MR') || (!typed(i) && /mrn/i.test(String(i?.system ?? ''))),
  /** typed NI (national unique), SS (social security) or NNxxx (national person id of country xxx), or by system */
  nationalId: (i: R) =>
    typeCodes(i).some((c) => c === 'NI' || c === 'SS' || /^NN[A-Z]{3}$/.test(c)) ||
    (!typed(i) && NATIONAL_SYSTEMS.test(String(i?.system ?? ''))),
  /** what mrnOf falls back to when no identifier is typed: the first current one that is not a national id */
  mrnFallback: (i: R, _n?: number, list: readonly R[] = []) =>
    !list.some(typed) && i === list.filter(current).find((x) => !PREDICATES.nationalId!(x)),
  nameAr: (e: R) => /name-ar/.test(String(e?.url ?? '')),
  patientActor: (p: R) => isRef(p?.actor, 'Patient'),
  practitionerActor: (p: R) => isRef(p?.actor, 'Practitioner'),
  practitionerIndividual: (p: R) => isRef(p?.individual, 'Practitioner'),
};

/** English and Arabic names: the first of each. */
export function names(list: R[] | undefined): { name_en: string | null; name_ar: string | null } {
  const of = (arabic: boolean) =>
    (list ?? [])
      .filter((n) => PREDICATES.arabic!(n) === arabic)
      .map(nameText)
      .find(Boolean) ?? null;
  return { name_en: of(false), name_ar: of(true) };
}

const telecom = (list: R[] | undefined, system: string) => (list ?? []).find((t) => t.system === system)?.value ?? null;
const text = (cc: R | undefined) => cc?.text ?? cc?.coding?.[0]?.display ?? cc?.coding?.[0]?.code ?? null;
const first = (list: R[] | undefined) => (Array.isArray(list) ? list[0] : undefined);
const money = (m: R | undefined) => (m?.value === undefined ? null : m.value);
/** A FHIR date/dateTime as sent (`2024-05` included), for its `<column>_text` column. */
const asSent = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));
const refOfType = (list: R[] | undefined, pred: string, key: string) => refId((list ?? []).find(PREDICATES[pred]!)?.[key]);

const PRICE_TYPES = ['base', 'surcharge', 'deduction', 'discount', 'tax'] as const;

/**
 * An Invoice line: per price component type its exact decimal sum (a JSON column: 1.10 + 2.20 is 3.30, not
 * 3.3000000000000003). R4 lets a component carry only its `factor` on the base price: it counts as factor × the
 * line's base amounts; with no base amount to apply it to, that type is null and `unpriced` says why (the line's
 * gross cannot be known; it is never counted as 0).
 */
function lineItem(r: R, li: R): R {
  const what = (type: string) => `Invoice/${r.id} ${type}`;
  const components = (type: string) => (li.priceComponent ?? []).filter((p: R) => p.type === type);
  const bases = components('base').map((p: R) => p.amount?.value);
  const base = bases.some((v: unknown) => v !== undefined && v !== null) ? sumDecimals(bases, what('base')) : null;
  const unpriced: string[] = [];
  const out: R = {
    sequence: li.sequence ?? null,
    charge_item_id: refId(li.chargeItemReference),
    charge_code: first(li.chargeItemCodeableConcept?.coding)?.code ?? null,
    charge_display: text(li.chargeItemCodeableConcept),
  };
  for (const type of PRICE_TYPES) {
    const values: unknown[] = [];
    for (const p of components(type)) {
      if (p.amount?.value !== undefined && p.amount?.value !== null) values.push(p.amount.value);
      else if (p.factor === undefined || p.factor === null) continue;
      else if (type !== 'base' && base !== null) values.push(multiplyDecimals(p.factor, base, what(type)));
      else unpriced.push(`a ${type} component with factor ${String(p.factor)} and no ${type === 'base' ? 'amount' : 'base amount'}`);
    }
    out[type] = unpriced.some((u) => u.startsWith(`a ${type} `)) ? null : sumDecimals(values, what(type));
  }
  if (unpriced.length) out.unpriced = unpriced.join('; ');
  return out;
}

/** A column: the FHIR path(s) its value is read from, and the reading. */
interface Column {
  from: string[];
  read: (r: R) => unknown;
}
const col = (from: string | string[], read: (r: R) => unknown): Column => ({ from: typeof from === 'string' ? [from] : from, read });
/** A CodeableConcept read by `text()`: its text, or its first coding's display or code. */
const concept = (path: string) => [`${path}.text`, `${path}.coding[0].display`, `${path}.coding[0].code`];

const COMMON = {
  id: col('id', (r) => r.id),
  version_id: col('meta.versionId', (r) => r.meta?.versionId ?? null),
  last_updated: col('meta.lastUpdated', (r) => r.meta?.lastUpdated),
};
const NAMES = {
  name_en: col('name[!arabic]', (r) => names(r.name).name_en),
  name_ar: col('name[?arabic]', (r) => names(r.name).name_ar),
};

/** Per resource type, the warehouse columns (besides `resource`, the resource itself). */
export const FHIR_COLUMNS: Record<string, Record<string, Column>> = {
  Patient: {
    ...COMMON,
    // deselected, every MR identifier goes (old ones too), else the one the MRN was read from
    mrn: col('identifier[?mrn] | identifier[?mrnFallback]', (r) => mrnOf(r.identifier)),
    national_id: col('identifier[?nationalId]', (r) => (r.identifier ?? []).filter(current).find(PREDICATES.nationalId!)?.value ?? null),
    active: col('active', (r) => r.active ?? null),
    ...NAMES,
    gender: col('gender', (r) => r.gender ?? null),
    birth_date: col('birthDate', (r) => r.birthDate ?? null),
    birth_date_text: col('birthDate', (r) => asSent(r.birthDate)),
    deceased: col(['deceasedBoolean', 'deceasedDateTime'], (r) => r.deceasedBoolean ?? (r.deceasedDateTime ? true : null)),
    phone: col('telecom[system=phone]', (r) => telecom(r.telecom, 'phone')),
    email: col('telecom[system=email]', (r) => telecom(r.telecom, 'email')),
    // an address's text repeats its parts
    city: col(['address[0].city', 'address[0].text'], (r) => first(r.address)?.city ?? null),
    country: col(['address[0].country', 'address[0].text'], (r) => first(r.address)?.country ?? null),
  },
  Practitioner: {
    ...COMMON,
    license_no: col('identifier[0]', (r) => first(r.identifier)?.value ?? null),
    active: col('active', (r) => r.active ?? null),
    ...NAMES,
    gender: col('gender', (r) => r.gender ?? null),
    phone: col('telecom[system=phone]', (r) => telecom(r.telecom, 'phone')),
    qualification: col(concept('qualification[0].code'), (r) => text(first(r.qualification)?.code)),
  },
  Medication: {
    ...COMMON,
    status: col('status', (r) => r.status ?? null),
    code: col('code.coding[0].code', (r) => first(r.code?.coding)?.code ?? null),
    code_system: col('code.coding[0].system', (r) => first(r.code?.coding)?.system ?? null),
    name_en: col(concept('code'), (r) => text(r.code)),
    name_ar: col('extension[?nameAr]', (r) => (r.extension ?? []).find(PREDICATES.nameAr!)?.valueString ?? null),
    form: col(concept('form'), (r) => text(r.form)),
    manufacturer: col(
      ['manufacturer', 'contained[resourceType=Organization]'],
      (r) => r.manufacturer?.display ?? containedOf(r, r.manufacturer)?.name ?? refId(r.manufacturer),
    ),
  },
  Appointment: {
    ...COMMON,
    status: col('status', (r) => r.status),
    start_at: col('start', (r) => r.start ?? null),
    end_at: col('end', (r) => r.end ?? null),
    minutes_duration: col('minutesDuration', (r) => r.minutesDuration ?? null),
    patient_id: col('participant[?patientActor].actor', (r) => refOfType(r.participant, 'patientActor', 'actor')),
    practitioner_id: col('participant[?practitionerActor].actor', (r) => refOfType(r.participant, 'practitionerActor', 'actor')),
    service_type: col(concept('serviceType[0]'), (r) => text(first(r.serviceType))),
    appointment_type: col(concept('appointmentType'), (r) => text(r.appointmentType)),
    cancelation_reason: col(concept('cancelationReason'), (r) => text(r.cancelationReason)),
    created_at: col('created', (r) => r.created ?? null),
    created_at_text: col('created', (r) => asSent(r.created)),
  },
  Encounter: {
    ...COMMON,
    status: col('status', (r) => r.status),
    class_code: col('class.code', (r) => r.class?.code ?? null),
    patient_id: col('subject', (r) => refTo(r.subject, 'Patient')),
    practitioner_id: col('participant[?practitionerIndividual].individual', (r) =>
      refOfType(r.participant, 'practitionerIndividual', 'individual'),
    ),
    appointment_id: col('appointment[0]', (r) => refId(first(r.appointment))),
    period_start: col('period.start', (r) => r.period?.start ?? null),
    period_start_text: col('period.start', (r) => asSent(r.period?.start)),
    period_end: col('period.end', (r) => r.period?.end ?? null),
    period_end_text: col('period.end', (r) => asSent(r.period?.end)),
  },
  Invoice: {
    ...COMMON,
    status: col('status', (r) => r.status),
    patient_id: col('subject', (r) => refTo(r.subject, 'Patient')),
    invoice_date: col('date', (r) => r.date ?? null),
    invoice_date_text: col('date', (r) => asSent(r.date)),
    total_net: col('totalNet.value', (r) => money(r.totalNet)),
    total_gross: col('totalGross.value', (r) => money(r.totalGross)),
    currency: col(['totalGross.currency', 'totalNet.currency'], (r) => r.totalGross?.currency ?? r.totalNet?.currency ?? null),
    line_items: col('lineItem', (r) => (r.lineItem ?? []).map((li: R) => lineItem(r, li))),
  },
  ChargeItem: {
    ...COMMON,
    status: col('status', (r) => r.status),
    code: col('code.coding[0].code', (r) => first(r.code?.coding)?.code ?? null),
    code_display: col(concept('code'), (r) => text(r.code)),
    patient_id: col('subject', (r) => refTo(r.subject, 'Patient')),
    encounter_id: col('context', (r) => refTo(r.context, 'Encounter')),
    occurrence_at: col(['occurrenceDateTime', 'occurrencePeriod.start'], (r) => r.occurrenceDateTime ?? r.occurrencePeriod?.start ?? null),
    occurrence_at_text: col(['occurrenceDateTime', 'occurrencePeriod.start'], (r) =>
      asSent(r.occurrenceDateTime ?? r.occurrencePeriod?.start),
    ),
    quantity: col('quantity.value', (r) => r.quantity?.value ?? null),
    price: col('priceOverride.value', (r) => money(r.priceOverride)),
    currency: col('priceOverride.currency', (r) => r.priceOverride?.currency ?? null),
    entered_at: col('enteredDate', (r) => r.enteredDate ?? null),
    entered_at_text: col('enteredDate', (r) => asSent(r.enteredDate)),
  },
  MedicationDispense: {
    ...COMMON,
    status: col('status', (r) => r.status),
    medication_id: col('medicationReference', (r) => refId(r.medicationReference)),
    medication_display: col(
      ['medicationReference.display', 'contained[resourceType=Medication]', ...concept('medicationCodeableConcept')],
      (r) => r.medicationReference?.display ?? text(containedOf(r, r.medicationReference)?.code) ?? text(r.medicationCodeableConcept),
    ),
    patient_id: col('subject', (r) => refTo(r.subject, 'Patient')),
    encounter_id: col('context', (r) => refTo(r.context, 'Encounter')),
    practitioner_id: col('performer[?practitionerActor].actor', (r) => refOfType(r.performer, 'practitionerActor', 'actor')),
    quantity: col('quantity.value', (r) => r.quantity?.value ?? null),
    quantity_unit: col(['quantity.code', 'quantity.unit'], (r) => r.quantity?.code ?? r.quantity?.unit ?? null),
    days_supply: col('daysSupply.value', (r) => r.daysSupply?.value ?? null),
    prepared_at: col('whenPrepared', (r) => r.whenPrepared ?? null),
    prepared_at_text: col('whenPrepared', (r) => asSent(r.whenPrepared)),
    handed_over_at: col('whenHandedOver', (r) => r.whenHandedOver ?? null),
    handed_over_at_text: col('whenHandedOver', (r) => asSent(r.whenHandedOver)),
  },
};

export const FHIR_MAPPERS: Record<string, (r: R) => Rec> = Object.fromEntries(
  Object.entries(FHIR_COLUMNS).map(([type, cols]) => {
    const entries = Object.entries(cols);
    return [type, (r: R) => ({ ...Object.fromEntries(entries.map(([name, c]) => [name, c.read(r)])), resource: r })];
  }),
);

/**
 * What keeps deselected columns out of a resource's blob: a function removing their paths (and the
 * narrative `text`, which repeats any element) in place, or, when a deselected column has no declared
 * path, the names of those columns (the blob cannot be pruned exactly and must not be sent).
 */
export function blobPruner(type: string, dropped: ReadonlySet<string>): ((resource: R) => void) | { unprunable: string[] } {
  const cols = FHIR_COLUMNS[type] ?? {};
  const names = [...dropped].filter((n) => n !== 'resource');
  const unprunable = names.filter((n) => !cols[n]);
  if (unprunable.length) return { unprunable };
  const paths = names.flatMap((n) => cols[n]!.from);
  return (resource) => {
    if (!paths.length) return;
    for (const p of paths) removePath(resource, p, PREDICATES);
    delete resource.text;
  };
}

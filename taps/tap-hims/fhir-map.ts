// FHIR R4 resource → flat record per contract (shared/sources/hims-fhir.md, "Resources and warehouse fields").
// The resource itself is kept in `resource`, so vendor extensions are never lost. Decimals (Money, Quantity)
// are passed on as read (a number short enough to be exact, or the digit string of a longer one).
// Each column names the FHIR path(s) it is read from (fhir-path.ts): a column deselected in the catalog is
// removed from the blob by those same paths.
import { sumDecimals } from './decimal.js';
import { removePath, type Predicate } from './fhir-path.js';

type R = Record<string, any>;
type Rec = Record<string, unknown>;

const LANG = 'http://hl7.org/fhir/StructureDefinition/language';
const ARABIC = /[\u0600-\u06FF]/;

/** `Patient/123` or an absolute URL → its id (the last path segment after the type). */
export function refId(ref: R | undefined): string | null {
  const r = ref?.reference as string | undefined;
  if (!r) return null;
  const parts = r.split('?')[0]!.split('/').filter(Boolean);
  const h = parts.indexOf('_history');
  return (h > 0 ? parts[h - 1] : parts[parts.length - 1]) ?? null;
}

function nameText(n: R): string {
  return n.text ?? [...(n.prefix ?? []), ...(n.given ?? []), n.family].filter(Boolean).join(' ');
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
  mrn: (i: R) => /mrn/i.test(String(i?.system ?? '')),
  nationalId: (i: R) => /2\.16\.784\.1\.1\.2|national/i.test(String(i?.system ?? '')),
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
const ident = (list: R[] | undefined, pred: string) => (list ?? []).find(PREDICATES[pred]!)?.value ?? null;
const text = (cc: R | undefined) => cc?.text ?? cc?.coding?.[0]?.display ?? cc?.coding?.[0]?.code ?? null;
const first = (list: R[] | undefined) => (Array.isArray(list) ? list[0] : undefined);
const money = (m: R | undefined) => (m?.value === undefined ? null : m.value);
/** A FHIR date/dateTime as sent (`2024-05` included), for its `<column>_text` column. */
const asSent = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));
const refOfType = (list: R[] | undefined, pred: string, key: string) => refId((list ?? []).find(PREDICATES[pred]!)?.[key]);

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
    mrn: col('identifier[?mrn] | identifier[0]', (r) => ident(r.identifier, 'mrn') ?? first(r.identifier)?.value ?? null),
    national_id: col('identifier[?nationalId]', (r) => ident(r.identifier, 'nationalId')),
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
    manufacturer: col('manufacturer', (r) => r.manufacturer?.display ?? refId(r.manufacturer)),
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
    patient_id: col('subject', (r) => refId(r.subject)),
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
    patient_id: col('subject', (r) => refId(r.subject)),
    invoice_date: col('date', (r) => r.date ?? null),
    invoice_date_text: col('date', (r) => asSent(r.date)),
    total_net: col('totalNet.value', (r) => money(r.totalNet)),
    total_gross: col('totalGross.value', (r) => money(r.totalGross)),
    currency: col(['totalGross.currency', 'totalNet.currency'], (r) => r.totalGross?.currency ?? r.totalNet?.currency ?? null),
    line_items: col('lineItem', (r) =>
      (r.lineItem ?? []).map((li: R) => {
        // exact decimal text (a JSON column): 1.10 + 2.20 is 3.30, not 3.3000000000000003
        const pc = (type: string) =>
          sumDecimals(
            (li.priceComponent ?? []).filter((p: R) => p.type === type).map((p: R) => p.amount?.value),
            `Invoice/${r.id} ${type}`,
          );
        return {
          sequence: li.sequence ?? null,
          charge_item_id: refId(li.chargeItemReference),
          base: pc('base'),
          surcharge: pc('surcharge'),
          deduction: pc('deduction'),
          discount: pc('discount'),
          tax: pc('tax'),
        };
      }),
    ),
  },
  ChargeItem: {
    ...COMMON,
    status: col('status', (r) => r.status),
    code: col('code.coding[0].code', (r) => first(r.code?.coding)?.code ?? null),
    code_display: col(concept('code'), (r) => text(r.code)),
    patient_id: col('subject', (r) => refId(r.subject)),
    encounter_id: col('context', (r) => refId(r.context)),
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
      ['medicationReference.display', ...concept('medicationCodeableConcept')],
      (r) => r.medicationReference?.display ?? text(r.medicationCodeableConcept),
    ),
    patient_id: col('subject', (r) => refId(r.subject)),
    encounter_id: col('context', (r) => refId(r.context)),
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

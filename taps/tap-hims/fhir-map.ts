// FHIR R4 resource → flat record per contract (shared/sources/hims-fhir.md, "Resources and warehouse fields").
// The resource itself is kept in `resource`, so vendor extensions are never lost. Decimals (Money, Quantity)
// are passed on as read (a number short enough to be exact, or the digit string of a longer one).
import { sumDecimals } from './decimal.js';

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

function refOfType(list: R[] | undefined, type: string, key: string): string | null {
  for (const x of list ?? []) {
    const ref = x?.[key]?.reference as string | undefined;
    if (ref && (ref.startsWith(`${type}/`) || ref.includes(`/${type}/`))) return refId(x[key]);
  }
  return null;
}

function nameText(n: R): string {
  return n.text ?? [...(n.prefix ?? []), ...(n.given ?? []), n.family].filter(Boolean).join(' ');
}

/** English and Arabic names: a HumanName tagged with the language extension (or written in Arabic script) is Arabic. */
export function names(list: R[] | undefined): { name_en: string | null; name_ar: string | null } {
  let en: string | null = null;
  let ar: string | null = null;
  for (const n of list ?? []) {
    const lang = (n.extension ?? []).find((e: R) => e.url === LANG)?.valueCode;
    const text = nameText(n);
    if (!text) continue;
    if (lang === 'ar' || (!lang && ARABIC.test(text))) ar ??= text;
    else en ??= text;
  }
  return { name_en: en, name_ar: ar };
}

const telecom = (list: R[] | undefined, system: string) => (list ?? []).find((t) => t.system === system)?.value ?? null;
const ident = (list: R[] | undefined, pred: (system: string) => boolean) => (list ?? []).find((i) => pred(String(i.system ?? '')))?.value ?? null;
const text = (cc: R | undefined) => cc?.text ?? cc?.coding?.[0]?.display ?? cc?.coding?.[0]?.code ?? null;
const first = (list: R[] | undefined) => (Array.isArray(list) ? list[0] : undefined);
const money = (m: R | undefined) => (m?.value === undefined ? null : m.value);

function common(r: R): Rec {
  return { id: r.id, version_id: r.meta?.versionId ?? null, last_updated: r.meta?.lastUpdated, resource: r };
}

export const FHIR_MAPPERS: Record<string, (r: R) => Rec> = {
  Patient: (r) => ({
    ...common(r),
    mrn: ident(r.identifier, (s) => /mrn/i.test(s)) ?? first(r.identifier)?.value ?? null,
    national_id: ident(r.identifier, (s) => /2\.16\.784\.1\.1\.2|national/i.test(s)),
    active: r.active ?? null,
    ...names(r.name),
    gender: r.gender ?? null,
    birth_date: r.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(r.birthDate) ? r.birthDate : null,
    deceased: r.deceasedBoolean ?? (r.deceasedDateTime ? true : null),
    phone: telecom(r.telecom, 'phone'),
    email: telecom(r.telecom, 'email'),
    city: first(r.address)?.city ?? null,
    country: first(r.address)?.country ?? null,
  }),
  Practitioner: (r) => ({
    ...common(r),
    license_no: first(r.identifier)?.value ?? null,
    active: r.active ?? null,
    ...names(r.name),
    gender: r.gender ?? null,
    phone: telecom(r.telecom, 'phone'),
    qualification: text(first(r.qualification)?.code),
  }),
  Medication: (r) => ({
    ...common(r),
    status: r.status ?? null,
    code: first(r.code?.coding)?.code ?? null,
    code_system: first(r.code?.coding)?.system ?? null,
    name_en: text(r.code),
    name_ar: (r.extension ?? []).find((e: R) => /name-ar/.test(e.url))?.valueString ?? null,
    form: text(r.form),
    manufacturer: r.manufacturer?.display ?? refId(r.manufacturer),
  }),
  Appointment: (r) => ({
    ...common(r),
    status: r.status,
    start_at: r.start ?? null,
    end_at: r.end ?? null,
    minutes_duration: r.minutesDuration ?? null,
    patient_id: refOfType(r.participant, 'Patient', 'actor'),
    practitioner_id: refOfType(r.participant, 'Practitioner', 'actor'),
    service_type: text(first(r.serviceType)),
    appointment_type: text(r.appointmentType),
    cancelation_reason: text(r.cancelationReason),
    created_at: r.created ?? null,
  }),
  Encounter: (r) => ({
    ...common(r),
    status: r.status,
    class_code: r.class?.code ?? null,
    patient_id: refId(r.subject),
    practitioner_id: refOfType(r.participant, 'Practitioner', 'individual'),
    appointment_id: refId(first(r.appointment)),
    period_start: r.period?.start ?? null,
    period_end: r.period?.end ?? null,
  }),
  Invoice: (r) => ({
    ...common(r),
    status: r.status,
    patient_id: refId(r.subject),
    invoice_date: r.date ?? null,
    total_net: money(r.totalNet),
    total_gross: money(r.totalGross),
    currency: r.totalGross?.currency ?? r.totalNet?.currency ?? null,
    line_items: (r.lineItem ?? []).map((li: R) => {
      // exact decimal text (a JSON column): 1.10 + 2.20 is 3.30, not 3.3000000000000003
      const pc = (type: string) => sumDecimals(
        (li.priceComponent ?? []).filter((p: R) => p.type === type).map((p: R) => p.amount?.value), `Invoice/${r.id} ${type}`);
      return { sequence: li.sequence ?? null, charge_item_id: refId(li.chargeItemReference), base: pc('base'), surcharge: pc('surcharge'), discount: pc('discount'), tax: pc('tax') };
    }),
  }),
  ChargeItem: (r) => ({
    ...common(r),
    status: r.status,
    code: first(r.code?.coding)?.code ?? null,
    code_display: text(r.code),
    patient_id: refId(r.subject),
    encounter_id: refId(r.context),
    occurrence_at: r.occurrenceDateTime ?? r.occurrencePeriod?.start ?? null,
    quantity: r.quantity?.value ?? null,
    price: money(r.priceOverride),
    currency: r.priceOverride?.currency ?? null,
    entered_at: r.enteredDate ?? null,
  }),
  MedicationDispense: (r) => ({
    ...common(r),
    status: r.status,
    medication_id: refId(r.medicationReference),
    medication_display: r.medicationReference?.display ?? text(r.medicationCodeableConcept),
    patient_id: refId(r.subject),
    encounter_id: refId(r.context),
    practitioner_id: refOfType(r.performer, 'Practitioner', 'actor'),
    quantity: r.quantity?.value ?? null,
    quantity_unit: r.quantity?.code ?? r.quantity?.unit ?? null,
    days_supply: r.daysSupply?.value ?? null,
    prepared_at: r.whenPrepared ?? null,
    handed_over_at: r.whenHandedOver ?? null,
  }),
};

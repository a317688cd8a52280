// generated from contracts/hims/*.yaml by `npm run codegen`; do not edit

export interface HimsAppointmentsRecord {
/**
 * FHIR logical id (server-local)
 */
id: string
/**
 * meta.versionId
 */
version_id?: (string | null)
/**
 * meta.lastUpdated (instant): the incremental cursor
 */
last_updated: string
status: ("proposed" | "pending" | "booked" | "arrived" | "fulfilled" | "cancelled" | "noshow" | "entered-in-error" | "checked-in" | "waitlist")
start_at?: (string | null)
end_at?: (string | null)
minutes_duration?: (number | null)
patient_id?: (string | null)
practitioner_id?: (string | null)
service_type?: (string | null)
appointment_type?: (string | null)
cancelation_reason?: (string | null)
created_at?: (string | null)
/**
 * Appointment.created as sent: a partial dateTime (2024-05) is kept here; created_at is then NULL
 */
created_at_text?: (string | null)
/**
 * The resource as received (vendor extensions included)
 */
resource?: {
[k: string]: unknown
}
}

export interface HimsChargeItemsRecord {
/**
 * FHIR logical id (server-local)
 */
id: string
/**
 * meta.versionId
 */
version_id?: (string | null)
/**
 * meta.lastUpdated (instant): the incremental cursor
 */
last_updated: string
status: ("planned" | "billable" | "not-billable" | "aborted" | "billed" | "entered-in-error" | "unknown")
code?: (string | null)
code_display?: (string | null)
patient_id?: (string | null)
encounter_id?: (string | null)
occurrence_at?: (string | null)
/**
 * ChargeItem.occurrenceDateTime (or occurrencePeriod.start) as sent: a partial dateTime (2024-05) is kept here; occurrence_at is then NULL
 */
occurrence_at_text?: (string | null)
quantity?: (number | null)
price?: (number | null)
currency?: (string | null)
entered_at?: (string | null)
/**
 * ChargeItem.enteredDate as sent: a partial dateTime (2024-05) is kept here; entered_at is then NULL
 */
entered_at_text?: (string | null)
/**
 * The resource as received (vendor extensions included)
 */
resource?: {
[k: string]: unknown
}
}

export interface HimsDeletedResourcesRecord {
/**
 * Stream of the resource, e.g. hims_patients
 */
resource_type: string
id: string
/**
 * Version that records the deletion (the timestamp when the server has none)
 */
version_id: string
/**
 * When the server deleted it; when it does not say (HAPI FHIR), a time at or after the deletion (the history page's, or the resource's next version's if earlier)
 */
deleted_at: string
}

export interface HimsEncountersRecord {
/**
 * FHIR logical id (server-local)
 */
id: string
/**
 * meta.versionId
 */
version_id?: (string | null)
/**
 * meta.lastUpdated (instant): the incremental cursor
 */
last_updated: string
status: ("planned" | "arrived" | "triaged" | "in-progress" | "onleave" | "finished" | "cancelled" | "entered-in-error" | "unknown")
class_code?: (string | null)
patient_id?: (string | null)
practitioner_id?: (string | null)
appointment_id?: (string | null)
period_start?: (string | null)
/**
 * Encounter.period.start as sent: a partial dateTime (2024-05) is kept here; period_start is then NULL
 */
period_start_text?: (string | null)
period_end?: (string | null)
/**
 * Encounter.period.end as sent: a partial dateTime (2024-05) is kept here; period_end is then NULL
 */
period_end_text?: (string | null)
/**
 * The resource as received (vendor extensions included)
 */
resource?: {
[k: string]: unknown
}
}

export interface HimsInvoicesRecord {
/**
 * FHIR logical id (server-local)
 */
id: string
/**
 * meta.versionId
 */
version_id?: (string | null)
/**
 * meta.lastUpdated (instant): the incremental cursor
 */
last_updated: string
status: ("draft" | "issued" | "balanced" | "cancelled" | "entered-in-error")
patient_id?: (string | null)
invoice_date?: (string | null)
/**
 * Invoice.date as sent: a partial dateTime (2024-05) is kept here; invoice_date is then NULL
 */
invoice_date_text?: (string | null)
total_net?: (number | null)
total_gross?: (number | null)
currency?: (string | null)
/**
 * [{sequence, charge_item_id, charge_code, charge_display, base, surcharge, deduction, discount, tax, unpriced}]: amounts as exact decimal text; a component given only as a factor is factor × base, and a type that cannot be computed is null with unpriced saying why
 */
line_items?: {
[k: string]: unknown
}
/**
 * The resource as received (vendor extensions included)
 */
resource?: {
[k: string]: unknown
}
}

export interface HimsMedicationDispensesRecord {
/**
 * FHIR logical id (server-local)
 */
id: string
/**
 * meta.versionId
 */
version_id?: (string | null)
/**
 * meta.lastUpdated (instant): the incremental cursor
 */
last_updated: string
status: ("preparation" | "in-progress" | "cancelled" | "on-hold" | "completed" | "entered-in-error" | "stopped" | "declined" | "unknown")
medication_id?: (string | null)
medication_display?: (string | null)
patient_id?: (string | null)
encounter_id?: (string | null)
practitioner_id?: (string | null)
quantity?: (number | null)
quantity_unit?: (string | null)
days_supply?: (number | null)
prepared_at?: (string | null)
/**
 * MedicationDispense.whenPrepared as sent: a partial dateTime (2024-05) is kept here; prepared_at is then NULL
 */
prepared_at_text?: (string | null)
handed_over_at?: (string | null)
/**
 * MedicationDispense.whenHandedOver as sent: a partial dateTime (2024-05) is kept here; handed_over_at is then NULL
 */
handed_over_at_text?: (string | null)
/**
 * The resource as received (vendor extensions included)
 */
resource?: {
[k: string]: unknown
}
}

export interface HimsMedicationsRecord {
/**
 * FHIR logical id (server-local)
 */
id: string
/**
 * meta.versionId
 */
version_id?: (string | null)
/**
 * meta.lastUpdated (instant): the incremental cursor
 */
last_updated: string
status?: ("active" | "inactive" | "entered-in-error" | null)
code?: (string | null)
code_system?: (string | null)
name_en?: (string | null)
name_ar?: (string | null)
form?: (string | null)
manufacturer?: (string | null)
/**
 * The resource as received (vendor extensions included)
 */
resource?: {
[k: string]: unknown
}
}

export interface HimsPatientsRecord {
/**
 * FHIR logical id (server-local)
 */
id: string
/**
 * meta.versionId
 */
version_id?: (string | null)
/**
 * meta.lastUpdated (instant): the incremental cursor
 */
last_updated: string
mrn?: (string | null)
national_id?: (string | null)
active?: (boolean | null)
name_en?: (string | null)
name_ar?: (string | null)
gender?: (string | null)
birth_date?: (string | null)
/**
 * Patient.birthDate as sent: a partial date (1980-05) is kept here; birth_date is then NULL
 */
birth_date_text?: (string | null)
deceased?: (boolean | null)
phone?: (string | null)
email?: (string | null)
city?: (string | null)
country?: (string | null)
/**
 * The resource as received (vendor extensions included)
 */
resource?: {
[k: string]: unknown
}
}

export interface HimsPractitionersRecord {
/**
 * FHIR logical id (server-local)
 */
id: string
/**
 * meta.versionId
 */
version_id?: (string | null)
/**
 * meta.lastUpdated (instant): the incremental cursor
 */
last_updated: string
license_no?: (string | null)
active?: (boolean | null)
name_en?: (string | null)
name_ar?: (string | null)
gender?: (string | null)
phone?: (string | null)
qualification?: (string | null)
/**
 * The resource as received (vendor extensions included)
 */
resource?: {
[k: string]: unknown
}
}

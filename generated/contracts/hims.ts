// generated from contracts/hims/*.yaml by `npm run codegen`; do not edit
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';

export const appointments: GeneratedContract = {
  "contract": {
    "source": "hims",
    "stream": "appointments",
    "description": "Appointments. FHIR R4 Appointment, or the configured REST endpoint.",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "last_updated",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true,
        "description": "FHIR logical id (server-local)"
      },
      {
        "name": "version_id",
        "source": "version_id",
        "type": "string",
        "description": "meta.versionId"
      },
      {
        "name": "last_updated",
        "source": "last_updated",
        "type": "timestamp",
        "required": true,
        "description": "meta.lastUpdated (instant): the incremental cursor"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string",
        "required": true,
        "domain": [
          "proposed",
          "pending",
          "booked",
          "arrived",
          "fulfilled",
          "cancelled",
          "noshow",
          "entered-in-error",
          "checked-in",
          "waitlist"
        ]
      },
      {
        "name": "start_at",
        "source": "start_at",
        "type": "timestamp"
      },
      {
        "name": "end_at",
        "source": "end_at",
        "type": "timestamp"
      },
      {
        "name": "minutes_duration",
        "source": "minutes_duration",
        "type": "integer"
      },
      {
        "name": "patient_id",
        "source": "patient_id",
        "type": "string"
      },
      {
        "name": "practitioner_id",
        "source": "practitioner_id",
        "type": "string"
      },
      {
        "name": "service_type",
        "source": "service_type",
        "type": "string"
      },
      {
        "name": "appointment_type",
        "source": "appointment_type",
        "type": "string"
      },
      {
        "name": "cancelation_reason",
        "source": "cancelation_reason",
        "type": "string"
      },
      {
        "name": "created_at",
        "source": "created_at",
        "type": "timestamp"
      },
      {
        "name": "created_at_text",
        "source": "created_at_text",
        "type": "string",
        "description": "Appointment.created as sent: a partial dateTime (2024-05) is kept here; created_at is then NULL"
      },
      {
        "name": "resource",
        "source": "resource",
        "type": "json",
        "description": "The resource as received (vendor extensions included)"
      }
    ],
    "file": "contracts/hims/appointments.yaml"
  },
  "singer": {
    "stream": "hims_appointments",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "last_updated"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "description": "FHIR logical id (server-local)"
        },
        "version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "meta.versionId"
        },
        "last_updated": {
          "type": "string",
          "format": "date-time",
          "description": "meta.lastUpdated (instant): the incremental cursor"
        },
        "status": {
          "type": "string",
          "enum": [
            "proposed",
            "pending",
            "booked",
            "arrived",
            "fulfilled",
            "cancelled",
            "noshow",
            "entered-in-error",
            "checked-in",
            "waitlist"
          ]
        },
        "start_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "end_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "minutes_duration": {
          "type": [
            "integer",
            "null"
          ]
        },
        "patient_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "practitioner_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "service_type": {
          "type": [
            "string",
            "null"
          ]
        },
        "appointment_type": {
          "type": [
            "string",
            "null"
          ]
        },
        "cancelation_reason": {
          "type": [
            "string",
            "null"
          ]
        },
        "created_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "created_at_text": {
          "type": [
            "string",
            "null"
          ],
          "description": "Appointment.created as sent: a partial dateTime (2024-05) is kept here; created_at is then NULL"
        },
        "resource": {
          "description": "The resource as received (vendor extensions included)"
        }
      },
      "required": [
        "id",
        "last_updated",
        "status"
      ]
    }
  }
};

export const chargeItems: GeneratedContract = {
  "contract": {
    "source": "hims",
    "stream": "charge_items",
    "description": "Charge items (billing lines). FHIR R4 ChargeItem, or the configured REST endpoint.",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "last_updated",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true,
        "description": "FHIR logical id (server-local)"
      },
      {
        "name": "version_id",
        "source": "version_id",
        "type": "string",
        "description": "meta.versionId"
      },
      {
        "name": "last_updated",
        "source": "last_updated",
        "type": "timestamp",
        "required": true,
        "description": "meta.lastUpdated (instant): the incremental cursor"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string",
        "required": true,
        "domain": [
          "planned",
          "billable",
          "not-billable",
          "aborted",
          "billed",
          "entered-in-error",
          "unknown"
        ]
      },
      {
        "name": "code",
        "source": "code",
        "type": "string"
      },
      {
        "name": "code_display",
        "source": "code_display",
        "type": "string"
      },
      {
        "name": "patient_id",
        "source": "patient_id",
        "type": "string"
      },
      {
        "name": "encounter_id",
        "source": "encounter_id",
        "type": "string"
      },
      {
        "name": "occurrence_at",
        "source": "occurrence_at",
        "type": "timestamp"
      },
      {
        "name": "occurrence_at_text",
        "source": "occurrence_at_text",
        "type": "string",
        "description": "ChargeItem.occurrenceDateTime (or occurrencePeriod.start) as sent: a partial dateTime (2024-05) is kept here; occurrence_at is then NULL"
      },
      {
        "name": "quantity",
        "source": "quantity",
        "type": "decimal"
      },
      {
        "name": "price",
        "source": "price",
        "type": "decimal"
      },
      {
        "name": "currency",
        "source": "currency",
        "type": "string"
      },
      {
        "name": "entered_at",
        "source": "entered_at",
        "type": "timestamp"
      },
      {
        "name": "entered_at_text",
        "source": "entered_at_text",
        "type": "string",
        "description": "ChargeItem.enteredDate as sent: a partial dateTime (2024-05) is kept here; entered_at is then NULL"
      },
      {
        "name": "resource",
        "source": "resource",
        "type": "json",
        "description": "The resource as received (vendor extensions included)"
      }
    ],
    "file": "contracts/hims/charge_items.yaml"
  },
  "singer": {
    "stream": "hims_charge_items",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "last_updated"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "description": "FHIR logical id (server-local)"
        },
        "version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "meta.versionId"
        },
        "last_updated": {
          "type": "string",
          "format": "date-time",
          "description": "meta.lastUpdated (instant): the incremental cursor"
        },
        "status": {
          "type": "string",
          "enum": [
            "planned",
            "billable",
            "not-billable",
            "aborted",
            "billed",
            "entered-in-error",
            "unknown"
          ]
        },
        "code": {
          "type": [
            "string",
            "null"
          ]
        },
        "code_display": {
          "type": [
            "string",
            "null"
          ]
        },
        "patient_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "encounter_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "occurrence_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "occurrence_at_text": {
          "type": [
            "string",
            "null"
          ],
          "description": "ChargeItem.occurrenceDateTime (or occurrencePeriod.start) as sent: a partial dateTime (2024-05) is kept here; occurrence_at is then NULL"
        },
        "quantity": {
          "type": [
            "number",
            "null"
          ]
        },
        "price": {
          "type": [
            "number",
            "null"
          ]
        },
        "currency": {
          "type": [
            "string",
            "null"
          ]
        },
        "entered_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "entered_at_text": {
          "type": [
            "string",
            "null"
          ],
          "description": "ChargeItem.enteredDate as sent: a partial dateTime (2024-05) is kept here; entered_at is then NULL"
        },
        "resource": {
          "description": "The resource as received (vendor extensions included)"
        }
      },
      "required": [
        "id",
        "last_updated",
        "status"
      ]
    }
  }
};

export const deletedResources: GeneratedContract = {
  "contract": {
    "source": "hims",
    "stream": "deleted_resources",
    "description": "Resources the server reports deleted (FHIR _history DELETE entries, or a REST deleted flag).",
    "landing": "typed",
    "natural_key": [
      "resource_type",
      "id",
      "version_id"
    ],
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "resource_type",
        "source": "resource_type",
        "type": "string",
        "required": true,
        "description": "Stream of the resource, e.g. hims_patients"
      },
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true
      },
      {
        "name": "version_id",
        "source": "version_id",
        "type": "string",
        "required": true,
        "description": "Version that records the deletion (the timestamp when the server has none)"
      },
      {
        "name": "deleted_at",
        "source": "deleted_at",
        "type": "timestamp",
        "required": true,
        "description": "When the server deleted it; when it does not say (HAPI FHIR), a time at or after the deletion (the history page's, or the resource's next version's if earlier)"
      }
    ],
    "file": "contracts/hims/deleted_resources.yaml"
  },
  "singer": {
    "stream": "hims_deleted_resources",
    "key_properties": [
      "resource_type",
      "id",
      "version_id"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "resource_type": {
          "type": "string",
          "description": "Stream of the resource, e.g. hims_patients"
        },
        "id": {
          "type": "string"
        },
        "version_id": {
          "type": "string",
          "description": "Version that records the deletion (the timestamp when the server has none)"
        },
        "deleted_at": {
          "type": "string",
          "format": "date-time",
          "description": "When the server deleted it; when it does not say (HAPI FHIR), a time at or after the deletion (the history page's, or the resource's next version's if earlier)"
        }
      },
      "required": [
        "resource_type",
        "id",
        "version_id",
        "deleted_at"
      ]
    }
  }
};

export const encounters: GeneratedContract = {
  "contract": {
    "source": "hims",
    "stream": "encounters",
    "description": "Encounters. FHIR R4 Encounter, or the configured REST endpoint.",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "last_updated",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true,
        "description": "FHIR logical id (server-local)"
      },
      {
        "name": "version_id",
        "source": "version_id",
        "type": "string",
        "description": "meta.versionId"
      },
      {
        "name": "last_updated",
        "source": "last_updated",
        "type": "timestamp",
        "required": true,
        "description": "meta.lastUpdated (instant): the incremental cursor"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string",
        "required": true,
        "domain": [
          "planned",
          "arrived",
          "triaged",
          "in-progress",
          "onleave",
          "finished",
          "cancelled",
          "entered-in-error",
          "unknown"
        ]
      },
      {
        "name": "class_code",
        "source": "class_code",
        "type": "string"
      },
      {
        "name": "patient_id",
        "source": "patient_id",
        "type": "string"
      },
      {
        "name": "practitioner_id",
        "source": "practitioner_id",
        "type": "string"
      },
      {
        "name": "appointment_id",
        "source": "appointment_id",
        "type": "string"
      },
      {
        "name": "period_start",
        "source": "period_start",
        "type": "timestamp"
      },
      {
        "name": "period_start_text",
        "source": "period_start_text",
        "type": "string",
        "description": "Encounter.period.start as sent: a partial dateTime (2024-05) is kept here; period_start is then NULL"
      },
      {
        "name": "period_end",
        "source": "period_end",
        "type": "timestamp"
      },
      {
        "name": "period_end_text",
        "source": "period_end_text",
        "type": "string",
        "description": "Encounter.period.end as sent: a partial dateTime (2024-05) is kept here; period_end is then NULL"
      },
      {
        "name": "resource",
        "source": "resource",
        "type": "json",
        "description": "The resource as received (vendor extensions included)"
      }
    ],
    "file": "contracts/hims/encounters.yaml"
  },
  "singer": {
    "stream": "hims_encounters",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "last_updated"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "description": "FHIR logical id (server-local)"
        },
        "version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "meta.versionId"
        },
        "last_updated": {
          "type": "string",
          "format": "date-time",
          "description": "meta.lastUpdated (instant): the incremental cursor"
        },
        "status": {
          "type": "string",
          "enum": [
            "planned",
            "arrived",
            "triaged",
            "in-progress",
            "onleave",
            "finished",
            "cancelled",
            "entered-in-error",
            "unknown"
          ]
        },
        "class_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "patient_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "practitioner_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "appointment_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "period_start": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "period_start_text": {
          "type": [
            "string",
            "null"
          ],
          "description": "Encounter.period.start as sent: a partial dateTime (2024-05) is kept here; period_start is then NULL"
        },
        "period_end": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "period_end_text": {
          "type": [
            "string",
            "null"
          ],
          "description": "Encounter.period.end as sent: a partial dateTime (2024-05) is kept here; period_end is then NULL"
        },
        "resource": {
          "description": "The resource as received (vendor extensions included)"
        }
      },
      "required": [
        "id",
        "last_updated",
        "status"
      ]
    }
  }
};

export const invoices: GeneratedContract = {
  "contract": {
    "source": "hims",
    "stream": "invoices",
    "description": "Invoices (billing); Money as numeric + currency. FHIR R4 Invoice, or the configured REST endpoint.",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "last_updated",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true,
        "description": "FHIR logical id (server-local)"
      },
      {
        "name": "version_id",
        "source": "version_id",
        "type": "string",
        "description": "meta.versionId"
      },
      {
        "name": "last_updated",
        "source": "last_updated",
        "type": "timestamp",
        "required": true,
        "description": "meta.lastUpdated (instant): the incremental cursor"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string",
        "required": true,
        "domain": [
          "draft",
          "issued",
          "balanced",
          "cancelled",
          "entered-in-error"
        ]
      },
      {
        "name": "patient_id",
        "source": "patient_id",
        "type": "string"
      },
      {
        "name": "invoice_date",
        "source": "invoice_date",
        "type": "timestamp"
      },
      {
        "name": "invoice_date_text",
        "source": "invoice_date_text",
        "type": "string",
        "description": "Invoice.date as sent: a partial dateTime (2024-05) is kept here; invoice_date is then NULL"
      },
      {
        "name": "total_net",
        "source": "total_net",
        "type": "decimal"
      },
      {
        "name": "total_gross",
        "source": "total_gross",
        "type": "decimal"
      },
      {
        "name": "currency",
        "source": "currency",
        "type": "string"
      },
      {
        "name": "line_items",
        "source": "line_items",
        "type": "json",
        "description": "[{sequence, charge_item_id, charge_code, charge_display, base, surcharge, deduction, discount, tax, unpriced}]: amounts as exact decimal text; a component given only as a factor is factor × base, and a type that cannot be computed is null with unpriced saying why"
      },
      {
        "name": "resource",
        "source": "resource",
        "type": "json",
        "description": "The resource as received (vendor extensions included)"
      }
    ],
    "file": "contracts/hims/invoices.yaml"
  },
  "singer": {
    "stream": "hims_invoices",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "last_updated"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "description": "FHIR logical id (server-local)"
        },
        "version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "meta.versionId"
        },
        "last_updated": {
          "type": "string",
          "format": "date-time",
          "description": "meta.lastUpdated (instant): the incremental cursor"
        },
        "status": {
          "type": "string",
          "enum": [
            "draft",
            "issued",
            "balanced",
            "cancelled",
            "entered-in-error"
          ]
        },
        "patient_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "invoice_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "invoice_date_text": {
          "type": [
            "string",
            "null"
          ],
          "description": "Invoice.date as sent: a partial dateTime (2024-05) is kept here; invoice_date is then NULL"
        },
        "total_net": {
          "type": [
            "number",
            "null"
          ]
        },
        "total_gross": {
          "type": [
            "number",
            "null"
          ]
        },
        "currency": {
          "type": [
            "string",
            "null"
          ]
        },
        "line_items": {
          "description": "[{sequence, charge_item_id, charge_code, charge_display, base, surcharge, deduction, discount, tax, unpriced}]: amounts as exact decimal text; a component given only as a factor is factor × base, and a type that cannot be computed is null with unpriced saying why"
        },
        "resource": {
          "description": "The resource as received (vendor extensions included)"
        }
      },
      "required": [
        "id",
        "last_updated",
        "status"
      ]
    }
  }
};

export const medicationDispenses: GeneratedContract = {
  "contract": {
    "source": "hims",
    "stream": "medication_dispenses",
    "description": "Pharmacy dispensing. FHIR R4 MedicationDispense, or the configured REST endpoint.",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "last_updated",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true,
        "description": "FHIR logical id (server-local)"
      },
      {
        "name": "version_id",
        "source": "version_id",
        "type": "string",
        "description": "meta.versionId"
      },
      {
        "name": "last_updated",
        "source": "last_updated",
        "type": "timestamp",
        "required": true,
        "description": "meta.lastUpdated (instant): the incremental cursor"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string",
        "required": true,
        "domain": [
          "preparation",
          "in-progress",
          "cancelled",
          "on-hold",
          "completed",
          "entered-in-error",
          "stopped",
          "declined",
          "unknown"
        ]
      },
      {
        "name": "medication_id",
        "source": "medication_id",
        "type": "string"
      },
      {
        "name": "medication_display",
        "source": "medication_display",
        "type": "string"
      },
      {
        "name": "patient_id",
        "source": "patient_id",
        "type": "string"
      },
      {
        "name": "encounter_id",
        "source": "encounter_id",
        "type": "string"
      },
      {
        "name": "practitioner_id",
        "source": "practitioner_id",
        "type": "string"
      },
      {
        "name": "quantity",
        "source": "quantity",
        "type": "decimal"
      },
      {
        "name": "quantity_unit",
        "source": "quantity_unit",
        "type": "string"
      },
      {
        "name": "days_supply",
        "source": "days_supply",
        "type": "decimal"
      },
      {
        "name": "prepared_at",
        "source": "prepared_at",
        "type": "timestamp"
      },
      {
        "name": "prepared_at_text",
        "source": "prepared_at_text",
        "type": "string",
        "description": "MedicationDispense.whenPrepared as sent: a partial dateTime (2024-05) is kept here; prepared_at is then NULL"
      },
      {
        "name": "handed_over_at",
        "source": "handed_over_at",
        "type": "timestamp"
      },
      {
        "name": "handed_over_at_text",
        "source": "handed_over_at_text",
        "type": "string",
        "description": "MedicationDispense.whenHandedOver as sent: a partial dateTime (2024-05) is kept here; handed_over_at is then NULL"
      },
      {
        "name": "resource",
        "source": "resource",
        "type": "json",
        "description": "The resource as received (vendor extensions included)"
      }
    ],
    "file": "contracts/hims/medication_dispenses.yaml"
  },
  "singer": {
    "stream": "hims_medication_dispenses",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "last_updated"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "description": "FHIR logical id (server-local)"
        },
        "version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "meta.versionId"
        },
        "last_updated": {
          "type": "string",
          "format": "date-time",
          "description": "meta.lastUpdated (instant): the incremental cursor"
        },
        "status": {
          "type": "string",
          "enum": [
            "preparation",
            "in-progress",
            "cancelled",
            "on-hold",
            "completed",
            "entered-in-error",
            "stopped",
            "declined",
            "unknown"
          ]
        },
        "medication_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "medication_display": {
          "type": [
            "string",
            "null"
          ]
        },
        "patient_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "encounter_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "practitioner_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "quantity": {
          "type": [
            "number",
            "null"
          ]
        },
        "quantity_unit": {
          "type": [
            "string",
            "null"
          ]
        },
        "days_supply": {
          "type": [
            "number",
            "null"
          ]
        },
        "prepared_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "prepared_at_text": {
          "type": [
            "string",
            "null"
          ],
          "description": "MedicationDispense.whenPrepared as sent: a partial dateTime (2024-05) is kept here; prepared_at is then NULL"
        },
        "handed_over_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "handed_over_at_text": {
          "type": [
            "string",
            "null"
          ],
          "description": "MedicationDispense.whenHandedOver as sent: a partial dateTime (2024-05) is kept here; handed_over_at is then NULL"
        },
        "resource": {
          "description": "The resource as received (vendor extensions included)"
        }
      },
      "required": [
        "id",
        "last_updated",
        "status"
      ]
    }
  }
};

export const medications: GeneratedContract = {
  "contract": {
    "source": "hims",
    "stream": "medications",
    "description": "Drugs (code, English and Arabic names, form). FHIR R4 Medication, or the configured REST endpoint.",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "last_updated",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true,
        "description": "FHIR logical id (server-local)"
      },
      {
        "name": "version_id",
        "source": "version_id",
        "type": "string",
        "description": "meta.versionId"
      },
      {
        "name": "last_updated",
        "source": "last_updated",
        "type": "timestamp",
        "required": true,
        "description": "meta.lastUpdated (instant): the incremental cursor"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string",
        "domain": [
          "active",
          "inactive",
          "entered-in-error"
        ]
      },
      {
        "name": "code",
        "source": "code",
        "type": "string"
      },
      {
        "name": "code_system",
        "source": "code_system",
        "type": "string"
      },
      {
        "name": "name_en",
        "source": "name_en",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "name_ar",
        "source": "name_ar",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "form",
        "source": "form",
        "type": "string"
      },
      {
        "name": "manufacturer",
        "source": "manufacturer",
        "type": "string"
      },
      {
        "name": "resource",
        "source": "resource",
        "type": "json",
        "description": "The resource as received (vendor extensions included)"
      }
    ],
    "file": "contracts/hims/medications.yaml"
  },
  "singer": {
    "stream": "hims_medications",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "last_updated"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "description": "FHIR logical id (server-local)"
        },
        "version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "meta.versionId"
        },
        "last_updated": {
          "type": "string",
          "format": "date-time",
          "description": "meta.lastUpdated (instant): the incremental cursor"
        },
        "status": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "active",
            "inactive",
            "entered-in-error",
            null
          ]
        },
        "code": {
          "type": [
            "string",
            "null"
          ]
        },
        "code_system": {
          "type": [
            "string",
            "null"
          ]
        },
        "name_en": {
          "type": [
            "string",
            "null"
          ]
        },
        "name_ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "form": {
          "type": [
            "string",
            "null"
          ]
        },
        "manufacturer": {
          "type": [
            "string",
            "null"
          ]
        },
        "resource": {
          "description": "The resource as received (vendor extensions included)"
        }
      },
      "required": [
        "id",
        "last_updated"
      ]
    }
  }
};

export const patients: GeneratedContract = {
  "contract": {
    "source": "hims",
    "stream": "patients",
    "description": "Patients (MRN, national id, English and Arabic names). FHIR R4 Patient, or the configured REST endpoint.",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "last_updated",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true,
        "description": "FHIR logical id (server-local)"
      },
      {
        "name": "version_id",
        "source": "version_id",
        "type": "string",
        "description": "meta.versionId"
      },
      {
        "name": "last_updated",
        "source": "last_updated",
        "type": "timestamp",
        "required": true,
        "description": "meta.lastUpdated (instant): the incremental cursor"
      },
      {
        "name": "mrn",
        "source": "mrn",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "national_id",
        "source": "national_id",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean"
      },
      {
        "name": "name_en",
        "source": "name_en",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "name_ar",
        "source": "name_ar",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "gender",
        "source": "gender",
        "type": "string"
      },
      {
        "name": "birth_date",
        "source": "birth_date",
        "type": "date",
        "pii": "dob"
      },
      {
        "name": "birth_date_text",
        "source": "birth_date_text",
        "type": "string",
        "pii": "dob",
        "description": "Patient.birthDate as sent: a partial date (1980-05) is kept here; birth_date is then NULL"
      },
      {
        "name": "deceased",
        "source": "deceased",
        "type": "boolean"
      },
      {
        "name": "phone",
        "source": "phone",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "email",
        "source": "email",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "city",
        "source": "city",
        "type": "string"
      },
      {
        "name": "country",
        "source": "country",
        "type": "string"
      },
      {
        "name": "resource",
        "source": "resource",
        "type": "json",
        "description": "The resource as received (vendor extensions included)"
      }
    ],
    "file": "contracts/hims/patients.yaml"
  },
  "singer": {
    "stream": "hims_patients",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "last_updated"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "description": "FHIR logical id (server-local)"
        },
        "version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "meta.versionId"
        },
        "last_updated": {
          "type": "string",
          "format": "date-time",
          "description": "meta.lastUpdated (instant): the incremental cursor"
        },
        "mrn": {
          "type": [
            "string",
            "null"
          ]
        },
        "national_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "name_en": {
          "type": [
            "string",
            "null"
          ]
        },
        "name_ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "gender": {
          "type": [
            "string",
            "null"
          ]
        },
        "birth_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "birth_date_text": {
          "type": [
            "string",
            "null"
          ],
          "description": "Patient.birthDate as sent: a partial date (1980-05) is kept here; birth_date is then NULL"
        },
        "deceased": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "phone": {
          "type": [
            "string",
            "null"
          ]
        },
        "email": {
          "type": [
            "string",
            "null"
          ]
        },
        "city": {
          "type": [
            "string",
            "null"
          ]
        },
        "country": {
          "type": [
            "string",
            "null"
          ]
        },
        "resource": {
          "description": "The resource as received (vendor extensions included)"
        }
      },
      "required": [
        "id",
        "last_updated"
      ]
    }
  }
};

export const practitioners: GeneratedContract = {
  "contract": {
    "source": "hims",
    "stream": "practitioners",
    "description": "Doctors and other practitioners. FHIR R4 Practitioner, or the configured REST endpoint.",
    "landing": "typed",
    "natural_key": [
      "id"
    ],
    "replication_key": "last_updated",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true,
        "description": "FHIR logical id (server-local)"
      },
      {
        "name": "version_id",
        "source": "version_id",
        "type": "string",
        "description": "meta.versionId"
      },
      {
        "name": "last_updated",
        "source": "last_updated",
        "type": "timestamp",
        "required": true,
        "description": "meta.lastUpdated (instant): the incremental cursor"
      },
      {
        "name": "license_no",
        "source": "license_no",
        "type": "string"
      },
      {
        "name": "active",
        "source": "active",
        "type": "boolean"
      },
      {
        "name": "name_en",
        "source": "name_en",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "name_ar",
        "source": "name_ar",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "gender",
        "source": "gender",
        "type": "string"
      },
      {
        "name": "phone",
        "source": "phone",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "qualification",
        "source": "qualification",
        "type": "string"
      },
      {
        "name": "resource",
        "source": "resource",
        "type": "json",
        "description": "The resource as received (vendor extensions included)"
      }
    ],
    "file": "contracts/hims/practitioners.yaml"
  },
  "singer": {
    "stream": "hims_practitioners",
    "key_properties": [
      "id"
    ],
    "bookmark_properties": [
      "last_updated"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "description": "FHIR logical id (server-local)"
        },
        "version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "meta.versionId"
        },
        "last_updated": {
          "type": "string",
          "format": "date-time",
          "description": "meta.lastUpdated (instant): the incremental cursor"
        },
        "license_no": {
          "type": [
            "string",
            "null"
          ]
        },
        "active": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "name_en": {
          "type": [
            "string",
            "null"
          ]
        },
        "name_ar": {
          "type": [
            "string",
            "null"
          ]
        },
        "gender": {
          "type": [
            "string",
            "null"
          ]
        },
        "phone": {
          "type": [
            "string",
            "null"
          ]
        },
        "qualification": {
          "type": [
            "string",
            "null"
          ]
        },
        "resource": {
          "description": "The resource as received (vendor extensions included)"
        }
      },
      "required": [
        "id",
        "last_updated"
      ]
    }
  }
};

// generated from contracts/indici/*.yaml by `npm run codegen`; do not edit
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';

export const allergies: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "allergies",
    "description": "Indici Allergies extract (56 fields, headerless). Change tracking: InsertedAt, UpdatedAt; IsActive, IsDeleted, ROWINACTIVE. OnsetDate format undocumented.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Allergies",
      "field_count": 56
    },
    "natural_key": [
      "allergy_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_allergies"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "allergy_id",
        "source": "AllergyID",
        "type": "integer",
        "required": true
      },
      {
        "name": "appointment_id",
        "source": "AppointmentID",
        "type": "integer"
      },
      {
        "name": "allergy_type_id",
        "source": "AllergyTypeID",
        "type": "integer"
      },
      {
        "name": "allergy_type",
        "source": "AllergyType",
        "type": "string"
      },
      {
        "name": "onset_date",
        "source": "OnsetDate",
        "type": "date"
      },
      {
        "name": "deactivation_reason",
        "source": "DeactivationReason",
        "type": "string"
      },
      {
        "name": "medicine_id",
        "source": "MedicineID",
        "type": "integer"
      },
      {
        "name": "medicine",
        "source": "Medicine",
        "type": "string"
      },
      {
        "name": "reaction_id",
        "source": "ReactionID",
        "type": "integer"
      },
      {
        "name": "reactions",
        "source": "Reactions",
        "type": "string"
      },
      {
        "name": "reaction_type_id",
        "source": "ReactionTypeID",
        "type": "integer"
      },
      {
        "name": "reaction_type",
        "source": "ReactionType",
        "type": "string"
      },
      {
        "name": "severity_id",
        "source": "SeverityID",
        "type": "integer"
      },
      {
        "name": "severity",
        "source": "Severity",
        "type": "string"
      },
      {
        "name": "reaction_notes",
        "source": "ReactionNotes",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "inserted_by_id",
        "source": "InsertedByID",
        "type": "integer"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_by_id",
        "source": "UpdatedByID",
        "type": "integer"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "patient",
        "source": "Patient",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "is_confidential",
        "source": "IsConfidential",
        "type": "boolean"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "practice",
        "source": "Practice",
        "type": "string"
      },
      {
        "name": "mgen_code",
        "source": "MGENCODE",
        "type": "string"
      },
      {
        "name": "mcla_code",
        "source": "MCLACODE",
        "type": "string"
      },
      {
        "name": "medtech_id",
        "source": "MedTechID",
        "type": "string"
      },
      {
        "name": "medicine_classification_id",
        "source": "MedicineClassificationID",
        "type": "integer"
      },
      {
        "name": "allergy_category_id",
        "source": "AllergyCategoryID",
        "type": "integer"
      },
      {
        "name": "allergy_category",
        "source": "AllergyCategory",
        "type": "string"
      },
      {
        "name": "comment",
        "source": "Comment",
        "type": "string"
      },
      {
        "name": "substance_type_id",
        "source": "SubstanceTypeID",
        "type": "integer"
      },
      {
        "name": "substance_type",
        "source": "SubstanceType",
        "type": "string"
      },
      {
        "name": "favourite_substance_id",
        "source": "FavouriteSubstanceID",
        "type": "integer"
      },
      {
        "name": "favourite_substance",
        "source": "FavouriteSubstance",
        "type": "string"
      },
      {
        "name": "disease_id",
        "source": "DiseaseID",
        "type": "integer"
      },
      {
        "name": "disease",
        "source": "Disease",
        "type": "string"
      },
      {
        "name": "other_substance",
        "source": "OtherSubstance",
        "type": "string"
      },
      {
        "name": "medicine_type_id",
        "source": "MedicineTypeID",
        "type": "integer"
      },
      {
        "name": "medicine_type",
        "source": "MedicineType",
        "type": "string"
      },
      {
        "name": "user_logging_id",
        "source": "UserLoggingID",
        "type": "string"
      },
      {
        "name": "logging_user_name",
        "source": "LoggingUserName",
        "type": "string"
      },
      {
        "name": "show_on_portal",
        "source": "ShowOnPortal",
        "type": "boolean"
      },
      {
        "name": "warning_type",
        "source": "WarningType",
        "type": "string"
      },
      {
        "name": "row_inactive",
        "source": "ROWINACTIVE",
        "type": "boolean"
      },
      {
        "name": "is_reviewed",
        "source": "IsReviewed",
        "type": "boolean"
      },
      {
        "name": "provider_id",
        "source": "ProviderID",
        "type": "integer"
      },
      {
        "name": "provider",
        "source": "Provider",
        "type": "string"
      },
      {
        "name": "practice_location_id",
        "source": "PracticeLocationID",
        "type": "integer"
      },
      {
        "name": "location_name",
        "source": "LocationName",
        "type": "string"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgID",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/allergies.yaml"
  },
  "singer": {
    "stream": "indici_allergies",
    "key_properties": [
      "AllergyID",
      "PracticeID",
      "PerOrgID"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "AllergyID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AllergyTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AllergyType": {
          "type": [
            "string",
            "null"
          ]
        },
        "OnsetDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "DeactivationReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedicineID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Medicine": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReactionID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Reactions": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReactionTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReactionType": {
          "type": [
            "string",
            "null"
          ]
        },
        "SeverityID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Severity": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReactionNotes": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Patient": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConfidential": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Practice": {
          "type": [
            "string",
            "null"
          ]
        },
        "MGENCODE": {
          "type": [
            "string",
            "null"
          ]
        },
        "MCLACODE": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedicineClassificationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AllergyCategoryID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AllergyCategory": {
          "type": [
            "string",
            "null"
          ]
        },
        "Comment": {
          "type": [
            "string",
            "null"
          ]
        },
        "SubstanceTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "SubstanceType": {
          "type": [
            "string",
            "null"
          ]
        },
        "FavouriteSubstanceID": {
          "type": [
            "string",
            "null"
          ]
        },
        "FavouriteSubstance": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiseaseID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Disease": {
          "type": [
            "string",
            "null"
          ]
        },
        "OtherSubstance": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedicineTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedicineType": {
          "type": [
            "string",
            "null"
          ]
        },
        "UserLoggingID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoggingUserName": {
          "type": [
            "string",
            "null"
          ]
        },
        "ShowOnPortal": {
          "type": [
            "string",
            "null"
          ]
        },
        "WarningType": {
          "type": [
            "string",
            "null"
          ]
        },
        "ROWINACTIVE": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsReviewed": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Provider": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeLocationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LocationName": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const appointmentMedications: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "appointment_medications",
    "description": "Indici AppointmentMedications extract (91 fields, headerless). Change tracking: InsertedAt, UpdatedAt; IsActive, IsDeleted, IsStopped. Source heading misspelled \"AppointmentMedicaitons\".",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "AppointmentMedications",
      "field_count": 91
    },
    "natural_key": [
      "medication_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_appointment_medications"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "medication_id",
        "source": "MedicationID",
        "type": "integer",
        "required": true
      },
      {
        "name": "appointment_id",
        "source": "AppointmentID",
        "type": "integer"
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "sct_id",
        "source": "SCTID",
        "type": "string"
      },
      {
        "name": "medicine_id",
        "source": "MedicineID",
        "type": "integer"
      },
      {
        "name": "medicine_name",
        "source": "MedicineName",
        "type": "string"
      },
      {
        "name": "strength",
        "source": "Strength",
        "type": "string"
      },
      {
        "name": "form",
        "source": "Form",
        "type": "string"
      },
      {
        "name": "take",
        "source": "Take",
        "type": "string"
      },
      {
        "name": "frequency",
        "source": "Frequency",
        "type": "string"
      },
      {
        "name": "daily_freq",
        "source": "DAILYFREQ",
        "type": "string"
      },
      {
        "name": "route",
        "source": "Route",
        "type": "string"
      },
      {
        "name": "duration",
        "source": "Duration",
        "type": "string"
      },
      {
        "name": "duration_type",
        "source": "DurationType",
        "type": "string"
      },
      {
        "name": "start_date",
        "source": "StartDate",
        "type": "date"
      },
      {
        "name": "end_date",
        "source": "EndDate",
        "type": "date"
      },
      {
        "name": "stop_date",
        "source": "StopDate",
        "type": "date"
      },
      {
        "name": "repeats",
        "source": "Repeats",
        "type": "integer"
      },
      {
        "name": "sa_status",
        "source": "SAStatus",
        "type": "string"
      },
      {
        "name": "sa_number",
        "source": "SANumber",
        "type": "string"
      },
      {
        "name": "expiry_date",
        "source": "ExpiryDate",
        "type": "date"
      },
      {
        "name": "subsidy_amount",
        "source": "SubsidyAmount",
        "type": "decimal"
      },
      {
        "name": "price",
        "source": "Price",
        "type": "decimal"
      },
      {
        "name": "provider_id",
        "source": "ProviderID",
        "type": "integer"
      },
      {
        "name": "provider",
        "source": "Provider",
        "type": "string"
      },
      {
        "name": "task_id",
        "source": "TaskID",
        "type": "integer"
      },
      {
        "name": "directions",
        "source": "Directions",
        "type": "string"
      },
      {
        "name": "is_confidential",
        "source": "IsConfidential",
        "type": "boolean"
      },
      {
        "name": "is_long_term",
        "source": "IsLongTerm",
        "type": "boolean"
      },
      {
        "name": "is_prescribed_externally",
        "source": "IsPrescribedExternally",
        "type": "boolean"
      },
      {
        "name": "is_stopped",
        "source": "IsStopped",
        "type": "boolean"
      },
      {
        "name": "is_highlighted",
        "source": "IsHighlighted",
        "type": "boolean"
      },
      {
        "name": "is_practicein_admin",
        "source": "IsPracticeinAdmin",
        "type": "boolean"
      },
      {
        "name": "is_trial",
        "source": "IsTrial",
        "type": "boolean"
      },
      {
        "name": "stopped_reason",
        "source": "StoppedReason",
        "type": "string"
      },
      {
        "name": "medication_stop_reason",
        "source": "MedicationStopReason",
        "type": "string"
      },
      {
        "name": "rx_sc_id",
        "source": "RxSCID",
        "type": "string"
      },
      {
        "name": "rx_date",
        "source": "RxDate",
        "type": "date"
      },
      {
        "name": "rx_status",
        "source": "RxStatus",
        "type": "string"
      },
      {
        "name": "is_dispense",
        "source": "IsDispense",
        "type": "boolean"
      },
      {
        "name": "printed_by",
        "source": "PrintedBy",
        "type": "string"
      },
      {
        "name": "printed_at",
        "source": "PrintedAt",
        "type": "timestamp"
      },
      {
        "name": "comments",
        "source": "Comments",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "medtech_id",
        "source": "MedTechID",
        "type": "string"
      },
      {
        "name": "is_mapped",
        "source": "IsMapped",
        "type": "boolean"
      },
      {
        "name": "medtech_drug_code",
        "source": "MedTechDrugCode",
        "type": "string"
      },
      {
        "name": "medtech_generic_name",
        "source": "MedTechGenericName",
        "type": "string"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "prescibed_externlay_id",
        "source": "PrescibedExternlayID",
        "type": "integer"
      },
      {
        "name": "prescibed_externlay_desc",
        "source": "PrescibedExternlayDesc",
        "type": "string"
      },
      {
        "name": "quantity",
        "source": "Quantity",
        "type": "decimal"
      },
      {
        "name": "is_generic_substitution",
        "source": "IsGenericSubstitution",
        "type": "boolean"
      },
      {
        "name": "is_frequent_dispensed",
        "source": "IsFrequentDispensed",
        "type": "boolean"
      },
      {
        "name": "initial_dispense_period",
        "source": "InitialDispensePeriod",
        "type": "string"
      },
      {
        "name": "initial_dispense_period_type",
        "source": "InitialDispensePeriodType",
        "type": "string"
      },
      {
        "name": "trial_period",
        "source": "TrialPeriod",
        "type": "string"
      },
      {
        "name": "trial_type",
        "source": "TrialType",
        "type": "string"
      },
      {
        "name": "is_specalist_recomended",
        "source": "IsSpecalistRecomended",
        "type": "boolean"
      },
      {
        "name": "specalist_name",
        "source": "SpecalistName",
        "type": "string"
      },
      {
        "name": "recomendation_date",
        "source": "RecomendationDate",
        "type": "date"
      },
      {
        "name": "is_endorsement_criteria",
        "source": "IsEndorsementCriteria",
        "type": "boolean"
      },
      {
        "name": "is_provider_eligible_co_payment",
        "source": "IsProviderEligibleCoPayment",
        "type": "boolean"
      },
      {
        "name": "user_logging_id",
        "source": "UserLoggingID",
        "type": "string"
      },
      {
        "name": "is_override",
        "source": "IsOverride",
        "type": "boolean"
      },
      {
        "name": "override_reason",
        "source": "OverrideReason",
        "type": "string"
      },
      {
        "name": "is_task_generated",
        "source": "IsTaskGenerated",
        "type": "boolean"
      },
      {
        "name": "show_on_portal",
        "source": "ShowOnPortal",
        "type": "boolean"
      },
      {
        "name": "patient_sa_record_id",
        "source": "PatientSARecordID",
        "type": "integer"
      },
      {
        "name": "stopped_by",
        "source": "StoppedBy",
        "type": "string"
      },
      {
        "name": "mapped_by",
        "source": "MappedBy",
        "type": "string"
      },
      {
        "name": "mapped_date",
        "source": "MappedDate",
        "type": "date"
      },
      {
        "name": "recomendation_override_reason",
        "source": "RecomendationOverrideReason",
        "type": "string"
      },
      {
        "name": "is_variable_dose",
        "source": "IsVariableDose",
        "type": "boolean"
      },
      {
        "name": "is_dose_change",
        "source": "IsDoseChange",
        "type": "boolean"
      },
      {
        "name": "reference_medication",
        "source": "ReferenceMedication",
        "type": "string"
      },
      {
        "name": "mims_code",
        "source": "MIMSCODE",
        "type": "string"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "practice_location_id",
        "source": "PracticeLocationID",
        "type": "integer"
      },
      {
        "name": "location_name",
        "source": "LocationName",
        "type": "string"
      },
      {
        "name": "prescription_print_date",
        "source": "PrescriptionPrintDate",
        "type": "date"
      },
      {
        "name": "prescription_no",
        "source": "PrescriptionNo",
        "type": "string"
      },
      {
        "name": "substance_name",
        "source": "SubstanceName",
        "type": "string"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/appointment_medications.yaml"
  },
  "singer": {
    "stream": "indici_appointment_medications",
    "key_properties": [
      "MedicationID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "MedicationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "SCTID": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedicineID": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedicineName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Strength": {
          "type": [
            "string",
            "null"
          ]
        },
        "Form": {
          "type": [
            "string",
            "null"
          ]
        },
        "Take": {
          "type": [
            "string",
            "null"
          ]
        },
        "Frequency": {
          "type": [
            "string",
            "null"
          ]
        },
        "DAILYFREQ": {
          "type": [
            "string",
            "null"
          ]
        },
        "Route": {
          "type": [
            "string",
            "null"
          ]
        },
        "Duration": {
          "type": [
            "string",
            "null"
          ]
        },
        "DurationType": {
          "type": [
            "string",
            "null"
          ]
        },
        "StartDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "EndDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "StopDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "Repeats": {
          "type": [
            "string",
            "null"
          ]
        },
        "SAStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "SANumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "ExpiryDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "SubsidyAmount": {
          "type": [
            "string",
            "null"
          ]
        },
        "Price": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Provider": {
          "type": [
            "string",
            "null"
          ]
        },
        "TaskID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Directions": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConfidential": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsLongTerm": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsPrescribedExternally": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsStopped": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsHighlighted": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsPracticeinAdmin": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsTrial": {
          "type": [
            "string",
            "null"
          ]
        },
        "StoppedReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedicationStopReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "RxSCID": {
          "type": [
            "string",
            "null"
          ]
        },
        "RxDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "RxStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDispense": {
          "type": [
            "string",
            "null"
          ]
        },
        "PrintedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "PrintedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "Comments": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsMapped": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechDrugCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechGenericName": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PrescibedExternlayID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PrescibedExternlayDesc": {
          "type": [
            "string",
            "null"
          ]
        },
        "Quantity": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsGenericSubstitution": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsFrequentDispensed": {
          "type": [
            "string",
            "null"
          ]
        },
        "InitialDispensePeriod": {
          "type": [
            "string",
            "null"
          ]
        },
        "InitialDispensePeriodType": {
          "type": [
            "string",
            "null"
          ]
        },
        "TrialPeriod": {
          "type": [
            "string",
            "null"
          ]
        },
        "TrialType": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsSpecalistRecomended": {
          "type": [
            "string",
            "null"
          ]
        },
        "SpecalistName": {
          "type": [
            "string",
            "null"
          ]
        },
        "RecomendationDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsEndorsementCriteria": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsProviderEligibleCoPayment": {
          "type": [
            "string",
            "null"
          ]
        },
        "UserLoggingID": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsOverride": {
          "type": [
            "string",
            "null"
          ]
        },
        "OverrideReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsTaskGenerated": {
          "type": [
            "string",
            "null"
          ]
        },
        "ShowOnPortal": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientSARecordID": {
          "type": [
            "string",
            "null"
          ]
        },
        "StoppedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "MappedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "MappedDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "RecomendationOverrideReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsVariableDose": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDoseChange": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReferenceMedication": {
          "type": [
            "string",
            "null"
          ]
        },
        "MIMSCODE": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeLocationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LocationName": {
          "type": [
            "string",
            "null"
          ]
        },
        "PrescriptionPrintDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "PrescriptionNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "SubstanceName": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const appointments: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "appointments",
    "description": "Indici Appointments extract (64 fields, headerless). Change tracking: InsertedAt, UpdatedAt, LastAppointmentStatusDate; IsActive, IsDeleted. ScheduleDate and the `...Time` columns are timestamps.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Appointments",
      "field_count": 64
    },
    "natural_key": [
      "appointment_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_appointments"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "appointment_id",
        "source": "AppointmentID",
        "type": "integer",
        "required": true
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "appointment_type",
        "source": "AppointmentType",
        "type": "string"
      },
      {
        "name": "appointment_status",
        "source": "AppointmentStatus",
        "type": "string",
        "description": "Appointment status label as Indici shows it; a value outside the domain sends the row to rejects (add it here and rerun dbt to accept it). The canonical code is appointment_status_code.",
        "domain": [
          "Booked",
          "Arrived",
          "In Consultation",
          "Completed",
          "Cancelled",
          "Did Not Arrive"
        ],
        "domain_codes": {
          "Booked": "booked",
          "Arrived": "arrived",
          "In Consultation": "in_consultation",
          "Completed": "completed",
          "Cancelled": "cancelled",
          "Did Not Arrive": "did_not_arrive"
        }
      },
      {
        "name": "schedule_date",
        "source": "ScheduleDate",
        "type": "timestamp"
      },
      {
        "name": "notes",
        "source": "Notes",
        "type": "string"
      },
      {
        "name": "arrived",
        "source": "Arrived",
        "type": "boolean"
      },
      {
        "name": "waiting_forpayment",
        "source": "WaitingForpayment",
        "type": "boolean"
      },
      {
        "name": "appointment_completed",
        "source": "AppointmentCompleted",
        "type": "boolean"
      },
      {
        "name": "consult_time",
        "source": "ConsultTime",
        "type": "string"
      },
      {
        "name": "booked",
        "source": "Booked",
        "type": "boolean"
      },
      {
        "name": "medtech_id",
        "source": "MedTechID",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "quality": [
          "not_future"
        ],
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "practice",
        "source": "Practice",
        "type": "string"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "provider_id",
        "references": "provider",
        "source": "ProviderID",
        "type": "integer"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "provider",
        "source": "Provider",
        "type": "string"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "practice_location_id",
        "source": "PracticeLocationID",
        "type": "integer"
      },
      {
        "name": "location_name",
        "source": "LocationName",
        "type": "string"
      },
      {
        "name": "reasonfor_visit",
        "source": "ReasonforVisit",
        "type": "string"
      },
      {
        "name": "status_group",
        "source": "StatusGroup",
        "type": "string",
        "description": "Indici's grouping of appointment statuses; mapped to status_group_code.",
        "domain": [
          "Upcoming",
          "In Progress",
          "Completed",
          "Cancelled",
          "DNA"
        ],
        "domain_codes": {
          "Upcoming": "upcoming",
          "In Progress": "in_progress",
          "Completed": "completed",
          "Cancelled": "cancelled",
          "DNA": "did_not_arrive"
        }
      },
      {
        "name": "duration",
        "source": "Duration",
        "type": "integer"
      },
      {
        "name": "appointment_out_come_id",
        "source": "AppointmentOutComeID",
        "type": "integer"
      },
      {
        "name": "appointment_out_come",
        "source": "AppointmentOutCome",
        "type": "string"
      },
      {
        "name": "appointment_type_id",
        "source": "AppointmentTypeID",
        "type": "integer"
      },
      {
        "name": "booking_source_id",
        "source": "BookingSourceID",
        "type": "integer"
      },
      {
        "name": "booking_source",
        "source": "BookingSource",
        "type": "string"
      },
      {
        "name": "consult_end_time",
        "source": "ConsultEndTime",
        "type": "timestamp"
      },
      {
        "name": "consult_start_time",
        "source": "ConsultStartTime",
        "type": "timestamp"
      },
      {
        "name": "consult_timer_status_id",
        "source": "ConsultTimerStatusID",
        "type": "integer"
      },
      {
        "name": "description",
        "source": "Description",
        "type": "string"
      },
      {
        "name": "end_time",
        "source": "EndTime",
        "type": "timestamp"
      },
      {
        "name": "generated_time",
        "source": "GeneratedTime",
        "type": "timestamp"
      },
      {
        "name": "gp_queue_time",
        "source": "GPQueueTime",
        "type": "timestamp"
      },
      {
        "name": "is_arrived",
        "source": "IsArrived",
        "type": "boolean"
      },
      {
        "name": "is_consult_parked",
        "source": "IsConsultParked",
        "type": "boolean"
      },
      {
        "name": "is_dummy",
        "source": "IsDummy",
        "type": "boolean"
      },
      {
        "name": "last_appointment_status_date",
        "source": "LastAppointmentStatusDate",
        "type": "timestamp"
      },
      {
        "name": "last_appointment_status_id",
        "source": "LastAppointmentStatusID",
        "type": "integer"
      },
      {
        "name": "cancel_reason",
        "source": "CancelReason",
        "type": "string"
      },
      {
        "name": "parked_reason",
        "source": "ParkedReason",
        "type": "string"
      },
      {
        "name": "priority_id",
        "source": "PriorityID",
        "type": "integer"
      },
      {
        "name": "arrived_time",
        "source": "ArrivedTime",
        "type": "timestamp"
      },
      {
        "name": "cancelled_time",
        "source": "CancelledTime",
        "type": "timestamp"
      },
      {
        "name": "not_arrived_time",
        "source": "NotArrivedTime",
        "type": "timestamp"
      },
      {
        "name": "nurse_queue_time",
        "source": "NurseQueueTime",
        "type": "timestamp"
      },
      {
        "name": "on_hold_time",
        "source": "OnHoldTime",
        "type": "timestamp"
      },
      {
        "name": "read_only_time",
        "source": "ReadOnlyTime",
        "type": "timestamp"
      },
      {
        "name": "self_assessment_completed_time",
        "source": "SelfAssessmentCompletedTime",
        "type": "timestamp"
      },
      {
        "name": "self_assessment_queue_time",
        "source": "SelfAssessmentQueueTime",
        "type": "timestamp"
      },
      {
        "name": "start_time",
        "source": "StartTime",
        "type": "timestamp"
      },
      {
        "name": "triage_queue_time",
        "source": "TriageQueueTime",
        "type": "timestamp"
      },
      {
        "name": "virtual_queue_time",
        "source": "VirtualQueueTime",
        "type": "timestamp"
      },
      {
        "name": "is_confidential",
        "source": "IsConfidential",
        "type": "boolean"
      },
      {
        "name": "is_consentto_share",
        "source": "IsConsenttoShare",
        "type": "boolean"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgID",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/appointments.yaml"
  },
  "singer": {
    "stream": "indici_appointments",
    "key_properties": [
      "AppointmentID",
      "PracticeID",
      "PerOrgID"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "AppointmentID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentType": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentStatus": {
          "type": [
            "string",
            "null"
          ],
          "description": "Appointment status label as Indici shows it; a value outside the domain sends the row to rejects (add it here and rerun dbt to accept it). The canonical code is appointment_status_code."
        },
        "ScheduleDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "Notes": {
          "type": [
            "string",
            "null"
          ]
        },
        "Arrived": {
          "type": [
            "string",
            "null"
          ]
        },
        "WaitingForpayment": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentCompleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "ConsultTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "Booked": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "Practice": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "Provider": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeLocationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LocationName": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReasonforVisit": {
          "type": [
            "string",
            "null"
          ]
        },
        "StatusGroup": {
          "type": [
            "string",
            "null"
          ],
          "description": "Indici's grouping of appointment statuses; mapped to status_group_code."
        },
        "Duration": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentOutComeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentOutCome": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "BookingSourceID": {
          "type": [
            "string",
            "null"
          ]
        },
        "BookingSource": {
          "type": [
            "string",
            "null"
          ]
        },
        "ConsultEndTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "ConsultStartTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "ConsultTimerStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Description": {
          "type": [
            "string",
            "null"
          ]
        },
        "EndTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "GeneratedTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "GPQueueTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsArrived": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsultParked": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDummy": {
          "type": [
            "string",
            "null"
          ]
        },
        "LastAppointmentStatusDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "LastAppointmentStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "CancelReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "ParkedReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "PriorityID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ArrivedTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "CancelledTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "NotArrivedTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "NurseQueueTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "OnHoldTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReadOnlyTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "SelfAssessmentCompletedTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "SelfAssessmentQueueTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "StartTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "TriageQueueTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "VirtualQueueTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConfidential": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsenttoShare": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const diagnosis: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "diagnosis",
    "description": "Indici Diagnosis extract (50 fields, headerless). Change tracking: InsertedAt, UpdatedAt; IsActive, IsDeleted. DiagnosisDate, OnSetDate format undocumented.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Diagnosis",
      "field_count": 50
    },
    "natural_key": [
      "diagnosis_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_diagnoses"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "diagnosis_id",
        "source": "DiagnosisID",
        "type": "integer",
        "required": true
      },
      {
        "name": "appointment_id",
        "source": "AppointmentID",
        "type": "integer"
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "disease_id",
        "source": "DiseaseID",
        "type": "integer"
      },
      {
        "name": "disease",
        "source": "Disease",
        "type": "string"
      },
      {
        "name": "diagnosis_date",
        "source": "DiagnosisDate",
        "type": "date"
      },
      {
        "name": "diagnosis_by_id",
        "source": "DiagnosisByID",
        "type": "integer"
      },
      {
        "name": "diagnosis_by",
        "source": "DiagnosisBy",
        "type": "string"
      },
      {
        "name": "summary",
        "source": "Summary",
        "type": "string"
      },
      {
        "name": "is_long_term",
        "source": "IsLongTerm",
        "type": "boolean"
      },
      {
        "name": "addto_problem",
        "source": "AddtoProblem",
        "type": "boolean"
      },
      {
        "name": "is_highlighted",
        "source": "IsHighlighted",
        "type": "boolean"
      },
      {
        "name": "sequence_no",
        "source": "SequenceNo",
        "type": "integer"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "inserted_by_id",
        "source": "InsertedByID",
        "type": "integer"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_by_id",
        "source": "UpdatedByID",
        "type": "integer"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "quality": [
          "not_future"
        ],
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "is_confidential",
        "source": "IsConfidential",
        "type": "boolean"
      },
      {
        "name": "diagnosis_type_id",
        "source": "DiagnosisTypeID",
        "type": "integer"
      },
      {
        "name": "diagnosis_type",
        "source": "DiagnosisType",
        "type": "string"
      },
      {
        "name": "classification_record",
        "source": "ClassificationRecord",
        "type": "string"
      },
      {
        "name": "medtech_id",
        "source": "MedTechID",
        "type": "string"
      },
      {
        "name": "medtech_read_code",
        "source": "MedTechReadCode",
        "type": "string"
      },
      {
        "name": "medtech_read_term",
        "source": "MedTechReadTerm",
        "type": "string"
      },
      {
        "name": "is_mapped",
        "source": "IsMapped",
        "type": "boolean"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "practice",
        "source": "Practice",
        "type": "string"
      },
      {
        "name": "on_set_date",
        "source": "OnSetDate",
        "type": "date"
      },
      {
        "name": "user_logging_id",
        "source": "UserLoggingID",
        "type": "string"
      },
      {
        "name": "logging_user_name",
        "source": "LoggingUserName",
        "type": "string"
      },
      {
        "name": "recall_id",
        "source": "RecallID",
        "type": "integer"
      },
      {
        "name": "recall",
        "source": "Recall",
        "type": "string"
      },
      {
        "name": "exclusion_start_date",
        "source": "ExclusionStartDate",
        "type": "date"
      },
      {
        "name": "exclusion_end_date",
        "source": "ExclusionEndDate",
        "type": "date"
      },
      {
        "name": "show_on_portal",
        "source": "ShowOnPortal",
        "type": "boolean"
      },
      {
        "name": "ext_appointment_id",
        "source": "ExtAppointmentID",
        "type": "string"
      },
      {
        "name": "patient_medtech_id",
        "source": "PatientMEDTechID",
        "type": "string"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "practice_location_id",
        "source": "PracticeLocationID",
        "type": "integer"
      },
      {
        "name": "location_name",
        "source": "LocationName",
        "type": "string"
      },
      {
        "name": "snomed_id",
        "source": "SNOMEDID",
        "type": "string"
      },
      {
        "name": "snomed_term",
        "source": "SnomedTerm",
        "type": "string"
      },
      {
        "name": "concept_id",
        "source": "CONCEPTID",
        "type": "string"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/diagnosis.yaml"
  },
  "singer": {
    "stream": "indici_diagnosis",
    "key_properties": [
      "DiagnosisID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "DiagnosisID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiseaseID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Disease": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiagnosisDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiagnosisByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiagnosisBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "Summary": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsLongTerm": {
          "type": [
            "string",
            "null"
          ]
        },
        "AddtoProblem": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsHighlighted": {
          "type": [
            "string",
            "null"
          ]
        },
        "SequenceNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConfidential": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiagnosisTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiagnosisType": {
          "type": [
            "string",
            "null"
          ]
        },
        "ClassificationRecord": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechReadCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechReadTerm": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsMapped": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Practice": {
          "type": [
            "string",
            "null"
          ]
        },
        "OnSetDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "UserLoggingID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoggingUserName": {
          "type": [
            "string",
            "null"
          ]
        },
        "RecallID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Recall": {
          "type": [
            "string",
            "null"
          ]
        },
        "ExclusionStartDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "ExclusionEndDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "ShowOnPortal": {
          "type": [
            "string",
            "null"
          ]
        },
        "ExtAppointmentID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientMEDTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeLocationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LocationName": {
          "type": [
            "string",
            "null"
          ]
        },
        "SNOMEDID": {
          "type": [
            "string",
            "null"
          ]
        },
        "SnomedTerm": {
          "type": [
            "string",
            "null"
          ]
        },
        "CONCEPTID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const immunisation: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "immunisation",
    "description": "Indici Immunisation extract (65 fields, headerless). Change tracking: InsertedAt, UpdatedAt; IsActive, IsDeleted. NIRSentDate, AdministrationTime format undocumented.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Immunisation",
      "field_count": 65
    },
    "natural_key": [
      "appointment_immunisation_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_immunisations"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "appointment_immunisation_id",
        "source": "AppointmentImmunisationID",
        "type": "integer",
        "required": true
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "appointment_id",
        "source": "AppointmentID",
        "type": "integer"
      },
      {
        "name": "patient_schedule_id",
        "source": "PatientScheduleID",
        "type": "integer"
      },
      {
        "name": "vaccine_id",
        "references": "vaccine",
        "source": "VaccineID",
        "type": "integer"
      },
      {
        "name": "vaccine_name",
        "source": "VaccineName",
        "type": "string"
      },
      {
        "name": "vaccine_code",
        "source": "VaccineCode",
        "type": "string"
      },
      {
        "name": "dose",
        "source": "Dose",
        "type": "string"
      },
      {
        "name": "dose_number",
        "source": "DoseNumber",
        "type": "integer"
      },
      {
        "name": "administration_site_id",
        "source": "AdministrationSiteID",
        "type": "integer"
      },
      {
        "name": "administration_site",
        "source": "AdministrationSite",
        "type": "string"
      },
      {
        "name": "route_id",
        "source": "RouteID",
        "type": "integer"
      },
      {
        "name": "route",
        "source": "Route",
        "type": "string"
      },
      {
        "name": "batch_number",
        "source": "BatchNumber",
        "type": "string"
      },
      {
        "name": "expiry_date",
        "source": "ExpiryDate",
        "type": "date"
      },
      {
        "name": "immunisation_status_id",
        "source": "ImmunisationStatusID",
        "type": "integer"
      },
      {
        "name": "immunisation_status",
        "source": "ImmunisationStatus",
        "type": "string"
      },
      {
        "name": "vaccine_out_come_id",
        "source": "VaccineOutComeID",
        "type": "integer"
      },
      {
        "name": "vaccine_out_come",
        "source": "VaccineOutCome",
        "type": "string"
      },
      {
        "name": "is_nir_ack",
        "source": "IsNIRAck",
        "type": "boolean"
      },
      {
        "name": "reason",
        "source": "Reason",
        "type": "string"
      },
      {
        "name": "provider_id",
        "source": "ProviderID",
        "type": "integer"
      },
      {
        "name": "provider",
        "source": "Provider",
        "type": "string"
      },
      {
        "name": "comments",
        "source": "Comments",
        "type": "string"
      },
      {
        "name": "administration_time",
        "source": "AdministrationTime",
        "type": "string"
      },
      {
        "name": "vaccine_indication_id",
        "source": "VaccineIndicationID",
        "type": "integer"
      },
      {
        "name": "vaccine_indication",
        "source": "VaccineIndication",
        "type": "string"
      },
      {
        "name": "vaccine_indication_code",
        "source": "VaccineIndicationCode",
        "type": "string"
      },
      {
        "name": "needle_length",
        "source": "NeedleLength",
        "type": "string"
      },
      {
        "name": "has_diluent",
        "source": "HasDiluent",
        "type": "boolean"
      },
      {
        "name": "diluent_batch_no",
        "source": "DiluentBatchNo",
        "type": "string"
      },
      {
        "name": "diluent_expiry_date",
        "source": "DiluentExpiryDate",
        "type": "date"
      },
      {
        "name": "is_confidential",
        "source": "IsConfidential",
        "type": "boolean"
      },
      {
        "name": "costing_code_id",
        "source": "CostingCodeID",
        "type": "integer"
      },
      {
        "name": "costing_code",
        "source": "CostingCode",
        "type": "string"
      },
      {
        "name": "brand_id",
        "source": "BrandID",
        "type": "integer"
      },
      {
        "name": "brand",
        "source": "Brand",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "inserted_by_id",
        "source": "InsertedByID",
        "type": "integer"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_by_id",
        "source": "UpdatedByID",
        "type": "integer"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "quality": [
          "not_future"
        ],
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "is_parked",
        "source": "IsParked",
        "type": "boolean"
      },
      {
        "name": "medtech_id",
        "source": "MedTechID",
        "type": "string"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "practice",
        "source": "Practice",
        "type": "string"
      },
      {
        "name": "is_auto_bill",
        "source": "IsAutoBill",
        "type": "boolean"
      },
      {
        "name": "vaccinator_id",
        "source": "VaccinatorID",
        "type": "integer"
      },
      {
        "name": "vaccinator",
        "source": "Vaccinator",
        "type": "string"
      },
      {
        "name": "user_logging_id",
        "source": "UserLoggingID",
        "type": "string"
      },
      {
        "name": "logging_user_name",
        "source": "LoggingUserName",
        "type": "string"
      },
      {
        "name": "nir_sent_date",
        "source": "NIRSentDate",
        "type": "date"
      },
      {
        "name": "show_on_portal",
        "source": "ShowOnPortal",
        "type": "boolean"
      },
      {
        "name": "vaccinator_code",
        "source": "VaccinatorCode",
        "type": "string"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "practice_location_id",
        "source": "PracticeLocationID",
        "type": "integer"
      },
      {
        "name": "location_name",
        "source": "LocationName",
        "type": "string"
      },
      {
        "name": "vaccine_group_id",
        "source": "VaccineGroupID",
        "type": "integer"
      },
      {
        "name": "vaccine_group",
        "source": "VaccineGroup",
        "type": "string"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/immunisation.yaml"
  },
  "singer": {
    "stream": "indici_immunisation",
    "key_properties": [
      "AppointmentImmunisationID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "AppointmentImmunisationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientScheduleID": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineID": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineName": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "Dose": {
          "type": [
            "string",
            "null"
          ]
        },
        "DoseNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "AdministrationSiteID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AdministrationSite": {
          "type": [
            "string",
            "null"
          ]
        },
        "RouteID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Route": {
          "type": [
            "string",
            "null"
          ]
        },
        "BatchNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "ExpiryDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "ImmunisationStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ImmunisationStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineOutComeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineOutCome": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNIRAck": {
          "type": [
            "string",
            "null"
          ]
        },
        "Reason": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Provider": {
          "type": [
            "string",
            "null"
          ]
        },
        "Comments": {
          "type": [
            "string",
            "null"
          ]
        },
        "AdministrationTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineIndicationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineIndication": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineIndicationCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "NeedleLength": {
          "type": [
            "string",
            "null"
          ]
        },
        "HasDiluent": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiluentBatchNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiluentExpiryDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConfidential": {
          "type": [
            "string",
            "null"
          ]
        },
        "CostingCodeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "CostingCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "BrandID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Brand": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsParked": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Practice": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsAutoBill": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccinatorID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Vaccinator": {
          "type": [
            "string",
            "null"
          ]
        },
        "UserLoggingID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoggingUserName": {
          "type": [
            "string",
            "null"
          ]
        },
        "NIRSentDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "ShowOnPortal": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccinatorCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeLocationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LocationName": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineGroupID": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineGroup": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const inbox: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "inbox",
    "description": "Indici Inbox extract (51 fields, headerless). Change tracking: InsertedAt, UpdatedAt, FiledAt; IsActive, IsDeleted, IsDeactivated. ResultDate is a timestamp.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Inbox",
      "field_count": 51
    },
    "natural_key": [
      "inbox_folder_item_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_inbox"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "inbox_folder_item_id",
        "source": "InboxFolderItemID",
        "type": "integer",
        "required": true
      },
      {
        "name": "folder_id",
        "source": "FolderID",
        "type": "integer"
      },
      {
        "name": "folder_name",
        "source": "FolderName",
        "type": "string"
      },
      {
        "name": "is_system_folder",
        "source": "IsSystemFolder",
        "type": "boolean"
      },
      {
        "name": "order_no",
        "source": "OrderNo",
        "type": "integer"
      },
      {
        "name": "item_type_id",
        "source": "ItemTypeID",
        "type": "integer"
      },
      {
        "name": "item_type",
        "source": "ItemType",
        "type": "string"
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "provider_id",
        "source": "ProviderID",
        "type": "integer"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "patient_name",
        "source": "PatientName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "provider",
        "source": "Provider",
        "type": "string"
      },
      {
        "name": "practice_name",
        "source": "PracticeName",
        "type": "string"
      },
      {
        "name": "from_org_id",
        "source": "FromOrgID",
        "type": "integer"
      },
      {
        "name": "from_organization_name",
        "source": "FromOrganizationName",
        "type": "string"
      },
      {
        "name": "assign_to_id",
        "source": "AssignToID",
        "type": "integer"
      },
      {
        "name": "assign_to",
        "source": "AssignTo",
        "type": "string"
      },
      {
        "name": "result_date",
        "source": "ResultDate",
        "type": "timestamp"
      },
      {
        "name": "message_subject_id",
        "source": "MessageSubjectID",
        "type": "integer"
      },
      {
        "name": "message_subject",
        "source": "MessageSubject",
        "type": "string"
      },
      {
        "name": "comments",
        "source": "Comments",
        "type": "string"
      },
      {
        "name": "mark_as_read",
        "source": "MarkAsRead",
        "type": "boolean"
      },
      {
        "name": "is_confidential",
        "source": "IsConfidential",
        "type": "boolean"
      },
      {
        "name": "show_on_portal",
        "source": "ShowonPortal",
        "type": "boolean"
      },
      {
        "name": "is_reviewed",
        "source": "IsReviewed",
        "type": "boolean"
      },
      {
        "name": "show_on_time_line",
        "source": "ShowOnTimeLine",
        "type": "boolean"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "inserted_by_id",
        "source": "InsertedByID",
        "type": "integer"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_by_id",
        "source": "UpdatedByID",
        "type": "integer"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "medtech_id",
        "source": "MedTechID",
        "type": "string"
      },
      {
        "name": "dms_id",
        "source": "DMSID",
        "type": "string"
      },
      {
        "name": "is_repeat_rx",
        "source": "IsRepeatRX",
        "type": "boolean"
      },
      {
        "name": "is_replied_rx",
        "source": "IsRepliedRx",
        "type": "boolean"
      },
      {
        "name": "external_ref",
        "source": "ExternalRef",
        "type": "string"
      },
      {
        "name": "abnorm_result",
        "source": "ABNORMResult",
        "type": "string"
      },
      {
        "name": "is_deactivated",
        "source": "IsDeactivated",
        "type": "boolean"
      },
      {
        "name": "folder_group",
        "source": "FolderGroup",
        "type": "string"
      },
      {
        "name": "document_code",
        "source": "DocumentCode",
        "type": "string"
      },
      {
        "name": "is_gp2gp",
        "source": "IsGP2GP",
        "type": "boolean"
      },
      {
        "name": "informat_id",
        "source": "InformatID",
        "type": "integer"
      },
      {
        "name": "informat",
        "source": "Informat",
        "type": "string"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "filed_at",
        "source": "FiledAt",
        "type": "timestamp"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/inbox.yaml"
  },
  "singer": {
    "stream": "indici_inbox",
    "key_properties": [
      "InboxFolderItemID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "InboxFolderItemID": {
          "type": [
            "string",
            "null"
          ]
        },
        "FolderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "FolderName": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsSystemFolder": {
          "type": [
            "string",
            "null"
          ]
        },
        "OrderNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "ItemTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ItemType": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Provider": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeName": {
          "type": [
            "string",
            "null"
          ]
        },
        "FromOrgID": {
          "type": [
            "string",
            "null"
          ]
        },
        "FromOrganizationName": {
          "type": [
            "string",
            "null"
          ]
        },
        "AssignToID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AssignTo": {
          "type": [
            "string",
            "null"
          ]
        },
        "ResultDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "MessageSubjectID": {
          "type": [
            "string",
            "null"
          ]
        },
        "MessageSubject": {
          "type": [
            "string",
            "null"
          ]
        },
        "Comments": {
          "type": [
            "string",
            "null"
          ]
        },
        "MarkAsRead": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConfidential": {
          "type": [
            "string",
            "null"
          ]
        },
        "ShowonPortal": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsReviewed": {
          "type": [
            "string",
            "null"
          ]
        },
        "ShowOnTimeLine": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "DMSID": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsRepeatRX": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsRepliedRx": {
          "type": [
            "string",
            "null"
          ]
        },
        "ExternalRef": {
          "type": [
            "string",
            "null"
          ]
        },
        "ABNORMResult": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeactivated": {
          "type": [
            "string",
            "null"
          ]
        },
        "FolderGroup": {
          "type": [
            "string",
            "null"
          ]
        },
        "DocumentCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsGP2GP": {
          "type": [
            "string",
            "null"
          ]
        },
        "InformatID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Informat": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "FiledAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const inboxDetail: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "inbox_detail",
    "description": "Indici InboxDetail extract (19 fields, headerless). Change tracking: InsertedAt only; IsActive, IsDeleted. Parent = Inbox.InboxFolderItemID.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "InboxDetail",
      "field_count": 19
    },
    "natural_key": [
      "inbox_folder_item_inline_id",
      "practice_id",
      "per_org_id"
    ],
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_inbox_detail"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "inbox_folder_item_inline_id",
        "source": "InBoxFolderItemInLineID",
        "type": "integer",
        "required": true
      },
      {
        "name": "inbox_folder_item_id",
        "references": "inbox",
        "source": "InboxFolderItemID",
        "type": "integer"
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "practice_name",
        "source": "PracticeName",
        "type": "string"
      },
      {
        "name": "prompt",
        "source": "Prompt",
        "type": "string"
      },
      {
        "name": "result",
        "source": "Result",
        "type": "string"
      },
      {
        "name": "abnorm",
        "source": "AbNorm",
        "type": "string"
      },
      {
        "name": "unit",
        "source": "Unit",
        "type": "string"
      },
      {
        "name": "result_code",
        "source": "ResultCode",
        "type": "string"
      },
      {
        "name": "reference_ranges",
        "source": "ReferenceRanges",
        "type": "string"
      },
      {
        "name": "line_number",
        "source": "LineNumber",
        "type": "integer"
      },
      {
        "name": "inserted_at",
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "is_confidential",
        "source": "IsConfidential",
        "type": "boolean"
      },
      {
        "name": "show_on_portal",
        "source": "ShowonPortal",
        "type": "boolean"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/inbox_detail.yaml"
  },
  "singer": {
    "stream": "indici_inbox_detail",
    "key_properties": [
      "InBoxFolderItemInLineID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "InBoxFolderItemInLineID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InboxFolderItemID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Prompt": {
          "type": [
            "string",
            "null"
          ]
        },
        "Result": {
          "type": [
            "string",
            "null"
          ]
        },
        "AbNorm": {
          "type": [
            "string",
            "null"
          ]
        },
        "Unit": {
          "type": [
            "string",
            "null"
          ]
        },
        "ResultCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReferenceRanges": {
          "type": [
            "string",
            "null"
          ]
        },
        "LineNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConfidential": {
          "type": [
            "string",
            "null"
          ]
        },
        "ShowonPortal": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const invoiceDetail: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "invoice_detail",
    "description": "Indici InvoiceDetail extract (49 fields, headerless). Change tracking: InsertedAt, UpdatedAt; IsActive, IsDeleted. Parent = Invoices.InvoiceTransactionID; no PatientID.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "InvoiceDetail",
      "field_count": 49
    },
    "natural_key": [
      "invoice_detail_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_invoice_detail"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "invoice_detail_id",
        "source": "InvoiceDetailID",
        "type": "integer",
        "required": true
      },
      {
        "name": "invoice_transaction_id",
        "references": "invoices",
        "source": "InvoiceTransactionID",
        "type": "integer"
      },
      {
        "name": "master_service_sub_service_id",
        "source": "MasterServiceSubServiceID",
        "type": "integer"
      },
      {
        "name": "appointment_service_id",
        "source": "AppointmentServiceID",
        "type": "integer"
      },
      {
        "name": "comments",
        "source": "Comments",
        "type": "string"
      },
      {
        "name": "quantity",
        "quality": [
          "non_zero"
        ],
        "source": "Quantity",
        "type": "decimal"
      },
      {
        "name": "claim_amount",
        "quality": [
          "non_negative"
        ],
        "source": "ClaimAmount",
        "type": "decimal"
      },
      {
        "name": "co_payment",
        "source": "CoPayment",
        "type": "decimal"
      },
      {
        "name": "gross_claim_amount",
        "source": "GrossClaimAmount",
        "type": "decimal"
      },
      {
        "name": "gross_co_payment",
        "source": "GrossCoPayment",
        "type": "decimal"
      },
      {
        "name": "is_billing_amount",
        "source": "IsBillingAmount",
        "type": "boolean"
      },
      {
        "name": "funder_id",
        "source": "FunderID",
        "type": "integer"
      },
      {
        "name": "funder_name",
        "source": "FunderName",
        "type": "string"
      },
      {
        "name": "contract_service_id",
        "source": "ContractServiceID",
        "type": "integer"
      },
      {
        "name": "contract_service_name",
        "source": "ContractServiceName",
        "type": "string"
      },
      {
        "name": "is_funded",
        "source": "IsFunded",
        "type": "boolean"
      },
      {
        "name": "submission_status",
        "source": "SubmissionStatus",
        "type": "string"
      },
      {
        "name": "case_no",
        "source": "CaseNo",
        "type": "string"
      },
      {
        "name": "sequence_no",
        "source": "SequenceNo",
        "type": "integer"
      },
      {
        "name": "billing_claim_status_id",
        "source": "BillingClaimStatusID",
        "type": "integer"
      },
      {
        "name": "master_service_name",
        "source": "MasterServiceName",
        "type": "string"
      },
      {
        "name": "master_service_code",
        "source": "MasterServiceCode",
        "type": "string"
      },
      {
        "name": "master_service_description",
        "source": "MasterServiceDescription",
        "type": "string"
      },
      {
        "name": "service_name",
        "source": "ServiceName",
        "type": "string"
      },
      {
        "name": "description",
        "source": "Description",
        "type": "string"
      },
      {
        "name": "code",
        "source": "Code",
        "type": "string"
      },
      {
        "name": "fee_code",
        "source": "FeeCode",
        "type": "string"
      },
      {
        "name": "service_code",
        "source": "ServiceCode",
        "type": "string"
      },
      {
        "name": "sub_service_description",
        "source": "SubServiceDescription",
        "type": "string"
      },
      {
        "name": "duration",
        "source": "Duration",
        "type": "string"
      },
      {
        "name": "is_common_service",
        "source": "IsCommonService",
        "type": "boolean"
      },
      {
        "name": "service_code_for_claim",
        "source": "ServiceCodeForClaim",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "inserted_by_id",
        "source": "InsertedByID",
        "type": "integer"
      },
      {
        "name": "updated_by_id",
        "source": "UpdatedByID",
        "type": "integer"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "user_logging_id",
        "source": "UserLoggingID",
        "type": "string"
      },
      {
        "name": "logging_user_name",
        "source": "LoggingUserName",
        "type": "string"
      },
      {
        "name": "billing_ref_id",
        "source": "BillingRefID",
        "type": "integer"
      },
      {
        "name": "billing_referral_id",
        "source": "BillingReferralID",
        "type": "integer"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "per_org_id",
        "source": "PerOrgID",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/invoice_detail.yaml"
  },
  "singer": {
    "stream": "indici_invoice_detail",
    "key_properties": [
      "InvoiceDetailID",
      "PracticeID",
      "PerOrgID"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "InvoiceDetailID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InvoiceTransactionID": {
          "type": [
            "string",
            "null"
          ]
        },
        "MasterServiceSubServiceID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentServiceID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Comments": {
          "type": [
            "string",
            "null"
          ]
        },
        "Quantity": {
          "type": [
            "string",
            "null"
          ]
        },
        "ClaimAmount": {
          "type": [
            "string",
            "null"
          ]
        },
        "CoPayment": {
          "type": [
            "string",
            "null"
          ]
        },
        "GrossClaimAmount": {
          "type": [
            "string",
            "null"
          ]
        },
        "GrossCoPayment": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsBillingAmount": {
          "type": [
            "string",
            "null"
          ]
        },
        "FunderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "FunderName": {
          "type": [
            "string",
            "null"
          ]
        },
        "ContractServiceID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ContractServiceName": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsFunded": {
          "type": [
            "string",
            "null"
          ]
        },
        "SubmissionStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "CaseNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "SequenceNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "BillingClaimStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "MasterServiceName": {
          "type": [
            "string",
            "null"
          ]
        },
        "MasterServiceCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "MasterServiceDescription": {
          "type": [
            "string",
            "null"
          ]
        },
        "ServiceName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Description": {
          "type": [
            "string",
            "null"
          ]
        },
        "Code": {
          "type": [
            "string",
            "null"
          ]
        },
        "FeeCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "ServiceCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "SubServiceDescription": {
          "type": [
            "string",
            "null"
          ]
        },
        "Duration": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsCommonService": {
          "type": [
            "string",
            "null"
          ]
        },
        "ServiceCodeForClaim": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UserLoggingID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoggingUserName": {
          "type": [
            "string",
            "null"
          ]
        },
        "BillingRefID": {
          "type": [
            "string",
            "null"
          ]
        },
        "BillingReferralID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const invoices: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "invoices",
    "description": "Indici Invoices extract (28 fields, headerless). Change tracking: InsertedAt, UpdatedAt; IsActive (no IsDeleted). No currency column; NZD implied, undocumented.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Invoices",
      "field_count": 28
    },
    "natural_key": [
      "invoice_transaction_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_invoices"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "invoice_transaction_id",
        "source": "InvoiceTransactionID",
        "type": "integer",
        "required": true
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "ac_date",
        "source": "ACDATE",
        "type": "string"
      },
      {
        "name": "medtech_id",
        "source": "MedtechID",
        "type": "string"
      },
      {
        "name": "payment_mode",
        "source": "PaymentMode",
        "type": "string"
      },
      {
        "name": "total_amount",
        "quality": [
          "non_negative"
        ],
        "source": "TotalAmount",
        "type": "decimal"
      },
      {
        "name": "unpaid_amount",
        "quality": [
          "non_negative"
        ],
        "source": "UnpaidAmount",
        "type": "decimal"
      },
      {
        "name": "claim_notes",
        "source": "ClaimNotes",
        "type": "string"
      },
      {
        "name": "description",
        "source": "Description",
        "type": "string"
      },
      {
        "name": "income_provider",
        "source": "IncomeProvider",
        "type": "string"
      },
      {
        "name": "invoice_payment_no",
        "source": "InvoicePaymentNo",
        "type": "string"
      },
      {
        "name": "provider",
        "source": "Provider",
        "type": "string"
      },
      {
        "name": "domicile_code",
        "source": "DomicileCode",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "quality": [
          "not_future"
        ],
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "transaction_type",
        "source": "TransactionType",
        "type": "string"
      },
      {
        "name": "provider_id",
        "source": "ProviderID",
        "type": "integer"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "practice_location_id",
        "source": "PracticeLocationID",
        "type": "integer"
      },
      {
        "name": "location_name",
        "source": "LocationName",
        "type": "string"
      },
      {
        "name": "notes",
        "source": "Notes",
        "type": "string"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/invoices.yaml"
  },
  "singer": {
    "stream": "indici_invoices",
    "key_properties": [
      "InvoiceTransactionID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "InvoiceTransactionID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ACDATE": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedtechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PaymentMode": {
          "type": [
            "string",
            "null"
          ]
        },
        "TotalAmount": {
          "type": [
            "string",
            "null"
          ]
        },
        "UnpaidAmount": {
          "type": [
            "string",
            "null"
          ]
        },
        "ClaimNotes": {
          "type": [
            "string",
            "null"
          ]
        },
        "Description": {
          "type": [
            "string",
            "null"
          ]
        },
        "IncomeProvider": {
          "type": [
            "string",
            "null"
          ]
        },
        "InvoicePaymentNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "Provider": {
          "type": [
            "string",
            "null"
          ]
        },
        "DomicileCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "TransactionType": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeLocationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LocationName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Notes": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const measurements: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "measurements",
    "description": "Indici Measurements extract (145 fields, headerless). Change tracking: InsertedAt, UpdatedAt; IsActive, IsDeleted. Field1-Field100 are generic slots; HBAIC spelled with letter I.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Measurements",
      "field_count": 145
    },
    "natural_key": [
      "screaning_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_measurements"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "screaning_id",
        "source": "ScreaningID",
        "type": "integer",
        "required": true
      },
      {
        "name": "appointment_id",
        "source": "AppointmentID",
        "type": "integer"
      },
      {
        "name": "screening_date",
        "source": "ScreeningDate",
        "type": "date"
      },
      {
        "name": "scn_code",
        "source": "SCNCODE",
        "type": "string"
      },
      {
        "name": "screening_type",
        "source": "ScreeningType",
        "type": "string"
      },
      {
        "name": "screening_group",
        "source": "ScreeningGroup",
        "type": "string"
      },
      {
        "name": "outcome",
        "source": "Outcome",
        "type": "string"
      },
      {
        "name": "outcome_description",
        "source": "OutcomeDescription",
        "type": "string"
      },
      {
        "name": "notes",
        "source": "Notes",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "updated_by_id",
        "source": "UpdatedByID",
        "type": "integer"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "inserted_by_id",
        "source": "InsertedByID",
        "type": "integer"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "quality": [
          "not_future"
        ],
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "patient_medtech_id",
        "source": "PatientMedTechID",
        "type": "string"
      },
      {
        "name": "practice",
        "source": "Practice",
        "type": "string"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "provider_id",
        "source": "ProviderID",
        "type": "integer"
      },
      {
        "name": "provider_code",
        "source": "ProviderCode",
        "type": "string"
      },
      {
        "name": "provider_name",
        "source": "ProviderName",
        "type": "string"
      },
      {
        "name": "hbaic",
        "source": "HBAIC",
        "type": "string"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "care_plan_id",
        "source": "CarePlanID",
        "type": "integer"
      },
      {
        "name": "care_plane_name",
        "source": "CarePlaneName",
        "type": "string"
      },
      {
        "name": "is_confidential",
        "source": "IsConfidential",
        "type": "boolean"
      },
      {
        "name": "is_gp2gp",
        "source": "IsGP2GP",
        "type": "boolean"
      },
      {
        "name": "is_patient_portal",
        "source": "IsPatientPortal",
        "type": "boolean"
      },
      {
        "name": "is_showon_time_line",
        "source": "IsShowonTimeLine",
        "type": "boolean"
      },
      {
        "name": "medtech_id",
        "source": "MedTechID",
        "type": "string"
      },
      {
        "name": "screening_source_type_id",
        "source": "ScreeningSourceTypeID",
        "type": "integer"
      },
      {
        "name": "service_template_id",
        "source": "ServiceTemplateID",
        "type": "integer"
      },
      {
        "name": "service_template_name",
        "source": "ServiceTemplateName",
        "type": "string"
      },
      {
        "name": "user_logging_id",
        "source": "UserLoggingID",
        "type": "string"
      },
      {
        "name": "logging_user_name",
        "source": "LoggingUserName",
        "type": "string"
      },
      {
        "name": "field_1",
        "source": "Field1",
        "type": "string"
      },
      {
        "name": "field_2",
        "source": "Field2",
        "type": "string"
      },
      {
        "name": "field_3",
        "source": "Field3",
        "type": "string"
      },
      {
        "name": "field_4",
        "source": "Field4",
        "type": "string"
      },
      {
        "name": "field_5",
        "source": "Field5",
        "type": "string"
      },
      {
        "name": "field_6",
        "source": "Field6",
        "type": "string"
      },
      {
        "name": "field_7",
        "source": "Field7",
        "type": "string"
      },
      {
        "name": "field_8",
        "source": "Field8",
        "type": "string"
      },
      {
        "name": "field_9",
        "source": "Field9",
        "type": "string"
      },
      {
        "name": "field_10",
        "source": "Field10",
        "type": "string"
      },
      {
        "name": "field_11",
        "source": "Field11",
        "type": "string"
      },
      {
        "name": "field_12",
        "source": "Field12",
        "type": "string"
      },
      {
        "name": "field_13",
        "source": "Field13",
        "type": "string"
      },
      {
        "name": "field_14",
        "source": "Field14",
        "type": "string"
      },
      {
        "name": "field_15",
        "source": "Field15",
        "type": "string"
      },
      {
        "name": "field_16",
        "source": "Field16",
        "type": "string"
      },
      {
        "name": "field_17",
        "source": "Field17",
        "type": "string"
      },
      {
        "name": "field_18",
        "source": "Field18",
        "type": "string"
      },
      {
        "name": "field_19",
        "source": "Field19",
        "type": "string"
      },
      {
        "name": "field_20",
        "source": "Field20",
        "type": "string"
      },
      {
        "name": "field_21",
        "source": "Field21",
        "type": "string"
      },
      {
        "name": "field_22",
        "source": "Field22",
        "type": "string"
      },
      {
        "name": "field_23",
        "source": "Field23",
        "type": "string"
      },
      {
        "name": "field_24",
        "source": "Field24",
        "type": "string"
      },
      {
        "name": "field_25",
        "source": "Field25",
        "type": "string"
      },
      {
        "name": "field_26",
        "source": "Field26",
        "type": "string"
      },
      {
        "name": "field_27",
        "source": "Field27",
        "type": "string"
      },
      {
        "name": "field_28",
        "source": "Field28",
        "type": "string"
      },
      {
        "name": "field_29",
        "source": "Field29",
        "type": "string"
      },
      {
        "name": "field_30",
        "source": "Field30",
        "type": "string"
      },
      {
        "name": "field_31",
        "source": "Field31",
        "type": "string"
      },
      {
        "name": "field_32",
        "source": "Field32",
        "type": "string"
      },
      {
        "name": "field_33",
        "source": "Field33",
        "type": "string"
      },
      {
        "name": "field_34",
        "source": "Field34",
        "type": "string"
      },
      {
        "name": "field_35",
        "source": "Field35",
        "type": "string"
      },
      {
        "name": "field_36",
        "source": "Field36",
        "type": "string"
      },
      {
        "name": "field_37",
        "source": "Field37",
        "type": "string"
      },
      {
        "name": "field_38",
        "source": "Field38",
        "type": "string"
      },
      {
        "name": "field_39",
        "source": "Field39",
        "type": "string"
      },
      {
        "name": "field_40",
        "source": "Field40",
        "type": "string"
      },
      {
        "name": "field_41",
        "source": "Field41",
        "type": "string"
      },
      {
        "name": "field_42",
        "source": "Field42",
        "type": "string"
      },
      {
        "name": "field_43",
        "source": "Field43",
        "type": "string"
      },
      {
        "name": "field_44",
        "source": "Field44",
        "type": "string"
      },
      {
        "name": "field_45",
        "source": "Field45",
        "type": "string"
      },
      {
        "name": "field_46",
        "source": "Field46",
        "type": "string"
      },
      {
        "name": "field_47",
        "source": "Field47",
        "type": "string"
      },
      {
        "name": "field_48",
        "source": "Field48",
        "type": "string"
      },
      {
        "name": "field_49",
        "source": "Field49",
        "type": "string"
      },
      {
        "name": "field_50",
        "source": "Field50",
        "type": "string"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "practice_location_id",
        "source": "PracticeLocationID",
        "type": "integer"
      },
      {
        "name": "location_name",
        "source": "LocationName",
        "type": "string"
      },
      {
        "name": "field_51",
        "source": "Field51",
        "type": "string"
      },
      {
        "name": "field_52",
        "source": "Field52",
        "type": "string"
      },
      {
        "name": "field_53",
        "source": "Field53",
        "type": "string"
      },
      {
        "name": "field_54",
        "source": "Field54",
        "type": "string"
      },
      {
        "name": "field_55",
        "source": "Field55",
        "type": "string"
      },
      {
        "name": "field_56",
        "source": "Field56",
        "type": "string"
      },
      {
        "name": "field_57",
        "source": "Field57",
        "type": "string"
      },
      {
        "name": "field_58",
        "source": "Field58",
        "type": "string"
      },
      {
        "name": "field_59",
        "source": "Field59",
        "type": "string"
      },
      {
        "name": "field_60",
        "source": "Field60",
        "type": "string"
      },
      {
        "name": "field_61",
        "source": "Field61",
        "type": "string"
      },
      {
        "name": "field_62",
        "source": "Field62",
        "type": "string"
      },
      {
        "name": "field_63",
        "source": "Field63",
        "type": "string"
      },
      {
        "name": "field_64",
        "source": "Field64",
        "type": "string"
      },
      {
        "name": "field_65",
        "source": "Field65",
        "type": "string"
      },
      {
        "name": "field_66",
        "source": "Field66",
        "type": "string"
      },
      {
        "name": "field_67",
        "source": "Field67",
        "type": "string"
      },
      {
        "name": "field_68",
        "source": "Field68",
        "type": "string"
      },
      {
        "name": "field_69",
        "source": "Field69",
        "type": "string"
      },
      {
        "name": "field_70",
        "source": "Field70",
        "type": "string"
      },
      {
        "name": "field_71",
        "source": "Field71",
        "type": "string"
      },
      {
        "name": "field_72",
        "source": "Field72",
        "type": "string"
      },
      {
        "name": "field_73",
        "source": "Field73",
        "type": "string"
      },
      {
        "name": "field_74",
        "source": "Field74",
        "type": "string"
      },
      {
        "name": "field_75",
        "source": "Field75",
        "type": "string"
      },
      {
        "name": "field_76",
        "source": "Field76",
        "type": "string"
      },
      {
        "name": "field_77",
        "source": "Field77",
        "type": "string"
      },
      {
        "name": "field_78",
        "source": "Field78",
        "type": "string"
      },
      {
        "name": "field_79",
        "source": "Field79",
        "type": "string"
      },
      {
        "name": "field_80",
        "source": "Field80",
        "type": "string"
      },
      {
        "name": "field_81",
        "source": "Field81",
        "type": "string"
      },
      {
        "name": "field_82",
        "source": "Field82",
        "type": "string"
      },
      {
        "name": "field_83",
        "source": "Field83",
        "type": "string"
      },
      {
        "name": "field_84",
        "source": "Field84",
        "type": "string"
      },
      {
        "name": "field_85",
        "source": "Field85",
        "type": "string"
      },
      {
        "name": "field_86",
        "source": "Field86",
        "type": "string"
      },
      {
        "name": "field_87",
        "source": "Field87",
        "type": "string"
      },
      {
        "name": "field_88",
        "source": "Field88",
        "type": "string"
      },
      {
        "name": "field_89",
        "source": "Field89",
        "type": "string"
      },
      {
        "name": "field_90",
        "source": "Field90",
        "type": "string"
      },
      {
        "name": "field_91",
        "source": "Field91",
        "type": "string"
      },
      {
        "name": "field_92",
        "source": "Field92",
        "type": "string"
      },
      {
        "name": "field_93",
        "source": "Field93",
        "type": "string"
      },
      {
        "name": "field_94",
        "source": "Field94",
        "type": "string"
      },
      {
        "name": "field_95",
        "source": "Field95",
        "type": "string"
      },
      {
        "name": "field_96",
        "source": "Field96",
        "type": "string"
      },
      {
        "name": "field_97",
        "source": "Field97",
        "type": "string"
      },
      {
        "name": "field_98",
        "source": "Field98",
        "type": "string"
      },
      {
        "name": "field_99",
        "source": "Field99",
        "type": "string"
      },
      {
        "name": "field_100",
        "source": "Field100",
        "type": "string"
      },
      {
        "name": "score",
        "source": "Score",
        "type": "decimal"
      },
      {
        "name": "screening_type_id",
        "source": "ScreeningTypeID",
        "type": "integer"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/measurements.yaml"
  },
  "singer": {
    "stream": "indici_measurements",
    "key_properties": [
      "ScreaningID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ScreaningID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AppointmentID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ScreeningDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "SCNCODE": {
          "type": [
            "string",
            "null"
          ]
        },
        "ScreeningType": {
          "type": [
            "string",
            "null"
          ]
        },
        "ScreeningGroup": {
          "type": [
            "string",
            "null"
          ]
        },
        "Outcome": {
          "type": [
            "string",
            "null"
          ]
        },
        "OutcomeDescription": {
          "type": [
            "string",
            "null"
          ]
        },
        "Notes": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientMedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Practice": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderName": {
          "type": [
            "string",
            "null"
          ]
        },
        "HBAIC": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "CarePlanID": {
          "type": [
            "string",
            "null"
          ]
        },
        "CarePlaneName": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConfidential": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsGP2GP": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsPatientPortal": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsShowonTimeLine": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ScreeningSourceTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ServiceTemplateID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ServiceTemplateName": {
          "type": [
            "string",
            "null"
          ]
        },
        "UserLoggingID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoggingUserName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field1": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field2": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field3": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field4": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field5": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field6": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field7": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field8": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field9": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field10": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field11": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field12": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field13": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field14": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field15": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field16": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field17": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field18": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field19": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field20": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field21": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field22": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field23": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field24": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field25": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field26": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field27": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field28": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field29": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field30": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field31": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field32": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field33": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field34": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field35": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field36": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field37": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field38": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field39": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field40": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field41": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field42": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field43": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field44": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field45": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field46": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field47": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field48": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field49": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field50": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeLocationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LocationName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field51": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field52": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field53": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field54": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field55": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field56": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field57": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field58": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field59": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field60": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field61": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field62": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field63": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field64": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field65": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field66": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field67": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field68": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field69": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field70": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field71": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field72": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field73": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field74": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field75": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field76": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field77": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field78": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field79": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field80": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field81": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field82": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field83": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field84": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field85": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field86": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field87": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field88": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field89": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field90": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field91": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field92": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field93": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field94": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field95": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field96": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field97": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field98": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field99": {
          "type": [
            "string",
            "null"
          ]
        },
        "Field100": {
          "type": [
            "string",
            "null"
          ]
        },
        "Score": {
          "type": [
            "string",
            "null"
          ]
        },
        "ScreeningTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const medicine: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "medicine",
    "description": "Indici Medicine extract (11 fields, headerless). Change tracking: none; IsActive, IsDeleted. Order ends PerOrgId, PracticeID, LoadedDateTime.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Medicine",
      "field_count": 11
    },
    "natural_key": [
      "medicine_id",
      "practice_id",
      "per_org_id"
    ],
    "scd": {
      "type": 2,
      "tracked": [
        "medicine_name",
        "pharma_code",
        "is_active",
        "is_deleted"
      ]
    },
    "core": {
      "model": "dim_medicine"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "medicine_id",
        "source": "MedicineID",
        "type": "integer",
        "required": true
      },
      {
        "name": "medicine_name",
        "source": "MedicineName",
        "type": "string"
      },
      {
        "name": "medicine_short_name",
        "source": "MedicineShortName",
        "type": "string"
      },
      {
        "name": "sct_id",
        "source": "SCTID",
        "type": "string"
      },
      {
        "name": "type",
        "source": "Type",
        "type": "string"
      },
      {
        "name": "pharma_code",
        "source": "PharmaCode",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/medicine.yaml"
  },
  "singer": {
    "stream": "indici_medicine",
    "key_properties": [
      "MedicineID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "MedicineID": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedicineName": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedicineShortName": {
          "type": [
            "string",
            "null"
          ]
        },
        "SCTID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Type": {
          "type": [
            "string",
            "null"
          ]
        },
        "PharmaCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const nextOfKin: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "next_of_kin",
    "description": "Indici NextOfKin extract (28 fields, headerless). Change tracking: InsertedAt, UpdatedAt; IsActive, IsDeleted. Carries the kin NHINumber.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "NextOfKin",
      "field_count": 28
    },
    "natural_key": [
      "nextto_kin_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "dim_next_of_kin"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "nextto_kin_id",
        "source": "NexttoKinID",
        "type": "integer",
        "required": true
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "nok_profile_id",
        "source": "NOKProfileID",
        "type": "string"
      },
      {
        "name": "nhi_number",
        "source": "NHINumber",
        "type": "string",
        "pii": "nhi"
      },
      {
        "name": "name",
        "source": "Name",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "full_address",
        "source": "FullAddress",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "cell_number",
        "source": "CellNumber",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "day_phone",
        "source": "DayPhone",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "night_phone",
        "source": "NightPhone",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "is_emergency",
        "source": "IsEmergency",
        "type": "boolean"
      },
      {
        "name": "relationship_type_id",
        "source": "RelationshipTypeID",
        "type": "integer"
      },
      {
        "name": "relationship_type",
        "source": "RelationshipType",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "inserted_by_id",
        "source": "InsertedByID",
        "type": "integer"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_by_id",
        "source": "UpdatedByID",
        "type": "integer"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "user_logging_id",
        "source": "UserLoggingID",
        "type": "string"
      },
      {
        "name": "logging_user_name",
        "source": "LoggingUserName",
        "type": "string"
      },
      {
        "name": "is_gp2gp",
        "source": "IsGP2GP",
        "type": "boolean"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/next_of_kin.yaml"
  },
  "singer": {
    "stream": "indici_next_of_kin",
    "key_properties": [
      "NexttoKinID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "NexttoKinID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "NOKProfileID": {
          "type": [
            "string",
            "null"
          ]
        },
        "NHINumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "Name": {
          "type": [
            "string",
            "null"
          ]
        },
        "FullAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "CellNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "DayPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "NightPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsEmergency": {
          "type": [
            "string",
            "null"
          ]
        },
        "RelationshipTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "RelationshipType": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UserLoggingID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoggingUserName": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsGP2GP": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const patient: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "patient",
    "description": "Indici Patient extract (220 fields, headerless). Change tracking: InsertedAt, UpdatedAt, ConsultUpdatedAt; IsActive, IsDeleted. PerOrgId, LoadedDateTime at positions 196-197; 23 columns follow.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Patient",
      "field_count": 220,
      "may_be_absent": [
        "account_holder_profile_id",
        "comunity_service_effective_date",
        "default_gpmc_no",
        "default_gp_name",
        "default_practice_edi",
        "default_practice_name",
        "enrolment_end_date",
        "is_capitated",
        "is_consent_auto_reminder_text_messaging",
        "is_consent_for_experience_survey",
        "is_consent_to_import_clinical_records",
        "is_consent_to_private_email_address",
        "is_consent_to_share_clinical_records",
        "is_consent_to_share_health1",
        "is_consent_to_share_my_record_on_sehr",
        "is_consent_to_share_pho_data_collection",
        "is_include_account_fee",
        "is_include_statement_fee",
        "is_linked_csc_exists",
        "is_test_record",
        "pharmacy_id",
        "residential_status_id",
        "visa_expiry"
      ]
    },
    "natural_key": [
      "patient_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 2,
      "tracked": [
        "nhi_number",
        "family_name",
        "first_name",
        "dob",
        "gender",
        "ethnicity",
        "enrolment_status",
        "provider_id",
        "permanent_address",
        "is_active",
        "is_deleted"
      ]
    },
    "core": {
      "model": "dim_patient"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "patient_id",
        "source": "PatientID",
        "type": "integer",
        "required": true
      },
      {
        "name": "nhi_number",
        "source": "NHINumber",
        "type": "string",
        "pii": "nhi"
      },
      {
        "name": "is_nhi_validate",
        "source": "IsNHIValidate",
        "type": "boolean"
      },
      {
        "name": "title",
        "source": "Title",
        "type": "string"
      },
      {
        "name": "first_name",
        "source": "FirstName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "middle_name",
        "source": "MiddleName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "family_name",
        "source": "FamilyName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "full_name",
        "source": "FullName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "preferred_name",
        "source": "PreferredName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "other_maiden_name",
        "source": "OtherMaidenName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "marital_status_id",
        "source": "MaritalStatusID",
        "type": "integer"
      },
      {
        "name": "marital_status",
        "source": "MaritalStatus",
        "type": "string"
      },
      {
        "name": "gender_id",
        "source": "GenderID",
        "type": "integer"
      },
      {
        "name": "gender",
        "source": "Gender",
        "type": "string"
      },
      {
        "name": "dob",
        "source": "DOB",
        "type": "date",
        "pii": "dob"
      },
      {
        "name": "age",
        "source": "Age",
        "type": "integer"
      },
      {
        "name": "age_type",
        "source": "AgeType",
        "type": "string"
      },
      {
        "name": "age_group",
        "source": "AgeGroup",
        "type": "string"
      },
      {
        "name": "is_alive",
        "source": "IsAlive",
        "type": "boolean"
      },
      {
        "name": "death_date",
        "source": "DeathDate",
        "type": "date"
      },
      {
        "name": "dob_source",
        "source": "DOBSource",
        "type": "string"
      },
      {
        "name": "picture_path",
        "source": "PicturePath",
        "type": "string"
      },
      {
        "name": "consentedto_share",
        "source": "ConsentedtoShare",
        "type": "boolean"
      },
      {
        "name": "placeof_birth",
        "source": "PlaceofBirth",
        "type": "string"
      },
      {
        "name": "countryof_birth_id",
        "source": "CountryofBirthID",
        "type": "integer"
      },
      {
        "name": "country_of_birth",
        "source": "CountryOfBirth",
        "type": "string"
      },
      {
        "name": "cell_number",
        "source": "CellNumber",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "day_phone",
        "source": "DayPhone",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "night_phone",
        "source": "NightPhone",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "email",
        "source": "Email",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "secondary_email",
        "source": "SecondaryEmail",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "preferred_contact_method",
        "source": "PreferredContactMethod",
        "type": "string"
      },
      {
        "name": "consent_text_messaging",
        "source": "ConsentTextMessaging",
        "type": "boolean"
      },
      {
        "name": "is_portal_user",
        "source": "IsPortalUser",
        "type": "boolean"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "notes",
        "source": "Notes",
        "type": "string"
      },
      {
        "name": "is_gender_self_identified",
        "source": "IsGenderSelfIdentified",
        "type": "boolean"
      },
      {
        "name": "sex_related_gender",
        "source": "SexRelatedGender",
        "type": "string"
      },
      {
        "name": "is_worked_visa_required",
        "source": "IsWorkedVisaRequired",
        "type": "boolean"
      },
      {
        "name": "balance",
        "source": "Balance",
        "type": "decimal"
      },
      {
        "name": "medtech_balance",
        "source": "MedTechBalance",
        "type": "decimal"
      },
      {
        "name": "medtech_date_last_pay",
        "source": "MedTechDATELASTPAY",
        "type": "string"
      },
      {
        "name": "medtech_date_last_stmt",
        "source": "MedTechDATELASTSTMT",
        "type": "string"
      },
      {
        "name": "register_status_id",
        "source": "RegisterStatusID",
        "type": "integer"
      },
      {
        "name": "register_status",
        "source": "RegisterStatus",
        "type": "string"
      },
      {
        "name": "medtech_nok",
        "source": "MedTechNOK",
        "type": "string"
      },
      {
        "name": "practice_name",
        "source": "PracticeName",
        "type": "string"
      },
      {
        "name": "calculated_balance",
        "source": "CalculatedBalance",
        "type": "decimal"
      },
      {
        "name": "last_statement_date",
        "source": "LastStatementDate",
        "type": "date"
      },
      {
        "name": "last_invoice_date",
        "source": "LastInvoiceDate",
        "type": "date"
      },
      {
        "name": "last_payment_date",
        "source": "LastPaymentDate",
        "type": "date"
      },
      {
        "name": "provider_name",
        "source": "ProviderName",
        "type": "string"
      },
      {
        "name": "chart_number",
        "source": "ChartNumber",
        "type": "string"
      },
      {
        "name": "extention",
        "source": "Extention",
        "type": "string"
      },
      {
        "name": "practice_remarks",
        "source": "PracticeRemarks",
        "type": "string"
      },
      {
        "name": "is_insured",
        "source": "IsInsured",
        "type": "boolean"
      },
      {
        "name": "insured_remarks",
        "source": "InsuredRemarks",
        "type": "string"
      },
      {
        "name": "smoking_type",
        "source": "SmokingType",
        "type": "string"
      },
      {
        "name": "account_holder",
        "source": "AccountHolder",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "account_holder_employer",
        "source": "AccountHolderEmployer",
        "type": "string"
      },
      {
        "name": "is_community_service_card",
        "source": "IsCommunityServiceCard",
        "type": "boolean"
      },
      {
        "name": "community_service_card_no",
        "source": "CommunityServiceCardNo",
        "type": "string"
      },
      {
        "name": "community_service_card_exipry_date",
        "source": "CommunityServiceCardExipryDate",
        "type": "date"
      },
      {
        "name": "community_service_card_sighted",
        "source": "CommunityServiceCardSighted",
        "type": "boolean"
      },
      {
        "name": "is_health_card",
        "source": "IsHealthCard",
        "type": "boolean"
      },
      {
        "name": "health_card_no",
        "source": "HealthCardNo",
        "type": "string"
      },
      {
        "name": "health_card_expiry_date",
        "source": "HealthCardExpiryDate",
        "type": "date"
      },
      {
        "name": "health_card_sighted",
        "source": "HealthCardSighted",
        "type": "boolean"
      },
      {
        "name": "winz",
        "source": "WINZ",
        "type": "string"
      },
      {
        "name": "is_transfer_of_records",
        "source": "IsTransferOfRecords",
        "type": "boolean"
      },
      {
        "name": "transferof_records_remarks",
        "source": "TransferofRecordsRemarks",
        "type": "string"
      },
      {
        "name": "enrolment_type",
        "source": "EnrolmentType",
        "type": "string"
      },
      {
        "name": "enrolment_status_id",
        "source": "EnrolmentStatusID",
        "type": "integer"
      },
      {
        "name": "enrolment_status",
        "source": "EnrolmentStatus",
        "type": "string"
      },
      {
        "name": "enrolment_date",
        "source": "EnrolmentDate",
        "type": "date"
      },
      {
        "name": "enrolment_method",
        "source": "EnrolmentMethod",
        "type": "string"
      },
      {
        "name": "enrolment_verifier",
        "source": "EnrolmentVerifier",
        "type": "string"
      },
      {
        "name": "funding_status_id",
        "source": "FundingStatusID",
        "type": "integer"
      },
      {
        "name": "funding_status",
        "source": "FundingStatus",
        "type": "string"
      },
      {
        "name": "rejection_reason",
        "source": "RejectionReason",
        "type": "string"
      },
      {
        "name": "funding_from",
        "source": "FundingFrom",
        "type": "string"
      },
      {
        "name": "funding_to",
        "source": "FundingTo",
        "type": "string"
      },
      {
        "name": "account_group",
        "source": "AccountGroup",
        "type": "string"
      },
      {
        "name": "gms_code",
        "source": "GMSCode",
        "type": "string"
      },
      {
        "name": "residential_status",
        "source": "ResidentialStatus",
        "type": "string"
      },
      {
        "name": "is_nka",
        "source": "IsNKA",
        "type": "boolean"
      },
      {
        "name": "is_high_care",
        "source": "IsHighCare",
        "type": "boolean"
      },
      {
        "name": "high_care_reason",
        "source": "HighCareReason",
        "type": "string"
      },
      {
        "name": "is_care_plan",
        "source": "IsCarePlan",
        "type": "boolean"
      },
      {
        "name": "is_new_registeration",
        "source": "IsNewRegisteration",
        "type": "boolean"
      },
      {
        "name": "is_opt_off",
        "source": "IsOptOff",
        "type": "boolean"
      },
      {
        "name": "is_bp_graph",
        "source": "IsBPGraph",
        "type": "boolean"
      },
      {
        "name": "is_bmi_graph",
        "source": "IsBMIGraph",
        "type": "boolean"
      },
      {
        "name": "is_inr_graph",
        "source": "IsINRGraph",
        "type": "boolean"
      },
      {
        "name": "is_hba1c_graph",
        "source": "IsHbA1cGraph",
        "type": "boolean"
      },
      {
        "name": "asr_mark_status",
        "source": "ASRMarkStatus",
        "type": "string"
      },
      {
        "name": "is_height_graph",
        "source": "IsHeightGraph",
        "type": "boolean"
      },
      {
        "name": "is_weight_graph",
        "source": "IsWeightGraph",
        "type": "boolean"
      },
      {
        "name": "is_hc_graph",
        "source": "IsHcGraph",
        "type": "boolean"
      },
      {
        "name": "nes_status",
        "source": "NESStatus",
        "type": "string"
      },
      {
        "name": "nes_comments",
        "source": "NESComments",
        "type": "string"
      },
      {
        "name": "medtech_balance_date",
        "source": "MedTechBalanceDate",
        "type": "date"
      },
      {
        "name": "is_heart_rate",
        "source": "IsHeartRate",
        "type": "boolean"
      },
      {
        "name": "is_premature",
        "source": "IsPremature",
        "type": "boolean"
      },
      {
        "name": "premature_week",
        "source": "PrematureWeek",
        "type": "integer"
      },
      {
        "name": "patient_pho_id",
        "source": "PatientPHOID",
        "type": "string"
      },
      {
        "name": "consult_updated_at",
        "source": "ConsultUpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "occupation",
        "source": "Occupation",
        "type": "string"
      },
      {
        "name": "emergency_contact",
        "source": "EmergencyContact",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "emergency_contact_name",
        "source": "EmergencyContactName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "secondary_contact",
        "source": "SecondaryContact",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "secondary_contact_name",
        "source": "SecondaryContactName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "provider_id",
        "source": "ProviderID",
        "type": "integer"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "portal_registration_status",
        "source": "PortalRegistrationStatus",
        "type": "string"
      },
      {
        "name": "registration_date",
        "source": "RegistrationDate",
        "type": "date"
      },
      {
        "name": "medtech_id",
        "source": "MedTechID",
        "type": "string"
      },
      {
        "name": "permanent_address_house_number",
        "source": "PermanentAddressHouseNumber",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "permanent_address_building_number",
        "source": "PermanentAddressBuildingNumber",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "permanent_address_street_number",
        "source": "PermanentAddressStreetNumber",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "permanent_address_suburb_town_id",
        "source": "PermanentAddressSuburbTownID",
        "type": "integer"
      },
      {
        "name": "permanent_address_suburb",
        "source": "PermanentAddressSuburb",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "permanent_address_city_area_id",
        "source": "PermanentAddressCityAreaID",
        "type": "integer"
      },
      {
        "name": "permanent_address_city",
        "source": "PermanentAddressCity",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "permanent_address_postal_code",
        "source": "PermanentAddressPostalCode",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_country_id",
        "source": "PermanentAddressCountryID",
        "type": "integer"
      },
      {
        "name": "permanent_address_country",
        "source": "PermanentAddressCountry",
        "type": "string"
      },
      {
        "name": "permanent_address",
        "source": "PermanentAddress",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "permanent_address_dhb_code",
        "source": "PermanentAddressDHBCode",
        "type": "string"
      },
      {
        "name": "permanent_address_domicile_code",
        "source": "PermanentAddressDomicileCode",
        "type": "string"
      },
      {
        "name": "permanent_address_deprivation_quintile",
        "source": "PermanentAddressDeprivationQuintile",
        "type": "string"
      },
      {
        "name": "permanent_address_deprivation_decile",
        "source": "PermanentAddressDeprivationDecile",
        "type": "string"
      },
      {
        "name": "permanent_address_meshblock",
        "source": "PermanentAddressMeshblock",
        "type": "string"
      },
      {
        "name": "permanent_address_match_score",
        "source": "PermanentAddressMatchScore",
        "type": "decimal"
      },
      {
        "name": "permanent_address_uncertainty_code",
        "source": "PermanentAddressUncertaintyCode",
        "type": "string"
      },
      {
        "name": "temporary_address",
        "source": "TemporaryAddress",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "postal_address_house_number",
        "source": "PostalAddressHouseNumber",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "postal_address_building_number",
        "source": "PostalAddressBuildingNumber",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "postal_address_street_number",
        "source": "PostalAddressStreetNumber",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "postal_address_suburb_town_id",
        "source": "PostalAddressSuburbTownID",
        "type": "integer"
      },
      {
        "name": "postal_address_suburb",
        "source": "PostalAddressSuburb",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "postal_address_city_area_id",
        "source": "PostalAddressCityAreaID",
        "type": "integer"
      },
      {
        "name": "postal_address_city",
        "source": "PostalAddressCity",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "postal_address_postal_code",
        "source": "PostalAddressPostalCode",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "postal_address_latitude",
        "source": "PostalAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "postal_address_longitude",
        "source": "PostalAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "postal_address_country_id",
        "source": "PostalAddressCountryID",
        "type": "integer"
      },
      {
        "name": "postal_address_country",
        "source": "PostalAddressCountry",
        "type": "string"
      },
      {
        "name": "postal_address",
        "source": "PostalAddress",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "postal_address_dhb_code",
        "source": "PostalAddressDHBCode",
        "type": "string"
      },
      {
        "name": "postal_address_domicile_code",
        "source": "PostalAddressDomicileCode",
        "type": "string"
      },
      {
        "name": "postal_address_deprivation_quintile",
        "source": "PostalAddressDeprivationQuintile",
        "type": "string"
      },
      {
        "name": "postal_address_deprivation_decile",
        "source": "PostalAddressDeprivationDecile",
        "type": "string"
      },
      {
        "name": "postal_address_meshblock",
        "source": "PostalAddressMeshblock",
        "type": "string"
      },
      {
        "name": "postal_address_match_score",
        "source": "PostalAddressMatchScore",
        "type": "decimal"
      },
      {
        "name": "postal_address_uncertainty_code",
        "source": "PostalAddressUncertaintyCode",
        "type": "string"
      },
      {
        "name": "ethnicity_id",
        "source": "EthnicityID",
        "type": "integer"
      },
      {
        "name": "ethnicity",
        "source": "Ethnicity",
        "type": "string"
      },
      {
        "name": "eth_code",
        "source": "ETHCODE",
        "type": "string"
      },
      {
        "name": "eth_code_2",
        "source": "ETHCODE2",
        "type": "string"
      },
      {
        "name": "secondary_ethnicity_id",
        "source": "SecondaryEthnicityID",
        "type": "integer"
      },
      {
        "name": "secondary_ethnicity",
        "source": "SecondaryEthnicity",
        "type": "string"
      },
      {
        "name": "eth_code_3",
        "source": "ETHCODE3",
        "type": "string"
      },
      {
        "name": "other_ethnicity_id",
        "source": "OtherEthnicityID",
        "type": "integer"
      },
      {
        "name": "other_ethnicity",
        "source": "OtherEthnicity",
        "type": "string"
      },
      {
        "name": "enrolment_id",
        "source": "EnrolmentID",
        "type": "integer"
      },
      {
        "name": "pho_name",
        "source": "PHOName",
        "type": "string"
      },
      {
        "name": "enrolment_expiry_date",
        "source": "EnrolmentExpiryDate",
        "type": "date"
      },
      {
        "name": "is_consent_to_share",
        "source": "IsConsentToShare",
        "type": "boolean"
      },
      {
        "name": "is_work_visa",
        "source": "IsWorkVisa",
        "type": "boolean"
      },
      {
        "name": "work_visa_start_date",
        "source": "WorkVisaStartDate",
        "type": "date"
      },
      {
        "name": "work_visa_expiry_date",
        "source": "WorkVisaExpiryDate",
        "type": "date"
      },
      {
        "name": "enrolment_quarter",
        "source": "EnrolmentQuarter",
        "type": "string"
      },
      {
        "name": "practice_location",
        "source": "PracticeLocation",
        "type": "string"
      },
      {
        "name": "account_holder_type_id",
        "source": "AccountHolderTypeID",
        "type": "integer"
      },
      {
        "name": "patient_type",
        "source": "PatientType",
        "type": "string"
      },
      {
        "name": "breast_screen_id",
        "source": "BreastScreenID",
        "type": "integer"
      },
      {
        "name": "breast_screen",
        "source": "BreastScreen",
        "type": "string"
      },
      {
        "name": "is_pregnant",
        "source": "IsPregnant",
        "type": "boolean"
      },
      {
        "name": "apply_charges",
        "source": "ApplyCharges",
        "type": "boolean"
      },
      {
        "name": "include_in_print",
        "source": "IncludeInPrint",
        "type": "boolean"
      },
      {
        "name": "is_careplus",
        "source": "IsCareplus",
        "type": "boolean"
      },
      {
        "name": "care_plus_start_date",
        "source": "CarePlusStartDate",
        "type": "date"
      },
      {
        "name": "care_plus_enddate",
        "source": "CarePlusEnddate",
        "type": "date"
      },
      {
        "name": "care_plus_linc_status_id",
        "source": "CarePlusLincStatusID",
        "type": "integer"
      },
      {
        "name": "care_plus_linc_status",
        "source": "CarePlusLincStatus",
        "type": "string"
      },
      {
        "name": "nhi_status_id",
        "source": "NHIStatusID",
        "type": "integer"
      },
      {
        "name": "nhi_status",
        "source": "NHIStatus",
        "type": "string"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      },
      {
        "name": "account_holder_profile_id",
        "source": "AccountHolderProfileID",
        "type": "string"
      },
      {
        "name": "comunity_service_effective_date",
        "source": "ComunityServiceEffectiveDate",
        "type": "date"
      },
      {
        "name": "default_gpmc_no",
        "source": "DefaultGPMCNo",
        "type": "string"
      },
      {
        "name": "default_gp_name",
        "source": "DefaultGPName",
        "type": "string"
      },
      {
        "name": "default_practice_edi",
        "source": "DefaultPracticeEDI",
        "type": "string"
      },
      {
        "name": "default_practice_name",
        "source": "DefaultPracticeName",
        "type": "string"
      },
      {
        "name": "enrolment_end_date",
        "source": "EnrolmentEndDate",
        "type": "date"
      },
      {
        "name": "is_capitated",
        "source": "IsCapitated",
        "type": "boolean"
      },
      {
        "name": "is_consent_auto_reminder_text_messaging",
        "source": "IsConsentAutoReminderTextMessaging",
        "type": "boolean"
      },
      {
        "name": "is_consent_for_experience_survey",
        "source": "IsConsentForExperienceSurvey",
        "type": "boolean"
      },
      {
        "name": "is_consent_to_import_clinical_records",
        "source": "IsConsentToImportClinicalRecords",
        "type": "boolean"
      },
      {
        "name": "is_consent_to_private_email_address",
        "source": "IsConsentToPrivateEmailAddress",
        "type": "boolean",
        "pii": "address"
      },
      {
        "name": "is_consent_to_share_clinical_records",
        "source": "IsConsentToShareClinicalRecords",
        "type": "boolean"
      },
      {
        "name": "is_consent_to_share_health1",
        "source": "IsConsentToShareHealth1",
        "type": "boolean"
      },
      {
        "name": "is_consent_to_share_my_record_on_sehr",
        "source": "IsConsentToShareMyRecordOnSEHR",
        "type": "boolean"
      },
      {
        "name": "is_consent_to_share_pho_data_collection",
        "source": "IsConsentToSharePHODataCollection",
        "type": "boolean"
      },
      {
        "name": "is_include_account_fee",
        "source": "IsIncludeAccountFee",
        "type": "boolean"
      },
      {
        "name": "is_include_statement_fee",
        "source": "IsIncludeStatementFee",
        "type": "boolean"
      },
      {
        "name": "is_linked_csc_exists",
        "source": "IsLinkedCSCExists",
        "type": "boolean"
      },
      {
        "name": "is_test_record",
        "source": "IsTestRecord",
        "type": "boolean"
      },
      {
        "name": "pharmacy_id",
        "source": "PharmacyID",
        "type": "string"
      },
      {
        "name": "residential_status_id",
        "source": "ResidentialStatusID",
        "type": "integer"
      },
      {
        "name": "visa_expiry",
        "source": "VisaExpiry",
        "type": "string"
      }
    ],
    "file": "contracts/indici/patient.yaml"
  },
  "singer": {
    "stream": "indici_patient",
    "key_properties": [
      "PatientID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "NHINumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNHIValidate": {
          "type": [
            "string",
            "null"
          ]
        },
        "Title": {
          "type": [
            "string",
            "null"
          ]
        },
        "FirstName": {
          "type": [
            "string",
            "null"
          ]
        },
        "MiddleName": {
          "type": [
            "string",
            "null"
          ]
        },
        "FamilyName": {
          "type": [
            "string",
            "null"
          ]
        },
        "FullName": {
          "type": [
            "string",
            "null"
          ]
        },
        "PreferredName": {
          "type": [
            "string",
            "null"
          ]
        },
        "OtherMaidenName": {
          "type": [
            "string",
            "null"
          ]
        },
        "MaritalStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "MaritalStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "GenderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Gender": {
          "type": [
            "string",
            "null"
          ]
        },
        "DOB": {
          "type": [
            "string",
            "null"
          ]
        },
        "Age": {
          "type": [
            "string",
            "null"
          ]
        },
        "AgeType": {
          "type": [
            "string",
            "null"
          ]
        },
        "AgeGroup": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsAlive": {
          "type": [
            "string",
            "null"
          ]
        },
        "DeathDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "DOBSource": {
          "type": [
            "string",
            "null"
          ]
        },
        "PicturePath": {
          "type": [
            "string",
            "null"
          ]
        },
        "ConsentedtoShare": {
          "type": [
            "string",
            "null"
          ]
        },
        "PlaceofBirth": {
          "type": [
            "string",
            "null"
          ]
        },
        "CountryofBirthID": {
          "type": [
            "string",
            "null"
          ]
        },
        "CountryOfBirth": {
          "type": [
            "string",
            "null"
          ]
        },
        "CellNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "DayPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "NightPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "Email": {
          "type": [
            "string",
            "null"
          ]
        },
        "SecondaryEmail": {
          "type": [
            "string",
            "null"
          ]
        },
        "PreferredContactMethod": {
          "type": [
            "string",
            "null"
          ]
        },
        "ConsentTextMessaging": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsPortalUser": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "Notes": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsGenderSelfIdentified": {
          "type": [
            "string",
            "null"
          ]
        },
        "SexRelatedGender": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsWorkedVisaRequired": {
          "type": [
            "string",
            "null"
          ]
        },
        "Balance": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechBalance": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechDATELASTPAY": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechDATELASTSTMT": {
          "type": [
            "string",
            "null"
          ]
        },
        "RegisterStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "RegisterStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechNOK": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeName": {
          "type": [
            "string",
            "null"
          ]
        },
        "CalculatedBalance": {
          "type": [
            "string",
            "null"
          ]
        },
        "LastStatementDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "LastInvoiceDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "LastPaymentDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderName": {
          "type": [
            "string",
            "null"
          ]
        },
        "ChartNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "Extention": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeRemarks": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsInsured": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsuredRemarks": {
          "type": [
            "string",
            "null"
          ]
        },
        "SmokingType": {
          "type": [
            "string",
            "null"
          ]
        },
        "AccountHolder": {
          "type": [
            "string",
            "null"
          ]
        },
        "AccountHolderEmployer": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsCommunityServiceCard": {
          "type": [
            "string",
            "null"
          ]
        },
        "CommunityServiceCardNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "CommunityServiceCardExipryDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "CommunityServiceCardSighted": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsHealthCard": {
          "type": [
            "string",
            "null"
          ]
        },
        "HealthCardNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "HealthCardExpiryDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "HealthCardSighted": {
          "type": [
            "string",
            "null"
          ]
        },
        "WINZ": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsTransferOfRecords": {
          "type": [
            "string",
            "null"
          ]
        },
        "TransferofRecordsRemarks": {
          "type": [
            "string",
            "null"
          ]
        },
        "EnrolmentType": {
          "type": [
            "string",
            "null"
          ]
        },
        "EnrolmentStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "EnrolmentStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "EnrolmentDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "EnrolmentMethod": {
          "type": [
            "string",
            "null"
          ]
        },
        "EnrolmentVerifier": {
          "type": [
            "string",
            "null"
          ]
        },
        "FundingStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "FundingStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "RejectionReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "FundingFrom": {
          "type": [
            "string",
            "null"
          ]
        },
        "FundingTo": {
          "type": [
            "string",
            "null"
          ]
        },
        "AccountGroup": {
          "type": [
            "string",
            "null"
          ]
        },
        "GMSCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "ResidentialStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNKA": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsHighCare": {
          "type": [
            "string",
            "null"
          ]
        },
        "HighCareReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsCarePlan": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNewRegisteration": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsOptOff": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsBPGraph": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsBMIGraph": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsINRGraph": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsHbA1cGraph": {
          "type": [
            "string",
            "null"
          ]
        },
        "ASRMarkStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsHeightGraph": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsWeightGraph": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsHcGraph": {
          "type": [
            "string",
            "null"
          ]
        },
        "NESStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "NESComments": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechBalanceDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsHeartRate": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsPremature": {
          "type": [
            "string",
            "null"
          ]
        },
        "PrematureWeek": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientPHOID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ConsultUpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "Occupation": {
          "type": [
            "string",
            "null"
          ]
        },
        "EmergencyContact": {
          "type": [
            "string",
            "null"
          ]
        },
        "EmergencyContactName": {
          "type": [
            "string",
            "null"
          ]
        },
        "SecondaryContact": {
          "type": [
            "string",
            "null"
          ]
        },
        "SecondaryContactName": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PortalRegistrationStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "RegistrationDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressHouseNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressBuildingNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressStreetNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressSuburbTownID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressSuburb": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressCityAreaID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressCity": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressPostalCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressCountryID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressCountry": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressDHBCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressDomicileCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressDeprivationQuintile": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressDeprivationDecile": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressMeshblock": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressMatchScore": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressUncertaintyCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "TemporaryAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressHouseNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressBuildingNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressStreetNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressSuburbTownID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressSuburb": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressCityAreaID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressCity": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressPostalCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressCountryID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressCountry": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressDHBCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressDomicileCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressDeprivationQuintile": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressDeprivationDecile": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressMeshblock": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressMatchScore": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddressUncertaintyCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "EthnicityID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Ethnicity": {
          "type": [
            "string",
            "null"
          ]
        },
        "ETHCODE": {
          "type": [
            "string",
            "null"
          ]
        },
        "ETHCODE2": {
          "type": [
            "string",
            "null"
          ]
        },
        "SecondaryEthnicityID": {
          "type": [
            "string",
            "null"
          ]
        },
        "SecondaryEthnicity": {
          "type": [
            "string",
            "null"
          ]
        },
        "ETHCODE3": {
          "type": [
            "string",
            "null"
          ]
        },
        "OtherEthnicityID": {
          "type": [
            "string",
            "null"
          ]
        },
        "OtherEthnicity": {
          "type": [
            "string",
            "null"
          ]
        },
        "EnrolmentID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PHOName": {
          "type": [
            "string",
            "null"
          ]
        },
        "EnrolmentExpiryDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsentToShare": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsWorkVisa": {
          "type": [
            "string",
            "null"
          ]
        },
        "WorkVisaStartDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "WorkVisaExpiryDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "EnrolmentQuarter": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeLocation": {
          "type": [
            "string",
            "null"
          ]
        },
        "AccountHolderTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientType": {
          "type": [
            "string",
            "null"
          ]
        },
        "BreastScreenID": {
          "type": [
            "string",
            "null"
          ]
        },
        "BreastScreen": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsPregnant": {
          "type": [
            "string",
            "null"
          ]
        },
        "ApplyCharges": {
          "type": [
            "string",
            "null"
          ]
        },
        "IncludeInPrint": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsCareplus": {
          "type": [
            "string",
            "null"
          ]
        },
        "CarePlusStartDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "CarePlusEnddate": {
          "type": [
            "string",
            "null"
          ]
        },
        "CarePlusLincStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "CarePlusLincStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "NHIStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "NHIStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "AccountHolderProfileID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ComunityServiceEffectiveDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "DefaultGPMCNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "DefaultGPName": {
          "type": [
            "string",
            "null"
          ]
        },
        "DefaultPracticeEDI": {
          "type": [
            "string",
            "null"
          ]
        },
        "DefaultPracticeName": {
          "type": [
            "string",
            "null"
          ]
        },
        "EnrolmentEndDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsCapitated": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsentAutoReminderTextMessaging": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsentForExperienceSurvey": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsentToImportClinicalRecords": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsentToPrivateEmailAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsentToShareClinicalRecords": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsentToShareHealth1": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsentToShareMyRecordOnSEHR": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConsentToSharePHODataCollection": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsIncludeAccountFee": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsIncludeStatementFee": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsLinkedCSCExists": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsTestRecord": {
          "type": [
            "string",
            "null"
          ]
        },
        "PharmacyID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ResidentialStatusID": {
          "type": [
            "string",
            "null"
          ]
        },
        "VisaExpiry": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const patientAlerts: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "patient_alerts",
    "description": "Indici PatientAlerts extract (33 fields, headerless). Change tracking: InsertedAt, UpdatedAt, LastUpdatedDate; IsActive, IsDeleted. IsDeleted listed twice (15-16); loader keeps 32 columns.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "PatientAlerts",
      "field_count": 33,
      "may_be_absent": [
        "is_deleted_2"
      ]
    },
    "natural_key": [
      "patient_alert_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_patient_alerts"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "patient_alert_id",
        "source": "PatientAlertID",
        "type": "integer",
        "required": true
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "type_id",
        "source": "TypeID",
        "type": "integer"
      },
      {
        "name": "type",
        "source": "Type",
        "type": "string"
      },
      {
        "name": "alert_id",
        "source": "AlertID",
        "type": "integer"
      },
      {
        "name": "alert",
        "source": "Alert",
        "type": "string"
      },
      {
        "name": "severity_id",
        "source": "SeverityID",
        "type": "integer"
      },
      {
        "name": "severity",
        "source": "Severity",
        "type": "string"
      },
      {
        "name": "alert_value",
        "source": "AlertValue",
        "type": "string"
      },
      {
        "name": "last_updated_date",
        "source": "LastUpdatedDate",
        "type": "timestamp"
      },
      {
        "name": "effective_date",
        "source": "EffectiveDate",
        "type": "date"
      },
      {
        "name": "expiry_date",
        "source": "ExpiryDate",
        "type": "date"
      },
      {
        "name": "note",
        "source": "Note",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "is_deleted_2",
        "source": "IsDeleted_2",
        "type": "boolean",
        "description": "IsDeleted appears twice in the supplier column list (position 16); kept so positions stay aligned. The reference loader keeps 32 columns, so a file may come without it (source_format.may_be_absent) and is then NULL"
      },
      {
        "name": "inserted_by_id",
        "source": "InsertedByID",
        "type": "integer"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_by_id",
        "source": "UpdatedByID",
        "type": "integer"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "medtech_id",
        "source": "MedTechID",
        "type": "string"
      },
      {
        "name": "user_logging_id",
        "source": "UserLoggingID",
        "type": "string"
      },
      {
        "name": "logging_user_name",
        "source": "LoggingUserName",
        "type": "string"
      },
      {
        "name": "is_gp2gp",
        "source": "IsGP2GP",
        "type": "boolean"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "alert_state",
        "source": "AlertState",
        "type": "string"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "provider_id",
        "source": "ProviderID",
        "type": "integer"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/patient_alerts.yaml"
  },
  "singer": {
    "stream": "indici_patient_alerts",
    "key_properties": [
      "PatientAlertID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "PatientAlertID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "TypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Type": {
          "type": [
            "string",
            "null"
          ]
        },
        "AlertID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Alert": {
          "type": [
            "string",
            "null"
          ]
        },
        "SeverityID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Severity": {
          "type": [
            "string",
            "null"
          ]
        },
        "AlertValue": {
          "type": [
            "string",
            "null"
          ]
        },
        "LastUpdatedDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "EffectiveDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "ExpiryDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "Note": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted_2": {
          "type": [
            "string",
            "null"
          ],
          "description": "IsDeleted appears twice in the supplier column list (position 16); kept so positions stay aligned. The reference loader keeps 32 columns, so a file may come without it (source_format.may_be_absent) and is then NULL"
        },
        "InsertedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedByID": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "UserLoggingID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoggingUserName": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsGP2GP": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "AlertState": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const practiceInfo: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "practice_info",
    "description": "Indici PracticeInfo extract (41 fields, headerless). Change tracking: none; IsActive, IsDeleted. Reference data: replace each load.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "PracticeInfo",
      "field_count": 41
    },
    "natural_key": [
      "practice_id",
      "per_org_id"
    ],
    "scd": {
      "type": 2,
      "tracked": [
        "practice_name",
        "pho",
        "is_active",
        "is_deleted"
      ]
    },
    "core": {
      "model": "dim_practice"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "practice_name",
        "source": "PracticeName",
        "type": "string"
      },
      {
        "name": "practice_category",
        "source": "PracticeCategory",
        "type": "string"
      },
      {
        "name": "practice_speciality",
        "source": "PracticeSpeciality",
        "type": "string"
      },
      {
        "name": "pho",
        "source": "PHO",
        "type": "string"
      },
      {
        "name": "organization_type",
        "source": "OrganizationType",
        "type": "string"
      },
      {
        "name": "org_short_name",
        "source": "OrgShortName",
        "type": "string"
      },
      {
        "name": "org_code",
        "source": "OrgCode",
        "type": "string"
      },
      {
        "name": "edi_account",
        "source": "EDIAccount",
        "type": "string"
      },
      {
        "name": "legal_entity_title",
        "source": "LegalEntityTitle",
        "type": "string"
      },
      {
        "name": "legal_status",
        "source": "LegalStatus",
        "type": "string"
      },
      {
        "name": "incorporation_number",
        "source": "IncorporationNumber",
        "type": "string"
      },
      {
        "name": "legal_date",
        "source": "LegalDate",
        "type": "date"
      },
      {
        "name": "comments",
        "source": "Comments",
        "type": "string"
      },
      {
        "name": "formula",
        "source": "Formula",
        "type": "string"
      },
      {
        "name": "ownership_model",
        "source": "OwnershipModel",
        "type": "string"
      },
      {
        "name": "rural",
        "source": "Rural",
        "type": "string"
      },
      {
        "name": "primary_phone",
        "source": "PrimaryPhone",
        "type": "string"
      },
      {
        "name": "secondary_phone",
        "source": "SecondaryPhone",
        "type": "string"
      },
      {
        "name": "other_phone",
        "source": "OtherPhone",
        "type": "string"
      },
      {
        "name": "primary_email",
        "source": "PrimaryEmail",
        "type": "string"
      },
      {
        "name": "secondary_email",
        "source": "SecondaryEmail",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "other_email",
        "source": "OtherEmail",
        "type": "string"
      },
      {
        "name": "pager",
        "source": "Pager",
        "type": "string"
      },
      {
        "name": "fax1",
        "source": "Fax1",
        "type": "string"
      },
      {
        "name": "fax2",
        "source": "Fax2",
        "type": "string"
      },
      {
        "name": "health_facility_no",
        "source": "HealthFacilityNo",
        "type": "string"
      },
      {
        "name": "hpi_facility_no",
        "source": "HPIFacilityNo",
        "type": "string"
      },
      {
        "name": "hpi_facility_ext",
        "source": "HPIFacilityExt",
        "type": "string"
      },
      {
        "name": "hpi_organization_id",
        "source": "HPIOrganizationID",
        "type": "string"
      },
      {
        "name": "hpi_organization_ext",
        "source": "HPIOrganizationExt",
        "type": "string"
      },
      {
        "name": "gst_no",
        "source": "GSTNo",
        "type": "string"
      },
      {
        "name": "acc_no",
        "source": "ACCNo",
        "type": "string"
      },
      {
        "name": "bank_account_no",
        "source": "BankAccountNo",
        "type": "string"
      },
      {
        "name": "moh_sending_practice_id",
        "source": "MOHSendingPracticeID",
        "type": "string"
      },
      {
        "name": "after_hours_number",
        "source": "AfterHoursNumber",
        "type": "string"
      },
      {
        "name": "emergency_number",
        "source": "EmergencyNumber",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgID",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/practice_info.yaml"
  },
  "singer": {
    "stream": "indici_practice_info",
    "key_properties": [
      "PracticeID",
      "PerOrgID"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeName": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeCategory": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeSpeciality": {
          "type": [
            "string",
            "null"
          ]
        },
        "PHO": {
          "type": [
            "string",
            "null"
          ]
        },
        "OrganizationType": {
          "type": [
            "string",
            "null"
          ]
        },
        "OrgShortName": {
          "type": [
            "string",
            "null"
          ]
        },
        "OrgCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "EDIAccount": {
          "type": [
            "string",
            "null"
          ]
        },
        "LegalEntityTitle": {
          "type": [
            "string",
            "null"
          ]
        },
        "LegalStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "IncorporationNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "LegalDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "Comments": {
          "type": [
            "string",
            "null"
          ]
        },
        "Formula": {
          "type": [
            "string",
            "null"
          ]
        },
        "OwnershipModel": {
          "type": [
            "string",
            "null"
          ]
        },
        "Rural": {
          "type": [
            "string",
            "null"
          ]
        },
        "PrimaryPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "SecondaryPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "OtherPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "PrimaryEmail": {
          "type": [
            "string",
            "null"
          ]
        },
        "SecondaryEmail": {
          "type": [
            "string",
            "null"
          ]
        },
        "OtherEmail": {
          "type": [
            "string",
            "null"
          ]
        },
        "Pager": {
          "type": [
            "string",
            "null"
          ]
        },
        "Fax1": {
          "type": [
            "string",
            "null"
          ]
        },
        "Fax2": {
          "type": [
            "string",
            "null"
          ]
        },
        "HealthFacilityNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "HPIFacilityNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "HPIFacilityExt": {
          "type": [
            "string",
            "null"
          ]
        },
        "HPIOrganizationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "HPIOrganizationExt": {
          "type": [
            "string",
            "null"
          ]
        },
        "GSTNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "ACCNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "BankAccountNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "MOHSendingPracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AfterHoursNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "EmergencyNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const provider: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "provider",
    "description": "Indici Provider extract (122 fields, headerless). Change tracking: InsertedAt, UpdatedAt; IsActive, IsDeleted. RegisterationNo listed twice (85-86); loader keeps 121 columns.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Provider",
      "field_count": 122,
      "may_be_absent": [
        "registeration_no_2"
      ]
    },
    "natural_key": [
      "provider_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 2,
      "tracked": [
        "full_name",
        "nzmc_no",
        "is_active",
        "is_deleted",
        "practice_location",
        "user_role"
      ]
    },
    "core": {
      "model": "dim_provider"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "provider_id",
        "source": "ProviderID",
        "type": "integer",
        "required": true
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "nhi_number",
        "source": "NHINumber",
        "type": "string",
        "pii": "nhi"
      },
      {
        "name": "is_nhi_validate",
        "source": "IsNHIValidate",
        "type": "boolean"
      },
      {
        "name": "title",
        "source": "Title",
        "type": "string"
      },
      {
        "name": "first_name",
        "source": "FirstName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "middle_name",
        "source": "MiddleName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "family_name",
        "source": "FamilyName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "full_name",
        "source": "FullName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "preferred_name",
        "source": "PreferredName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "other_maiden_name",
        "source": "OtherMaidenName",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "marital_status",
        "source": "MaritalStatus",
        "type": "string"
      },
      {
        "name": "gender",
        "source": "Gender",
        "type": "string"
      },
      {
        "name": "dob",
        "source": "DOB",
        "type": "date",
        "pii": "dob"
      },
      {
        "name": "age",
        "source": "Age",
        "type": "integer"
      },
      {
        "name": "age_type",
        "source": "AgeType",
        "type": "string"
      },
      {
        "name": "age_group",
        "source": "AgeGroup",
        "type": "string"
      },
      {
        "name": "is_alive",
        "source": "IsAlive",
        "type": "boolean"
      },
      {
        "name": "death_date",
        "source": "DeathDate",
        "type": "date"
      },
      {
        "name": "dob_source",
        "source": "DOBSource",
        "type": "string"
      },
      {
        "name": "picture_path",
        "source": "PicturePath",
        "type": "string"
      },
      {
        "name": "consentedto_share",
        "source": "ConsentedtoShare",
        "type": "boolean"
      },
      {
        "name": "placeof_birth",
        "source": "PlaceofBirth",
        "type": "string"
      },
      {
        "name": "country_of_birth",
        "source": "CountryOfBirth",
        "type": "string"
      },
      {
        "name": "cell_number",
        "source": "CellNumber",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "day_phone",
        "source": "DayPhone",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "night_phone",
        "source": "NightPhone",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "email",
        "source": "Email",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "secondary_email",
        "source": "SecondaryEmail",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "preferred_contact_method",
        "source": "PreferredContactMethod",
        "type": "string"
      },
      {
        "name": "consent_text_messaging",
        "source": "ConsentTextMessaging",
        "type": "boolean"
      },
      {
        "name": "is_portal_user",
        "source": "IsPortalUser",
        "type": "boolean"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "inserted_by",
        "source": "InsertedBy",
        "type": "string"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "is_same_address",
        "source": "IsSameAddress",
        "type": "boolean",
        "pii": "address"
      },
      {
        "name": "notes",
        "source": "Notes",
        "type": "string"
      },
      {
        "name": "is_gender_self_identified",
        "source": "IsGenderSelfIdentified",
        "type": "boolean"
      },
      {
        "name": "sex_related_gender",
        "source": "SexRelatedGender",
        "type": "string"
      },
      {
        "name": "is_worked_visa_required",
        "source": "IsWorkedVisaRequired",
        "type": "boolean"
      },
      {
        "name": "balance",
        "source": "Balance",
        "type": "decimal"
      },
      {
        "name": "register_status",
        "source": "RegisterStatus",
        "type": "string"
      },
      {
        "name": "medtech_nok",
        "source": "MedTechNOK",
        "type": "string"
      },
      {
        "name": "practice_name",
        "source": "PracticeName",
        "type": "string"
      },
      {
        "name": "calculated_balance",
        "source": "CalculatedBalance",
        "type": "decimal"
      },
      {
        "name": "permanent_address",
        "source": "PermanentAddress",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "deprivation_quintile",
        "source": "DeprivationQuintile",
        "type": "string"
      },
      {
        "name": "uncertainty_code",
        "source": "UncertaintyCode",
        "type": "string"
      },
      {
        "name": "postal_address",
        "source": "PostalAddress",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "temporary_address",
        "source": "TemporaryAddress",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "city",
        "source": "City",
        "type": "string"
      },
      {
        "name": "suburb",
        "source": "Suburb",
        "type": "string"
      },
      {
        "name": "portal_registration_status",
        "source": "PortalRegistrationStatus",
        "type": "string"
      },
      {
        "name": "ethnicity",
        "source": "Ethnicity",
        "type": "string"
      },
      {
        "name": "affiliation_id",
        "source": "AffiliationID",
        "type": "integer"
      },
      {
        "name": "affiliation",
        "source": "Affiliation",
        "type": "string"
      },
      {
        "name": "affiliation_code",
        "source": "AffiliationCode",
        "type": "string"
      },
      {
        "name": "nzmc_no",
        "source": "NZMCNO",
        "type": "string"
      },
      {
        "name": "npi_no",
        "source": "NPINo",
        "type": "string"
      },
      {
        "name": "hbl_mat_payee_no",
        "source": "HBLMatPayeeNo",
        "type": "string"
      },
      {
        "name": "hbl_mat_agree_no",
        "source": "HBLMatAgreeNo",
        "type": "string"
      },
      {
        "name": "hpac_mat_agree_no",
        "source": "HPacMatAgreeNo",
        "type": "string"
      },
      {
        "name": "hpac_mat_agree_ver",
        "source": "HPacMatAgreeVer",
        "type": "string"
      },
      {
        "name": "hbl_payee_no",
        "source": "HBLPayeeNo",
        "type": "string"
      },
      {
        "name": "hbl_gp_agree_no",
        "source": "HBLGPAgreeNo",
        "type": "string"
      },
      {
        "name": "hbl_gp_agree_ver",
        "source": "HBLGPAgreeVer",
        "type": "string"
      },
      {
        "name": "accreditation_no",
        "source": "AccreditationNo",
        "type": "string"
      },
      {
        "name": "pho_contract_no",
        "source": "PHOContractNo",
        "type": "string"
      },
      {
        "name": "pho_contract_ver",
        "source": "PHOContractVer",
        "type": "string"
      },
      {
        "name": "group_id",
        "source": "GroupID",
        "type": "integer"
      },
      {
        "name": "group_name",
        "source": "GroupName",
        "type": "string"
      },
      {
        "name": "acc_provider_code",
        "source": "ACCProviderCode",
        "type": "string"
      },
      {
        "name": "health_facility_no",
        "source": "HealthFacilityNo",
        "type": "string"
      },
      {
        "name": "hpi_no",
        "source": "HPINo",
        "type": "string"
      },
      {
        "name": "unload_ref",
        "source": "UnloadRef",
        "type": "string"
      },
      {
        "name": "acc_provider_no",
        "source": "ACCProviderNo",
        "type": "string"
      },
      {
        "name": "acc_vendor_id",
        "source": "ACCVendorID",
        "type": "string"
      },
      {
        "name": "pin_pan_no",
        "source": "PinPanNo",
        "type": "string"
      },
      {
        "name": "member_no",
        "source": "MemberNo",
        "type": "string"
      },
      {
        "name": "rha_payee_no",
        "source": "RHAPayeeNo",
        "type": "string"
      },
      {
        "name": "budget_no",
        "source": "BudgetNo",
        "type": "string"
      },
      {
        "name": "ipa",
        "source": "IPA",
        "type": "string"
      },
      {
        "name": "registeration_no",
        "source": "RegisterationNo",
        "type": "string"
      },
      {
        "name": "registeration_no_2",
        "source": "RegisterationNo_2",
        "type": "string",
        "description": "RegisterationNo appears twice in the supplier column list (position 87); kept so positions stay aligned. The reference loader keeps 121 columns, so a file may come without it (source_format.may_be_absent) and is then NULL"
      },
      {
        "name": "lab_no",
        "source": "LabNo",
        "type": "string"
      },
      {
        "name": "lab_tests_dr_id",
        "source": "LabTestsDrID",
        "type": "integer"
      },
      {
        "name": "color_code",
        "source": "ColorCode",
        "type": "string"
      },
      {
        "name": "is_doctor",
        "source": "IsDoctor",
        "type": "boolean"
      },
      {
        "name": "acc45_prefix",
        "source": "ACC45Prefix",
        "type": "string"
      },
      {
        "name": "next_acc45_no",
        "source": "NextACC45No",
        "type": "string"
      },
      {
        "name": "maximum_acc45_no",
        "source": "MaximumACC45No",
        "type": "string"
      },
      {
        "name": "aitc_prefix",
        "source": "AITCPrefix",
        "type": "string"
      },
      {
        "name": "next_aitc_no",
        "source": "NextAITCNo",
        "type": "string"
      },
      {
        "name": "maximum_aitc_no",
        "source": "MaximumAITCNo",
        "type": "string"
      },
      {
        "name": "arc18_next_acc_form_no",
        "source": "ARC18NextACCFormNo",
        "type": "string"
      },
      {
        "name": "m45_prefix",
        "source": "M45Prefix",
        "type": "string"
      },
      {
        "name": "next_m45_no",
        "source": "NextM45No",
        "type": "string"
      },
      {
        "name": "maximum_m45_no",
        "source": "MaximumM45No",
        "type": "string"
      },
      {
        "name": "is_nzf_avoid",
        "source": "IsNZFAvoid",
        "type": "boolean"
      },
      {
        "name": "is_nzf_adjust",
        "source": "IsNZFAdjust",
        "type": "boolean"
      },
      {
        "name": "is_nzf_information",
        "source": "IsNZFInformation",
        "type": "boolean"
      },
      {
        "name": "is_nzf_no_action",
        "source": "IsNZFNoAction",
        "type": "boolean"
      },
      {
        "name": "is_nzf_monitor",
        "source": "IsNZFMonitor",
        "type": "boolean"
      },
      {
        "name": "provider_code",
        "source": "ProviderCode",
        "type": "string"
      },
      {
        "name": "generic_profile_type_id",
        "source": "GenericProfileTypeID",
        "type": "integer"
      },
      {
        "name": "current_appointment_id",
        "source": "CurrentAppointmentID",
        "type": "integer"
      },
      {
        "name": "sure_med_user_name",
        "source": "SureMedUserName",
        "type": "string"
      },
      {
        "name": "is_invoicing_diary",
        "source": "IsInvoicingDiary",
        "type": "boolean"
      },
      {
        "name": "is_gp2gp",
        "source": "IsGP2GP",
        "type": "boolean"
      },
      {
        "name": "from_date_practice",
        "source": "FromDatePractice",
        "type": "string"
      },
      {
        "name": "apc_expiry_date",
        "source": "APCExpiryDate",
        "type": "date"
      },
      {
        "name": "mps_expiry_date",
        "source": "MPSExpiryDate",
        "type": "date"
      },
      {
        "name": "apc_name",
        "source": "APCName",
        "type": "string"
      },
      {
        "name": "practice_location",
        "source": "PracticeLocation",
        "type": "string"
      },
      {
        "name": "user_role",
        "source": "UserRole",
        "type": "string"
      },
      {
        "name": "provider_permanent_address_latitude",
        "source": "ProviderPermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "provider_permanent_address_longitude",
        "source": "ProviderPermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/provider.yaml"
  },
  "singer": {
    "stream": "indici_provider",
    "key_properties": [
      "ProviderID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "NHINumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNHIValidate": {
          "type": [
            "string",
            "null"
          ]
        },
        "Title": {
          "type": [
            "string",
            "null"
          ]
        },
        "FirstName": {
          "type": [
            "string",
            "null"
          ]
        },
        "MiddleName": {
          "type": [
            "string",
            "null"
          ]
        },
        "FamilyName": {
          "type": [
            "string",
            "null"
          ]
        },
        "FullName": {
          "type": [
            "string",
            "null"
          ]
        },
        "PreferredName": {
          "type": [
            "string",
            "null"
          ]
        },
        "OtherMaidenName": {
          "type": [
            "string",
            "null"
          ]
        },
        "MaritalStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "Gender": {
          "type": [
            "string",
            "null"
          ]
        },
        "DOB": {
          "type": [
            "string",
            "null"
          ]
        },
        "Age": {
          "type": [
            "string",
            "null"
          ]
        },
        "AgeType": {
          "type": [
            "string",
            "null"
          ]
        },
        "AgeGroup": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsAlive": {
          "type": [
            "string",
            "null"
          ]
        },
        "DeathDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "DOBSource": {
          "type": [
            "string",
            "null"
          ]
        },
        "PicturePath": {
          "type": [
            "string",
            "null"
          ]
        },
        "ConsentedtoShare": {
          "type": [
            "string",
            "null"
          ]
        },
        "PlaceofBirth": {
          "type": [
            "string",
            "null"
          ]
        },
        "CountryOfBirth": {
          "type": [
            "string",
            "null"
          ]
        },
        "CellNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "DayPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "NightPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "Email": {
          "type": [
            "string",
            "null"
          ]
        },
        "SecondaryEmail": {
          "type": [
            "string",
            "null"
          ]
        },
        "PreferredContactMethod": {
          "type": [
            "string",
            "null"
          ]
        },
        "ConsentTextMessaging": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsPortalUser": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsSameAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "Notes": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsGenderSelfIdentified": {
          "type": [
            "string",
            "null"
          ]
        },
        "SexRelatedGender": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsWorkedVisaRequired": {
          "type": [
            "string",
            "null"
          ]
        },
        "Balance": {
          "type": [
            "string",
            "null"
          ]
        },
        "RegisterStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedTechNOK": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeName": {
          "type": [
            "string",
            "null"
          ]
        },
        "CalculatedBalance": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "DeprivationQuintile": {
          "type": [
            "string",
            "null"
          ]
        },
        "UncertaintyCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "PostalAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "TemporaryAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "City": {
          "type": [
            "string",
            "null"
          ]
        },
        "Suburb": {
          "type": [
            "string",
            "null"
          ]
        },
        "PortalRegistrationStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "Ethnicity": {
          "type": [
            "string",
            "null"
          ]
        },
        "AffiliationID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Affiliation": {
          "type": [
            "string",
            "null"
          ]
        },
        "AffiliationCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "NZMCNO": {
          "type": [
            "string",
            "null"
          ]
        },
        "NPINo": {
          "type": [
            "string",
            "null"
          ]
        },
        "HBLMatPayeeNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "HBLMatAgreeNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "HPacMatAgreeNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "HPacMatAgreeVer": {
          "type": [
            "string",
            "null"
          ]
        },
        "HBLPayeeNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "HBLGPAgreeNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "HBLGPAgreeVer": {
          "type": [
            "string",
            "null"
          ]
        },
        "AccreditationNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "PHOContractNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "PHOContractVer": {
          "type": [
            "string",
            "null"
          ]
        },
        "GroupID": {
          "type": [
            "string",
            "null"
          ]
        },
        "GroupName": {
          "type": [
            "string",
            "null"
          ]
        },
        "ACCProviderCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "HealthFacilityNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "HPINo": {
          "type": [
            "string",
            "null"
          ]
        },
        "UnloadRef": {
          "type": [
            "string",
            "null"
          ]
        },
        "ACCProviderNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "ACCVendorID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PinPanNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "MemberNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "RHAPayeeNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "BudgetNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "IPA": {
          "type": [
            "string",
            "null"
          ]
        },
        "RegisterationNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "RegisterationNo_2": {
          "type": [
            "string",
            "null"
          ],
          "description": "RegisterationNo appears twice in the supplier column list (position 87); kept so positions stay aligned. The reference loader keeps 121 columns, so a file may come without it (source_format.may_be_absent) and is then NULL"
        },
        "LabNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "LabTestsDrID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ColorCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDoctor": {
          "type": [
            "string",
            "null"
          ]
        },
        "ACC45Prefix": {
          "type": [
            "string",
            "null"
          ]
        },
        "NextACC45No": {
          "type": [
            "string",
            "null"
          ]
        },
        "MaximumACC45No": {
          "type": [
            "string",
            "null"
          ]
        },
        "AITCPrefix": {
          "type": [
            "string",
            "null"
          ]
        },
        "NextAITCNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "MaximumAITCNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "ARC18NextACCFormNo": {
          "type": [
            "string",
            "null"
          ]
        },
        "M45Prefix": {
          "type": [
            "string",
            "null"
          ]
        },
        "NextM45No": {
          "type": [
            "string",
            "null"
          ]
        },
        "MaximumM45No": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNZFAvoid": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNZFAdjust": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNZFInformation": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNZFNoAction": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNZFMonitor": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "GenericProfileTypeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "CurrentAppointmentID": {
          "type": [
            "string",
            "null"
          ]
        },
        "SureMedUserName": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsInvoicingDiary": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsGP2GP": {
          "type": [
            "string",
            "null"
          ]
        },
        "FromDatePractice": {
          "type": [
            "string",
            "null"
          ]
        },
        "APCExpiryDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "MPSExpiryDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "APCName": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeLocation": {
          "type": [
            "string",
            "null"
          ]
        },
        "UserRole": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderPermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderPermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const recalls: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "recalls",
    "description": "Indici Recalls extract (30 fields, headerless). Change tracking: InsertedAt, UpdatedAt; IsActive, IsDeleted, IsCanceled. Column spelled Insertedby.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Recalls",
      "field_count": 30
    },
    "natural_key": [
      "recall_id",
      "practice_id",
      "per_org_id"
    ],
    "replication_key": "updated_at",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_recalls"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "recall_id",
        "source": "ReCallID",
        "type": "integer",
        "required": true
      },
      {
        "name": "patient_id",
        "references": "patient",
        "source": "PatientID",
        "type": "integer"
      },
      {
        "name": "recall_date",
        "source": "ReCallDate",
        "type": "date"
      },
      {
        "name": "is_contacted",
        "source": "IsContacted",
        "type": "boolean"
      },
      {
        "name": "notes",
        "source": "Notes",
        "type": "string"
      },
      {
        "name": "patient_medtech_id",
        "source": "PatientMedTechID",
        "type": "string"
      },
      {
        "name": "recall_reason",
        "source": "RecallReason",
        "type": "string"
      },
      {
        "name": "screening_type",
        "source": "ScreeningType",
        "type": "string"
      },
      {
        "name": "code",
        "source": "Code",
        "type": "string"
      },
      {
        "name": "vaccine",
        "source": "Vaccine",
        "type": "string"
      },
      {
        "name": "vaccine_group",
        "source": "VaccineGroup",
        "type": "string"
      },
      {
        "name": "recall_group",
        "source": "ReCallGroup",
        "type": "string"
      },
      {
        "name": "inserted_at",
        "source": "InsertedAt",
        "type": "timestamp"
      },
      {
        "name": "insertedby",
        "source": "Insertedby",
        "type": "string"
      },
      {
        "name": "updated_at",
        "source": "UpdatedAt",
        "type": "timestamp"
      },
      {
        "name": "updated_by",
        "source": "UpdatedBy",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "practice",
        "source": "Practice",
        "type": "string"
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "provider_id",
        "source": "ProviderID",
        "type": "integer"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "permanent_address_latitude",
        "source": "PermanentAddressLatitude",
        "type": "decimal"
      },
      {
        "name": "permanent_address_longitude",
        "source": "PermanentAddressLongitude",
        "type": "decimal"
      },
      {
        "name": "is_confidential",
        "source": "IsConfidential",
        "type": "boolean"
      },
      {
        "name": "show_on_patient_portal",
        "source": "ShowonPatientPortal",
        "type": "boolean"
      },
      {
        "name": "is_canceled",
        "source": "IsCanceled",
        "type": "boolean"
      },
      {
        "name": "recall_attempts",
        "source": "ReCallAttempts",
        "type": "integer"
      },
      {
        "name": "scn_code",
        "source": "SCNCode",
        "type": "string"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/recalls.yaml"
  },
  "singer": {
    "stream": "indici_recalls",
    "key_properties": [
      "ReCallID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [
      "UpdatedAt"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ReCallID": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReCallDate": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsContacted": {
          "type": [
            "string",
            "null"
          ]
        },
        "Notes": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatientMedTechID": {
          "type": [
            "string",
            "null"
          ]
        },
        "RecallReason": {
          "type": [
            "string",
            "null"
          ]
        },
        "ScreeningType": {
          "type": [
            "string",
            "null"
          ]
        },
        "Code": {
          "type": [
            "string",
            "null"
          ]
        },
        "Vaccine": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineGroup": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReCallGroup": {
          "type": [
            "string",
            "null"
          ]
        },
        "InsertedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "Insertedby": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedAt": {
          "type": [
            "string",
            "null"
          ]
        },
        "UpdatedBy": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "Practice": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProviderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLatitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "PermanentAddressLongitude": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConfidential": {
          "type": [
            "string",
            "null"
          ]
        },
        "ShowonPatientPortal": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsCanceled": {
          "type": [
            "string",
            "null"
          ]
        },
        "ReCallAttempts": {
          "type": [
            "string",
            "null"
          ]
        },
        "SCNCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

export const vaccine: GeneratedContract = {
  "contract": {
    "source": "indici",
    "stream": "vaccine",
    "description": "Indici Vaccine extract (13 fields, headerless). Change tracking: none; IsActive, IsDeleted. Order ends PerOrgId, PracticeID, LoadedDateTime.",
    "landing": "text",
    "source_format": {
      "kind": "positional",
      "file_token": "Vaccine",
      "field_count": 13
    },
    "natural_key": [
      "vaccine_id",
      "practice_id",
      "per_org_id"
    ],
    "scd": {
      "type": 2,
      "tracked": [
        "vaccine_code",
        "vaccine_name",
        "is_active",
        "is_deleted"
      ]
    },
    "core": {
      "model": "dim_vaccine"
    },
    "lineage": [
      "_source_uri",
      "_source_bucket",
      "_source_key",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted",
      "_source_per_org_id",
      "_source_practice_id",
      "_source_checked"
    ],
    "columns": [
      {
        "name": "vaccine_id",
        "source": "VaccineID",
        "type": "integer",
        "required": true
      },
      {
        "name": "vaccine_code",
        "source": "VaccineCode",
        "type": "string"
      },
      {
        "name": "vaccine_name",
        "source": "VaccineName",
        "type": "string"
      },
      {
        "name": "long_description",
        "source": "LongDescription",
        "type": "string"
      },
      {
        "name": "is_active",
        "source": "IsActive",
        "type": "boolean"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "boolean"
      },
      {
        "name": "coding_system",
        "source": "CodingSystem",
        "type": "string"
      },
      {
        "name": "gender_id",
        "source": "GenderID",
        "type": "integer"
      },
      {
        "name": "gender",
        "source": "Gender",
        "type": "string"
      },
      {
        "name": "is_nir",
        "source": "IsNIR",
        "type": "boolean"
      },
      {
        "name": "per_org_id",
        "source": "PerOrgId",
        "type": "string",
        "required": true
      },
      {
        "name": "practice_id",
        "source": "PracticeID",
        "type": "integer",
        "required": true
      },
      {
        "name": "loaded_date_time",
        "source": "LoadedDateTime",
        "type": "timestamp"
      }
    ],
    "file": "contracts/indici/vaccine.yaml"
  },
  "singer": {
    "stream": "indici_vaccine",
    "key_properties": [
      "VaccineID",
      "PracticeID",
      "PerOrgId"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "VaccineID": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "VaccineName": {
          "type": [
            "string",
            "null"
          ]
        },
        "LongDescription": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsActive": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "string",
            "null"
          ]
        },
        "CodingSystem": {
          "type": [
            "string",
            "null"
          ]
        },
        "GenderID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Gender": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNIR": {
          "type": [
            "string",
            "null"
          ]
        },
        "PerOrgId": {
          "type": [
            "string",
            "null"
          ]
        },
        "PracticeID": {
          "type": [
            "string",
            "null"
          ]
        },
        "LoadedDateTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
        },
        "_source_bucket": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_key": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_version_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "Object version id (versioned buckets)"
        },
        "_source_file_hash": {
          "type": "string",
          "description": "SHA-256 of the object bytes, computed while streaming"
        },
        "_source_row_number": {
          "type": "integer",
          "minimum": 1,
          "maximum": 9007199254740991,
          "description": "1-based row number in the file"
        },
        "_source_date_extracted": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch stamp from the file name (DateExtracted)"
        },
        "_source_per_org_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_practice_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_checked": {
          "type": [
            "string",
            "null"
          ],
          "description": "The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise"
        }
      },
      "required": [
        "_source_uri",
        "_source_file_hash",
        "_source_row_number"
      ]
    }
  }
};

// generated from contracts/opendental/*.yaml by `npm run codegen`; do not edit
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';

export const appointment: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "appointment",
    "description": "appointment, as discovered by tap-sql (critical tier).",
    "landing": "typed",
    "natural_key": [
      "apt_num"
    ],
    "replication_key": "date_t_stamp",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_opendental_appointments"
    },
    "discovered": {
      "table": "appointment",
      "estimated_rows": 3879,
      "total_bytes": 2244608,
      "avg_row_bytes": 409,
      "tier": "critical",
      "tier_reason": "override",
      "strategy": "cursor",
      "cursor": "DateTStamp",
      "cursor_reason": "DateTStamp is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 10000,
      "primary_key": [
        "AptNum"
      ],
      "indexes": [
        "AptDateTime (AptDateTime)",
        "DateTStamp (DateTStamp)",
        "Op (Op)",
        "PatNum (PatNum)",
        "unique PRIMARY (AptNum)",
        "ProvNum (ProvNum)"
      ]
    },
    "columns": [
      {
        "name": "apt_num",
        "source": "AptNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "pat_num",
        "source": "PatNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "apt_status",
        "source": "AptStatus",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "pattern",
        "source": "Pattern",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "confirmed",
        "source": "Confirmed",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "time_locked",
        "source": "TimeLocked",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "op",
        "source": "Op",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "note",
        "source": "Note",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "prov_num",
        "source": "ProvNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "prov_hyg",
        "source": "ProvHyg",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "apt_date_time",
        "source": "AptDateTime",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "next_apt_num",
        "source": "NextAptNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "unsched_status",
        "source": "UnschedStatus",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_new_patient",
        "source": "IsNewPatient",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "proc_descript",
        "source": "ProcDescript",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "assistant",
        "source": "Assistant",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "clinic_num",
        "source": "ClinicNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_hygiene",
        "source": "IsHygiene",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "date_t_stamp",
        "source": "DateTStamp",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "date_time_arrived",
        "source": "DateTimeArrived",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "date_time_seated",
        "source": "DateTimeSeated",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "date_time_dismissed",
        "source": "DateTimeDismissed",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "ins_plan1",
        "source": "InsPlan1",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "ins_plan2",
        "source": "InsPlan2",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_time_asked_to_arrive",
        "source": "DateTimeAskedToArrive",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "procs_colored",
        "source": "ProcsColored",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "color_override",
        "source": "ColorOverride",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "appointment_type_num",
        "source": "AppointmentTypeNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_user_num_entry",
        "source": "SecUserNumEntry",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_date_t_entry",
        "source": "SecDateTEntry",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "priority",
        "source": "Priority",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "prov_bar_text",
        "source": "ProvBarText",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "pattern_secondary",
        "source": "PatternSecondary",
        "type": "string",
        "source_type": "varchar(255) not null"
      }
    ],
    "file": "contracts/opendental/appointment.yaml"
  },
  "singer": {
    "stream": "opendental_appointment",
    "key_properties": [
      "AptNum"
    ],
    "bookmark_properties": [
      "DateTStamp"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "AptNum": {
          "type": "integer"
        },
        "PatNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AptStatus": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Pattern": {
          "type": [
            "string",
            "null"
          ]
        },
        "Confirmed": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TimeLocked": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Op": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Note": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProvNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvHyg": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AptDateTime": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "NextAptNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "UnschedStatus": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsNewPatient": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProcDescript": {
          "type": [
            "string",
            "null"
          ]
        },
        "Assistant": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ClinicNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsHygiene": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTStamp": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "DateTimeArrived": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "DateTimeSeated": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "DateTimeDismissed": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "InsPlan1": {
          "type": [
            "integer",
            "null"
          ]
        },
        "InsPlan2": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTimeAskedToArrive": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ProcsColored": {
          "type": [
            "string",
            "null"
          ]
        },
        "ColorOverride": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AppointmentTypeNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecUserNumEntry": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecDateTEntry": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "Priority": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvBarText": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatternSecondary": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "AptNum"
      ]
    }
  }
};

export const carrier: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "carrier",
    "description": "carrier, as discovered by tap-sql (important tier).",
    "landing": "typed",
    "natural_key": [
      "carrier_num"
    ],
    "replication_key": "sec_date_t_edit",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "carrier",
      "estimated_rows": 40,
      "total_bytes": 32768,
      "avg_row_bytes": 409,
      "tier": "important",
      "tier_reason": "changing table with an update cursor",
      "strategy": "cursor",
      "cursor": "SecDateTEdit",
      "cursor_reason": "SecDateTEdit is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 10000,
      "primary_key": [
        "CarrierNum"
      ],
      "indexes": [
        "unique PRIMARY (CarrierNum)",
        "SecDateTEdit (SecDateTEdit)"
      ]
    },
    "columns": [
      {
        "name": "carrier_num",
        "source": "CarrierNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "carrier_name",
        "source": "CarrierName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "address",
        "source": "Address",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "address2",
        "source": "Address2",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "city",
        "source": "City",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "state",
        "source": "State",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "zip",
        "source": "Zip",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "phone",
        "source": "Phone",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "elect_id",
        "source": "ElectID",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "no_send_elect",
        "source": "NoSendElect",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_cda",
        "source": "IsCDA",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "cd_anet_version",
        "source": "CDAnetVersion",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "canadian_network_num",
        "source": "CanadianNetworkNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_hidden",
        "source": "IsHidden",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "canadian_encryption_method",
        "source": "CanadianEncryptionMethod",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "canadian_supported_types",
        "source": "CanadianSupportedTypes",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "sec_user_num_entry",
        "source": "SecUserNumEntry",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_date_entry",
        "source": "SecDateEntry",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "sec_date_t_edit",
        "source": "SecDateTEdit",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "tin",
        "source": "TIN",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "carrier_group_name",
        "source": "CarrierGroupName",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "appt_text_back_color",
        "source": "ApptTextBackColor",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "is_coinsurance_inverted",
        "source": "IsCoinsuranceInverted",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "trusted_etrans_flags",
        "source": "TrustedEtransFlags",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "cob_ins_paid_behavior_override",
        "source": "CobInsPaidBehaviorOverride",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "era_automation_override",
        "source": "EraAutomationOverride",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "ortho_ins_pay_consolidate",
        "source": "OrthoInsPayConsolidate",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      }
    ],
    "file": "contracts/opendental/carrier.yaml"
  },
  "singer": {
    "stream": "opendental_carrier",
    "key_properties": [
      "CarrierNum"
    ],
    "bookmark_properties": [
      "SecDateTEdit"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "CarrierNum": {
          "type": "integer"
        },
        "CarrierName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Address": {
          "type": [
            "string",
            "null"
          ]
        },
        "Address2": {
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
        "State": {
          "type": [
            "string",
            "null"
          ]
        },
        "Zip": {
          "type": [
            "string",
            "null"
          ]
        },
        "Phone": {
          "type": [
            "string",
            "null"
          ]
        },
        "ElectID": {
          "type": [
            "string",
            "null"
          ]
        },
        "NoSendElect": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsCDA": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CDAnetVersion": {
          "type": [
            "string",
            "null"
          ]
        },
        "CanadianNetworkNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsHidden": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CanadianEncryptionMethod": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CanadianSupportedTypes": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecUserNumEntry": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecDateEntry": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "SecDateTEdit": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "TIN": {
          "type": [
            "string",
            "null"
          ]
        },
        "CarrierGroupName": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ApptTextBackColor": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsCoinsuranceInverted": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TrustedEtransFlags": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CobInsPaidBehaviorOverride": {
          "type": [
            "integer",
            "null"
          ]
        },
        "EraAutomationOverride": {
          "type": [
            "integer",
            "null"
          ]
        },
        "OrthoInsPayConsolidate": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "CarrierNum"
      ]
    }
  }
};

export const clinic: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "clinic",
    "description": "clinic, as discovered by tap-sql (reference tier).",
    "landing": "typed",
    "natural_key": [
      "clinic_num"
    ],
    "replication_key": "clinic_num",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "clinic",
      "estimated_rows": 6,
      "total_bytes": 16384,
      "avg_row_bytes": 2730,
      "tier": "reference",
      "tier_reason": "~6 rows ≤ 5000 and no update cursor",
      "strategy": "append",
      "cursor": "ClinicNum",
      "cursor_reason": "no timestamp cursor: append-only by the auto-increment key ClinicNum (updates and deletes are seen only by the periodic full load / key reconciliation)",
      "batch_rows": 3072,
      "primary_key": [
        "ClinicNum"
      ],
      "indexes": [
        "unique PRIMARY (ClinicNum)"
      ]
    },
    "columns": [
      {
        "name": "clinic_num",
        "source": "ClinicNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "description",
        "source": "Description",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "address",
        "source": "Address",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "address2",
        "source": "Address2",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "city",
        "source": "City",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "state",
        "source": "State",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "zip",
        "source": "Zip",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "billing_address",
        "source": "BillingAddress",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "billing_address2",
        "source": "BillingAddress2",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "billing_city",
        "source": "BillingCity",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "billing_state",
        "source": "BillingState",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "billing_zip",
        "source": "BillingZip",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "pay_to_address",
        "source": "PayToAddress",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "phone",
        "source": "Phone",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "bank_number",
        "source": "BankNumber",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "default_place_service",
        "source": "DefaultPlaceService",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "ins_billing_prov",
        "source": "InsBillingProv",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "fax",
        "source": "Fax",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "email_address_num",
        "source": "EmailAddressNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "default_prov",
        "source": "DefaultProv",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sms_contract_date",
        "source": "SmsContractDate",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "sms_monthly_limit",
        "source": "SmsMonthlyLimit",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "is_medical_only",
        "source": "IsMedicalOnly",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "use_bill_addr_on_claims",
        "source": "UseBillAddrOnClaims",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "region",
        "source": "Region",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "item_order",
        "source": "ItemOrder",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "is_ins_verify_excluded",
        "source": "IsInsVerifyExcluded",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "abbr",
        "source": "Abbr",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "med_lab_account_num",
        "source": "MedLabAccountNum",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "is_confirm_enabled",
        "source": "IsConfirmEnabled",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_confirm_default",
        "source": "IsConfirmDefault",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_new_pat_appt_excluded",
        "source": "IsNewPatApptExcluded",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_hidden",
        "source": "IsHidden",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "external_id",
        "source": "ExternalID",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sched_note",
        "source": "SchedNote",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "has_proc_on_rx",
        "source": "HasProcOnRx",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "time_zone",
        "source": "TimeZone",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "email_alias_override",
        "source": "EmailAliasOverride",
        "type": "string",
        "source_type": "varchar(255) not null"
      }
    ],
    "file": "contracts/opendental/clinic.yaml"
  },
  "singer": {
    "stream": "opendental_clinic",
    "key_properties": [
      "ClinicNum"
    ],
    "bookmark_properties": [
      "ClinicNum"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ClinicNum": {
          "type": "integer"
        },
        "Description": {
          "type": [
            "string",
            "null"
          ]
        },
        "Address": {
          "type": [
            "string",
            "null"
          ]
        },
        "Address2": {
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
        "State": {
          "type": [
            "string",
            "null"
          ]
        },
        "Zip": {
          "type": [
            "string",
            "null"
          ]
        },
        "BillingAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "BillingAddress2": {
          "type": [
            "string",
            "null"
          ]
        },
        "BillingCity": {
          "type": [
            "string",
            "null"
          ]
        },
        "BillingState": {
          "type": [
            "string",
            "null"
          ]
        },
        "BillingZip": {
          "type": [
            "string",
            "null"
          ]
        },
        "PayToAddress": {
          "type": [
            "string",
            "null"
          ]
        },
        "Phone": {
          "type": [
            "string",
            "null"
          ]
        },
        "BankNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "DefaultPlaceService": {
          "type": [
            "integer",
            "null"
          ]
        },
        "InsBillingProv": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Fax": {
          "type": [
            "string",
            "null"
          ]
        },
        "EmailAddressNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DefaultProv": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SmsContractDate": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "SmsMonthlyLimit": {
          "type": [
            "number",
            "null"
          ]
        },
        "IsMedicalOnly": {
          "type": [
            "integer",
            "null"
          ]
        },
        "UseBillAddrOnClaims": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Region": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ItemOrder": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsInsVerifyExcluded": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Abbr": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedLabAccountNum": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsConfirmEnabled": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsConfirmDefault": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsNewPatApptExcluded": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsHidden": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ExternalID": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SchedNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "HasProcOnRx": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TimeZone": {
          "type": [
            "string",
            "null"
          ]
        },
        "EmailAliasOverride": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "ClinicNum"
      ]
    }
  }
};

export const definition: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "definition",
    "description": "definition, as discovered by tap-sql (reference tier).",
    "landing": "typed",
    "natural_key": [
      "def_num"
    ],
    "replication_key": "def_num",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "definition",
      "estimated_rows": 240,
      "total_bytes": 16384,
      "avg_row_bytes": 68,
      "tier": "reference",
      "tier_reason": "~240 rows ≤ 5000 and no update cursor",
      "strategy": "append",
      "cursor": "DefNum",
      "cursor_reason": "no timestamp cursor: append-only by the auto-increment key DefNum (updates and deletes are seen only by the periodic full load / key reconciliation)",
      "batch_rows": 10000,
      "primary_key": [
        "DefNum"
      ],
      "indexes": [
        "unique PRIMARY (DefNum)"
      ]
    },
    "columns": [
      {
        "name": "def_num",
        "source": "DefNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "category",
        "source": "Category",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "item_order",
        "source": "ItemOrder",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "item_name",
        "source": "ItemName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "item_value",
        "source": "ItemValue",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "item_color",
        "source": "ItemColor",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "is_hidden",
        "source": "IsHidden",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      }
    ],
    "file": "contracts/opendental/definition.yaml"
  },
  "singer": {
    "stream": "opendental_definition",
    "key_properties": [
      "DefNum"
    ],
    "bookmark_properties": [
      "DefNum"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "DefNum": {
          "type": "integer"
        },
        "Category": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ItemOrder": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ItemName": {
          "type": [
            "string",
            "null"
          ]
        },
        "ItemValue": {
          "type": [
            "string",
            "null"
          ]
        },
        "ItemColor": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsHidden": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "DefNum"
      ]
    }
  }
};

export const deletedobject: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "deletedobject",
    "description": "deletedobject, as discovered by tap-sql (critical tier).",
    "landing": "typed",
    "natural_key": [
      "deleted_object_num"
    ],
    "replication_key": "date_t_stamp",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "deletedobject",
      "estimated_rows": 100,
      "total_bytes": 32768,
      "avg_row_bytes": 163,
      "tier": "critical",
      "tier_reason": "override",
      "strategy": "cursor",
      "cursor": "DateTStamp",
      "cursor_reason": "DateTStamp is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 10000,
      "primary_key": [
        "DeletedObjectNum"
      ],
      "indexes": [
        "DateTStamp (DateTStamp)",
        "unique PRIMARY (DeletedObjectNum)"
      ]
    },
    "columns": [
      {
        "name": "deleted_object_num",
        "source": "DeletedObjectNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "object_num",
        "source": "ObjectNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "object_type",
        "source": "ObjectType",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "date_t_stamp",
        "source": "DateTStamp",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      }
    ],
    "file": "contracts/opendental/deletedobject.yaml"
  },
  "singer": {
    "stream": "opendental_deletedobject",
    "key_properties": [
      "DeletedObjectNum"
    ],
    "bookmark_properties": [
      "DateTStamp"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "DeletedObjectNum": {
          "type": "integer"
        },
        "ObjectNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ObjectType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTStamp": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        }
      },
      "required": [
        "DeletedObjectNum"
      ]
    }
  }
};

export const document: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "document",
    "description": "document, as discovered by tap-sql (reference tier).",
    "landing": "typed",
    "natural_key": [
      "doc_num"
    ],
    "replication_key": "doc_num",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "document",
      "estimated_rows": 500,
      "total_bytes": 196608,
      "avg_row_bytes": 360,
      "tier": "reference",
      "tier_reason": "~500 rows ≤ 5000 and no update cursor",
      "strategy": "append",
      "cursor": "DocNum",
      "cursor_reason": "no timestamp cursor (rejected DateTStamp: no index leads with it (every run would scan the table)): append-only by the auto-increment key DocNum (updates and deletes are seen only by the periodic full load / key reconciliation)",
      "batch_rows": 10000,
      "primary_key": [
        "DocNum"
      ],
      "indexes": [
        "PatNum (PatNum)",
        "unique PRIMARY (DocNum)"
      ]
    },
    "columns": [
      {
        "name": "doc_num",
        "source": "DocNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "description",
        "source": "Description",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "date_created",
        "source": "DateCreated",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "doc_category",
        "source": "DocCategory",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "pat_num",
        "source": "PatNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "file_name",
        "source": "FileName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "img_type",
        "source": "ImgType",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_flipped",
        "source": "IsFlipped",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "degrees_rotated",
        "source": "DegreesRotated",
        "type": "decimal",
        "source_type": "float not null"
      },
      {
        "name": "tooth_numbers",
        "source": "ToothNumbers",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "note",
        "source": "Note",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "sig_is_topaz",
        "source": "SigIsTopaz",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "signature",
        "source": "Signature",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "crop_x",
        "source": "CropX",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "crop_y",
        "source": "CropY",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "crop_w",
        "source": "CropW",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "crop_h",
        "source": "CropH",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "windowing_min",
        "source": "WindowingMin",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "windowing_max",
        "source": "WindowingMax",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "mount_item_num",
        "source": "MountItemNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_t_stamp",
        "source": "DateTStamp",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "raw_base64",
        "source": "RawBase64",
        "type": "string",
        "source_type": "mediumblob not null",
        "description": "binary: base64 text (tap-sql setting binary: exclude leaves it out)"
      },
      {
        "name": "thumbnail",
        "source": "Thumbnail",
        "type": "string",
        "source_type": "mediumblob not null",
        "description": "binary: base64 text (tap-sql setting binary: exclude leaves it out)"
      },
      {
        "name": "external_guid",
        "source": "ExternalGUID",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "external_source",
        "source": "ExternalSource",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "prov_num",
        "source": "ProvNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_crop_old",
        "source": "IsCropOld",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "ocr_response_data",
        "source": "OcrResponseData",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "image_capture_type",
        "source": "ImageCaptureType",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "print_heading",
        "source": "PrintHeading",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      }
    ],
    "file": "contracts/opendental/document.yaml"
  },
  "singer": {
    "stream": "opendental_document",
    "key_properties": [
      "DocNum"
    ],
    "bookmark_properties": [
      "DocNum"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "DocNum": {
          "type": "integer"
        },
        "Description": {
          "type": [
            "string",
            "null"
          ]
        },
        "DateCreated": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "DocCategory": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PatNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "FileName": {
          "type": [
            "string",
            "null"
          ]
        },
        "ImgType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsFlipped": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DegreesRotated": {
          "type": [
            "number",
            "null"
          ]
        },
        "ToothNumbers": {
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
        "SigIsTopaz": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Signature": {
          "type": [
            "string",
            "null"
          ]
        },
        "CropX": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CropY": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CropW": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CropH": {
          "type": [
            "integer",
            "null"
          ]
        },
        "WindowingMin": {
          "type": [
            "integer",
            "null"
          ]
        },
        "WindowingMax": {
          "type": [
            "integer",
            "null"
          ]
        },
        "MountItemNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTStamp": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "RawBase64": {
          "type": [
            "string",
            "null"
          ],
          "description": "binary: base64 text (tap-sql setting binary: exclude leaves it out)"
        },
        "Thumbnail": {
          "type": [
            "string",
            "null"
          ],
          "description": "binary: base64 text (tap-sql setting binary: exclude leaves it out)"
        },
        "ExternalGUID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ExternalSource": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProvNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsCropOld": {
          "type": [
            "integer",
            "null"
          ]
        },
        "OcrResponseData": {
          "type": [
            "string",
            "null"
          ]
        },
        "ImageCaptureType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PrintHeading": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "DocNum"
      ]
    }
  }
};

export const histappointment: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "histappointment",
    "description": "histappointment, as discovered by tap-sql (critical tier).",
    "landing": "typed",
    "natural_key": [
      "hist_appt_num"
    ],
    "replication_key": "date_t_stamp",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "histappointment",
      "estimated_rows": 4875,
      "total_bytes": 2162688,
      "avg_row_bytes": 325,
      "tier": "critical",
      "tier_reason": "override",
      "strategy": "cursor",
      "cursor": "DateTStamp",
      "cursor_reason": "DateTStamp is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 10000,
      "primary_key": [
        "HistApptNum"
      ],
      "indexes": [
        "AptNum (AptNum)",
        "DateTStamp (DateTStamp)",
        "HistDateTStamp (HistDateTStamp)",
        "PatNum (PatNum)",
        "unique PRIMARY (HistApptNum)"
      ]
    },
    "columns": [
      {
        "name": "hist_appt_num",
        "source": "HistApptNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "hist_user_num",
        "source": "HistUserNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "hist_date_t_stamp",
        "source": "HistDateTStamp",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "hist_appt_action",
        "source": "HistApptAction",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "appt_source",
        "source": "ApptSource",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "apt_num",
        "source": "AptNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "pat_num",
        "source": "PatNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "apt_status",
        "source": "AptStatus",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "pattern",
        "source": "Pattern",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "confirmed",
        "source": "Confirmed",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "time_locked",
        "source": "TimeLocked",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "op",
        "source": "Op",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "note",
        "source": "Note",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "prov_num",
        "source": "ProvNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "prov_hyg",
        "source": "ProvHyg",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "apt_date_time",
        "source": "AptDateTime",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "next_apt_num",
        "source": "NextAptNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "unsched_status",
        "source": "UnschedStatus",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_new_patient",
        "source": "IsNewPatient",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "proc_descript",
        "source": "ProcDescript",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "assistant",
        "source": "Assistant",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "clinic_num",
        "source": "ClinicNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_hygiene",
        "source": "IsHygiene",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "date_t_stamp",
        "source": "DateTStamp",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "date_time_arrived",
        "source": "DateTimeArrived",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "date_time_seated",
        "source": "DateTimeSeated",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "date_time_dismissed",
        "source": "DateTimeDismissed",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "ins_plan1",
        "source": "InsPlan1",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "ins_plan2",
        "source": "InsPlan2",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_time_asked_to_arrive",
        "source": "DateTimeAskedToArrive",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "procs_colored",
        "source": "ProcsColored",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "color_override",
        "source": "ColorOverride",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "appointment_type_num",
        "source": "AppointmentTypeNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_user_num_entry",
        "source": "SecUserNumEntry",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_date_t_entry",
        "source": "SecDateTEntry",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "priority",
        "source": "Priority",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "prov_bar_text",
        "source": "ProvBarText",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "pattern_secondary",
        "source": "PatternSecondary",
        "type": "string",
        "source_type": "varchar(255) not null"
      }
    ],
    "file": "contracts/opendental/histappointment.yaml"
  },
  "singer": {
    "stream": "opendental_histappointment",
    "key_properties": [
      "HistApptNum"
    ],
    "bookmark_properties": [
      "DateTStamp"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "HistApptNum": {
          "type": "integer"
        },
        "HistUserNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "HistDateTStamp": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "HistApptAction": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ApptSource": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AptNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PatNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AptStatus": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Pattern": {
          "type": [
            "string",
            "null"
          ]
        },
        "Confirmed": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TimeLocked": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Op": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Note": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProvNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvHyg": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AptDateTime": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "NextAptNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "UnschedStatus": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsNewPatient": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProcDescript": {
          "type": [
            "string",
            "null"
          ]
        },
        "Assistant": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ClinicNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsHygiene": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTStamp": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "DateTimeArrived": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "DateTimeSeated": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "DateTimeDismissed": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "InsPlan1": {
          "type": [
            "integer",
            "null"
          ]
        },
        "InsPlan2": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTimeAskedToArrive": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ProcsColored": {
          "type": [
            "string",
            "null"
          ]
        },
        "ColorOverride": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AppointmentTypeNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecUserNumEntry": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecDateTEntry": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "Priority": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvBarText": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatternSecondary": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "HistApptNum"
      ]
    }
  }
};

export const operatory: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "operatory",
    "description": "operatory, as discovered by tap-sql (important tier).",
    "landing": "typed",
    "natural_key": [
      "operatory_num"
    ],
    "replication_key": "date_t_stamp",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "operatory",
      "estimated_rows": 14,
      "total_bytes": 32768,
      "avg_row_bytes": 1170,
      "tier": "important",
      "tier_reason": "changing table with an update cursor",
      "strategy": "cursor",
      "cursor": "DateTStamp",
      "cursor_reason": "DateTStamp is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 7169,
      "primary_key": [
        "OperatoryNum"
      ],
      "indexes": [
        "DateTStamp (DateTStamp)",
        "unique PRIMARY (OperatoryNum)"
      ]
    },
    "columns": [
      {
        "name": "operatory_num",
        "source": "OperatoryNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "op_name",
        "source": "OpName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "abbrev",
        "source": "Abbrev",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "item_order",
        "source": "ItemOrder",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "is_hidden",
        "source": "IsHidden",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "prov_dentist",
        "source": "ProvDentist",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "prov_hygienist",
        "source": "ProvHygienist",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_hygiene",
        "source": "IsHygiene",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "clinic_num",
        "source": "ClinicNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "set_prospective",
        "source": "SetProspective",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "date_t_stamp",
        "source": "DateTStamp",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "is_web_sched",
        "source": "IsWebSched",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_new_pat_appt",
        "source": "IsNewPatAppt",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "operatory_type",
        "source": "OperatoryType",
        "type": "integer",
        "source_type": "bigint(20) not null"
      }
    ],
    "file": "contracts/opendental/operatory.yaml"
  },
  "singer": {
    "stream": "opendental_operatory",
    "key_properties": [
      "OperatoryNum"
    ],
    "bookmark_properties": [
      "DateTStamp"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "OperatoryNum": {
          "type": "integer"
        },
        "OpName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Abbrev": {
          "type": [
            "string",
            "null"
          ]
        },
        "ItemOrder": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsHidden": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvDentist": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvHygienist": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsHygiene": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ClinicNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SetProspective": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTStamp": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "IsWebSched": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsNewPatAppt": {
          "type": [
            "integer",
            "null"
          ]
        },
        "OperatoryType": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "OperatoryNum"
      ]
    }
  }
};

export const patient: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "patient",
    "description": "patient, as discovered by tap-sql (critical tier).",
    "landing": "typed",
    "natural_key": [
      "pat_num"
    ],
    "replication_key": "date_t_stamp",
    "scd": {
      "type": 2,
      "tracked": [
        "l_name",
        "f_name",
        "pat_status",
        "address",
        "city",
        "zip",
        "email",
        "clinic_num",
        "pri_prov"
      ]
    },
    "core": {
      "model": "dim_opendental_patients"
    },
    "discovered": {
      "table": "patient",
      "estimated_rows": 967,
      "total_bytes": 1851392,
      "avg_row_bytes": 1643,
      "tier": "critical",
      "tier_reason": "override",
      "strategy": "cursor",
      "cursor": "DateTStamp",
      "cursor_reason": "DateTStamp is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 5105,
      "primary_key": [
        "PatNum"
      ],
      "indexes": [
        "ClinicNum (ClinicNum)",
        "DateTStamp (DateTStamp)",
        "Guarantor (Guarantor)",
        "LName (LName)",
        "PatStatus (PatStatus)",
        "unique PRIMARY (PatNum)",
        "SecDateEntry (SecDateEntry)"
      ]
    },
    "columns": [
      {
        "name": "pat_num",
        "source": "PatNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "l_name",
        "source": "LName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "f_name",
        "source": "FName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "middle_i",
        "source": "MiddleI",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "preferred",
        "source": "Preferred",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "pat_status",
        "source": "PatStatus",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "gender",
        "source": "Gender",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "position",
        "source": "Position",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "birthdate",
        "source": "Birthdate",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "ssn",
        "source": "SSN",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "address",
        "source": "Address",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "address2",
        "source": "Address2",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "city",
        "source": "City",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "state",
        "source": "State",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "zip",
        "source": "Zip",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "hm_phone",
        "source": "HmPhone",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "wk_phone",
        "source": "WkPhone",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "wireless_phone",
        "source": "WirelessPhone",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "guarantor",
        "source": "Guarantor",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "credit_type",
        "source": "CreditType",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "email",
        "source": "Email",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "salutation",
        "source": "Salutation",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "est_balance",
        "source": "EstBalance",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "pri_prov",
        "source": "PriProv",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_prov",
        "source": "SecProv",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "fee_sched",
        "source": "FeeSched",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "billing_type",
        "source": "BillingType",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "image_folder",
        "source": "ImageFolder",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "addr_note",
        "source": "AddrNote",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "fam_fin_urg_note",
        "source": "FamFinUrgNote",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "med_urg_note",
        "source": "MedUrgNote",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "appt_mod_note",
        "source": "ApptModNote",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "student_status",
        "source": "StudentStatus",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "school_name",
        "source": "SchoolName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "chart_number",
        "source": "ChartNumber",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "medicaid_id",
        "source": "MedicaidID",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "bal_0_30",
        "source": "Bal_0_30",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "bal_31_60",
        "source": "Bal_31_60",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "bal_61_90",
        "source": "Bal_61_90",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "bal_over90",
        "source": "BalOver90",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "ins_est",
        "source": "InsEst",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "bal_total",
        "source": "BalTotal",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "employer_num",
        "source": "EmployerNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "employment_note",
        "source": "EmploymentNote",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "county",
        "source": "County",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "grade_level",
        "source": "GradeLevel",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "urgency",
        "source": "Urgency",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "date_first_visit",
        "source": "DateFirstVisit",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "clinic_num",
        "source": "ClinicNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "has_ins",
        "source": "HasIns",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "trophy_folder",
        "source": "TrophyFolder",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "planned_is_done",
        "source": "PlannedIsDone",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "premed",
        "source": "Premed",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "ward",
        "source": "Ward",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "prefer_confirm_method",
        "source": "PreferConfirmMethod",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "prefer_contact_method",
        "source": "PreferContactMethod",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "prefer_recall_method",
        "source": "PreferRecallMethod",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "sched_before_time",
        "source": "SchedBeforeTime",
        "type": "string",
        "source_type": "time not null"
      },
      {
        "name": "sched_after_time",
        "source": "SchedAfterTime",
        "type": "string",
        "source_type": "time not null"
      },
      {
        "name": "sched_day_of_week",
        "source": "SchedDayOfWeek",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "language",
        "source": "Language",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "admit_date",
        "source": "AdmitDate",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "title",
        "source": "Title",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "pay_plan_due",
        "source": "PayPlanDue",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "site_num",
        "source": "SiteNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_t_stamp",
        "source": "DateTStamp",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "respons_party",
        "source": "ResponsParty",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "canadian_eligibility_code",
        "source": "CanadianEligibilityCode",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "ask_to_arrive_early",
        "source": "AskToArriveEarly",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "prefer_contact_confidential",
        "source": "PreferContactConfidential",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "super_family",
        "source": "SuperFamily",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "txt_msg_ok",
        "source": "TxtMsgOk",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "smoking_sno_med",
        "source": "SmokingSnoMed",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "country",
        "source": "Country",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "date_time_deceased",
        "source": "DateTimeDeceased",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "billing_cycle_day",
        "source": "BillingCycleDay",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "sec_user_num_entry",
        "source": "SecUserNumEntry",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_date_entry",
        "source": "SecDateEntry",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "has_super_billing",
        "source": "HasSuperBilling",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "pat_num_clone_from",
        "source": "PatNumCloneFrom",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "discount_plan_num",
        "source": "DiscountPlanNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "has_signed_til",
        "source": "HasSignedTil",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "short_code_opt_in",
        "source": "ShortCodeOptIn",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "security_hash",
        "source": "SecurityHash",
        "type": "string",
        "source_type": "varchar(255) not null"
      }
    ],
    "file": "contracts/opendental/patient.yaml"
  },
  "singer": {
    "stream": "opendental_patient",
    "key_properties": [
      "PatNum"
    ],
    "bookmark_properties": [
      "DateTStamp"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "PatNum": {
          "type": "integer"
        },
        "LName": {
          "type": [
            "string",
            "null"
          ]
        },
        "FName": {
          "type": [
            "string",
            "null"
          ]
        },
        "MiddleI": {
          "type": [
            "string",
            "null"
          ]
        },
        "Preferred": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatStatus": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Gender": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Position": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Birthdate": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "SSN": {
          "type": [
            "string",
            "null"
          ]
        },
        "Address": {
          "type": [
            "string",
            "null"
          ]
        },
        "Address2": {
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
        "State": {
          "type": [
            "string",
            "null"
          ]
        },
        "Zip": {
          "type": [
            "string",
            "null"
          ]
        },
        "HmPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "WkPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "WirelessPhone": {
          "type": [
            "string",
            "null"
          ]
        },
        "Guarantor": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CreditType": {
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
        "Salutation": {
          "type": [
            "string",
            "null"
          ]
        },
        "EstBalance": {
          "type": [
            "number",
            "null"
          ]
        },
        "PriProv": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecProv": {
          "type": [
            "integer",
            "null"
          ]
        },
        "FeeSched": {
          "type": [
            "integer",
            "null"
          ]
        },
        "BillingType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ImageFolder": {
          "type": [
            "string",
            "null"
          ]
        },
        "AddrNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "FamFinUrgNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedUrgNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "ApptModNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "StudentStatus": {
          "type": [
            "string",
            "null"
          ]
        },
        "SchoolName": {
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
        "MedicaidID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Bal_0_30": {
          "type": [
            "number",
            "null"
          ]
        },
        "Bal_31_60": {
          "type": [
            "number",
            "null"
          ]
        },
        "Bal_61_90": {
          "type": [
            "number",
            "null"
          ]
        },
        "BalOver90": {
          "type": [
            "number",
            "null"
          ]
        },
        "InsEst": {
          "type": [
            "number",
            "null"
          ]
        },
        "BalTotal": {
          "type": [
            "number",
            "null"
          ]
        },
        "EmployerNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "EmploymentNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "County": {
          "type": [
            "string",
            "null"
          ]
        },
        "GradeLevel": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Urgency": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateFirstVisit": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "ClinicNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "HasIns": {
          "type": [
            "string",
            "null"
          ]
        },
        "TrophyFolder": {
          "type": [
            "string",
            "null"
          ]
        },
        "PlannedIsDone": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Premed": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Ward": {
          "type": [
            "string",
            "null"
          ]
        },
        "PreferConfirmMethod": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PreferContactMethod": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PreferRecallMethod": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SchedBeforeTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "SchedAfterTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "SchedDayOfWeek": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Language": {
          "type": [
            "string",
            "null"
          ]
        },
        "AdmitDate": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "Title": {
          "type": [
            "string",
            "null"
          ]
        },
        "PayPlanDue": {
          "type": [
            "number",
            "null"
          ]
        },
        "SiteNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTStamp": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "ResponsParty": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CanadianEligibilityCode": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AskToArriveEarly": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PreferContactConfidential": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SuperFamily": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TxtMsgOk": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SmokingSnoMed": {
          "type": [
            "string",
            "null"
          ]
        },
        "Country": {
          "type": [
            "string",
            "null"
          ]
        },
        "DateTimeDeceased": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "BillingCycleDay": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecUserNumEntry": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecDateEntry": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "HasSuperBilling": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PatNumCloneFrom": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DiscountPlanNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "HasSignedTil": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ShortCodeOptIn": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecurityHash": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "PatNum"
      ]
    }
  }
};

export const payment: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "payment",
    "description": "payment, as discovered by tap-sql (important tier).",
    "landing": "typed",
    "natural_key": [
      "pay_num"
    ],
    "replication_key": "sec_date_t_edit",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "payment",
      "estimated_rows": 4855,
      "total_bytes": 2015232,
      "avg_row_bytes": 327,
      "tier": "important",
      "tier_reason": "changing table with an update cursor",
      "strategy": "cursor",
      "cursor": "SecDateTEdit",
      "cursor_reason": "SecDateTEdit is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 10000,
      "primary_key": [
        "PayNum"
      ],
      "indexes": [
        "PatNum (PatNum)",
        "PayDate (PayDate)",
        "unique PRIMARY (PayNum)",
        "SecDateTEdit (SecDateTEdit)"
      ]
    },
    "columns": [
      {
        "name": "pay_num",
        "source": "PayNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "pay_type",
        "source": "PayType",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "pay_date",
        "source": "PayDate",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "pay_amt",
        "source": "PayAmt",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "check_num",
        "source": "CheckNum",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "bank_branch",
        "source": "BankBranch",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "pay_note",
        "source": "PayNote",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "is_split",
        "source": "IsSplit",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "pat_num",
        "source": "PatNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "clinic_num",
        "source": "ClinicNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_entry",
        "source": "DateEntry",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "deposit_num",
        "source": "DepositNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "receipt",
        "source": "Receipt",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "is_recurring_cc",
        "source": "IsRecurringCC",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "sec_user_num_entry",
        "source": "SecUserNumEntry",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_date_t_edit",
        "source": "SecDateTEdit",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "payment_source",
        "source": "PaymentSource",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "process_status",
        "source": "ProcessStatus",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "recurring_charge_date",
        "source": "RecurringChargeDate",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "external_id",
        "source": "ExternalId",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "payment_status",
        "source": "PaymentStatus",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_cc_completed",
        "source": "IsCcCompleted",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "merchant_fee",
        "source": "MerchantFee",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      }
    ],
    "file": "contracts/opendental/payment.yaml"
  },
  "singer": {
    "stream": "opendental_payment",
    "key_properties": [
      "PayNum"
    ],
    "bookmark_properties": [
      "SecDateTEdit"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "PayNum": {
          "type": "integer"
        },
        "PayType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PayDate": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "PayAmt": {
          "type": [
            "number",
            "null"
          ]
        },
        "CheckNum": {
          "type": [
            "string",
            "null"
          ]
        },
        "BankBranch": {
          "type": [
            "string",
            "null"
          ]
        },
        "PayNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsSplit": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PatNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ClinicNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateEntry": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "DepositNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Receipt": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsRecurringCC": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecUserNumEntry": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecDateTEdit": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "PaymentSource": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProcessStatus": {
          "type": [
            "integer",
            "null"
          ]
        },
        "RecurringChargeDate": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "ExternalId": {
          "type": [
            "string",
            "null"
          ]
        },
        "PaymentStatus": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsCcCompleted": {
          "type": [
            "integer",
            "null"
          ]
        },
        "MerchantFee": {
          "type": [
            "number",
            "null"
          ]
        }
      },
      "required": [
        "PayNum"
      ]
    }
  }
};

export const paysplit: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "paysplit",
    "description": "paysplit, as discovered by tap-sql (critical tier).",
    "landing": "typed",
    "natural_key": [
      "split_num"
    ],
    "replication_key": "sec_date_t_edit",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_opendental_payment_splits"
    },
    "discovered": {
      "table": "paysplit",
      "estimated_rows": 6525,
      "total_bytes": 2752512,
      "avg_row_bytes": 243,
      "tier": "critical",
      "tier_reason": "override",
      "strategy": "cursor",
      "cursor": "SecDateTEdit",
      "cursor_reason": "SecDateTEdit is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 10000,
      "primary_key": [
        "SplitNum"
      ],
      "indexes": [
        "DatePay (DatePay)",
        "PatNum (PatNum)",
        "PayNum (PayNum)",
        "unique PRIMARY (SplitNum)",
        "ProcNum (ProcNum)",
        "SecDateTEdit (SecDateTEdit)"
      ]
    },
    "columns": [
      {
        "name": "split_num",
        "source": "SplitNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "split_amt",
        "source": "SplitAmt",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "pat_num",
        "source": "PatNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "proc_date",
        "source": "ProcDate",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "pay_num",
        "source": "PayNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_discount",
        "source": "IsDiscount",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "discount_type",
        "source": "DiscountType",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "prov_num",
        "source": "ProvNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "pay_plan_num",
        "source": "PayPlanNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_pay",
        "source": "DatePay",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "proc_num",
        "source": "ProcNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_entry",
        "source": "DateEntry",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "unearned_type",
        "source": "UnearnedType",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "clinic_num",
        "source": "ClinicNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_user_num_entry",
        "source": "SecUserNumEntry",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_date_t_edit",
        "source": "SecDateTEdit",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "f_split_num",
        "source": "FSplitNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "adj_num",
        "source": "AdjNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "pay_plan_charge_num",
        "source": "PayPlanChargeNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      }
    ],
    "file": "contracts/opendental/paysplit.yaml"
  },
  "singer": {
    "stream": "opendental_paysplit",
    "key_properties": [
      "SplitNum"
    ],
    "bookmark_properties": [
      "SecDateTEdit"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "SplitNum": {
          "type": "integer"
        },
        "SplitAmt": {
          "type": [
            "number",
            "null"
          ]
        },
        "PatNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProcDate": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "PayNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsDiscount": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DiscountType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PayPlanNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DatePay": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "ProcNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateEntry": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "UnearnedType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ClinicNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecUserNumEntry": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecDateTEdit": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "FSplitNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AdjNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PayPlanChargeNum": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "SplitNum"
      ]
    }
  }
};

export const preference: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "preference",
    "description": "preference, as discovered by tap-sql (reference tier).",
    "landing": "typed",
    "natural_key": [
      "pref_num"
    ],
    "replication_key": "pref_num",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "preference",
      "estimated_rows": 180,
      "total_bytes": 49152,
      "avg_row_bytes": 273,
      "tier": "reference",
      "tier_reason": "~180 rows ≤ 5000 and no update cursor",
      "strategy": "append",
      "cursor": "PrefNum",
      "cursor_reason": "no timestamp cursor: append-only by the auto-increment key PrefNum (updates and deletes are seen only by the periodic full load / key reconciliation)",
      "batch_rows": 10000,
      "primary_key": [
        "PrefNum"
      ],
      "indexes": [
        "unique PRIMARY (PrefNum)"
      ]
    },
    "columns": [
      {
        "name": "pref_num",
        "source": "PrefNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "pref_name",
        "source": "PrefName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "value_string",
        "source": "ValueString",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "comments",
        "source": "Comments",
        "type": "string",
        "source_type": "text not null"
      }
    ],
    "file": "contracts/opendental/preference.yaml"
  },
  "singer": {
    "stream": "opendental_preference",
    "key_properties": [
      "PrefNum"
    ],
    "bookmark_properties": [
      "PrefNum"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "PrefNum": {
          "type": "integer"
        },
        "PrefName": {
          "type": [
            "string",
            "null"
          ]
        },
        "ValueString": {
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
        }
      },
      "required": [
        "PrefNum"
      ]
    }
  }
};

export const procedurecode: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "procedurecode",
    "description": "procedurecode, as discovered by tap-sql (important tier).",
    "landing": "typed",
    "natural_key": [
      "code_num"
    ],
    "replication_key": "date_t_stamp",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "procedurecode",
      "estimated_rows": 320,
      "total_bytes": 131072,
      "avg_row_bytes": 358,
      "tier": "important",
      "tier_reason": "changing table with an update cursor",
      "strategy": "cursor",
      "cursor": "DateTStamp",
      "cursor_reason": "DateTStamp is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 10000,
      "primary_key": [
        "CodeNum"
      ],
      "indexes": [
        "DateTStamp (DateTStamp)",
        "unique PRIMARY (CodeNum)"
      ]
    },
    "columns": [
      {
        "name": "code_num",
        "source": "CodeNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "proc_code",
        "source": "ProcCode",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "descript",
        "source": "Descript",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "abbr_desc",
        "source": "AbbrDesc",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "proc_time",
        "source": "ProcTime",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "proc_cat",
        "source": "ProcCat",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "treat_area",
        "source": "TreatArea",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "no_bill_ins",
        "source": "NoBillIns",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_prosth",
        "source": "IsProsth",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "default_note",
        "source": "DefaultNote",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "is_hygiene",
        "source": "IsHygiene",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "g_type_num",
        "source": "GTypeNum",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "alternate_code1",
        "source": "AlternateCode1",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "medical_code",
        "source": "MedicalCode",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "is_taxed",
        "source": "IsTaxed",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "paint_type",
        "source": "PaintType",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "graphic_color",
        "source": "GraphicColor",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "layman_term",
        "source": "LaymanTerm",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "is_canadian_lab",
        "source": "IsCanadianLab",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "pre_existing",
        "source": "PreExisting",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "base_units",
        "source": "BaseUnits",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "substitution_code",
        "source": "SubstitutionCode",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "subst_only_if",
        "source": "SubstOnlyIf",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "date_t_stamp",
        "source": "DateTStamp",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "is_multi_visit",
        "source": "IsMultiVisit",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "drug_ndc",
        "source": "DrugNDC",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "revenue_code_default",
        "source": "RevenueCodeDefault",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "prov_num_default",
        "source": "ProvNumDefault",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "canada_time_units",
        "source": "CanadaTimeUnits",
        "type": "decimal",
        "source_type": "double not null"
      },
      {
        "name": "is_radiology",
        "source": "IsRadiology",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "default_claim_note",
        "source": "DefaultClaimNote",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "default_tp_note",
        "source": "DefaultTPNote",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "bypass_global_lock",
        "source": "BypassGlobalLock",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "tax_code",
        "source": "TaxCode",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "paint_text",
        "source": "PaintText",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "area_also_tooth_range",
        "source": "AreaAlsoToothRange",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "diagnostic_codes",
        "source": "DiagnosticCodes",
        "type": "string",
        "source_type": "varchar(255) not null"
      }
    ],
    "file": "contracts/opendental/procedurecode.yaml"
  },
  "singer": {
    "stream": "opendental_procedurecode",
    "key_properties": [
      "CodeNum"
    ],
    "bookmark_properties": [
      "DateTStamp"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "CodeNum": {
          "type": "integer"
        },
        "ProcCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "Descript": {
          "type": [
            "string",
            "null"
          ]
        },
        "AbbrDesc": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProcTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProcCat": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TreatArea": {
          "type": [
            "integer",
            "null"
          ]
        },
        "NoBillIns": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsProsth": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DefaultNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsHygiene": {
          "type": [
            "integer",
            "null"
          ]
        },
        "GTypeNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AlternateCode1": {
          "type": [
            "string",
            "null"
          ]
        },
        "MedicalCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsTaxed": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PaintType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "GraphicColor": {
          "type": [
            "integer",
            "null"
          ]
        },
        "LaymanTerm": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsCanadianLab": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PreExisting": {
          "type": [
            "integer",
            "null"
          ]
        },
        "BaseUnits": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SubstitutionCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "SubstOnlyIf": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTStamp": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "IsMultiVisit": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DrugNDC": {
          "type": [
            "string",
            "null"
          ]
        },
        "RevenueCodeDefault": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProvNumDefault": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CanadaTimeUnits": {
          "type": [
            "number",
            "null"
          ]
        },
        "IsRadiology": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DefaultClaimNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "DefaultTPNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "BypassGlobalLock": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TaxCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "PaintText": {
          "type": [
            "string",
            "null"
          ]
        },
        "AreaAlsoToothRange": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DiagnosticCodes": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "CodeNum"
      ]
    }
  }
};

export const procedurelog: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "procedurelog",
    "description": "procedurelog, as discovered by tap-sql (critical tier).",
    "landing": "typed",
    "natural_key": [
      "proc_num"
    ],
    "replication_key": "date_t_stamp",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "fact_opendental_procedures"
    },
    "discovered": {
      "table": "procedurelog",
      "estimated_rows": 19599,
      "total_bytes": 16105472,
      "avg_row_bytes": 402,
      "tier": "critical",
      "tier_reason": "override",
      "strategy": "cursor",
      "cursor": "DateTStamp",
      "cursor_reason": "DateTStamp is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 10000,
      "primary_key": [
        "ProcNum"
      ],
      "indexes": [
        "AptNum (AptNum)",
        "CodeNum (CodeNum)",
        "DateTStamp (DateTStamp)",
        "PatNum (PatNum)",
        "PlannedAptNum (PlannedAptNum)",
        "unique PRIMARY (ProcNum)",
        "ProcDate (ProcDate)",
        "ProvNum (ProvNum)",
        "SecDateEntry (SecDateEntry)"
      ]
    },
    "columns": [
      {
        "name": "proc_num",
        "source": "ProcNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "pat_num",
        "source": "PatNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "apt_num",
        "source": "AptNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "old_code",
        "source": "OldCode",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "proc_date",
        "source": "ProcDate",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "proc_fee",
        "source": "ProcFee",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "surf",
        "source": "Surf",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "tooth_num",
        "source": "ToothNum",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "tooth_range",
        "source": "ToothRange",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "priority",
        "source": "Priority",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "proc_status",
        "source": "ProcStatus",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "prov_num",
        "source": "ProvNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "dx",
        "source": "Dx",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "planned_apt_num",
        "source": "PlannedAptNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "place_service",
        "source": "PlaceService",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "prosthesis",
        "source": "Prosthesis",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "date_original_prosth",
        "source": "DateOriginalProsth",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "claim_note",
        "source": "ClaimNote",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "date_entry_c",
        "source": "DateEntryC",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "clinic_num",
        "source": "ClinicNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "medical_code",
        "source": "MedicalCode",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "diagnostic_code",
        "source": "DiagnosticCode",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "is_princ_diag",
        "source": "IsPrincDiag",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "proc_num_lab",
        "source": "ProcNumLab",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "billing_type_one",
        "source": "BillingTypeOne",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "billing_type_two",
        "source": "BillingTypeTwo",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "code_num",
        "source": "CodeNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "code_mod1",
        "source": "CodeMod1",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "code_mod2",
        "source": "CodeMod2",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "code_mod3",
        "source": "CodeMod3",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "code_mod4",
        "source": "CodeMod4",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "rev_code",
        "source": "RevCode",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "unit_qty",
        "source": "UnitQty",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "base_units",
        "source": "BaseUnits",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "start_time",
        "source": "StartTime",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "stop_time",
        "source": "StopTime",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "date_tp",
        "source": "DateTP",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "site_num",
        "source": "SiteNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "hide_graphics",
        "source": "HideGraphics",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "canadian_type_codes",
        "source": "CanadianTypeCodes",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "proc_time",
        "source": "ProcTime",
        "type": "string",
        "source_type": "time not null"
      },
      {
        "name": "proc_time_end",
        "source": "ProcTimeEnd",
        "type": "string",
        "source_type": "time not null"
      },
      {
        "name": "date_t_stamp",
        "source": "DateTStamp",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "prognosis",
        "source": "Prognosis",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "drug_unit",
        "source": "DrugUnit",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "drug_qty",
        "source": "DrugQty",
        "type": "decimal",
        "source_type": "float not null"
      },
      {
        "name": "unit_qty_type",
        "source": "UnitQtyType",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "statement_num",
        "source": "StatementNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_locked",
        "source": "IsLocked",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "billing_note",
        "source": "BillingNote",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "repeat_charge_num",
        "source": "RepeatChargeNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "diagnostic_code2",
        "source": "DiagnosticCode2",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "diagnostic_code3",
        "source": "DiagnosticCode3",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "diagnostic_code4",
        "source": "DiagnosticCode4",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "discount",
        "source": "Discount",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "snomed_body_site",
        "source": "SnomedBodySite",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "prov_order_override",
        "source": "ProvOrderOverride",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_date_prosth_est",
        "source": "IsDateProsthEst",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "icd_version",
        "source": "IcdVersion",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_cpoe",
        "source": "IsCpoe",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "sec_user_num_entry",
        "source": "SecUserNumEntry",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "sec_date_entry",
        "source": "SecDateEntry",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "date_complete",
        "source": "DateComplete",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "ordering_referral_num",
        "source": "OrderingReferralNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "tax_amt",
        "source": "TaxAmt",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "urgency",
        "source": "Urgency",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "discount_plan_amt",
        "source": "DiscountPlanAmt",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      }
    ],
    "file": "contracts/opendental/procedurelog.yaml"
  },
  "singer": {
    "stream": "opendental_procedurelog",
    "key_properties": [
      "ProcNum"
    ],
    "bookmark_properties": [
      "DateTStamp"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ProcNum": {
          "type": "integer"
        },
        "PatNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AptNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "OldCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProcDate": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "ProcFee": {
          "type": [
            "number",
            "null"
          ]
        },
        "Surf": {
          "type": [
            "string",
            "null"
          ]
        },
        "ToothNum": {
          "type": [
            "string",
            "null"
          ]
        },
        "ToothRange": {
          "type": [
            "string",
            "null"
          ]
        },
        "Priority": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProcStatus": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Dx": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PlannedAptNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PlaceService": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Prosthesis": {
          "type": [
            "string",
            "null"
          ]
        },
        "DateOriginalProsth": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "ClaimNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "DateEntryC": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "ClinicNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "MedicalCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiagnosticCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsPrincDiag": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProcNumLab": {
          "type": [
            "integer",
            "null"
          ]
        },
        "BillingTypeOne": {
          "type": [
            "integer",
            "null"
          ]
        },
        "BillingTypeTwo": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CodeNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CodeMod1": {
          "type": [
            "string",
            "null"
          ]
        },
        "CodeMod2": {
          "type": [
            "string",
            "null"
          ]
        },
        "CodeMod3": {
          "type": [
            "string",
            "null"
          ]
        },
        "CodeMod4": {
          "type": [
            "string",
            "null"
          ]
        },
        "RevCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "UnitQty": {
          "type": [
            "integer",
            "null"
          ]
        },
        "BaseUnits": {
          "type": [
            "integer",
            "null"
          ]
        },
        "StartTime": {
          "type": [
            "integer",
            "null"
          ]
        },
        "StopTime": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTP": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "SiteNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "HideGraphics": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CanadianTypeCodes": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProcTime": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProcTimeEnd": {
          "type": [
            "string",
            "null"
          ]
        },
        "DateTStamp": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "Prognosis": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DrugUnit": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DrugQty": {
          "type": [
            "number",
            "null"
          ]
        },
        "UnitQtyType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "StatementNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsLocked": {
          "type": [
            "integer",
            "null"
          ]
        },
        "BillingNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "RepeatChargeNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DiagnosticCode2": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiagnosticCode3": {
          "type": [
            "string",
            "null"
          ]
        },
        "DiagnosticCode4": {
          "type": [
            "string",
            "null"
          ]
        },
        "Discount": {
          "type": [
            "number",
            "null"
          ]
        },
        "SnomedBodySite": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProvOrderOverride": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsDateProsthEst": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IcdVersion": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsCpoe": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecUserNumEntry": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SecDateEntry": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "DateComplete": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "OrderingReferralNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TaxAmt": {
          "type": [
            "number",
            "null"
          ]
        },
        "Urgency": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DiscountPlanAmt": {
          "type": [
            "number",
            "null"
          ]
        }
      },
      "required": [
        "ProcNum"
      ]
    }
  }
};

export const provider: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "provider",
    "description": "provider, as discovered by tap-sql (important tier).",
    "landing": "typed",
    "natural_key": [
      "prov_num"
    ],
    "replication_key": "date_t_stamp",
    "scd": {
      "type": 1
    },
    "core": {
      "model": "dim_opendental_providers"
    },
    "discovered": {
      "table": "provider",
      "estimated_rows": 24,
      "total_bytes": 32768,
      "avg_row_bytes": 682,
      "tier": "important",
      "tier_reason": "changing table with an update cursor",
      "strategy": "cursor",
      "cursor": "DateTStamp",
      "cursor_reason": "DateTStamp is auto-updated on every change (on update current_timestamp())",
      "batch_rows": 10000,
      "primary_key": [
        "ProvNum"
      ],
      "indexes": [
        "DateTStamp (DateTStamp)",
        "unique PRIMARY (ProvNum)"
      ]
    },
    "columns": [
      {
        "name": "prov_num",
        "source": "ProvNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "abbr",
        "source": "Abbr",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "item_order",
        "source": "ItemOrder",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "l_name",
        "source": "LName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "f_name",
        "source": "FName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "mi",
        "source": "MI",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "suffix",
        "source": "Suffix",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "fee_sched",
        "source": "FeeSched",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "specialty",
        "source": "Specialty",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "ssn",
        "source": "SSN",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "state_license",
        "source": "StateLicense",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "dea_num",
        "source": "DEANum",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "is_secondary",
        "source": "IsSecondary",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "prov_color",
        "source": "ProvColor",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "is_hidden",
        "source": "IsHidden",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "using_tin",
        "source": "UsingTIN",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "blue_cross_id",
        "source": "BlueCrossID",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "sig_on_file",
        "source": "SigOnFile",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "medicaid_id",
        "source": "MedicaidID",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "outline_color",
        "source": "OutlineColor",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "school_class_num",
        "source": "SchoolClassNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "national_prov_id",
        "source": "NationalProvID",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "canadian_office_num",
        "source": "CanadianOfficeNum",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "date_t_stamp",
        "source": "DateTStamp",
        "type": "timestamp",
        "source_type": "timestamp not null on update current_timestamp()"
      },
      {
        "name": "anesth_prov_type",
        "source": "AnesthProvType",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "taxonomy_code_override",
        "source": "TaxonomyCodeOverride",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "is_cd_anet",
        "source": "IsCDAnet",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "ecw_id",
        "source": "EcwID",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "state_rx_id",
        "source": "StateRxID",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "is_not_person",
        "source": "IsNotPerson",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "state_where_licensed",
        "source": "StateWhereLicensed",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "email_address_num",
        "source": "EmailAddressNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_instructor",
        "source": "IsInstructor",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "ehr_mu_stage",
        "source": "EhrMuStage",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "prov_num_billing_override",
        "source": "ProvNumBillingOverride",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "custom_id",
        "source": "CustomID",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "prov_status",
        "source": "ProvStatus",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_hidden_report",
        "source": "IsHiddenReport",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_erx_enabled",
        "source": "IsErxEnabled",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "birthdate",
        "source": "Birthdate",
        "type": "date",
        "source_type": "date not null"
      },
      {
        "name": "sched_note",
        "source": "SchedNote",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "web_sched_descript",
        "source": "WebSchedDescript",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "web_sched_image_location",
        "source": "WebSchedImageLocation",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "hourly_prod_goal_amt",
        "source": "HourlyProdGoalAmt",
        "type": "decimal",
        "source_type": "decimal(20,2) not null"
      },
      {
        "name": "date_term",
        "source": "DateTerm",
        "type": "date",
        "source_type": "date not null"
      }
    ],
    "file": "contracts/opendental/provider.yaml"
  },
  "singer": {
    "stream": "opendental_provider",
    "key_properties": [
      "ProvNum"
    ],
    "bookmark_properties": [
      "DateTStamp"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "ProvNum": {
          "type": "integer"
        },
        "Abbr": {
          "type": [
            "string",
            "null"
          ]
        },
        "ItemOrder": {
          "type": [
            "integer",
            "null"
          ]
        },
        "LName": {
          "type": [
            "string",
            "null"
          ]
        },
        "FName": {
          "type": [
            "string",
            "null"
          ]
        },
        "MI": {
          "type": [
            "string",
            "null"
          ]
        },
        "Suffix": {
          "type": [
            "string",
            "null"
          ]
        },
        "FeeSched": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Specialty": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SSN": {
          "type": [
            "string",
            "null"
          ]
        },
        "StateLicense": {
          "type": [
            "string",
            "null"
          ]
        },
        "DEANum": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsSecondary": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvColor": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsHidden": {
          "type": [
            "integer",
            "null"
          ]
        },
        "UsingTIN": {
          "type": [
            "integer",
            "null"
          ]
        },
        "BlueCrossID": {
          "type": [
            "string",
            "null"
          ]
        },
        "SigOnFile": {
          "type": [
            "integer",
            "null"
          ]
        },
        "MedicaidID": {
          "type": [
            "string",
            "null"
          ]
        },
        "OutlineColor": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SchoolClassNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "NationalProvID": {
          "type": [
            "string",
            "null"
          ]
        },
        "CanadianOfficeNum": {
          "type": [
            "string",
            "null"
          ]
        },
        "DateTStamp": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "AnesthProvType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TaxonomyCodeOverride": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsCDAnet": {
          "type": [
            "integer",
            "null"
          ]
        },
        "EcwID": {
          "type": [
            "string",
            "null"
          ]
        },
        "StateRxID": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsNotPerson": {
          "type": [
            "integer",
            "null"
          ]
        },
        "StateWhereLicensed": {
          "type": [
            "string",
            "null"
          ]
        },
        "EmailAddressNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsInstructor": {
          "type": [
            "integer",
            "null"
          ]
        },
        "EhrMuStage": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvNumBillingOverride": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CustomID": {
          "type": [
            "string",
            "null"
          ]
        },
        "ProvStatus": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsHiddenReport": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsErxEnabled": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Birthdate": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "SchedNote": {
          "type": [
            "string",
            "null"
          ]
        },
        "WebSchedDescript": {
          "type": [
            "string",
            "null"
          ]
        },
        "WebSchedImageLocation": {
          "type": [
            "string",
            "null"
          ]
        },
        "HourlyProdGoalAmt": {
          "type": [
            "number",
            "null"
          ]
        },
        "DateTerm": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        }
      },
      "required": [
        "ProvNum"
      ]
    }
  }
};

export const securitylog: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "securitylog",
    "description": "securitylog, as discovered by tap-sql (critical tier).",
    "landing": "typed",
    "natural_key": [
      "security_log_num"
    ],
    "replication_key": "security_log_num",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "securitylog",
      "estimated_rows": 9761,
      "total_bytes": 2637824,
      "avg_row_bytes": 162,
      "tier": "critical",
      "tier_reason": "override",
      "strategy": "append",
      "cursor": "SecurityLogNum",
      "cursor_reason": "override: cursor SecurityLogNum",
      "batch_rows": 10000,
      "primary_key": [
        "SecurityLogNum"
      ],
      "indexes": [
        "FKey (FKey)",
        "LogDateTime (LogDateTime)",
        "PatNum (PatNum)",
        "PermType (PermType)",
        "unique PRIMARY (SecurityLogNum)"
      ]
    },
    "columns": [
      {
        "name": "security_log_num",
        "source": "SecurityLogNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "perm_type",
        "source": "PermType",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "user_num",
        "source": "UserNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "log_date_time",
        "source": "LogDateTime",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "log_text",
        "source": "LogText",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "pat_num",
        "source": "PatNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "comp_name",
        "source": "CompName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "f_key",
        "source": "FKey",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "log_source",
        "source": "LogSource",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "def_num",
        "source": "DefNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "def_num_error",
        "source": "DefNumError",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_t_previous",
        "source": "DateTPrevious",
        "type": "timestamp",
        "source_type": "datetime not null"
      }
    ],
    "file": "contracts/opendental/securitylog.yaml"
  },
  "singer": {
    "stream": "opendental_securitylog",
    "key_properties": [
      "SecurityLogNum"
    ],
    "bookmark_properties": [
      "SecurityLogNum"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "SecurityLogNum": {
          "type": "integer"
        },
        "PermType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "UserNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "LogDateTime": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "LogText": {
          "type": [
            "string",
            "null"
          ]
        },
        "PatNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "CompName": {
          "type": [
            "string",
            "null"
          ]
        },
        "FKey": {
          "type": [
            "integer",
            "null"
          ]
        },
        "LogSource": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DefNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DefNumError": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTPrevious": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        }
      },
      "required": [
        "SecurityLogNum"
      ]
    }
  }
};

export const sheet: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "sheet",
    "description": "sheet, as discovered by tap-sql (critical tier).",
    "landing": "typed",
    "natural_key": [
      "sheet_num"
    ],
    "replication_key": "date_t_sheet_edited",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "sheet",
      "estimated_rows": 400,
      "total_bytes": 131072,
      "avg_row_bytes": 245,
      "tier": "critical",
      "tier_reason": "override",
      "strategy": "cursor",
      "cursor": "DateTSheetEdited",
      "cursor_reason": "DateTSheetEdited's name contains \"edit\"",
      "batch_rows": 10000,
      "primary_key": [
        "SheetNum"
      ],
      "indexes": [
        "DateTSheetEdited (DateTSheetEdited)",
        "PatNum (PatNum)",
        "unique PRIMARY (SheetNum)"
      ]
    },
    "columns": [
      {
        "name": "sheet_num",
        "source": "SheetNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "sheet_type",
        "source": "SheetType",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "pat_num",
        "source": "PatNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_time_sheet",
        "source": "DateTimeSheet",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "font_size",
        "source": "FontSize",
        "type": "decimal",
        "source_type": "float not null"
      },
      {
        "name": "font_name",
        "source": "FontName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "width",
        "source": "Width",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "height",
        "source": "Height",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "is_landscape",
        "source": "IsLandscape",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "internal_note",
        "source": "InternalNote",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "description",
        "source": "Description",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "show_in_terminal",
        "source": "ShowInTerminal",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_web_form",
        "source": "IsWebForm",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_multi_page",
        "source": "IsMultiPage",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_deleted",
        "source": "IsDeleted",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "sheet_def_num",
        "source": "SheetDefNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "doc_num",
        "source": "DocNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "clinic_num",
        "source": "ClinicNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_t_sheet_edited",
        "source": "DateTSheetEdited",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "has_mobile_layout",
        "source": "HasMobileLayout",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "rev_id",
        "source": "RevID",
        "type": "integer",
        "source_type": "int(11) not null"
      }
    ],
    "file": "contracts/opendental/sheet.yaml"
  },
  "singer": {
    "stream": "opendental_sheet",
    "key_properties": [
      "SheetNum"
    ],
    "bookmark_properties": [
      "DateTSheetEdited"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "SheetNum": {
          "type": "integer"
        },
        "SheetType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PatNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTimeSheet": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "FontSize": {
          "type": [
            "number",
            "null"
          ]
        },
        "FontName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Width": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Height": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsLandscape": {
          "type": [
            "integer",
            "null"
          ]
        },
        "InternalNote": {
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
        "ShowInTerminal": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsWebForm": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsMultiPage": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsDeleted": {
          "type": [
            "integer",
            "null"
          ]
        },
        "SheetDefNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DocNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ClinicNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTSheetEdited": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "HasMobileLayout": {
          "type": [
            "integer",
            "null"
          ]
        },
        "RevID": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "SheetNum"
      ]
    }
  }
};

export const sheetfield: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "sheetfield",
    "description": "sheetfield, as discovered by tap-sql (critical tier).",
    "landing": "typed",
    "natural_key": [
      "sheet_field_num"
    ],
    "replication_key": "sheet_field_num",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "sheetfield",
      "estimated_rows": 9847,
      "total_bytes": 2932736,
      "avg_row_bytes": 267,
      "tier": "critical",
      "tier_reason": "override",
      "strategy": "append",
      "cursor": "SheetFieldNum",
      "cursor_reason": "no timestamp cursor: append-only by the auto-increment key SheetFieldNum (updates and deletes are seen only by the periodic full load / key reconciliation)",
      "batch_rows": 10000,
      "primary_key": [
        "SheetFieldNum"
      ],
      "indexes": [
        "unique PRIMARY (SheetFieldNum)",
        "SheetNum (SheetNum)"
      ]
    },
    "columns": [
      {
        "name": "sheet_field_num",
        "source": "SheetFieldNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "sheet_num",
        "source": "SheetNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "field_type",
        "source": "FieldType",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "field_name",
        "source": "FieldName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "field_value",
        "source": "FieldValue",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "font_size",
        "source": "FontSize",
        "type": "decimal",
        "source_type": "float not null"
      },
      {
        "name": "font_name",
        "source": "FontName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "font_is_bold",
        "source": "FontIsBold",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "x_pos",
        "source": "XPos",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "y_pos",
        "source": "YPos",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "width",
        "source": "Width",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "height",
        "source": "Height",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "growth_behavior",
        "source": "GrowthBehavior",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "radio_button_value",
        "source": "RadioButtonValue",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "radio_button_group",
        "source": "RadioButtonGroup",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "is_required",
        "source": "IsRequired",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "tab_order",
        "source": "TabOrder",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "reportable_name",
        "source": "ReportableName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "text_align",
        "source": "TextAlign",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "is_locked",
        "source": "IsLocked",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "item_color",
        "source": "ItemColor",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "date_time_sig",
        "source": "DateTimeSig",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "tab_order_mobile",
        "source": "TabOrderMobile",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "ui_label_mobile",
        "source": "UiLabelMobile",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "ui_label_mobile_radio_button",
        "source": "UiLabelMobileRadioButton",
        "type": "string",
        "source_type": "text not null"
      },
      {
        "name": "sheet_field_def_num",
        "source": "SheetFieldDefNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      }
    ],
    "file": "contracts/opendental/sheetfield.yaml"
  },
  "singer": {
    "stream": "opendental_sheetfield",
    "key_properties": [
      "SheetFieldNum"
    ],
    "bookmark_properties": [
      "SheetFieldNum"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "SheetFieldNum": {
          "type": "integer"
        },
        "SheetNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "FieldType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "FieldName": {
          "type": [
            "string",
            "null"
          ]
        },
        "FieldValue": {
          "type": [
            "string",
            "null"
          ]
        },
        "FontSize": {
          "type": [
            "number",
            "null"
          ]
        },
        "FontName": {
          "type": [
            "string",
            "null"
          ]
        },
        "FontIsBold": {
          "type": [
            "integer",
            "null"
          ]
        },
        "XPos": {
          "type": [
            "integer",
            "null"
          ]
        },
        "YPos": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Width": {
          "type": [
            "integer",
            "null"
          ]
        },
        "Height": {
          "type": [
            "integer",
            "null"
          ]
        },
        "GrowthBehavior": {
          "type": [
            "integer",
            "null"
          ]
        },
        "RadioButtonValue": {
          "type": [
            "string",
            "null"
          ]
        },
        "RadioButtonGroup": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsRequired": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TabOrder": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ReportableName": {
          "type": [
            "string",
            "null"
          ]
        },
        "TextAlign": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsLocked": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ItemColor": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTimeSig": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "TabOrderMobile": {
          "type": [
            "integer",
            "null"
          ]
        },
        "UiLabelMobile": {
          "type": [
            "string",
            "null"
          ]
        },
        "UiLabelMobileRadioButton": {
          "type": [
            "string",
            "null"
          ]
        },
        "SheetFieldDefNum": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "SheetFieldNum"
      ]
    }
  }
};

export const userod: GeneratedContract = {
  "contract": {
    "source": "opendental",
    "stream": "userod",
    "description": "userod, as discovered by tap-sql (reference tier).",
    "landing": "typed",
    "natural_key": [
      "user_num"
    ],
    "replication_key": "user_num",
    "scd": {
      "type": 1
    },
    "discovered": {
      "table": "userod",
      "estimated_rows": 18,
      "total_bytes": 16384,
      "avg_row_bytes": 910,
      "tier": "reference",
      "tier_reason": "~18 rows ≤ 5000 and no update cursor",
      "strategy": "append",
      "cursor": "UserNum",
      "cursor_reason": "no timestamp cursor: append-only by the auto-increment key UserNum (updates and deletes are seen only by the periodic full load / key reconciliation)",
      "batch_rows": 9218,
      "primary_key": [
        "UserNum"
      ],
      "indexes": [
        "unique PRIMARY (UserNum)"
      ]
    },
    "columns": [
      {
        "name": "user_num",
        "source": "UserNum",
        "type": "integer",
        "required": true,
        "source_type": "bigint(20) not null auto_increment"
      },
      {
        "name": "user_name",
        "source": "UserName",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "password",
        "source": "Password",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "user_group_num",
        "source": "UserGroupNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "employee_num",
        "source": "EmployeeNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "clinic_num",
        "source": "ClinicNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "prov_num",
        "source": "ProvNum",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "is_hidden",
        "source": "IsHidden",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "task_list_in_box",
        "source": "TaskListInBox",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "anesth_prov_type",
        "source": "AnesthProvType",
        "type": "integer",
        "source_type": "int(11) not null"
      },
      {
        "name": "default_hide_popups",
        "source": "DefaultHidePopups",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "password_is_strong",
        "source": "PasswordIsStrong",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "clinic_is_restricted",
        "source": "ClinicIsRestricted",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "inbox_hide_popups",
        "source": "InboxHidePopups",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "user_num_cemt",
        "source": "UserNumCEMT",
        "type": "integer",
        "source_type": "bigint(20) not null"
      },
      {
        "name": "date_t_fail",
        "source": "DateTFail",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "failed_attempts",
        "source": "FailedAttempts",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "domain_user",
        "source": "DomainUser",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "is_password_reset_required",
        "source": "IsPasswordResetRequired",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "mobile_web_pin",
        "source": "MobileWebPin",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "mobile_web_pin_failed_attempts",
        "source": "MobileWebPinFailedAttempts",
        "type": "integer",
        "source_type": "tinyint(4) not null"
      },
      {
        "name": "date_t_last_login",
        "source": "DateTLastLogin",
        "type": "timestamp",
        "source_type": "datetime not null"
      },
      {
        "name": "e_clipboard_clinical_pin",
        "source": "EClipboardClinicalPin",
        "type": "string",
        "source_type": "varchar(255) not null"
      },
      {
        "name": "badge_id",
        "source": "BadgeId",
        "type": "string",
        "source_type": "varchar(255) not null"
      }
    ],
    "file": "contracts/opendental/userod.yaml"
  },
  "singer": {
    "stream": "opendental_userod",
    "key_properties": [
      "UserNum"
    ],
    "bookmark_properties": [
      "UserNum"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "UserNum": {
          "type": "integer"
        },
        "UserName": {
          "type": [
            "string",
            "null"
          ]
        },
        "Password": {
          "type": [
            "string",
            "null"
          ]
        },
        "UserGroupNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "EmployeeNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ClinicNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ProvNum": {
          "type": [
            "integer",
            "null"
          ]
        },
        "IsHidden": {
          "type": [
            "integer",
            "null"
          ]
        },
        "TaskListInBox": {
          "type": [
            "integer",
            "null"
          ]
        },
        "AnesthProvType": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DefaultHidePopups": {
          "type": [
            "integer",
            "null"
          ]
        },
        "PasswordIsStrong": {
          "type": [
            "integer",
            "null"
          ]
        },
        "ClinicIsRestricted": {
          "type": [
            "integer",
            "null"
          ]
        },
        "InboxHidePopups": {
          "type": [
            "integer",
            "null"
          ]
        },
        "UserNumCEMT": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTFail": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "FailedAttempts": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DomainUser": {
          "type": [
            "string",
            "null"
          ]
        },
        "IsPasswordResetRequired": {
          "type": [
            "integer",
            "null"
          ]
        },
        "MobileWebPin": {
          "type": [
            "string",
            "null"
          ]
        },
        "MobileWebPinFailedAttempts": {
          "type": [
            "integer",
            "null"
          ]
        },
        "DateTLastLogin": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "EClipboardClinicalPin": {
          "type": [
            "string",
            "null"
          ]
        },
        "BadgeId": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "UserNum"
      ]
    }
  }
};

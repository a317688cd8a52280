// generated from contracts/tally/*.yaml by `npm run codegen`; do not edit
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';

export const closingStock: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "closing_stock",
    "description": "Closing stock per stock item as of the last voucher date, taken whenever the books change.",
    "landing": "typed",
    "natural_key": [
      "company",
      "stock_item_guid",
      "as_of"
    ],
    "replication_key": "books_version",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true
      },
      {
        "name": "stock_item_guid",
        "source": "stock_item_guid",
        "type": "string",
        "required": true
      },
      {
        "name": "stock_item",
        "source": "stock_item",
        "type": "string",
        "required": true
      },
      {
        "name": "as_of",
        "source": "as_of",
        "type": "date",
        "required": true,
        "description": "Company LastVoucherDate when taken"
      },
      {
        "name": "books_version",
        "source": "books_version",
        "type": "integer",
        "required": true,
        "description": "AltMstId + AltVchId when taken (both only grow)"
      },
      {
        "name": "closing_qty",
        "source": "closing_qty",
        "type": "decimal"
      },
      {
        "name": "unit",
        "source": "unit",
        "type": "string"
      },
      {
        "name": "closing_rate",
        "source": "closing_rate",
        "type": "decimal"
      },
      {
        "name": "closing_value",
        "source": "closing_value",
        "type": "decimal"
      }
    ],
    "file": "contracts/tally/closing_stock.yaml"
  },
  "singer": {
    "stream": "tally_closing_stock",
    "key_properties": [
      "company",
      "stock_item_guid",
      "as_of"
    ],
    "bookmark_properties": [
      "books_version"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string"
        },
        "stock_item_guid": {
          "type": "string"
        },
        "stock_item": {
          "type": "string"
        },
        "as_of": {
          "type": "string",
          "format": "date",
          "description": "Company LastVoucherDate when taken"
        },
        "books_version": {
          "type": "integer",
          "description": "AltMstId + AltVchId when taken (both only grow)"
        },
        "closing_qty": {
          "type": [
            "number",
            "null"
          ]
        },
        "unit": {
          "type": [
            "string",
            "null"
          ]
        },
        "closing_rate": {
          "type": [
            "number",
            "null"
          ]
        },
        "closing_value": {
          "type": [
            "number",
            "null"
          ]
        }
      },
      "required": [
        "company",
        "stock_item_guid",
        "stock_item",
        "as_of",
        "books_version"
      ]
    }
  }
};

export const costCategories: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "cost_categories",
    "description": "Cost categories. Tally collection type CostCategory.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "description": "Object name (reserved marker &#4; removed)"
      },
      {
        "name": "allocate_revenue",
        "source": "allocate_revenue",
        "type": "boolean"
      },
      {
        "name": "allocate_non_revenue",
        "source": "allocate_non_revenue",
        "type": "boolean"
      }
    ],
    "file": "contracts/tally/cost_categories.yaml"
  },
  "singer": {
    "stream": "tally_cost_categories",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "name": {
          "type": "string",
          "description": "Object name (reserved marker &#4; removed)"
        },
        "allocate_revenue": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "allocate_non_revenue": {
          "type": [
            "boolean",
            "null"
          ]
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "name"
      ]
    }
  }
};

export const costCentres: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "cost_centres",
    "description": "Cost centres (payroll employees are cost centres with for_payroll). Tally collection type CostCentre.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "description": "Object name (reserved marker &#4; removed)"
      },
      {
        "name": "parent",
        "source": "parent",
        "type": "string",
        "description": "Parent name; a system root such as \"&#4; Primary\" is null"
      },
      {
        "name": "category",
        "source": "category",
        "type": "string"
      },
      {
        "name": "for_payroll",
        "source": "for_payroll",
        "type": "boolean"
      }
    ],
    "file": "contracts/tally/cost_centres.yaml"
  },
  "singer": {
    "stream": "tally_cost_centres",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "name": {
          "type": "string",
          "description": "Object name (reserved marker &#4; removed)"
        },
        "parent": {
          "type": [
            "string",
            "null"
          ],
          "description": "Parent name; a system root such as \"&#4; Primary\" is null"
        },
        "category": {
          "type": [
            "string",
            "null"
          ]
        },
        "for_payroll": {
          "type": [
            "boolean",
            "null"
          ]
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "name"
      ]
    }
  }
};

export const deletedObjects: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "deleted_objects",
    "description": "Objects found deleted (or cancelled) by the GUID/MasterID sweep: in the previous live set, absent now.",
    "landing": "typed",
    "natural_key": [
      "company",
      "object_type",
      "master_id"
    ],
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true
      },
      {
        "name": "object_type",
        "source": "object_type",
        "type": "string",
        "required": true,
        "description": "Stream of the object, e.g. tally_vouchers"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true
      },
      {
        "name": "detected_at",
        "source": "detected_at",
        "type": "timestamp",
        "required": true
      },
      {
        "name": "books_counter",
        "source": "books_counter",
        "type": "integer",
        "required": true,
        "description": "AltMstId/AltVchId when detected"
      }
    ],
    "file": "contracts/tally/deleted_objects.yaml"
  },
  "singer": {
    "stream": "tally_deleted_objects",
    "key_properties": [
      "company",
      "object_type",
      "master_id"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string"
        },
        "object_type": {
          "type": "string",
          "description": "Stream of the object, e.g. tally_vouchers"
        },
        "master_id": {
          "type": "integer"
        },
        "detected_at": {
          "type": "string",
          "format": "date-time"
        },
        "books_counter": {
          "type": "integer",
          "description": "AltMstId/AltVchId when detected"
        }
      },
      "required": [
        "company",
        "object_type",
        "master_id",
        "detected_at",
        "books_counter"
      ]
    }
  }
};

export const godowns: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "godowns",
    "description": "Godowns (stock locations). Tally collection type Godown.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "description": "Object name (reserved marker &#4; removed)"
      },
      {
        "name": "parent",
        "source": "parent",
        "type": "string",
        "description": "Parent name; a system root such as \"&#4; Primary\" is null"
      },
      {
        "name": "address",
        "source": "address",
        "type": "string"
      }
    ],
    "file": "contracts/tally/godowns.yaml"
  },
  "singer": {
    "stream": "tally_godowns",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "name": {
          "type": "string",
          "description": "Object name (reserved marker &#4; removed)"
        },
        "parent": {
          "type": [
            "string",
            "null"
          ],
          "description": "Parent name; a system root such as \"&#4; Primary\" is null"
        },
        "address": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "name"
      ]
    }
  }
};

export const groups: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "groups",
    "description": "Account groups (chart of accounts tree). Tally collection type Group.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "description": "Object name (reserved marker &#4; removed)"
      },
      {
        "name": "parent",
        "source": "parent",
        "type": "string",
        "description": "Parent name; a system root such as \"&#4; Primary\" is null"
      },
      {
        "name": "primary_group",
        "source": "primary_group",
        "type": "string"
      },
      {
        "name": "is_revenue",
        "source": "is_revenue",
        "type": "boolean"
      },
      {
        "name": "is_deemed_positive",
        "source": "is_deemed_positive",
        "type": "boolean"
      },
      {
        "name": "is_reserved",
        "source": "is_reserved",
        "type": "boolean"
      },
      {
        "name": "affects_gross_profit",
        "source": "affects_gross_profit",
        "type": "boolean"
      },
      {
        "name": "sort_position",
        "source": "sort_position",
        "type": "integer"
      }
    ],
    "file": "contracts/tally/groups.yaml"
  },
  "singer": {
    "stream": "tally_groups",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "name": {
          "type": "string",
          "description": "Object name (reserved marker &#4; removed)"
        },
        "parent": {
          "type": [
            "string",
            "null"
          ],
          "description": "Parent name; a system root such as \"&#4; Primary\" is null"
        },
        "primary_group": {
          "type": [
            "string",
            "null"
          ]
        },
        "is_revenue": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_deemed_positive": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_reserved": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "affects_gross_profit": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "sort_position": {
          "type": [
            "integer",
            "null"
          ]
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "name"
      ]
    }
  }
};

export const ledgers: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "ledgers",
    "description": "Ledgers (accounts, parties, banks). Tally collection type Ledger.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "description": "Object name (reserved marker &#4; removed)"
      },
      {
        "name": "parent",
        "source": "parent",
        "type": "string",
        "description": "Parent name; a system root such as \"&#4; Primary\" is null"
      },
      {
        "name": "alias",
        "source": "alias",
        "type": "string"
      },
      {
        "name": "opening_balance",
        "source": "opening_balance",
        "type": "decimal",
        "description": "Signed: negative = debit (printed Dr), positive = credit (printed Cr)"
      },
      {
        "name": "closing_balance",
        "source": "closing_balance",
        "type": "decimal",
        "description": "Signed: negative = debit (printed Dr), positive = credit (printed Cr)"
      },
      {
        "name": "is_revenue",
        "source": "is_revenue",
        "type": "boolean"
      },
      {
        "name": "is_deemed_positive",
        "source": "is_deemed_positive",
        "type": "boolean"
      },
      {
        "name": "mailing_name",
        "source": "mailing_name",
        "type": "string"
      },
      {
        "name": "address",
        "source": "address",
        "type": "string"
      },
      {
        "name": "state",
        "source": "state",
        "type": "string"
      },
      {
        "name": "country",
        "source": "country",
        "type": "string"
      },
      {
        "name": "pincode",
        "source": "pincode",
        "type": "string"
      },
      {
        "name": "email",
        "source": "email",
        "type": "string"
      },
      {
        "name": "pan",
        "source": "pan",
        "type": "string"
      },
      {
        "name": "gstin",
        "source": "gstin",
        "type": "string"
      },
      {
        "name": "bill_credit_period_days",
        "source": "bill_credit_period_days",
        "type": "integer",
        "description": "\"30 Days\" → 30"
      }
    ],
    "file": "contracts/tally/ledgers.yaml"
  },
  "singer": {
    "stream": "tally_ledgers",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "name": {
          "type": "string",
          "description": "Object name (reserved marker &#4; removed)"
        },
        "parent": {
          "type": [
            "string",
            "null"
          ],
          "description": "Parent name; a system root such as \"&#4; Primary\" is null"
        },
        "alias": {
          "type": [
            "string",
            "null"
          ]
        },
        "opening_balance": {
          "type": [
            "number",
            "null"
          ],
          "description": "Signed: negative = debit (printed Dr), positive = credit (printed Cr)"
        },
        "closing_balance": {
          "type": [
            "number",
            "null"
          ],
          "description": "Signed: negative = debit (printed Dr), positive = credit (printed Cr)"
        },
        "is_revenue": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_deemed_positive": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "mailing_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "address": {
          "type": [
            "string",
            "null"
          ]
        },
        "state": {
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
        "pincode": {
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
        "pan": {
          "type": [
            "string",
            "null"
          ]
        },
        "gstin": {
          "type": [
            "string",
            "null"
          ]
        },
        "bill_credit_period_days": {
          "type": [
            "integer",
            "null"
          ],
          "description": "\"30 Days\" → 30"
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "name"
      ]
    }
  }
};

export const quarantine: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "quarantine",
    "description": "Tally replies that could not be parsed, or single objects (a voucher with its lines) with a value that could not be read: raw body (capped), size, SHA-256 and the reason. The stream that asked failed.",
    "landing": "typed",
    "natural_key": [
      "quarantine_id"
    ],
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true
      },
      {
        "name": "stream",
        "source": "stream",
        "type": "string",
        "required": true
      },
      {
        "name": "request_id",
        "source": "request_id",
        "type": "string",
        "required": true
      },
      {
        "name": "quarantine_id",
        "source": "quarantine_id",
        "type": "string",
        "required": true
      },
      {
        "name": "reason",
        "source": "reason",
        "type": "string",
        "required": true
      },
      {
        "name": "body",
        "source": "body",
        "type": "string"
      },
      {
        "name": "body_bytes",
        "source": "body_bytes",
        "type": "integer",
        "required": true
      },
      {
        "name": "body_sha256",
        "source": "body_sha256",
        "type": "string",
        "required": true
      },
      {
        "name": "body_truncated",
        "source": "body_truncated",
        "type": "boolean",
        "required": true
      },
      {
        "name": "encoding",
        "source": "encoding",
        "type": "string",
        "required": true
      },
      {
        "name": "received_at",
        "source": "received_at",
        "type": "timestamp",
        "required": true
      }
    ],
    "file": "contracts/tally/quarantine.yaml"
  },
  "singer": {
    "stream": "tally_quarantine",
    "key_properties": [
      "quarantine_id"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string"
        },
        "stream": {
          "type": "string"
        },
        "request_id": {
          "type": "string"
        },
        "quarantine_id": {
          "type": "string"
        },
        "reason": {
          "type": "string"
        },
        "body": {
          "type": [
            "string",
            "null"
          ]
        },
        "body_bytes": {
          "type": "integer"
        },
        "body_sha256": {
          "type": "string"
        },
        "body_truncated": {
          "type": "boolean"
        },
        "encoding": {
          "type": "string"
        },
        "received_at": {
          "type": "string",
          "format": "date-time"
        }
      },
      "required": [
        "company",
        "stream",
        "request_id",
        "quarantine_id",
        "reason",
        "body_bytes",
        "body_sha256",
        "body_truncated",
        "encoding",
        "received_at"
      ]
    }
  }
};

export const stockCategories: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "stock_categories",
    "description": "Stock categories. Tally collection type StockCategory.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "description": "Object name (reserved marker &#4; removed)"
      },
      {
        "name": "parent",
        "source": "parent",
        "type": "string",
        "description": "Parent name; a system root such as \"&#4; Primary\" is null"
      }
    ],
    "file": "contracts/tally/stock_categories.yaml"
  },
  "singer": {
    "stream": "tally_stock_categories",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "name": {
          "type": "string",
          "description": "Object name (reserved marker &#4; removed)"
        },
        "parent": {
          "type": [
            "string",
            "null"
          ],
          "description": "Parent name; a system root such as \"&#4; Primary\" is null"
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "name"
      ]
    }
  }
};

export const stockGroups: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "stock_groups",
    "description": "Stock groups. Tally collection type StockGroup.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "description": "Object name (reserved marker &#4; removed)"
      },
      {
        "name": "parent",
        "source": "parent",
        "type": "string",
        "description": "Parent name; a system root such as \"&#4; Primary\" is null"
      }
    ],
    "file": "contracts/tally/stock_groups.yaml"
  },
  "singer": {
    "stream": "tally_stock_groups",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "name": {
          "type": "string",
          "description": "Object name (reserved marker &#4; removed)"
        },
        "parent": {
          "type": [
            "string",
            "null"
          ],
          "description": "Parent name; a system root such as \"&#4; Primary\" is null"
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "name"
      ]
    }
  }
};

export const stockItems: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "stock_items",
    "description": "Stock items; quantities are numbers with their unit split off. Tally collection type StockItem.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "description": "Object name (reserved marker &#4; removed)"
      },
      {
        "name": "parent",
        "source": "parent",
        "type": "string",
        "description": "Parent name; a system root such as \"&#4; Primary\" is null"
      },
      {
        "name": "category",
        "source": "category",
        "type": "string"
      },
      {
        "name": "base_units",
        "source": "base_units",
        "type": "string"
      },
      {
        "name": "opening_qty",
        "source": "opening_qty",
        "type": "decimal"
      },
      {
        "name": "opening_rate",
        "source": "opening_rate",
        "type": "decimal"
      },
      {
        "name": "opening_value",
        "source": "opening_value",
        "type": "decimal"
      },
      {
        "name": "closing_qty",
        "source": "closing_qty",
        "type": "decimal"
      },
      {
        "name": "closing_rate",
        "source": "closing_rate",
        "type": "decimal"
      },
      {
        "name": "closing_value",
        "source": "closing_value",
        "type": "decimal"
      },
      {
        "name": "costing_method",
        "source": "costing_method",
        "type": "string"
      },
      {
        "name": "part_no",
        "source": "part_no",
        "type": "string"
      }
    ],
    "file": "contracts/tally/stock_items.yaml"
  },
  "singer": {
    "stream": "tally_stock_items",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "name": {
          "type": "string",
          "description": "Object name (reserved marker &#4; removed)"
        },
        "parent": {
          "type": [
            "string",
            "null"
          ],
          "description": "Parent name; a system root such as \"&#4; Primary\" is null"
        },
        "category": {
          "type": [
            "string",
            "null"
          ]
        },
        "base_units": {
          "type": [
            "string",
            "null"
          ]
        },
        "opening_qty": {
          "type": [
            "number",
            "null"
          ]
        },
        "opening_rate": {
          "type": [
            "number",
            "null"
          ]
        },
        "opening_value": {
          "type": [
            "number",
            "null"
          ]
        },
        "closing_qty": {
          "type": [
            "number",
            "null"
          ]
        },
        "closing_rate": {
          "type": [
            "number",
            "null"
          ]
        },
        "closing_value": {
          "type": [
            "number",
            "null"
          ]
        },
        "costing_method": {
          "type": [
            "string",
            "null"
          ]
        },
        "part_no": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "name"
      ]
    }
  }
};

export const units: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "units",
    "description": "Units of measure (symbol as name). Tally collection type Unit.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "description": "Object name (reserved marker &#4; removed)"
      },
      {
        "name": "formal_name",
        "source": "formal_name",
        "type": "string"
      },
      {
        "name": "is_simple_unit",
        "source": "is_simple_unit",
        "type": "boolean"
      },
      {
        "name": "base_units",
        "source": "base_units",
        "type": "string"
      },
      {
        "name": "additional_units",
        "source": "additional_units",
        "type": "string"
      },
      {
        "name": "conversion",
        "source": "conversion",
        "type": "decimal"
      }
    ],
    "file": "contracts/tally/units.yaml"
  },
  "singer": {
    "stream": "tally_units",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "name": {
          "type": "string",
          "description": "Object name (reserved marker &#4; removed)"
        },
        "formal_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "is_simple_unit": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "base_units": {
          "type": [
            "string",
            "null"
          ]
        },
        "additional_units": {
          "type": [
            "string",
            "null"
          ]
        },
        "conversion": {
          "type": [
            "number",
            "null"
          ]
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "name"
      ]
    }
  }
};

export const voucherInventoryEntries: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "voucher_inventory_entries",
    "description": "Voucher stock lines (ALLINVENTORYENTRIES.LIST) = stock movements; replaced as a whole when the voucher alters.",
    "landing": "typed",
    "natural_key": [
      "company",
      "voucher_guid",
      "voucher_alter_id",
      "line_no"
    ],
    "replication_key": "voucher_alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true
      },
      {
        "name": "voucher_guid",
        "source": "voucher_guid",
        "type": "string",
        "required": true
      },
      {
        "name": "voucher_alter_id",
        "source": "voucher_alter_id",
        "type": "integer",
        "required": true
      },
      {
        "name": "line_no",
        "source": "line_no",
        "type": "integer",
        "required": true
      },
      {
        "name": "voucher_date",
        "source": "voucher_date",
        "type": "date",
        "required": true
      },
      {
        "name": "stock_item",
        "source": "stock_item",
        "type": "string",
        "required": true
      },
      {
        "name": "is_inward",
        "source": "is_inward",
        "type": "boolean",
        "description": "ISDEEMEDPOSITIVE: Yes = inward"
      },
      {
        "name": "quantity",
        "source": "quantity",
        "type": "decimal",
        "description": "Signed: inward positive, outward negative"
      },
      {
        "name": "unit",
        "source": "unit",
        "type": "string"
      },
      {
        "name": "billed_quantity",
        "source": "billed_quantity",
        "type": "decimal"
      },
      {
        "name": "rate",
        "source": "rate",
        "type": "decimal"
      },
      {
        "name": "rate_unit",
        "source": "rate_unit",
        "type": "string"
      },
      {
        "name": "amount",
        "source": "amount",
        "type": "decimal",
        "description": "Signed as Tally writes it"
      },
      {
        "name": "godown",
        "source": "godown",
        "type": "string",
        "description": "Godown of the first batch allocation (see batch_allocations for all); \"&#4; Main Location\" kept as Main Location"
      },
      {
        "name": "batch",
        "source": "batch",
        "type": "string",
        "description": "Batch of the first batch allocation (see batch_allocations for all)"
      },
      {
        "name": "batch_allocations",
        "source": "batch_allocations",
        "type": "json",
        "description": "[{godown, batch, quantity, unit, amount}] from BATCHALLOCATIONS.LIST, every godown/batch the line is split over; quantity signed as the line's"
      }
    ],
    "file": "contracts/tally/voucher_inventory_entries.yaml"
  },
  "singer": {
    "stream": "tally_voucher_inventory_entries",
    "key_properties": [
      "company",
      "voucher_guid",
      "voucher_alter_id",
      "line_no"
    ],
    "bookmark_properties": [
      "voucher_alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string"
        },
        "voucher_guid": {
          "type": "string"
        },
        "voucher_alter_id": {
          "type": "integer"
        },
        "line_no": {
          "type": "integer"
        },
        "voucher_date": {
          "type": "string",
          "format": "date"
        },
        "stock_item": {
          "type": "string"
        },
        "is_inward": {
          "type": [
            "boolean",
            "null"
          ],
          "description": "ISDEEMEDPOSITIVE: Yes = inward"
        },
        "quantity": {
          "type": [
            "number",
            "null"
          ],
          "description": "Signed: inward positive, outward negative"
        },
        "unit": {
          "type": [
            "string",
            "null"
          ]
        },
        "billed_quantity": {
          "type": [
            "number",
            "null"
          ]
        },
        "rate": {
          "type": [
            "number",
            "null"
          ]
        },
        "rate_unit": {
          "type": [
            "string",
            "null"
          ]
        },
        "amount": {
          "type": [
            "number",
            "null"
          ],
          "description": "Signed as Tally writes it"
        },
        "godown": {
          "type": [
            "string",
            "null"
          ],
          "description": "Godown of the first batch allocation (see batch_allocations for all); \"&#4; Main Location\" kept as Main Location"
        },
        "batch": {
          "type": [
            "string",
            "null"
          ],
          "description": "Batch of the first batch allocation (see batch_allocations for all)"
        },
        "batch_allocations": {
          "description": "[{godown, batch, quantity, unit, amount}] from BATCHALLOCATIONS.LIST, every godown/batch the line is split over; quantity signed as the line's"
        }
      },
      "required": [
        "company",
        "voucher_guid",
        "voucher_alter_id",
        "line_no",
        "voucher_date",
        "stock_item"
      ]
    }
  }
};

export const voucherLedgerEntries: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "voucher_ledger_entries",
    "description": "Voucher accounting lines (ALLLEDGERENTRIES.LIST, which holds an item invoice's sales/purchase ledger too; the copy Tally repeats under each stock line, ACCOUNTINGALLOCATIONS.LIST, is not a line); replaced as a whole when the voucher alters.",
    "landing": "typed",
    "natural_key": [
      "company",
      "voucher_guid",
      "voucher_alter_id",
      "line_no"
    ],
    "replication_key": "voucher_alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true
      },
      {
        "name": "voucher_guid",
        "source": "voucher_guid",
        "type": "string",
        "required": true
      },
      {
        "name": "voucher_alter_id",
        "source": "voucher_alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID of the voucher version this line belongs to"
      },
      {
        "name": "line_no",
        "source": "line_no",
        "type": "integer",
        "required": true,
        "description": "1-based position in the voucher"
      },
      {
        "name": "voucher_date",
        "source": "voucher_date",
        "type": "date",
        "required": true
      },
      {
        "name": "ledger",
        "source": "ledger",
        "type": "string",
        "required": true
      },
      {
        "name": "is_deemed_positive",
        "source": "is_deemed_positive",
        "type": "boolean"
      },
      {
        "name": "amount",
        "source": "amount",
        "type": "decimal",
        "required": true,
        "description": "Signed as Tally writes it: negative = debit (printed Dr), positive = credit (printed Cr); forex lines carry the base-currency value"
      },
      {
        "name": "cost_allocations",
        "source": "cost_allocations",
        "type": "json",
        "description": "[{category, cost_centre, amount}] from CATEGORYALLOCATIONS.LIST"
      }
    ],
    "file": "contracts/tally/voucher_ledger_entries.yaml"
  },
  "singer": {
    "stream": "tally_voucher_ledger_entries",
    "key_properties": [
      "company",
      "voucher_guid",
      "voucher_alter_id",
      "line_no"
    ],
    "bookmark_properties": [
      "voucher_alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string"
        },
        "voucher_guid": {
          "type": "string"
        },
        "voucher_alter_id": {
          "type": "integer",
          "description": "AlterID of the voucher version this line belongs to"
        },
        "line_no": {
          "type": "integer",
          "description": "1-based position in the voucher"
        },
        "voucher_date": {
          "type": "string",
          "format": "date"
        },
        "ledger": {
          "type": "string"
        },
        "is_deemed_positive": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "amount": {
          "type": "number",
          "description": "Signed as Tally writes it: negative = debit (printed Dr), positive = credit (printed Cr); forex lines carry the base-currency value"
        },
        "cost_allocations": {
          "description": "[{category, cost_centre, amount}] from CATEGORYALLOCATIONS.LIST"
        }
      },
      "required": [
        "company",
        "voucher_guid",
        "voucher_alter_id",
        "line_no",
        "voucher_date",
        "ledger",
        "amount"
      ]
    }
  }
};

export const voucherTypes: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "voucher_types",
    "description": "Voucher types. Tally collection type VoucherType.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string",
        "required": true,
        "description": "Object name (reserved marker &#4; removed)"
      },
      {
        "name": "parent",
        "source": "parent",
        "type": "string",
        "description": "Parent name; a system root such as \"&#4; Primary\" is null"
      },
      {
        "name": "numbering_method",
        "source": "numbering_method",
        "type": "string"
      },
      {
        "name": "is_deemed_positive",
        "source": "is_deemed_positive",
        "type": "boolean"
      },
      {
        "name": "affects_stock",
        "source": "affects_stock",
        "type": "boolean"
      }
    ],
    "file": "contracts/tally/voucher_types.yaml"
  },
  "singer": {
    "stream": "tally_voucher_types",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "name": {
          "type": "string",
          "description": "Object name (reserved marker &#4; removed)"
        },
        "parent": {
          "type": [
            "string",
            "null"
          ],
          "description": "Parent name; a system root such as \"&#4; Primary\" is null"
        },
        "numbering_method": {
          "type": [
            "string",
            "null"
          ]
        },
        "is_deemed_positive": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "affects_stock": {
          "type": [
            "boolean",
            "null"
          ]
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "name"
      ]
    }
  }
};

export const vouchers: GeneratedContract = {
  "contract": {
    "source": "tally",
    "stream": "vouchers",
    "description": "Vouchers (non-cancelled, non-optional), requested by date batches. Tally collection type Voucher.",
    "landing": "typed",
    "natural_key": [
      "company",
      "guid"
    ],
    "replication_key": "alter_id",
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "company",
        "source": "company",
        "type": "string",
        "required": true,
        "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
      },
      {
        "name": "guid",
        "source": "guid",
        "type": "string",
        "required": true,
        "description": "Tally GUID: company GUID + MasterID"
      },
      {
        "name": "master_id",
        "source": "master_id",
        "type": "integer",
        "required": true,
        "description": "Stable object id within the company"
      },
      {
        "name": "alter_id",
        "source": "alter_id",
        "type": "integer",
        "required": true,
        "description": "AlterID: bumped on every change; the incremental cursor"
      },
      {
        "name": "date",
        "source": "date",
        "type": "date",
        "required": true,
        "description": "Voucher date (YYYYMMDD in Tally)"
      },
      {
        "name": "voucher_type",
        "source": "voucher_type",
        "type": "string",
        "required": true
      },
      {
        "name": "voucher_number",
        "source": "voucher_number",
        "type": "string"
      },
      {
        "name": "party_ledger",
        "source": "party_ledger",
        "type": "string"
      },
      {
        "name": "reference",
        "source": "reference",
        "type": "string"
      },
      {
        "name": "narration",
        "source": "narration",
        "type": "string",
        "description": "Line breaks (&#13;&#10;) kept"
      },
      {
        "name": "is_invoice",
        "source": "is_invoice",
        "type": "boolean"
      },
      {
        "name": "is_cancelled",
        "source": "is_cancelled",
        "type": "boolean"
      },
      {
        "name": "is_optional",
        "source": "is_optional",
        "type": "boolean"
      },
      {
        "name": "is_order_voucher",
        "source": "is_order_voucher",
        "type": "boolean",
        "description": "A Purchase/Sales Order (or a type under one), as Tally computes it ($$IsOrderVch:$VoucherTypeName); it posts nothing, so it is left out of the facts"
      },
      {
        "name": "vch_key",
        "source": "vch_key",
        "type": "string"
      }
    ],
    "file": "contracts/tally/vouchers.yaml"
  },
  "singer": {
    "stream": "tally_vouchers",
    "key_properties": [
      "company",
      "guid"
    ],
    "bookmark_properties": [
      "alter_id"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "company": {
          "type": "string",
          "description": "Company name as open in Tally (SVCURRENTCOMPANY)"
        },
        "guid": {
          "type": "string",
          "description": "Tally GUID: company GUID + MasterID"
        },
        "master_id": {
          "type": "integer",
          "description": "Stable object id within the company"
        },
        "alter_id": {
          "type": "integer",
          "description": "AlterID: bumped on every change; the incremental cursor"
        },
        "date": {
          "type": "string",
          "format": "date",
          "description": "Voucher date (YYYYMMDD in Tally)"
        },
        "voucher_type": {
          "type": "string"
        },
        "voucher_number": {
          "type": [
            "string",
            "null"
          ]
        },
        "party_ledger": {
          "type": [
            "string",
            "null"
          ]
        },
        "reference": {
          "type": [
            "string",
            "null"
          ]
        },
        "narration": {
          "type": [
            "string",
            "null"
          ],
          "description": "Line breaks (&#13;&#10;) kept"
        },
        "is_invoice": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_cancelled": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_optional": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "is_order_voucher": {
          "type": [
            "boolean",
            "null"
          ],
          "description": "A Purchase/Sales Order (or a type under one), as Tally computes it ($$IsOrderVch:$VoucherTypeName); it posts nothing, so it is left out of the facts"
        },
        "vch_key": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "company",
        "guid",
        "master_id",
        "alter_id",
        "date",
        "voucher_type"
      ]
    }
  }
};

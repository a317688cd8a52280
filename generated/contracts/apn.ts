// generated from contracts/apn/*.yaml by `npm run codegen`; do not edit
import type { GeneratedContract } from '../../kit/contracts/generated-contract.js';

export const apiCalls: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "api_calls",
    "description": "tap-apn's own audit: the Partner Central calls one run made, per catalog and operation (the 100,000 reads/day quota).",
    "landing": "typed",
    "natural_key": [
      "run_started_at",
      "catalog",
      "operation"
    ],
    "scd": {
      "type": 1
    },
    "columns": [
      {
        "name": "run_started_at",
        "source": "run_started_at",
        "type": "timestamp",
        "required": true
      },
      {
        "name": "catalog",
        "source": "catalog",
        "type": "string",
        "required": true
      },
      {
        "name": "operation",
        "source": "operation",
        "type": "string",
        "required": true
      },
      {
        "name": "calls",
        "source": "calls",
        "type": "integer",
        "required": true,
        "description": "requests sent, retries included"
      },
      {
        "name": "throttled",
        "source": "throttled",
        "type": "integer",
        "required": true,
        "description": "ThrottlingException answers among them"
      }
    ],
    "file": "contracts/apn/api_calls.yaml"
  },
  "singer": {
    "stream": "apn_api_calls",
    "key_properties": [
      "run_started_at",
      "catalog",
      "operation"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "run_started_at": {
          "type": "string",
          "format": "date-time"
        },
        "catalog": {
          "type": "string"
        },
        "operation": {
          "type": "string"
        },
        "calls": {
          "type": "integer",
          "description": "requests sent, retries included"
        },
        "throttled": {
          "type": "integer",
          "description": "ThrottlingException answers among them"
        }
      },
      "required": [
        "run_started_at",
        "catalog",
        "operation",
        "calls",
        "throttled"
      ]
    }
  }
};

export const awsOpportunitySummaries: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "aws_opportunity_summaries",
    "description": "AWS's side of each opportunity (GetAwsOpportunitySummary), read with the opportunity whenever it changed.",
    "landing": "typed",
    "natural_key": [
      "related_opportunity_id",
      "catalog"
    ],
    "scd": {
      "type": 1
    },
    "discovered": {
      "read_by": "tap-apn",
      "paths": {
        "catalog": "Catalog",
        "related_opportunity_id": "RelatedOpportunityId",
        "origin": "Origin",
        "involvement_type": "InvolvementType",
        "involvement_type_change_reason": "InvolvementTypeChangeReason",
        "visibility": "Visibility",
        "cosell_motion": "CosellMotion",
        "aws_stage": "LifeCycle.Stage",
        "aws_target_close_date": "LifeCycle.TargetCloseDate",
        "aws_closed_lost_reason": "LifeCycle.ClosedLostReason",
        "aws_next_steps": "LifeCycle.NextSteps",
        "aws_next_steps_history": "LifeCycle.NextStepsHistory",
        "aws_opportunity_team": "OpportunityTeam",
        "aws_sales_rep_email": "OpportunityTeam.0.Email",
        "aws_sales_rep_first_name": "OpportunityTeam.0.FirstName",
        "aws_sales_rep_last_name": "OpportunityTeam.0.LastName",
        "aws_sales_rep_business_title": "OpportunityTeam.0.BusinessTitle",
        "insights_next_best_actions": "Insights.NextBestActions",
        "insights_engagement_score": "Insights.EngagementScore",
        "insights_opportunity_quality_score": "Insights.OpportunityQuality.Score",
        "insights_opportunity_quality_trend": "Insights.OpportunityQuality.Trend",
        "insights_aws_products_spend_insights_by_source": "Insights.AwsProductsSpendInsightsBySource",
        "insights_recommendations": "Insights.Recommendations",
        "related_aws_products": "RelatedEntityIds.AwsProducts",
        "related_solutions": "RelatedEntityIds.Solutions",
        "related_aws_marketplace_solutions": "RelatedEntityIds.AwsMarketplaceSolutions",
        "related_aws_marketplace_products": "RelatedEntityIds.AwsMarketplaceProducts",
        "customer_contacts": "Customer.Contacts",
        "project_expected_customer_spend": "Project.ExpectedCustomerSpend",
        "project_aws_partition": "Project.AwsPartition",
        "software_revenue_amount": "SoftwareRevenue.Value.Amount",
        "software_revenue_currency_code": "SoftwareRevenue.Value.CurrencyCode",
        "software_revenue_discount": "SoftwareRevenue.Discount",
        "software_revenue_effective_date": "SoftwareRevenue.EffectiveDate",
        "software_revenue_expiration_date": "SoftwareRevenue.ExpirationDate"
      }
    },
    "columns": [
      {
        "name": "catalog",
        "source": "catalog",
        "type": "string",
        "required": true,
        "domain": [
          "AWS",
          "Sandbox"
        ],
        "description": "AWS (real data) or Sandbox (test data): part of every key"
      },
      {
        "name": "related_opportunity_id",
        "source": "related_opportunity_id",
        "type": "string",
        "required": true
      },
      {
        "name": "origin",
        "source": "origin",
        "type": "string"
      },
      {
        "name": "involvement_type",
        "source": "involvement_type",
        "type": "string"
      },
      {
        "name": "involvement_type_change_reason",
        "source": "involvement_type_change_reason",
        "type": "string"
      },
      {
        "name": "visibility",
        "source": "visibility",
        "type": "string"
      },
      {
        "name": "cosell_motion",
        "source": "cosell_motion",
        "type": "string"
      },
      {
        "name": "aws_stage",
        "source": "aws_stage",
        "type": "string"
      },
      {
        "name": "aws_target_close_date",
        "source": "aws_target_close_date",
        "type": "date"
      },
      {
        "name": "aws_closed_lost_reason",
        "source": "aws_closed_lost_reason",
        "type": "string"
      },
      {
        "name": "aws_next_steps",
        "source": "aws_next_steps",
        "type": "string"
      },
      {
        "name": "aws_next_steps_history",
        "source": "aws_next_steps_history",
        "type": "json"
      },
      {
        "name": "aws_opportunity_team",
        "source": "aws_opportunity_team",
        "type": "json",
        "pii": "contact",
        "description": "AWS's team: [{Email, FirstName, LastName, BusinessTitle}]"
      },
      {
        "name": "aws_sales_rep_email",
        "source": "aws_sales_rep_email",
        "type": "string",
        "pii": "contact",
        "description": "the first AWS team member"
      },
      {
        "name": "aws_sales_rep_first_name",
        "source": "aws_sales_rep_first_name",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "aws_sales_rep_last_name",
        "source": "aws_sales_rep_last_name",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "aws_sales_rep_business_title",
        "source": "aws_sales_rep_business_title",
        "type": "string"
      },
      {
        "name": "insights_next_best_actions",
        "source": "insights_next_best_actions",
        "type": "string"
      },
      {
        "name": "insights_engagement_score",
        "source": "insights_engagement_score",
        "type": "string"
      },
      {
        "name": "insights_opportunity_quality_score",
        "source": "insights_opportunity_quality_score",
        "type": "integer"
      },
      {
        "name": "insights_opportunity_quality_trend",
        "source": "insights_opportunity_quality_trend",
        "type": "string"
      },
      {
        "name": "insights_aws_products_spend_insights_by_source",
        "source": "insights_aws_products_spend_insights_by_source",
        "type": "json"
      },
      {
        "name": "insights_recommendations",
        "source": "insights_recommendations",
        "type": "json"
      },
      {
        "name": "related_aws_products",
        "source": "related_aws_products",
        "type": "json"
      },
      {
        "name": "related_solutions",
        "source": "related_solutions",
        "type": "json"
      },
      {
        "name": "related_aws_marketplace_solutions",
        "source": "related_aws_marketplace_solutions",
        "type": "json"
      },
      {
        "name": "related_aws_marketplace_products",
        "source": "related_aws_marketplace_products",
        "type": "json"
      },
      {
        "name": "customer_contacts",
        "source": "customer_contacts",
        "type": "json",
        "pii": "contact"
      },
      {
        "name": "project_expected_customer_spend",
        "source": "project_expected_customer_spend",
        "type": "json"
      },
      {
        "name": "project_aws_partition",
        "source": "project_aws_partition",
        "type": "string"
      },
      {
        "name": "software_revenue_amount",
        "source": "software_revenue_amount",
        "type": "decimal"
      },
      {
        "name": "software_revenue_currency_code",
        "source": "software_revenue_currency_code",
        "type": "string"
      },
      {
        "name": "software_revenue_discount",
        "source": "software_revenue_discount",
        "type": "string"
      },
      {
        "name": "software_revenue_effective_date",
        "source": "software_revenue_effective_date",
        "type": "date"
      },
      {
        "name": "software_revenue_expiration_date",
        "source": "software_revenue_expiration_date",
        "type": "date"
      }
    ],
    "file": "contracts/apn/aws_opportunity_summaries.yaml"
  },
  "singer": {
    "stream": "apn_aws_opportunity_summaries",
    "key_properties": [
      "related_opportunity_id",
      "catalog"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "catalog": {
          "type": "string",
          "enum": [
            "AWS",
            "Sandbox"
          ],
          "description": "AWS (real data) or Sandbox (test data): part of every key"
        },
        "related_opportunity_id": {
          "type": "string"
        },
        "origin": {
          "type": [
            "string",
            "null"
          ]
        },
        "involvement_type": {
          "type": [
            "string",
            "null"
          ]
        },
        "involvement_type_change_reason": {
          "type": [
            "string",
            "null"
          ]
        },
        "visibility": {
          "type": [
            "string",
            "null"
          ]
        },
        "cosell_motion": {
          "type": [
            "string",
            "null"
          ]
        },
        "aws_stage": {
          "type": [
            "string",
            "null"
          ]
        },
        "aws_target_close_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "aws_closed_lost_reason": {
          "type": [
            "string",
            "null"
          ]
        },
        "aws_next_steps": {
          "type": [
            "string",
            "null"
          ]
        },
        "aws_next_steps_history": {},
        "aws_opportunity_team": {
          "description": "AWS's team: [{Email, FirstName, LastName, BusinessTitle}]"
        },
        "aws_sales_rep_email": {
          "type": [
            "string",
            "null"
          ],
          "description": "the first AWS team member"
        },
        "aws_sales_rep_first_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "aws_sales_rep_last_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "aws_sales_rep_business_title": {
          "type": [
            "string",
            "null"
          ]
        },
        "insights_next_best_actions": {
          "type": [
            "string",
            "null"
          ]
        },
        "insights_engagement_score": {
          "type": [
            "string",
            "null"
          ]
        },
        "insights_opportunity_quality_score": {
          "type": [
            "integer",
            "null"
          ]
        },
        "insights_opportunity_quality_trend": {
          "type": [
            "string",
            "null"
          ]
        },
        "insights_aws_products_spend_insights_by_source": {},
        "insights_recommendations": {},
        "related_aws_products": {},
        "related_solutions": {},
        "related_aws_marketplace_solutions": {},
        "related_aws_marketplace_products": {},
        "customer_contacts": {},
        "project_expected_customer_spend": {},
        "project_aws_partition": {
          "type": [
            "string",
            "null"
          ]
        },
        "software_revenue_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "software_revenue_currency_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "software_revenue_discount": {
          "type": [
            "string",
            "null"
          ]
        },
        "software_revenue_effective_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "software_revenue_expiration_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        }
      },
      "required": [
        "catalog",
        "related_opportunity_id"
      ]
    }
  }
};

export const benefitAllocations: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "benefit_allocations",
    "description": "Benefit allocations (ListBenefitAllocations paged whole; GetBenefitAllocation for the detail); a row is sent when its detail hash changed.",
    "landing": "typed",
    "natural_key": [
      "id",
      "catalog"
    ],
    "scd": {
      "type": 1
    },
    "discovered": {
      "read_by": "tap-apn",
      "paths": {
        "catalog": "Catalog",
        "id": "Id",
        "arn": "Arn",
        "name": "Name",
        "description": "Description",
        "status": "Status",
        "status_reason": "StatusReason",
        "benefit_application_id": "BenefitApplicationId",
        "benefit_id": "BenefitId",
        "fulfillment_type": "FulfillmentType",
        "applicable_benefit_ids": "ApplicableBenefitIds",
        "fulfillment_detail": "FulfillmentDetail",
        "disbursed_amount": "FulfillmentDetail.DisbursementDetails.DisbursedAmount.Amount",
        "consumable_allocated_amount": "FulfillmentDetail.ConsumableDetails.AllocatedAmount.Amount",
        "consumable_remaining_amount": "FulfillmentDetail.ConsumableDetails.RemainingAmount.Amount",
        "consumable_utilized_amount": "FulfillmentDetail.ConsumableDetails.UtilizedAmount.Amount",
        "credit_allocated_amount": "FulfillmentDetail.CreditDetails.AllocatedAmount.Amount",
        "credit_issued_amount": "FulfillmentDetail.CreditDetails.IssuedAmount.Amount",
        "credit_codes": "FulfillmentDetail.CreditDetails.Codes",
        "access_description": "FulfillmentDetail.AccessDetails.Description",
        "created_at": "CreatedAt",
        "updated_at": "UpdatedAt",
        "starts_at": "StartsAt",
        "expires_at": "ExpiresAt"
      }
    },
    "columns": [
      {
        "name": "catalog",
        "source": "catalog",
        "type": "string",
        "required": true,
        "domain": [
          "AWS",
          "Sandbox"
        ],
        "description": "AWS (real data) or Sandbox (test data): part of every key"
      },
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true
      },
      {
        "name": "arn",
        "source": "arn",
        "type": "string"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string"
      },
      {
        "name": "description",
        "source": "description",
        "type": "string"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string",
        "domain": [
          "ACTIVE",
          "INACTIVE",
          "FULFILLED"
        ]
      },
      {
        "name": "status_reason",
        "source": "status_reason",
        "type": "string"
      },
      {
        "name": "benefit_application_id",
        "source": "benefit_application_id",
        "type": "string"
      },
      {
        "name": "benefit_id",
        "source": "benefit_id",
        "type": "string"
      },
      {
        "name": "fulfillment_type",
        "source": "fulfillment_type",
        "type": "string"
      },
      {
        "name": "applicable_benefit_ids",
        "source": "applicable_benefit_ids",
        "type": "json"
      },
      {
        "name": "fulfillment_detail",
        "source": "fulfillment_detail",
        "type": "json",
        "description": "one of DisbursementDetails, ConsumableDetails, CreditDetails, AccessDetails, as sent"
      },
      {
        "name": "disbursed_amount",
        "source": "disbursed_amount",
        "type": "decimal"
      },
      {
        "name": "consumable_allocated_amount",
        "source": "consumable_allocated_amount",
        "type": "decimal"
      },
      {
        "name": "consumable_remaining_amount",
        "source": "consumable_remaining_amount",
        "type": "decimal"
      },
      {
        "name": "consumable_utilized_amount",
        "source": "consumable_utilized_amount",
        "type": "decimal"
      },
      {
        "name": "credit_allocated_amount",
        "source": "credit_allocated_amount",
        "type": "decimal"
      },
      {
        "name": "credit_issued_amount",
        "source": "credit_issued_amount",
        "type": "decimal"
      },
      {
        "name": "credit_codes",
        "source": "credit_codes",
        "type": "json"
      },
      {
        "name": "access_description",
        "source": "access_description",
        "type": "string"
      },
      {
        "name": "created_at",
        "source": "created_at",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "updated_at",
        "type": "timestamp"
      },
      {
        "name": "starts_at",
        "source": "starts_at",
        "type": "timestamp"
      },
      {
        "name": "expires_at",
        "source": "expires_at",
        "type": "timestamp"
      }
    ],
    "file": "contracts/apn/benefit_allocations.yaml"
  },
  "singer": {
    "stream": "apn_benefit_allocations",
    "key_properties": [
      "id",
      "catalog"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "catalog": {
          "type": "string",
          "enum": [
            "AWS",
            "Sandbox"
          ],
          "description": "AWS (real data) or Sandbox (test data): part of every key"
        },
        "id": {
          "type": "string"
        },
        "arn": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "status": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "ACTIVE",
            "INACTIVE",
            "FULFILLED",
            null
          ]
        },
        "status_reason": {
          "type": [
            "string",
            "null"
          ]
        },
        "benefit_application_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "benefit_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "fulfillment_type": {
          "type": [
            "string",
            "null"
          ]
        },
        "applicable_benefit_ids": {},
        "fulfillment_detail": {
          "description": "one of DisbursementDetails, ConsumableDetails, CreditDetails, AccessDetails, as sent"
        },
        "disbursed_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "consumable_allocated_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "consumable_remaining_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "consumable_utilized_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "credit_allocated_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "credit_issued_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "credit_codes": {},
        "access_description": {
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
        "updated_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "starts_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "expires_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        }
      },
      "required": [
        "catalog",
        "id"
      ]
    }
  }
};

export const benefitApplications: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "benefit_applications",
    "description": "Benefit applications (funding requests): ListBenefitApplications paged whole, GetBenefitApplication for each whose UpdatedAt moved.",
    "landing": "typed",
    "natural_key": [
      "id",
      "catalog"
    ],
    "scd": {
      "type": 1
    },
    "discovered": {
      "read_by": "tap-apn",
      "paths": {
        "catalog": "Catalog",
        "id": "Id",
        "arn": "Arn",
        "name": "Name",
        "description": "Description",
        "benefit_id": "BenefitId",
        "programs": "Programs",
        "fulfillment_types": "FulfillmentTypes",
        "status": "Status",
        "stage": "Stage",
        "status_reason": "StatusReason",
        "status_reason_code": "StatusReasonCode",
        "status_reason_codes": "StatusReasonCodes",
        "created_at": "CreatedAt",
        "updated_at": "UpdatedAt",
        "revision": "Revision",
        "benefit_application_details": "BenefitApplicationDetails",
        "associated_resources": "AssociatedResources",
        "partner_contacts": "PartnerContacts",
        "file_details": "FileDetails"
      }
    },
    "columns": [
      {
        "name": "catalog",
        "source": "catalog",
        "type": "string",
        "required": true,
        "domain": [
          "AWS",
          "Sandbox"
        ],
        "description": "AWS (real data) or Sandbox (test data): part of every key"
      },
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true
      },
      {
        "name": "arn",
        "source": "arn",
        "type": "string"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string"
      },
      {
        "name": "description",
        "source": "description",
        "type": "string"
      },
      {
        "name": "benefit_id",
        "source": "benefit_id",
        "type": "string"
      },
      {
        "name": "programs",
        "source": "programs",
        "type": "json"
      },
      {
        "name": "fulfillment_types",
        "source": "fulfillment_types",
        "type": "json"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string",
        "domain": [
          "PENDING_SUBMISSION",
          "IN_REVIEW",
          "ACTION_REQUIRED",
          "APPROVED",
          "REJECTED",
          "CANCELED"
        ]
      },
      {
        "name": "stage",
        "source": "stage",
        "type": "string"
      },
      {
        "name": "status_reason",
        "source": "status_reason",
        "type": "string"
      },
      {
        "name": "status_reason_code",
        "source": "status_reason_code",
        "type": "string"
      },
      {
        "name": "status_reason_codes",
        "source": "status_reason_codes",
        "type": "json"
      },
      {
        "name": "created_at",
        "source": "created_at",
        "type": "timestamp"
      },
      {
        "name": "updated_at",
        "source": "updated_at",
        "type": "timestamp",
        "required": true
      },
      {
        "name": "revision",
        "source": "revision",
        "type": "string"
      },
      {
        "name": "benefit_application_details",
        "source": "benefit_application_details",
        "type": "json",
        "description": "the programme-specific document (amounts inside are strings as sent)"
      },
      {
        "name": "associated_resources",
        "source": "associated_resources",
        "type": "json"
      },
      {
        "name": "partner_contacts",
        "source": "partner_contacts",
        "type": "json",
        "pii": "contact"
      },
      {
        "name": "file_details",
        "source": "file_details",
        "type": "json"
      }
    ],
    "file": "contracts/apn/benefit_applications.yaml"
  },
  "singer": {
    "stream": "apn_benefit_applications",
    "key_properties": [
      "id",
      "catalog"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "catalog": {
          "type": "string",
          "enum": [
            "AWS",
            "Sandbox"
          ],
          "description": "AWS (real data) or Sandbox (test data): part of every key"
        },
        "id": {
          "type": "string"
        },
        "arn": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "benefit_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "programs": {},
        "fulfillment_types": {},
        "status": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "PENDING_SUBMISSION",
            "IN_REVIEW",
            "ACTION_REQUIRED",
            "APPROVED",
            "REJECTED",
            "CANCELED",
            null
          ]
        },
        "stage": {
          "type": [
            "string",
            "null"
          ]
        },
        "status_reason": {
          "type": [
            "string",
            "null"
          ]
        },
        "status_reason_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "status_reason_codes": {},
        "created_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "updated_at": {
          "type": "string",
          "format": "date-time"
        },
        "revision": {
          "type": [
            "string",
            "null"
          ]
        },
        "benefit_application_details": {
          "description": "the programme-specific document (amounts inside are strings as sent)"
        },
        "associated_resources": {},
        "partner_contacts": {},
        "file_details": {}
      },
      "required": [
        "catalog",
        "id",
        "updated_at"
      ]
    }
  }
};

export const benefits: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "benefits",
    "description": "Benefits programmes (ListBenefits); changed rows only.",
    "landing": "typed",
    "natural_key": [
      "id",
      "catalog"
    ],
    "scd": {
      "type": 1
    },
    "discovered": {
      "read_by": "tap-apn",
      "paths": {
        "catalog": "Catalog",
        "id": "Id",
        "arn": "Arn",
        "name": "Name",
        "description": "Description",
        "programs": "Programs",
        "fulfillment_types": "FulfillmentTypes",
        "status": "Status"
      }
    },
    "columns": [
      {
        "name": "catalog",
        "source": "catalog",
        "type": "string",
        "required": true,
        "domain": [
          "AWS",
          "Sandbox"
        ],
        "description": "AWS (real data) or Sandbox (test data): part of every key"
      },
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true
      },
      {
        "name": "arn",
        "source": "arn",
        "type": "string"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string"
      },
      {
        "name": "description",
        "source": "description",
        "type": "string"
      },
      {
        "name": "programs",
        "source": "programs",
        "type": "json"
      },
      {
        "name": "fulfillment_types",
        "source": "fulfillment_types",
        "type": "json"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string",
        "domain": [
          "ACTIVE",
          "INACTIVE"
        ]
      }
    ],
    "file": "contracts/apn/benefits.yaml"
  },
  "singer": {
    "stream": "apn_benefits",
    "key_properties": [
      "id",
      "catalog"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "catalog": {
          "type": "string",
          "enum": [
            "AWS",
            "Sandbox"
          ],
          "description": "AWS (real data) or Sandbox (test data): part of every key"
        },
        "id": {
          "type": "string"
        },
        "arn": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "description": {
          "type": [
            "string",
            "null"
          ]
        },
        "programs": {},
        "fulfillment_types": {},
        "status": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "ACTIVE",
            "INACTIVE",
            null
          ]
        }
      },
      "required": [
        "catalog",
        "id"
      ]
    }
  }
};

export const engagementInvitations: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "engagement_invitations",
    "description": "Engagement invitations received (ListEngagementInvitations, ParticipantType RECEIVER); changed rows only.",
    "landing": "typed",
    "natural_key": [
      "id",
      "catalog"
    ],
    "scd": {
      "type": 1
    },
    "discovered": {
      "read_by": "tap-apn",
      "paths": {
        "catalog": "Catalog",
        "id": "Id",
        "arn": "Arn",
        "payload_type": "PayloadType",
        "engagement_id": "EngagementId",
        "engagement_title": "EngagementTitle",
        "status": "Status",
        "invitation_date": "InvitationDate",
        "expiration_date": "ExpirationDate",
        "sender_aws_account_id": "SenderAwsAccountId",
        "sender_company_name": "SenderCompanyName",
        "receiver_aws_account_id": "Receiver.Account.AwsAccountId",
        "receiver_alias": "Receiver.Account.Alias",
        "participant_type": "ParticipantType"
      }
    },
    "columns": [
      {
        "name": "catalog",
        "source": "catalog",
        "type": "string",
        "required": true,
        "domain": [
          "AWS",
          "Sandbox"
        ],
        "description": "AWS (real data) or Sandbox (test data): part of every key"
      },
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true
      },
      {
        "name": "arn",
        "source": "arn",
        "type": "string"
      },
      {
        "name": "payload_type",
        "source": "payload_type",
        "type": "string"
      },
      {
        "name": "engagement_id",
        "source": "engagement_id",
        "type": "string"
      },
      {
        "name": "engagement_title",
        "source": "engagement_title",
        "type": "string"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string"
      },
      {
        "name": "invitation_date",
        "source": "invitation_date",
        "type": "timestamp"
      },
      {
        "name": "expiration_date",
        "source": "expiration_date",
        "type": "timestamp"
      },
      {
        "name": "sender_aws_account_id",
        "source": "sender_aws_account_id",
        "type": "string"
      },
      {
        "name": "sender_company_name",
        "source": "sender_company_name",
        "type": "string"
      },
      {
        "name": "receiver_aws_account_id",
        "source": "receiver_aws_account_id",
        "type": "string"
      },
      {
        "name": "receiver_alias",
        "source": "receiver_alias",
        "type": "string"
      },
      {
        "name": "participant_type",
        "source": "participant_type",
        "type": "string"
      }
    ],
    "file": "contracts/apn/engagement_invitations.yaml"
  },
  "singer": {
    "stream": "apn_engagement_invitations",
    "key_properties": [
      "id",
      "catalog"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "catalog": {
          "type": "string",
          "enum": [
            "AWS",
            "Sandbox"
          ],
          "description": "AWS (real data) or Sandbox (test data): part of every key"
        },
        "id": {
          "type": "string"
        },
        "arn": {
          "type": [
            "string",
            "null"
          ]
        },
        "payload_type": {
          "type": [
            "string",
            "null"
          ]
        },
        "engagement_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "engagement_title": {
          "type": [
            "string",
            "null"
          ]
        },
        "status": {
          "type": [
            "string",
            "null"
          ]
        },
        "invitation_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "expiration_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "sender_aws_account_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "sender_company_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "receiver_aws_account_id": {
          "type": [
            "string",
            "null"
          ]
        },
        "receiver_alias": {
          "type": [
            "string",
            "null"
          ]
        },
        "participant_type": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "catalog",
        "id"
      ]
    }
  }
};

export const engagements: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "engagements",
    "description": "Engagements (ListEngagements); no date filter: listed whole, rows whose content changed are sent.",
    "landing": "typed",
    "natural_key": [
      "id",
      "catalog"
    ],
    "scd": {
      "type": 1
    },
    "discovered": {
      "read_by": "tap-apn",
      "paths": {
        "catalog": "Catalog",
        "id": "Id",
        "arn": "Arn",
        "title": "Title",
        "created_at": "CreatedAt",
        "created_by": "CreatedBy",
        "modified_at": "ModifiedAt",
        "modified_by": "ModifiedBy",
        "member_count": "MemberCount",
        "context_types": "ContextTypes"
      }
    },
    "columns": [
      {
        "name": "catalog",
        "source": "catalog",
        "type": "string",
        "required": true,
        "domain": [
          "AWS",
          "Sandbox"
        ],
        "description": "AWS (real data) or Sandbox (test data): part of every key"
      },
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true
      },
      {
        "name": "arn",
        "source": "arn",
        "type": "string"
      },
      {
        "name": "title",
        "source": "title",
        "type": "string"
      },
      {
        "name": "created_at",
        "source": "created_at",
        "type": "timestamp"
      },
      {
        "name": "created_by",
        "source": "created_by",
        "type": "string"
      },
      {
        "name": "modified_at",
        "source": "modified_at",
        "type": "timestamp"
      },
      {
        "name": "modified_by",
        "source": "modified_by",
        "type": "string"
      },
      {
        "name": "member_count",
        "source": "member_count",
        "type": "integer"
      },
      {
        "name": "context_types",
        "source": "context_types",
        "type": "json"
      }
    ],
    "file": "contracts/apn/engagements.yaml"
  },
  "singer": {
    "stream": "apn_engagements",
    "key_properties": [
      "id",
      "catalog"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "catalog": {
          "type": "string",
          "enum": [
            "AWS",
            "Sandbox"
          ],
          "description": "AWS (real data) or Sandbox (test data): part of every key"
        },
        "id": {
          "type": "string"
        },
        "arn": {
          "type": [
            "string",
            "null"
          ]
        },
        "title": {
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
        "created_by": {
          "type": [
            "string",
            "null"
          ]
        },
        "modified_at": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "modified_by": {
          "type": [
            "string",
            "null"
          ]
        },
        "member_count": {
          "type": [
            "integer",
            "null"
          ]
        },
        "context_types": {}
      },
      "required": [
        "catalog",
        "id"
      ]
    }
  }
};

export const exportClaimPayments: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "export_claim_payments",
    "description": "Claim payment status from the Partner Central funding export.",
    "landing": "text",
    "source_format": {
      "kind": "named",
      "file_token": "claim_payments"
    },
    "natural_key": [
      "payment_id"
    ],
    "scd": {
      "type": 1
    },
    "lineage": [
      "_source_uri",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted"
    ],
    "columns": [
      {
        "name": "payment_id",
        "source": "Payment ID",
        "type": "string",
        "required": true
      },
      {
        "name": "claim_id",
        "source": "Claim ID",
        "type": "string",
        "required": true
      },
      {
        "name": "payment_status",
        "source": "Payment Status",
        "type": "string",
        "required": true
      },
      {
        "name": "payment_amount",
        "source": "Payment Amount",
        "type": "decimal"
      },
      {
        "name": "currency",
        "source": "Currency",
        "type": "string"
      },
      {
        "name": "payment_date",
        "source": "Payment Date",
        "type": "date"
      },
      {
        "name": "invoice_number",
        "source": "Invoice Number",
        "type": "string"
      },
      {
        "name": "po_number",
        "source": "PO Number",
        "type": "string"
      }
    ],
    "file": "contracts/apn/export_claim_payments.yaml"
  },
  "singer": {
    "stream": "apn_export_claim_payments",
    "key_properties": [
      "Payment ID"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "Payment ID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Claim ID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Payment Status": {
          "type": [
            "string",
            "null"
          ]
        },
        "Payment Amount": {
          "type": [
            "string",
            "null"
          ]
        },
        "Currency": {
          "type": [
            "string",
            "null"
          ]
        },
        "Payment Date": {
          "type": [
            "string",
            "null"
          ]
        },
        "Invoice Number": {
          "type": [
            "string",
            "null"
          ]
        },
        "PO Number": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
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

export const exportEndUsers: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "export_end_users",
    "description": "End users (customers) from the Partner Central export.",
    "landing": "text",
    "source_format": {
      "kind": "named",
      "file_token": "end_users"
    },
    "natural_key": [
      "end_user_id"
    ],
    "scd": {
      "type": 1
    },
    "lineage": [
      "_source_uri",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted"
    ],
    "columns": [
      {
        "name": "end_user_id",
        "source": "End User ID",
        "type": "string",
        "required": true
      },
      {
        "name": "company_name",
        "source": "Company Name",
        "type": "string",
        "required": true
      },
      {
        "name": "website",
        "source": "Website",
        "type": "string"
      },
      {
        "name": "country",
        "source": "Country",
        "type": "string"
      },
      {
        "name": "industry",
        "source": "Industry",
        "type": "string"
      },
      {
        "name": "aws_account_id",
        "source": "AWS Account ID",
        "type": "string"
      },
      {
        "name": "created_date",
        "source": "Created Date",
        "type": "date"
      }
    ],
    "file": "contracts/apn/export_end_users.yaml"
  },
  "singer": {
    "stream": "apn_export_end_users",
    "key_properties": [
      "End User ID"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "End User ID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Company Name": {
          "type": [
            "string",
            "null"
          ]
        },
        "Website": {
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
        "Industry": {
          "type": [
            "string",
            "null"
          ]
        },
        "AWS Account ID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Created Date": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
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

export const exportFundingClaims: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "export_funding_claims",
    "description": "Funding claims (cash claims, proof of execution) from the Partner Central funding export.",
    "landing": "text",
    "source_format": {
      "kind": "named",
      "file_token": "funding_claims"
    },
    "natural_key": [
      "claim_id"
    ],
    "scd": {
      "type": 1
    },
    "lineage": [
      "_source_uri",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted"
    ],
    "columns": [
      {
        "name": "claim_id",
        "source": "Claim ID",
        "type": "string",
        "required": true
      },
      {
        "name": "fund_request_id",
        "source": "Fund Request ID",
        "type": "string",
        "required": true
      },
      {
        "name": "program",
        "source": "Program",
        "type": "string"
      },
      {
        "name": "claim_status",
        "source": "Claim Status",
        "type": "string",
        "required": true
      },
      {
        "name": "claim_amount",
        "source": "Claim Amount",
        "type": "decimal"
      },
      {
        "name": "currency",
        "source": "Currency",
        "type": "string"
      },
      {
        "name": "submitted_date",
        "source": "Submitted Date",
        "type": "date"
      },
      {
        "name": "approved_date",
        "source": "Approved Date",
        "type": "date"
      },
      {
        "name": "activity_name",
        "source": "Activity Name",
        "type": "string"
      },
      {
        "name": "opportunity_id",
        "source": "Opportunity ID",
        "type": "string"
      },
      {
        "name": "aws_account_id",
        "source": "AWS Account ID",
        "type": "string"
      },
      {
        "name": "proof_of_execution",
        "source": "Proof of Execution",
        "type": "string"
      },
      {
        "name": "last_modified_date",
        "source": "Last Modified Date",
        "type": "string",
        "description": "as the report writes it (ISO 8601 with its offset): kept as text, since text staging reads only zone-less timestamps, in the project-wide source_time_zone"
      }
    ],
    "file": "contracts/apn/export_funding_claims.yaml"
  },
  "singer": {
    "stream": "apn_export_funding_claims",
    "key_properties": [
      "Claim ID"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "Claim ID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Fund Request ID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Program": {
          "type": [
            "string",
            "null"
          ]
        },
        "Claim Status": {
          "type": [
            "string",
            "null"
          ]
        },
        "Claim Amount": {
          "type": [
            "string",
            "null"
          ]
        },
        "Currency": {
          "type": [
            "string",
            "null"
          ]
        },
        "Submitted Date": {
          "type": [
            "string",
            "null"
          ]
        },
        "Approved Date": {
          "type": [
            "string",
            "null"
          ]
        },
        "Activity Name": {
          "type": [
            "string",
            "null"
          ]
        },
        "Opportunity ID": {
          "type": [
            "string",
            "null"
          ]
        },
        "AWS Account ID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Proof of Execution": {
          "type": [
            "string",
            "null"
          ]
        },
        "Last Modified Date": {
          "type": [
            "string",
            "null"
          ],
          "description": "as the report writes it (ISO 8601 with its offset): kept as text, since text staging reads only zone-less timestamps, in the project-wide source_time_zone"
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
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

export const exportFundingRequestHistory: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "export_funding_request_history",
    "description": "Funding request status history (including the legacy APN Funding Portal) from the Partner Central export.",
    "landing": "text",
    "source_format": {
      "kind": "named",
      "file_token": "funding_request_history"
    },
    "natural_key": [
      "fund_request_id",
      "changed_at"
    ],
    "scd": {
      "type": 1
    },
    "lineage": [
      "_source_uri",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted"
    ],
    "columns": [
      {
        "name": "fund_request_id",
        "source": "Fund Request ID",
        "type": "string",
        "required": true
      },
      {
        "name": "changed_at",
        "source": "Changed At",
        "type": "string",
        "required": true,
        "description": "as the report writes it (ISO 8601 with its offset), kept as text"
      },
      {
        "name": "status",
        "source": "Status",
        "type": "string",
        "required": true
      },
      {
        "name": "stage",
        "source": "Stage",
        "type": "string"
      },
      {
        "name": "changed_by",
        "source": "Changed By",
        "type": "string",
        "pii": "contact"
      },
      {
        "name": "comment",
        "source": "Comment",
        "type": "string"
      },
      {
        "name": "requested_amount",
        "source": "Requested Amount",
        "type": "decimal"
      },
      {
        "name": "currency",
        "source": "Currency",
        "type": "string"
      }
    ],
    "file": "contracts/apn/export_funding_request_history.yaml"
  },
  "singer": {
    "stream": "apn_export_funding_request_history",
    "key_properties": [
      "Fund Request ID",
      "Changed At"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "Fund Request ID": {
          "type": [
            "string",
            "null"
          ]
        },
        "Changed At": {
          "type": [
            "string",
            "null"
          ],
          "description": "as the report writes it (ISO 8601 with its offset), kept as text"
        },
        "Status": {
          "type": [
            "string",
            "null"
          ]
        },
        "Stage": {
          "type": [
            "string",
            "null"
          ]
        },
        "Changed By": {
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
        "Requested Amount": {
          "type": [
            "string",
            "null"
          ]
        },
        "Currency": {
          "type": [
            "string",
            "null"
          ]
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
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

export const exportPartnerUsers: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "export_partner_users",
    "description": "Partner Central users from the Partner Central export.",
    "landing": "text",
    "source_format": {
      "kind": "named",
      "file_token": "partner_users"
    },
    "natural_key": [
      "user_id"
    ],
    "scd": {
      "type": 1
    },
    "lineage": [
      "_source_uri",
      "_source_version_id",
      "_source_file_hash",
      "_source_row_number",
      "_source_date_extracted"
    ],
    "columns": [
      {
        "name": "user_id",
        "source": "User ID",
        "type": "string",
        "required": true
      },
      {
        "name": "email",
        "source": "Email",
        "type": "string",
        "required": true,
        "pii": "contact"
      },
      {
        "name": "first_name",
        "source": "First Name",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "last_name",
        "source": "Last Name",
        "type": "string",
        "pii": "name"
      },
      {
        "name": "role",
        "source": "Role",
        "type": "string"
      },
      {
        "name": "status",
        "source": "Status",
        "type": "string"
      },
      {
        "name": "last_login_date",
        "source": "Last Login Date",
        "type": "string",
        "description": "as the report writes it (ISO 8601 with its offset): kept as text, since text staging reads only zone-less timestamps, in the project-wide source_time_zone"
      }
    ],
    "file": "contracts/apn/export_partner_users.yaml"
  },
  "singer": {
    "stream": "apn_export_partner_users",
    "key_properties": [
      "User ID"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "User ID": {
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
        "First Name": {
          "type": [
            "string",
            "null"
          ]
        },
        "Last Name": {
          "type": [
            "string",
            "null"
          ]
        },
        "Role": {
          "type": [
            "string",
            "null"
          ]
        },
        "Status": {
          "type": [
            "string",
            "null"
          ]
        },
        "Last Login Date": {
          "type": [
            "string",
            "null"
          ],
          "description": "as the report writes it (ISO 8601 with its offset): kept as text, since text staging reads only zone-less timestamps, in the project-wide source_time_zone"
        },
        "_source_uri": {
          "type": "string",
          "description": "Location of the source object, e.g. s3://bucket/key"
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

export const opportunities: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "opportunities",
    "description": "ACE co-sell opportunities: GetOpportunity for each id ListOpportunities returned from the newest LastModifiedDate seen (inclusive).",
    "landing": "typed",
    "natural_key": [
      "id",
      "catalog"
    ],
    "replication_key": "last_modified_date",
    "scd": {
      "type": 1
    },
    "discovered": {
      "read_by": "tap-apn",
      "paths": {
        "catalog": "Catalog",
        "id": "Id",
        "arn": "Arn",
        "partner_opportunity_identifier": "PartnerOpportunityIdentifier",
        "opportunity_type": "OpportunityType",
        "created_date": "CreatedDate",
        "last_modified_date": "LastModifiedDate",
        "national_security": "NationalSecurity",
        "primary_needs_from_aws": "PrimaryNeedsFromAws",
        "related_aws_products": "RelatedEntityIdentifiers.AwsProducts",
        "related_solutions": "RelatedEntityIdentifiers.Solutions",
        "related_aws_marketplace_offers": "RelatedEntityIdentifiers.AwsMarketplaceOffers",
        "related_aws_marketplace_offer_sets": "RelatedEntityIdentifiers.AwsMarketplaceOfferSets",
        "related_aws_marketplace_solutions": "RelatedEntityIdentifiers.AwsMarketplaceSolutions",
        "related_aws_marketplace_products": "RelatedEntityIdentifiers.AwsMarketplaceProducts",
        "customer_company_name": "Customer.Account.CompanyName",
        "customer_industry": "Customer.Account.Industry",
        "customer_other_industry": "Customer.Account.OtherIndustry",
        "customer_website_url": "Customer.Account.WebsiteUrl",
        "customer_aws_account_id": "Customer.Account.AwsAccountId",
        "customer_duns": "Customer.Account.Duns",
        "customer_city": "Customer.Account.Address.City",
        "customer_postal_code": "Customer.Account.Address.PostalCode",
        "customer_state_or_region": "Customer.Account.Address.StateOrRegion",
        "customer_country_code": "Customer.Account.Address.CountryCode",
        "customer_street_address": "Customer.Account.Address.StreetAddress",
        "customer_contacts": "Customer.Contacts",
        "project_title": "Project.Title",
        "project_customer_business_problem": "Project.CustomerBusinessProblem",
        "project_customer_use_case": "Project.CustomerUseCase",
        "project_delivery_models": "Project.DeliveryModels",
        "project_expected_customer_spend": "Project.ExpectedCustomerSpend",
        "project_expected_spend_amount": "Project.ExpectedCustomerSpend.0.Amount",
        "project_expected_spend_currency_code": "Project.ExpectedCustomerSpend.0.CurrencyCode",
        "project_expected_spend_frequency": "Project.ExpectedCustomerSpend.0.Frequency",
        "project_expected_contract_duration_term": "Project.ExpectedContractDuration.Term",
        "project_expected_contract_duration_value": "Project.ExpectedContractDuration.Value",
        "project_apn_programs": "Project.ApnPrograms",
        "project_sales_activities": "Project.SalesActivities",
        "project_competitor_name": "Project.CompetitorName",
        "project_other_competitor_names": "Project.OtherCompetitorNames",
        "project_other_solution_description": "Project.OtherSolutionDescription",
        "project_additional_comments": "Project.AdditionalComments",
        "project_related_opportunity_identifier": "Project.RelatedOpportunityIdentifier",
        "project_aws_partition": "Project.AwsPartition",
        "life_cycle_stage": "LifeCycle.Stage",
        "life_cycle_closed_lost_reason": "LifeCycle.ClosedLostReason",
        "life_cycle_next_steps": "LifeCycle.NextSteps",
        "life_cycle_next_steps_history": "LifeCycle.NextStepsHistory",
        "life_cycle_target_close_date": "LifeCycle.TargetCloseDate",
        "life_cycle_review_status": "LifeCycle.ReviewStatus",
        "life_cycle_review_comments": "LifeCycle.ReviewComments",
        "life_cycle_review_status_reason": "LifeCycle.ReviewStatusReason",
        "opportunity_team": "OpportunityTeam",
        "marketing_campaign_name": "Marketing.CampaignName",
        "marketing_source": "Marketing.Source",
        "marketing_use_cases": "Marketing.UseCases",
        "marketing_channels": "Marketing.Channels",
        "marketing_aws_funding_used": "Marketing.AwsFundingUsed",
        "software_revenue_delivery_model": "SoftwareRevenue.DeliveryModel",
        "software_revenue_amount": "SoftwareRevenue.Value.Amount",
        "software_revenue_currency_code": "SoftwareRevenue.Value.CurrencyCode",
        "software_revenue_effective_date": "SoftwareRevenue.EffectiveDate",
        "software_revenue_expiration_date": "SoftwareRevenue.ExpirationDate"
      }
    },
    "columns": [
      {
        "name": "catalog",
        "source": "catalog",
        "type": "string",
        "required": true,
        "domain": [
          "AWS",
          "Sandbox"
        ],
        "description": "AWS (real data) or Sandbox (test data): part of every key"
      },
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true,
        "description": "AWS opportunity id (O…)"
      },
      {
        "name": "arn",
        "source": "arn",
        "type": "string"
      },
      {
        "name": "partner_opportunity_identifier",
        "source": "partner_opportunity_identifier",
        "type": "string",
        "description": "the partner CRM's own id (joins back to the CRM)"
      },
      {
        "name": "opportunity_type",
        "source": "opportunity_type",
        "type": "string",
        "domain": [
          "Net New Business",
          "Expansion",
          "Flat Renewal"
        ]
      },
      {
        "name": "created_date",
        "source": "created_date",
        "type": "timestamp"
      },
      {
        "name": "last_modified_date",
        "source": "last_modified_date",
        "type": "timestamp",
        "required": true,
        "description": "the incremental cursor (values from AWS only)"
      },
      {
        "name": "national_security",
        "source": "national_security",
        "type": "string"
      },
      {
        "name": "primary_needs_from_aws",
        "source": "primary_needs_from_aws",
        "type": "json"
      },
      {
        "name": "related_aws_products",
        "source": "related_aws_products",
        "type": "json"
      },
      {
        "name": "related_solutions",
        "source": "related_solutions",
        "type": "json"
      },
      {
        "name": "related_aws_marketplace_offers",
        "source": "related_aws_marketplace_offers",
        "type": "json"
      },
      {
        "name": "related_aws_marketplace_offer_sets",
        "source": "related_aws_marketplace_offer_sets",
        "type": "json"
      },
      {
        "name": "related_aws_marketplace_solutions",
        "source": "related_aws_marketplace_solutions",
        "type": "json"
      },
      {
        "name": "related_aws_marketplace_products",
        "source": "related_aws_marketplace_products",
        "type": "json"
      },
      {
        "name": "customer_company_name",
        "source": "customer_company_name",
        "type": "string"
      },
      {
        "name": "customer_industry",
        "source": "customer_industry",
        "type": "string"
      },
      {
        "name": "customer_other_industry",
        "source": "customer_other_industry",
        "type": "string"
      },
      {
        "name": "customer_website_url",
        "source": "customer_website_url",
        "type": "string"
      },
      {
        "name": "customer_aws_account_id",
        "source": "customer_aws_account_id",
        "type": "string",
        "description": "the customer's 12-digit AWS account"
      },
      {
        "name": "customer_duns",
        "source": "customer_duns",
        "type": "string"
      },
      {
        "name": "customer_city",
        "source": "customer_city",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "customer_postal_code",
        "source": "customer_postal_code",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "customer_state_or_region",
        "source": "customer_state_or_region",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "customer_country_code",
        "source": "customer_country_code",
        "type": "string"
      },
      {
        "name": "customer_street_address",
        "source": "customer_street_address",
        "type": "string",
        "pii": "address"
      },
      {
        "name": "customer_contacts",
        "source": "customer_contacts",
        "type": "json",
        "pii": "contact",
        "description": "[{Email, FirstName, LastName, BusinessTitle, Phone}]"
      },
      {
        "name": "project_title",
        "source": "project_title",
        "type": "string"
      },
      {
        "name": "project_customer_business_problem",
        "source": "project_customer_business_problem",
        "type": "string"
      },
      {
        "name": "project_customer_use_case",
        "source": "project_customer_use_case",
        "type": "string"
      },
      {
        "name": "project_delivery_models",
        "source": "project_delivery_models",
        "type": "json"
      },
      {
        "name": "project_expected_customer_spend",
        "source": "project_expected_customer_spend",
        "type": "json",
        "description": "[{Amount (string), CurrencyCode, Frequency, TargetCompany, EstimationUrl}]"
      },
      {
        "name": "project_expected_spend_amount",
        "source": "project_expected_spend_amount",
        "type": "decimal",
        "description": "the first ExpectedCustomerSpend entry, exact"
      },
      {
        "name": "project_expected_spend_currency_code",
        "source": "project_expected_spend_currency_code",
        "type": "string"
      },
      {
        "name": "project_expected_spend_frequency",
        "source": "project_expected_spend_frequency",
        "type": "string"
      },
      {
        "name": "project_expected_contract_duration_term",
        "source": "project_expected_contract_duration_term",
        "type": "string"
      },
      {
        "name": "project_expected_contract_duration_value",
        "source": "project_expected_contract_duration_value",
        "type": "string"
      },
      {
        "name": "project_apn_programs",
        "source": "project_apn_programs",
        "type": "json"
      },
      {
        "name": "project_sales_activities",
        "source": "project_sales_activities",
        "type": "json"
      },
      {
        "name": "project_competitor_name",
        "source": "project_competitor_name",
        "type": "string"
      },
      {
        "name": "project_other_competitor_names",
        "source": "project_other_competitor_names",
        "type": "string"
      },
      {
        "name": "project_other_solution_description",
        "source": "project_other_solution_description",
        "type": "string"
      },
      {
        "name": "project_additional_comments",
        "source": "project_additional_comments",
        "type": "string"
      },
      {
        "name": "project_related_opportunity_identifier",
        "source": "project_related_opportunity_identifier",
        "type": "string"
      },
      {
        "name": "project_aws_partition",
        "source": "project_aws_partition",
        "type": "string"
      },
      {
        "name": "life_cycle_stage",
        "source": "life_cycle_stage",
        "type": "string",
        "domain": [
          "Prospect",
          "Qualified",
          "Technical Validation",
          "Business Validation",
          "Committed",
          "Launched",
          "Closed Lost"
        ]
      },
      {
        "name": "life_cycle_closed_lost_reason",
        "source": "life_cycle_closed_lost_reason",
        "type": "string"
      },
      {
        "name": "life_cycle_next_steps",
        "source": "life_cycle_next_steps",
        "type": "string"
      },
      {
        "name": "life_cycle_next_steps_history",
        "source": "life_cycle_next_steps_history",
        "type": "json",
        "description": "[{Value, Time}]"
      },
      {
        "name": "life_cycle_target_close_date",
        "source": "life_cycle_target_close_date",
        "type": "date"
      },
      {
        "name": "life_cycle_review_status",
        "source": "life_cycle_review_status",
        "type": "string",
        "domain": [
          "Pending Submission",
          "Submitted",
          "In review",
          "Approved",
          "Rejected",
          "Action Required"
        ]
      },
      {
        "name": "life_cycle_review_comments",
        "source": "life_cycle_review_comments",
        "type": "string"
      },
      {
        "name": "life_cycle_review_status_reason",
        "source": "life_cycle_review_status_reason",
        "type": "string"
      },
      {
        "name": "opportunity_team",
        "source": "opportunity_team",
        "type": "json",
        "pii": "contact",
        "description": "the partner's own people: [{Email, FirstName, LastName, BusinessTitle, Phone}]"
      },
      {
        "name": "marketing_campaign_name",
        "source": "marketing_campaign_name",
        "type": "string"
      },
      {
        "name": "marketing_source",
        "source": "marketing_source",
        "type": "string"
      },
      {
        "name": "marketing_use_cases",
        "source": "marketing_use_cases",
        "type": "json"
      },
      {
        "name": "marketing_channels",
        "source": "marketing_channels",
        "type": "json"
      },
      {
        "name": "marketing_aws_funding_used",
        "source": "marketing_aws_funding_used",
        "type": "string"
      },
      {
        "name": "software_revenue_delivery_model",
        "source": "software_revenue_delivery_model",
        "type": "string"
      },
      {
        "name": "software_revenue_amount",
        "source": "software_revenue_amount",
        "type": "decimal"
      },
      {
        "name": "software_revenue_currency_code",
        "source": "software_revenue_currency_code",
        "type": "string"
      },
      {
        "name": "software_revenue_effective_date",
        "source": "software_revenue_effective_date",
        "type": "date"
      },
      {
        "name": "software_revenue_expiration_date",
        "source": "software_revenue_expiration_date",
        "type": "date"
      }
    ],
    "file": "contracts/apn/opportunities.yaml"
  },
  "singer": {
    "stream": "apn_opportunities",
    "key_properties": [
      "id",
      "catalog"
    ],
    "bookmark_properties": [
      "last_modified_date"
    ],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "catalog": {
          "type": "string",
          "enum": [
            "AWS",
            "Sandbox"
          ],
          "description": "AWS (real data) or Sandbox (test data): part of every key"
        },
        "id": {
          "type": "string",
          "description": "AWS opportunity id (O…)"
        },
        "arn": {
          "type": [
            "string",
            "null"
          ]
        },
        "partner_opportunity_identifier": {
          "type": [
            "string",
            "null"
          ],
          "description": "the partner CRM's own id (joins back to the CRM)"
        },
        "opportunity_type": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "Net New Business",
            "Expansion",
            "Flat Renewal",
            null
          ]
        },
        "created_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "last_modified_date": {
          "type": "string",
          "format": "date-time",
          "description": "the incremental cursor (values from AWS only)"
        },
        "national_security": {
          "type": [
            "string",
            "null"
          ]
        },
        "primary_needs_from_aws": {},
        "related_aws_products": {},
        "related_solutions": {},
        "related_aws_marketplace_offers": {},
        "related_aws_marketplace_offer_sets": {},
        "related_aws_marketplace_solutions": {},
        "related_aws_marketplace_products": {},
        "customer_company_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_industry": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_other_industry": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_website_url": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_aws_account_id": {
          "type": [
            "string",
            "null"
          ],
          "description": "the customer's 12-digit AWS account"
        },
        "customer_duns": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_city": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_postal_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_state_or_region": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_country_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_street_address": {
          "type": [
            "string",
            "null"
          ]
        },
        "customer_contacts": {
          "description": "[{Email, FirstName, LastName, BusinessTitle, Phone}]"
        },
        "project_title": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_customer_business_problem": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_customer_use_case": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_delivery_models": {},
        "project_expected_customer_spend": {
          "description": "[{Amount (string), CurrencyCode, Frequency, TargetCompany, EstimationUrl}]"
        },
        "project_expected_spend_amount": {
          "type": [
            "number",
            "null"
          ],
          "description": "the first ExpectedCustomerSpend entry, exact"
        },
        "project_expected_spend_currency_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_expected_spend_frequency": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_expected_contract_duration_term": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_expected_contract_duration_value": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_apn_programs": {},
        "project_sales_activities": {},
        "project_competitor_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_other_competitor_names": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_other_solution_description": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_additional_comments": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_related_opportunity_identifier": {
          "type": [
            "string",
            "null"
          ]
        },
        "project_aws_partition": {
          "type": [
            "string",
            "null"
          ]
        },
        "life_cycle_stage": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "Prospect",
            "Qualified",
            "Technical Validation",
            "Business Validation",
            "Committed",
            "Launched",
            "Closed Lost",
            null
          ]
        },
        "life_cycle_closed_lost_reason": {
          "type": [
            "string",
            "null"
          ]
        },
        "life_cycle_next_steps": {
          "type": [
            "string",
            "null"
          ]
        },
        "life_cycle_next_steps_history": {
          "description": "[{Value, Time}]"
        },
        "life_cycle_target_close_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "life_cycle_review_status": {
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "Pending Submission",
            "Submitted",
            "In review",
            "Approved",
            "Rejected",
            "Action Required",
            null
          ]
        },
        "life_cycle_review_comments": {
          "type": [
            "string",
            "null"
          ]
        },
        "life_cycle_review_status_reason": {
          "type": [
            "string",
            "null"
          ]
        },
        "opportunity_team": {
          "description": "the partner's own people: [{Email, FirstName, LastName, BusinessTitle, Phone}]"
        },
        "marketing_campaign_name": {
          "type": [
            "string",
            "null"
          ]
        },
        "marketing_source": {
          "type": [
            "string",
            "null"
          ]
        },
        "marketing_use_cases": {},
        "marketing_channels": {},
        "marketing_aws_funding_used": {
          "type": [
            "string",
            "null"
          ]
        },
        "software_revenue_delivery_model": {
          "type": [
            "string",
            "null"
          ]
        },
        "software_revenue_amount": {
          "type": [
            "number",
            "null"
          ]
        },
        "software_revenue_currency_code": {
          "type": [
            "string",
            "null"
          ]
        },
        "software_revenue_effective_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        },
        "software_revenue_expiration_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date"
        }
      },
      "required": [
        "catalog",
        "id",
        "last_modified_date"
      ]
    }
  }
};

export const solutions: GeneratedContract = {
  "contract": {
    "source": "apn",
    "stream": "solutions",
    "description": "The partner's solutions (ListSolutions); changed rows only.",
    "landing": "typed",
    "natural_key": [
      "id",
      "catalog"
    ],
    "scd": {
      "type": 1
    },
    "discovered": {
      "read_by": "tap-apn",
      "paths": {
        "catalog": "Catalog",
        "id": "Id",
        "arn": "Arn",
        "name": "Name",
        "status": "Status",
        "category": "Category",
        "created_date": "CreatedDate",
        "aws_marketplace_solution_arn": "AwsMarketplaceSolutionArn"
      }
    },
    "columns": [
      {
        "name": "catalog",
        "source": "catalog",
        "type": "string",
        "required": true,
        "domain": [
          "AWS",
          "Sandbox"
        ],
        "description": "AWS (real data) or Sandbox (test data): part of every key"
      },
      {
        "name": "id",
        "source": "id",
        "type": "string",
        "required": true
      },
      {
        "name": "arn",
        "source": "arn",
        "type": "string"
      },
      {
        "name": "name",
        "source": "name",
        "type": "string"
      },
      {
        "name": "status",
        "source": "status",
        "type": "string"
      },
      {
        "name": "category",
        "source": "category",
        "type": "string"
      },
      {
        "name": "created_date",
        "source": "created_date",
        "type": "timestamp"
      },
      {
        "name": "aws_marketplace_solution_arn",
        "source": "aws_marketplace_solution_arn",
        "type": "string"
      }
    ],
    "file": "contracts/apn/solutions.yaml"
  },
  "singer": {
    "stream": "apn_solutions",
    "key_properties": [
      "id",
      "catalog"
    ],
    "bookmark_properties": [],
    "schema": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "catalog": {
          "type": "string",
          "enum": [
            "AWS",
            "Sandbox"
          ],
          "description": "AWS (real data) or Sandbox (test data): part of every key"
        },
        "id": {
          "type": "string"
        },
        "arn": {
          "type": [
            "string",
            "null"
          ]
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "status": {
          "type": [
            "string",
            "null"
          ]
        },
        "category": {
          "type": [
            "string",
            "null"
          ]
        },
        "created_date": {
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "aws_marketplace_solution_arn": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "catalog",
        "id"
      ]
    }
  }
};

-- generated from contracts/indici/measurements.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail.
{{ config(materialized='table') }}

with source as (
  {{ medi_source('raw_indici', 'indici_measurements', ["PatientID","ScreaningID","AppointmentID","ScreeningDate","SCNCODE","ScreeningType","ScreeningGroup","Outcome","OutcomeDescription","Notes","IsActive","UpdatedByID","UpdatedBy","UpdatedAt","InsertedByID","InsertedBy","InsertedAt","PatientMedTechID","Practice","PracticeID","ProviderID","ProviderCode","ProviderName","HBAIC","IsDeleted","CarePlanID","CarePlaneName","IsConfidential","IsGP2GP","IsPatientPortal","IsShowonTimeLine","MedTechID","ScreeningSourceTypeID","ServiceTemplateID","ServiceTemplateName","UserLoggingID","LoggingUserName","Field1","Field2","Field3","Field4","Field5","Field6","Field7","Field8","Field9","Field10","Field11","Field12","Field13","Field14","Field15","Field16","Field17","Field18","Field19","Field20","Field21","Field22","Field23","Field24","Field25","Field26","Field27","Field28","Field29","Field30","Field31","Field32","Field33","Field34","Field35","Field36","Field37","Field38","Field39","Field40","Field41","Field42","Field43","Field44","Field45","Field46","Field47","Field48","Field49","Field50","PermanentAddressLatitude","PermanentAddressLongitude","PracticeLocationID","LocationName","Field51","Field52","Field53","Field54","Field55","Field56","Field57","Field58","Field59","Field60","Field61","Field62","Field63","Field64","Field65","Field66","Field67","Field68","Field69","Field70","Field71","Field72","Field73","Field74","Field75","Field76","Field77","Field78","Field79","Field80","Field81","Field82","Field83","Field84","Field85","Field86","Field87","Field88","Field89","Field90","Field91","Field92","Field93","Field94","Field95","Field96","Field97","Field98","Field99","Field100","Score","ScreeningTypeID","PerOrgId","LoadedDateTime"], ["_source_uri","_source_bucket","_source_key","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted","_source_per_org_id","_source_practice_id"]) }}
),

renamed as (
  -- OFFSET 0 here too: folded into the checks, each trimmed value was recomputed at every use (a date
  -- check uses its value ~9 times), which cost ~20% of this model
  select
    nullif(btrim(source."PatientID", E' \t\r\n'), '') as "patient_id",
    nullif(btrim(source."ScreaningID", E' \t\r\n'), '') as "screaning_id",
    nullif(btrim(source."AppointmentID", E' \t\r\n'), '') as "appointment_id",
    nullif(btrim(source."ScreeningDate", E' \t\r\n'), '') as "screening_date",
    nullif(btrim(source."SCNCODE", E' \t\r\n'), '') as "scn_code",
    nullif(btrim(source."ScreeningType", E' \t\r\n'), '') as "screening_type",
    nullif(btrim(source."ScreeningGroup", E' \t\r\n'), '') as "screening_group",
    nullif(btrim(source."Outcome", E' \t\r\n'), '') as "outcome",
    nullif(btrim(source."OutcomeDescription", E' \t\r\n'), '') as "outcome_description",
    nullif(btrim(source."Notes", E' \t\r\n'), '') as "notes",
    nullif(btrim(source."IsActive", E' \t\r\n'), '') as "is_active",
    nullif(btrim(source."UpdatedByID", E' \t\r\n'), '') as "updated_by_id",
    nullif(btrim(source."UpdatedBy", E' \t\r\n'), '') as "updated_by",
    nullif(btrim(source."UpdatedAt", E' \t\r\n'), '') as "updated_at",
    nullif(btrim(source."InsertedByID", E' \t\r\n'), '') as "inserted_by_id",
    nullif(btrim(source."InsertedBy", E' \t\r\n'), '') as "inserted_by",
    nullif(btrim(source."InsertedAt", E' \t\r\n'), '') as "inserted_at",
    nullif(btrim(source."PatientMedTechID", E' \t\r\n'), '') as "patient_medtech_id",
    nullif(btrim(source."Practice", E' \t\r\n'), '') as "practice",
    nullif(btrim(source."PracticeID", E' \t\r\n'), '') as "practice_id",
    nullif(btrim(source."ProviderID", E' \t\r\n'), '') as "provider_id",
    nullif(btrim(source."ProviderCode", E' \t\r\n'), '') as "provider_code",
    nullif(btrim(source."ProviderName", E' \t\r\n'), '') as "provider_name",
    nullif(btrim(source."HBAIC", E' \t\r\n'), '') as "hbaic",
    nullif(btrim(source."IsDeleted", E' \t\r\n'), '') as "is_deleted",
    nullif(btrim(source."CarePlanID", E' \t\r\n'), '') as "care_plan_id",
    nullif(btrim(source."CarePlaneName", E' \t\r\n'), '') as "care_plane_name",
    nullif(btrim(source."IsConfidential", E' \t\r\n'), '') as "is_confidential",
    nullif(btrim(source."IsGP2GP", E' \t\r\n'), '') as "is_gp2gp",
    nullif(btrim(source."IsPatientPortal", E' \t\r\n'), '') as "is_patient_portal",
    nullif(btrim(source."IsShowonTimeLine", E' \t\r\n'), '') as "is_showon_time_line",
    nullif(btrim(source."MedTechID", E' \t\r\n'), '') as "medtech_id",
    nullif(btrim(source."ScreeningSourceTypeID", E' \t\r\n'), '') as "screening_source_type_id",
    nullif(btrim(source."ServiceTemplateID", E' \t\r\n'), '') as "service_template_id",
    nullif(btrim(source."ServiceTemplateName", E' \t\r\n'), '') as "service_template_name",
    nullif(btrim(source."UserLoggingID", E' \t\r\n'), '') as "user_logging_id",
    nullif(btrim(source."LoggingUserName", E' \t\r\n'), '') as "logging_user_name",
    nullif(btrim(source."Field1", E' \t\r\n'), '') as "field_1",
    nullif(btrim(source."Field2", E' \t\r\n'), '') as "field_2",
    nullif(btrim(source."Field3", E' \t\r\n'), '') as "field_3",
    nullif(btrim(source."Field4", E' \t\r\n'), '') as "field_4",
    nullif(btrim(source."Field5", E' \t\r\n'), '') as "field_5",
    nullif(btrim(source."Field6", E' \t\r\n'), '') as "field_6",
    nullif(btrim(source."Field7", E' \t\r\n'), '') as "field_7",
    nullif(btrim(source."Field8", E' \t\r\n'), '') as "field_8",
    nullif(btrim(source."Field9", E' \t\r\n'), '') as "field_9",
    nullif(btrim(source."Field10", E' \t\r\n'), '') as "field_10",
    nullif(btrim(source."Field11", E' \t\r\n'), '') as "field_11",
    nullif(btrim(source."Field12", E' \t\r\n'), '') as "field_12",
    nullif(btrim(source."Field13", E' \t\r\n'), '') as "field_13",
    nullif(btrim(source."Field14", E' \t\r\n'), '') as "field_14",
    nullif(btrim(source."Field15", E' \t\r\n'), '') as "field_15",
    nullif(btrim(source."Field16", E' \t\r\n'), '') as "field_16",
    nullif(btrim(source."Field17", E' \t\r\n'), '') as "field_17",
    nullif(btrim(source."Field18", E' \t\r\n'), '') as "field_18",
    nullif(btrim(source."Field19", E' \t\r\n'), '') as "field_19",
    nullif(btrim(source."Field20", E' \t\r\n'), '') as "field_20",
    nullif(btrim(source."Field21", E' \t\r\n'), '') as "field_21",
    nullif(btrim(source."Field22", E' \t\r\n'), '') as "field_22",
    nullif(btrim(source."Field23", E' \t\r\n'), '') as "field_23",
    nullif(btrim(source."Field24", E' \t\r\n'), '') as "field_24",
    nullif(btrim(source."Field25", E' \t\r\n'), '') as "field_25",
    nullif(btrim(source."Field26", E' \t\r\n'), '') as "field_26",
    nullif(btrim(source."Field27", E' \t\r\n'), '') as "field_27",
    nullif(btrim(source."Field28", E' \t\r\n'), '') as "field_28",
    nullif(btrim(source."Field29", E' \t\r\n'), '') as "field_29",
    nullif(btrim(source."Field30", E' \t\r\n'), '') as "field_30",
    nullif(btrim(source."Field31", E' \t\r\n'), '') as "field_31",
    nullif(btrim(source."Field32", E' \t\r\n'), '') as "field_32",
    nullif(btrim(source."Field33", E' \t\r\n'), '') as "field_33",
    nullif(btrim(source."Field34", E' \t\r\n'), '') as "field_34",
    nullif(btrim(source."Field35", E' \t\r\n'), '') as "field_35",
    nullif(btrim(source."Field36", E' \t\r\n'), '') as "field_36",
    nullif(btrim(source."Field37", E' \t\r\n'), '') as "field_37",
    nullif(btrim(source."Field38", E' \t\r\n'), '') as "field_38",
    nullif(btrim(source."Field39", E' \t\r\n'), '') as "field_39",
    nullif(btrim(source."Field40", E' \t\r\n'), '') as "field_40",
    nullif(btrim(source."Field41", E' \t\r\n'), '') as "field_41",
    nullif(btrim(source."Field42", E' \t\r\n'), '') as "field_42",
    nullif(btrim(source."Field43", E' \t\r\n'), '') as "field_43",
    nullif(btrim(source."Field44", E' \t\r\n'), '') as "field_44",
    nullif(btrim(source."Field45", E' \t\r\n'), '') as "field_45",
    nullif(btrim(source."Field46", E' \t\r\n'), '') as "field_46",
    nullif(btrim(source."Field47", E' \t\r\n'), '') as "field_47",
    nullif(btrim(source."Field48", E' \t\r\n'), '') as "field_48",
    nullif(btrim(source."Field49", E' \t\r\n'), '') as "field_49",
    nullif(btrim(source."Field50", E' \t\r\n'), '') as "field_50",
    nullif(btrim(source."PermanentAddressLatitude", E' \t\r\n'), '') as "permanent_address_latitude",
    nullif(btrim(source."PermanentAddressLongitude", E' \t\r\n'), '') as "permanent_address_longitude",
    nullif(btrim(source."PracticeLocationID", E' \t\r\n'), '') as "practice_location_id",
    nullif(btrim(source."LocationName", E' \t\r\n'), '') as "location_name",
    nullif(btrim(source."Field51", E' \t\r\n'), '') as "field_51",
    nullif(btrim(source."Field52", E' \t\r\n'), '') as "field_52",
    nullif(btrim(source."Field53", E' \t\r\n'), '') as "field_53",
    nullif(btrim(source."Field54", E' \t\r\n'), '') as "field_54",
    nullif(btrim(source."Field55", E' \t\r\n'), '') as "field_55",
    nullif(btrim(source."Field56", E' \t\r\n'), '') as "field_56",
    nullif(btrim(source."Field57", E' \t\r\n'), '') as "field_57",
    nullif(btrim(source."Field58", E' \t\r\n'), '') as "field_58",
    nullif(btrim(source."Field59", E' \t\r\n'), '') as "field_59",
    nullif(btrim(source."Field60", E' \t\r\n'), '') as "field_60",
    nullif(btrim(source."Field61", E' \t\r\n'), '') as "field_61",
    nullif(btrim(source."Field62", E' \t\r\n'), '') as "field_62",
    nullif(btrim(source."Field63", E' \t\r\n'), '') as "field_63",
    nullif(btrim(source."Field64", E' \t\r\n'), '') as "field_64",
    nullif(btrim(source."Field65", E' \t\r\n'), '') as "field_65",
    nullif(btrim(source."Field66", E' \t\r\n'), '') as "field_66",
    nullif(btrim(source."Field67", E' \t\r\n'), '') as "field_67",
    nullif(btrim(source."Field68", E' \t\r\n'), '') as "field_68",
    nullif(btrim(source."Field69", E' \t\r\n'), '') as "field_69",
    nullif(btrim(source."Field70", E' \t\r\n'), '') as "field_70",
    nullif(btrim(source."Field71", E' \t\r\n'), '') as "field_71",
    nullif(btrim(source."Field72", E' \t\r\n'), '') as "field_72",
    nullif(btrim(source."Field73", E' \t\r\n'), '') as "field_73",
    nullif(btrim(source."Field74", E' \t\r\n'), '') as "field_74",
    nullif(btrim(source."Field75", E' \t\r\n'), '') as "field_75",
    nullif(btrim(source."Field76", E' \t\r\n'), '') as "field_76",
    nullif(btrim(source."Field77", E' \t\r\n'), '') as "field_77",
    nullif(btrim(source."Field78", E' \t\r\n'), '') as "field_78",
    nullif(btrim(source."Field79", E' \t\r\n'), '') as "field_79",
    nullif(btrim(source."Field80", E' \t\r\n'), '') as "field_80",
    nullif(btrim(source."Field81", E' \t\r\n'), '') as "field_81",
    nullif(btrim(source."Field82", E' \t\r\n'), '') as "field_82",
    nullif(btrim(source."Field83", E' \t\r\n'), '') as "field_83",
    nullif(btrim(source."Field84", E' \t\r\n'), '') as "field_84",
    nullif(btrim(source."Field85", E' \t\r\n'), '') as "field_85",
    nullif(btrim(source."Field86", E' \t\r\n'), '') as "field_86",
    nullif(btrim(source."Field87", E' \t\r\n'), '') as "field_87",
    nullif(btrim(source."Field88", E' \t\r\n'), '') as "field_88",
    nullif(btrim(source."Field89", E' \t\r\n'), '') as "field_89",
    nullif(btrim(source."Field90", E' \t\r\n'), '') as "field_90",
    nullif(btrim(source."Field91", E' \t\r\n'), '') as "field_91",
    nullif(btrim(source."Field92", E' \t\r\n'), '') as "field_92",
    nullif(btrim(source."Field93", E' \t\r\n'), '') as "field_93",
    nullif(btrim(source."Field94", E' \t\r\n'), '') as "field_94",
    nullif(btrim(source."Field95", E' \t\r\n'), '') as "field_95",
    nullif(btrim(source."Field96", E' \t\r\n'), '') as "field_96",
    nullif(btrim(source."Field97", E' \t\r\n'), '') as "field_97",
    nullif(btrim(source."Field98", E' \t\r\n'), '') as "field_98",
    nullif(btrim(source."Field99", E' \t\r\n'), '') as "field_99",
    nullif(btrim(source."Field100", E' \t\r\n'), '') as "field_100",
    nullif(btrim(source."Score", E' \t\r\n'), '') as "score",
    nullif(btrim(source."ScreeningTypeID", E' \t\r\n'), '') as "screening_type_id",
    nullif(btrim(source."PerOrgId", E' \t\r\n'), '') as "per_org_id",
    nullif(btrim(source."LoadedDateTime", E' \t\r\n'), '') as "loaded_date_time",
    source."PatientID" as "__raw_patient_id",
    source."ScreaningID" as "__raw_screaning_id",
    source."AppointmentID" as "__raw_appointment_id",
    source."ScreeningDate" as "__raw_screening_date",
    source."SCNCODE" as "__raw_scn_code",
    source."ScreeningType" as "__raw_screening_type",
    source."ScreeningGroup" as "__raw_screening_group",
    source."Outcome" as "__raw_outcome",
    source."OutcomeDescription" as "__raw_outcome_description",
    source."Notes" as "__raw_notes",
    source."IsActive" as "__raw_is_active",
    source."UpdatedByID" as "__raw_updated_by_id",
    source."UpdatedBy" as "__raw_updated_by",
    source."UpdatedAt" as "__raw_updated_at",
    source."InsertedByID" as "__raw_inserted_by_id",
    source."InsertedBy" as "__raw_inserted_by",
    source."InsertedAt" as "__raw_inserted_at",
    source."PatientMedTechID" as "__raw_patient_medtech_id",
    source."Practice" as "__raw_practice",
    source."PracticeID" as "__raw_practice_id",
    source."ProviderID" as "__raw_provider_id",
    source."ProviderCode" as "__raw_provider_code",
    source."ProviderName" as "__raw_provider_name",
    source."HBAIC" as "__raw_hbaic",
    source."IsDeleted" as "__raw_is_deleted",
    source."CarePlanID" as "__raw_care_plan_id",
    source."CarePlaneName" as "__raw_care_plane_name",
    source."IsConfidential" as "__raw_is_confidential",
    source."IsGP2GP" as "__raw_is_gp2gp",
    source."IsPatientPortal" as "__raw_is_patient_portal",
    source."IsShowonTimeLine" as "__raw_is_showon_time_line",
    source."MedTechID" as "__raw_medtech_id",
    source."ScreeningSourceTypeID" as "__raw_screening_source_type_id",
    source."ServiceTemplateID" as "__raw_service_template_id",
    source."ServiceTemplateName" as "__raw_service_template_name",
    source."UserLoggingID" as "__raw_user_logging_id",
    source."LoggingUserName" as "__raw_logging_user_name",
    source."Field1" as "__raw_field_1",
    source."Field2" as "__raw_field_2",
    source."Field3" as "__raw_field_3",
    source."Field4" as "__raw_field_4",
    source."Field5" as "__raw_field_5",
    source."Field6" as "__raw_field_6",
    source."Field7" as "__raw_field_7",
    source."Field8" as "__raw_field_8",
    source."Field9" as "__raw_field_9",
    source."Field10" as "__raw_field_10",
    source."Field11" as "__raw_field_11",
    source."Field12" as "__raw_field_12",
    source."Field13" as "__raw_field_13",
    source."Field14" as "__raw_field_14",
    source."Field15" as "__raw_field_15",
    source."Field16" as "__raw_field_16",
    source."Field17" as "__raw_field_17",
    source."Field18" as "__raw_field_18",
    source."Field19" as "__raw_field_19",
    source."Field20" as "__raw_field_20",
    source."Field21" as "__raw_field_21",
    source."Field22" as "__raw_field_22",
    source."Field23" as "__raw_field_23",
    source."Field24" as "__raw_field_24",
    source."Field25" as "__raw_field_25",
    source."Field26" as "__raw_field_26",
    source."Field27" as "__raw_field_27",
    source."Field28" as "__raw_field_28",
    source."Field29" as "__raw_field_29",
    source."Field30" as "__raw_field_30",
    source."Field31" as "__raw_field_31",
    source."Field32" as "__raw_field_32",
    source."Field33" as "__raw_field_33",
    source."Field34" as "__raw_field_34",
    source."Field35" as "__raw_field_35",
    source."Field36" as "__raw_field_36",
    source."Field37" as "__raw_field_37",
    source."Field38" as "__raw_field_38",
    source."Field39" as "__raw_field_39",
    source."Field40" as "__raw_field_40",
    source."Field41" as "__raw_field_41",
    source."Field42" as "__raw_field_42",
    source."Field43" as "__raw_field_43",
    source."Field44" as "__raw_field_44",
    source."Field45" as "__raw_field_45",
    source."Field46" as "__raw_field_46",
    source."Field47" as "__raw_field_47",
    source."Field48" as "__raw_field_48",
    source."Field49" as "__raw_field_49",
    source."Field50" as "__raw_field_50",
    source."PermanentAddressLatitude" as "__raw_permanent_address_latitude",
    source."PermanentAddressLongitude" as "__raw_permanent_address_longitude",
    source."PracticeLocationID" as "__raw_practice_location_id",
    source."LocationName" as "__raw_location_name",
    source."Field51" as "__raw_field_51",
    source."Field52" as "__raw_field_52",
    source."Field53" as "__raw_field_53",
    source."Field54" as "__raw_field_54",
    source."Field55" as "__raw_field_55",
    source."Field56" as "__raw_field_56",
    source."Field57" as "__raw_field_57",
    source."Field58" as "__raw_field_58",
    source."Field59" as "__raw_field_59",
    source."Field60" as "__raw_field_60",
    source."Field61" as "__raw_field_61",
    source."Field62" as "__raw_field_62",
    source."Field63" as "__raw_field_63",
    source."Field64" as "__raw_field_64",
    source."Field65" as "__raw_field_65",
    source."Field66" as "__raw_field_66",
    source."Field67" as "__raw_field_67",
    source."Field68" as "__raw_field_68",
    source."Field69" as "__raw_field_69",
    source."Field70" as "__raw_field_70",
    source."Field71" as "__raw_field_71",
    source."Field72" as "__raw_field_72",
    source."Field73" as "__raw_field_73",
    source."Field74" as "__raw_field_74",
    source."Field75" as "__raw_field_75",
    source."Field76" as "__raw_field_76",
    source."Field77" as "__raw_field_77",
    source."Field78" as "__raw_field_78",
    source."Field79" as "__raw_field_79",
    source."Field80" as "__raw_field_80",
    source."Field81" as "__raw_field_81",
    source."Field82" as "__raw_field_82",
    source."Field83" as "__raw_field_83",
    source."Field84" as "__raw_field_84",
    source."Field85" as "__raw_field_85",
    source."Field86" as "__raw_field_86",
    source."Field87" as "__raw_field_87",
    source."Field88" as "__raw_field_88",
    source."Field89" as "__raw_field_89",
    source."Field90" as "__raw_field_90",
    source."Field91" as "__raw_field_91",
    source."Field92" as "__raw_field_92",
    source."Field93" as "__raw_field_93",
    source."Field94" as "__raw_field_94",
    source."Field95" as "__raw_field_95",
    source."Field96" as "__raw_field_96",
    source."Field97" as "__raw_field_97",
    source."Field98" as "__raw_field_98",
    source."Field99" as "__raw_field_99",
    source."Field100" as "__raw_field_100",
    source."Score" as "__raw_score",
    source."ScreeningTypeID" as "__raw_screening_type_id",
    source."PerOrgId" as "__raw_per_org_id",
    source."LoadedDateTime" as "__raw_loaded_date_time",
    _source_uri as source_uri,
    _source_version_id as source_version_id,
    _source_file_hash as source_file_hash,
    _source_row_number as source_row_number,
    _source_date_extracted as date_extracted,
    _sdc_load_run_id as load_run_id
  from source
  offset 0
),

validated as (
  -- OFFSET 0 keeps this subquery from being folded into its users, so each check runs once per row
  select * from (
    select
      renamed.*,
      {{ medi_valid('patient_id', 'integer') }} as "__ok_patient_id",
      {{ medi_valid('screaning_id', 'integer') }} as "__ok_screaning_id",
      {{ medi_valid('appointment_id', 'integer') }} as "__ok_appointment_id",
      {{ medi_valid('screening_date', 'date') }} as "__ok_screening_date",
      {{ medi_valid('scn_code', 'string') }} as "__ok_scn_code",
      {{ medi_valid('screening_type', 'string') }} as "__ok_screening_type",
      {{ medi_valid('screening_group', 'string') }} as "__ok_screening_group",
      {{ medi_valid('outcome', 'string') }} as "__ok_outcome",
      {{ medi_valid('outcome_description', 'string') }} as "__ok_outcome_description",
      {{ medi_valid('notes', 'string') }} as "__ok_notes",
      {{ medi_valid('is_active', 'boolean') }} as "__ok_is_active",
      {{ medi_valid('updated_by_id', 'integer') }} as "__ok_updated_by_id",
      {{ medi_valid('updated_by', 'string') }} as "__ok_updated_by",
      {{ medi_valid('updated_at', 'timestamp') }} as "__ok_updated_at",
      {{ medi_valid('inserted_by_id', 'integer') }} as "__ok_inserted_by_id",
      {{ medi_valid('inserted_by', 'string') }} as "__ok_inserted_by",
      {{ medi_valid('inserted_at', 'timestamp') }} as "__ok_inserted_at",
      {{ medi_valid('patient_medtech_id', 'string') }} as "__ok_patient_medtech_id",
      {{ medi_valid('practice', 'string') }} as "__ok_practice",
      {{ medi_valid('practice_id', 'integer') }} as "__ok_practice_id",
      {{ medi_valid('provider_id', 'integer') }} as "__ok_provider_id",
      {{ medi_valid('provider_code', 'string') }} as "__ok_provider_code",
      {{ medi_valid('provider_name', 'string') }} as "__ok_provider_name",
      {{ medi_valid('hbaic', 'string') }} as "__ok_hbaic",
      {{ medi_valid('is_deleted', 'boolean') }} as "__ok_is_deleted",
      {{ medi_valid('care_plan_id', 'integer') }} as "__ok_care_plan_id",
      {{ medi_valid('care_plane_name', 'string') }} as "__ok_care_plane_name",
      {{ medi_valid('is_confidential', 'boolean') }} as "__ok_is_confidential",
      {{ medi_valid('is_gp2gp', 'boolean') }} as "__ok_is_gp2gp",
      {{ medi_valid('is_patient_portal', 'boolean') }} as "__ok_is_patient_portal",
      {{ medi_valid('is_showon_time_line', 'boolean') }} as "__ok_is_showon_time_line",
      {{ medi_valid('medtech_id', 'string') }} as "__ok_medtech_id",
      {{ medi_valid('screening_source_type_id', 'integer') }} as "__ok_screening_source_type_id",
      {{ medi_valid('service_template_id', 'integer') }} as "__ok_service_template_id",
      {{ medi_valid('service_template_name', 'string') }} as "__ok_service_template_name",
      {{ medi_valid('user_logging_id', 'string') }} as "__ok_user_logging_id",
      {{ medi_valid('logging_user_name', 'string') }} as "__ok_logging_user_name",
      {{ medi_valid('field_1', 'string') }} as "__ok_field_1",
      {{ medi_valid('field_2', 'string') }} as "__ok_field_2",
      {{ medi_valid('field_3', 'string') }} as "__ok_field_3",
      {{ medi_valid('field_4', 'string') }} as "__ok_field_4",
      {{ medi_valid('field_5', 'string') }} as "__ok_field_5",
      {{ medi_valid('field_6', 'string') }} as "__ok_field_6",
      {{ medi_valid('field_7', 'string') }} as "__ok_field_7",
      {{ medi_valid('field_8', 'string') }} as "__ok_field_8",
      {{ medi_valid('field_9', 'string') }} as "__ok_field_9",
      {{ medi_valid('field_10', 'string') }} as "__ok_field_10",
      {{ medi_valid('field_11', 'string') }} as "__ok_field_11",
      {{ medi_valid('field_12', 'string') }} as "__ok_field_12",
      {{ medi_valid('field_13', 'string') }} as "__ok_field_13",
      {{ medi_valid('field_14', 'string') }} as "__ok_field_14",
      {{ medi_valid('field_15', 'string') }} as "__ok_field_15",
      {{ medi_valid('field_16', 'string') }} as "__ok_field_16",
      {{ medi_valid('field_17', 'string') }} as "__ok_field_17",
      {{ medi_valid('field_18', 'string') }} as "__ok_field_18",
      {{ medi_valid('field_19', 'string') }} as "__ok_field_19",
      {{ medi_valid('field_20', 'string') }} as "__ok_field_20",
      {{ medi_valid('field_21', 'string') }} as "__ok_field_21",
      {{ medi_valid('field_22', 'string') }} as "__ok_field_22",
      {{ medi_valid('field_23', 'string') }} as "__ok_field_23",
      {{ medi_valid('field_24', 'string') }} as "__ok_field_24",
      {{ medi_valid('field_25', 'string') }} as "__ok_field_25",
      {{ medi_valid('field_26', 'string') }} as "__ok_field_26",
      {{ medi_valid('field_27', 'string') }} as "__ok_field_27",
      {{ medi_valid('field_28', 'string') }} as "__ok_field_28",
      {{ medi_valid('field_29', 'string') }} as "__ok_field_29",
      {{ medi_valid('field_30', 'string') }} as "__ok_field_30",
      {{ medi_valid('field_31', 'string') }} as "__ok_field_31",
      {{ medi_valid('field_32', 'string') }} as "__ok_field_32",
      {{ medi_valid('field_33', 'string') }} as "__ok_field_33",
      {{ medi_valid('field_34', 'string') }} as "__ok_field_34",
      {{ medi_valid('field_35', 'string') }} as "__ok_field_35",
      {{ medi_valid('field_36', 'string') }} as "__ok_field_36",
      {{ medi_valid('field_37', 'string') }} as "__ok_field_37",
      {{ medi_valid('field_38', 'string') }} as "__ok_field_38",
      {{ medi_valid('field_39', 'string') }} as "__ok_field_39",
      {{ medi_valid('field_40', 'string') }} as "__ok_field_40",
      {{ medi_valid('field_41', 'string') }} as "__ok_field_41",
      {{ medi_valid('field_42', 'string') }} as "__ok_field_42",
      {{ medi_valid('field_43', 'string') }} as "__ok_field_43",
      {{ medi_valid('field_44', 'string') }} as "__ok_field_44",
      {{ medi_valid('field_45', 'string') }} as "__ok_field_45",
      {{ medi_valid('field_46', 'string') }} as "__ok_field_46",
      {{ medi_valid('field_47', 'string') }} as "__ok_field_47",
      {{ medi_valid('field_48', 'string') }} as "__ok_field_48",
      {{ medi_valid('field_49', 'string') }} as "__ok_field_49",
      {{ medi_valid('field_50', 'string') }} as "__ok_field_50",
      {{ medi_valid('permanent_address_latitude', 'decimal') }} as "__ok_permanent_address_latitude",
      {{ medi_valid('permanent_address_longitude', 'decimal') }} as "__ok_permanent_address_longitude",
      {{ medi_valid('practice_location_id', 'integer') }} as "__ok_practice_location_id",
      {{ medi_valid('location_name', 'string') }} as "__ok_location_name",
      {{ medi_valid('field_51', 'string') }} as "__ok_field_51",
      {{ medi_valid('field_52', 'string') }} as "__ok_field_52",
      {{ medi_valid('field_53', 'string') }} as "__ok_field_53",
      {{ medi_valid('field_54', 'string') }} as "__ok_field_54",
      {{ medi_valid('field_55', 'string') }} as "__ok_field_55",
      {{ medi_valid('field_56', 'string') }} as "__ok_field_56",
      {{ medi_valid('field_57', 'string') }} as "__ok_field_57",
      {{ medi_valid('field_58', 'string') }} as "__ok_field_58",
      {{ medi_valid('field_59', 'string') }} as "__ok_field_59",
      {{ medi_valid('field_60', 'string') }} as "__ok_field_60",
      {{ medi_valid('field_61', 'string') }} as "__ok_field_61",
      {{ medi_valid('field_62', 'string') }} as "__ok_field_62",
      {{ medi_valid('field_63', 'string') }} as "__ok_field_63",
      {{ medi_valid('field_64', 'string') }} as "__ok_field_64",
      {{ medi_valid('field_65', 'string') }} as "__ok_field_65",
      {{ medi_valid('field_66', 'string') }} as "__ok_field_66",
      {{ medi_valid('field_67', 'string') }} as "__ok_field_67",
      {{ medi_valid('field_68', 'string') }} as "__ok_field_68",
      {{ medi_valid('field_69', 'string') }} as "__ok_field_69",
      {{ medi_valid('field_70', 'string') }} as "__ok_field_70",
      {{ medi_valid('field_71', 'string') }} as "__ok_field_71",
      {{ medi_valid('field_72', 'string') }} as "__ok_field_72",
      {{ medi_valid('field_73', 'string') }} as "__ok_field_73",
      {{ medi_valid('field_74', 'string') }} as "__ok_field_74",
      {{ medi_valid('field_75', 'string') }} as "__ok_field_75",
      {{ medi_valid('field_76', 'string') }} as "__ok_field_76",
      {{ medi_valid('field_77', 'string') }} as "__ok_field_77",
      {{ medi_valid('field_78', 'string') }} as "__ok_field_78",
      {{ medi_valid('field_79', 'string') }} as "__ok_field_79",
      {{ medi_valid('field_80', 'string') }} as "__ok_field_80",
      {{ medi_valid('field_81', 'string') }} as "__ok_field_81",
      {{ medi_valid('field_82', 'string') }} as "__ok_field_82",
      {{ medi_valid('field_83', 'string') }} as "__ok_field_83",
      {{ medi_valid('field_84', 'string') }} as "__ok_field_84",
      {{ medi_valid('field_85', 'string') }} as "__ok_field_85",
      {{ medi_valid('field_86', 'string') }} as "__ok_field_86",
      {{ medi_valid('field_87', 'string') }} as "__ok_field_87",
      {{ medi_valid('field_88', 'string') }} as "__ok_field_88",
      {{ medi_valid('field_89', 'string') }} as "__ok_field_89",
      {{ medi_valid('field_90', 'string') }} as "__ok_field_90",
      {{ medi_valid('field_91', 'string') }} as "__ok_field_91",
      {{ medi_valid('field_92', 'string') }} as "__ok_field_92",
      {{ medi_valid('field_93', 'string') }} as "__ok_field_93",
      {{ medi_valid('field_94', 'string') }} as "__ok_field_94",
      {{ medi_valid('field_95', 'string') }} as "__ok_field_95",
      {{ medi_valid('field_96', 'string') }} as "__ok_field_96",
      {{ medi_valid('field_97', 'string') }} as "__ok_field_97",
      {{ medi_valid('field_98', 'string') }} as "__ok_field_98",
      {{ medi_valid('field_99', 'string') }} as "__ok_field_99",
      {{ medi_valid('field_100', 'string') }} as "__ok_field_100",
      {{ medi_valid('score', 'decimal') }} as "__ok_score",
      {{ medi_valid('screening_type_id', 'integer') }} as "__ok_screening_type_id",
      {{ medi_valid('per_org_id', 'string') }} as "__ok_per_org_id",
      {{ medi_valid('loaded_date_time', 'timestamp') }} as "__ok_loaded_date_time"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    (not "__ok_patient_id"
      or "screaning_id" is null or not "__ok_screaning_id"
      or not "__ok_appointment_id"
      or not "__ok_screening_date"
      or not "__ok_scn_code"
      or not "__ok_screening_type"
      or not "__ok_screening_group"
      or not "__ok_outcome"
      or not "__ok_outcome_description"
      or not "__ok_notes"
      or not "__ok_is_active"
      or not "__ok_updated_by_id"
      or not "__ok_updated_by"
      or not "__ok_updated_at"
      or not "__ok_inserted_by_id"
      or not "__ok_inserted_by"
      or not "__ok_inserted_at"
      or not "__ok_patient_medtech_id"
      or not "__ok_practice"
      or "practice_id" is null or not "__ok_practice_id"
      or not "__ok_provider_id"
      or not "__ok_provider_code"
      or not "__ok_provider_name"
      or not "__ok_hbaic"
      or not "__ok_is_deleted"
      or not "__ok_care_plan_id"
      or not "__ok_care_plane_name"
      or not "__ok_is_confidential"
      or not "__ok_is_gp2gp"
      or not "__ok_is_patient_portal"
      or not "__ok_is_showon_time_line"
      or not "__ok_medtech_id"
      or not "__ok_screening_source_type_id"
      or not "__ok_service_template_id"
      or not "__ok_service_template_name"
      or not "__ok_user_logging_id"
      or not "__ok_logging_user_name"
      or not "__ok_field_1"
      or not "__ok_field_2"
      or not "__ok_field_3"
      or not "__ok_field_4"
      or not "__ok_field_5"
      or not "__ok_field_6"
      or not "__ok_field_7"
      or not "__ok_field_8"
      or not "__ok_field_9"
      or not "__ok_field_10"
      or not "__ok_field_11"
      or not "__ok_field_12"
      or not "__ok_field_13"
      or not "__ok_field_14"
      or not "__ok_field_15"
      or not "__ok_field_16"
      or not "__ok_field_17"
      or not "__ok_field_18"
      or not "__ok_field_19"
      or not "__ok_field_20"
      or not "__ok_field_21"
      or not "__ok_field_22"
      or not "__ok_field_23"
      or not "__ok_field_24"
      or not "__ok_field_25"
      or not "__ok_field_26"
      or not "__ok_field_27"
      or not "__ok_field_28"
      or not "__ok_field_29"
      or not "__ok_field_30"
      or not "__ok_field_31"
      or not "__ok_field_32"
      or not "__ok_field_33"
      or not "__ok_field_34"
      or not "__ok_field_35"
      or not "__ok_field_36"
      or not "__ok_field_37"
      or not "__ok_field_38"
      or not "__ok_field_39"
      or not "__ok_field_40"
      or not "__ok_field_41"
      or not "__ok_field_42"
      or not "__ok_field_43"
      or not "__ok_field_44"
      or not "__ok_field_45"
      or not "__ok_field_46"
      or not "__ok_field_47"
      or not "__ok_field_48"
      or not "__ok_field_49"
      or not "__ok_field_50"
      or not "__ok_permanent_address_latitude"
      or not "__ok_permanent_address_longitude"
      or not "__ok_practice_location_id"
      or not "__ok_location_name"
      or not "__ok_field_51"
      or not "__ok_field_52"
      or not "__ok_field_53"
      or not "__ok_field_54"
      or not "__ok_field_55"
      or not "__ok_field_56"
      or not "__ok_field_57"
      or not "__ok_field_58"
      or not "__ok_field_59"
      or not "__ok_field_60"
      or not "__ok_field_61"
      or not "__ok_field_62"
      or not "__ok_field_63"
      or not "__ok_field_64"
      or not "__ok_field_65"
      or not "__ok_field_66"
      or not "__ok_field_67"
      or not "__ok_field_68"
      or not "__ok_field_69"
      or not "__ok_field_70"
      or not "__ok_field_71"
      or not "__ok_field_72"
      or not "__ok_field_73"
      or not "__ok_field_74"
      or not "__ok_field_75"
      or not "__ok_field_76"
      or not "__ok_field_77"
      or not "__ok_field_78"
      or not "__ok_field_79"
      or not "__ok_field_80"
      or not "__ok_field_81"
      or not "__ok_field_82"
      or not "__ok_field_83"
      or not "__ok_field_84"
      or not "__ok_field_85"
      or not "__ok_field_86"
      or not "__ok_field_87"
      or not "__ok_field_88"
      or not "__ok_field_89"
      or not "__ok_field_90"
      or not "__ok_field_91"
      or not "__ok_field_92"
      or not "__ok_field_93"
      or not "__ok_field_94"
      or not "__ok_field_95"
      or not "__ok_field_96"
      or not "__ok_field_97"
      or not "__ok_field_98"
      or not "__ok_field_99"
      or not "__ok_field_100"
      or not "__ok_score"
      or not "__ok_screening_type_id"
      or "per_org_id" is null or not "__ok_per_org_id"
      or not "__ok_loaded_date_time") as __has_error
  from validated
)

select
    {{ medi_cast_checked('patient_id', 'integer', '__ok_patient_id') }} as "patient_id",
    {{ medi_cast_checked('screaning_id', 'integer', '__ok_screaning_id') }} as "screaning_id",
    {{ medi_cast_checked('appointment_id', 'integer', '__ok_appointment_id') }} as "appointment_id",
    {{ medi_cast_checked('screening_date', 'date', '__ok_screening_date') }} as "screening_date",
    {{ medi_cast_checked('scn_code', 'string', '__ok_scn_code') }} as "scn_code",
    {{ medi_cast_checked('screening_type', 'string', '__ok_screening_type') }} as "screening_type",
    {{ medi_cast_checked('screening_group', 'string', '__ok_screening_group') }} as "screening_group",
    {{ medi_cast_checked('outcome', 'string', '__ok_outcome') }} as "outcome",
    {{ medi_cast_checked('outcome_description', 'string', '__ok_outcome_description') }} as "outcome_description",
    {{ medi_cast_checked('notes', 'string', '__ok_notes') }} as "notes",
    {{ medi_cast_checked('is_active', 'boolean', '__ok_is_active') }} as "is_active",
    {{ medi_cast_checked('updated_by_id', 'integer', '__ok_updated_by_id') }} as "updated_by_id",
    {{ medi_cast_checked('updated_by', 'string', '__ok_updated_by') }} as "updated_by",
    {{ medi_cast_checked('updated_at', 'timestamp', '__ok_updated_at') }} as "updated_at",
    {{ medi_cast_checked('inserted_by_id', 'integer', '__ok_inserted_by_id') }} as "inserted_by_id",
    {{ medi_cast_checked('inserted_by', 'string', '__ok_inserted_by') }} as "inserted_by",
    {{ medi_cast_checked('inserted_at', 'timestamp', '__ok_inserted_at') }} as "inserted_at",
    {{ medi_cast_checked('patient_medtech_id', 'string', '__ok_patient_medtech_id') }} as "patient_medtech_id",
    {{ medi_cast_checked('practice', 'string', '__ok_practice') }} as "practice",
    {{ medi_cast_checked('practice_id', 'integer', '__ok_practice_id') }} as "practice_id",
    {{ medi_cast_checked('provider_id', 'integer', '__ok_provider_id') }} as "provider_id",
    {{ medi_cast_checked('provider_code', 'string', '__ok_provider_code') }} as "provider_code",
    {{ medi_cast_checked('provider_name', 'string', '__ok_provider_name') }} as "provider_name",
    {{ medi_cast_checked('hbaic', 'string', '__ok_hbaic') }} as "hbaic",
    {{ medi_cast_checked('is_deleted', 'boolean', '__ok_is_deleted') }} as "is_deleted",
    {{ medi_cast_checked('care_plan_id', 'integer', '__ok_care_plan_id') }} as "care_plan_id",
    {{ medi_cast_checked('care_plane_name', 'string', '__ok_care_plane_name') }} as "care_plane_name",
    {{ medi_cast_checked('is_confidential', 'boolean', '__ok_is_confidential') }} as "is_confidential",
    {{ medi_cast_checked('is_gp2gp', 'boolean', '__ok_is_gp2gp') }} as "is_gp2gp",
    {{ medi_cast_checked('is_patient_portal', 'boolean', '__ok_is_patient_portal') }} as "is_patient_portal",
    {{ medi_cast_checked('is_showon_time_line', 'boolean', '__ok_is_showon_time_line') }} as "is_showon_time_line",
    {{ medi_cast_checked('medtech_id', 'string', '__ok_medtech_id') }} as "medtech_id",
    {{ medi_cast_checked('screening_source_type_id', 'integer', '__ok_screening_source_type_id') }} as "screening_source_type_id",
    {{ medi_cast_checked('service_template_id', 'integer', '__ok_service_template_id') }} as "service_template_id",
    {{ medi_cast_checked('service_template_name', 'string', '__ok_service_template_name') }} as "service_template_name",
    {{ medi_cast_checked('user_logging_id', 'string', '__ok_user_logging_id') }} as "user_logging_id",
    {{ medi_cast_checked('logging_user_name', 'string', '__ok_logging_user_name') }} as "logging_user_name",
    {{ medi_cast_checked('field_1', 'string', '__ok_field_1') }} as "field_1",
    {{ medi_cast_checked('field_2', 'string', '__ok_field_2') }} as "field_2",
    {{ medi_cast_checked('field_3', 'string', '__ok_field_3') }} as "field_3",
    {{ medi_cast_checked('field_4', 'string', '__ok_field_4') }} as "field_4",
    {{ medi_cast_checked('field_5', 'string', '__ok_field_5') }} as "field_5",
    {{ medi_cast_checked('field_6', 'string', '__ok_field_6') }} as "field_6",
    {{ medi_cast_checked('field_7', 'string', '__ok_field_7') }} as "field_7",
    {{ medi_cast_checked('field_8', 'string', '__ok_field_8') }} as "field_8",
    {{ medi_cast_checked('field_9', 'string', '__ok_field_9') }} as "field_9",
    {{ medi_cast_checked('field_10', 'string', '__ok_field_10') }} as "field_10",
    {{ medi_cast_checked('field_11', 'string', '__ok_field_11') }} as "field_11",
    {{ medi_cast_checked('field_12', 'string', '__ok_field_12') }} as "field_12",
    {{ medi_cast_checked('field_13', 'string', '__ok_field_13') }} as "field_13",
    {{ medi_cast_checked('field_14', 'string', '__ok_field_14') }} as "field_14",
    {{ medi_cast_checked('field_15', 'string', '__ok_field_15') }} as "field_15",
    {{ medi_cast_checked('field_16', 'string', '__ok_field_16') }} as "field_16",
    {{ medi_cast_checked('field_17', 'string', '__ok_field_17') }} as "field_17",
    {{ medi_cast_checked('field_18', 'string', '__ok_field_18') }} as "field_18",
    {{ medi_cast_checked('field_19', 'string', '__ok_field_19') }} as "field_19",
    {{ medi_cast_checked('field_20', 'string', '__ok_field_20') }} as "field_20",
    {{ medi_cast_checked('field_21', 'string', '__ok_field_21') }} as "field_21",
    {{ medi_cast_checked('field_22', 'string', '__ok_field_22') }} as "field_22",
    {{ medi_cast_checked('field_23', 'string', '__ok_field_23') }} as "field_23",
    {{ medi_cast_checked('field_24', 'string', '__ok_field_24') }} as "field_24",
    {{ medi_cast_checked('field_25', 'string', '__ok_field_25') }} as "field_25",
    {{ medi_cast_checked('field_26', 'string', '__ok_field_26') }} as "field_26",
    {{ medi_cast_checked('field_27', 'string', '__ok_field_27') }} as "field_27",
    {{ medi_cast_checked('field_28', 'string', '__ok_field_28') }} as "field_28",
    {{ medi_cast_checked('field_29', 'string', '__ok_field_29') }} as "field_29",
    {{ medi_cast_checked('field_30', 'string', '__ok_field_30') }} as "field_30",
    {{ medi_cast_checked('field_31', 'string', '__ok_field_31') }} as "field_31",
    {{ medi_cast_checked('field_32', 'string', '__ok_field_32') }} as "field_32",
    {{ medi_cast_checked('field_33', 'string', '__ok_field_33') }} as "field_33",
    {{ medi_cast_checked('field_34', 'string', '__ok_field_34') }} as "field_34",
    {{ medi_cast_checked('field_35', 'string', '__ok_field_35') }} as "field_35",
    {{ medi_cast_checked('field_36', 'string', '__ok_field_36') }} as "field_36",
    {{ medi_cast_checked('field_37', 'string', '__ok_field_37') }} as "field_37",
    {{ medi_cast_checked('field_38', 'string', '__ok_field_38') }} as "field_38",
    {{ medi_cast_checked('field_39', 'string', '__ok_field_39') }} as "field_39",
    {{ medi_cast_checked('field_40', 'string', '__ok_field_40') }} as "field_40",
    {{ medi_cast_checked('field_41', 'string', '__ok_field_41') }} as "field_41",
    {{ medi_cast_checked('field_42', 'string', '__ok_field_42') }} as "field_42",
    {{ medi_cast_checked('field_43', 'string', '__ok_field_43') }} as "field_43",
    {{ medi_cast_checked('field_44', 'string', '__ok_field_44') }} as "field_44",
    {{ medi_cast_checked('field_45', 'string', '__ok_field_45') }} as "field_45",
    {{ medi_cast_checked('field_46', 'string', '__ok_field_46') }} as "field_46",
    {{ medi_cast_checked('field_47', 'string', '__ok_field_47') }} as "field_47",
    {{ medi_cast_checked('field_48', 'string', '__ok_field_48') }} as "field_48",
    {{ medi_cast_checked('field_49', 'string', '__ok_field_49') }} as "field_49",
    {{ medi_cast_checked('field_50', 'string', '__ok_field_50') }} as "field_50",
    {{ medi_cast_checked('permanent_address_latitude', 'decimal', '__ok_permanent_address_latitude') }} as "permanent_address_latitude",
    {{ medi_cast_checked('permanent_address_longitude', 'decimal', '__ok_permanent_address_longitude') }} as "permanent_address_longitude",
    {{ medi_cast_checked('practice_location_id', 'integer', '__ok_practice_location_id') }} as "practice_location_id",
    {{ medi_cast_checked('location_name', 'string', '__ok_location_name') }} as "location_name",
    {{ medi_cast_checked('field_51', 'string', '__ok_field_51') }} as "field_51",
    {{ medi_cast_checked('field_52', 'string', '__ok_field_52') }} as "field_52",
    {{ medi_cast_checked('field_53', 'string', '__ok_field_53') }} as "field_53",
    {{ medi_cast_checked('field_54', 'string', '__ok_field_54') }} as "field_54",
    {{ medi_cast_checked('field_55', 'string', '__ok_field_55') }} as "field_55",
    {{ medi_cast_checked('field_56', 'string', '__ok_field_56') }} as "field_56",
    {{ medi_cast_checked('field_57', 'string', '__ok_field_57') }} as "field_57",
    {{ medi_cast_checked('field_58', 'string', '__ok_field_58') }} as "field_58",
    {{ medi_cast_checked('field_59', 'string', '__ok_field_59') }} as "field_59",
    {{ medi_cast_checked('field_60', 'string', '__ok_field_60') }} as "field_60",
    {{ medi_cast_checked('field_61', 'string', '__ok_field_61') }} as "field_61",
    {{ medi_cast_checked('field_62', 'string', '__ok_field_62') }} as "field_62",
    {{ medi_cast_checked('field_63', 'string', '__ok_field_63') }} as "field_63",
    {{ medi_cast_checked('field_64', 'string', '__ok_field_64') }} as "field_64",
    {{ medi_cast_checked('field_65', 'string', '__ok_field_65') }} as "field_65",
    {{ medi_cast_checked('field_66', 'string', '__ok_field_66') }} as "field_66",
    {{ medi_cast_checked('field_67', 'string', '__ok_field_67') }} as "field_67",
    {{ medi_cast_checked('field_68', 'string', '__ok_field_68') }} as "field_68",
    {{ medi_cast_checked('field_69', 'string', '__ok_field_69') }} as "field_69",
    {{ medi_cast_checked('field_70', 'string', '__ok_field_70') }} as "field_70",
    {{ medi_cast_checked('field_71', 'string', '__ok_field_71') }} as "field_71",
    {{ medi_cast_checked('field_72', 'string', '__ok_field_72') }} as "field_72",
    {{ medi_cast_checked('field_73', 'string', '__ok_field_73') }} as "field_73",
    {{ medi_cast_checked('field_74', 'string', '__ok_field_74') }} as "field_74",
    {{ medi_cast_checked('field_75', 'string', '__ok_field_75') }} as "field_75",
    {{ medi_cast_checked('field_76', 'string', '__ok_field_76') }} as "field_76",
    {{ medi_cast_checked('field_77', 'string', '__ok_field_77') }} as "field_77",
    {{ medi_cast_checked('field_78', 'string', '__ok_field_78') }} as "field_78",
    {{ medi_cast_checked('field_79', 'string', '__ok_field_79') }} as "field_79",
    {{ medi_cast_checked('field_80', 'string', '__ok_field_80') }} as "field_80",
    {{ medi_cast_checked('field_81', 'string', '__ok_field_81') }} as "field_81",
    {{ medi_cast_checked('field_82', 'string', '__ok_field_82') }} as "field_82",
    {{ medi_cast_checked('field_83', 'string', '__ok_field_83') }} as "field_83",
    {{ medi_cast_checked('field_84', 'string', '__ok_field_84') }} as "field_84",
    {{ medi_cast_checked('field_85', 'string', '__ok_field_85') }} as "field_85",
    {{ medi_cast_checked('field_86', 'string', '__ok_field_86') }} as "field_86",
    {{ medi_cast_checked('field_87', 'string', '__ok_field_87') }} as "field_87",
    {{ medi_cast_checked('field_88', 'string', '__ok_field_88') }} as "field_88",
    {{ medi_cast_checked('field_89', 'string', '__ok_field_89') }} as "field_89",
    {{ medi_cast_checked('field_90', 'string', '__ok_field_90') }} as "field_90",
    {{ medi_cast_checked('field_91', 'string', '__ok_field_91') }} as "field_91",
    {{ medi_cast_checked('field_92', 'string', '__ok_field_92') }} as "field_92",
    {{ medi_cast_checked('field_93', 'string', '__ok_field_93') }} as "field_93",
    {{ medi_cast_checked('field_94', 'string', '__ok_field_94') }} as "field_94",
    {{ medi_cast_checked('field_95', 'string', '__ok_field_95') }} as "field_95",
    {{ medi_cast_checked('field_96', 'string', '__ok_field_96') }} as "field_96",
    {{ medi_cast_checked('field_97', 'string', '__ok_field_97') }} as "field_97",
    {{ medi_cast_checked('field_98', 'string', '__ok_field_98') }} as "field_98",
    {{ medi_cast_checked('field_99', 'string', '__ok_field_99') }} as "field_99",
    {{ medi_cast_checked('field_100', 'string', '__ok_field_100') }} as "field_100",
    {{ medi_cast_checked('score', 'decimal', '__ok_score') }} as "score",
    {{ medi_cast_checked('screening_type_id', 'integer', '__ok_screening_type_id') }} as "screening_type_id",
    {{ medi_cast_checked('per_org_id', 'string', '__ok_per_org_id') }} as "per_org_id",
    {{ medi_cast_checked('loaded_date_time', 'timestamp', '__ok_loaded_date_time') }} as "loaded_date_time",
  source_uri,
  source_version_id,
  source_file_hash,
  source_row_number,
  date_extracted,
  load_run_id,
  -- the source row as landed, field by field (raw is lossless), for rejects
  case when __has_error then
    jsonb_build_object(
        'PatientID', "__raw_patient_id",
        'ScreaningID', "__raw_screaning_id",
        'AppointmentID', "__raw_appointment_id",
        'ScreeningDate', "__raw_screening_date",
        'SCNCODE', "__raw_scn_code",
        'ScreeningType', "__raw_screening_type",
        'ScreeningGroup', "__raw_screening_group",
        'Outcome', "__raw_outcome",
        'OutcomeDescription', "__raw_outcome_description",
        'Notes', "__raw_notes",
        'IsActive', "__raw_is_active",
        'UpdatedByID', "__raw_updated_by_id",
        'UpdatedBy', "__raw_updated_by",
        'UpdatedAt', "__raw_updated_at",
        'InsertedByID', "__raw_inserted_by_id",
        'InsertedBy', "__raw_inserted_by",
        'InsertedAt', "__raw_inserted_at",
        'PatientMedTechID', "__raw_patient_medtech_id",
        'Practice', "__raw_practice",
        'PracticeID', "__raw_practice_id",
        'ProviderID', "__raw_provider_id",
        'ProviderCode', "__raw_provider_code",
        'ProviderName', "__raw_provider_name",
        'HBAIC', "__raw_hbaic",
        'IsDeleted', "__raw_is_deleted",
        'CarePlanID', "__raw_care_plan_id",
        'CarePlaneName', "__raw_care_plane_name",
        'IsConfidential', "__raw_is_confidential",
        'IsGP2GP', "__raw_is_gp2gp",
        'IsPatientPortal', "__raw_is_patient_portal",
        'IsShowonTimeLine', "__raw_is_showon_time_line",
        'MedTechID', "__raw_medtech_id",
        'ScreeningSourceTypeID', "__raw_screening_source_type_id",
        'ServiceTemplateID', "__raw_service_template_id",
        'ServiceTemplateName', "__raw_service_template_name",
        'UserLoggingID', "__raw_user_logging_id",
        'LoggingUserName', "__raw_logging_user_name",
        'Field1', "__raw_field_1",
        'Field2', "__raw_field_2",
        'Field3', "__raw_field_3"
      )
      || jsonb_build_object(
        'Field4', "__raw_field_4",
        'Field5', "__raw_field_5",
        'Field6', "__raw_field_6",
        'Field7', "__raw_field_7",
        'Field8', "__raw_field_8",
        'Field9', "__raw_field_9",
        'Field10', "__raw_field_10",
        'Field11', "__raw_field_11",
        'Field12', "__raw_field_12",
        'Field13', "__raw_field_13",
        'Field14', "__raw_field_14",
        'Field15', "__raw_field_15",
        'Field16', "__raw_field_16",
        'Field17', "__raw_field_17",
        'Field18', "__raw_field_18",
        'Field19', "__raw_field_19",
        'Field20', "__raw_field_20",
        'Field21', "__raw_field_21",
        'Field22', "__raw_field_22",
        'Field23', "__raw_field_23",
        'Field24', "__raw_field_24",
        'Field25', "__raw_field_25",
        'Field26', "__raw_field_26",
        'Field27', "__raw_field_27",
        'Field28', "__raw_field_28",
        'Field29', "__raw_field_29",
        'Field30', "__raw_field_30",
        'Field31', "__raw_field_31",
        'Field32', "__raw_field_32",
        'Field33', "__raw_field_33",
        'Field34', "__raw_field_34",
        'Field35', "__raw_field_35",
        'Field36', "__raw_field_36",
        'Field37', "__raw_field_37",
        'Field38', "__raw_field_38",
        'Field39', "__raw_field_39",
        'Field40', "__raw_field_40",
        'Field41', "__raw_field_41",
        'Field42', "__raw_field_42",
        'Field43', "__raw_field_43"
      )
      || jsonb_build_object(
        'Field44', "__raw_field_44",
        'Field45', "__raw_field_45",
        'Field46', "__raw_field_46",
        'Field47', "__raw_field_47",
        'Field48', "__raw_field_48",
        'Field49', "__raw_field_49",
        'Field50', "__raw_field_50",
        'PermanentAddressLatitude', "__raw_permanent_address_latitude",
        'PermanentAddressLongitude', "__raw_permanent_address_longitude",
        'PracticeLocationID', "__raw_practice_location_id",
        'LocationName', "__raw_location_name",
        'Field51', "__raw_field_51",
        'Field52', "__raw_field_52",
        'Field53', "__raw_field_53",
        'Field54', "__raw_field_54",
        'Field55', "__raw_field_55",
        'Field56', "__raw_field_56",
        'Field57', "__raw_field_57",
        'Field58', "__raw_field_58",
        'Field59', "__raw_field_59",
        'Field60', "__raw_field_60",
        'Field61', "__raw_field_61",
        'Field62', "__raw_field_62",
        'Field63', "__raw_field_63",
        'Field64', "__raw_field_64",
        'Field65', "__raw_field_65",
        'Field66', "__raw_field_66",
        'Field67', "__raw_field_67",
        'Field68', "__raw_field_68",
        'Field69', "__raw_field_69",
        'Field70', "__raw_field_70",
        'Field71', "__raw_field_71",
        'Field72', "__raw_field_72",
        'Field73', "__raw_field_73",
        'Field74', "__raw_field_74",
        'Field75', "__raw_field_75",
        'Field76', "__raw_field_76",
        'Field77', "__raw_field_77",
        'Field78', "__raw_field_78",
        'Field79', "__raw_field_79"
      )
      || jsonb_build_object(
        'Field80', "__raw_field_80",
        'Field81', "__raw_field_81",
        'Field82', "__raw_field_82",
        'Field83', "__raw_field_83",
        'Field84', "__raw_field_84",
        'Field85', "__raw_field_85",
        'Field86', "__raw_field_86",
        'Field87', "__raw_field_87",
        'Field88', "__raw_field_88",
        'Field89', "__raw_field_89",
        'Field90', "__raw_field_90",
        'Field91', "__raw_field_91",
        'Field92', "__raw_field_92",
        'Field93', "__raw_field_93",
        'Field94', "__raw_field_94",
        'Field95', "__raw_field_95",
        'Field96', "__raw_field_96",
        'Field97', "__raw_field_97",
        'Field98', "__raw_field_98",
        'Field99', "__raw_field_99",
        'Field100', "__raw_field_100",
        'Score', "__raw_score",
        'ScreeningTypeID', "__raw_screening_type_id",
        'PerOrgId', "__raw_per_org_id",
        'LoadedDateTime', "__raw_loaded_date_time"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'patient_id', {{ medi_error_checked('patient_id', 'integer', '__ok_patient_id', required=false, domain=none) }},
        'screaning_id', {{ medi_error_checked('screaning_id', 'integer', '__ok_screaning_id', required=true, domain=none) }},
        'appointment_id', {{ medi_error_checked('appointment_id', 'integer', '__ok_appointment_id', required=false, domain=none) }},
        'screening_date', {{ medi_error_checked('screening_date', 'date', '__ok_screening_date', required=false, domain=none) }},
        'is_active', {{ medi_error_checked('is_active', 'boolean', '__ok_is_active', required=false, domain=none) }},
        'updated_by_id', {{ medi_error_checked('updated_by_id', 'integer', '__ok_updated_by_id', required=false, domain=none) }},
        'updated_at', {{ medi_error_checked('updated_at', 'timestamp', '__ok_updated_at', required=false, domain=none) }},
        'inserted_by_id', {{ medi_error_checked('inserted_by_id', 'integer', '__ok_inserted_by_id', required=false, domain=none) }},
        'inserted_at', {{ medi_error_checked('inserted_at', 'timestamp', '__ok_inserted_at', required=false, domain=none) }},
        'practice_id', {{ medi_error_checked('practice_id', 'integer', '__ok_practice_id', required=true, domain=none) }},
        'provider_id', {{ medi_error_checked('provider_id', 'integer', '__ok_provider_id', required=false, domain=none) }},
        'is_deleted', {{ medi_error_checked('is_deleted', 'boolean', '__ok_is_deleted', required=false, domain=none) }},
        'care_plan_id', {{ medi_error_checked('care_plan_id', 'integer', '__ok_care_plan_id', required=false, domain=none) }},
        'is_confidential', {{ medi_error_checked('is_confidential', 'boolean', '__ok_is_confidential', required=false, domain=none) }},
        'is_gp2gp', {{ medi_error_checked('is_gp2gp', 'boolean', '__ok_is_gp2gp', required=false, domain=none) }},
        'is_patient_portal', {{ medi_error_checked('is_patient_portal', 'boolean', '__ok_is_patient_portal', required=false, domain=none) }},
        'is_showon_time_line', {{ medi_error_checked('is_showon_time_line', 'boolean', '__ok_is_showon_time_line', required=false, domain=none) }},
        'screening_source_type_id', {{ medi_error_checked('screening_source_type_id', 'integer', '__ok_screening_source_type_id', required=false, domain=none) }},
        'service_template_id', {{ medi_error_checked('service_template_id', 'integer', '__ok_service_template_id', required=false, domain=none) }},
        'permanent_address_latitude', {{ medi_error_checked('permanent_address_latitude', 'decimal', '__ok_permanent_address_latitude', required=false, domain=none) }},
        'permanent_address_longitude', {{ medi_error_checked('permanent_address_longitude', 'decimal', '__ok_permanent_address_longitude', required=false, domain=none) }},
        'practice_location_id', {{ medi_error_checked('practice_location_id', 'integer', '__ok_practice_location_id', required=false, domain=none) }},
        'score', {{ medi_error_checked('score', 'decimal', '__ok_score', required=false, domain=none) }},
        'screening_type_id', {{ medi_error_checked('screening_type_id', 'integer', '__ok_screening_type_id', required=false, domain=none) }},
        'per_org_id', {{ medi_error_checked('per_org_id', 'string', '__ok_per_org_id', required=true, domain=none) }},
        'loaded_date_time', {{ medi_error_checked('loaded_date_time', 'timestamp', '__ok_loaded_date_time', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged

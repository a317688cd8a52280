-- generated from contracts/indici/appointments.yaml by `npm run codegen`; do not edit
-- Every raw row once, with typed values and field_errors ('{}' when the row is valid). Each column is checked
-- once; the reasons and the row as landed are only assembled for rows that fail. Timestamps are read in the
-- source's zone, set for this model's transaction (medi_source_zone).
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail', pre_hook=['{{ medi_source_zone() }}', '{{ medi_since_set() }}', '{{ medi_checked_forget() }}', '{{ medi_checked_stats() }}'], post_hook="{{ medi_checked_sign('c421fd5f092677ad') }}", indexes=[{'columns': ['load_run_id', 'coalesce(source_row_number, 0)']}, {'columns': ['typed_at']}, {'columns': ['appointment_id', 'practice_id', 'per_org_id']}]) }}
{{ medi_checked_guard('c421fd5f092677ad') }}

with source as (
  select * from (
    {{ medi_source('raw_indici', 'indici_appointments', ["AppointmentID","PatientID","AppointmentType","AppointmentStatus","ScheduleDate","Notes","Arrived","WaitingForpayment","AppointmentCompleted","ConsultTime","Booked","MedTechID","InsertedAt","InsertedBy","UpdatedAt","UpdatedBy","Practice","PracticeID","ProviderID","IsActive","IsDeleted","Provider","PermanentAddressLatitude","PermanentAddressLongitude","PracticeLocationID","LocationName","ReasonforVisit","StatusGroup","Duration","AppointmentOutComeID","AppointmentOutCome","AppointmentTypeID","BookingSourceID","BookingSource","ConsultEndTime","ConsultStartTime","ConsultTimerStatusID","Description","EndTime","GeneratedTime","GPQueueTime","IsArrived","IsConsultParked","IsDummy","LastAppointmentStatusDate","LastAppointmentStatusID","CancelReason","ParkedReason","PriorityID","ArrivedTime","CancelledTime","NotArrivedTime","NurseQueueTime","OnHoldTime","ReadOnlyTime","SelfAssessmentCompletedTime","SelfAssessmentQueueTime","StartTime","TriageQueueTime","VirtualQueueTime","IsConfidential","IsConsenttoShare","PerOrgID","LoadedDateTime"], ["_source_uri","_source_bucket","_source_key","_source_version_id","_source_file_hash","_source_row_number","_source_date_extracted","_source_per_org_id","_source_practice_id","_source_checked"]) }}
  ) landed{% if is_incremental() %}
  -- only rows not typed yet: none of their (load run, file)'s rows from theirs on is here (a file's rows are
  -- committed in row order; coalesce: a missing lineage value must still match itself, or its rows would be
  -- typed again at every build). Raw is read only from the last build's bound (medi_since, macros/
  -- medi_incremental.sql), through its BRIN index; this table by its (load run, row number) index, one probe per
  -- new row, which stays cheap however few rows PostgreSQL expects to be new
  where {{ medi_since('landed._sdc_batched_at') }} and not exists (
    select 1 from {{ this }} seen
    where seen.load_run_id = landed._sdc_load_run_id and coalesce(seen.source_row_number, 0) >= coalesce(landed._source_row_number, 0)
      and coalesce(seen.source_uri, '') = coalesce(landed._source_uri, '') and coalesce(seen.source_version_id, '') = coalesce(landed._source_version_id, '')
      and coalesce(seen.source_file_hash, '') = coalesce(landed._source_file_hash, '')
  ){% endif %}
),

-- read by both branches when the tap marks checked rows, so not materialized: each branch scans raw itself
trimmed as not materialized (
  select
    nullif(btrim(source."AppointmentID", E' \t\r\n'), '') as "appointment_id",
    nullif(btrim(source."PatientID", E' \t\r\n'), '') as "patient_id",
    nullif(btrim(source."AppointmentType", E' \t\r\n'), '') as "appointment_type",
    nullif(btrim(source."AppointmentStatus", E' \t\r\n'), '') as "appointment_status",
    nullif(btrim(source."ScheduleDate", E' \t\r\n'), '') as "schedule_date",
    nullif(btrim(source."Notes", E' \t\r\n'), '') as "notes",
    nullif(btrim(source."Arrived", E' \t\r\n'), '') as "arrived",
    nullif(btrim(source."WaitingForpayment", E' \t\r\n'), '') as "waiting_forpayment",
    nullif(btrim(source."AppointmentCompleted", E' \t\r\n'), '') as "appointment_completed",
    nullif(btrim(source."ConsultTime", E' \t\r\n'), '') as "consult_time",
    nullif(btrim(source."Booked", E' \t\r\n'), '') as "booked",
    nullif(btrim(source."MedTechID", E' \t\r\n'), '') as "medtech_id",
    nullif(btrim(source."InsertedAt", E' \t\r\n'), '') as "inserted_at",
    nullif(btrim(source."InsertedBy", E' \t\r\n'), '') as "inserted_by",
    nullif(btrim(source."UpdatedAt", E' \t\r\n'), '') as "updated_at",
    nullif(btrim(source."UpdatedBy", E' \t\r\n'), '') as "updated_by",
    nullif(btrim(source."Practice", E' \t\r\n'), '') as "practice",
    nullif(btrim(source."PracticeID", E' \t\r\n'), '') as "practice_id",
    nullif(btrim(source."ProviderID", E' \t\r\n'), '') as "provider_id",
    nullif(btrim(source."IsActive", E' \t\r\n'), '') as "is_active",
    nullif(btrim(source."IsDeleted", E' \t\r\n'), '') as "is_deleted",
    nullif(btrim(source."Provider", E' \t\r\n'), '') as "provider",
    nullif(btrim(source."PermanentAddressLatitude", E' \t\r\n'), '') as "permanent_address_latitude",
    nullif(btrim(source."PermanentAddressLongitude", E' \t\r\n'), '') as "permanent_address_longitude",
    nullif(btrim(source."PracticeLocationID", E' \t\r\n'), '') as "practice_location_id",
    nullif(btrim(source."LocationName", E' \t\r\n'), '') as "location_name",
    nullif(btrim(source."ReasonforVisit", E' \t\r\n'), '') as "reasonfor_visit",
    nullif(btrim(source."StatusGroup", E' \t\r\n'), '') as "status_group",
    nullif(btrim(source."Duration", E' \t\r\n'), '') as "duration",
    nullif(btrim(source."AppointmentOutComeID", E' \t\r\n'), '') as "appointment_out_come_id",
    nullif(btrim(source."AppointmentOutCome", E' \t\r\n'), '') as "appointment_out_come",
    nullif(btrim(source."AppointmentTypeID", E' \t\r\n'), '') as "appointment_type_id",
    nullif(btrim(source."BookingSourceID", E' \t\r\n'), '') as "booking_source_id",
    nullif(btrim(source."BookingSource", E' \t\r\n'), '') as "booking_source",
    nullif(btrim(source."ConsultEndTime", E' \t\r\n'), '') as "consult_end_time",
    nullif(btrim(source."ConsultStartTime", E' \t\r\n'), '') as "consult_start_time",
    nullif(btrim(source."ConsultTimerStatusID", E' \t\r\n'), '') as "consult_timer_status_id",
    nullif(btrim(source."Description", E' \t\r\n'), '') as "description",
    nullif(btrim(source."EndTime", E' \t\r\n'), '') as "end_time",
    nullif(btrim(source."GeneratedTime", E' \t\r\n'), '') as "generated_time",
    nullif(btrim(source."GPQueueTime", E' \t\r\n'), '') as "gp_queue_time",
    nullif(btrim(source."IsArrived", E' \t\r\n'), '') as "is_arrived",
    nullif(btrim(source."IsConsultParked", E' \t\r\n'), '') as "is_consult_parked",
    nullif(btrim(source."IsDummy", E' \t\r\n'), '') as "is_dummy",
    nullif(btrim(source."LastAppointmentStatusDate", E' \t\r\n'), '') as "last_appointment_status_date",
    nullif(btrim(source."LastAppointmentStatusID", E' \t\r\n'), '') as "last_appointment_status_id",
    nullif(btrim(source."CancelReason", E' \t\r\n'), '') as "cancel_reason",
    nullif(btrim(source."ParkedReason", E' \t\r\n'), '') as "parked_reason",
    nullif(btrim(source."PriorityID", E' \t\r\n'), '') as "priority_id",
    nullif(btrim(source."ArrivedTime", E' \t\r\n'), '') as "arrived_time",
    nullif(btrim(source."CancelledTime", E' \t\r\n'), '') as "cancelled_time",
    nullif(btrim(source."NotArrivedTime", E' \t\r\n'), '') as "not_arrived_time",
    nullif(btrim(source."NurseQueueTime", E' \t\r\n'), '') as "nurse_queue_time",
    nullif(btrim(source."OnHoldTime", E' \t\r\n'), '') as "on_hold_time",
    nullif(btrim(source."ReadOnlyTime", E' \t\r\n'), '') as "read_only_time",
    nullif(btrim(source."SelfAssessmentCompletedTime", E' \t\r\n'), '') as "self_assessment_completed_time",
    nullif(btrim(source."SelfAssessmentQueueTime", E' \t\r\n'), '') as "self_assessment_queue_time",
    nullif(btrim(source."StartTime", E' \t\r\n'), '') as "start_time",
    nullif(btrim(source."TriageQueueTime", E' \t\r\n'), '') as "triage_queue_time",
    nullif(btrim(source."VirtualQueueTime", E' \t\r\n'), '') as "virtual_queue_time",
    nullif(btrim(source."IsConfidential", E' \t\r\n'), '') as "is_confidential",
    nullif(btrim(source."IsConsenttoShare", E' \t\r\n'), '') as "is_consentto_share",
    nullif(btrim(source."PerOrgID", E' \t\r\n'), '') as "per_org_id",
    nullif(btrim(source."LoadedDateTime", E' \t\r\n'), '') as "loaded_date_time",
    source."AppointmentID" as "__raw_appointment_id",
    source."PatientID" as "__raw_patient_id",
    source."AppointmentType" as "__raw_appointment_type",
    source."AppointmentStatus" as "__raw_appointment_status",
    source."ScheduleDate" as "__raw_schedule_date",
    source."Notes" as "__raw_notes",
    source."Arrived" as "__raw_arrived",
    source."WaitingForpayment" as "__raw_waiting_forpayment",
    source."AppointmentCompleted" as "__raw_appointment_completed",
    source."ConsultTime" as "__raw_consult_time",
    source."Booked" as "__raw_booked",
    source."MedTechID" as "__raw_medtech_id",
    source."InsertedAt" as "__raw_inserted_at",
    source."InsertedBy" as "__raw_inserted_by",
    source."UpdatedAt" as "__raw_updated_at",
    source."UpdatedBy" as "__raw_updated_by",
    source."Practice" as "__raw_practice",
    source."PracticeID" as "__raw_practice_id",
    source."ProviderID" as "__raw_provider_id",
    source."IsActive" as "__raw_is_active",
    source."IsDeleted" as "__raw_is_deleted",
    source."Provider" as "__raw_provider",
    source."PermanentAddressLatitude" as "__raw_permanent_address_latitude",
    source."PermanentAddressLongitude" as "__raw_permanent_address_longitude",
    source."PracticeLocationID" as "__raw_practice_location_id",
    source."LocationName" as "__raw_location_name",
    source."ReasonforVisit" as "__raw_reasonfor_visit",
    source."StatusGroup" as "__raw_status_group",
    source."Duration" as "__raw_duration",
    source."AppointmentOutComeID" as "__raw_appointment_out_come_id",
    source."AppointmentOutCome" as "__raw_appointment_out_come",
    source."AppointmentTypeID" as "__raw_appointment_type_id",
    source."BookingSourceID" as "__raw_booking_source_id",
    source."BookingSource" as "__raw_booking_source",
    source."ConsultEndTime" as "__raw_consult_end_time",
    source."ConsultStartTime" as "__raw_consult_start_time",
    source."ConsultTimerStatusID" as "__raw_consult_timer_status_id",
    source."Description" as "__raw_description",
    source."EndTime" as "__raw_end_time",
    source."GeneratedTime" as "__raw_generated_time",
    source."GPQueueTime" as "__raw_gp_queue_time",
    source."IsArrived" as "__raw_is_arrived",
    source."IsConsultParked" as "__raw_is_consult_parked",
    source."IsDummy" as "__raw_is_dummy",
    source."LastAppointmentStatusDate" as "__raw_last_appointment_status_date",
    source."LastAppointmentStatusID" as "__raw_last_appointment_status_id",
    source."CancelReason" as "__raw_cancel_reason",
    source."ParkedReason" as "__raw_parked_reason",
    source."PriorityID" as "__raw_priority_id",
    source."ArrivedTime" as "__raw_arrived_time",
    source."CancelledTime" as "__raw_cancelled_time",
    source."NotArrivedTime" as "__raw_not_arrived_time",
    source."NurseQueueTime" as "__raw_nurse_queue_time",
    source."OnHoldTime" as "__raw_on_hold_time",
    source."ReadOnlyTime" as "__raw_read_only_time",
    source."SelfAssessmentCompletedTime" as "__raw_self_assessment_completed_time",
    source."SelfAssessmentQueueTime" as "__raw_self_assessment_queue_time",
    source."StartTime" as "__raw_start_time",
    source."TriageQueueTime" as "__raw_triage_queue_time",
    source."VirtualQueueTime" as "__raw_virtual_queue_time",
    source."IsConfidential" as "__raw_is_confidential",
    source."IsConsenttoShare" as "__raw_is_consentto_share",
    source."PerOrgID" as "__raw_per_org_id",
    source."LoadedDateTime" as "__raw_loaded_date_time",
    _source_uri as source_uri,
    _source_version_id as source_version_id,
    _source_file_hash as source_file_hash,
    _source_row_number as source_row_number,
    _source_date_extracted as date_extracted,
    _sdc_load_run_id as load_run_id,
    _sdc_batched_at as loaded_at,
    _source_checked
  from source
),

renamed as (
  -- OFFSET 0 here too: folded into the checks, each trimmed value was recomputed at every use (a date
  -- check uses its value ~9 times), which cost ~20% of this model
  select * from trimmed
  where _source_checked is distinct from '181df25187e990be'
  offset 0
),

validated as (
  -- OFFSET 0 keeps this subquery from being folded into its users, so each check runs once per row
  select * from (
    select
      renamed.*,
      {{ medi_valid('appointment_id', 'integer') }} as "__ok_appointment_id",
      {{ medi_valid('patient_id', 'integer') }} as "__ok_patient_id",
      {{ medi_valid('appointment_type', 'string') }} as "__ok_appointment_type",
      {{ medi_valid('appointment_status', 'string', domain=["Booked","Arrived","In Consultation","Completed","Cancelled","Did Not Arrive"]) }} as "__ok_appointment_status",
      {{ medi_valid('schedule_date', 'timestamp') }} as "__ok_schedule_date",
      {{ medi_valid('notes', 'string') }} as "__ok_notes",
      {{ medi_valid('arrived', 'boolean') }} as "__ok_arrived",
      {{ medi_valid('waiting_forpayment', 'boolean') }} as "__ok_waiting_forpayment",
      {{ medi_valid('appointment_completed', 'boolean') }} as "__ok_appointment_completed",
      {{ medi_valid('consult_time', 'string') }} as "__ok_consult_time",
      {{ medi_valid('booked', 'boolean') }} as "__ok_booked",
      {{ medi_valid('medtech_id', 'string') }} as "__ok_medtech_id",
      {{ medi_valid('inserted_at', 'timestamp') }} as "__ok_inserted_at",
      {{ medi_valid('inserted_by', 'string') }} as "__ok_inserted_by",
      {{ medi_valid('updated_at', 'timestamp') }} as "__ok_updated_at",
      {{ medi_valid('updated_by', 'string') }} as "__ok_updated_by",
      {{ medi_valid('practice', 'string') }} as "__ok_practice",
      {{ medi_valid('practice_id', 'integer') }} as "__ok_practice_id",
      {{ medi_valid('provider_id', 'integer') }} as "__ok_provider_id",
      {{ medi_valid('is_active', 'boolean') }} as "__ok_is_active",
      {{ medi_valid('is_deleted', 'boolean') }} as "__ok_is_deleted",
      {{ medi_valid('provider', 'string') }} as "__ok_provider",
      {{ medi_valid('permanent_address_latitude', 'decimal') }} as "__ok_permanent_address_latitude",
      {{ medi_valid('permanent_address_longitude', 'decimal') }} as "__ok_permanent_address_longitude",
      {{ medi_valid('practice_location_id', 'integer') }} as "__ok_practice_location_id",
      {{ medi_valid('location_name', 'string') }} as "__ok_location_name",
      {{ medi_valid('reasonfor_visit', 'string') }} as "__ok_reasonfor_visit",
      {{ medi_valid('status_group', 'string', domain=["Upcoming","In Progress","Completed","Cancelled","DNA"]) }} as "__ok_status_group",
      {{ medi_valid('duration', 'integer') }} as "__ok_duration",
      {{ medi_valid('appointment_out_come_id', 'integer') }} as "__ok_appointment_out_come_id",
      {{ medi_valid('appointment_out_come', 'string') }} as "__ok_appointment_out_come",
      {{ medi_valid('appointment_type_id', 'integer') }} as "__ok_appointment_type_id",
      {{ medi_valid('booking_source_id', 'integer') }} as "__ok_booking_source_id",
      {{ medi_valid('booking_source', 'string') }} as "__ok_booking_source",
      {{ medi_valid('consult_end_time', 'timestamp') }} as "__ok_consult_end_time",
      {{ medi_valid('consult_start_time', 'timestamp') }} as "__ok_consult_start_time",
      {{ medi_valid('consult_timer_status_id', 'integer') }} as "__ok_consult_timer_status_id",
      {{ medi_valid('description', 'string') }} as "__ok_description",
      {{ medi_valid('end_time', 'timestamp') }} as "__ok_end_time",
      {{ medi_valid('generated_time', 'timestamp') }} as "__ok_generated_time",
      {{ medi_valid('gp_queue_time', 'timestamp') }} as "__ok_gp_queue_time",
      {{ medi_valid('is_arrived', 'boolean') }} as "__ok_is_arrived",
      {{ medi_valid('is_consult_parked', 'boolean') }} as "__ok_is_consult_parked",
      {{ medi_valid('is_dummy', 'boolean') }} as "__ok_is_dummy",
      {{ medi_valid('last_appointment_status_date', 'timestamp') }} as "__ok_last_appointment_status_date",
      {{ medi_valid('last_appointment_status_id', 'integer') }} as "__ok_last_appointment_status_id",
      {{ medi_valid('cancel_reason', 'string') }} as "__ok_cancel_reason",
      {{ medi_valid('parked_reason', 'string') }} as "__ok_parked_reason",
      {{ medi_valid('priority_id', 'integer') }} as "__ok_priority_id",
      {{ medi_valid('arrived_time', 'timestamp') }} as "__ok_arrived_time",
      {{ medi_valid('cancelled_time', 'timestamp') }} as "__ok_cancelled_time",
      {{ medi_valid('not_arrived_time', 'timestamp') }} as "__ok_not_arrived_time",
      {{ medi_valid('nurse_queue_time', 'timestamp') }} as "__ok_nurse_queue_time",
      {{ medi_valid('on_hold_time', 'timestamp') }} as "__ok_on_hold_time",
      {{ medi_valid('read_only_time', 'timestamp') }} as "__ok_read_only_time",
      {{ medi_valid('self_assessment_completed_time', 'timestamp') }} as "__ok_self_assessment_completed_time",
      {{ medi_valid('self_assessment_queue_time', 'timestamp') }} as "__ok_self_assessment_queue_time",
      {{ medi_valid('start_time', 'timestamp') }} as "__ok_start_time",
      {{ medi_valid('triage_queue_time', 'timestamp') }} as "__ok_triage_queue_time",
      {{ medi_valid('virtual_queue_time', 'timestamp') }} as "__ok_virtual_queue_time",
      {{ medi_valid('is_confidential', 'boolean') }} as "__ok_is_confidential",
      {{ medi_valid('is_consentto_share', 'boolean') }} as "__ok_is_consentto_share",
      {{ medi_valid('per_org_id', 'string') }} as "__ok_per_org_id",
      {{ medi_valid('loaded_date_time', 'timestamp') }} as "__ok_loaded_date_time"
    from renamed
    offset 0
  ) checked
),

flagged as (
  select
    validated.*,
    ("appointment_id" is null or not "__ok_appointment_id"
      or not "__ok_patient_id"
      or not "__ok_appointment_type"
      or not "__ok_appointment_status"
      or not "__ok_schedule_date"
      or not "__ok_notes"
      or not "__ok_arrived"
      or not "__ok_waiting_forpayment"
      or not "__ok_appointment_completed"
      or not "__ok_consult_time"
      or not "__ok_booked"
      or not "__ok_medtech_id"
      or not "__ok_inserted_at"
      or not "__ok_inserted_by"
      or not "__ok_updated_at"
      or not "__ok_updated_by"
      or not "__ok_practice"
      or "practice_id" is null or not "__ok_practice_id"
      or not "__ok_provider_id"
      or not "__ok_is_active"
      or not "__ok_is_deleted"
      or not "__ok_provider"
      or not "__ok_permanent_address_latitude"
      or not "__ok_permanent_address_longitude"
      or not "__ok_practice_location_id"
      or not "__ok_location_name"
      or not "__ok_reasonfor_visit"
      or not "__ok_status_group"
      or not "__ok_duration"
      or not "__ok_appointment_out_come_id"
      or not "__ok_appointment_out_come"
      or not "__ok_appointment_type_id"
      or not "__ok_booking_source_id"
      or not "__ok_booking_source"
      or not "__ok_consult_end_time"
      or not "__ok_consult_start_time"
      or not "__ok_consult_timer_status_id"
      or not "__ok_description"
      or not "__ok_end_time"
      or not "__ok_generated_time"
      or not "__ok_gp_queue_time"
      or not "__ok_is_arrived"
      or not "__ok_is_consult_parked"
      or not "__ok_is_dummy"
      or not "__ok_last_appointment_status_date"
      or not "__ok_last_appointment_status_id"
      or not "__ok_cancel_reason"
      or not "__ok_parked_reason"
      or not "__ok_priority_id"
      or not "__ok_arrived_time"
      or not "__ok_cancelled_time"
      or not "__ok_not_arrived_time"
      or not "__ok_nurse_queue_time"
      or not "__ok_on_hold_time"
      or not "__ok_read_only_time"
      or not "__ok_self_assessment_completed_time"
      or not "__ok_self_assessment_queue_time"
      or not "__ok_start_time"
      or not "__ok_triage_queue_time"
      or not "__ok_virtual_queue_time"
      or not "__ok_is_confidential"
      or not "__ok_is_consentto_share"
      or "per_org_id" is null or not "__ok_per_org_id"
      or not "__ok_loaded_date_time") as __has_error
  from validated
)

-- Rows the tap marked as passing every check of this contract as it stands (the fingerprint of its columns'
-- types, required flags, domains and null spellings, and of the rules' version): they are only cast. Unmarked
-- rows, and rows marked under other rules, are checked above. Neither this nor `trimmed` is fenced or
-- materialized, so PostgreSQL casts these rows in parallel workers (measured ~2× faster than in one process).
select
    {{ medi_cast_valid('appointment_id', 'integer') }} as "appointment_id",
    {{ medi_cast_valid('patient_id', 'integer') }} as "patient_id",
    {{ medi_cast_valid('appointment_type', 'string') }} as "appointment_type",
    {{ medi_cast_valid('appointment_status', 'string') }} as "appointment_status",
    (case "appointment_status" when 'Booked' then 'booked' when 'Arrived' then 'arrived' when 'In Consultation' then 'in_consultation' when 'Completed' then 'completed' when 'Cancelled' then 'cancelled' when 'Did Not Arrive' then 'did_not_arrive' end) as "appointment_status_code",
    {{ medi_cast_valid('schedule_date', 'timestamp') }} as "schedule_date",
    {{ medi_cast_valid('notes', 'string') }} as "notes",
    {{ medi_cast_valid('arrived', 'boolean') }} as "arrived",
    {{ medi_cast_valid('waiting_forpayment', 'boolean') }} as "waiting_forpayment",
    {{ medi_cast_valid('appointment_completed', 'boolean') }} as "appointment_completed",
    {{ medi_cast_valid('consult_time', 'string') }} as "consult_time",
    {{ medi_cast_valid('booked', 'boolean') }} as "booked",
    {{ medi_cast_valid('medtech_id', 'string') }} as "medtech_id",
    {{ medi_cast_valid('inserted_at', 'timestamp') }} as "inserted_at",
    {{ medi_cast_valid('inserted_by', 'string') }} as "inserted_by",
    {{ medi_cast_valid('updated_at', 'timestamp') }} as "updated_at",
    {{ medi_cast_valid('updated_by', 'string') }} as "updated_by",
    {{ medi_cast_valid('practice', 'string') }} as "practice",
    {{ medi_cast_valid('practice_id', 'integer') }} as "practice_id",
    {{ medi_cast_valid('provider_id', 'integer') }} as "provider_id",
    {{ medi_cast_valid('is_active', 'boolean') }} as "is_active",
    {{ medi_cast_valid('is_deleted', 'boolean') }} as "is_deleted",
    {{ medi_cast_valid('provider', 'string') }} as "provider",
    {{ medi_cast_valid('permanent_address_latitude', 'decimal') }} as "permanent_address_latitude",
    {{ medi_cast_valid('permanent_address_longitude', 'decimal') }} as "permanent_address_longitude",
    {{ medi_cast_valid('practice_location_id', 'integer') }} as "practice_location_id",
    {{ medi_cast_valid('location_name', 'string') }} as "location_name",
    {{ medi_cast_valid('reasonfor_visit', 'string') }} as "reasonfor_visit",
    {{ medi_cast_valid('status_group', 'string') }} as "status_group",
    (case "status_group" when 'Upcoming' then 'upcoming' when 'In Progress' then 'in_progress' when 'Completed' then 'completed' when 'Cancelled' then 'cancelled' when 'DNA' then 'did_not_arrive' end) as "status_group_code",
    {{ medi_cast_valid('duration', 'integer') }} as "duration",
    {{ medi_cast_valid('appointment_out_come_id', 'integer') }} as "appointment_out_come_id",
    {{ medi_cast_valid('appointment_out_come', 'string') }} as "appointment_out_come",
    {{ medi_cast_valid('appointment_type_id', 'integer') }} as "appointment_type_id",
    {{ medi_cast_valid('booking_source_id', 'integer') }} as "booking_source_id",
    {{ medi_cast_valid('booking_source', 'string') }} as "booking_source",
    {{ medi_cast_valid('consult_end_time', 'timestamp') }} as "consult_end_time",
    {{ medi_cast_valid('consult_start_time', 'timestamp') }} as "consult_start_time",
    {{ medi_cast_valid('consult_timer_status_id', 'integer') }} as "consult_timer_status_id",
    {{ medi_cast_valid('description', 'string') }} as "description",
    {{ medi_cast_valid('end_time', 'timestamp') }} as "end_time",
    {{ medi_cast_valid('generated_time', 'timestamp') }} as "generated_time",
    {{ medi_cast_valid('gp_queue_time', 'timestamp') }} as "gp_queue_time",
    {{ medi_cast_valid('is_arrived', 'boolean') }} as "is_arrived",
    {{ medi_cast_valid('is_consult_parked', 'boolean') }} as "is_consult_parked",
    {{ medi_cast_valid('is_dummy', 'boolean') }} as "is_dummy",
    {{ medi_cast_valid('last_appointment_status_date', 'timestamp') }} as "last_appointment_status_date",
    {{ medi_cast_valid('last_appointment_status_id', 'integer') }} as "last_appointment_status_id",
    {{ medi_cast_valid('cancel_reason', 'string') }} as "cancel_reason",
    {{ medi_cast_valid('parked_reason', 'string') }} as "parked_reason",
    {{ medi_cast_valid('priority_id', 'integer') }} as "priority_id",
    {{ medi_cast_valid('arrived_time', 'timestamp') }} as "arrived_time",
    {{ medi_cast_valid('cancelled_time', 'timestamp') }} as "cancelled_time",
    {{ medi_cast_valid('not_arrived_time', 'timestamp') }} as "not_arrived_time",
    {{ medi_cast_valid('nurse_queue_time', 'timestamp') }} as "nurse_queue_time",
    {{ medi_cast_valid('on_hold_time', 'timestamp') }} as "on_hold_time",
    {{ medi_cast_valid('read_only_time', 'timestamp') }} as "read_only_time",
    {{ medi_cast_valid('self_assessment_completed_time', 'timestamp') }} as "self_assessment_completed_time",
    {{ medi_cast_valid('self_assessment_queue_time', 'timestamp') }} as "self_assessment_queue_time",
    {{ medi_cast_valid('start_time', 'timestamp') }} as "start_time",
    {{ medi_cast_valid('triage_queue_time', 'timestamp') }} as "triage_queue_time",
    {{ medi_cast_valid('virtual_queue_time', 'timestamp') }} as "virtual_queue_time",
    {{ medi_cast_valid('is_confidential', 'boolean') }} as "is_confidential",
    {{ medi_cast_valid('is_consentto_share', 'boolean') }} as "is_consentto_share",
    {{ medi_cast_valid('per_org_id', 'string') }} as "per_org_id",
    {{ medi_cast_valid('loaded_date_time', 'timestamp') }} as "loaded_date_time",
  source_uri,
  source_version_id,
  source_file_hash,
  source_row_number,
  date_extracted,
  load_run_id,
  loaded_at,
  transaction_timestamp() as typed_at,
  null::jsonb as source_row,
  '{}'::jsonb as field_errors
from trimmed
where _source_checked = '181df25187e990be'

union all

select
    {{ medi_cast_checked('appointment_id', 'integer', '__ok_appointment_id') }} as "appointment_id",
    {{ medi_cast_checked('patient_id', 'integer', '__ok_patient_id') }} as "patient_id",
    {{ medi_cast_checked('appointment_type', 'string', '__ok_appointment_type') }} as "appointment_type",
    {{ medi_cast_checked('appointment_status', 'string', '__ok_appointment_status') }} as "appointment_status",
    (case "appointment_status" when 'Booked' then 'booked' when 'Arrived' then 'arrived' when 'In Consultation' then 'in_consultation' when 'Completed' then 'completed' when 'Cancelled' then 'cancelled' when 'Did Not Arrive' then 'did_not_arrive' end) as "appointment_status_code",
    {{ medi_cast_checked('schedule_date', 'timestamp', '__ok_schedule_date') }} as "schedule_date",
    {{ medi_cast_checked('notes', 'string', '__ok_notes') }} as "notes",
    {{ medi_cast_checked('arrived', 'boolean', '__ok_arrived') }} as "arrived",
    {{ medi_cast_checked('waiting_forpayment', 'boolean', '__ok_waiting_forpayment') }} as "waiting_forpayment",
    {{ medi_cast_checked('appointment_completed', 'boolean', '__ok_appointment_completed') }} as "appointment_completed",
    {{ medi_cast_checked('consult_time', 'string', '__ok_consult_time') }} as "consult_time",
    {{ medi_cast_checked('booked', 'boolean', '__ok_booked') }} as "booked",
    {{ medi_cast_checked('medtech_id', 'string', '__ok_medtech_id') }} as "medtech_id",
    {{ medi_cast_checked('inserted_at', 'timestamp', '__ok_inserted_at') }} as "inserted_at",
    {{ medi_cast_checked('inserted_by', 'string', '__ok_inserted_by') }} as "inserted_by",
    {{ medi_cast_checked('updated_at', 'timestamp', '__ok_updated_at') }} as "updated_at",
    {{ medi_cast_checked('updated_by', 'string', '__ok_updated_by') }} as "updated_by",
    {{ medi_cast_checked('practice', 'string', '__ok_practice') }} as "practice",
    {{ medi_cast_checked('practice_id', 'integer', '__ok_practice_id') }} as "practice_id",
    {{ medi_cast_checked('provider_id', 'integer', '__ok_provider_id') }} as "provider_id",
    {{ medi_cast_checked('is_active', 'boolean', '__ok_is_active') }} as "is_active",
    {{ medi_cast_checked('is_deleted', 'boolean', '__ok_is_deleted') }} as "is_deleted",
    {{ medi_cast_checked('provider', 'string', '__ok_provider') }} as "provider",
    {{ medi_cast_checked('permanent_address_latitude', 'decimal', '__ok_permanent_address_latitude') }} as "permanent_address_latitude",
    {{ medi_cast_checked('permanent_address_longitude', 'decimal', '__ok_permanent_address_longitude') }} as "permanent_address_longitude",
    {{ medi_cast_checked('practice_location_id', 'integer', '__ok_practice_location_id') }} as "practice_location_id",
    {{ medi_cast_checked('location_name', 'string', '__ok_location_name') }} as "location_name",
    {{ medi_cast_checked('reasonfor_visit', 'string', '__ok_reasonfor_visit') }} as "reasonfor_visit",
    {{ medi_cast_checked('status_group', 'string', '__ok_status_group') }} as "status_group",
    (case "status_group" when 'Upcoming' then 'upcoming' when 'In Progress' then 'in_progress' when 'Completed' then 'completed' when 'Cancelled' then 'cancelled' when 'DNA' then 'did_not_arrive' end) as "status_group_code",
    {{ medi_cast_checked('duration', 'integer', '__ok_duration') }} as "duration",
    {{ medi_cast_checked('appointment_out_come_id', 'integer', '__ok_appointment_out_come_id') }} as "appointment_out_come_id",
    {{ medi_cast_checked('appointment_out_come', 'string', '__ok_appointment_out_come') }} as "appointment_out_come",
    {{ medi_cast_checked('appointment_type_id', 'integer', '__ok_appointment_type_id') }} as "appointment_type_id",
    {{ medi_cast_checked('booking_source_id', 'integer', '__ok_booking_source_id') }} as "booking_source_id",
    {{ medi_cast_checked('booking_source', 'string', '__ok_booking_source') }} as "booking_source",
    {{ medi_cast_checked('consult_end_time', 'timestamp', '__ok_consult_end_time') }} as "consult_end_time",
    {{ medi_cast_checked('consult_start_time', 'timestamp', '__ok_consult_start_time') }} as "consult_start_time",
    {{ medi_cast_checked('consult_timer_status_id', 'integer', '__ok_consult_timer_status_id') }} as "consult_timer_status_id",
    {{ medi_cast_checked('description', 'string', '__ok_description') }} as "description",
    {{ medi_cast_checked('end_time', 'timestamp', '__ok_end_time') }} as "end_time",
    {{ medi_cast_checked('generated_time', 'timestamp', '__ok_generated_time') }} as "generated_time",
    {{ medi_cast_checked('gp_queue_time', 'timestamp', '__ok_gp_queue_time') }} as "gp_queue_time",
    {{ medi_cast_checked('is_arrived', 'boolean', '__ok_is_arrived') }} as "is_arrived",
    {{ medi_cast_checked('is_consult_parked', 'boolean', '__ok_is_consult_parked') }} as "is_consult_parked",
    {{ medi_cast_checked('is_dummy', 'boolean', '__ok_is_dummy') }} as "is_dummy",
    {{ medi_cast_checked('last_appointment_status_date', 'timestamp', '__ok_last_appointment_status_date') }} as "last_appointment_status_date",
    {{ medi_cast_checked('last_appointment_status_id', 'integer', '__ok_last_appointment_status_id') }} as "last_appointment_status_id",
    {{ medi_cast_checked('cancel_reason', 'string', '__ok_cancel_reason') }} as "cancel_reason",
    {{ medi_cast_checked('parked_reason', 'string', '__ok_parked_reason') }} as "parked_reason",
    {{ medi_cast_checked('priority_id', 'integer', '__ok_priority_id') }} as "priority_id",
    {{ medi_cast_checked('arrived_time', 'timestamp', '__ok_arrived_time') }} as "arrived_time",
    {{ medi_cast_checked('cancelled_time', 'timestamp', '__ok_cancelled_time') }} as "cancelled_time",
    {{ medi_cast_checked('not_arrived_time', 'timestamp', '__ok_not_arrived_time') }} as "not_arrived_time",
    {{ medi_cast_checked('nurse_queue_time', 'timestamp', '__ok_nurse_queue_time') }} as "nurse_queue_time",
    {{ medi_cast_checked('on_hold_time', 'timestamp', '__ok_on_hold_time') }} as "on_hold_time",
    {{ medi_cast_checked('read_only_time', 'timestamp', '__ok_read_only_time') }} as "read_only_time",
    {{ medi_cast_checked('self_assessment_completed_time', 'timestamp', '__ok_self_assessment_completed_time') }} as "self_assessment_completed_time",
    {{ medi_cast_checked('self_assessment_queue_time', 'timestamp', '__ok_self_assessment_queue_time') }} as "self_assessment_queue_time",
    {{ medi_cast_checked('start_time', 'timestamp', '__ok_start_time') }} as "start_time",
    {{ medi_cast_checked('triage_queue_time', 'timestamp', '__ok_triage_queue_time') }} as "triage_queue_time",
    {{ medi_cast_checked('virtual_queue_time', 'timestamp', '__ok_virtual_queue_time') }} as "virtual_queue_time",
    {{ medi_cast_checked('is_confidential', 'boolean', '__ok_is_confidential') }} as "is_confidential",
    {{ medi_cast_checked('is_consentto_share', 'boolean', '__ok_is_consentto_share') }} as "is_consentto_share",
    {{ medi_cast_checked('per_org_id', 'string', '__ok_per_org_id') }} as "per_org_id",
    {{ medi_cast_checked('loaded_date_time', 'timestamp', '__ok_loaded_date_time') }} as "loaded_date_time",
  source_uri,
  source_version_id,
  source_file_hash,
  source_row_number,
  date_extracted,
  load_run_id,
  loaded_at,
  transaction_timestamp() as typed_at,
  -- the source row as landed, field by field (raw is lossless), for rejects
  case when __has_error then
    jsonb_build_object(
        'AppointmentID', "__raw_appointment_id",
        'PatientID', "__raw_patient_id",
        'AppointmentType', "__raw_appointment_type",
        'AppointmentStatus', "__raw_appointment_status",
        'ScheduleDate', "__raw_schedule_date",
        'Notes', "__raw_notes",
        'Arrived', "__raw_arrived",
        'WaitingForpayment', "__raw_waiting_forpayment",
        'AppointmentCompleted', "__raw_appointment_completed",
        'ConsultTime', "__raw_consult_time",
        'Booked', "__raw_booked",
        'MedTechID', "__raw_medtech_id",
        'InsertedAt', "__raw_inserted_at",
        'InsertedBy', "__raw_inserted_by",
        'UpdatedAt', "__raw_updated_at",
        'UpdatedBy', "__raw_updated_by",
        'Practice', "__raw_practice",
        'PracticeID', "__raw_practice_id",
        'ProviderID', "__raw_provider_id",
        'IsActive', "__raw_is_active",
        'IsDeleted', "__raw_is_deleted",
        'Provider', "__raw_provider",
        'PermanentAddressLatitude', "__raw_permanent_address_latitude",
        'PermanentAddressLongitude', "__raw_permanent_address_longitude",
        'PracticeLocationID', "__raw_practice_location_id",
        'LocationName', "__raw_location_name",
        'ReasonforVisit', "__raw_reasonfor_visit",
        'StatusGroup', "__raw_status_group",
        'Duration', "__raw_duration",
        'AppointmentOutComeID', "__raw_appointment_out_come_id",
        'AppointmentOutCome', "__raw_appointment_out_come",
        'AppointmentTypeID', "__raw_appointment_type_id",
        'BookingSourceID', "__raw_booking_source_id",
        'BookingSource', "__raw_booking_source",
        'ConsultEndTime', "__raw_consult_end_time",
        'ConsultStartTime', "__raw_consult_start_time",
        'ConsultTimerStatusID', "__raw_consult_timer_status_id",
        'Description', "__raw_description",
        'EndTime', "__raw_end_time",
        'GeneratedTime', "__raw_generated_time"
      )
      || jsonb_build_object(
        'GPQueueTime', "__raw_gp_queue_time",
        'IsArrived', "__raw_is_arrived",
        'IsConsultParked', "__raw_is_consult_parked",
        'IsDummy', "__raw_is_dummy",
        'LastAppointmentStatusDate', "__raw_last_appointment_status_date",
        'LastAppointmentStatusID', "__raw_last_appointment_status_id",
        'CancelReason', "__raw_cancel_reason",
        'ParkedReason', "__raw_parked_reason",
        'PriorityID', "__raw_priority_id",
        'ArrivedTime', "__raw_arrived_time",
        'CancelledTime', "__raw_cancelled_time",
        'NotArrivedTime', "__raw_not_arrived_time",
        'NurseQueueTime', "__raw_nurse_queue_time",
        'OnHoldTime', "__raw_on_hold_time",
        'ReadOnlyTime', "__raw_read_only_time",
        'SelfAssessmentCompletedTime', "__raw_self_assessment_completed_time",
        'SelfAssessmentQueueTime', "__raw_self_assessment_queue_time",
        'StartTime', "__raw_start_time",
        'TriageQueueTime', "__raw_triage_queue_time",
        'VirtualQueueTime', "__raw_virtual_queue_time",
        'IsConfidential', "__raw_is_confidential",
        'IsConsenttoShare', "__raw_is_consentto_share",
        'PerOrgID', "__raw_per_org_id",
        'LoadedDateTime', "__raw_loaded_date_time"
      )
  end as source_row,
  case when __has_error then jsonb_strip_nulls(
    jsonb_build_object(
        'appointment_id', {{ medi_error_checked('appointment_id', 'integer', '__ok_appointment_id', required=true, domain=none) }},
        'patient_id', {{ medi_error_checked('patient_id', 'integer', '__ok_patient_id', required=false, domain=none) }},
        'appointment_status', {{ medi_error_checked('appointment_status', 'string', '__ok_appointment_status', required=false, domain=["Booked","Arrived","In Consultation","Completed","Cancelled","Did Not Arrive"]) }},
        'schedule_date', {{ medi_error_checked('schedule_date', 'timestamp', '__ok_schedule_date', required=false, domain=none) }},
        'arrived', {{ medi_error_checked('arrived', 'boolean', '__ok_arrived', required=false, domain=none) }},
        'waiting_forpayment', {{ medi_error_checked('waiting_forpayment', 'boolean', '__ok_waiting_forpayment', required=false, domain=none) }},
        'appointment_completed', {{ medi_error_checked('appointment_completed', 'boolean', '__ok_appointment_completed', required=false, domain=none) }},
        'booked', {{ medi_error_checked('booked', 'boolean', '__ok_booked', required=false, domain=none) }},
        'inserted_at', {{ medi_error_checked('inserted_at', 'timestamp', '__ok_inserted_at', required=false, domain=none) }},
        'updated_at', {{ medi_error_checked('updated_at', 'timestamp', '__ok_updated_at', required=false, domain=none) }},
        'practice_id', {{ medi_error_checked('practice_id', 'integer', '__ok_practice_id', required=true, domain=none) }},
        'provider_id', {{ medi_error_checked('provider_id', 'integer', '__ok_provider_id', required=false, domain=none) }},
        'is_active', {{ medi_error_checked('is_active', 'boolean', '__ok_is_active', required=false, domain=none) }},
        'is_deleted', {{ medi_error_checked('is_deleted', 'boolean', '__ok_is_deleted', required=false, domain=none) }},
        'permanent_address_latitude', {{ medi_error_checked('permanent_address_latitude', 'decimal', '__ok_permanent_address_latitude', required=false, domain=none) }},
        'permanent_address_longitude', {{ medi_error_checked('permanent_address_longitude', 'decimal', '__ok_permanent_address_longitude', required=false, domain=none) }},
        'practice_location_id', {{ medi_error_checked('practice_location_id', 'integer', '__ok_practice_location_id', required=false, domain=none) }},
        'status_group', {{ medi_error_checked('status_group', 'string', '__ok_status_group', required=false, domain=["Upcoming","In Progress","Completed","Cancelled","DNA"]) }},
        'duration', {{ medi_error_checked('duration', 'integer', '__ok_duration', required=false, domain=none) }},
        'appointment_out_come_id', {{ medi_error_checked('appointment_out_come_id', 'integer', '__ok_appointment_out_come_id', required=false, domain=none) }},
        'appointment_type_id', {{ medi_error_checked('appointment_type_id', 'integer', '__ok_appointment_type_id', required=false, domain=none) }},
        'booking_source_id', {{ medi_error_checked('booking_source_id', 'integer', '__ok_booking_source_id', required=false, domain=none) }},
        'consult_end_time', {{ medi_error_checked('consult_end_time', 'timestamp', '__ok_consult_end_time', required=false, domain=none) }},
        'consult_start_time', {{ medi_error_checked('consult_start_time', 'timestamp', '__ok_consult_start_time', required=false, domain=none) }},
        'consult_timer_status_id', {{ medi_error_checked('consult_timer_status_id', 'integer', '__ok_consult_timer_status_id', required=false, domain=none) }},
        'end_time', {{ medi_error_checked('end_time', 'timestamp', '__ok_end_time', required=false, domain=none) }},
        'generated_time', {{ medi_error_checked('generated_time', 'timestamp', '__ok_generated_time', required=false, domain=none) }},
        'gp_queue_time', {{ medi_error_checked('gp_queue_time', 'timestamp', '__ok_gp_queue_time', required=false, domain=none) }},
        'is_arrived', {{ medi_error_checked('is_arrived', 'boolean', '__ok_is_arrived', required=false, domain=none) }},
        'is_consult_parked', {{ medi_error_checked('is_consult_parked', 'boolean', '__ok_is_consult_parked', required=false, domain=none) }},
        'is_dummy', {{ medi_error_checked('is_dummy', 'boolean', '__ok_is_dummy', required=false, domain=none) }},
        'last_appointment_status_date', {{ medi_error_checked('last_appointment_status_date', 'timestamp', '__ok_last_appointment_status_date', required=false, domain=none) }},
        'last_appointment_status_id', {{ medi_error_checked('last_appointment_status_id', 'integer', '__ok_last_appointment_status_id', required=false, domain=none) }},
        'priority_id', {{ medi_error_checked('priority_id', 'integer', '__ok_priority_id', required=false, domain=none) }},
        'arrived_time', {{ medi_error_checked('arrived_time', 'timestamp', '__ok_arrived_time', required=false, domain=none) }},
        'cancelled_time', {{ medi_error_checked('cancelled_time', 'timestamp', '__ok_cancelled_time', required=false, domain=none) }},
        'not_arrived_time', {{ medi_error_checked('not_arrived_time', 'timestamp', '__ok_not_arrived_time', required=false, domain=none) }},
        'nurse_queue_time', {{ medi_error_checked('nurse_queue_time', 'timestamp', '__ok_nurse_queue_time', required=false, domain=none) }},
        'on_hold_time', {{ medi_error_checked('on_hold_time', 'timestamp', '__ok_on_hold_time', required=false, domain=none) }},
        'read_only_time', {{ medi_error_checked('read_only_time', 'timestamp', '__ok_read_only_time', required=false, domain=none) }}
      )
      || jsonb_build_object(
        'self_assessment_completed_time', {{ medi_error_checked('self_assessment_completed_time', 'timestamp', '__ok_self_assessment_completed_time', required=false, domain=none) }},
        'self_assessment_queue_time', {{ medi_error_checked('self_assessment_queue_time', 'timestamp', '__ok_self_assessment_queue_time', required=false, domain=none) }},
        'start_time', {{ medi_error_checked('start_time', 'timestamp', '__ok_start_time', required=false, domain=none) }},
        'triage_queue_time', {{ medi_error_checked('triage_queue_time', 'timestamp', '__ok_triage_queue_time', required=false, domain=none) }},
        'virtual_queue_time', {{ medi_error_checked('virtual_queue_time', 'timestamp', '__ok_virtual_queue_time', required=false, domain=none) }},
        'is_confidential', {{ medi_error_checked('is_confidential', 'boolean', '__ok_is_confidential', required=false, domain=none) }},
        'is_consentto_share', {{ medi_error_checked('is_consentto_share', 'boolean', '__ok_is_consentto_share', required=false, domain=none) }},
        'per_org_id', {{ medi_error_checked('per_org_id', 'string', '__ok_per_org_id', required=true, domain=none) }},
        'loaded_date_time', {{ medi_error_checked('loaded_date_time', 'timestamp', '__ok_loaded_date_time', required=false, domain=none) }}
      )
  ) else '{}'::jsonb end as field_errors
from flagged

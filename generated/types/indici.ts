// generated from contracts/indici/*.yaml by `npm run codegen`; do not edit

export interface IndiciAllergiesRecord {
AllergyID?: (string | null)
AppointmentID?: (string | null)
AllergyTypeID?: (string | null)
AllergyType?: (string | null)
OnsetDate?: (string | null)
DeactivationReason?: (string | null)
MedicineID?: (string | null)
Medicine?: (string | null)
ReactionID?: (string | null)
Reactions?: (string | null)
ReactionTypeID?: (string | null)
ReactionType?: (string | null)
SeverityID?: (string | null)
Severity?: (string | null)
ReactionNotes?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
InsertedByID?: (string | null)
InsertedBy?: (string | null)
UpdatedByID?: (string | null)
UpdatedBy?: (string | null)
InsertedAt?: (string | null)
UpdatedAt?: (string | null)
PatientID?: (string | null)
Patient?: (string | null)
IsConfidential?: (string | null)
PracticeID?: (string | null)
Practice?: (string | null)
MGENCODE?: (string | null)
MCLACODE?: (string | null)
MedTechID?: (string | null)
MedicineClassificationID?: (string | null)
AllergyCategoryID?: (string | null)
AllergyCategory?: (string | null)
Comment?: (string | null)
SubstanceTypeID?: (string | null)
SubstanceType?: (string | null)
FavouriteSubstanceID?: (string | null)
FavouriteSubstance?: (string | null)
DiseaseID?: (string | null)
Disease?: (string | null)
OtherSubstance?: (string | null)
MedicineTypeID?: (string | null)
MedicineType?: (string | null)
UserLoggingID?: (string | null)
LoggingUserName?: (string | null)
ShowOnPortal?: (string | null)
WarningType?: (string | null)
ROWINACTIVE?: (string | null)
IsReviewed?: (string | null)
ProviderID?: (string | null)
Provider?: (string | null)
PracticeLocationID?: (string | null)
LocationName?: (string | null)
PerOrgID?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciAppointmentMedicationsRecord {
MedicationID?: (string | null)
AppointmentID?: (string | null)
PatientID?: (string | null)
SCTID?: (string | null)
MedicineID?: (string | null)
MedicineName?: (string | null)
Strength?: (string | null)
Form?: (string | null)
Take?: (string | null)
Frequency?: (string | null)
DAILYFREQ?: (string | null)
Route?: (string | null)
Duration?: (string | null)
DurationType?: (string | null)
StartDate?: (string | null)
EndDate?: (string | null)
StopDate?: (string | null)
Repeats?: (string | null)
SAStatus?: (string | null)
SANumber?: (string | null)
ExpiryDate?: (string | null)
SubsidyAmount?: (string | null)
Price?: (string | null)
ProviderID?: (string | null)
Provider?: (string | null)
TaskID?: (string | null)
Directions?: (string | null)
IsConfidential?: (string | null)
IsLongTerm?: (string | null)
IsPrescribedExternally?: (string | null)
IsStopped?: (string | null)
IsHighlighted?: (string | null)
IsPracticeinAdmin?: (string | null)
IsTrial?: (string | null)
StoppedReason?: (string | null)
MedicationStopReason?: (string | null)
RxSCID?: (string | null)
RxDate?: (string | null)
RxStatus?: (string | null)
IsDispense?: (string | null)
PrintedBy?: (string | null)
PrintedAt?: (string | null)
Comments?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
InsertedBy?: (string | null)
UpdatedBy?: (string | null)
InsertedAt?: (string | null)
UpdatedAt?: (string | null)
MedTechID?: (string | null)
IsMapped?: (string | null)
MedTechDrugCode?: (string | null)
MedTechGenericName?: (string | null)
PracticeID?: (string | null)
PrescibedExternlayID?: (string | null)
PrescibedExternlayDesc?: (string | null)
Quantity?: (string | null)
IsGenericSubstitution?: (string | null)
IsFrequentDispensed?: (string | null)
InitialDispensePeriod?: (string | null)
InitialDispensePeriodType?: (string | null)
TrialPeriod?: (string | null)
TrialType?: (string | null)
IsSpecalistRecomended?: (string | null)
SpecalistName?: (string | null)
RecomendationDate?: (string | null)
IsEndorsementCriteria?: (string | null)
IsProviderEligibleCoPayment?: (string | null)
UserLoggingID?: (string | null)
IsOverride?: (string | null)
OverrideReason?: (string | null)
IsTaskGenerated?: (string | null)
ShowOnPortal?: (string | null)
PatientSARecordID?: (string | null)
StoppedBy?: (string | null)
MappedBy?: (string | null)
MappedDate?: (string | null)
RecomendationOverrideReason?: (string | null)
IsVariableDose?: (string | null)
IsDoseChange?: (string | null)
ReferenceMedication?: (string | null)
MIMSCODE?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
PracticeLocationID?: (string | null)
LocationName?: (string | null)
PrescriptionPrintDate?: (string | null)
PrescriptionNo?: (string | null)
SubstanceName?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciAppointmentsRecord {
AppointmentID?: (string | null)
PatientID?: (string | null)
AppointmentType?: (string | null)
/**
 * Appointment status label as Indici shows it; a value outside the domain sends the row to rejects (add it here and rerun dbt to accept it). The canonical code is appointment_status_code.
 */
AppointmentStatus?: (string | null)
ScheduleDate?: (string | null)
Notes?: (string | null)
Arrived?: (string | null)
WaitingForpayment?: (string | null)
AppointmentCompleted?: (string | null)
ConsultTime?: (string | null)
Booked?: (string | null)
MedTechID?: (string | null)
InsertedAt?: (string | null)
InsertedBy?: (string | null)
UpdatedAt?: (string | null)
UpdatedBy?: (string | null)
Practice?: (string | null)
PracticeID?: (string | null)
ProviderID?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
Provider?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
PracticeLocationID?: (string | null)
LocationName?: (string | null)
ReasonforVisit?: (string | null)
/**
 * Indici's grouping of appointment statuses; mapped to status_group_code.
 */
StatusGroup?: (string | null)
Duration?: (string | null)
AppointmentOutComeID?: (string | null)
AppointmentOutCome?: (string | null)
AppointmentTypeID?: (string | null)
BookingSourceID?: (string | null)
BookingSource?: (string | null)
ConsultEndTime?: (string | null)
ConsultStartTime?: (string | null)
ConsultTimerStatusID?: (string | null)
Description?: (string | null)
EndTime?: (string | null)
GeneratedTime?: (string | null)
GPQueueTime?: (string | null)
IsArrived?: (string | null)
IsConsultParked?: (string | null)
IsDummy?: (string | null)
LastAppointmentStatusDate?: (string | null)
LastAppointmentStatusID?: (string | null)
CancelReason?: (string | null)
ParkedReason?: (string | null)
PriorityID?: (string | null)
ArrivedTime?: (string | null)
CancelledTime?: (string | null)
NotArrivedTime?: (string | null)
NurseQueueTime?: (string | null)
OnHoldTime?: (string | null)
ReadOnlyTime?: (string | null)
SelfAssessmentCompletedTime?: (string | null)
SelfAssessmentQueueTime?: (string | null)
StartTime?: (string | null)
TriageQueueTime?: (string | null)
VirtualQueueTime?: (string | null)
IsConfidential?: (string | null)
IsConsenttoShare?: (string | null)
PerOrgID?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciDiagnosisRecord {
DiagnosisID?: (string | null)
AppointmentID?: (string | null)
PatientID?: (string | null)
DiseaseID?: (string | null)
Disease?: (string | null)
DiagnosisDate?: (string | null)
DiagnosisByID?: (string | null)
DiagnosisBy?: (string | null)
Summary?: (string | null)
IsLongTerm?: (string | null)
AddtoProblem?: (string | null)
IsHighlighted?: (string | null)
SequenceNo?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
InsertedByID?: (string | null)
InsertedBy?: (string | null)
UpdatedByID?: (string | null)
UpdatedBy?: (string | null)
InsertedAt?: (string | null)
UpdatedAt?: (string | null)
IsConfidential?: (string | null)
DiagnosisTypeID?: (string | null)
DiagnosisType?: (string | null)
ClassificationRecord?: (string | null)
MedTechID?: (string | null)
MedTechReadCode?: (string | null)
MedTechReadTerm?: (string | null)
IsMapped?: (string | null)
PracticeID?: (string | null)
Practice?: (string | null)
OnSetDate?: (string | null)
UserLoggingID?: (string | null)
LoggingUserName?: (string | null)
RecallID?: (string | null)
Recall?: (string | null)
ExclusionStartDate?: (string | null)
ExclusionEndDate?: (string | null)
ShowOnPortal?: (string | null)
ExtAppointmentID?: (string | null)
PatientMEDTechID?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
PracticeLocationID?: (string | null)
LocationName?: (string | null)
SNOMEDID?: (string | null)
SnomedTerm?: (string | null)
CONCEPTID?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciImmunisationRecord {
AppointmentImmunisationID?: (string | null)
PatientID?: (string | null)
AppointmentID?: (string | null)
PatientScheduleID?: (string | null)
VaccineID?: (string | null)
VaccineName?: (string | null)
VaccineCode?: (string | null)
Dose?: (string | null)
DoseNumber?: (string | null)
AdministrationSiteID?: (string | null)
AdministrationSite?: (string | null)
RouteID?: (string | null)
Route?: (string | null)
BatchNumber?: (string | null)
ExpiryDate?: (string | null)
ImmunisationStatusID?: (string | null)
ImmunisationStatus?: (string | null)
VaccineOutComeID?: (string | null)
VaccineOutCome?: (string | null)
IsNIRAck?: (string | null)
Reason?: (string | null)
ProviderID?: (string | null)
Provider?: (string | null)
Comments?: (string | null)
AdministrationTime?: (string | null)
VaccineIndicationID?: (string | null)
VaccineIndication?: (string | null)
VaccineIndicationCode?: (string | null)
NeedleLength?: (string | null)
HasDiluent?: (string | null)
DiluentBatchNo?: (string | null)
DiluentExpiryDate?: (string | null)
IsConfidential?: (string | null)
CostingCodeID?: (string | null)
CostingCode?: (string | null)
BrandID?: (string | null)
Brand?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
InsertedByID?: (string | null)
InsertedBy?: (string | null)
UpdatedByID?: (string | null)
UpdatedBy?: (string | null)
InsertedAt?: (string | null)
UpdatedAt?: (string | null)
IsParked?: (string | null)
MedTechID?: (string | null)
PracticeID?: (string | null)
Practice?: (string | null)
IsAutoBill?: (string | null)
VaccinatorID?: (string | null)
Vaccinator?: (string | null)
UserLoggingID?: (string | null)
LoggingUserName?: (string | null)
NIRSentDate?: (string | null)
ShowOnPortal?: (string | null)
VaccinatorCode?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
PracticeLocationID?: (string | null)
LocationName?: (string | null)
VaccineGroupID?: (string | null)
VaccineGroup?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciInboxRecord {
InboxFolderItemID?: (string | null)
FolderID?: (string | null)
FolderName?: (string | null)
IsSystemFolder?: (string | null)
OrderNo?: (string | null)
ItemTypeID?: (string | null)
ItemType?: (string | null)
PatientID?: (string | null)
ProviderID?: (string | null)
PracticeID?: (string | null)
PatientName?: (string | null)
Provider?: (string | null)
PracticeName?: (string | null)
FromOrgID?: (string | null)
FromOrganizationName?: (string | null)
AssignToID?: (string | null)
AssignTo?: (string | null)
ResultDate?: (string | null)
MessageSubjectID?: (string | null)
MessageSubject?: (string | null)
Comments?: (string | null)
MarkAsRead?: (string | null)
IsConfidential?: (string | null)
ShowonPortal?: (string | null)
IsReviewed?: (string | null)
ShowOnTimeLine?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
InsertedByID?: (string | null)
InsertedBy?: (string | null)
UpdatedByID?: (string | null)
UpdatedBy?: (string | null)
InsertedAt?: (string | null)
UpdatedAt?: (string | null)
MedTechID?: (string | null)
DMSID?: (string | null)
IsRepeatRX?: (string | null)
IsRepliedRx?: (string | null)
ExternalRef?: (string | null)
ABNORMResult?: (string | null)
IsDeactivated?: (string | null)
FolderGroup?: (string | null)
DocumentCode?: (string | null)
IsGP2GP?: (string | null)
InformatID?: (string | null)
Informat?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
FiledAt?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciInboxDetailRecord {
InBoxFolderItemInLineID?: (string | null)
InboxFolderItemID?: (string | null)
PatientID?: (string | null)
PracticeID?: (string | null)
PracticeName?: (string | null)
Prompt?: (string | null)
Result?: (string | null)
AbNorm?: (string | null)
Unit?: (string | null)
ResultCode?: (string | null)
ReferenceRanges?: (string | null)
LineNumber?: (string | null)
InsertedAt?: (string | null)
IsConfidential?: (string | null)
ShowonPortal?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciInvoiceDetailRecord {
InvoiceDetailID?: (string | null)
InvoiceTransactionID?: (string | null)
MasterServiceSubServiceID?: (string | null)
AppointmentServiceID?: (string | null)
Comments?: (string | null)
Quantity?: (string | null)
ClaimAmount?: (string | null)
CoPayment?: (string | null)
GrossClaimAmount?: (string | null)
GrossCoPayment?: (string | null)
IsBillingAmount?: (string | null)
FunderID?: (string | null)
FunderName?: (string | null)
ContractServiceID?: (string | null)
ContractServiceName?: (string | null)
IsFunded?: (string | null)
SubmissionStatus?: (string | null)
CaseNo?: (string | null)
SequenceNo?: (string | null)
BillingClaimStatusID?: (string | null)
MasterServiceName?: (string | null)
MasterServiceCode?: (string | null)
MasterServiceDescription?: (string | null)
ServiceName?: (string | null)
Description?: (string | null)
Code?: (string | null)
FeeCode?: (string | null)
ServiceCode?: (string | null)
SubServiceDescription?: (string | null)
Duration?: (string | null)
IsCommonService?: (string | null)
ServiceCodeForClaim?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
InsertedByID?: (string | null)
UpdatedByID?: (string | null)
InsertedBy?: (string | null)
UpdatedBy?: (string | null)
InsertedAt?: (string | null)
UpdatedAt?: (string | null)
UserLoggingID?: (string | null)
LoggingUserName?: (string | null)
BillingRefID?: (string | null)
BillingReferralID?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
PracticeID?: (string | null)
PerOrgID?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciInvoicesRecord {
InvoiceTransactionID?: (string | null)
PatientID?: (string | null)
ACDATE?: (string | null)
MedtechID?: (string | null)
PaymentMode?: (string | null)
TotalAmount?: (string | null)
UnpaidAmount?: (string | null)
ClaimNotes?: (string | null)
Description?: (string | null)
IncomeProvider?: (string | null)
InvoicePaymentNo?: (string | null)
Provider?: (string | null)
DomicileCode?: (string | null)
InsertedAt?: (string | null)
InsertedBy?: (string | null)
UpdatedAt?: (string | null)
UpdatedBy?: (string | null)
IsActive?: (string | null)
TransactionType?: (string | null)
ProviderID?: (string | null)
PracticeID?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
PracticeLocationID?: (string | null)
LocationName?: (string | null)
Notes?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciMeasurementsRecord {
PatientID?: (string | null)
ScreaningID?: (string | null)
AppointmentID?: (string | null)
ScreeningDate?: (string | null)
SCNCODE?: (string | null)
ScreeningType?: (string | null)
ScreeningGroup?: (string | null)
Outcome?: (string | null)
OutcomeDescription?: (string | null)
Notes?: (string | null)
IsActive?: (string | null)
UpdatedByID?: (string | null)
UpdatedBy?: (string | null)
UpdatedAt?: (string | null)
InsertedByID?: (string | null)
InsertedBy?: (string | null)
InsertedAt?: (string | null)
PatientMedTechID?: (string | null)
Practice?: (string | null)
PracticeID?: (string | null)
ProviderID?: (string | null)
ProviderCode?: (string | null)
ProviderName?: (string | null)
HBAIC?: (string | null)
IsDeleted?: (string | null)
CarePlanID?: (string | null)
CarePlaneName?: (string | null)
IsConfidential?: (string | null)
IsGP2GP?: (string | null)
IsPatientPortal?: (string | null)
IsShowonTimeLine?: (string | null)
MedTechID?: (string | null)
ScreeningSourceTypeID?: (string | null)
ServiceTemplateID?: (string | null)
ServiceTemplateName?: (string | null)
UserLoggingID?: (string | null)
LoggingUserName?: (string | null)
Field1?: (string | null)
Field2?: (string | null)
Field3?: (string | null)
Field4?: (string | null)
Field5?: (string | null)
Field6?: (string | null)
Field7?: (string | null)
Field8?: (string | null)
Field9?: (string | null)
Field10?: (string | null)
Field11?: (string | null)
Field12?: (string | null)
Field13?: (string | null)
Field14?: (string | null)
Field15?: (string | null)
Field16?: (string | null)
Field17?: (string | null)
Field18?: (string | null)
Field19?: (string | null)
Field20?: (string | null)
Field21?: (string | null)
Field22?: (string | null)
Field23?: (string | null)
Field24?: (string | null)
Field25?: (string | null)
Field26?: (string | null)
Field27?: (string | null)
Field28?: (string | null)
Field29?: (string | null)
Field30?: (string | null)
Field31?: (string | null)
Field32?: (string | null)
Field33?: (string | null)
Field34?: (string | null)
Field35?: (string | null)
Field36?: (string | null)
Field37?: (string | null)
Field38?: (string | null)
Field39?: (string | null)
Field40?: (string | null)
Field41?: (string | null)
Field42?: (string | null)
Field43?: (string | null)
Field44?: (string | null)
Field45?: (string | null)
Field46?: (string | null)
Field47?: (string | null)
Field48?: (string | null)
Field49?: (string | null)
Field50?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
PracticeLocationID?: (string | null)
LocationName?: (string | null)
Field51?: (string | null)
Field52?: (string | null)
Field53?: (string | null)
Field54?: (string | null)
Field55?: (string | null)
Field56?: (string | null)
Field57?: (string | null)
Field58?: (string | null)
Field59?: (string | null)
Field60?: (string | null)
Field61?: (string | null)
Field62?: (string | null)
Field63?: (string | null)
Field64?: (string | null)
Field65?: (string | null)
Field66?: (string | null)
Field67?: (string | null)
Field68?: (string | null)
Field69?: (string | null)
Field70?: (string | null)
Field71?: (string | null)
Field72?: (string | null)
Field73?: (string | null)
Field74?: (string | null)
Field75?: (string | null)
Field76?: (string | null)
Field77?: (string | null)
Field78?: (string | null)
Field79?: (string | null)
Field80?: (string | null)
Field81?: (string | null)
Field82?: (string | null)
Field83?: (string | null)
Field84?: (string | null)
Field85?: (string | null)
Field86?: (string | null)
Field87?: (string | null)
Field88?: (string | null)
Field89?: (string | null)
Field90?: (string | null)
Field91?: (string | null)
Field92?: (string | null)
Field93?: (string | null)
Field94?: (string | null)
Field95?: (string | null)
Field96?: (string | null)
Field97?: (string | null)
Field98?: (string | null)
Field99?: (string | null)
Field100?: (string | null)
Score?: (string | null)
ScreeningTypeID?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciMedicineRecord {
MedicineID?: (string | null)
MedicineName?: (string | null)
MedicineShortName?: (string | null)
SCTID?: (string | null)
Type?: (string | null)
PharmaCode?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
PerOrgId?: (string | null)
PracticeID?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciNextOfKinRecord {
NexttoKinID?: (string | null)
PatientID?: (string | null)
NOKProfileID?: (string | null)
NHINumber?: (string | null)
Name?: (string | null)
FullAddress?: (string | null)
CellNumber?: (string | null)
DayPhone?: (string | null)
NightPhone?: (string | null)
IsEmergency?: (string | null)
RelationshipTypeID?: (string | null)
RelationshipType?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
InsertedByID?: (string | null)
InsertedBy?: (string | null)
UpdatedByID?: (string | null)
UpdatedBy?: (string | null)
InsertedAt?: (string | null)
UpdatedAt?: (string | null)
UserLoggingID?: (string | null)
LoggingUserName?: (string | null)
IsGP2GP?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
PracticeID?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciPatientRecord {
PatientID?: (string | null)
NHINumber?: (string | null)
IsNHIValidate?: (string | null)
Title?: (string | null)
FirstName?: (string | null)
MiddleName?: (string | null)
FamilyName?: (string | null)
FullName?: (string | null)
PreferredName?: (string | null)
OtherMaidenName?: (string | null)
MaritalStatusID?: (string | null)
MaritalStatus?: (string | null)
GenderID?: (string | null)
Gender?: (string | null)
DOB?: (string | null)
Age?: (string | null)
AgeType?: (string | null)
AgeGroup?: (string | null)
IsAlive?: (string | null)
DeathDate?: (string | null)
DOBSource?: (string | null)
PicturePath?: (string | null)
ConsentedtoShare?: (string | null)
PlaceofBirth?: (string | null)
CountryofBirthID?: (string | null)
CountryOfBirth?: (string | null)
CellNumber?: (string | null)
DayPhone?: (string | null)
NightPhone?: (string | null)
Email?: (string | null)
SecondaryEmail?: (string | null)
PreferredContactMethod?: (string | null)
ConsentTextMessaging?: (string | null)
IsPortalUser?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
InsertedBy?: (string | null)
UpdatedBy?: (string | null)
InsertedAt?: (string | null)
UpdatedAt?: (string | null)
Notes?: (string | null)
IsGenderSelfIdentified?: (string | null)
SexRelatedGender?: (string | null)
IsWorkedVisaRequired?: (string | null)
Balance?: (string | null)
MedTechBalance?: (string | null)
MedTechDATELASTPAY?: (string | null)
MedTechDATELASTSTMT?: (string | null)
RegisterStatusID?: (string | null)
RegisterStatus?: (string | null)
MedTechNOK?: (string | null)
PracticeName?: (string | null)
CalculatedBalance?: (string | null)
LastStatementDate?: (string | null)
LastInvoiceDate?: (string | null)
LastPaymentDate?: (string | null)
ProviderName?: (string | null)
ChartNumber?: (string | null)
Extention?: (string | null)
PracticeRemarks?: (string | null)
IsInsured?: (string | null)
InsuredRemarks?: (string | null)
SmokingType?: (string | null)
AccountHolder?: (string | null)
AccountHolderEmployer?: (string | null)
IsCommunityServiceCard?: (string | null)
CommunityServiceCardNo?: (string | null)
CommunityServiceCardExipryDate?: (string | null)
CommunityServiceCardSighted?: (string | null)
IsHealthCard?: (string | null)
HealthCardNo?: (string | null)
HealthCardExpiryDate?: (string | null)
HealthCardSighted?: (string | null)
WINZ?: (string | null)
IsTransferOfRecords?: (string | null)
TransferofRecordsRemarks?: (string | null)
EnrolmentType?: (string | null)
EnrolmentStatusID?: (string | null)
EnrolmentStatus?: (string | null)
EnrolmentDate?: (string | null)
EnrolmentMethod?: (string | null)
EnrolmentVerifier?: (string | null)
FundingStatusID?: (string | null)
FundingStatus?: (string | null)
RejectionReason?: (string | null)
FundingFrom?: (string | null)
FundingTo?: (string | null)
AccountGroup?: (string | null)
GMSCode?: (string | null)
ResidentialStatus?: (string | null)
IsNKA?: (string | null)
IsHighCare?: (string | null)
HighCareReason?: (string | null)
IsCarePlan?: (string | null)
IsNewRegisteration?: (string | null)
IsOptOff?: (string | null)
IsBPGraph?: (string | null)
IsBMIGraph?: (string | null)
IsINRGraph?: (string | null)
IsHbA1cGraph?: (string | null)
ASRMarkStatus?: (string | null)
IsHeightGraph?: (string | null)
IsWeightGraph?: (string | null)
IsHcGraph?: (string | null)
NESStatus?: (string | null)
NESComments?: (string | null)
MedTechBalanceDate?: (string | null)
IsHeartRate?: (string | null)
IsPremature?: (string | null)
PrematureWeek?: (string | null)
PatientPHOID?: (string | null)
ConsultUpdatedAt?: (string | null)
Occupation?: (string | null)
EmergencyContact?: (string | null)
EmergencyContactName?: (string | null)
SecondaryContact?: (string | null)
SecondaryContactName?: (string | null)
ProviderID?: (string | null)
PracticeID?: (string | null)
PortalRegistrationStatus?: (string | null)
RegistrationDate?: (string | null)
MedTechID?: (string | null)
PermanentAddressHouseNumber?: (string | null)
PermanentAddressBuildingNumber?: (string | null)
PermanentAddressStreetNumber?: (string | null)
PermanentAddressSuburbTownID?: (string | null)
PermanentAddressSuburb?: (string | null)
PermanentAddressCityAreaID?: (string | null)
PermanentAddressCity?: (string | null)
PermanentAddressPostalCode?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
PermanentAddressCountryID?: (string | null)
PermanentAddressCountry?: (string | null)
PermanentAddress?: (string | null)
PermanentAddressDHBCode?: (string | null)
PermanentAddressDomicileCode?: (string | null)
PermanentAddressDeprivationQuintile?: (string | null)
PermanentAddressDeprivationDecile?: (string | null)
PermanentAddressMeshblock?: (string | null)
PermanentAddressMatchScore?: (string | null)
PermanentAddressUncertaintyCode?: (string | null)
TemporaryAddress?: (string | null)
PostalAddressHouseNumber?: (string | null)
PostalAddressBuildingNumber?: (string | null)
PostalAddressStreetNumber?: (string | null)
PostalAddressSuburbTownID?: (string | null)
PostalAddressSuburb?: (string | null)
PostalAddressCityAreaID?: (string | null)
PostalAddressCity?: (string | null)
PostalAddressPostalCode?: (string | null)
PostalAddressLatitude?: (string | null)
PostalAddressLongitude?: (string | null)
PostalAddressCountryID?: (string | null)
PostalAddressCountry?: (string | null)
PostalAddress?: (string | null)
PostalAddressDHBCode?: (string | null)
PostalAddressDomicileCode?: (string | null)
PostalAddressDeprivationQuintile?: (string | null)
PostalAddressDeprivationDecile?: (string | null)
PostalAddressMeshblock?: (string | null)
PostalAddressMatchScore?: (string | null)
PostalAddressUncertaintyCode?: (string | null)
EthnicityID?: (string | null)
Ethnicity?: (string | null)
ETHCODE?: (string | null)
ETHCODE2?: (string | null)
SecondaryEthnicityID?: (string | null)
SecondaryEthnicity?: (string | null)
ETHCODE3?: (string | null)
OtherEthnicityID?: (string | null)
OtherEthnicity?: (string | null)
EnrolmentID?: (string | null)
PHOName?: (string | null)
EnrolmentExpiryDate?: (string | null)
IsConsentToShare?: (string | null)
IsWorkVisa?: (string | null)
WorkVisaStartDate?: (string | null)
WorkVisaExpiryDate?: (string | null)
EnrolmentQuarter?: (string | null)
PracticeLocation?: (string | null)
AccountHolderTypeID?: (string | null)
PatientType?: (string | null)
BreastScreenID?: (string | null)
BreastScreen?: (string | null)
IsPregnant?: (string | null)
ApplyCharges?: (string | null)
IncludeInPrint?: (string | null)
IsCareplus?: (string | null)
CarePlusStartDate?: (string | null)
CarePlusEnddate?: (string | null)
CarePlusLincStatusID?: (string | null)
CarePlusLincStatus?: (string | null)
NHIStatusID?: (string | null)
NHIStatus?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
AccountHolderProfileID?: (string | null)
ComunityServiceEffectiveDate?: (string | null)
DefaultGPMCNo?: (string | null)
DefaultGPName?: (string | null)
DefaultPracticeEDI?: (string | null)
DefaultPracticeName?: (string | null)
EnrolmentEndDate?: (string | null)
IsCapitated?: (string | null)
IsConsentAutoReminderTextMessaging?: (string | null)
IsConsentForExperienceSurvey?: (string | null)
IsConsentToImportClinicalRecords?: (string | null)
IsConsentToPrivateEmailAddress?: (string | null)
IsConsentToShareClinicalRecords?: (string | null)
IsConsentToShareHealth1?: (string | null)
IsConsentToShareMyRecordOnSEHR?: (string | null)
IsConsentToSharePHODataCollection?: (string | null)
IsIncludeAccountFee?: (string | null)
IsIncludeStatementFee?: (string | null)
IsLinkedCSCExists?: (string | null)
IsTestRecord?: (string | null)
PharmacyID?: (string | null)
ResidentialStatusID?: (string | null)
VisaExpiry?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciPatientAlertsRecord {
PatientAlertID?: (string | null)
PatientID?: (string | null)
TypeID?: (string | null)
Type?: (string | null)
AlertID?: (string | null)
Alert?: (string | null)
SeverityID?: (string | null)
Severity?: (string | null)
AlertValue?: (string | null)
LastUpdatedDate?: (string | null)
EffectiveDate?: (string | null)
ExpiryDate?: (string | null)
Note?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
/**
 * IsDeleted appears twice in the supplier column list (position 16); kept so positions stay aligned. The reference loader keeps 32 columns, so a file may come without it (source_format.may_be_absent) and is then NULL
 */
IsDeleted_2?: (string | null)
InsertedByID?: (string | null)
InsertedBy?: (string | null)
UpdatedByID?: (string | null)
UpdatedBy?: (string | null)
InsertedAt?: (string | null)
UpdatedAt?: (string | null)
MedTechID?: (string | null)
UserLoggingID?: (string | null)
LoggingUserName?: (string | null)
IsGP2GP?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
AlertState?: (string | null)
PracticeID?: (string | null)
ProviderID?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciPracticeInfoRecord {
PracticeID?: (string | null)
PracticeName?: (string | null)
PracticeCategory?: (string | null)
PracticeSpeciality?: (string | null)
PHO?: (string | null)
OrganizationType?: (string | null)
OrgShortName?: (string | null)
OrgCode?: (string | null)
EDIAccount?: (string | null)
LegalEntityTitle?: (string | null)
LegalStatus?: (string | null)
IncorporationNumber?: (string | null)
LegalDate?: (string | null)
Comments?: (string | null)
Formula?: (string | null)
OwnershipModel?: (string | null)
Rural?: (string | null)
PrimaryPhone?: (string | null)
SecondaryPhone?: (string | null)
OtherPhone?: (string | null)
PrimaryEmail?: (string | null)
SecondaryEmail?: (string | null)
OtherEmail?: (string | null)
Pager?: (string | null)
Fax1?: (string | null)
Fax2?: (string | null)
HealthFacilityNo?: (string | null)
HPIFacilityNo?: (string | null)
HPIFacilityExt?: (string | null)
HPIOrganizationID?: (string | null)
HPIOrganizationExt?: (string | null)
GSTNo?: (string | null)
ACCNo?: (string | null)
BankAccountNo?: (string | null)
MOHSendingPracticeID?: (string | null)
AfterHoursNumber?: (string | null)
EmergencyNumber?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
PerOrgID?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciProviderRecord {
ProviderID?: (string | null)
PracticeID?: (string | null)
NHINumber?: (string | null)
IsNHIValidate?: (string | null)
Title?: (string | null)
FirstName?: (string | null)
MiddleName?: (string | null)
FamilyName?: (string | null)
FullName?: (string | null)
PreferredName?: (string | null)
OtherMaidenName?: (string | null)
MaritalStatus?: (string | null)
Gender?: (string | null)
DOB?: (string | null)
Age?: (string | null)
AgeType?: (string | null)
AgeGroup?: (string | null)
IsAlive?: (string | null)
DeathDate?: (string | null)
DOBSource?: (string | null)
PicturePath?: (string | null)
ConsentedtoShare?: (string | null)
PlaceofBirth?: (string | null)
CountryOfBirth?: (string | null)
CellNumber?: (string | null)
DayPhone?: (string | null)
NightPhone?: (string | null)
Email?: (string | null)
SecondaryEmail?: (string | null)
PreferredContactMethod?: (string | null)
ConsentTextMessaging?: (string | null)
IsPortalUser?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
InsertedBy?: (string | null)
UpdatedBy?: (string | null)
InsertedAt?: (string | null)
UpdatedAt?: (string | null)
IsSameAddress?: (string | null)
Notes?: (string | null)
IsGenderSelfIdentified?: (string | null)
SexRelatedGender?: (string | null)
IsWorkedVisaRequired?: (string | null)
Balance?: (string | null)
RegisterStatus?: (string | null)
MedTechNOK?: (string | null)
PracticeName?: (string | null)
CalculatedBalance?: (string | null)
PermanentAddress?: (string | null)
DeprivationQuintile?: (string | null)
UncertaintyCode?: (string | null)
PostalAddress?: (string | null)
TemporaryAddress?: (string | null)
City?: (string | null)
Suburb?: (string | null)
PortalRegistrationStatus?: (string | null)
Ethnicity?: (string | null)
AffiliationID?: (string | null)
Affiliation?: (string | null)
AffiliationCode?: (string | null)
NZMCNO?: (string | null)
NPINo?: (string | null)
HBLMatPayeeNo?: (string | null)
HBLMatAgreeNo?: (string | null)
HPacMatAgreeNo?: (string | null)
HPacMatAgreeVer?: (string | null)
HBLPayeeNo?: (string | null)
HBLGPAgreeNo?: (string | null)
HBLGPAgreeVer?: (string | null)
AccreditationNo?: (string | null)
PHOContractNo?: (string | null)
PHOContractVer?: (string | null)
GroupID?: (string | null)
GroupName?: (string | null)
ACCProviderCode?: (string | null)
HealthFacilityNo?: (string | null)
HPINo?: (string | null)
UnloadRef?: (string | null)
ACCProviderNo?: (string | null)
ACCVendorID?: (string | null)
PinPanNo?: (string | null)
MemberNo?: (string | null)
RHAPayeeNo?: (string | null)
BudgetNo?: (string | null)
IPA?: (string | null)
RegisterationNo?: (string | null)
/**
 * RegisterationNo appears twice in the supplier column list (position 87); kept so positions stay aligned. The reference loader keeps 121 columns, so a file may come without it (source_format.may_be_absent) and is then NULL
 */
RegisterationNo_2?: (string | null)
LabNo?: (string | null)
LabTestsDrID?: (string | null)
ColorCode?: (string | null)
IsDoctor?: (string | null)
ACC45Prefix?: (string | null)
NextACC45No?: (string | null)
MaximumACC45No?: (string | null)
AITCPrefix?: (string | null)
NextAITCNo?: (string | null)
MaximumAITCNo?: (string | null)
ARC18NextACCFormNo?: (string | null)
M45Prefix?: (string | null)
NextM45No?: (string | null)
MaximumM45No?: (string | null)
IsNZFAvoid?: (string | null)
IsNZFAdjust?: (string | null)
IsNZFInformation?: (string | null)
IsNZFNoAction?: (string | null)
IsNZFMonitor?: (string | null)
ProviderCode?: (string | null)
GenericProfileTypeID?: (string | null)
CurrentAppointmentID?: (string | null)
SureMedUserName?: (string | null)
IsInvoicingDiary?: (string | null)
IsGP2GP?: (string | null)
FromDatePractice?: (string | null)
APCExpiryDate?: (string | null)
MPSExpiryDate?: (string | null)
APCName?: (string | null)
PracticeLocation?: (string | null)
UserRole?: (string | null)
ProviderPermanentAddressLatitude?: (string | null)
ProviderPermanentAddressLongitude?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciRecallsRecord {
ReCallID?: (string | null)
PatientID?: (string | null)
ReCallDate?: (string | null)
IsContacted?: (string | null)
Notes?: (string | null)
PatientMedTechID?: (string | null)
RecallReason?: (string | null)
ScreeningType?: (string | null)
Code?: (string | null)
Vaccine?: (string | null)
VaccineGroup?: (string | null)
ReCallGroup?: (string | null)
InsertedAt?: (string | null)
Insertedby?: (string | null)
UpdatedAt?: (string | null)
UpdatedBy?: (string | null)
IsActive?: (string | null)
Practice?: (string | null)
PracticeID?: (string | null)
ProviderID?: (string | null)
IsDeleted?: (string | null)
PermanentAddressLatitude?: (string | null)
PermanentAddressLongitude?: (string | null)
IsConfidential?: (string | null)
ShowonPatientPortal?: (string | null)
IsCanceled?: (string | null)
ReCallAttempts?: (string | null)
SCNCode?: (string | null)
PerOrgId?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

export interface IndiciVaccineRecord {
VaccineID?: (string | null)
VaccineCode?: (string | null)
VaccineName?: (string | null)
LongDescription?: (string | null)
IsActive?: (string | null)
IsDeleted?: (string | null)
CodingSystem?: (string | null)
GenderID?: (string | null)
Gender?: (string | null)
IsNIR?: (string | null)
PerOrgId?: (string | null)
PracticeID?: (string | null)
LoadedDateTime?: (string | null)
/**
 * Location of the source object, e.g. s3://bucket/key
 */
_source_uri: string
_source_bucket?: (string | null)
_source_key?: (string | null)
/**
 * Object version id (versioned buckets)
 */
_source_version_id?: (string | null)
/**
 * SHA-256 of the object bytes, computed while streaming
 */
_source_file_hash: string
/**
 * 1-based row number in the file
 */
_source_row_number: number
/**
 * Batch stamp from the file name (DateExtracted)
 */
_source_date_extracted?: (string | null)
_source_per_org_id?: (string | null)
_source_practice_id?: (string | null)
/**
 * The contract's fingerprint when the tap found the row passes every check of the contract (staging then only casts it); NULL otherwise
 */
_source_checked?: (string | null)
}

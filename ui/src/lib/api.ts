// The one module that talks to the Rust back end (docs/ipc.md). Nothing else imports
// @tauri-apps/api. Every command has one typed function; a rejected invoke becomes a
// thrown ApiError with a Dutch message for the chair.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

import type { ApiError as ApiErrorShape } from "./bindings/ApiError";
import type { AuditCheck } from "./bindings/AuditCheck";
import type { ChangePassphrase } from "./bindings/ChangePassphrase";
import type { ExpiringMeeting } from "./bindings/ExpiringMeeting";
import type { Settings } from "./bindings/Settings";
import type { Unlocked } from "./bindings/Unlocked";
import type { DocumentInfo } from "./bindings/DocumentInfo";
import type { BreachRequest } from "./bindings/BreachRequest";
import type { BreachView } from "./bindings/BreachView";
import type { BreachEntry } from "./bindings/BreachEntry";
import type { BreachListsView } from "./bindings/BreachListsView";
import type { NewBreach } from "./bindings/NewBreach";
import type { CustomBasisView } from "./bindings/CustomBasisView";
import type { NewCustomBasis } from "./bindings/NewCustomBasis";
import type { PartnersInformed } from "./bindings/PartnersInformed";
import type { ReportRequest } from "./bindings/ReportRequest";
import type { ReportView } from "./bindings/ReportView";
import type { CorrectionOutcome } from "./bindings/CorrectionOutcome";
import type { CorrectionRequest } from "./bindings/CorrectionRequest";
import type { ItemVersion } from "./bindings/ItemVersion";
import type { Item } from "./bindings/Item";
import type { ItemBasisInput } from "./bindings/ItemBasisInput";
import type { MeetingDetail } from "./bindings/MeetingDetail";
import type { MeetingFlow } from "./bindings/MeetingFlow";
import type { MeetingList } from "./bindings/MeetingList";
import type { MeetingSummary } from "./bindings/MeetingSummary";
import type { NewAction } from "./bindings/NewAction";
import type { NewConsent } from "./bindings/NewConsent";
import type { NewItem } from "./bindings/NewItem";
import type { NewMeeting } from "./bindings/NewMeeting";
import type { NewNotification } from "./bindings/NewNotification";
import type { NewParticipant } from "./bindings/NewParticipant";
import type { NewSubject } from "./bindings/NewSubject";
import type { Participant } from "./bindings/Participant";
import type { ParticipantUpdate } from "./bindings/ParticipantUpdate";
import type { Preparation } from "./bindings/Preparation";
import type { ReferenceData } from "./bindings/ReferenceData";
import type { ReleaseInput } from "./bindings/ReleaseInput";
import type { StoreState } from "./bindings/StoreState";
import type { SavedDocuments } from "./bindings/SavedDocuments";
import type { Strength } from "./bindings/Strength";
import type { WithdrawalOutcome } from "./bindings/WithdrawalOutcome";
import type { GrantOutcome } from "./bindings/GrantOutcome";
import type { KnownSubject } from "./bindings/KnownSubject";
import type { NewRightsRequest } from "./bindings/NewRightsRequest";
import type { RightsRequestView } from "./bindings/RightsRequestView";
import type { ForFamily } from "./bindings/ForFamily";
import type { NewFollowUp } from "./bindings/NewFollowUp";
import type { Presentation } from "./bindings/Presentation";
import type { SearchHit } from "./bindings/SearchHit";
import type { SetAttendance } from "./bindings/SetAttendance";
import type { SetCarriedStatus } from "./bindings/SetCarriedStatus";
import { nl } from "./i18n/nl";

/** A failed command: `code` for the program, `message` (Dutch) for the chair. */
export class ApiError extends Error implements ApiErrorShape {
  readonly code: string;
  readonly field: string | null;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = "ApiError";
    this.code = shape.code;
    this.field = shape.field;
  }
}

function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === "string" &&
    typeof v.message === "string" &&
    (v.field === null || v.field === undefined || typeof v.field === "string")
  );
}

/** Turns whatever a rejected invoke gave into an ApiError. */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (isApiErrorShape(reason)) {
    return new ApiError({
      code: reason.code,
      message: reason.message,
      field: reason.field ?? null,
    });
  }
  // Not from our back end (e.g. IPC unavailable): never show raw internals to the chair.
  return new ApiError({
    code: "unknown",
    message: nl.errors.generic,
    field: null,
  });
}

async function call<T>(
  command: string,
  args?: Record<string, unknown>,
): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toApiError(reason);
  }
}

export const api = {
  storeState: () => call<StoreState>("store_state"),
  passphraseHint: (passphrase: string) =>
    call<Strength>("passphrase_hint", { passphrase }),
  createStore: (passphrase: string, confirmation: string) =>
    call<null>("create_store", { passphrase, confirmation }),
  /** R15: expired meetings are destroyed first; says how many. */
  unlock: (passphrase: string) => call<Unlocked>("unlock", { passphrase }),
  lock: () => call<null>("lock"),
  /** R21: the chair is typing or clicking, so the app is not idle. */
  touchActivity: () => call<null>("touch_activity"),
  /** R21: the back end warns before it locks for idleness (src-tauri/src/autolock.rs). */
  onAutolockWarning: (
    handler: (secondsLeft: number) => void,
  ): Promise<UnlistenFn> =>
    listen<{ secondsLeft: number }>("autolock-warning", (event) =>
      handler(event.payload.secondsLeft),
    ),
  /** R21: the back end locked the store for idleness. */
  onAutolockLocked: (handler: () => void): Promise<UnlistenFn> =>
    listen("autolock-locked", () => handler()),
  listMeetings: () => call<MeetingList>("list_meetings"),
  createMeeting: (input: NewMeeting) =>
    call<MeetingSummary>("create_meeting", { input }),
  getMeeting: (id: string) => call<MeetingDetail>("get_meeting", { id }),
  addParticipant: (input: NewParticipant) =>
    call<Participant>("add_participant", { input }),
  addItem: (input: NewItem) => call<Item>("add_item", { input }),

  // The complete meeting (R1–R13). Every edit answers with the whole new
  // MeetingFlow, so the page never needs a second round trip.
  /** Organisation types with their labels, WGBO flag and legal bases (R7/R8). */
  referenceData: () => call<ReferenceData>("reference_data"),
  getMeetingFlow: (id: string) => call<MeetingFlow>("get_meeting_flow", { id }),
  /** R3/R4: purpose, criteria, family present, anonymous. */
  updatePreparation: (input: Preparation) =>
    call<MeetingFlow>("update_preparation", { input }),
  addSubject: (input: NewSubject) =>
    call<MeetingFlow>("add_subject", { input }),
  setSubjectPresent: (meetingId: string, subjectId: string, present: boolean) =>
    call<MeetingFlow>("set_subject_present", { meetingId, subjectId, present }),
  /** R2: the participant confirms confidentiality now. */
  recordPledge: (meetingId: string, participantId: string) =>
    call<MeetingFlow>("record_pledge", { meetingId, participantId }),
  /** R6/R7: the subjects and the basis of an item. */
  setItemBasis: (input: ItemBasisInput) =>
    call<MeetingFlow>("set_item_basis", { input }),
  /** R8: one consent record for an item resting on consent. */
  addConsent: (input: NewConsent) =>
    call<MeetingFlow>("add_consent", { input }),
  /** R10: withdraws a consent; says who already received the items resting on it. */
  withdrawConsent: (meetingId: string, consentId: string) =>
    call<WithdrawalOutcome>("withdraw_consent", { meetingId, consentId }),
  /** R16: corrects an item of a finalized meeting; says who received the old version. */
  correctItem: (input: CorrectionRequest) =>
    call<CorrectionOutcome>("correct_item", { input }),
  /** R16: every version of an item, oldest first. */
  itemHistory: (meetingId: string, itemId: string) =>
    call<ItemVersion[]>("item_history", { meetingId, itemId }),
  /** R11: one line of the plan of action. */
  addAction: (input: NewAction) => call<MeetingFlow>("add_action", { input }),
  /** R9: the contributor's decision for one item × recipient. */
  decideRelease: (input: ReleaseInput) =>
    call<MeetingFlow>("decide_release", { input }),
  /** R12: who informs the family, how and when. */
  addNotification: (input: NewNotification) =>
    call<MeetingFlow>("add_notification", { input }),
  /** R15: the destroy-after date (`YYYY-MM-DD`). */
  setRetention: (meetingId: string, until: string) =>
    call<MeetingFlow>("set_retention", { meetingId, until }),
  /** R13: refused with `checklist_open` while the checklist is not empty. */
  finalizeMeeting: (meetingId: string) =>
    call<MeetingFlow>("finalize_meeting", { meetingId }),

  // Changes and removals before finalizing (R8, R13, R14). Refused after finalizing.
  /** R8: whether a parent, carer or guardian holds parental authority (gezag). */
  setParentalAuthority: (
    meetingId: string,
    subjectId: string,
    holds: boolean,
  ) =>
    call<MeetingFlow>("set_parental_authority", {
      meetingId,
      subjectId,
      holds,
    }),
  /** R14/R21: write-only; the answer only says `hasSecretAddress`. */
  setSecretAddress: (meetingId: string, subjectId: string, address: string) =>
    call<MeetingFlow>("set_secret_address", { meetingId, subjectId, address }),
  clearSecretAddress: (meetingId: string, subjectId: string) =>
    call<MeetingFlow>("clear_secret_address", { meetingId, subjectId }),
  /** R1: corrects a participant's details, role, organisation type and secrecy. */
  updateParticipant: (input: ParticipantUpdate) =>
    call<MeetingFlow>("update_participant", { input }),
  removeSubject: (meetingId: string, subjectId: string) =>
    call<MeetingFlow>("remove_subject", { meetingId, subjectId }),
  removeParticipant: (meetingId: string, participantId: string) =>
    call<MeetingFlow>("remove_participant", { meetingId, participantId }),
  removeItem: (meetingId: string, itemId: string) =>
    call<MeetingFlow>("remove_item", { meetingId, itemId }),
  removeAction: (meetingId: string, actionId: string) =>
    call<MeetingFlow>("remove_action", { meetingId, actionId }),
  removeNotification: (meetingId: string, notificationId: string) =>
    call<MeetingFlow>("remove_notification", { meetingId, notificationId }),
  // The family letter (R12, R14c, R17).
  /** R14c: what the letter shows of an action (draft only). */
  setActionForFamily: (
    meetingId: string,
    actionId: string,
    forFamily: ForFamily,
  ) =>
    call<MeetingFlow>("set_action_for_family", {
      meetingId,
      actionId,
      forFamily,
    }),
  /** R14c: the purpose reads well for the family (draft only). */
  setPurposeForFamily: (meetingId: string, checked: boolean) =>
    call<MeetingFlow>("set_purpose_for_family", { meetingId, checked }),
  /** R14c/R17: where complaints about a participant's organisation go (draft only). */
  setComplaintRoute: (
    meetingId: string,
    participantId: string,
    complaintRoute: string,
  ) =>
    call<MeetingFlow>("set_complaint_route", {
      meetingId,
      participantId,
      complaintRoute,
    }),
  /** R12/AVG art. 23: lifts a postponement (finalized meetings). */
  liftPostponement: (
    meetingId: string,
    notificationId: string,
    liftedOn: string,
  ) =>
    call<MeetingFlow>("lift_postponement", {
      meetingId,
      notificationId,
      liftedOn,
    }),
  /** R12: the outcome was told to the family on `doneOn` (finalized meetings). */
  recordNotificationDone: (
    meetingId: string,
    notificationId: string,
    doneOn: string,
  ) =>
    call<MeetingFlow>("record_notification_done", {
      meetingId,
      notificationId,
      doneOn,
    }),
  // Trust features (R15, R18, R21).
  /** R21: checks the old passphrase, then re-encrypts the store under the new one. */
  changePassphrase: (input: ChangePassphrase) =>
    call<null>("change_passphrase", { input }),
  getSettings: () => call<Settings>("get_settings"),
  /** R21: minutes of inactivity before the store locks itself. */
  setIdleMinutes: (minutes: number) =>
    call<Settings>("set_idle_minutes", { minutes }),
  /** R15: default retention of new meetings, in months. */
  setRetentionMonths: (months: number) =>
    call<Settings>("set_retention_months", { months }),
  /** R18/R21: recomputes the audit chain and checks the encrypted file. */
  verifyAudit: () => call<AuditCheck>("verify_audit"),
  /** R15: meetings destroyed within 30 days, soonest first. */
  expiringMeetings: () => call<ExpiringMeeting[]>("expiring_meetings"),
  /** R15: +6 months with a reason; answers with the new expiring list. */
  extendRetention: (meetingId: string, reason: string) =>
    call<ExpiringMeeting[]>("extend_retention", {
      input: { meetingId, reason },
    }),

  // Documents of a finalized meeting (R14). The back end asks where to save (native dialog).
  listDocuments: (meetingId: string) =>
    call<DocumentInfo[]>("list_documents", { meetingId }),
  saveDocument: (meetingId: string, document: string) =>
    call<SavedDocuments>("save_document", { meetingId, document }),
  saveAllDocuments: (meetingId: string) =>
    call<SavedDocuments>("save_all_documents", { meetingId }),
  // Standard exports of a finalized meeting: "consent" (ISO/IEC TS 27560) or "outcome" (SoH).
  saveMeetingExport: (meetingId: string, exportKind: "consent" | "outcome") =>
    call<SavedDocuments>("save_meeting_export", {
      meetingId,
      export: exportKind,
    }),
  // R19 anonymous report, R20 breach impact.
  managementReport: (input: ReportRequest) =>
    call<ReportView>("management_report", { input }),
  saveManagementReport: (input: ReportRequest) =>
    call<SavedDocuments>("save_management_report", { input }),
  breachImpact: (input: BreachRequest) =>
    call<BreachView>("breach_impact", { input }),
  saveBreachImpact: (input: BreachRequest) =>
    call<SavedDocuments>("save_breach_impact", { input }),
  // R20 breach register: discovery, 24-hour clock, whom to inform per meeting.
  listBreaches: () => call<BreachEntry[]>("list_breaches"),
  registerBreach: (input: NewBreach) =>
    call<BreachEntry>("register_breach", { input }),
  markBreachPartnersInformed: (input: PartnersInformed) =>
    call<BreachEntry>("mark_breach_partners_informed", { input }),
  breachLists: (breachId: string) =>
    call<BreachListsView>("breach_lists", { breachId }),
  // R7b: the chair's own legal bases per organisation type.
  listCustomBases: () => call<CustomBasisView[]>("list_custom_bases"),
  addCustomBasis: (input: NewCustomBasis) =>
    call<CustomBasisView[]>("add_custom_basis", { input }),
  removeCustomBasis: (basisId: string) =>
    call<CustomBasisView[]>("remove_custom_basis", { basisId }),
  // Rights requests and the access report (R17, R14d).
  knownSubjects: () => call<KnownSubject[]>("known_subjects"),
  listRightsRequests: () => call<RightsRequestView[]>("list_rights_requests"),
  registerRightsRequest: (input: NewRightsRequest) =>
    call<RightsRequestView>("register_rights_request", { input }),
  extendRightsRequest: (requestId: string, notice: string) =>
    call<RightsRequestView>("extend_rights_request", { requestId, notice }),
  grantRightsRequest: (requestId: string) =>
    call<GrantOutcome>("grant_rights_request", { requestId }),
  refuseRightsRequest: (requestId: string, reason: string) =>
    call<RightsRequestView>("refuse_rights_request", { requestId, reason }),
  completeRightsRequest: (requestId: string) =>
    call<RightsRequestView>("complete_rights_request", { requestId }),
  saveAccessReport: (requestId: string) =>
    call<SavedDocuments>("save_access_report", { requestId }),

  // Follow-up meetings (R11/R13) and presentation mode.
  /** R11: a new draft meeting for the same case with the open actions carried over. */
  createFollowUp: (input: NewFollowUp) =>
    call<MeetingFlow>("create_follow_up", { input }),
  /** R11/R13: done, or not done with the reason. */
  setCarriedStatus: (input: SetCarriedStatus) =>
    call<MeetingFlow>("set_carried_status", { input }),
  /** Presentation mode: no birth dates, addresses, contact details or releases. */
  getPresentation: (id: string) =>
    call<Presentation>("get_presentation", { id }),
  /** Search across meetings: case label, participant names, item texts. */
  searchMeetings: (query: string) =>
    call<SearchHit[]>("search_meetings", { query }),
  /** Present, afgemeld (apologies) or observer. */
  setAttendance: (input: SetAttendance) =>
    call<MeetingFlow>("set_attendance", { input }),
  /** R2: a participant who sent apologies confirmed confidentiality later, on a date. */
  recordLaterPledge: (
    meetingId: string,
    participantId: string,
    pledgeDate: string,
  ) =>
    call<MeetingFlow>("record_later_pledge", {
      meetingId,
      participantId,
      pledgeDate,
    }),
  /** R15: the maximum retention of a meeting, extensions included, in months. */
  setRetentionCeiling: (ceilingMonths: number) =>
    call<Settings>("set_retention_ceiling", { ceilingMonths }),
  /** R15/R17: how long an answered rights request is kept, in months. */
  setRightsRetentionMonths: (rightsMonths: number) =>
    call<Settings>("set_rights_retention_months", { rightsMonths }),
};

// Stable data-testids for the end-to-end suite (docs/ipc.md, "Test hooks").
export const testIds = {
  auditLogMeeting: "audit-log-meeting",
  auditLogFrom: "audit-log-from",
  auditLogTo: "audit-log-to",
  auditLogShow: "audit-log-show",
  auditLogTable: "audit-log-table",
  auditLogRow: "audit-log-row",
  auditLogCount: "audit-log-count",
  // first start
  setupPassphrase: "setup-passphrase",
  setupConfirmation: "setup-confirmation",
  setupStrength: "setup-strength",
  setupSubmit: "setup-submit",
  // unlock
  unlockPassphrase: "unlock-passphrase",
  unlockSubmit: "unlock-submit",
  unlockError: "unlock-error",
  // header
  lock: "lock",
  // R21 auto-lock
  autolockWarning: "autolock-warning",
  autolockStay: "autolock-stay",
  autolockNotice: "autolock-notice",
  // meeting list
  meetingList: "meeting-list",
  meetingRow: "meeting-row",
  meetingListTruncated: "meeting-list-truncated",
  newMeeting: "new-meeting",
  // new meeting form
  meetingCaseLabel: "meeting-caseLabel",
  meetingDate: "meeting-date",
  meetingPurpose: "meeting-purpose",
  meetingSubmit: "meeting-submit",
  // meeting page
  meetingTitle: "meeting-title",
  meetingBar: "meeting-bar",
  meetingFacts: "meeting-facts",
  backToList: "back-to-list",
  participantName: "participant-name",
  participantOrganisation: "participant-organisation",
  participantFunction: "participant-function",
  participantPhone: "participant-phone",
  participantEmail: "participant-email",
  participantRole: "participant-role",
  participantSubmit: "participant-submit",
  participantEdit: "participant-edit",
  participantEditCancel: "participant-edit-cancel",
  participantRow: "participant-row",
  itemContributor: "item-contributor",
  itemText: "item-text",
  itemKind: "item-kind",
  itemCategory: "item-category",
  itemSource: "item-source",
  itemSourceDetail: "item-sourceDetail",
  itemSourceLine: "item-source-line",
  itemRowText: "item-row-text",
  itemBasisBadge: "item-basis-badge",
  itemSubmit: "item-submit",
  rowMenu: "row-menu",
  itemBasisKind: "item-basisKind",
  itemLegalBasis: "item-legalBasis",
  itemConsentMethod: "item-consentMethod",
  itemConsentPurpose: "item-scopePurpose",
  itemRow: "item-row",

  // meeting page (R1–R13; docs/ipc.md "The complete meeting"); rows carry data-id
  // preparation (R3/R4)
  prepPurpose: "prep-purpose",
  prepCriteria: "prep-criteria",
  prepFamilyPresent: "prep-familyPresent",
  prepAnonymous: "prep-anonymous",
  prepSubmit: "prep-submit",
  // subjects (gezin)
  subjectRelation: "subject-relation",
  subjectName: "subject-name",
  subjectBirthDate: "subject-birthDate",
  subjectPresent: "subject-present",
  subjectSubmit: "subject-submit",
  subjectRow: "subject-row",
  subjectPresentToggle: "subject-present-toggle",
  subjectAuthority: "subject-authority",
  subjectAuthorityToggle: "subject-authority-toggle",
  subjectLetterLanguage: "subject-letter-language",
  subjectInterpreterToggle: "subject-interpreter-toggle",
  subjectSpokenLanguage: "subject-spoken-language",
  secretAddressStatus: "secret-address-status",
  secretAddressInput: "secret-address-input",
  secretAddressEdit: "secret-address-edit",
  secretAddressSave: "secret-address-save",
  secretAddressClear: "secret-address-clear",
  // removing before finalizing (R13)
  removeSubject: "remove-subject",
  removeParticipant: "remove-participant",
  removeItem: "remove-item",
  removeAction: "remove-action",
  removeNotification: "remove-notification",
  removeConfirm: "remove-confirm",
  removeCancel: "remove-cancel",
  // participants (R1/R2/R7)
  participantOrganisationType: "participant-organisationType",
  participantSecrecy: "participant-secrecy",
  participantExpertiseOnly: "participant-expertiseOnly",
  expertiseOnlyBadge: "expertise-only-badge",
  actionNoItems: "action-no-items",
  participantPledge: "participant-pledge",
  // items: basis editor (R6–R8)
  itemBasisEdit: "item-basis-edit",
  basisKind: "basis-kind",
  basisLegalBasis: "basis-legalBasis",
  basisQLegitimatePurpose: "basis-q-legitimatePurpose",
  basisQOnlyWay: "basis-q-onlyWay",
  basisQConsentAskedOrImpossible: "basis-q-consentAskedOrImpossible",
  basisQChildInterestOutweighs: "basis-q-childInterestOutweighs",
  basisMotivation: "basis-motivation",
  basisSubmit: "basis-submit",
  consentSubject: "consent-subject",
  consentGivenBy: "consent-givenBy",
  consentOtherName: "consent-otherName",
  consentMethod: "consent-method",
  consentSubmit: "consent-submit",
  consentRow: "consent-row",
  consentWithdraw: "consent-withdraw",
  consentOtherRelation: "consent-otherRelation",
  consentScopePurpose: "consent-scopePurpose",
  consentScope: "consent-scope",
  withdrawalReceived: "withdrawal-received",
  // R10: withdrawal after the meeting and the inform tasks
  withdrawals: "withdrawals",
  withdrawalConsentRow: "withdrawal-consent-row",
  withdrawalOpen: "withdrawal-open",
  withdrawalBy: "withdrawal-withdrawnBy",
  withdrawalMethod: "withdrawal-method",
  withdrawalOn: "withdrawal-withdrawnOn",
  withdrawalSubmit: "withdrawal-submit",
  withdrawalCancel: "withdrawal-cancel",
  informTasks: "inform-tasks",
  informTask: "inform-task",
  informTaskOn: "inform-task-on",
  informTaskSave: "inform-task-save",
  informTaskDone: "inform-task-done",
  // plan of action (R11)
  actionWho: "action-who",
  actionWhat: "action-what",
  actionCondition: "action-condition",
  voices: "voices",
  preparation: "preparation",
  invitationsSaveAll: "invitations-save-all",
  attendanceSheetSave: "attendance-sheet-save",
  invitationWho: "invitation-who",
  invitationSave: "invitation-save",
  preparationSaved: "preparation-saved",
  lastTimeVoices: "last-time-voices",
  lastTimeDecisions: "last-time-decisions",
  voiceRow: "voice-row",
  voiceAnswerText: "voice-answer-text",
  removeVoice: "remove-voice",
  voiceWhich: "voice-which",
  voiceAnswerEdit: "voice-answer-edit",
  voiceAnswerSave: "voice-answer-save",
  voiceSubject: "voice-subject",
  voiceKind: "voice-kind",
  voiceChannel: "voice-channel",
  voiceText: "voice-text",
  voiceAnswer: "voice-answer",
  voiceSubmit: "voice-submit",
  actionDue: "action-due",
  actionSubmit: "action-submit",
  actionRow: "action-row",
  actionDecision: "action-decision",
  // decisions and dissent (R11, seed 002)
  decisionWhat: "decision-what",
  decisionWhy: "decision-why",
  decisionSubmit: "decision-submit",
  decisionCard: "decision-card",
  removeDecision: "remove-decision",
  dissentOpen: "dissent-open",
  dissentWho: "dissent-who",
  dissentWhy: "dissent-why",
  dissentSubmit: "dissent-submit",
  dissentLine: "dissent-line",
  removeDissent: "remove-dissent",
  // releases (R9)
  releaseMatrix: "release-matrix",
  releaseMotivation: "release-motivation",
  releaseMotivationSubmit: "release-motivation-submit",
  releaseMotivationCancel: "release-motivation-cancel",
  releaseOpenCount: "release-open-count",
  releaseBulkMatrix: "release-bulk-matrix",
  releaseBulkStatus: "release-bulk-status",
  releaseBulkUndo: "release-bulk-undo",
  releaseShowAll: "release-show-all",
  releaseDialogCell: "release-dialog-cell",
  releaseChoice: "release-choice",
  releaseChoiceSubmit: "release-choice-submit",
  // informing the family (R12)
  notificationInformer: "notification-informer",
  notificationMethod: "notification-method",
  notificationTiming: "notification-timing",
  notificationMotivation: "notification-motivation",
  notificationGround: "notification-ground",
  notificationReviewDate: "notification-reviewDate",
  notificationSubmit: "notification-submit",
  notificationRow: "notification-row",
  // time and record of the meeting (seed 002 Feitenonderzoek 4)
  recordStartTime: "record-startTime",
  recordStartNow: "record-start-now",
  recordEndTime: "record-endTime",
  recordEndNow: "record-end-now",
  recordAccount: "record-account",
  recordAgreed: "record-agreed",
  recordSubmit: "record-submit",
  recordSaved: "record-saved",
  recordHints: "record-hints",
  recordIdentifying: "record-identifying",
  recordView: "record-view",
  meetingTime: "meeting-time",
  // finalize (R13/R15)
  retentionUntil: "retention-until",
  retentionSubmit: "retention-submit",
  checklist: "checklist",
  checklistItem: "checklist-item",
  checklistGroup: "checklist-group",
  checklistGroupHead: "checklist-group-head",
  checklistGroupToggle: "checklist-group-toggle",
  finalizeSubmit: "finalize-submit",
  finalizedBanner: "finalized-banner",
  // documents of a finalized meeting (R14)
  documents: "documents",
  documentRow: "document-row",
  documentSave: "document-save",
  documentsSaveAll: "documents-save-all",
  documentsSaved: "documents-saved",
  // R12/AVG art. 23: a family letter that is not made while informing is postponed
  documentPostponed: "document-postponed",
  // R12: the outcome is always told after the meeting (seed 003 §3.6c)
  notificationOutcome: "notification-outcome",
  notificationStatus: "notification-status",
  notificationLanguage: "notification-language",
  // R14c: what the family letter shows
  letterReview: "letter-review",
  purposeForFamily: "purpose-for-family",
  // standard exports of a finalized meeting (ISO 27560 consent records, SoH outcome)
  exportConsent: "export-consent",
  exportOutcome: "export-outcome",
  // anonymous report (R19) and breach impact (R20)
  openReports: "open-reports",
  reportPeriodKind: "report-period-kind",
  reportYear: "report-year",
  reportQuarter: "report-quarter",
  reportMonth: "report-month",
  reportShow: "report-show",
  reportTable: "report-table",
  reportRow: "report-row",
  reportSaveJson: "report-save-json",
  reportSaveCsv: "report-save-csv",
  reportSaved: "report-saved",
  breachAll: "breach-all",
  breachMeeting: "breach-meeting",
  breachShow: "breach-show",
  breachOrganisation: "breach-organisation",
  breachSave: "breach-save",
  breachSavePdf: "breach-save-pdf",
  // breach register (R20)
  breachDiscovered: "breach-discovered",
  breachDescription: "breach-description",
  breachScope: "breach-scope",
  breachRegister: "breach-register",
  breachEntry: "breach-entry",
  breachClock: "breach-clock",
  breachMarkInformed: "breach-mark-informed",
  breachShowLists: "breach-show-lists",
  breachListMeeting: "breach-list-meeting",
  breachListOrganisation: "breach-list-organisation",
  breachListFamily: "breach-list-family",
  reportsBack: "reports-back",
  // corrections after finalizing (R16)
  itemCorrect: "item-correct",
  itemCorrected: "item-corrected",
  itemHistoryToggle: "item-history-toggle",
  itemHistory: "item-history",
  itemHistoryVersion: "item-history-version",
  correctionText: "correction-text",
  correctionReason: "correction-reason",
  correctionReaction: "correction-reaction",
  correctionRequestedBy: "correction-requestedBy",
  correctionSubmit: "correction-submit",
  correctionCompetent: "correction-competent",
  correctionDecision: "correction-decision",
  correctionDecidedOn: "correction-decidedOn",
  correctionMotivation: "correction-motivation",
  correctionRefused: "correction-refused",
  correctionCancel: "correction-cancel",
  correctionInform: "correction-inform",
  correctionInformRow: "correction-inform-row",

  // trust features (R15, R18, R21)
  openSettings: "open-settings",
  meetingStatus: "meeting-status",
  // own legal bases per organisation type (R7b); rows carry data-id
  customBasisType: "customBasis-organisation",
  customBasisLaw: "customBasis-law",
  customBasisArticle: "customBasis-article",
  customBasisNote: "customBasis-note",
  customBasisAdd: "customBasis-add",
  customBasisRow: "customBasis-row",
  customBasisRemove: "customBasis-remove",
  customBasisNone: "customBasis-none",
  // rights requests (R17, docs/ipc.md "Rights requests"); rows carry data-id
  openRights: "open-rights",
  rightsSubject: "rights-subject",
  rightsSubjectSearch: "rights-subject-search",
  rightsNoSubjects: "rights-no-subjects",
  rightsSubjectsFound: "rights-subjects-found",
  rightsKind: "rights-requestKind",
  rightsRequester: "rights-requester",
  rightsRequesterName: "rights-requesterName",
  rightsReceivedOn: "rights-receivedOn",
  rightsCompetent: "rights-competent",
  rightsSubmit: "rights-submit",
  rightsList: "rights-list",
  rightsRow: "rights-row",
  rightsOverdue: "rights-overdue",
  rightsStatus: "rights-status",
  rightsDeadline: "rights-deadline",
  rightsNotice: "rights-notice",
  rightsExtend: "rights-extend",
  rightsGrant: "rights-grant",
  rightsRefuse: "rights-refuse",
  rightsDone: "rights-done",
  rightsReport: "rights-report",
  rightsSaved: "rights-saved",
  rightsErasure: "rights-erasure",
  rightsBack: "rights-back",
  settingsHeading: "settings-heading",
  settingsBack: "settings-back",
  passphraseOld: "passphrase-old",
  passphraseNew: "passphrase-new",
  passphraseConfirmation: "passphrase-confirmation",
  passphraseSubmit: "passphrase-submit",
  passphraseChanged: "passphrase-changed",
  idleMinutes: "idle-minutes",
  idleSubmit: "idle-submit",
  idleSaved: "idle-saved",
  retentionMonths: "retention-months",
  retentionMonthsSubmit: "retention-months-submit",
  retentionMonthsSaved: "retention-months-saved",
  auditVerify: "audit-verify",
  auditResult: "audit-result",
  destroyedNotice: "destroyed-notice",
  expiringNotice: "expiring-notice",
  expiringRow: "expiring-row",
  expiringExtend: "expiring-extend",
  extendReason: "extend-reason",
  extendSubmit: "extend-submit",
  extendCancel: "extend-cancel",
  // follow-up meetings (R11/R13)
  followUpOpen: "follow-up-open",
  followUpDate: "follow-up-date",
  followUpSubmit: "follow-up-submit",
  followUpForm: "follow-up-form",
  followUpParticipant: "follow-up-participant",
  followUpSubject: "follow-up-subject",
  carriedActions: "carried-actions",
  carriedRow: "carried-row",
  carriedStatus: "carried-status",
  carriedWhich: "carried-which",
  carriedOutcome: "carried-outcome",
  carriedNote: "carried-note",
  carriedSave: "carried-save",
  // presentation mode
  presentation: "presentation",
  presentationToggle: "presentation-toggle",
  presentationSubject: "presentation-subject",
  presentationItem: "presentation-item",
  presentationTopic: "presentation-topic",
  presentationHidden: "presentation-hidden",
  presentationPosition: "presentation-position",
  itemWallToggle: "item-wall-toggle",
  itemWallOff: "item-wall-off",
  // search across meetings
  searchQuery: "search-query",
  searchSubmit: "search-submit",
  searchResults: "search-results",
  searchHit: "search-hit",
  searchSnippet: "search-snippet",
  searchNone: "search-none",
  // attendance
  attendanceCounts: "attendance-counts",
  attendanceParticipant: "attendance-participant",
  attendanceKind: "attendance-kind",
  attendanceInfoSent: "attendance-infoSent",
  attendanceSubmit: "attendance-submit",
  attendanceRow: "attendance-row",
  attendanceSelect: "attendance-select",
  addressBookRow: "address-book-row",
  addressBookRemove: "address-book-remove",
  addressBookNone: "address-book-none",
  addressBookName: "address-book-name",
  addressBookType: "address-book-type",
  addressBookDepartment: "address-book-department",
  addressBookAdd: "address-book-add",
  addressBookRoute: "address-book-route",
  addressBookRouteField: "address-book-route-field",
  organisationSection: "organisation-section",
  organisationName: "organisation-name",
  organisationAddress: "organisation-address",
  organisationOfficer: "organisation-officer",
  organisationEmail: "organisation-email",
  organisationPhone: "organisation-phone",
  organisationProcedure: "organisation-procedure",
  organisationSave: "organisation-save",
  organisationImport: "organisation-import",
  organisationNone: "organisation-none",
  organisationLogoChoose: "organisation-logo-choose",
  organisationLogoRemove: "organisation-logo-remove",
  organisationLogoPreview: "organisation-logo-preview",
  organisationLogoNone: "organisation-logo-none",
  participantPledged: "participant-pledged",
  // R2: a later pledge of a participant who sent apologies
  laterPledgeParticipant: "laterPledge-participant",
  laterPledgeDate: "laterPledge-pledgeDate",
  laterPledgeSubmit: "laterPledge-submit",
  // R3/R4: why the family is not at the meeting
  prepFamilyAbsenceReason: "prep-familyAbsenceReason",
  // R15: maximum retention and the rights register's retention
  retentionCeiling: "retention-ceiling",
  retentionCeilingSubmit: "retention-ceiling-submit",
  retentionCeilingSaved: "retention-ceiling-saved",
  rightsRetention: "rights-retention",
  rightsRetentionSubmit: "rights-retention-submit",
  rightsRetentionSaved: "rights-retention-saved",
} as const;

/** `section-<name>`: the buttons of the meeting page's section nav. */
export const sectionTestId = (section: string): string => `section-${section}`;
/** `section-count-<section>`: the number of open points on a section's button. */
export const sectionCountTestId = (section: string): string =>
  `section-count-${section}`;
/** `item-subject-<subjectId>`: a subject checkbox in the item form. */
export const itemSubjectTestId = (subjectId: string): string =>
  `item-subject-${subjectId}`;
/** `basis-subject-<subjectId>`: a subject checkbox in the basis editor. */
/** R8: a "who consented" box in the item form: subject index, then the consenter value. */
export const itemConsentTestId =
  (subjectIndex: number) =>
  (value: string): string =>
    `item-consent-${subjectIndex}-${value.replace(":", "-")}`;
export const itemScopeRecipientTestId = (participantId: string): string =>
  `item-scopeRecipient-${participantId}`;
export const basisSubjectTestId = (subjectId: string): string =>
  `basis-subject-${subjectId}`;
/** `basis-notCompetent-<subjectId>`: R8, a 12–15-year-old who cannot judge. */
export const basisNotCompetentTestId = (subjectId: string): string =>
  `basis-notCompetent-${subjectId}`;
/** `decision-restsOn-<itemId>`: an item a decision rests on. */
export const decisionRestsOnTestId = (itemId: string): string =>
  `decision-restsOn-${itemId}`;

/** `action-reliesOn-<itemId>`: an item an action relies on. */
export const actionReliesOnTestId = (itemId: string): string =>
  `action-reliesOn-${itemId}`;
/** `release-<itemId>-<recipientId>`: one cell of the release matrix. */
export const releaseCellTestId = (
  itemId: string,
  recipientId: string,
): string => `release-${itemId}-${recipientId}`;
/** R14c: `letter-action-<part>-<actionId>` (part: choice, motivation, save). */
export const letterActionTestId = (
  part: "choice" | "motivation" | "save",
  actionId: string,
): string => `letter-action-${part}-${actionId}`;

/** R14c/R17: `complaint-<part>-<participantId>` (part: route, save). */
export const complaintTestId = (
  part: "route" | "save",
  participantId: string,
): string => `complaint-${part}-${participantId}`;

/** R12: `notification-<part>-<notificationId>` (done-on, done-save, lift-on, lift-save). */
export const notificationEventTestId = (
  part: "done-on" | "done-save" | "lift-on" | "lift-save",
  notificationId: string,
): string => `notification-${part}-${notificationId}`;

/** `consent-recipient-<participantId>`: seed 004 art. 6.4b, who a consent lets it go to. */
export const consentRecipientTestId = (participantId: string): string =>
  `consent-recipient-${participantId}`;
/** `release-bulk-row-<itemId>`: "the rest of this row stays in the meeting". */
export const releaseRowBulkTestId = (itemId: string): string =>
  `release-bulk-row-${itemId}`;

/** `release-bulk-column-<recipientId>`: "the rest of this column stays in the meeting". */
export const releaseColumnBulkTestId = (recipientId: string): string =>
  `release-bulk-column-${recipientId}`;

/** `release-error-<itemId>-<recipientId>`: why a release of this cell was refused. */
export const releaseCellErrorTestId = (
  itemId: string,
  recipientId: string,
): string => `release-error-${itemId}-${recipientId}`;
/** `notification-subject-<subjectId>`: a subject the notification is about. */
export const notificationSubjectTestId = (subjectId: string): string =>
  `notification-subject-${subjectId}`;

/** Theme toggle, keyboard help, status region with undo, hints. */
export const keyboardTestIds = {
  themeToggle: "theme-toggle",
  helpOpen: "help-open",
  helpDialog: "help-dialog",
  helpClose: "help-close",
  status: "status-message",
  undo: "undo",
  itemHints: "item-hints",
  themeSetting: "setting-high-contrast",
  hintsSetting: "setting-hints",
} as const;

/** The forms whose errors have test ids `error-<form>` and `error-<form>-<field>`. */
export type FormName =
  | "setup"
  | "unlock"
  | "meeting"
  | "participant"
  | "item"
  | "prep"
  | "subject"
  | "presence"
  | "pledge"
  | "basis"
  | "consent"
  | "withdraw"
  | "withdrawal"
  | "informDone"
  | "action"
  | "decision"
  | "dissent"
  | "release"
  | "notification"
  | "retention"
  | "record"
  | "finalize"
  | "secret"
  | "remove"
  | "passphrase"
  | "idle"
  | "extend"
  | "documents"
  | "preparation"
  | "defaultRetention"
  | "settings"
  | "correction"
  | "reports"
  | "breach"
  | "breachAction"
  | "rights"
  | "rightsAction"
  | "followUp"
  | "carried"
  | "voice"
  | "voiceAnswer"
  | "search"
  | "attendance"
  | "letterReview"
  | "letterAction"
  | "complaint"
  | "notificationEvent"
  | "laterPledge"
  | "retentionCeiling"
  | "rightsRetention"
  | "customBasis"
  | "addressBook"
  | "organisation"
  | "organisationImport"
  | "organisationLogo"
  | "auditLog";

/** Form-level error: `error-<form>`. */
export function formErrorTestId(form: FormName): string {
  return `error-${form}`;
}

/** Field error: `error-<form>-<field>` (field = the wire name, e.g. `caseLabel`). */
export function fieldErrorTestId(form: FormName, field: string): string {
  return `error-${form}-${field}`;
}

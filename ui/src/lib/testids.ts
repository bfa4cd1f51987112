// Stable data-testids for the end-to-end suite (docs/ipc.md, "Test hooks").
export const testIds = {
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
  newMeeting: "new-meeting",
  // new meeting form
  meetingCaseLabel: "meeting-caseLabel",
  meetingDate: "meeting-date",
  meetingPurpose: "meeting-purpose",
  meetingSubmit: "meeting-submit",
  // meeting page
  meetingTitle: "meeting-title",
  backToList: "back-to-list",
  participantName: "participant-name",
  participantOrganisation: "participant-organisation",
  participantFunction: "participant-function",
  participantPhone: "participant-phone",
  participantEmail: "participant-email",
  participantRole: "participant-role",
  participantSubmit: "participant-submit",
  participantRow: "participant-row",
  itemContributor: "item-contributor",
  itemText: "item-text",
  itemKind: "item-kind",
  itemCategory: "item-category",
  itemSubmit: "item-submit",
  itemRow: "item-row",
} as const;

/** The forms whose errors have test ids `error-<form>` and `error-<form>-<field>`. */
export type FormName = "setup" | "unlock" | "meeting" | "participant" | "item";

/** Form-level error: `error-<form>`. */
export function formErrorTestId(form: FormName): string {
  return `error-${form}`;
}

/** Field error: `error-<form>-<field>` (field = the wire name, e.g. `caseLabel`). */
export function fieldErrorTestId(form: FormName, field: string): string {
  return `error-${form}-${field}`;
}

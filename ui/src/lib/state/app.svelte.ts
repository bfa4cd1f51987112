// Which screen the chair sees, and the meeting data loaded for it. Locking clears it all.
import { api, ApiError, toApiError } from "../api";
import type { ExpiringMeeting } from "../bindings/ExpiringMeeting";
import type { FlowAnswer } from "../bindings/FlowAnswer";
import type { MeetingFlow } from "../bindings/MeetingFlow";
import type { MeetingSummary } from "../bindings/MeetingSummary";
import type { Place } from "../bindings/Place";
import type { ReferenceData } from "../bindings/ReferenceData";
import { nl } from "../i18n/nl";
import { applyPatch } from "../patch";

export type Screen =
  | { name: "loading" }
  | { name: "startFailed" }
  | { name: "setup" }
  | { name: "unlock" }
  | { name: "meetings" }
  | { name: "newMeeting" }
  | { name: "settings" }
  | { name: "reports" }
  | { name: "rights" }
  | { name: "meeting"; id: string };

class AppState {
  screen = $state<Screen>({ name: "loading" });
  /** Meetings for the list screen; null while not loaded. */
  meetings = $state<MeetingSummary[] | null>(null);
  /** How many meetings there are in all (the list shows the newest). */
  meetingsTotal = $state(0);
  /** The open meeting with everything on it; null while not loaded. */
  meeting = $state<MeetingFlow | null>(null);
  /** Choice lists that follow from the rules (R7); loaded once after unlock. */
  reference = $state<ReferenceData | null>(null);
  /** The organisation types as a select's options (R7/R8: the type decides the bases). */
  organisationTypeOptions = $derived(
    (this.reference?.organisationTypes ?? []).map((o) => ({
      value: o.code,
      label: o.label,
    })),
  );
  /** Dutch message when loading the current screen's data failed. */
  loadError = $state<string | null>(null);
  /** R21: seconds left before the idle lock, while the warning shows. */
  autolockWarning = $state<number | null>(null);
  /** R15: meetings destroyed within 30 days (shown above the meeting list). */
  expiring = $state<ExpiringMeeting[]>([]);
  /** R15: how many expired meetings the last unlock destroyed (shown once). */
  destroyedOnUnlock = $state(0);
  /** R21: the last lock happened because the chair was idle. */
  lockedForIdleness = $state(false);
  /** R21: locked over a running meeting: unlocking goes back to it (neutral lock screen). */
  resumes = $state(false);
  /**
   * Presentation mode: the wall shows only the projection, without the app's header and
   * controls. Reset whenever the chair leaves the meeting or the session ends.
   */
  presenting = $state(false);
  /** R21: where to go back to in the meeting being opened after an unlock (ids only). */
  private resumePlace: Place | null = null;
  /** R21: the domain's minimum passphrase length (from the store state), for the hint. */
  passphraseMinChars = $state(0);
  private lastActivityReport = 0;

  unlocked = $derived(
    this.screen.name === "meetings" ||
      this.screen.name === "newMeeting" ||
      this.screen.name === "settings" ||
      this.screen.name === "reports" ||
      this.screen.name === "rights" ||
      this.screen.name === "meeting",
  );

  async start(): Promise<void> {
    this.screen = { name: "loading" };
    this.loadError = null;
    try {
      const state = await api.storeState();
      this.passphraseMinChars = state.passphraseMinChars;
      if (!state.exists) this.screen = { name: "setup" };
      else if (!state.unlocked) {
        // R21: after a lock the back end starts a fresh web process on this page with
        // the reason in the address; only the idle lock shows its notice.
        this.lockedForIdleness =
          new URLSearchParams(window.location.search).get("vergrendeld") ===
          "idle";
        this.resumes = state.resumes;
        this.screen = { name: "unlock" };
      } else await this.showMeetings();
    } catch (reason) {
      this.loadError = toApiError(reason).message;
      this.screen = { name: "startFailed" };
    }
  }

  /**
   * R21: after an unlock, back to where the chair was when a lock came over the meeting
   * (meeting, section, presentation topic), else the overview.
   */
  async afterUnlock(place: Place | null): Promise<void> {
    this.resumes = false;
    if (place === null) {
      await this.showMeetings();
      return;
    }
    this.resumePlace = place;
    await this.openMeeting(place.meetingId);
  }

  /** R21: the place to go back to in the meeting page being opened, once. */
  takeResumePlace(meetingId: string): Place | null {
    const place = this.resumePlace;
    this.resumePlace = null;
    return place !== null && place.meetingId === meetingId ? place : null;
  }

  /** R21: the chair is here in the meeting (ids only; kept across an idle lock). */
  rememberPlace(place: Place): void {
    if (!this.unlocked) return;
    api
      .rememberPlace(place)
      .catch((reason) => this.handleSessionError(toApiError(reason)));
  }

  private leaveMeeting(): void {
    if (this.screen.name !== "meeting") return;
    api.forgetPlace().catch(() => {
      // Only ids were kept; a lock by hand forgets them as well.
    });
  }

  async showMeetings(): Promise<void> {
    this.leaveMeeting();
    this.clearData();
    this.screen = { name: "meetings" };
    void this.loadReference();
    try {
      const [list, expiring] = await Promise.all([
        api.listMeetings(),
        api.expiringMeetings(),
      ]);
      if (this.screen.name === "meetings") {
        this.meetings = list.meetings;
        this.meetingsTotal = list.total;
        this.expiring = expiring;
      }
    } catch (reason) {
      this.loadFailed(reason);
    }
  }

  showSettings(): void {
    this.leaveMeeting();
    this.clearData();
    this.destroyedOnUnlock = 0;
    this.screen = { name: "settings" };
  }

  /** R19/R20: the anonymous report and the breach impact. */
  showReports(): void {
    this.leaveMeeting();
    this.clearData();
    this.screen = { name: "reports" };
  }

  /** R17: the register of rights requests. */
  showRights(): void {
    this.leaveMeeting();
    this.clearData();
    this.screen = { name: "rights" };
  }

  showNewMeeting(): void {
    this.leaveMeeting();
    this.clearData();
    this.screen = { name: "newMeeting" };
  }

  async openMeeting(id: string): Promise<void> {
    this.clearData();
    this.screen = { name: "meeting", id };
    void this.loadReference();
    await this.reloadMeeting();
  }

  /** Loads the open meeting again (after a command that does not answer with it). */
  async reloadMeeting(): Promise<void> {
    const screen = this.screen;
    if (screen.name !== "meeting") return;
    try {
      const meeting = await api.getMeetingFlow(screen.id);
      if (this.screen === screen) {
        this.meeting = meeting;
        this.loadError = null;
      }
    } catch (reason) {
      this.loadFailed(reason);
    }
  }

  /**
   * Every edit command answers with the whole new meeting: it replaces the state, as
   * long as the chair is still on that meeting's page.
   */
  setMeeting(flow: MeetingFlow): void {
    const screen = this.screen;
    if (screen.name === "meeting" && screen.id === flow.id) {
      this.meeting = flow;
      this.loadError = null;
    }
  }

  /**
   * Issue 19: a change answered with the whole page, or with the steps from the page
   * shown (`lib/patch.ts`). Steps that do not fit the page shown (the window missed an
   * answer) change nothing: the meeting is loaded again.
   */
  async applyAnswer(answer: FlowAnswer): Promise<void> {
    if (answer.kind === "whole") {
      this.setMeeting(answer.flow);
      return;
    }
    const shown = this.meeting;
    if (shown === null) return;
    let next: MeetingFlow;
    try {
      next = applyPatch(shown, answer.ops);
    } catch {
      await this.reloadMeeting();
      return;
    }
    this.setMeeting(next);
  }

  /** Loads the reference data once per unlocked session (not personal data). */
  async loadReference(): Promise<void> {
    if (this.reference !== null) return;
    try {
      const reference = await api.referenceData();
      if (this.unlocked) this.reference = reference;
    } catch (reason) {
      // The pages fall back to the codes; the next screen change tries again.
      this.handleSessionError(toApiError(reason));
    }
  }

  /**
   * R21: the chair typed or clicked. Tells the back end (at most every 5 s, or at once
   * when `now` is set, e.g. from the warning's button) and dismisses the warning.
   */
  reportActivity(now = false): void {
    if (!this.unlocked) return;
    const t = Date.now();
    if (
      !now &&
      this.autolockWarning === null &&
      t - this.lastActivityReport < 5000
    )
      return;
    this.lastActivityReport = t;
    this.autolockWarning = null;
    api
      .touchActivity()
      .catch((reason) => this.handleSessionError(toApiError(reason)));
  }

  /** R21: the back end locked the store for idleness: drop every piece of meeting data. */
  autoLocked(resumes: boolean): void {
    this.resumes = resumes;
    this.clearData();
    this.reference = null;
    this.autolockWarning = null;
    this.lockedForIdleness = true;
    this.screen = { name: "unlock" };
  }

  async lock(): Promise<void> {
    this.clearData();
    this.reference = null;
    this.autolockWarning = null;
    this.lockedForIdleness = false;
    this.screen = { name: "unlock" };
    try {
      await api.lock();
    } catch {
      // The UI is locked either way; the back end drops its key on its own auto-lock.
    }
  }

  /**
   * Errors that mean the session is gone (auto-lock, store removed) move to the right
   * screen; returns true when the error was handled that way.
   */
  handleSessionError(error: ApiError): boolean {
    if (error.code === "locked") {
      this.clearData();
      this.screen = { name: "unlock" };
      return true;
    }
    if (error.code === "no_store") {
      this.clearData();
      this.screen = { name: "setup" };
      return true;
    }
    return false;
  }

  get documentTitle(): string {
    switch (this.screen.name) {
      case "setup":
        return nl.app.titleWith(nl.setup.title);
      case "unlock":
        return nl.app.titleWith(nl.unlock.title);
      case "meetings":
        return nl.app.titleWith(nl.meetingList.title);
      case "newMeeting":
        return nl.app.titleWith(nl.meetingForm.title);
      case "settings":
        return nl.app.titleWith(nl.settings.title);
      case "reports":
        return nl.app.titleWith(nl.reports.title);
      case "rights":
        return nl.app.titleWith(nl.rights.title);
      case "meeting":
        // Not the case label: the window title is visible outside the app (task switcher).
        return nl.app.titleWith(nl.meeting.title);
      default:
        return nl.app.title;
    }
  }

  private loadFailed(reason: unknown): void {
    const error = toApiError(reason);
    if (!this.handleSessionError(error)) this.loadError = error.message;
  }

  private clearData(): void {
    this.presenting = false;
    this.meetings = null;
    this.expiring = [];
    this.meeting = null;
    this.loadError = null;
  }
}

export const app = new AppState();

// The status line: says in an aria-live region what was just done or undone,
// and keeps the one last action of the open meeting that can be undone (Ctrl+Z or the
// "Ongedaan maken" button). Undo goes through the existing remove commands, so the domain
// decides whether removal is still allowed (after finalizing it is not: R13).
import { toApiError } from "../api";
import { nl } from "../i18n/nl";
import { app } from "./app.svelte";

export interface Undoable {
  meetingId: string;
  /** Removes what was added; throws the domain's refusal as an ApiError. */
  run: () => Promise<void>;
  /** Said after a successful undo. */
  done: string;
  /** Where the focus goes after the undo (a sensible field), if still on the page. */
  focus?: () => void;
}

class Status {
  message = $state("");
  /** Bumped on every message, so the same text is announced again. */
  serial = $state(0);
  undoable = $state<Undoable | null>(null);
  busy = $state(false);

  say(message: string, undoable: Undoable | null = null): void {
    this.message = message;
    this.serial += 1;
    this.undoable = undoable;
  }

  /** The undo applies only while the chair is on the same meeting. */
  get canUndo(): boolean {
    const screen = app.screen;
    return (
      this.undoable !== null &&
      screen.name === "meeting" &&
      screen.id === this.undoable.meetingId &&
      app.meeting?.finalizedAt === null
    );
  }

  async undo(): Promise<void> {
    const undoable = this.undoable;
    if (this.busy) return;
    if (!undoable || !this.canUndo) {
      this.say(nl.status.nothingToUndo);
      return;
    }
    this.busy = true;
    try {
      await undoable.run();
      this.say(undoable.done);
      await app.reloadMeeting();
      undoable.focus?.();
    } catch (reason) {
      const error = toApiError(reason);
      if (!app.handleSessionError(error)) this.say(error.message);
    } finally {
      this.busy = false;
    }
  }

  clear(): void {
    this.message = "";
    this.undoable = null;
  }
}

export const status = new Status();

/** Says that something was added and offers to remove it again (the focus then goes to
 * the element with `focusId`, the form's first field). */
export function offerUndo(
  meetingId: string,
  message: string,
  done: string,
  remove: () => Promise<unknown>,
  focusId: string,
): void {
  status.say(message, {
    meetingId,
    run: async () => {
      await remove();
    },
    done,
    focus: () => document.getElementById(focusId)?.focus(),
  });
}

/** The id in `after` that is not in `before` (the one just added), if exactly one. */
export function addedId(
  before: readonly { id: string }[],
  after: readonly { id: string }[] | undefined,
): string | null {
  const old = new Set(before.map((x) => x.id));
  const fresh = (after ?? []).filter((x) => !old.has(x.id));
  return fresh.length === 1 ? (fresh[0]?.id ?? null) : null;
}

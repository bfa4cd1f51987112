// The one way to run a command from the UI: one command at a time per form (a `busy`
// flag the SubmitButton shows), the Dutch error next to its field or at the top of the
// form (FormErrors), a session error moves to the unlock/setup screen. `edit` is the same
// for the meeting page's commands that answer with the whole MeetingFlow: that answer
// replaces the meeting on screen.
import { toApiError, type ApiError } from "../api";
import type { MeetingFlow } from "../bindings/MeetingFlow";
import type { SavedDocuments } from "../bindings/SavedDocuments";
import { app } from "./app.svelte";
import type { FormErrors } from "./formErrors.svelte";

export class Runner {
  busy = $state(false);

  /**
   * Runs `task` unless another one runs; returns true when it succeeded. A failure goes
   * to `handle` first when given (it returns true when it showed the error itself, e.g.
   * next to a table cell), else next to its field or at the top of the form.
   */
  async run(
    errors: FormErrors,
    task: () => Promise<void>,
    handle?: (error: ApiError) => Promise<boolean> | boolean,
  ): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      await task();
      errors.clear();
      return true;
    } catch (reason) {
      const error = toApiError(reason);
      if (app.handleSessionError(error)) return false;
      if (!(await handle?.(error))) await errors.show(error);
      return false;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Runs one edit command of the meeting page; its answer (the whole new MeetingFlow)
   * replaces the meeting. `after` runs on success while the form is still busy (reset
   * the fields, move the focus). Returns true when the command succeeded.
   */
  edit(
    errors: FormErrors,
    command: () => Promise<MeetingFlow>,
    after?: () => Promise<void> | void,
  ): Promise<boolean> {
    return this.run(errors, async () => {
      app.setMeeting(await command());
      errors.clear();
      await after?.();
    });
  }
}

/** Runs one edit command without a busy flag of its own (see `Runner.edit`). */
export function runEdit(
  errors: FormErrors,
  command: () => Promise<MeetingFlow>,
): Promise<boolean> {
  return new Runner().edit(errors, command);
}

/** Shows a failed command's error in a form (or moves to the lock/setup screen). */
export async function showError(
  errors: FormErrors,
  error: ApiError,
): Promise<void> {
  if (!app.handleSessionError(error)) await errors.show(error);
}

/**
 * Saving documents: one save at a time, and what happened to the last one (busy,
 * cancelled, or where it went) for `SaveStatus`.
 */
export class DocumentSaver extends Runner {
  result = $state<SavedDocuments | null>(null);

  async save(
    errors: FormErrors,
    command: () => Promise<SavedDocuments>,
  ): Promise<void> {
    if (this.busy) return;
    this.result = null;
    await this.run(errors, async () => {
      this.result = await command();
    });
  }
}

// The one way to run a command from a form: one command at a time (a `busy` flag the
// SubmitButton shows), the error next to its field or at the top of the form (FormErrors),
// a session error moves to the unlock/setup screen. `runEdit` (mutate.ts) is the same for
// the meeting page's commands that answer with the whole MeetingFlow.
import { toApiError } from "../api";
import type { FormErrors } from "./formErrors.svelte";
import { showError } from "./mutate";

export class Runner {
  busy = $state(false);

  /** Runs `task` unless another one runs; returns true when it succeeded. */
  async run(errors: FormErrors, task: () => Promise<void>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      await task();
      errors.clear();
      return true;
    } catch (reason) {
      await showError(errors, toApiError(reason));
      return false;
    } finally {
      this.busy = false;
    }
  }
}

// Runs one edit command of the meeting page: on success the answer (the whole new
// MeetingFlow) replaces the state; on failure the error goes next to its field or to the
// top of the form, unless it means the session is gone.
import { toApiError, type ApiError } from "../api";
import type { MeetingFlow } from "../bindings/MeetingFlow";
import { app } from "./app.svelte";
import type { FormErrors } from "./formErrors.svelte";

/** Returns true when the command succeeded. */
export async function runEdit(
  errors: FormErrors,
  command: () => Promise<MeetingFlow>,
): Promise<boolean> {
  try {
    const flow = await command();
    errors.clear();
    app.setMeeting(flow);
    return true;
  } catch (reason) {
    await showError(errors, toApiError(reason));
    return false;
  }
}

/** Shows a failed command's error in a form (or moves to the lock/setup screen). */
export async function showError(
  errors: FormErrors,
  error: ApiError,
): Promise<void> {
  if (!app.handleSessionError(error)) await errors.show(error);
}

// The one module that talks to the Rust back end (docs/ipc.md). Nothing else imports
// @tauri-apps/api. Every command has one typed function, generated from its declaration;
// a rejected invoke becomes a thrown ApiError with a Dutch message for the chair.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

import type { ApiError as ApiErrorShape } from "./bindings/ApiError";
import type { FieldMessage } from "./bindings/FieldMessage";
import { client, type Call } from "./bindings/commands";
import { nl } from "./i18n/nl";

/** A failed command: `code` for the program, `message` (Dutch) for the chair. */
export class ApiError extends Error implements ApiErrorShape {
  readonly code: string;
  readonly field: string | null;
  /** Every fault of a form at once, each at its field (empty: just `field`/`message`). */
  readonly errors: FieldMessage[];

  constructor(
    shape: Omit<ApiErrorShape, "errors"> & { errors?: FieldMessage[] },
  ) {
    super(shape.message);
    this.name = "ApiError";
    this.code = shape.code;
    this.field = shape.field;
    this.errors = shape.errors ?? [];
  }
}

function fieldMessages(value: unknown): FieldMessage[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (e): e is FieldMessage =>
      typeof e === "object" &&
      e !== null &&
      typeof (e as FieldMessage).message === "string" &&
      ((e as FieldMessage).field === null ||
        typeof (e as FieldMessage).field === "string"),
  );
}

function isApiErrorShape(
  value: unknown,
): value is Omit<ApiErrorShape, "errors"> & { errors?: unknown } {
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
      errors: fieldMessages(reason.errors),
    });
  }
  // Not from our back end (e.g. IPC unavailable): never show raw internals to the chair.
  return new ApiError({
    code: "unknown",
    message: nl.errors.generic,
    field: null,
  });
}

/** Sends one declared command (src-tauri/src/ipc.rs); a misspelled name or argument key
 * does not compile. */
const call: Call = async (command, args) => {
  try {
    return await invoke(command, args);
  } catch (reason) {
    throw toApiError(reason);
  }
};

/** The typed client (generated from the declarations) and the back end's events. */
export const api = {
  ...client(call),
  /** R21: the back end warns before it locks for idleness (src-tauri/src/autolock.rs). */
  onAutolockWarning: (
    handler: (secondsLeft: number) => void,
  ): Promise<UnlistenFn> =>
    listen<{ secondsLeft: number }>("autolock-warning", (event) =>
      handler(event.payload.secondsLeft),
    ),
  /**
   * R21: the back end locked the store for idleness; `resumes`: it came over a running
   * meeting, and the unlock goes back to it.
   */
  onAutolockLocked: (
    handler: (resumes: boolean) => void,
  ): Promise<UnlistenFn> =>
    listen<{ resumes: boolean }>("autolock-locked", (event) =>
      handler(event.payload.resumes),
    ),
};

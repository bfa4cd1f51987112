// The one module that talks to the Rust back end (docs/ipc.md). Nothing else imports
// @tauri-apps/api. Every command has one typed function; a rejected invoke becomes a
// thrown ApiError with a Dutch message for the chair.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

import type { ApiError as ApiErrorShape } from "./bindings/ApiError";
import type { Item } from "./bindings/Item";
import type { MeetingDetail } from "./bindings/MeetingDetail";
import type { MeetingSummary } from "./bindings/MeetingSummary";
import type { NewItem } from "./bindings/NewItem";
import type { NewMeeting } from "./bindings/NewMeeting";
import type { NewParticipant } from "./bindings/NewParticipant";
import type { Participant } from "./bindings/Participant";
import type { StoreState } from "./bindings/StoreState";
import type { Strength } from "./bindings/Strength";
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
  unlock: (passphrase: string) => call<null>("unlock", { passphrase }),
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
  listMeetings: () => call<MeetingSummary[]>("list_meetings"),
  createMeeting: (input: NewMeeting) =>
    call<MeetingSummary>("create_meeting", { input }),
  getMeeting: (id: string) => call<MeetingDetail>("get_meeting", { id }),
  addParticipant: (input: NewParticipant) =>
    call<Participant>("add_participant", { input }),
  addItem: (input: NewItem) => call<Item>("add_item", { input }),
};

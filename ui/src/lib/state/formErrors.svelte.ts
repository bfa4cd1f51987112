// Errors of one form: a message per field (shown next to it) or one for the whole form.
import { tick } from "svelte";

import type { ApiError } from "../api";
import type { FormName } from "../testids";

export class FormErrors {
  formMessage = $state<string | null>(null);
  fieldMessages = $state<Record<string, string>>({});

  constructor(
    readonly form: FormName,
    /** The wire names of the fields this form shows. */
    readonly fields: readonly string[],
  ) {}

  /** The DOM id of a field's control: `<form>-<field>`. */
  inputId(field: string): string {
    return `${this.form}-${field}`;
  }

  field(field: string): string | null {
    return this.fieldMessages[field] ?? null;
  }

  /**
   * The message for the top of the form: the form-level one, or one whose field is not
   * on screen right now (so no message is ever hidden).
   */
  topMessage(visibleFields: readonly string[]): string | null {
    if (this.formMessage !== null) return this.formMessage;
    const hidden = Object.keys(this.fieldMessages).find(
      (field) => !visibleFields.includes(field),
    );
    return hidden === undefined ? null : (this.fieldMessages[hidden] ?? null);
  }

  clear(): void {
    this.formMessage = null;
    this.fieldMessages = {};
  }

  /**
   * A field the chair changed loses its old error at once (the form's `oninput`/
   * `onchange`); the other errors stay until they are fixed or the form is sent again.
   */
  fixed(field: string): void {
    if (!(field in this.fieldMessages)) return;
    const rest = { ...this.fieldMessages };
    delete rest[field];
    this.fieldMessages = rest;
  }

  /** For a form's `oninput`/`onchange`: the changed control's name is its field. */
  readonly onedit = (event: Event): void => {
    const target = event.target as { name?: unknown } | null;
    if (target && typeof target.name === "string" && target.name !== "") {
      this.fixed(target.name);
    }
  };

  /**
   * Shows every fault next to its field (and focuses the first), a fault without a
   * field of this form at the form top.
   */
  async show(error: ApiError): Promise<void> {
    this.clear();
    const faults =
      error.errors.length > 0
        ? error.errors
        : [{ field: error.field, message: error.message }];
    const messages: Record<string, string> = {};
    for (const fault of faults) {
      if (fault.field !== null && this.fields.includes(fault.field)) {
        messages[fault.field] ??= fault.message;
      } else {
        this.formMessage ??= fault.message;
      }
    }
    this.fieldMessages = messages;
    const first = Object.keys(messages)[0];
    if (first !== undefined) {
      await tick();
      focusWithMessage(document.getElementById(this.inputId(first)));
    }
  }
}

/**
 * Focuses a field and brings its whole form field (label, message, control) into view,
 * also inside a form that scrolls on its own beside a list: focusing alone showed the
 * control at the top edge with its message scrolled away above it.
 */
export function focusWithMessage(control: HTMLElement | null): void {
  if (!control) return;
  control.focus({ preventScroll: true });
  (control.closest(".utrecht-form-field") ?? control).scrollIntoView({
    block: "nearest",
    behavior: "instant",
  });
}

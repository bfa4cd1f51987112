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

  /** Shows the error next to its field (and focuses that field), or at the form top. */
  async show(error: ApiError): Promise<void> {
    this.clear();
    if (error.field !== null && this.fields.includes(error.field)) {
      this.fieldMessages = { [error.field]: error.message };
      await tick();
      document.getElementById(this.inputId(error.field))?.focus();
    } else {
      this.formMessage = error.message;
    }
  }
}

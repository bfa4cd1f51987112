// The props every labelled field component shares (TextField, TextareaField, SelectField,
// CheckboxField): they pass them on to the one field shell, Field.svelte.
import type { FormName } from "../lib/testids";

export type FieldProps = {
  form: FormName;
  /** Wire name of the field, as in ApiError.field. */
  field: string;
  label: string;
  /** `data-testid` of the control. */
  testId: string;
  description?: string;
  error: string | null;
  /** Defaults to `<form>-<field>`; set it when one field has several controls. */
  id?: string;
  /** Defaults to `error-<form>-<field>`. */
  errorTestId?: string;
  /** Extra test id on the message text itself (the unlock screen's `unlock-error`). */
  errorMessageTestId?: string;
};

// Keyboard helpers (issue 8): shortcuts must never steal keys the chair is typing.

const TEXT_INPUT_TYPES = new Set([
  "text",
  "search",
  "email",
  "tel",
  "url",
  "password",
  "number",
  "date",
]);

/** True when `target` is a field that takes typed text (so plain keys are text). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement)
    return TEXT_INPUT_TYPES.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Alt+1 … Alt+9 (layout-independent via `code`): 0-based index, or null. */
export function altDigit(event: KeyboardEvent): number | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return m ? Number(m[1]) - 1 : null;
}

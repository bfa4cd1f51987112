// Keyboard helpers: shortcuts must never steal keys the chair is typing.

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

/** Alt+1 … Alt+9: 0-based index, or null (by `code`, or by `key` where `code` is empty). */
export function altDigit(event: KeyboardEvent): number | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const m =
    /^(?:Digit|Numpad)([1-9])$/.exec(event.code) ?? /^([1-9])$/.exec(event.key);
  return m ? Number(m[1]) - 1 : null;
}

/** The event is `letter` with the given modifiers (by `code`, falling back to `key`). */
export function isKey(
  event: KeyboardEvent,
  letter: string,
  mods: { alt?: boolean; ctrl?: boolean },
): boolean {
  if (
    event.altKey !== (mods.alt ?? false) ||
    event.ctrlKey !== (mods.ctrl ?? false) ||
    event.metaKey
  )
    return false;
  const upper = letter.toUpperCase();
  return (
    event.code === `Key${upper}` ||
    (event.code === "" && event.key.toUpperCase() === upper)
  );
}

import type { Attachment } from "svelte/attachments";

/**
 * Lets a mouse click anywhere in a table row do what the row's own button does.
 * Only a convenience: the button inside the row stays the keyboard and screen-reader
 * way in, so the row itself gets no role or tab stop. Clicks on the button itself are
 * left to the button (no double action).
 */
export function rowClick(action: () => void): Attachment<HTMLElement> {
  return (row) => {
    const onClick = (event: MouseEvent) => {
      const target = event.target;
      if (
        target instanceof Element &&
        target.closest("button, a, input, select, textarea")
      ) {
        return;
      }
      action();
    };
    row.addEventListener("click", onClick);
    return () => row.removeEventListener("click", onClick);
  };
}

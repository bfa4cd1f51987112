// The chair's display preferences, kept in localStorage (no personal data):
// the theme variant (light or high contrast, see src/theme/high-contrast.css) and whether
// the data-minimisation hints run while typing an item.
export type Theme = "light" | "high-contrast";

const THEME_KEY = "casusoverleg.theme";
const HINTS_KEY = "casusoverleg.hints";

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not stored: the choice holds for this session only.
  }
}

class Prefs {
  theme = $state<Theme>(
    read(THEME_KEY) === "high-contrast" ? "high-contrast" : "light",
  );
  /** Data-minimisation hints while typing (on unless turned off). */
  hints = $state(read(HINTS_KEY) !== "off");

  /** Puts the theme class on <html> (next to `utrecht-theme`). */
  apply(): void {
    document.documentElement.classList.toggle(
      "theme-high-contrast",
      this.theme === "high-contrast",
    );
  }

  toggleTheme(): void {
    this.theme = this.theme === "light" ? "high-contrast" : "light";
    write(THEME_KEY, this.theme);
    this.apply();
  }

  setHints(on: boolean): void {
    this.hints = on;
    write(HINTS_KEY, on ? "on" : "off");
  }
}

export const prefs = new Prefs();

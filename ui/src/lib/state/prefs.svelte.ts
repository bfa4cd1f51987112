// The chair's display preferences (no personal data): the theme variant (light or high
// contrast, see src/theme/high-contrast.css) and whether the data-minimisation hints run
// while typing an item. R21: the web view keeps nothing on disk (incognito), so they are
// kept by the back end in a small file beside the store, readable before unlocking.
import { api } from "../api";
import type { Theme } from "../bindings/Theme";
import type { UiPrefs } from "../bindings/UiPrefs";

export type { Theme };

class Prefs {
  theme = $state<Theme>("light");
  /** Data-minimisation hints while typing (on unless turned off). */
  hints = $state(true);

  /** Reads the kept preferences and applies them (the defaults when that fails). */
  async load(): Promise<void> {
    try {
      const kept = await api.uiPrefs();
      this.theme = kept.theme;
      this.hints = kept.hints;
    } catch {
      // The defaults hold.
    }
    this.apply();
  }

  /** Puts the theme class on <html> (next to `utrecht-theme`). */
  apply(): void {
    document.documentElement.classList.toggle(
      "theme-high-contrast",
      this.theme === "high-contrast",
    );
  }

  toggleTheme(): void {
    this.theme = this.theme === "light" ? "high-contrast" : "light";
    this.apply();
    void this.keep();
  }

  setHints(on: boolean): void {
    this.hints = on;
    void this.keep();
  }

  private async keep(): Promise<void> {
    const prefs: UiPrefs = { theme: this.theme, hints: this.hints };
    try {
      await api.setUiPrefs(prefs);
    } catch {
      // Not kept: the choice holds for this session only.
    }
  }
}

export const prefs = new Prefs();

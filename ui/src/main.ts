import "@utrecht/design-tokens/dist/theme.css";
import "@utrecht/component-library-css/dist/index.css";
import "./app.css";
import "./theme/high-contrast.css";

import { mount } from "svelte";

import App from "./App.svelte";
import { prefs } from "./lib/state/prefs.svelte";
import { nl } from "./lib/i18n/nl";

document.title = nl.app.title;
void prefs.load();

const target = document.getElementById("app");
if (!target) throw new Error("#app element missing from index.html");

export default mount(App, { target });

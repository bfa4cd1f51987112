import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

/** @type {import("@sveltejs/vite-plugin-svelte").SvelteConfig} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Component CSS goes into the extracted stylesheet, never into runtime <style> tags
    // (the app runs under a strict CSP without 'unsafe-inline').
    css: "external",
  },
};

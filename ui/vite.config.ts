import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The built app is loaded by Tauri from ui/dist under a strict CSP
// (default-src 'self'; style-src 'self'; script-src 'self'; ...): everything must be a
// same-origin file, nothing inline, nothing remote.
export default defineConfig({
  base: "./",
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
  },
  preview: {
    port: 1420,
    strictPort: true,
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // No inline polyfill script, no data: URLs for assets (fonts/images stay files).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    sourcemap: false,
  },
});

// axe-core injected into the real app's webview through WebDriver.
// WebKit evaluates Execute Script bodies through a native helper, not page eval or a
// <script> element, so the app's strict CSP does not block it (engineering §4); the result
// comes back as a trimmed JSON string (WebKit's result cloner is slow on big objects).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require('axe-core').source;

/** The WCAG 2.x A/AA rule sets the issue asks for. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the whole document; returns the violations (id, impact, help, targets). */
export async function axeViolations(driver) {
  await driver.manage().setTimeouts({ script: 120_000 });
  const raw = await driver.executeScript(
    `${AXE_SOURCE}
     return axe
       .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] })
       .then((r) => JSON.stringify(r.violations.map((v) => ({
         id: v.id, impact: v.impact, help: v.help,
         nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
       }))));`,
  );
  return JSON.parse(raw);
}

/** One line per violation, for assertion messages. */
export function describeViolations(screen, violations) {
  return violations.map(
    (v) => `[${screen}] ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target} — ${(n.summary || '').replace(/\s+/g, ' ')}`).join('\n    ')}`,
  );
}

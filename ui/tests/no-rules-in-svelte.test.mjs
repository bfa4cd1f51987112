// No rule outside the domain crate (docs/rules.md; /work/shared/style.md): a Svelte file may
// display what the back end decided, never compare an age, a role, a relation or a status
// to decide what to offer. The views carry those decisions (e.g. `mayHoldAuthority`,
// `allowedActions`). A line that compares only for display may opt out with a trailing
// `<!-- display-only: reason -->` or `// display-only: reason` comment on the same line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "src");

/** Patterns that mean "a decision about age, role, relation or status is made here". */
const RULE_PATTERNS = [
  // an age compared with anything: `age < 16`, `s.age >= 12`, `age === null`
  /\bage\s*(?:[<>]=?|[!=]==?)/,
  /(?:[<>]=?|[!=]==?)\s*[\w.]*\bage\b/,
  // an age threshold literal: `>= 16`, `< 12`, `<= 18`
  /[<>]=?\s*(?:12|16|18)\b/,
  // a role, relation, status or request kind compared: `.status === "open"`, `relation !== x`
  /\b(?:role|relation|status|requestKind)\s*[!=]==?/,
  /[!=]==?\s*[\w.]*\b(?:role|relation|status)\b/,
];

const ALLOW = /display-only:/;

function svelteFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return svelteFiles(path);
    return e.name.endsWith(".svelte") ? [path] : [];
  });
}

/** Every rule-deciding line in the Svelte sources, as `file:line: text`. */
export function findRuleLeaks(dir = root) {
  const leaks = [];
  for (const file of svelteFiles(dir)) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, i) => {
      const code = line.replace(/^\s*(?:\/\/|\*|<!--).*$/, "");
      if (ALLOW.test(line)) return;
      if (RULE_PATTERNS.some((p) => p.test(code)))
        leaks.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  return leaks;
}

test("the patterns catch the known shapes of a rule leak", () => {
  for (const sample of [
    '(s.age === null ? s.relation === "youth" : s.age >= 12 && s.age < 16)',
    'relation === "parent" || relation === "carer"',
    '{#if r.status === "open"}',
    '{#if person.role !== "chair"}',
  ])
    assert.ok(
      RULE_PATTERNS.some((p) => p.test(sample)),
      `not caught: ${sample}`,
    );
  assert.ok(
    !RULE_PATTERNS.some((p) => p.test("{nl.rights.statuses[r.status]}")),
  );
});

test("no Svelte file decides about age, role, relation or status", () => {
  const leaks = findRuleLeaks();
  assert.deepEqual(leaks, [], `rule leaks in Svelte:\n${leaks.join("\n")}`);
});

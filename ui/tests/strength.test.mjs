// R21: the passphrase strength hint is computed in the page (src/lib/strength.ts, zxcvbn-ts
// with the Dutch dictionary), so the passphrase crosses IPC only when it is submitted. The
// domain still enforces the policy (length, typed twice) at submit time.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const source = fs.readFileSync(
  path.join(here, "../src/lib/strength.ts"),
  "utf8",
);
const js = ts.transpileModule(source, {
  compilerOptions: {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
  },
}).outputText;
// Inside node_modules, so the module's own imports (@zxcvbn-ts/…) resolve as in the app.
const cache = path.join(here, "../node_modules/.cache");
fs.mkdirSync(cache, { recursive: true });
const file = path.join(cache, "strength-under-test.mjs");
fs.writeFileSync(file, js);
const { passphraseStrength, strengthOfScore } = await import(file);

const MIN = 12; // domain::PASSPHRASE_MIN_CHARS, sent with the store state

test("shorter than the domain's minimum is too short, counted in characters", async () => {
  assert.equal(await passphraseStrength("kort", MIN), "tooShort");
  assert.equal(await passphraseStrength("é".repeat(11), MIN), "tooShort");
  assert.notEqual(await passphraseStrength("é".repeat(12), MIN), "tooShort");
});

test("easy to guess passphrases are weak, long unusual ones strong", async () => {
  for (const weak of ["aaaaaaaaaaaaaaaa", "wachtwoord12", "welkom123456"]) {
    assert.equal(await passphraseStrength(weak, MIN), "weak", weak);
  }
  assert.equal(
    await passphraseStrength("Fiets-boom-wolk-zee-42", MIN),
    "strong",
  );
});

test("only zxcvbn's top score counts as strong (the store file can be attacked offline)", () => {
  assert.deepEqual([0, 1, 2, 3, 4].map(strengthOfScore), [
    "weak",
    "weak",
    "fair",
    "fair",
    "strong",
  ]);
});

test("a pasted 100,000 characters is judged quickly", async () => {
  const started = Date.now();
  await passphraseStrength("x".repeat(100_000), MIN);
  assert.ok(Date.now() - started < 2000);
});

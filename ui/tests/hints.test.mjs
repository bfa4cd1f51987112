// The UI's data-minimisation scanner (src/lib/hints.ts) against the cases shared with the
// domain crate's Rust scanner (src-tauri/crates/domain/src/hints_cases.json), so both give
// the same hints. Run: `npm test` in ui/ (node's test runner; TypeScript is stripped with
// the typescript compiler already in devDependencies).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const source = fs.readFileSync(path.join(here, "../src/lib/hints.ts"), "utf8");
const js = ts.transpileModule(source, {
  compilerOptions: {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
  },
}).outputText;
const { detectHints, bsnElfproef, ibanChecksumOk } = await import(
  `data:text/javascript;base64,${Buffer.from(js).toString("base64")}`
);
const shared = JSON.parse(
  fs.readFileSync(
    path.join(here, "../../src-tauri/crates/domain/src/hints_cases.json"),
    "utf8",
  ),
);

test("hints match the cases shared with the Rust scanner", () => {
  assert.ok(shared.cases.length >= 40);
  const failures = [];
  for (const { text, found } of shared.cases) {
    const got = detectHints(text);
    if (JSON.stringify(got) !== JSON.stringify(found))
      failures.push(`${JSON.stringify(text)}: want ${found}, got ${got}`);
  }
  assert.deepEqual(failures, []);
});

test("elfproef: valid, invalid, all zeros, 8 digits read with a leading zero", () => {
  assert.equal(bsnElfproef("111222333"), true);
  assert.equal(bsnElfproef("123456782"), true);
  assert.equal(bsnElfproef("123456789"), false);
  assert.equal(bsnElfproef("000000000"), false);
  assert.equal(bsnElfproef("12345672"), true);
  assert.equal(bsnElfproef("012345672"), true);
  assert.equal(bsnElfproef("12345678"), false);
  assert.equal(bsnElfproef("1234567"), false);
});

test("IBAN checksum", () => {
  assert.equal(ibanChecksumOk("NL91ABNA0417164300"), true);
  assert.equal(ibanChecksumOk("nl91abna0417164300"), true);
  assert.equal(ibanChecksumOk("NL91ABNA0417164301"), false);
  assert.equal(ibanChecksumOk("GB82WEST12345698765432"), true);
});

test("a long text is scanned in well under a frame", () => {
  const text =
    "Moeder vertelt over school en de zorgen thuis, 3 kinderen, 12-03-2026. ".repeat(
      60,
    );
  const t0 = performance.now();
  for (let k = 0; k < 100; k++) detectHints(text);
  const perCall = (performance.now() - t0) / 100;
  assert.ok(
    perCall < 4,
    `${perCall.toFixed(2)} ms per scan of ${text.length} chars`,
  );
});

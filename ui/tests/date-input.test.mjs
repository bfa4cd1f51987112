// Issue 18 §7: dates read dd-mm-jjjj whatever the locale. The date field (TextField with
// type "date") shows dd-mm-jjjj and gives the back end yyyy-mm-dd; these are its two
// conversions, from src/lib/format.ts.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const source = fs.readFileSync(path.join(here, "../src/lib/format.ts"), "utf8");
const js = ts.transpileModule(source, {
  compilerOptions: {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
  },
}).outputText;
const { parseDateInput, dateInputText, parseDateTimeInput, dateTimeInputText } =
  await import(
    `data:text/javascript;base64,${Buffer.from(js).toString("base64")}`
  );

test("dd-mm-jjjj, d-m-jjjj, with / or . and ISO are read as the same day", () => {
  for (const typed of [
    "24-11-2026",
    "24/11/2026",
    "24.11.2026",
    " 24-11-2026 ",
    "2026-11-24",
  ]) {
    assert.equal(parseDateInput(typed), "2026-11-24", typed);
  }
  assert.equal(parseDateInput("3-3-2026"), "2026-03-03");
});

test("a day that does not exist, a partial or American date is not a date", () => {
  for (const typed of [
    "31-02-2026",
    "29-02-2027",
    "11/24/2026",
    "24-11",
    "",
    "morgen",
    "2026-1-2",
  ]) {
    assert.equal(parseDateInput(typed), null, typed);
  }
  assert.equal(parseDateInput("29-02-2028"), "2028-02-29");
});

test("the field shows an ISO date as dd-mm-jjjj and leaves other text alone", () => {
  assert.equal(dateInputText("2026-03-03"), "03-03-2026");
  assert.equal(dateInputText(""), "");
  assert.equal(dateInputText("31-02-2026"), "31-02-2026");
});

test("a moment is read as dd-mm-jjjj uu:mm or ISO, whatever the locale", () => {
  for (const typed of [
    "24-11-2026 09:05",
    "24-11-2026 9:05",
    "24/11/2026 09.05",
    "2026-11-24T09:05",
  ]) {
    assert.equal(parseDateTimeInput(typed), "2026-11-24T09:05", typed);
  }
  for (const typed of [
    "24-11-2026",
    "24-11-2026 24:00",
    "24-11-2026 10:60",
    "11/24/2026 9:05 AM",
    "",
  ]) {
    assert.equal(parseDateTimeInput(typed), null, typed);
  }
  assert.equal(dateTimeInputText("2026-11-24T09:05"), "24-11-2026 09:05");
  assert.equal(dateTimeInputText("morgen"), "morgen");
});

// One vocabulary: every text the chair reads (the UI catalog src/lib/i18n/nl.ts and the back
// end's `texts` crate: errors, labels, checklist, documents, reports) uses the one term per
// notion of the glossary in nl.ts (`help.glossary`) and none of the words listed to avoid,
// nor the names of formats and standards (`avoidEverywhere`). Run: `npm test` in ui/.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const catalogPath = path.join(here, "../src/lib/i18n/nl.ts");
const textsDir = path.join(here, "../../src-tauri/crates/texts/src");

const catalogSource = fs.readFileSync(catalogPath, "utf8");
const js = ts.transpileModule(catalogSource, {
  compilerOptions: {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
  },
}).outputText;
const { nl, avoidEverywhere } = await import(
  `data:text/javascript;base64,${Buffer.from(js).toString("base64")}`
);

/** Every string the catalog can show: literals and template pieces, outside the glossary's
 * own `avoid` lists. */
function catalogTexts() {
  const file = ts.createSourceFile(
    catalogPath,
    catalogSource,
    ts.ScriptTarget.ES2022,
    true,
  );
  const out = [];
  file.forEachChild(function visit(node) {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isPropertyAssignment(node) && node.name.getText(file) === "avoid") {
      return;
    }
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText(file) === "avoidEverywhere"
    ) {
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      out.push({ where: `nl.ts:${line(file, node)}`, text: node.text });
    } else if (ts.isTemplateExpression(node)) {
      const parts = [
        node.head.text,
        ...node.templateSpans.map((s) => s.literal.text),
      ];
      out.push({ where: `nl.ts:${line(file, node)}`, text: parts.join(" … ") });
    }
    node.forEachChild(visit);
  });
  return out;
}

function line(file, node) {
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}

/** The Dutch string literals of the texts crate, outside its test modules and comments. */
function backEndTexts() {
  const out = [];
  for (const name of fs.readdirSync(textsDir)) {
    if (!name.endsWith(".rs")) continue;
    let source = fs.readFileSync(path.join(textsDir, name), "utf8");
    const testAt = source.indexOf("#[cfg(test)]");
    if (testAt >= 0) source = source.slice(0, testAt);
    source.split("\n").forEach((raw, i) => {
      const code = raw.replace(/^\s*\/\/.*$/, "");
      for (const m of code.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
        out.push({ where: `texts/src/${name}:${i + 1}`, text: m[1] });
      }
    });
  }
  return out;
}

function wordPattern(word) {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "iu");
}

const rules = [
  ...nl.help.glossary.flatMap((entry) =>
    entry.avoid.map((word) => ({
      pattern: wordPattern(word),
      why: `"${word}": say "${entry.term}"`,
    })),
  ),
  ...avoidEverywhere.map((word) => ({
    pattern: wordPattern(word),
    why: `"${word}": say what the file is for`,
  })),
];

function offences(texts) {
  const found = [];
  for (const { where, text } of texts) {
    for (const { pattern, why } of rules) {
      if (pattern.test(text)) found.push(`${where} ${why}: ${text}`);
    }
  }
  return found;
}

test("the glossary has one entry per notion, each with a meaning", () => {
  const terms = nl.help.glossary.map((e) => e.term);
  assert.equal(new Set(terms).size, terms.length, "a term is listed twice");
  for (const entry of nl.help.glossary) {
    assert.ok(entry.meaning.length > 10, `${entry.term} has no meaning`);
    for (const word of entry.avoid) {
      assert.ok(
        !terms.includes(word),
        `${word} is both a term and a word to avoid`,
      );
    }
  }
  for (const needed of [
    "casusoverleg",
    "betrokkene",
    "deelnemer",
    "inbreng",
    "inbrenger",
    "vrijgave",
    "afspraak",
    "plan van aanpak",
    "toestemming",
    "grondslag",
    "conflict van plichten",
    "bewaartermijn",
    "logboek",
  ]) {
    assert.ok(terms.includes(needed), `the glossary misses ${needed}`);
  }
});

test("the checker finds what it looks for", () => {
  const planted = [
    { where: "planted", text: "Gezinslid toevoegen" },
    { where: "planted", text: "Controleer auditlog" },
    { where: "planted", text: "Opslaan als JSON" },
    { where: "planted", text: "1 punt niet op het scherm" },
  ];
  assert.equal(offences(planted).length, 4);
  assert.deepEqual(
    offences([{ where: "ok", text: "3 open punten. Persoonsgegevens delen?" }]),
    [`ok "delen": say "vrijgave": 3 open punten. Persoonsgegevens delen?`],
  );
});

test("every text of the UI catalog uses the glossary's terms", () => {
  const texts = catalogTexts();
  assert.ok(texts.length > 500, `only ${texts.length} texts found`);
  assert.deepEqual(offences(texts), []);
});

test("every text of the back end (errors, labels, documents) uses the glossary's terms", () => {
  const texts = backEndTexts();
  assert.ok(texts.length > 200, `only ${texts.length} texts found`);
  assert.deepEqual(offences(texts), []);
});

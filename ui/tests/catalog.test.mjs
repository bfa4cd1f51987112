// The UI's Dutch catalog (src/lib/i18n/nl.ts) against its users: every key of `nl` is used
// by some .svelte/.ts file, and no object of the catalog names a key twice (a later
// duplicate silently replaces the earlier text). Run: `npm test` in ui/.
//
// A key is used when a file mentions `nl.<path>` for it or for an object above it (an
// object used as a whole: indexed, passed on, `Object.keys`), also through an alias
// `const t = nl.<path>;` and then `t.<rest>`.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(here, "../src");
const catalogPath = path.join(src, "lib/i18n/nl.ts");
const catalog = ts.createSourceFile(
  catalogPath,
  fs.readFileSync(catalogPath, "utf8"),
  ts.ScriptTarget.ES2022,
  true,
);

function propertyName(p) {
  const n = p.name;
  if (!n) return undefined;
  if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n)) {
    return n.text;
  }
  return n.getText(catalog);
}

/** The `nl` object literal. */
function nlObject() {
  let found;
  catalog.forEachChild(function visit(node) {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText(catalog) === "nl" &&
      node.initializer
    ) {
      let init = node.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init)) {
        init = init.expression;
      }
      found = init;
    }
    node.forEachChild(visit);
  });
  assert.ok(found && ts.isObjectLiteralExpression(found), "nl.ts exports `nl`");
  return found;
}

/** Every leaf path of the catalog ("plan.columns.who"). */
function leafPaths(object, prefix = []) {
  const out = [];
  for (const p of object.properties) {
    const name = propertyName(p);
    if (name === undefined) continue;
    const here = [...prefix, name];
    const value = ts.isPropertyAssignment(p) ? p.initializer : undefined;
    if (value && ts.isObjectLiteralExpression(value)) {
      out.push(...leafPaths(value, here));
    } else {
      out.push(here.join("."));
    }
  }
  return out;
}

/** Every object literal of nl.ts that names a key twice, with the key. */
function duplicateKeys() {
  const out = [];
  catalog.forEachChild(function visit(node) {
    if (ts.isObjectLiteralExpression(node)) {
      const seen = new Set();
      for (const p of node.properties) {
        const name = propertyName(p);
        if (name === undefined) continue;
        if (seen.has(name)) {
          const { line } = catalog.getLineAndCharacterOfPosition(p.getStart());
          out.push(`${name} (nl.ts line ${line + 1})`);
        }
        seen.add(name);
      }
    }
    node.forEachChild(visit);
  });
  return out;
}

function sourceFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "bindings") out.push(...sourceFiles(full));
    } else if (/\.(svelte|ts)$/.test(entry.name) && full !== catalogPath) {
      out.push(full);
    }
  }
  return out;
}

/** Every `nl.a.b.c` a file mentions (greedy), aliases expanded. */
function mentions(source) {
  const out = new Set();
  const aliases = new Map();
  for (const m of source.matchAll(
    /\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*nl((?:\.[A-Za-z_$][\w$]*)+)\s*;/g,
  )) {
    aliases.set(m[1], m[2].slice(1));
  }
  // The alias declarations themselves are no use of the object.
  const body = source.replace(
    /\b(?:const|let)\s+[A-Za-z_$][\w$]*\s*=\s*nl(?:\.[A-Za-z_$][\w$]*)+\s*;/g,
    "",
  );
  for (const m of body.matchAll(
    /(?<![\w$.])(nl|[A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*)+)/g,
  )) {
    const rest = m[2].slice(1);
    if (m[1] === "nl") out.add(rest);
    else if (aliases.has(m[1])) out.add(`${aliases.get(m[1])}.${rest}`);
  }
  return [out, aliases];
}

function unusedKeys(leaves, files) {
  const used = new Set();
  const wholes = new Set();
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8");
    const [found, aliases] = mentions(source);
    for (const f of found) used.add(f);
    // An alias used as a whole (`t[key]`, `f(t)`) uses everything under it.
    for (const [alias, base] of aliases) {
      const whole = new RegExp(
        `(?<![\\w$.])${alias.replaceAll("$", "\\$")}\\s*[[),]`,
      );
      if (whole.test(source)) wholes.add(base);
    }
  }
  // Used: mentioned itself, or with a method or property after it
  // (`nl.reports.months.map`), or an object above it mentioned as a whole.
  const isUsed = (leaf) =>
    [...used].some(
      (m) => m === leaf || m.startsWith(`${leaf}.`) || leaf.startsWith(`${m}.`),
    ) || [...wholes].some((w) => leaf === w || leaf.startsWith(`${w}.`));
  return leaves.filter((leaf) => !isUsed(leaf));
}

test("the catalog scan finds keys and files", () => {
  const leaves = leafPaths(nlObject());
  assert.ok(leaves.length > 300, `only ${leaves.length} keys found`);
  assert.ok(leaves.includes("plan.columns.who"));
  assert.ok(sourceFiles(src).length > 30);
  const [found] = mentions("const t = nl.plan;\n{t.empty} {nl.items.kinds[k]}");
  assert.ok(found.has("plan.empty") && found.has("items.kinds"));
});

test("every key of nl.ts is used by a .svelte or .ts file", () => {
  const unused = unusedKeys(leafPaths(nlObject()), sourceFiles(src));
  assert.deepEqual(unused, [], `keys no file uses: ${unused.join(", ")}`);
});

test("no object of nl.ts names a key twice", () => {
  assert.deepEqual(duplicateKeys(), []);
});

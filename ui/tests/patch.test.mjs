// The JSON Patch (RFC 6902) steps a release decision answers with (src/lib/patch.ts):
// applied without changing the page given, sharing what they do not touch, and refused
// whole when a test fails or a path is not there. Run: `npm test` in ui/.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const source = fs.readFileSync(path.join(here, "../src/lib/patch.ts"), "utf8");
const js = ts.transpileModule(source, {
  compilerOptions: {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
  },
}).outputText;
const { applyPatch, PatchRefused } = await import(
  `data:text/javascript;base64,${Buffer.from(js).toString("base64")}`
);

/** A page as the window holds it: a meeting with cells, open points and their groups. */
const page = () => ({
  id: "m-1",
  revision: 4,
  purpose: "Samen afspreken wie het gezin helpt",
  items: [{ id: "i-1", text: "Moeder werkt weer" }],
  releases: [
    { itemId: "i-1", recipientId: "p-1", kind: "stays" },
    { itemId: "i-2", recipientId: "p-1", kind: "stays" },
  ],
  checklist: [
    { code: "release_undecided", targetId: "i-1" },
    { code: "release_undecided", targetId: "i-2" },
    { code: "pledge_missing", targetId: "p-3" },
  ],
  checklistGroups: [
    {
      section: "people",
      count: 1,
      points: [{ code: "pledge_missing", targetId: "p-3" }],
    },
    {
      section: "releases",
      count: 2,
      points: [
        { code: "release_undecided", targetId: "i-1" },
        { code: "release_undecided", targetId: "i-2" },
      ],
    },
  ],
});

/** What one decision answers: the tests, the revision, a cell, one open point less. */
const decision = [
  { op: "test", path: "/id", value: "m-1" },
  { op: "test", path: "/revision", value: 4 },
  { op: "replace", path: "/revision", value: 5 },
  {
    op: "add",
    path: "/releases/1",
    value: { itemId: "i-1", recipientId: "p-2", kind: "release" },
  },
  { op: "remove", path: "/checklist/0" },
  { op: "replace", path: "/checklistGroups/1/count", value: 1 },
  { op: "remove", path: "/checklistGroups/1/points/0" },
];

test("a decision's steps give the new page and leave the page given as it was", () => {
  const before = page();
  const frozen = JSON.stringify(before);
  const after = applyPatch(before, decision);
  assert.equal(JSON.stringify(before), frozen, "the page given was changed");
  assert.equal(after.revision, 5);
  assert.deepEqual(
    after.releases.map((c) => `${c.itemId}>${c.recipientId}`),
    ["i-1>p-1", "i-1>p-2", "i-2>p-1"],
  );
  assert.deepEqual(
    after.checklist.map((p) => p.targetId),
    ["i-2", "p-3"],
  );
  assert.equal(after.checklistGroups[1].count, 1);
  assert.deepEqual(after.checklistGroups[1].points, [
    { code: "release_undecided", targetId: "i-2" },
  ]);
});

test("what the steps do not touch is shared, so the page redraws only what changed", () => {
  const before = page();
  const after = applyPatch(before, decision);
  assert.equal(after.items, before.items);
  assert.equal(after.releases[0], before.releases[0]);
  assert.equal(after.checklistGroups[0], before.checklistGroups[0]);
  assert.notEqual(after.checklistGroups[1], before.checklistGroups[1]);
  assert.notEqual(after.releases, before.releases);
});

test("steps for another revision or another meeting are refused and change nothing", () => {
  for (const [key, value] of [
    ["revision", 3],
    ["id", "m-2"],
  ]) {
    const other = { ...page(), [key]: value };
    const frozen = JSON.stringify(other);
    assert.throws(() => applyPatch(other, decision), PatchRefused, key);
    assert.equal(JSON.stringify(other), frozen);
  }
});

test("a path that is not there is refused, also after steps that did apply", () => {
  const cases = [
    [{ op: "remove", path: "/releases/2" }],
    [{ op: "replace", path: "/nothing", value: 1 }],
    [{ op: "add", path: "/releases/3", value: {} }],
    [{ op: "add", path: "/releases/01", value: {} }],
    [{ op: "replace", path: "/purpose/0", value: "x" }],
    [{ op: "remove", path: "" }],
    [{ op: "replace", path: "releases", value: [] }],
    [...decision.slice(0, 4), { op: "remove", path: "/checklist/9" }],
  ];
  for (const ops of cases) {
    const before = page();
    const frozen = JSON.stringify(before);
    assert.throws(
      () => applyPatch(before, ops),
      PatchRefused,
      JSON.stringify(ops),
    );
    assert.equal(JSON.stringify(before), frozen);
  }
});

test("adds at the end, replaces and removes keys, escapes ~ and / in keys", () => {
  const doc = { "a/b": 1, "c~d": [1], e: { f: 1 } };
  const after = applyPatch(doc, [
    { op: "replace", path: "/a~1b", value: 2 },
    { op: "add", path: "/c~0d/-", value: 2 },
    { op: "remove", path: "/e/f" },
    { op: "add", path: "/e/g", value: [] },
  ]);
  assert.deepEqual(after, { "a/b": 2, "c~d": [1, 2], e: { g: [] } });
  assert.deepEqual(doc, { "a/b": 1, "c~d": [1], e: { f: 1 } });
});

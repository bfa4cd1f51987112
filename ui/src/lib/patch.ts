// Issue 19: a change of a meeting can answer with what it changed on the page instead of
// the whole page: the steps of a JSON Patch (RFC 6902) from the page the window holds to
// the new one (`store::flow_changes` in the Rust store computes them from the two pages
// the domain decided). This applies them without changing the page it is given: the new
// page shares every part the steps do not touch, so Svelte redraws only what changed.
import type { FlowOp } from "./bindings/FlowOp";

/** The steps do not fit the page: a test failed or a path is not there. */
export class PatchRefused extends Error {}

type Container = Record<string, unknown> | unknown[];

const isContainer = (v: unknown): v is Container =>
  typeof v === "object" && v !== null;

/** A JSON Pointer (RFC 6901) as its reference tokens. */
function tokens(path: string): string[] {
  if (path === "") return [];
  if (!path.startsWith("/")) throw new PatchRefused(`path ${path}`);
  return path
    .slice(1)
    .split("/")
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The index a token names in `list`; `end`: one past the last is allowed (add). */
function indexIn(list: unknown[], token: string, end: boolean): number {
  const index = token === "-" && end ? list.length : Number(token);
  const valid = /^(0|[1-9][0-9]*)$/.test(token) || (token === "-" && end);
  if (!valid || index > list.length || (!end && index === list.length))
    throw new PatchRefused(`index ${token}`);
  return index;
}

function child(parent: Container, token: string): unknown {
  if (Array.isArray(parent)) return parent[indexIn(parent, token, false)];
  if (!Object.hasOwn(parent, token)) throw new PatchRefused(`key ${token}`);
  return parent[token];
}

function equal(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `ops` applied to `doc`, which stays as it was. Throws [`PatchRefused`] when a test
 * fails or a path is not there; the page given is unchanged then too.
 */
export function applyPatch<T>(doc: T, ops: readonly FlowOp[]): T {
  // The containers copied for this patch: changed in place by later steps.
  const own = new Set<Container>();
  const copy = (c: Container): Container => {
    if (own.has(c)) return c;
    const fresh: Container = Array.isArray(c) ? c.slice() : { ...c };
    own.add(fresh);
    return fresh;
  };
  let root: unknown = doc;
  for (const op of ops) {
    const keys = tokens(op.path);
    if (op.op === "test") {
      const found = keys.reduce<unknown>((at, key) => {
        if (!isContainer(at)) throw new PatchRefused(`path ${op.path}`);
        return child(at, key);
      }, root);
      if (!equal(found, op.value)) throw new PatchRefused(`test ${op.path}`);
      continue;
    }
    const last = keys.pop();
    if (last === undefined) {
      if (op.op === "remove") throw new PatchRefused("remove the page");
      root = op.value;
      continue;
    }
    if (!isContainer(root)) throw new PatchRefused(`path ${op.path}`);
    root = copy(root);
    let parent = root as Container;
    for (const key of keys) {
      const next = child(parent, key);
      if (!isContainer(next)) throw new PatchRefused(`path ${op.path}`);
      const owned = copy(next);
      if (Array.isArray(parent)) parent[Number(key)] = owned;
      else parent[key] = owned;
      parent = owned;
    }
    if (Array.isArray(parent)) {
      const index = indexIn(parent, last, op.op === "add");
      if (op.op === "add") parent.splice(index, 0, op.value);
      else if (op.op === "remove") parent.splice(index, 1);
      else parent[index] = op.value;
    } else {
      if (op.op !== "add") child(parent, last);
      if (op.op === "remove") delete parent[last];
      else parent[last] = op.value;
    }
  }
  return root as T;
}

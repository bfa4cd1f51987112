#!/usr/bin/env bash
# Entry point of the Casusoverleg e2e suite (called by the project's test script).
# Needs (installed by the top-level script, not here): tauri-driver, WebKitWebDriver, xvfb-run.
# Env: CASUSOVERLEG_BIN (default <repo>/target/debug/casusoverleg), E2E_VERBOSE=1 for driver logs.
# Extra arguments are passed to `node --test` (e.g. --test-name-pattern=...).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
cd "$HERE"

export CASUSOVERLEG_BIN="${CASUSOVERLEG_BIN:-$REPO/target/debug/casusoverleg}"
export PATH="$PATH:${CARGO_HOME:-$HOME/.cargo}/bin"

missing=()
for tool in tauri-driver WebKitWebDriver xvfb-run xauth node npm; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "e2e: missing required tool(s): ${missing[*]}" >&2
  echo "e2e: install them first (apt-get install -y webkit2gtk-driver xvfb xauth;" \
       "cargo install tauri-driver --version 2.1.0 --locked)" >&2
  exit 2
fi
if [[ ! -x "$CASUSOVERLEG_BIN" ]]; then
  echo "e2e: app binary not found or not executable: $CASUSOVERLEG_BIN" >&2
  echo "e2e: build it with 'npx tauri build --debug --no-bundle' (production mode, UI embedded)" >&2
  exit 2
fi

# npm ci when node_modules is missing or older than the lockfile.
if [[ ! -d node_modules || ! -f node_modules/.package-lock.json \
      || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi

rm -rf artifacts

export WEBKIT_DISABLE_COMPOSITING_MODE=1
export WEBKIT_DISABLE_DMABUF_RENDERER=1
unset CASUSOVERLEG_DATA_DIR
# WebDriver ends its session when the page's web process ends, which a lock does (R21);
# tests that go on after a lock keep it, memory.test.mjs asks for the real behaviour.
export CASUSOVERLEG_WEB_PROCESS_ON_LOCK=keep

# Arguments ending in .test.mjs pick those files (e.g. `run.sh documents.test.mjs`);
# any other arguments go to `node --test`. Without files, every test file runs.
files=() opts=()
for a in "$@"; do
  if [[ $a == *.test.mjs ]]; then files+=("./${a##*/}"); else opts+=("$a"); fi
done
((${#files[@]})) || files=(./*.test.mjs)

set +e
xvfb-run -a -s "-screen 0 1280x1024x24" \
  node --test --test-concurrency=1 --test-timeout=900000 "${opts[@]}" "${files[@]}"
rc=$?
set -e
if ((rc != 0)) && [[ -d artifacts ]]; then
  echo "e2e: failure artifacts (screenshots, page sources) in $HERE/artifacts" >&2
fi
exit "$rc"

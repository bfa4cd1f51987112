// App benchmark: cold start of the (release) binary to the unlock screen under Xvfb, and
// total memory (PSS of the app and its WebKit child processes) after unlock.
//
// Run through ./x bench (which builds the release binary and starts Xvfb), or by hand:
//   CASUSOVERLEG_BIN=<release binary> xvfb-run -a node tests/e2e/bench/app.mjs --runs 5
// Prints one JSON line. "Cold start" is measured from the WebDriver new-session request
// (which launches the app) to the unlock screen's passphrase field being in the DOM, so it
// includes WebKitWebDriver's session set-up; the figure is an upper bound.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BIN, launch, quit, startTauriDriver, stopTauriDriver, waitForTestId } from '../lib/app.mjs';
import { createStore, unlock, waitForMeetingList } from '../lib/flows.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The pid and all its descendants (WebKitWebProcess, WebKitNetworkProcess, ...). */
function descendants(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    let tasks = [];
    try {
      tasks = fs.readdirSync(`/proc/${all[i]}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        const kids = fs.readFileSync(`/proc/${all[i]}/task/${t}/children`, 'utf8').trim();
        if (kids) all.push(...kids.split(/\s+/).map(Number));
      } catch {}
    }
  }
  return [...new Set(all)];
}

function pssKiB(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function comm(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

async function main() {
  await startTauriDriver();
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-bench-'));
  try {
    let driver = await launch(dataDir);
    await createStore(driver);
    await waitForMeetingList(driver);
    await quit(driver);

    const starts = [];
    const unlocks = [];
    const pss = [];
    let processes = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      driver = await launch(dataDir);
      await waitForTestId(driver, 'unlock-passphrase');
      starts.push(performance.now() - t0);
      const t1 = performance.now();
      await unlock(driver);
      unlocks.push(performance.now() - t1);
      await new Promise((r) => setTimeout(r, 1000)); // let WebKit settle
      const pids = driver.__appPids.flatMap(descendants);
      processes = pids.map((p) => ({ name: comm(p), pss_kib: pssKiB(p) }));
      pss.push(processes.reduce((s, p) => s + p.pss_kib, 0) / 1024);
      await quit(driver);
    }
    const result = {
      bench: 'app',
      binary: BIN,
      binary_mib: +(fs.statSync(BIN).size / 2 ** 20).toFixed(1),
      runs,
      cold_start_to_unlock_screen_ms: { median: +median(starts).toFixed(0), all: starts.map((x) => +x.toFixed(0)) },
      unlock_in_ui_ms: { median: +median(unlocks).toFixed(0), all: unlocks.map((x) => +x.toFixed(0)) },
      pss_after_unlock_mib: { median: +median(pss).toFixed(1), all: pss.map((x) => +x.toFixed(1)) },
      processes_last_run: processes,
    };
    console.log(JSON.stringify(result));
  } finally {
    await stopTauriDriver();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// App benchmark (BENCHMARKS.md): cold start of the release binary to the unlock screen under
// Xvfb, unlock through the UI, and total memory (PSS of the app and its WebKit child
// processes) at the unlock screen, after unlock and after opening a 50-item, 12-participant
// meeting. Peer figure: Debian's Chromium (the engine an Electron build would carry)
// showing the same built UI (ui/dist) with the same screens and the same data.
//
// Run through ./x bench (which builds the release binary and starts Xvfb), or by hand:
//   CASUSOVERLEG_BIN=<release binary> xvfb-run -a node tests/e2e/bench/app.mjs --runs 5
// Prints one JSON line per engine. "Cold start" is measured from the WebDriver new-session
// request (which launches the app / browser) to the passphrase field being in the DOM, so
// it includes the driver's session set-up; the figure is an upper bound for both engines.
//
// How Chromium gets the same data: one extra Tauri run records every IPC response the UI
// receives (unlock, list, meeting); Chromium then loads ui/dist from a loopback server with
// a small script that answers the UI's invoke calls with those recorded responses. No
// store, no Rust: the peer figure is the cost of the web engine showing the same DOM.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Builder } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import { BIN, E2E_DIR, launch, quit, startTauriDriver, stopTauriDriver, waitForCount, waitForTestId } from '../lib/app.mjs';
import { createStore, invokeOk, openMeeting, showSection, unlock, waitForMeetingList } from '../lib/flows.mjs';
import { treePss } from './pss.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', 5)) || 5;
const CHROMIUM = arg('--chromium', '/usr/bin/chromium');
const CHROMEDRIVER = arg('--chromedriver', '/usr/bin/chromedriver');
const DIST = path.resolve(E2E_DIR, '../../ui/dist');
const ITEMS = 50;
const PARTICIPANTS = 12;
const CASE_LABEL = 'Benchmark gezin';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const summary = (xs, digits = 0) => ({ median: +median(xs).toFixed(digits), all: xs.map((x) => +x.toFixed(digits)) });

/** Creates the benchmark meeting through the app's own commands. */
async function seedMeeting(driver) {
  const meeting = await invokeOk(driver, 'create_meeting', {
    input: { caseLabel: CASE_LABEL, date: '2026-11-24', purpose: 'Afspraken maken over school, thuis en veiligheid.' },
  });
  const roles = ['caseLead', 'expert', 'informant'];
  const people = [];
  for (let p = 0; p < PARTICIPANTS; p++) {
    const person = await invokeOk(driver, 'add_participant', {
      input: {
        meetingId: meeting.id,
        name: `Deelnemer ${p + 1}`,
        organisation: `Organisatie ${p + 1}`,
        function: 'Consulent',
        phone: '',
        email: '',
        role: roles[p] ?? 'contentRole',
      },
    });
    people.push(person.id);
  }
  for (let i = 0; i < ITEMS; i++) {
    await invokeOk(driver, 'add_item', {
      input: {
        meetingId: meeting.id,
        contributorId: people[i % PARTICIPANTS],
        text: `Punt ${i + 1}: de school meldt dat de jongste sinds september vaak te laat komt; de mentor heeft twee keer gebeld en maakt zich zorgen over de thuissituatie.`,
        source: 'own', kind: i % 2 ? 'opinion' : 'fact',
        category: i % 7 === 0 ? 'special' : 'general',
      },
    });
  }
}

/** Unlock → list → open the meeting → items shown. */
async function openBenchMeeting(driver) {
  await openMeeting(driver, CASE_LABEL);
  await showSection(driver, 'items');
  await waitForCount(driver, 'item-row', ITEMS);
}

// --- Recording the IPC responses the UI receives (for the Chromium peer) -------------------
// Tauri's invoke is a non-writable property, so instead of wrapping it the recording run asks
// the real back end the same read commands the UI asks on these screens (ui/src/lib/state).

async function recordResponses(dataDir) {
  const driver = await launch(dataDir);
  try {
    await waitForTestId(driver, 'unlock-passphrase');
    // `unlock` answers how many expired meetings it destroyed first (R15; none here) and
    // where the chair was in a meeting before a lock (R21; nowhere here).
    const recorded = { store_state: [await invokeOk(driver, 'store_state')], unlock: [{ destroyed: 0, place: null }] };
    await unlock(driver);
    await waitForMeetingList(driver);
    recorded.expiring_meetings = [await invokeOk(driver, 'expiring_meetings')];
    recorded.store_state.push(await invokeOk(driver, 'store_state'));
    const list = await invokeOk(driver, 'list_meetings');
    recorded.list_meetings = [list];
    recorded.reference_data = [await invokeOk(driver, 'reference_data')];
    const meeting = list.meetings.find((m) => m.caseLabel === CASE_LABEL);
    recorded.get_meeting_flow = [await invokeOk(driver, 'get_meeting_flow', { id: meeting.id })];
    recorded.get_meeting = [await invokeOk(driver, 'get_meeting', { id: meeting.id })];
    return recorded;
  } finally {
    await quit(driver);
  }
}

/** Serves ui/dist on loopback; index.html gets a script that replays `recorded`. */
function serveReplay(recorded) {
  const shim = `<script>
    (() => {
      const recorded = ${JSON.stringify(recorded).replace(/</g, '\\u003c')};
      const seen = {};
      let next = 1;
      window.__TAURI_INTERNALS__ = {
        metadata: { currentWindow: { label: 'main' }, currentWebview: { windowLabel: 'main', label: 'main' } },
        transformCallback(cb) { const id = next++; window['_' + id] = cb; return id; },
        unregisterCallback(id) { delete window['_' + id]; },
        async invoke(cmd) {
          const answers = recorded[cmd];
          if (!answers || answers.length === 0) return null;
          const i = Math.min(seen[cmd] = (seen[cmd] ?? -1) + 1, answers.length - 1);
          return structuredClone(answers[i]);
        },
      };
    })();
  </script>`;
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST)) return res.writeHead(403).end();
    if (url.pathname === '/' || !fs.existsSync(file)) file = path.join(DIST, 'index.html');
    let body = fs.readFileSync(file);
    if (file.endsWith('index.html')) body = Buffer.from(body.toString('utf8').replace('<head>', `<head>${shim}`));
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function chromiumBrowserPid(profileDir) {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let argv;
    try {
      argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (argv.includes(`--user-data-dir=${profileDir}`) && !argv.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  return null;
}

async function benchChromium(recorded) {
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(CHROMEDRIVER)) {
    return { bench: 'app_peer_chromium', skipped: `not installed: ${CHROMIUM} / ${CHROMEDRIVER}` };
  }
  const server = await serveReplay(recorded);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const starts = [];
  const unlocks = [];
  const pss = { unlockScreen: [], afterUnlock: [], afterMeeting: [] };
  let processes = [];
  try {
    for (let i = 0; i < runs; i++) {
      const profile = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-bench-chromium-'));
      const options = new chrome.Options()
        .setChromeBinaryPath(CHROMIUM)
        .addArguments(
          `--user-data-dir=${profile}`,
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--window-size=1280,900',
          `--app=${url}`,
        );
      const service = new chrome.ServiceBuilder(CHROMEDRIVER);
      const t0 = performance.now();
      const driver = await new Builder().forBrowser('chrome').setChromeOptions(options).setChromeService(service).build();
      try {
        await driver.get(url);
        await waitForTestId(driver, 'unlock-passphrase');
        starts.push(performance.now() - t0);
        const browser = chromiumBrowserPid(profile);
        await sleep(1000);
        pss.unlockScreen.push(treePss([browser]).mib);
        const t1 = performance.now();
        await unlock(driver);
        await waitForMeetingList(driver);
        unlocks.push(performance.now() - t1);
        await sleep(1000);
        pss.afterUnlock.push(treePss([browser]).mib);
        await openBenchMeeting(driver);
        await sleep(1000);
        const after = treePss([browser]);
        pss.afterMeeting.push(after.mib);
        processes = after.processes;
      } finally {
        await driver.quit().catch(() => {});
        await fsp.rm(profile, { recursive: true, force: true });
      }
    }
  } finally {
    server.close();
  }
  return {
    bench: 'app_peer_chromium',
    browser: CHROMIUM,
    runs,
    cold_start_to_unlock_screen_ms: summary(starts),
    unlock_in_ui_ms: summary(unlocks),
    pss_unlock_screen_mib: summary(pss.unlockScreen, 1),
    pss_after_unlock_mib: summary(pss.afterUnlock, 1),
    pss_after_opening_meeting_mib: summary(pss.afterMeeting, 1),
    processes_last_run: processes,
  };
}

/** One cold start → unlock → open the meeting, with `args` added to the app's arguments. */
async function tauriRun(dataDir, args, into) {
  const t0 = performance.now();
  const driver = await launch(dataDir, args);
  try {
    await waitForTestId(driver, 'unlock-passphrase');
    into.starts.push(performance.now() - t0);
    await sleep(1000); // let WebKit settle
    into.pss.unlockScreen.push(treePss(driver.__appPids).mib);
    const t1 = performance.now();
    await unlock(driver);
    await waitForMeetingList(driver);
    into.unlocks.push(performance.now() - t1);
    await sleep(1000);
    into.pss.afterUnlock.push(treePss(driver.__appPids).mib);
    const t2 = performance.now();
    await openBenchMeeting(driver);
    into.opens.push(performance.now() - t2);
    await sleep(1000);
    const after = treePss(driver.__appPids);
    into.pss.afterMeeting.push(after.mib);
    into.processes = after.processes;
  } finally {
    await quit(driver);
  }
}

const newTally = () => ({ starts: [], unlocks: [], opens: [], pss: { unlockScreen: [], afterUnlock: [], afterMeeting: [] }, processes: [] });

/**
 * The app as shipped, and — interleaved run by run, so both see the same machine load —
 * the app started without its wiping heap (`--heap-wipe=off`, heap.rs, R21), to
 * measure what overwriting freed memory costs in the app and its WebKit processes.
 */
async function benchTauri(dataDir) {
  const shipped = newTally();
  const noWipe = newTally();
  for (let i = 0; i < runs; i++) {
    await tauriRun(dataDir, [], shipped);
    await tauriRun(dataDir, ['--heap-wipe=off'], noWipe);
  }
  const app = {
    bench: 'app',
    binary: BIN,
    binary_mib: +(fs.statSync(BIN).size / 2 ** 20).toFixed(1),
    runs,
    cold_start_to_unlock_screen_ms: summary(shipped.starts),
    unlock_in_ui_ms: summary(shipped.unlocks),
    open_meeting_ms: summary(shipped.opens),
    pss_unlock_screen_mib: summary(shipped.pss.unlockScreen, 1),
    pss_after_unlock_mib: summary(shipped.pss.afterUnlock, 1),
    pss_after_opening_meeting_mib: summary(shipped.pss.afterMeeting, 1),
    processes_last_run: shipped.processes,
  };
  const ratio = (a, b) => +(median(a) / median(b)).toFixed(3);
  const heapWipe = {
    bench: 'heap_wipe',
    runs,
    cold_start_ratio: ratio(shipped.starts, noWipe.starts),
    unlock_ratio: ratio(shipped.unlocks, noWipe.unlocks),
    open_meeting_ratio: ratio(shipped.opens, noWipe.opens),
    pss_after_opening_meeting_ratio: ratio(shipped.pss.afterMeeting, noWipe.pss.afterMeeting),
    without: {
      cold_start_to_unlock_screen_ms: summary(noWipe.starts),
      unlock_in_ui_ms: summary(noWipe.unlocks),
      open_meeting_ms: summary(noWipe.opens),
      pss_after_opening_meeting_mib: summary(noWipe.pss.afterMeeting, 1),
    },
  };
  return [app, heapWipe];
}

async function main() {
  await startTauriDriver();
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-bench-'));
  let recorded;
  try {
    const driver = await launch(dataDir);
    try {
      await createStore(driver);
      await waitForMeetingList(driver);
      await seedMeeting(driver);
    } finally {
      await quit(driver);
    }
    for (const record of await benchTauri(dataDir)) console.log(JSON.stringify(record));
    recorded = await recordResponses(dataDir);
  } finally {
    await stopTauriDriver();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(await benchChromium(recorded)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

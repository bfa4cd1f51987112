// Soak benchmark (BENCHMARKS.md, issue 19 point 7): memory over one live meeting of 90
// minutes, time-compressed. Through the real UI of the app (WebDriver, Xvfb) the chair
// creates a meeting, adds 12 participants and 50 items, sets up a plan in which every
// participant carries out an action and every item is relied on (so all 50 × 11 = 550
// cells of the release matrix need a decision), and decides those 550 cells one key press
// each in the keyboard grid ("b": stays in the meeting; the focus moves on to the next open
// cell by itself). In between: 5 searches from the overview, 3 times presentation mode on
// and off, and a lock with an unlock (the coffee break).
//
// Every user step (a form submitted, a decision, a search, a toggle, the lock, the unlock)
// is one unit of work; after every 5 % of the units, the PSS of the app process and all its
// WebKit child processes is sampled and placed on a 90-minute timeline (fraction of the
// work done × 90 min). Growth = mean of the samples in the last 10 simulated minutes minus
// the mean of those in the first 10; goal ≤ 5 MiB.
//
// Floor: in the same run, before the app starts, an empty WebKitGTK window (Python, gi,
// WebKit2 4.1, a WebView on about:blank, as large as the app's window) under the same X
// server; PSS of its process tree 2 s after the page loaded. The app's PSS above that floor
// is what the app itself costs.
//
// A lock ends the page's web process by default (R21), which ends the WebDriver session,
// so the app runs with `--web-process-on-lock=keep` (as the e2e suite does): the web
// process lives through the lock, the harder case for memory.
//
// Run through ./x bench (release binary, Xvfb), or by hand:
//   CASUSOVERLEG_BIN=<binary> xvfb-run -a node tests/e2e/bench/soak.mjs
// Prints one JSON line: {"bench":"soak",...}.

import { spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { By, Key } from 'selenium-webdriver';
import {
  BIN,
  allByTestId,
  click,
  launch,
  quit,
  selectByLabel,
  startTauriDriver,
  stopTauriDriver,
  type,
  waitForCount,
  waitForTestId,
  waitUntil,
} from '../lib/app.mjs';
import { BIG_PEOPLE, BIG_TEXTS } from '../lib/big-meeting.mjs';
import {
  addItem,
  addParticipant,
  createMeeting,
  createStore,
  invokeOk,
  openMeeting,
  setChecked,
  showSection,
  unlock,
  waitForMeetingList,
} from '../lib/flows.mjs';
import { treePss } from './pss.mjs';

const MEETING_MINUTES = 90;
const WINDOW_MINUTES = 10;
const SAMPLE_EVERY = 0.05; // of the work
const SETTLE_MS = 500; // before each sample
const GOAL_GROWTH_MIB = 5;
const PARTICIPANTS = 12;
const ITEMS = 50;
const CASE = 'Gezin Oosterhuis-Brandsma';
const SEARCHES = ['Oosterhuis', 'school', 'schulden', 'huisarts', 'wijkteam'];
// The app's window (src-tauri/tauri.conf.json), for the floor's window.
const WINDOW = [1280, 860];
const PYTHON = process.env.SOAK_PYTHON || '/usr/bin/python3';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const round = (x, d = 1) => +x.toFixed(d);
const isoDay = (days = 0) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// ---- floor: an empty WebKitGTK window ---------------------------------------------------

const FLOOR_PY = `
import sys, gi
gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2
window = Gtk.Window(title='floor')
window.set_default_size(${WINDOW[0]}, ${WINDOW[1]})
view = WebKit2.WebView()
def changed(_view, event):
    if event == WebKit2.LoadEvent.FINISHED:
        print('loaded', flush=True)
view.connect('load-changed', changed)
window.add(view)
window.connect('destroy', Gtk.main_quit)
window.show_all()
view.load_uri('about:blank')
Gtk.main()
`;

/** PSS of an empty WebKitGTK window's process tree, 2 s after about:blank loaded. */
async function webkitFloor() {
  const home = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-floor-'));
  const env = {
    ...process.env,
    HOME: home,
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CONFIG_HOME: path.join(home, 'config'),
    WEBKIT_DISABLE_COMPOSITING_MODE: process.env.WEBKIT_DISABLE_COMPOSITING_MODE || '1',
    WEBKIT_DISABLE_DMABUF_RENDERER: process.env.WEBKIT_DISABLE_DMABUF_RENDERER || '1',
  };
  const child = spawn(PYTHON, ['-c', FLOOR_PY], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const exited = new Promise((r) => child.once('exit', r));
  try {
    await waitUntil(() => out.includes('loaded') || child.exitCode !== null, { timeout: 30_000, message: 'the empty WebKitGTK window' });
    if (!out.includes('loaded')) throw new Error(`the floor window did not start (${PYTHON}): ${out.trim()}`);
    await sleep(2000);
    return treePss([child.pid]);
  } finally {
    // Its own process group: the window and the WebKit processes it started.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    await Promise.race([exited, sleep(5000)]);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
    await fsp.rm(home, { recursive: true, force: true }).catch(() => {});
  }
}

// ---- the meeting, step by step -----------------------------------------------------------

const people = BIG_PEOPLE.slice(0, PARTICIPANTS).map(([name, organisation], i) => ({
  name,
  organisation,
  function: 'Consulent',
  // Nobody is an expert or informant: their cells would need no decision (R1/R9).
  role: i === 0 ? 'caseLead' : 'contentRole',
}));
const itemText = (i) => `${BIG_TEXTS[i % BIG_TEXTS.length]} (nr. ${i + 1})`;
// Participant h's action relies on every item brought in by participant h + 1: every item
// is relied on once, never by its own contributor's action.
const reliedOnBy = (h) => [...Array(ITEMS).keys()].filter((i) => i % PARTICIPANTS === (h + 1) % PARTICIPANTS);

const OPEN_CELLS = '[data-testid="release-matrix"] td[data-state="open"], [data-testid="release-matrix"] td[data-state="openNeeded"]';

/**
 * Waits (in the page) until the decided cell shows "stays" and the focus moved on; answers
 * `ok:<testid of the focused cell, if it is open>`.
 */
const WAIT_DECIDED = `
  const [id, selector, timeout] = arguments, done = arguments[arguments.length - 1];
  const t0 = performance.now();
  (function check() {
    const cell = document.querySelector('[data-testid="' + id + '"]');
    const a = document.activeElement;
    if (cell && cell.dataset.state === 'stays' && (a !== cell || !document.querySelector(selector)))
      return done('ok:' + (a && /^open/.test(a.dataset.state || '') ? a.dataset.testid : ''));
    const refused = document.querySelector('[data-testid^="release-error-"]');
    if (refused) return done('refused: ' + refused.textContent);
    if (performance.now() - t0 > timeout)
      return done('timeout: ' + (cell ? cell.dataset.state : 'cell gone') + ', focus on ' + (a && (a.dataset.testid || a.tagName)));
    setTimeout(check, 5);
  })();
`;

class Meeting {
  constructor(driver) {
    this.d = driver;
    this.inGrid = false;
    /** The open cell that has the focus, as the last decision left it. */
    this.focused = null;
    this.searchHits = 0;
    this.decided = 0;
    this.columns = null;
  }

  async create() {
    await createMeeting(this.d, { caseLabel: CASE, date: isoDay(), purpose: 'Hulp afstemmen rond school, thuis en de schulden van het gezin' });
  }

  async participant(p) {
    await addParticipant(this.d, people[p]);
  }

  async item(i) {
    const kind = i % 4 === 0 ? 'opinion' : 'fact';
    await addItem(this.d, { contributorName: people[i % PARTICIPANTS].name, text: itemText(i), kind, category: 'general' });
  }

  async action(h) {
    const d = this.d;
    await showSection(d, 'plan');
    const before = (await allByTestId(d, 'action-row')).length;
    await selectByLabel(d, 'action-who', people[h].name);
    await type(d, 'action-what', `Gesprek plannen met moeder en school over de afspraken (${h + 1})`);
    await type(d, 'action-due', isoDay(14));
    const boxes = await d.findElements(By.css('[data-testid^="action-reliesOn-"]'));
    if (boxes.length !== ITEMS) throw new Error(`the plan form offers ${boxes.length} items to rely on, not ${ITEMS}`);
    for (const i of reliedOnBy(h)) await setChecked(d, boxes[i], true);
    await click(d, 'action-submit');
    await waitForCount(d, 'action-row', before + 1);
  }

  /** Into the release matrix, the focus on its first open cell. */
  async enterGrid() {
    const d = this.d;
    await showSection(d, 'releases');
    await waitForTestId(d, 'release-matrix');
    if (this.columns === null) {
      this.columns = await d.executeScript('return document.querySelectorAll(\'[data-testid="release-matrix"] thead th\').length - 1;');
      if (this.columns !== PARTICIPANTS) throw new Error(`the matrix shows ${this.columns} recipients, not ${PARTICIPANTS}`);
    }
    await d.executeScript('const c = document.querySelector(arguments[0]); if (c) c.focus();', OPEN_CELLS);
    this.inGrid = true;
    this.focused = null;
  }

  /** One decision: "b" on the focused cell (stays in the meeting). */
  async decide() {
    const d = this.d;
    if (!this.inGrid) await this.enterGrid();
    const cell =
      this.focused ??
      (await waitUntil(
        () => d.executeScript('const a = document.activeElement; return a && /^open/.test(a.dataset.state || "") ? a.dataset.testid : null;'),
        { timeout: 10_000, interval: 20, message: 'the focus on an open cell of the release matrix' },
      ));
    await d.actions().sendKeys('b').perform();
    const answer = await d.executeAsyncScript(WAIT_DECIDED, cell, OPEN_CELLS, 20_000);
    if (!answer.startsWith('ok:')) throw new Error(`deciding ${cell}: ${answer}`);
    this.focused = answer.slice(3) || null;
    this.decided++;
  }

  /** From the meeting to the overview, search, and back through the hit. */
  async search(word) {
    const d = this.d;
    this.inGrid = false;
    await click(d, 'back-to-list');
    await waitForMeetingList(d);
    await type(d, 'search-query', word);
    await click(d, 'search-submit');
    const result = await waitUntil(
      async () => {
        for (const id of ['search-hit', 'search-none']) if ((await allByTestId(d, id)).length > 0) return id;
        return null;
      },
      { message: `the search results for ${JSON.stringify(word)}` },
    );
    if (result === 'search-hit') {
      this.searchHits++;
      await click(d, 'search-hit');
      await waitForTestId(d, 'meeting-title');
    } else {
      await openMeeting(d, CASE);
    }
  }

  /** Presentation mode on (its button) and off again (Escape). */
  async presentation() {
    const d = this.d;
    this.inGrid = false;
    await click(d, 'presentation-toggle');
    await waitForTestId(d, 'presentation');
    await sleep(300);
    await d.actions().sendKeys(Key.ESCAPE).perform();
    await waitForTestId(d, 'meeting-title');
  }

  async lock() {
    this.inGrid = false;
    await click(this.d, 'lock');
    await waitForTestId(this.d, 'unlock-passphrase');
  }

  /** Unlock; the app may go back into the meeting (R21) or to the overview. */
  async unlock() {
    const d = this.d;
    await unlock(d);
    const where = await waitUntil(
      async () => {
        for (const id of ['meeting-title', 'new-meeting']) if ((await allByTestId(d, id)).length > 0) return id;
        return null;
      },
      { message: 'the meeting or the overview after unlocking' },
    );
    if (where === 'new-meeting') await openMeeting(d, CASE);
  }
}

/** The meeting as a list of steps, one unit of work each, in the order of a meeting. */
function agenda(m) {
  const steps = [];
  const add = (kind, run) => steps.push({ kind, run });
  add('meeting', () => m.create());
  for (let p = 0; p < PARTICIPANTS; p++) add('participant', () => m.participant(p));
  let searches = 0;
  const search = () => {
    const word = SEARCHES[searches++];
    add('search', () => m.search(word));
  };
  search();
  for (let i = 0; i < ITEMS; i++) {
    add('item', () => m.item(i));
    if (i === ITEMS / 2 - 1) search();
  }
  add('presentation', () => m.presentation());
  for (let h = 0; h < PARTICIPANTS; h++) add('action', () => m.action(h));
  const decisions = ITEMS * (PARTICIPANTS - 1);
  for (let k = 1; k <= decisions; k++) {
    add('decision', () => m.decide());
    if (k === 150 || k === 420) search();
    if (k === 250 || k === 500) add('presentation', () => m.presentation());
    if (k === 320) {
      add('lock', () => m.lock());
      add('unlock', () => m.unlock());
    }
  }
  search();
  return steps;
}

async function soak(driver) {
  const m = new Meeting(driver);
  const steps = agenda(m);
  const samples = [];
  const sample = async (done, kind) => {
    await sleep(SETTLE_MS);
    const { mib, processes } = treePss(driver.__appPids);
    samples.push({
      minute: round((done / steps.length) * MEETING_MINUTES),
      after: kind,
      pss_mib: round(mib),
      processes: processes.map((p) => ({ name: p.name, pss_mib: round(p.pss_kib / 1024) })),
    });
  };
  const seconds = {};
  await sample(0, 'start');
  let next = SAMPLE_EVERY;
  for (let s = 0; s < steps.length; s++) {
    const t = performance.now();
    await steps[s].run();
    seconds[steps[s].kind] = (seconds[steps[s].kind] ?? 0) + (performance.now() - t) / 1000;
    if ((s + 1) / steps.length >= next - 1e-9 || s + 1 === steps.length) {
      await sample(s + 1, steps[s].kind);
      while (next <= (s + 1) / steps.length + 1e-9) next += SAMPLE_EVERY;
    }
  }
  const flow = await invokeOk(driver, 'get_meeting_flow', {
    id: (await invokeOk(driver, 'list_meetings')).meetings.find((x) => x.caseLabel === CASE).id,
  });
  const counts = steps.reduce((c, s) => ({ ...c, [s.kind]: (c[s.kind] ?? 0) + 1 }), {});
  return { m, samples, seconds, counts, units: steps.length, stays: flow.releases.filter((c) => c.kind === 'stays').length, flow };
}

async function main() {
  const t0 = performance.now();
  const floor = await webkitFloor();
  await startTauriDriver();
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-soak-'));
  let run;
  try {
    const driver = await launch(dataDir, ['--idle-seconds=3600', '--web-process-on-lock=keep']);
    try {
      await driver.manage().setTimeouts({ script: 60_000 });
      await createStore(driver);
      await waitForMeetingList(driver);
      run = await soak(driver);
    } finally {
      await quit(driver);
    }
  } finally {
    await stopTauriDriver();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
  const { m, samples, seconds, counts, units, stays, flow } = run;
  const first = samples.filter((s) => s.minute <= WINDOW_MINUTES).map((s) => s.pss_mib);
  const last = samples.filter((s) => s.minute >= MEETING_MINUTES - WINDOW_MINUTES).map((s) => s.pss_mib);
  const growth = mean(last) - mean(first);
  const max = Math.max(...samples.map((s) => s.pss_mib));
  const open = flow.checklist.filter((p) => p.code === 'release_undecided').length;
  const record = {
    bench: 'soak',
    binary: BIN,
    simulated_minutes: MEETING_MINUTES,
    participants: flow.participants.length,
    items: flow.items.length,
    actions: flow.actions.length,
    decisions: m.decided,
    decisions_stored: stays,
    decisions_open_after: open,
    searches: counts.search,
    searches_with_hit: m.searchHits,
    presentation_toggles: counts.presentation,
    locks: counts.lock,
    unlocks: counts.unlock,
    units,
    samples: samples.length,
    pss_first_10min_mib: round(mean(first)),
    pss_last_10min_mib: round(mean(last)),
    pss_growth_mib: round(growth),
    pss_max_mib: round(max),
    goal_growth_mib: GOAL_GROWTH_MIB,
    met: growth <= GOAL_GROWTH_MIB,
    webkit_floor_mib: round(floor.mib),
    webkit_floor_processes: floor.processes,
    above_floor_mib: round(mean(last) - floor.mib),
    above_floor_max_mib: round(max - floor.mib),
    processes_first: samples[0].processes,
    processes_last: samples.at(-1).processes,
    seconds_by_step: Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, round(v)])),
    decisions_ms_each: round((seconds.decision * 1000) / m.decided, 0),
    seconds: round((performance.now() - t0) / 1000),
    timeline: samples.map(({ minute, after, pss_mib }) => ({ minute, after, pss_mib })),
  };
  if (m.decided !== ITEMS * (PARTICIPANTS - 1) || stays !== m.decided || open !== 0) {
    throw new Error(`the meeting did not end as planned: ${JSON.stringify(record)}`);
  }
  console.log(JSON.stringify(record));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

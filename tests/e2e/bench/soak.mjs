// Soak benchmark (issue 19 goal 7): memory over one live meeting, time-compressed. Through
// the real UI of the release binary under Xvfb: 50 items typed into the item form, 550
// release decisions in the release matrix (50 items × 11 recipients), 5 searches from the
// meeting list, 3 times presentation mode on and off, a lock and an unlock. The 12 people at
// the table, the youth and one agreement per participant come in through the app's own
// commands first, as a chair prepares them before the meeting.
//
// PSS of the app and its WebKit processes is sampled after every 5 % of the work; the
// samples are placed on a 90-minute meeting by the share of work done. Goal: the mean of
// the last 10 minutes is at most 5 MiB above the mean of the first 10. In the same run an
// empty WebKitGTK window (webkit-floor.py) gives the engine's floor, and the app's PSS is
// given above it.
//
//   CASUSOVERLEG_BIN=<binary> xvfb-run -a node tests/e2e/bench/soak.mjs
// Prints one JSON line.

import { spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Key } from 'selenium-webdriver';
import { click, launch, quit, startTauriDriver, stopTauriDriver, type, waitForCount, waitForTestId } from '../lib/app.mjs';
import { BIG_PEOPLE, BIG_TEXTS } from '../lib/big-meeting.mjs';
import {
  addItem,
  backToList,
  createStore,
  decideReleaseCell,
  invokeOk,
  meetingWithPeople,
  openMeeting,
  showSection,
  unlock,
  waitForMeetingList,
} from '../lib/flows.mjs';
import { treePss } from './pss.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CASE_LABEL = 'Gezin Van der Heijden-Schoonhoven (soak)';
const MEETING_MINUTES = 90;
const SEARCHES = ['school', 'schulden', 'huisarts', 'slaap', 'leerplicht'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const t0 = performance.now();
const progress = (what) => console.error(`soak ${((performance.now() - t0) / 1000).toFixed(0)} s: ${what}`);

/** PSS of the empty WebKitGTK window after it settled (MiB). */
async function webkitFloor() {
  const child = spawn('/usr/bin/python3', [path.join(HERE, 'webkit-floor.py'), '30'], { stdio: 'ignore' });
  try {
    await sleep(4000);
    return treePss([child.pid]).mib;
  } finally {
    child.kill('SIGTERM');
  }
}

async function main() {
  const started = performance.now();
  await startTauriDriver();
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-soak-'));
  const samples = [];
  let floor;
  let decisions = 0;
  try {
    floor = await webkitFloor();
    const d = await launch(dataDir);
    try {
      await createStore(d);
      await waitForMeetingList(d);
      // Before the meeting: the people at the table, the youth, one agreement each.
      const types = new Set((await invokeOk(d, 'reference_data')).organisationTypes.map((t) => t.code));
      const people = BIG_PEOPLE.map(([name, organisation, role, type]) => [name, role, types.has(type) ? type : undefined, organisation]);
      const { m, ids, subject } = await meetingWithPeople(d, {
        caseLabel: CASE_LABEL,
        purpose: 'Hulp afstemmen rond school, thuis en de schulden van het gezin',
        people,
        functionName: 'Gedragswetenschapper en casusregisseur',
      });
      await subject('youth', 'Anne-Marije van der Heijden-Schoonhoven', '2013-03-01', false);
      for (const [i, who] of ids.entries()) {
        await invokeOk(d, 'add_action', {
          input: { meetingId: m, who, due: '2026-12-15', reliesOn: [], what: `Gesprek met moeder en school plannen (${i + 1})` },
        });
      }
      await d.navigate().refresh();
      await waitForMeetingList(d);
      await openMeeting(d, CASE_LABEL);

      const total = 50 + 550 + SEARCHES.length + 3 + 1;
      let done = 0;
      let nextSample = 0;
      const step = async () => {
        done += 1;
        if (done >= nextSample) {
          samples.push({ minute: (done / total) * MEETING_MINUTES, mib: treePss(d.__appPids).mib });
          nextSample += total / 20;
        }
      };
      samples.push({ minute: 0, mib: treePss(d.__appPids).mib });

      progress('meeting open; 50 items');
      // 50 items, typed into the item form.
      for (let i = 0; i < 50; i++) {
        await addItem(d, { contributorName: BIG_PEOPLE[i % 12][0], text: `${BIG_TEXTS[i % BIG_TEXTS.length]} (nr. ${i + 1})` });
        await step();
      }
      progress('550 release decisions');
      // 550 release decisions in the matrix: every item × every recipient but its contributor.
      const flow = await invokeOk(d, 'get_meeting_flow', { id: m });
      await showSection(d, 'releases');
      for (const item of flow.items) {
        for (const recipient of ids) {
          if (recipient === item.contributorId) continue;
          await decideReleaseCell(d, item.id, recipient, 'stays');
          await waitUntilDecided(d, item.id, recipient);
          decisions += 1;
          await step();
        }
      }
      progress('5 searches');
      // 5 searches from the meeting list, back into the meeting each time.
      for (const query of SEARCHES) {
        await backToList(d);
        await type(d, 'search-query', query);
        await click(d, 'search-submit');
        await waitForCount(d, 'search-hit', 1);
        await openMeeting(d, CASE_LABEL);
        await step();
      }
      progress('presentation mode');
      // Presentation mode on and off, three times.
      for (let i = 0; i < 3; i++) {
        await click(d, 'presentation-toggle');
        await waitForTestId(d, 'presentation');
        await d.actions().sendKeys(Key.ESCAPE).perform();
        await waitForTestId(d, 'meeting-title');
        await step();
      }
      progress('lock and unlock');
      // A lock and an unlock; the app comes back to the meeting.
      try {
        await click(d, 'lock');
      } catch {
        // The lock ends the page's web process under the click (R21).
      }
      await waitForTestId(d, 'unlock-passphrase');
      await unlock(d);
      await waitForTestId(d, 'meeting-title');
      await step();
      await sleep(1000);
      samples.push({ minute: MEETING_MINUTES, mib: treePss(d.__appPids).mib });
    } catch (err) {
      progress(`failed: ${err.stack ?? err}`);
      throw err;
    } finally {
      await quit(d).catch((err) => progress(`quit: ${err.message}`));
    }
  } finally {
    await stopTauriDriver();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
  const first = samples.filter((s) => s.minute <= 10).map((s) => s.mib);
  const last = samples.filter((s) => s.minute >= MEETING_MINUTES - 10).map((s) => s.mib);
  const growth = mean(last) - mean(first);
  const max = Math.max(...samples.map((s) => s.mib));
  console.log(
    JSON.stringify({
      bench: 'soak',
      meeting_minutes: MEETING_MINUTES,
      items: 50,
      decisions,
      searches: SEARCHES.length,
      presentation_toggles: 3,
      pss_first_10min_mib: +mean(first).toFixed(1),
      pss_last_10min_mib: +mean(last).toFixed(1),
      pss_growth_mib: +growth.toFixed(1),
      pss_max_mib: +max.toFixed(1),
      webkit_floor_mib: +floor.toFixed(1),
      above_floor_mib: +(mean(last) - floor).toFixed(1),
      goal_growth_mib: 5,
      met: growth <= 5,
      samples: samples.map((s) => [+s.minute.toFixed(1), +s.mib.toFixed(1)]),
      seconds: Math.round((performance.now() - started) / 1000),
    }),
  );
}

/** The cell shows the decision (the dialog closed and the matrix re-rendered). */
async function waitUntilDecided(d, itemId, recipientId) {
  for (let i = 0; i < 200; i++) {
    try {
      const cell = await waitForTestId(d, `release-${itemId}-${recipientId}`);
      if ((await cell.getAttribute('data-state')) === 'stays') return;
    } catch {
      // re-rendered between finding and reading: look again
    }
    await sleep(25);
  }
  throw new Error(`cell ${itemId} × ${recipientId} did not show its decision`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// A realistic, large meeting (12 participants with long Dutch names, 50 items, a plan of
// action and notifications), built through the same IPC commands the UI uses, on every
// section of the meeting page and on the rights and reports screens, at 1366×768 and
// 1920×1080. On each screen and size the layout checks (lib/layout.mjs) must find nothing:
// no sideways page scroll, no word broken inside itself or wider than its box, no item row
// over 120 px for a text under 120 characters. The pictures (E2E_SHOTS_DIR, default
// /tmp/shots-big) are for looking at: the top of each screen and its list.

import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { appTest, click, SCREEN_SIZES, useTauriDriver, waitForCount, waitForTestId } from './lib/app.mjs';
import { BIG_CASE as CASE, buildBigMeeting } from './lib/big-meeting.mjs';
import { layoutProblems } from './lib/layout.mjs';
import { backToList, createStore, openMeeting, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-big';

/** Every layout problem found, as "<screen> <w>x<h>: <problem>". */
const found = [];

/** At the current size: the layout checks, a picture of the top of the screen and one of its list. */
async function shots(d, size, name, scrollTo) {
  const file = (suffix) => path.join(SHOTS, `big-${name}${suffix}-${size.join('x')}.png`);
  await d.executeScript('window.scrollTo({ top: 0, behavior: "instant" })');
  await new Promise((r) => setTimeout(r, 200));
  // A page shorter than the window made WebKitWebDriver wait for ever on the next
  // screenshot or layout-reading script at 1920×1080 (seen 2026-12 on the Gezin section;
  // a body of 3000 px made it pass, 100vh did not). The checks below do not depend on the
  // page's height, so the body is made tall here, in the test only.
  await d.executeScript('document.body.style.minHeight = "3000px"');
  console.log(`# ${name} ${size.join('x')}`);
  await fsp.writeFile(file('-top'), await d.takeScreenshot(), 'base64');
  for (const p of await layoutProblems(d)) found.push(`${name} ${size.join('x')}: ${p}`);
  if (scrollTo) {
    const el = await waitForTestId(d, scrollTo);
    await d.executeScript('arguments[0].scrollIntoView({ block: "start", behavior: "instant" })', el);
    await new Promise((r) => setTimeout(r, 200));
    await fsp.writeFile(file(''), await d.takeScreenshot(), 'base64');
  }
}

appTest('big meeting: 12 participants and 50 items render through the shared table; screenshots', async (ctx) => {
  const d = await ctx.launch(['--idle-seconds=3600']);
  await createStore(d);
  await d.manage().setTimeouts({ script: 300_000 });
  const started = Date.now();
  await buildBigMeeting(d);
  console.log(`# big meeting built in ${Math.round((Date.now() - started) / 1000)} s`);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await fsp.mkdir(SHOTS, { recursive: true });
  // No shot of the meeting list here: right after the refresh, WebKitWebDriver's window
  // resize + screenshot hung on it (seen 2026-12); the meeting page is what is checked.

  // One window size at a time, every screen at it: WebKitWebDriver's resize sometimes hangs
  // right after a scroll (seen 2026-12), so the window is resized twice in all.
  for (const size of SCREEN_SIZES) {
    await d.manage().window().setRect({ width: size[0], height: size[1] });
    await new Promise((r) => setTimeout(r, 400));
    const at = (name, scrollTo) => shots(d, size, name, scrollTo);
    await openMeeting(d, CASE);
    await showSection(d, 'preparation');
    await at('preparation');
    await showSection(d, 'subjects');
    await at('subjects', 'subject-row');
    await showSection(d, 'participants');
    await waitForCount(d, 'participant-row', 12);
    await at('participants', 'participant-row');
    await showSection(d, 'items');
    await waitForCount(d, 'item-row', 50);
    await at('items', 'item-row');
    await showSection(d, 'plan');
    await waitForCount(d, 'action-row', 6);
    await at('plan', 'action-row');
    await showSection(d, 'releases');
    await at('releases');
    await showSection(d, 'family');
    await waitForCount(d, 'notification-row', 1);
    await at('family', 'notification-row');
    await showSection(d, 'finalize');
    await at('finalize', 'checklist');

    await backToList(d);
    await click(d, 'open-rights');
    await waitForCount(d, 'rights-row', 1);
    await at('rights', 'rights-list');
    await click(d, 'rights-back');
    await waitForMeetingList(d);
    await click(d, 'open-reports');
    await waitForTestId(d, 'report-period-kind');
    await at('reports');
    await click(d, 'reports-back');
    await waitForMeetingList(d);
    await click(d, 'open-settings');
    await waitForTestId(d, 'settings-heading');
    await at('settings');
    // The help dialog with the shortcuts and the glossary (one term per notion).
    await click(d, 'help-open');
    await waitForTestId(d, 'help-dialog');
    await at('help');
    await click(d, 'help-close');
    await click(d, 'settings-back');
    await waitForMeetingList(d);
  }
  assert.deepEqual(found, [], `layout problems:\n${found.join('\n')}`);
}, { timeout: 400_000 });

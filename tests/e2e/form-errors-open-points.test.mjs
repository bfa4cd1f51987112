// Every fault of a form at once, each at its field, cleared when that field is fixed; and
// the finalize checklist of a 12 × 50 meeting grouped per section (the domain groups and
// counts), one line per section with its first points and "toon alle", on one screen at
// 1366×768. Screenshots of both (E2E_SHOTS_DIR, default /tmp/shots-errors) at 1366×768
// and 1920×1080.

import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  allByTestId, appTest, click, SCREEN_SIZES, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil,
} from './lib/app.mjs';
import { BIG_CASE, buildBigMeeting } from './lib/big-meeting.mjs';
import { assertFieldError, createMeeting, createStore, openMeeting, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-errors';
const CASE = BIG_CASE;

async function shot(d, name, size, target, block = 'start') {
  await d.manage().window().setRect({ width: size[0], height: size[1] });
  await new Promise((r) => setTimeout(r, 400));
  if (target) {
    const el = await waitForTestId(d, target);
    await d.executeScript(`arguments[0].scrollIntoView({ block: "${block}", behavior: "instant" })`, el);
    await new Promise((r) => setTimeout(r, 200));
  }
  await fsp.writeFile(path.join(SHOTS, `${name}-${size.join('x')}.png`), await d.takeScreenshot(), 'base64');
}

/** The fields of a form that show an error right now, from the DOM (aria-invalid). */
async function invalidFields(d, form) {
  return d.executeScript(
    `return [...document.querySelectorAll('[data-testid^="error-${form}-"]')]
       .map((e) => e.getAttribute('data-testid').slice('error-${form}-'.length)).sort()`,
  );
}

appTest('a form with three faults shows three messages at three fields; fixing one leaves two', async (ctx) => {
  const d = await ctx.launch(['--idle-seconds=3600']);
  await createStore(d);
  await fsp.mkdir(SHOTS, { recursive: true });
  await createMeeting(d, { caseLabel: 'Gezin Foutmeldingen', date: '2026-11-12', purpose: 'Alle fouten tegelijk zien' });
  await showSection(d, 'participants');
  // Three faults: no name, no organisation, an e-mail address that is none.
  await type(d, 'participant-email', 'bartholomeus-at-lindeboom');
  await click(d, 'participant-submit');
  await waitUntil(async () => (await invalidFields(d, 'participant')).length === 3, {
    message: async () => `three field errors (now: ${JSON.stringify(await invalidFields(d, 'participant'))})`,
  });
  assert.deepEqual(await invalidFields(d, 'participant'), ['email', 'name', 'organisation']);
  for (const field of ['name', 'organisation', 'email']) {
    // Each control is marked invalid, described by its own message, which stands next to it
    // (read by script: the form panel scrolls, a message may sit under the sticky bar).
    const [invalid, describedBy, message, gap] = await d.executeScript(
      `const c = document.getElementById('participant-${field}');
       const e = document.querySelector('[data-testid="error-participant-${field}"]');
       const [rc, re] = [c.getBoundingClientRect(), e.getBoundingClientRect()];
       const gap = Math.max(0, Math.max(rc.top, re.top) - Math.min(rc.bottom, re.bottom));
       return [c.getAttribute('aria-invalid'), c.getAttribute('aria-describedby') || '', e.textContent.trim(), gap];`,
    );
    assert.equal(invalid, 'true', `${field} is aria-invalid`);
    assert.match(describedBy, new RegExp(`participant-${field}-error`), `${field} is described by its error`);
    assert.ok(message.length > 0 && !/empty|invalid|required/i.test(message), `${field}: ${message}`);
    assert.ok(gap <= 120, `the ${field} error is ${gap}px from its field`);
  }
  assert.match(
    await d.executeScript(`return document.querySelector('[data-testid="error-participant-email"]').textContent`),
    /e-mailadres/,
  );
  for (const size of SCREEN_SIZES) {
    await d.manage().window().setRect({ width: size[0], height: size[1] });
    await new Promise((r) => setTimeout(r, 400));
    // The page at its top, the form panel scrolled to the form's heading: all three fields.
    await d.executeScript(`window.scrollTo({ top: 0, behavior: "instant" });
      document.getElementById("participant-form-heading").scrollIntoView({ block: "nearest", behavior: "instant" });`);
    await new Promise((r) => setTimeout(r, 200));
    await fsp.writeFile(path.join(SHOTS, `form-errors-${size.join('x')}.png`), await d.takeScreenshot(), 'base64');
  }

  // Fixing one field removes its error at once; the other two stay.
  await type(d, 'participant-name', 'Bartholomeus van Oosterwijk-Brandsma');
  await waitUntil(async () => (await invalidFields(d, 'participant')).length === 2, {
    message: async () => `two errors left (now: ${JSON.stringify(await invalidFields(d, 'participant'))})`,
  });
  assert.deepEqual(await invalidFields(d, 'participant'), ['email', 'organisation']);
  const nameState = await d.executeScript(`return document.getElementById('participant-name').getAttribute('aria-invalid')`);
  assert.equal(nameState, null, 'the fixed field is no longer aria-invalid');
  // Sent again, the two remaining faults are named again, the fixed one is not.
  await click(d, 'participant-submit');
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(await invalidFields(d, 'participant'), ['email', 'organisation']);

  // R15: a retention date before the meeting names the real range, not 2000–2100.
  await showSection(d, 'finalize');
  await type(d, 'retention-until', '2026-11-01');
  await click(d, 'retention-submit');
  const retention = await assertFieldError(d, 'retention', 'until', 'retention-until');
  assert.match(retention, /na de vergaderdatum \(12-11-2026\) en uiterlijk \d{1,2}-\d{1,2}-20\d\d/);
  assert.doesNotMatch(retention, /2000 en 2100/);
}, { timeout: 240_000 });

/** Height of the open-points list in px, and how many points/links it shows. */
async function checklistBox(d) {
  return d.executeScript(
    `const list = document.querySelector('[data-testid="checklist"]');
     const r = list.getBoundingClientRect();
     return { height: Math.round(r.height), links: list.querySelectorAll('button').length };`,
  );
}

appTest('the open points of a 12 × 50 meeting are grouped per section and fit on one screen at 1366×768', async (ctx) => {
  const d = await ctx.launch(['--idle-seconds=3600']);
  await createStore(d);
  await d.manage().setTimeouts({ script: 300_000 });
  await buildBigMeeting(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await fsp.mkdir(SHOTS, { recursive: true });
  await d.manage().window().setRect({ width: 1366, height: 768 });
  await new Promise((r) => setTimeout(r, 400));
  await openMeeting(d, CASE);
  await showSection(d, 'finalize');
  await waitForTestId(d, 'checklist');
  const box = await checklistBox(d);
  const groups = await allByTestId(d, 'checklist-group');
  const heads = [];
  for (const g of await allByTestId(d, 'checklist-group-head')) heads.push(await g.getText());
  console.log(`# open points at 1366x768: list ${box.height} px, ${box.links} links, groups: ${heads.join(' | ')}`);
  // E2E_MEASURE_ONLY: only measure (used to measure an older binary's flat list).
  if (process.env.E2E_MEASURE_ONLY) return;
  assert.ok(groups.length >= 2, `grouped per section (groups: ${heads.join(' | ')})`);
  // Every group line names its section and its count.
  for (const h of heads) assert.match(h, /^.+: \d+ open punt(en)?$/, h);
  // One screen: a real 1366×768 laptop has ~690 px left for the page.
  assert.ok(box.height <= 690, `the open points are ${box.height} px tall at 1366×768`);
  for (const size of SCREEN_SIZES) await shot(d, 'open-points', size, 'checklist');

  // "Toon alle" shows the whole group, and "Toon minder" folds it again.
  const toggles = await allByTestId(d, 'checklist-group-toggle');
  assert.ok(toggles.length > 0, 'a large group offers "toon alle"');
  const before = (await checklistBox(d)).links;
  await toggles[0].click();
  await waitUntil(async () => (await checklistBox(d)).links > before, { message: 'the group to unfold' });
  await shot(d, 'open-points-unfolded', [1366, 768], 'checklist');
  await (await allByTestId(d, 'checklist-group-toggle'))[0].click();
  await waitUntil(async () => (await checklistBox(d)).links === before, { message: 'the group to fold again' });

}, { timeout: 400_000 });

// The wall (presentation mode) on the real binary:
// - one topic at a time in large type, with no header or app controls; special-category
//   (AVG art. 9) and criminal (art. 10) items are never in the page — text or source — on
//   any topic, only "N keer inbreng niet op het scherm", until the chair marks the item "Op het
//   scherm" in its row; then it shows;
// - R21: an idle lock over the wall blanks to a neutral screen (no case, no overview) and
//   the unlock goes back to the same meeting, section and topic.
// Screenshots at 1366×768 and 1920×1080 go to $SHOTS_DIR (default /tmp/shots-wall).

import assert from 'node:assert/strict';
import { Key } from 'selenium-webdriver';
import {
  allByTestId, appTest, click, clickElement, screenshotsAt, textOf, useTauriDriver, waitForTestId, waitUntil,
} from './lib/app.mjs';
import { createStore, invokeOk, openMeeting, rowByText, showSection, unlock, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.SHOTS_DIR || '/tmp/shots-wall';
const SPECIAL = 'Moeder is dit voorjaar opgenomen geweest met een zware depressie';
const CRIMINAL = 'Vader heeft een taakstraf gekregen voor een geweldsdelict';
const GENERAL = 'Sem-Alexander gaat sinds de herfstvakantie weer graag naar school';
const CASE = 'Gezin Van den Heuvel-Schimmelpenninck';
const IDLE_SECONDS = 8;

async function key(d, k) {
  await d.actions().sendKeys(k).perform();
}

async function altP(d) {
  await d.actions().keyDown(Key.ALT).sendKeys('p').keyUp(Key.ALT).perform();
}

/** A meeting with a special, a criminal and a general item of two contributors. */
async function seed(d) {
  const m = (await invokeOk(d, 'create_meeting', {
    input: {
      caseLabel: CASE, date: '2026-11-24',
      purpose: 'Samen afspreken wie het gezin ondersteunt bij de terugkeer van moeder en hoe de school Sem-Alexander helpt.',
      criteria: 'Zorgen over de veiligheid thuis; wijkteam, GGZ en school zijn betrokken.', familyPresent: true,
    },
  })).id;
  const person = async (name, organisation, role) => (await invokeOk(d, 'add_participant', {
    input: {
      meetingId: m, name, organisation, function: '', phone: '', email: '', role,
      organisationType: 'wijkteam', secrecy: true,
    },
  })).id;
  const lead = await person('Annemarie Oosterhuis-Wijnbergen', 'Sociaal Wijkteam Utrecht Overvecht', 'caseLead');
  const ggz = await person('Bartholomeus van der Zwaluwenburg', 'Altrecht GGZ Volwassenenzorg', 'contentRole');
  await person('Chantal Brinkerhoff-Meulenbeld', 'Openbare Basisschool De Regenboog', 'contentRole');
  const add = async (relation, name, birthDate) => (await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation, name, birthDate, present: true, parentalAuthority: relation === 'parent' },
  })).subjects.at(-1).id;
  const mother = await add('parent', 'Wilhelmina van den Heuvel', '1986-02-11');
  const child = await add('youth', 'Sem-Alexander van den Heuvel', '2017-06-03');
  const item = (contributorId, text, category, subjectIds) => invokeOk(d, 'add_item', {
    input: { meetingId: m, contributorId, text, source: 'own', kind: 'fact', category, subjectIds },
  });
  await item(ggz, SPECIAL, 'special', [mother]);
  await item(ggz, CRIMINAL, 'criminal', []);
  await item(lead, GENERAL, 'general', [child]);
  await invokeOk(d, 'add_action', { input: { meetingId: m, who: lead, what: 'Gezinsplan opstellen met moeder en school', due: '2026-12-15', reliesOn: [] } });
  return m;
}

/** Every topic of the wall from the first to the last: its visible text and page source. */
async function walkTheWall(d) {
  await key(d, Key.HOME);
  const seen = [];
  for (let i = 0; i < 20; i += 1) {
    const pos = await textOf(d, 'presentation-position');
    seen.push({ pos, text: await d.findElement({ css: 'body' }).getText(), source: await d.getPageSource() });
    const [at, of] = pos.match(/\d+/g).map(Number);
    if (at === of) return seen;
    // Alternate the keys the chair may use.
    await key(d, i % 2 === 0 ? Key.ARROW_RIGHT : Key.PAGE_DOWN);
    await waitUntil(async () => (await textOf(d, 'presentation-position')) !== pos, { message: 'the next topic' });
  }
  throw new Error('the wall never reached its last topic');
}

async function goToTopic(d, dataTopic) {
  await key(d, Key.HOME);
  for (let i = 0; i < 20; i += 1) {
    const topic = await waitForTestId(d, 'presentation-topic');
    if ((await topic.getAttribute('data-topic')) === dataTopic && (await topic.getText()).includes('Zwaluwenburg')) return;
    if (dataTopic !== 'contribution' && (await topic.getAttribute('data-topic')) === dataTopic) return;
    const pos = await textOf(d, 'presentation-position');
    await key(d, Key.ARROW_RIGHT);
    await waitUntil(async () => (await textOf(d, 'presentation-position')) !== pos, { message: 'the next topic' });
  }
  throw new Error(`no topic ${dataTopic}`);
}

appTest('the wall never shows a special-category or criminal item unless the chair shows it', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  await seed(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, CASE);
  await showSection(d, 'items');
  // The row says what stays off the wall (AVG art. 9/10), before the chair decides.
  await waitUntil(async () => (await allByTestId(d, 'item-wall-off')).length === 2, { message: 'two items marked "Niet op het scherm"' });

  await click(d, 'presentation-toggle');
  await waitForTestId(d, 'presentation');
  // Nothing of the app's controls on the wall.
  for (const id of ['lock', 'theme-toggle', 'help-open', 'presentation-toggle', 'back-to-list', 'meeting-title', 'section-items']) {
    assert.equal((await allByTestId(d, id)).length, 0, `no ${id} on the wall`);
  }
  const before = await walkTheWall(d);
  assert.ok(before.length >= 4, `opening, two contributors, plan (saw ${before.length})`);
  for (const { pos, text, source } of before) {
    for (const secret of [SPECIAL, CRIMINAL, 'depressie', 'taakstraf', 'Wilhelmina', '1986']) {
      assert.ok(!source.includes(secret) && !text.includes(secret), `${pos}: ${JSON.stringify(secret)} on the wall`);
    }
  }
  assert.ok(before.some(({ text }) => text.includes(GENERAL)), 'the general item is on the wall');
  assert.ok(before.some(({ text }) => text.includes('2 keer inbreng niet op het scherm')), 'the hidden items are counted');

  // Large type: the body text of a topic is at least 28 px on the 1920×1080 wall.
  await goToTopic(d, 'contribution');
  await screenshotsAt(d, SHOTS, 'wall-hidden');
  const px = await d.executeScript(
    "return parseFloat(getComputedStyle(document.querySelector('[data-testid=presentation-hidden]')).fontSize)",
  );
  assert.ok(px >= 28, `body text ${px}px at 1920×1080`);
  await goToTopic(d, 'opening');
  await screenshotsAt(d, SHOTS, 'wall-opening');

  // Escape leaves the wall; the chair shows the special item from its row.
  await key(d, Key.ESCAPE);
  await waitForTestId(d, 'item-row');
  const { el: row } = await rowByText(d, 'item-row', 'zware depressie');
  await screenshotsAt(d, SHOTS, 'items-wall-toggle', { target: row });
  await clickElement(d, await row.findElement({ css: '[data-testid="item-wall-toggle"]' }));
  await waitUntil(async () => (await allByTestId(d, 'item-wall-off')).length === 1, { message: 'one item left off the wall' });

  await altP(d);
  await waitForTestId(d, 'presentation');
  const after = await walkTheWall(d);
  assert.ok(after.some(({ text }) => text.includes(SPECIAL)), 'the item the chair showed is on the wall');
  assert.ok(after.some(({ text }) => text.includes('1 keer inbreng niet op het scherm')));
  for (const { pos, source } of after) assert.ok(!source.includes(CRIMINAL), `${pos}: the criminal item stays off`);
  await goToTopic(d, 'contribution');
  await screenshotsAt(d, SHOTS, 'wall-shown');
  await ctx.quit(d);
});

appTest('R21 an idle lock over the wall blanks to a neutral screen and unlocks back into the same meeting, section and topic', async (ctx) => {
  const d = await ctx.launch([`--idle-seconds=${IDLE_SECONDS}`]);
  await createStore(d);
  await seed(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, CASE);
  await showSection(d, 'plan');
  await altP(d);
  await waitForTestId(d, 'presentation');
  await goToTopic(d, 'contribution');
  const pos = await textOf(d, 'presentation-position');

  await waitForTestId(d, 'autolock-notice', IDLE_SECONDS * 1000 + 15_000);
  await waitForTestId(d, 'unlock-passphrase');
  assert.match(await textOf(d, 'autolock-notice'), /verder waar u was/);
  const source = await d.getPageSource();
  for (const secret of [CASE, 'Heuvel', 'Zwaluwenburg', GENERAL, 'Gezinsplan']) {
    assert.ok(!source.includes(secret), `${JSON.stringify(secret)} on the lock screen`);
  }
  assert.equal((await allByTestId(d, 'meeting-row')).length, 0, 'no overview');
  await screenshotsAt(d, SHOTS, 'wall-locked');

  await unlock(d);
  await waitForTestId(d, 'presentation');
  await waitUntil(async () => (await textOf(d, 'presentation-position')) === pos, {
    message: async () => `back on ${pos} (is ${await textOf(d, 'presentation-position')})`,
  });
  assert.equal((await allByTestId(d, 'meeting-row')).length, 0, 'the overview never showed');
  // Leaving the wall: the section the chair was in.
  await key(d, Key.ESCAPE);
  const plan = await waitForTestId(d, 'section-plan');
  assert.equal(await plan.getAttribute('aria-current'), 'true');
  await ctx.quit(d);
});

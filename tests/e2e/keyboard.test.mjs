// Keyboard-first item entry on the real binary: a whole item is entered with keys
// only — no clicks, only WebDriver Actions keyboard input — the contributor picked with
// Alt+2, fact/opinion and category set by letter in their fields, saved with Ctrl+Enter;
// the data-minimisation hint shows while a phone number is typed; the focus is back in
// the text field after saving; Ctrl+Z removes the item again (through the domain's remove
// command, said in the status line); F1 opens the help dialog and Esc closes it with the
// focus back where it was; Alt+C switches the high-contrast theme. Then the visible undo
// button (an added participant) and the focus after removing a row.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { Key } from 'selenium-webdriver';
import { appTest, click, clickElement, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { createStore, invokeOk, openMeeting, openRowMenu, rowByText, rowTexts, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const CASE = 'Gezin Toetsenbord';
const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-access';

const focused = (d) => d.executeScript('const a = document.activeElement; return a && (a.dataset.testid || a.tagName);');
const valueOfTestId = (d, id) => d.executeScript(`return document.querySelector('[data-testid="${id}"]').value;`);
const alt = (d, key) => d.actions().keyDown(Key.ALT).sendKeys(key).keyUp(Key.ALT).perform();
const ctrl = (d, key) => d.actions().keyDown(Key.CONTROL).sendKeys(key).keyUp(Key.CONTROL).perform();
const keys = (d, ...k) => d.actions().sendKeys(...k).perform();

appTest('an item is entered with the keyboard only, then undone with Ctrl+Z', async (ctx) => {
  const d = await ctx.launch(['--idle-seconds=3600']);
  await createStore(d);
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: CASE, date: '2026-11-24', purpose: 'Zorgen thuis', criteria: 'Meerdere hulpverleners zijn betrokken en de zorgen over thuis nemen toe.', familyPresent: false, familyAbsenceReason: 'Moeder wil eerst zelf met de school praten en sluit daarna aan.' },
  })).id;
  const people = [];
  for (const [name, role] of [['Anna Regie', 'caseLead'], ['Bram Jeugdhulp', 'contentRole']]) {
    people.push((await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name, organisation: `${name.split(' ')[1]} organisatie`, function: '', phone: '', email: '', role, organisationType: 'wijkteam', secrecy: true },
    })).id);
  }
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, CASE);

  // From here on: keys only.
  await alt(d, 'n');
  await waitUntil(async () => (await focused(d)) === 'item-text', { message: async () => `Alt+N to focus item-text (focus: ${await focused(d)})` });
  await alt(d, '2');
  await waitUntil(async () => (await valueOfTestId(d, 'item-contributor')) === people[1], { message: 'Alt+2 picks participant 2' });
  assert.match(await textOf(d, 'status-message'), /Inbrenger: Bram Jeugdhulp/);
  await keys(d, 'Vader is vaak boos, bel hem op 06-12345678');
  const hint = await waitForTestId(d, 'item-hints');
  assert.match(await hint.getText(), /Is dit nodig\?/);
  assert.match(await hint.getText(), /telefoonnummer/);
  await keys(d, Key.TAB);
  assert.equal(await focused(d), 'item-kind');
  await keys(d, 'm');
  await waitUntil(async () => (await valueOfTestId(d, 'item-kind')) === 'opinion', { message: 'M sets opinion' });
  await keys(d, Key.TAB);
  assert.equal(await focused(d), 'item-category');
  await keys(d, 'b');
  await waitUntil(async () => (await valueOfTestId(d, 'item-category')) === 'special', { message: 'B sets special' });
  // R6: the source, preselected as own observation, by letter: R = document or register.
  await keys(d, Key.TAB);
  assert.equal(await focused(d), 'item-source');
  assert.equal(await valueOfTestId(d, 'item-source'), 'own', 'own observation is preselected');
  await keys(d, 'r');
  await waitUntil(async () => (await valueOfTestId(d, 'item-source')) === 'document', { message: 'R sets document or register' });
  await keys(d, Key.TAB);
  assert.equal(await focused(d), 'item-sourceDetail');
  await keys(d, 'verslag van de school');
  await ctrl(d, Key.ENTER);

  await waitForCount(d, 'item-row', 1);
  const [row] = await rowTexts(d, 'item-row');
  assert.match(row, /Bram Jeugdhulp/);
  assert.match(row, /Mening/);
  assert.match(row, /Bijzonder/);
  assert.match(row, /Bron: Document of register — verslag van de school/);
  // Screenshots of the item form with its source field (kept out of git).
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [[1366, 768], [1920, 1080]]) {
    await d.manage().window().setRect({ width: w, height: h });
    await new Promise((r) => setTimeout(r, 400));
    fs.writeFileSync(`${SHOTS}/item-form-${w}x${h}.png`, await d.takeScreenshot(), 'base64');
  }
  assert.match(row, /06-12345678/, 'a hint only: the chair decides, the text is saved as typed');
  await waitUntil(async () => (await focused(d)) === 'item-text', { message: async () => `focus back in item-text after saving (is ${await focused(d)})` });
  assert.equal(await valueOfTestId(d, 'item-text'), '');
  assert.match(await textOf(d, 'status-message'), /Inbreng van Bram Jeugdhulp is toegevoegd/);
  await waitForTestId(d, 'undo');

  // Undo through the domain's remove command.
  await ctrl(d, 'z');
  await waitForCount(d, 'item-row', 0);
  await waitUntil(async () => /weer verwijderd/.test(await textOf(d, 'status-message')), { message: 'status says undone' });
  assert.equal((await invokeOk(d, 'get_meeting_flow', { id: m })).items.length, 0, 'the store has no item left');
  await waitUntil(async () => (await focused(d)) === 'item-text', { message: 'focus back in item-text after undo' });
  // Nothing left to undo: said, nothing else happens.
  await ctrl(d, 'z');
  await waitUntil(async () => /niets om ongedaan te maken/.test(await textOf(d, 'status-message')), { message: 'nothing to undo' });

  // Help dialog: F1 opens it as a modal, Esc closes it, the focus returns.
  const dialogOpen = () => d.executeScript("return !!document.querySelector('[data-testid=\"help-dialog\"]')?.open;");
  await keys(d, Key.F1);
  await waitUntil(dialogOpen, { message: 'F1 opens the help dialog' });
  assert.equal(await focused(d), 'help-close');
  assert.match(await textOf(d, 'help-dialog'), /Alt\+N/);
  await keys(d, Key.TAB);
  assert.equal(await d.executeScript("return document.querySelector('[data-testid=\"help-dialog\"]').contains(document.activeElement) || document.activeElement === document.body;"), true, 'Tab stays in the dialog');
  await keys(d, Key.ESCAPE);
  await waitUntil(async () => !(await dialogOpen()), { message: 'Esc closes the help dialog' });
  await waitUntil(async () => (await focused(d)) === 'item-text', { message: async () => `focus back in item-text after the dialog (is ${await focused(d)})` });

  // Alt+C: high contrast on and off.
  const hc = () => d.executeScript("return document.documentElement.classList.contains('theme-high-contrast');");
  await alt(d, 'c');
  await waitUntil(hc, { message: 'Alt+C switches high contrast on' });
  await alt(d, 'c');
  await waitUntil(async () => !(await hc()), { message: 'Alt+C switches it off again' });

  // The visible "Ongedaan maken" button undoes an added participant too (clicks allowed
  // here: this part is not the keyboard-only entry).
  await showSection(d, 'participants');
  await type(d, 'participant-name', 'Carla Extra');
  await type(d, 'participant-organisation', 'School');
  await click(d, 'participant-submit');
  await waitForCount(d, 'participant-row', 3);
  assert.match(await textOf(d, 'status-message'), /Deelnemer Carla Extra is toegevoegd/);
  await click(d, 'undo');
  await waitForCount(d, 'participant-row', 2);
  assert.match(await textOf(d, 'status-message'), /deelnemer is weer verwijderd/);
  assert.equal((await d.findElements({ css: '[data-testid="undo"]' })).length, 0, 'nothing left to undo');

  // Removing a row: said in the status line, and the focus goes to the section heading
  // instead of being lost with the row's button.
  const { el: bram } = await rowByText(d, 'participant-row', 'Bram Jeugdhulp');
  await openRowMenu(d, bram);
  await clickElement(d, await bram.findElement({ css: '[data-testid="remove-participant"]' }));
  // R13: removing asks once more; the focus is on "Ja, verwijderen", Enter confirms.
  await waitUntil(async () => (await d.executeScript('return document.activeElement && document.activeElement.dataset.testid;')) === 'remove-confirm', {
    message: 'focus on the confirm button',
  });
  await (await d.switchTo().activeElement()).sendKeys(Key.ENTER);
  await waitForCount(d, 'participant-row', 1);
  await waitUntil(async () => /De regel is verwijderd/.test(await textOf(d, 'status-message')), { message: 'status says removed' });
  assert.ok(!(await d.getPageSource()).includes('Bram Jeugdhulp'), 'nothing of the removed participant stays on the page');
  await waitUntil(async () => (await d.executeScript('return document.activeElement && document.activeElement.id;')) === 'section-heading', {
    message: 'focus on the section heading after removing a row',
  });
});

// Accessibility on the real binary (WCAG 2.2 AA): axe-core runs inside the app's own webview on
// every screen — setup, meeting list, new meeting, each section of a meeting (with the
// data-minimisation hint showing), the help dialog, finalize with the documents, the
// settings and the unlock screen — in the light AND the high-contrast theme (switched with
// the app's own header button). WCAG 2.2 A/AA rule sets: 0 violations allowed.

import assert from 'node:assert/strict';
import { Key } from 'selenium-webdriver';
import { allByTestId, appTest, click, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { axeViolations, describeViolations } from './lib/axe.mjs';
import { createStore, invokeOk, openMeeting, showSection, unlock, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const CASE = 'Gezin Toegankelijk';
const SECTIONS = ['preparation', 'subjects', 'participants', 'items', 'plan', 'releases', 'family', 'finalize'];

/** A meeting whose checklist is empty (same commands the UI uses). */
async function prepareMeeting(d) {
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: CASE, date: '2026-11-24', purpose: 'Veiligheid en school', criteria: 'Zorgen over de veiligheid thuis; school en wijkteam zijn allebei betrokken.', familyPresent: false, familyAbsenceReason: 'Moeder wil eerst zelf met de school praten en sluit daarna aan.' },
  })).id;
  const person = async (name, role, organisationType) =>
    (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name, organisation: `${name} organisatie`, function: '', phone: '', email: '', role, organisationType, secrecy: true },
    })).id;
  const lead = await person('Anna Regie', 'caseLead', 'wijkteam');
  const gp = await person('Dokter Bos', 'contentRole', 'huisarts');
  for (const p of (await invokeOk(d, 'get_meeting_flow', { id: m })).participants) {
    await invokeOk(d, 'record_pledge', { meetingId: m, participantId: p.id });
  }
  const flowAfterSubject = await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation: 'parent', name: 'Moeder', birthDate: '1988-03-01', present: false, parentalAuthority: true },
  });
  const mother = flowAfterSubject.subjects.at(-1).id;
  const item = (await invokeOk(d, 'add_item', {
    input: { meetingId: m, contributorId: lead, text: 'Schuldhulp loopt via de gemeente', source: 'own', kind: 'fact', category: 'general', subjectIds: [mother] },
  })).id;
  const refs = await invokeOk(d, 'reference_data');
  const basis = refs.organisationTypes.find((t) => t.code === 'wijkteam').legalBases[0].code;
  await invokeOk(d, 'set_item_basis', { input: { meetingId: m, itemId: item, subjectIds: [mother], basis: { kind: 'legal', legalBasis: basis } } });
  const flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: gp, what: 'Gesprek plannen', due: '2026-12-15', reliesOn: [] } });
  await invokeOk(d, 'decide_release', {
    input: { meetingId: m, itemId: item, recipientId: gp, choice: { kind: 'release', actionId: flow.actions.at(-1).id, motivation: '' } },
  });
  const done = await invokeOk(d, 'add_notification', {
    input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } },
  });
  assert.deepEqual(done.checklist, [], 'the checklist must be empty before finalizing');
}

const highContrast = (d) => d.executeScript("return document.documentElement.classList.contains('theme-high-contrast');");

appTest('axe finds no WCAG 2.2 A/AA violation on any screen, light and high contrast', async (ctx) => {
  const d = await ctx.launch(['--idle-seconds=3600']);
  const failures = [];
  const screens = [];
  /** axe in the light theme, then in high contrast (the header button), then back. */
  // The wall (presentation mode) has no header: there the chair's shortcut Alt+C toggles.
  const toggleTheme = async () => {
    if ((await allByTestId(d, 'theme-toggle')).length > 0) await click(d, 'theme-toggle');
    else await d.actions().keyDown(Key.ALT).sendKeys('c').keyUp(Key.ALT).perform();
  };
  const check = async (screen) => {
    for (const want of [false, true]) {
      if ((await highContrast(d)) !== want) {
        await toggleTheme();
        await waitUntil(async () => (await highContrast(d)) === want, { message: `theme high-contrast=${want}` });
      }
      const label = `${screen} / ${want ? 'high contrast' : 'light'}`;
      failures.push(...describeViolations(label, await axeViolations(d)));
      screens.push(label);
    }
    await toggleTheme();
    await waitUntil(async () => !(await highContrast(d)), { message: 'back to light' });
  };

  await waitForTestId(d, 'setup-passphrase');
  // The probe can fail: an image without alt text and a low-contrast paragraph are found.
  await d.executeScript(`const img = document.createElement('img'); img.id = 'axe-probe';
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.body.append(img);
    const p = document.createElement('p'); p.id = 'axe-probe-2'; p.textContent = 'grijs op wit';
    p.style.color = '#eeeeee'; document.body.append(p);`);
  const probe = (await axeViolations(d)).map((v) => v.id);
  assert.ok(probe.includes('image-alt') && probe.includes('color-contrast'), `axe must see the probes: ${probe}`);
  await d.executeScript("document.getElementById('axe-probe').remove(); document.getElementById('axe-probe-2').remove();");
  await check('setup');
  await createStore(d);
  await check('meeting list (empty)');
  await click(d, 'new-meeting');
  await waitForTestId(d, 'meeting-caseLabel');
  await check('new meeting');

  await prepareMeeting(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await check('meeting list');
  await openMeeting(d, CASE);
  for (const section of SECTIONS) {
    await showSection(d, section);
    if (section === 'items') {
      // The data-minimisation hint is on screen while checking this section.
      await type(d, 'item-text', 'Moeder belt vanaf 06-12345678, BSN 111222333');
      await waitForTestId(d, 'item-hints');
    }
    await check(`meeting: ${section}`);
  }
  await d.executeScript("document.querySelector('[data-testid=\"help-open\"]').focus();");
  await d.actions().sendKeys(Key.F1).perform();
  await waitUntil(async () => d.executeScript("return !!document.querySelector('[data-testid=\"help-dialog\"]')?.open;"), { message: 'help dialog open' });
  for (const want of [false, true]) {
    if ((await highContrast(d)) !== want) await d.actions().keyDown(Key.ALT).sendKeys('c').keyUp(Key.ALT).perform();
    await waitUntil(async () => (await highContrast(d)) === want, { message: `theme high-contrast=${want} (Alt+C)` });
    failures.push(...describeViolations(`help dialog / ${want ? 'high contrast' : 'light'}`, await axeViolations(d)));
    screens.push(`help dialog / ${want}`);
  }
  await d.actions().keyDown(Key.ALT).sendKeys('c').keyUp(Key.ALT).perform();
  await d.actions().sendKeys(Key.ESCAPE).perform();
  await waitUntil(async () => !(await d.executeScript("return !!document.querySelector('[data-testid=\"help-dialog\"]')?.open;")), { message: 'help dialog closed' });

  await showSection(d, 'finalize');
  await click(d, 'finalize-submit');
  await waitForTestId(d, 'finalized-banner');
  await waitForTestId(d, 'documents');
  await waitForCount(d, 'document-row', 3);
  await check('finalized: documents');
  for (const section of ['items', 'releases']) {
    await showSection(d, section);
    await check(`finalized: ${section}`);
  }

  // Presentation mode (the projection only), then the follow-up form of the finalized meeting.
  await click(d, 'presentation-toggle');
  await waitForTestId(d, 'presentation');
  await check('presentation mode');
  // The wall has no app controls: Escape leaves it.
  await d.actions().sendKeys(Key.ESCAPE).perform();
  await waitForTestId(d, 'finalized-banner');
  await click(d, 'follow-up-open');
  await waitForTestId(d, 'follow-up-date');
  await check('follow-up form');

  await click(d, 'back-to-list');
  await waitForMeetingList(d);
  // Search results on the meeting list, the rights requests register, the reports screen.
  await type(d, 'search-query', 'Schuldhulp');
  await click(d, 'search-submit');
  await waitForTestId(d, 'search-results');
  await check('meeting list: search results');
  await click(d, 'open-rights');
  await waitForTestId(d, 'rights-submit');
  await check('rights requests');
  await click(d, 'rights-back');
  await waitForMeetingList(d);
  await click(d, 'open-reports');
  await waitForTestId(d, 'report-period-kind');
  await check('reports');
  await click(d, 'reports-back');
  await waitForMeetingList(d);
  await click(d, 'open-settings');
  await waitForTestId(d, 'settings-heading');
  await check('settings');
  // The display settings on this screen: hints off and on again (kept beside the store
  // by the back end; R21: the web view keeps nothing on disk).
  const hintsPref = async () => (await invokeOk(d, 'ui_prefs', {})).hints;
  await click(d, 'setting-hints');
  await waitUntil(async () => (await hintsPref()) === false, { message: 'hints setting off' });
  await click(d, 'setting-hints');
  await waitUntil(async () => (await hintsPref()) === true, { message: 'hints setting on' });
  await click(d, 'setting-high-contrast');
  await waitUntil(() => highContrast(d), { message: 'high contrast from the settings screen' });
  await click(d, 'setting-high-contrast');
  await waitUntil(async () => !(await highContrast(d)), { message: 'light again from the settings screen' });

  await click(d, 'lock');
  await waitForTestId(d, 'unlock-passphrase');
  await check('unlock');
  await unlock(d);
  await waitForMeetingList(d);

  assert.ok(screens.length >= 44, `screens checked: ${screens.length}`);
  assert.deepEqual(failures, [], `axe violations:\n${failures.join('\n')}`);
});

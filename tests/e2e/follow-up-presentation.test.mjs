// Presentation mode and follow-up meetings (R5/R9, R11) on the real binary.
// - Presentation mode (Alt+P): the page source holds no birth date, full name, contact
//   detail or secret address of the seeded family, and none of the editing view's DOM.
// - Follow-up (R11/R13): "Nieuw vervolgoverleg" on a finalized meeting opens a new meeting
//   with the previous actions carried over; the finalize checklist names each carried-over
//   action until the chair records done / not done with the reason.

import assert from 'node:assert/strict';
import { Key } from 'selenium-webdriver';
import { allByTestId, appTest, click, select, selectInRow, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { createStore, invokeFromPage, invokeOk, openMeeting, showSection, waitForMeetingList, addPerson } from './lib/flows.mjs';

useTauriDriver();

const SECRET = 'Verborgenlaan 7 GEHEIMADRESMARKER';
const PHONE = '0612345678';
const EMAIL = 'anna.regie@wijkteam.example.nl';

async function altP(d) {
  await d.actions().keyDown(Key.ALT).sendKeys('p').keyUp(Key.ALT).perform();
}

appTest('search finds the meeting; attendance is counted; presentation mode shows no birth date, name, address or contact detail of the family (page source)', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: 'Gezin Beamer', date: '2026-11-24', purpose: 'Afstemmen hulp', criteria: 'Zorgen over de veiligheid thuis; school en wijkteam zijn allebei betrokken.', familyPresent: false, familyAbsenceReason: 'Moeder wil eerst zelf met de school praten en sluit daarna aan.' },
  })).id;
  const lead = await addPerson(d, m, 'Anna Regie', 'caseLead', { phone: PHONE, email: EMAIL });
  const observer = await addPerson(d, m, 'Piet Toehoorder', 'other');
  const add = async (relation, name, birthDate) =>
    (await invokeOk(d, 'add_subject', {
      input: { meetingId: m, relation, name, birthDate, present: false, parentalAuthority: relation === 'parent' },
    })).subjects.at(-1).id;
  const mother = await add('parent', 'Marja Pieters', '1988-03-01');
  await add('youth', 'Sem Pieters', '2014-11-24');
  await invokeOk(d, 'set_secret_address', { meetingId: m, subjectId: mother, address: SECRET });
  await invokeOk(d, 'add_item', {
    input: { meetingId: m, contributorId: lead, text: 'Moeder zoekt werk via de gemeente', source: 'own', kind: 'fact', category: 'general', subjectIds: [mother] },
  });

  await d.navigate().refresh();
  await waitForMeetingList(d);
  // Search (FTS5 in the encrypted store): FTS syntax is text, an empty search a Dutch error.
  await type(d, 'search-query', '"NEAR(');
  await click(d, 'search-submit');
  await waitForTestId(d, 'search-none');
  await type(d, 'search-query', ' * ');
  await click(d, 'search-submit');
  await waitUntil(async () => /Vul een zoekwoord in/.test(await textOf(d, 'error-search-query')), {
    message: 'a Dutch error for an empty search',
  });
  await type(d, 'search-query', 'zoekt wer');
  await click(d, 'search-submit');
  await waitForCount(d, 'search-hit', 1);
  await click(d, 'search-hit');
  await waitForTestId(d, 'meeting-title');
  // Attendance: the observer is recorded in the UI and counted on the meeting.
  await selectInRow(d, 'attendance-select', observer, 'observer');
  await waitUntil(async () => /1 aanwezig, 0 afgemeld .*1 toehoorder/.test(await textOf(d, 'attendance-counts')), {
    message: async () => `attendance counts (is ${JSON.stringify(await textOf(d, 'attendance-counts'))})`,
  });
  // R9/R11: an observer carries out no action (Dutch refusal from the domain).
  const refused = await invokeFromPage(d, 'add_action', { input: { meetingId: m, who: observer, what: 'Meekijken', due: '2026-12-01', reliesOn: [] } });
  assert.equal(refused.ok, false);
  assert.equal(refused.error.code, 'observer_has_no_part');
  assert.match(refused.error.message, /toehoorder/);

  // The editing view shows the family's full names (so the check below can fail).
  await showSection(d, 'subjects');
  await waitForCount(d, 'subject-row', 2);
  assert.ok((await d.getPageSource()).includes('Marja Pieters'), 'the editing view shows the full name');

  await altP(d);
  await waitForTestId(d, 'presentation');
  await waitForCount(d, 'presentation-subject', 2);
  // The wall shows one topic at a time: the family on the first, the item on its
  // contributor's; the source checked below is that of both topics.
  const opening = await d.getPageSource();
  await d.actions().sendKeys(Key.ARROW_RIGHT).perform();
  await waitForCount(d, 'presentation-item', 1);
  const source = opening + (await d.getPageSource());
  assert.match(source, /M\.P\./, 'the mother by initials');
  assert.match(source, /S\.P\./, 'the child by initials');
  assert.match(source, /Moeder zoekt werk via de gemeente/, 'the item text is shown');
  for (const secret of [
    'Marja', 'Pieters', 'Sem ',
    '1988', '2014-11-24', '24 november 2014', '24-11-2014', '1 maart', '01-03',
    PHONE, '06-12345678', EMAIL, 'wijkteam.example',
    'GEHEIMADRESMARKER', 'Verborgenlaan',
  ]) {
    assert.ok(!source.includes(secret), `presentation mode must not show ${JSON.stringify(secret)}`);
  }
  // The editing view is gone from the page, not hidden: no rows, no release matrix.
  for (const id of ['participant-row', 'section-releases', 'subject-row', 'secret-address-status']) {
    assert.ok(!source.includes(`data-testid="${id}"`), `no ${id} in presentation mode`);
  }
  assert.ok(!/release-matrix|releases-matrix/.test(source), 'no release matrix in presentation mode');

  // The same key toggles back.
  await altP(d);
  await waitForTestId(d, 'subject-row');
  assert.equal((await allByTestId(d, 'presentation')).length, 0);
  // And the button toggles it too.
  await click(d, 'presentation-toggle');
  await waitForTestId(d, 'presentation');
  assert.ok(!(await d.getPageSource()).includes('GEHEIMADRESMARKER'));
});

appTest('R11/R13 a follow-up meeting carries over the actions and finalize needs a status for each', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: 'Gezin Vervolg', date: '2026-11-24', purpose: 'Afstemmen hulp', criteria: 'Zorgen over de veiligheid thuis; school en wijkteam zijn allebei betrokken.', familyPresent: false, familyAbsenceReason: 'Moeder wil eerst zelf met de school praten en sluit daarna aan.' },
  })).id;
  const lead = await addPerson(d, m, 'Anna Regie', 'caseLead');
  const school = await addPerson(d, m, 'Meester Jan', 'contentRole');
  for (const [who, what] of [[lead, 'Gezinsplan opstellen'], [school, 'Verzuim bijhouden']]) {
    await invokeOk(d, 'record_pledge', { meetingId: m, participantId: who });
    await invokeOk(d, 'add_action', { input: { meetingId: m, who, what, due: '2026-12-15', reliesOn: [] } });
  }
  // R12: the absent family is informed.
  await invokeOk(d, 'add_notification', {
    input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } },
  });
  await invokeOk(d, 'finalize_meeting', { meetingId: m });

  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, 'Gezin Vervolg');
  await waitForTestId(d, 'finalized-banner');
  await click(d, 'follow-up-open');
  // A date before the previous meeting gets a Dutch error next to the field.
  await type(d, 'follow-up-date', '2026-11-01');
  await click(d, 'follow-up-submit');
  await waitForTestId(d, 'error-followUp-date');
  await type(d, 'follow-up-date', '2027-01-12');
  await click(d, 'follow-up-submit');
  // The new meeting opens: a draft (no banner) with the actions carried over.
  await waitUntil(async () => (await allByTestId(d, 'finalized-banner')).length === 0, {
    message: 'the follow-up meeting (a draft) to open',
  });
  await showSection(d, 'plan');
  await waitForCount(d, 'carried-row', 2);
  const rows = [];
  for (const el of await allByTestId(d, 'carried-row')) rows.push(await el.getText());
  assert.match(rows[0], /Anna Regie/);
  assert.match(rows[0], /Gezinsplan opstellen/);
  assert.match(rows[1], /Verzuim bijhouden/);
  assert.ok(rows.every((r) => /Nog niet vastgelegd/.test(r)), JSON.stringify(rows));

  const flowId = async () => (await invokeOk(d, 'list_meetings')).meetings.find((x) => x.id !== m).id;
  const next = await flowId();
  const openCarried = async () =>
    (await invokeOk(d, 'get_meeting_flow', { id: next })).checklist.filter((p) => p.code === 'carried_action_unsettled');
  assert.equal((await openCarried()).length, 2, 'the checklist names both carried-over actions');
  await showSection(d, 'finalize');
  await waitUntil(async () => /uit het vorige overleg/.test(await textOf(d, 'checklist')), {
    message: 'the finalize checklist to name the carried-over actions',
  });

  // Done for the first, not done (changed circumstances) with a note for the second.
  await showSection(d, 'plan');
  await select(d, 'carried-outcome', 'done');
  await click(d, 'carried-save');
  await waitUntil(async () => (await openCarried()).length === 1, { message: 'one carried action settled' });
  await select(d, 'carried-outcome', 'changedCircumstances');
  await type(d, 'carried-note', 'Gezin is verhuisd');
  await click(d, 'carried-save');
  await waitUntil(async () => (await openCarried()).length === 0, { message: 'both carried actions settled' });
  await waitUntil(async () => {
    const texts = [];
    for (const el of await allByTestId(d, 'carried-status')) texts.push(await el.getText());
    return texts.length === 2 && /^Uitgevoerd/.test(texts[0]) && /Omstandigheden veranderd/i.test(texts[1]) && /Gezin is verhuisd/.test(texts[1]);
  }, { message: 'the statuses to show in the table' });
});

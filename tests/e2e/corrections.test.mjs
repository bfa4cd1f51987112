// Corrections after finalizing on the real binary (R16): a meeting prepared and finalized
// through the app's own commands; in the UI the chair corrects a released fact at the
// mother's request, sees who received the old version ("Informeer deze ontvangers"), the
// new text with "Gecorrigeerd (versie 2)" and the old version in the history. Every other
// edit of the finalized meeting is still refused (R13).

import assert from 'node:assert/strict';
import { By } from 'selenium-webdriver';
import { appTest, click, clickElement, select, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { createStore, invokeFromPage, invokeOk, openMeeting, rowById, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const CASE = 'Gezin Correctie';
const OLD = 'Vader werkt sinds 2024 niet meer';
const NEW = 'Vader werkt sinds maart 2025 weer halve dagen';

/** A finalizable meeting: Dokter Bos brings a fact about the mother, released to Anna Regie. */
async function prepareMeeting(d) {
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: CASE, date: '2026-11-24', purpose: 'Hulp afstemmen', criteria: 'Zorgen over de veiligheid thuis; school en wijkteam zijn allebei betrokken.', familyPresent: false, familyAbsenceReason: 'Moeder wil eerst zelf met de school praten en sluit daarna aan.' },
  })).id;
  const person = async (name, role, organisationType) =>
    (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name, organisation: `${name} organisatie`, function: '', phone: '', email: '', role, organisationType, secrecy: true },
    })).id;
  const lead = await person('Anna Regie', 'caseLead', 'wijkteam');
  const coach = await person('Coach Bos', 'contentRole', 'wijkteam');
  for (const p of [lead, coach]) await invokeOk(d, 'record_pledge', { meetingId: m, participantId: p });
  const flow0 = await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation: 'parent', name: 'Moeder', birthDate: '1988-03-01', present: false, parentalAuthority: true },
  });
  const mother = flow0.subjects.at(-1).id;
  const item = (await invokeOk(d, 'add_item', {
    input: { meetingId: m, contributorId: coach, text: OLD, kind: 'fact', category: 'general', subjectIds: [mother] },
  })).id;
  const refs = await invokeOk(d, 'reference_data');
  const basis = refs.organisationTypes.find((t) => t.code === 'wijkteam').legalBases[0].code;
  await invokeOk(d, 'set_item_basis', { input: { meetingId: m, itemId: item, subjectIds: [mother], basis: { kind: 'legal', legalBasis: basis } } });
  const flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: lead, what: 'Gesprek plannen', due: '2026-12-15', reliesOn: [] } });
  const action = flow.actions.at(-1).id;
  await invokeOk(d, 'decide_release', { input: { meetingId: m, itemId: item, recipientId: lead, choice: { kind: 'release', actionId: action, motivation: '' } } });
  await invokeOk(d, 'add_notification', {
    input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } },
  });
  const done = await invokeOk(d, 'finalize_meeting', { meetingId: m });
  assert.ok(done.finalizedAt, 'the meeting is finalized');
  return { m, lead, coach, mother, item };
}

appTest('R16 correct a released fact after finalizing: new version, recipients to inform, rest stays refused', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const f = await prepareMeeting(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, CASE);
  await waitForTestId(d, 'finalized-banner');
  await showSection(d, 'items');

  // R13: a finalized meeting offers no basis editing, only "Corrigeren".
  const row = await rowById(d, 'item-row', f.item);
  assert.equal((await row.findElements(By.css('[data-testid="item-basis-edit"]'))).length, 0);
  await clickElement(d, await row.findElement(By.css('[data-testid="item-correct"]')));
  await waitForTestId(d, 'correction-text');

  // A correction without a reason is refused next to the field; nothing changes.
  await type(d, 'correction-text', NEW);
  await click(d, 'correction-submit');
  await waitForTestId(d, 'error-correction-reason');

  await type(d, 'correction-reason', 'Moeder wijst op een onjuist jaartal');
  await type(d, 'correction-reaction', 'Moeder is blij dat het is aangepast');
  await select(d, 'correction-requestedBy', f.mother);
  await click(d, 'correction-submit');

  await waitForTestId(d, 'correction-inform');
  await waitForCount(d, 'correction-inform-row', 1);
  const inform = await textOf(d, 'correction-inform');
  assert.match(inform, /Informeer deze ontvangers/);
  assert.match(inform, /Anna Regie \(Anna Regie organisatie\)/, 'R16: the recipient of the old version is listed');
  assert.ok(!inform.includes('Coach Bos'), 'the contributor did not receive it');

  await waitUntil(async () => (await textOf(d, 'item-corrected')) === 'Gecorrigeerd (versie 2)', {
    message: async () => `item-corrected (is ${JSON.stringify(await textOf(d, 'item-corrected'))})`,
  });
  const rowText = await (await rowById(d, 'item-row', f.item)).getText();
  assert.ok(rowText.includes(NEW), `the new text is shown: ${rowText}`);
  assert.ok(!rowText.includes(OLD), 'the old text is not shown as current');

  await click(d, 'item-history-toggle');
  await waitForCount(d, 'item-history-version', 2);
  const history = await textOf(d, 'item-history');
  assert.ok(history.includes(OLD) && history.includes(NEW), `R16: the old version stays readable: ${history}`);
  assert.match(history, /Reactie van het gezin: Moeder is blij dat het is aangepast/);

  // The back end agrees, and every other edit is still refused (R13).
  const versions = await invokeOk(d, 'item_history', { meetingId: f.m, itemId: f.item });
  assert.deepEqual(versions.map((v) => v.text), [OLD, NEW]);
  for (const [cmd, args] of [
    ['add_item', { input: { meetingId: f.m, contributorId: f.coach, text: 'Nog iets', kind: 'fact', category: 'general', subjectIds: [] } }],
    ['record_pledge', { meetingId: f.m, participantId: f.lead }],
    ['update_preparation', { input: { meetingId: f.m, purpose: 'Ander doel', criteria: '', familyPresent: false, anonymous: false } }],
  ]) {
    const res = await invokeFromPage(d, cmd, args);
    assert.equal(res.ok, false, `${cmd} must be refused after finalizing`);
    assert.equal(res.error.code, 'meeting_finalized', `${cmd}: ${JSON.stringify(res.error)}`);
  }
  const flow = await invokeOk(d, 'get_meeting_flow', { id: f.m });
  assert.equal(flow.items.length, 1);
  assert.equal(flow.items[0].text, NEW);
  const profile = flow.itemProfiles.find((p) => p.itemId === f.item);
  assert.equal(profile.version, 2);
  assert.equal(profile.corrected, true);
});

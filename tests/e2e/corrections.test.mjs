// Corrections after finalizing on the real binary (R16): a meeting prepared and finalized
// through the app's own commands; in the UI the chair corrects a released fact at the
// mother's request, sees who received the old version ("Informeer deze ontvangers"), the
// new text with "Gecorrigeerd (versie 2)" and the old version in the history. Every other
// edit of the finalized meeting is still refused (R13). R16/R17: an 8-year-old the item is
// not about may not ask for the correction; the contributor's decision is recorded with its
// date, and a refusal changes nothing. R6: the item's source shows under its text.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { By } from 'selenium-webdriver';
import { appTest, click, clickElement, select, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { createStore, invokeFromPage, invokeOk, openMeeting, rowById, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-access';

/** Screenshots at 1366×768 and 1920×1080 of what is on screen now (kept out of git). */
async function screenshots(d, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [[1366, 768], [1920, 1080]]) {
    await d.manage().window().setRect({ width: w, height: h });
    await new Promise((r) => setTimeout(r, 400));
    fs.writeFileSync(`${SHOTS}/${name}-${w}x${h}.png`, await d.takeScreenshot(), 'base64');
  }
}

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
  const flow1 = await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation: 'youth', name: 'Daan van der Heijden-Bakker', birthDate: '2018-05-01', present: false, parentalAuthority: false },
  });
  const child = flow1.subjects.at(-1).id;
  const item = (await invokeOk(d, 'add_item', {
    input: { meetingId: m, contributorId: coach, text: OLD, source: 'family', sourceDetail: 'huisbezoek bij moeder', kind: 'fact', category: 'general', subjectIds: [mother] },
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
  return { m, lead, coach, mother, child, item };
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
  await type(d, 'correction-decidedOn', '2026-11-30');

  // R16/R17: the 8-year-old the item is not about may not ask; nothing changes.
  await select(d, 'correction-requestedBy', f.child);
  await click(d, 'correction-submit');
  const refusedAsk = await waitForTestId(d, 'error-correction-requestedBy');
  assert.match(await refusedAsk.getText(), /mag niet om correctie van deze inbreng vragen/);
  assert.equal((await invokeOk(d, 'item_history', { meetingId: f.m, itemId: f.item })).length, 1, 'nothing changed');

  await select(d, 'correction-requestedBy', f.mother);
  await screenshots(d, 'correction-form');
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
  assert.match(rowText, /Bron: Het gezin — huisbezoek bij moeder/, 'R6: the source shows under the text');
  assert.ok(!rowText.includes(OLD), 'the old text is not shown as current');

  await click(d, 'item-history-toggle');
  await waitForCount(d, 'item-history-version', 2);
  const history = await textOf(d, 'item-history');
  assert.ok(history.includes(OLD) && history.includes(NEW), `R16: the old version stays readable: ${history}`);
  assert.match(history, /Reactie van het gezin: Moeder is blij dat het is aangepast/);
  assert.match(history, /Inbrenger akkoord op: .*2026/, 'R16: the contributor\'s decision is shown');

  // The back end agrees, and every other edit is still refused (R13).
  const versions = await invokeOk(d, 'item_history', { meetingId: f.m, itemId: f.item });
  assert.deepEqual(versions.map((v) => v.text), [OLD, NEW]);
  assert.equal(versions[1].decidedOn, '2026-11-30', 'R16: the day the contributor agreed');

  // R16: the contributor refuses a second correction: recorded, nothing changes.
  const refused = await invokeOk(d, 'correct_item', {
    input: {
      meetingId: f.m, itemId: f.item, text: 'Iets anders', reason: 'Moeder wil het anders', reaction: '',
      requestedBy: f.mother, competent: true, decision: 'refused', decidedOn: '2026-12-01', motivation: 'Het staat zo in het verslag.',
    },
  });
  assert.equal(refused.refused, true);
  assert.equal((await invokeOk(d, 'item_history', { meetingId: f.m, itemId: f.item })).length, 2, 'a refusal makes no version');
  for (const [cmd, args] of [
    ['add_item', { input: { meetingId: f.m, contributorId: f.coach, text: 'Nog iets', source: 'own', kind: 'fact', category: 'general', subjectIds: [] } }],
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

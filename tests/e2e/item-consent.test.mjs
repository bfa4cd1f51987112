// Basis and consent in one step, in the item form (R7/R8, seed 003 §3.2), through the real UI:
// - the contributor's organisation type proposes the basis (a wijkteam: its legal basis; a
//   ggz: consent) and the chair can change it;
// - per subject the form offers exactly the people R8 entitles on the meeting date, by name:
//   for a 14-year-old at a ggz (WGBO) the young person and the mother with gezag, for an
//   8-year-old only the mother; the father without gezag is never offered;
// - several consents are saved at once with the item, in one step (one click on "toevoegen");
// - a consent by someone the law does not entitle is refused with the reason, nothing stored.
// Screenshots at 1366×768 and 1920×1080 go to /tmp/shots-item-consent/ (not in git).

import assert from 'node:assert/strict';
import { By } from 'selenium-webdriver';
import { appTest, click, screenshotsAt, select, textOf, type, useTauriDriver, valueOf, waitForTestId, waitUntil } from './lib/app.mjs';
import { assertFieldError, createStore, invokeOk, meetingWithPeople, openMeeting, rowById, setChecked, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR ? `${process.env.E2E_SHOTS_DIR}/item-consent` : '/tmp/shots-item-consent';
const CASE = 'Gezin El Khatib-van der Heijden';

async function prepare(d) {
  const { m, ids, subject } = await meetingWithPeople(d, {
    caseLabel: CASE,
    purpose: 'Hulp thuis en op school op elkaar afstemmen',
    functionName: 'Behandelaar',
    people: [
      ['Anna-Maria van Rijswijk-de Groot', 'caseLead', 'wijkteam', 'Wijkteam Centrum-Noord'],
      ['Dr. Willemijn Bosch-Hoogendoorn', 'contentRole', 'ggz', 'GGZ Kind en Jeugd Rivierenland'],
      ['Meester Jan-Willem Oosterhuis', 'contentRole', 'onderwijs', 'Openbare Basisschool De Regenboog'],
    ],
  });
  const [lead, ggz, school] = ids;
  const youth = await subject('youth', 'Yasmina El Khatib', '2012-05-01', false);
  const child = await subject('youth', 'Adam El Khatib', '2018-03-01', false);
  const mother = await subject('parent', 'Fatima El Khatib-van der Heijden', '1985-02-02', true);
  const father = await subject('parent', 'Karim El Khatib', '1983-07-07', false);
  return { m, lead, ggz, school, youth, child, mother, father };
}

/** The labels of the consent boxes of subject group `index` in the item form. */
async function offered(d, index) {
  const boxes = await d.findElements(By.css(`[data-testid^="item-consent-${index}-"]`));
  const out = [];
  for (const b of boxes) {
    out.push({
      testId: await b.getAttribute('data-testid'),
      label: await d.executeScript('return document.querySelector(`label[for="${arguments[0].id}"]`).textContent.trim();', b),
    });
  }
  return out;
}

appTest('R7/R8: basis and several consents in one step in the item form; only the entitled are offered', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const p = await prepare(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, CASE);
  await showSection(d, 'items');

  // ---- R7: the organisation type proposes the basis -----------------------------------
  await select(d, 'item-contributor', p.lead);
  await waitUntil(async () => (await valueOf(d, 'item-basisKind')) === 'legal', { message: 'wijkteam proposes a legal basis' });
  assert.equal(await valueOf(d, 'item-legalBasis'), 'jeugdwet-2.3');
  await select(d, 'item-contributor', p.ggz);
  // Consent comes from a person: about nobody, the ggz's item leaves the basis for later.
  await waitUntil(async () => (await valueOf(d, 'item-basisKind')) === 'later', { message: 'ggz, item about nobody: later' });

  // ---- R8: per subject, who may consent on the meeting date ---------------------------
  await type(d, 'item-text', 'Yasmina en Adam slapen slecht sinds de verhuizing; Yasmina is in behandeling voor angstklachten.');
  await setChecked(d, `item-subject-${p.youth}`);
  await setChecked(d, `item-subject-${p.child}`);
  await waitUntil(async () => (await valueOf(d, 'item-basisKind')) === 'consent', { message: 'ggz, item about someone: consent' });
  const forYouth = await waitUntil(async () => {
    const o = await offered(d, 0);
    return o.length === 2 ? o : null;
  }, { message: 'two people offered for the 14-year-old' });
  assert.ok(forYouth.some((o) => /Yasmina El Khatib.*zelf$/.test(o.label)), JSON.stringify(forYouth));
  assert.ok(forYouth.some((o) => /Fatima El Khatib-van der Heijden.*met gezag$/.test(o.label)), JSON.stringify(forYouth));
  const forChild = await offered(d, 1);
  assert.equal(forChild.length, 1, JSON.stringify(forChild));
  assert.match(forChild[0].label, /Fatima El Khatib-van der Heijden.*met gezag$/);
  const allLabels = [...forYouth, ...forChild].map((o) => o.label).join(' | ');
  assert.doesNotMatch(allLabels, /Karim/, 'the father without gezag is never offered');
  assert.doesNotMatch(allLabels, /Adam El Khatib.*zelf/, 'an 8-year-old does not consent himself');
  const legend = await d.executeScript('return document.getElementById("item-consent-0").querySelector("legend").textContent + " " + document.getElementById("item-consent-0").textContent;');
  assert.match(legend, /betrokkene zelf én van één ouder of voogd met gezag/);

  // ---- several consents at once, with the item --------------------------------------
  for (const o of [...forYouth, ...forChild]) await setChecked(d, o.testId);
  await select(d, 'item-consentMethod', 'written');
  await setChecked(d, `item-scopeRecipient-${p.lead}`);
  await setChecked(d, `item-scopeRecipient-${p.school}`);
  await screenshotsAt(d, SHOTS, 'item-form-consent', { target: 'item-consentMethod' });
  const before = (await invokeOk(d, 'get_meeting_flow', { id: p.m })).items.length;
  await click(d, 'item-submit');
  const flow = await waitUntil(async () => {
    const f = await invokeOk(d, 'get_meeting_flow', { id: p.m });
    return f.items.length === before + 1 ? f : null;
  }, { message: 'the item is saved' });
  const item = flow.items.at(-1);
  const profile = flow.itemProfiles.find((x) => x.itemId === item.id);
  assert.equal(profile.basis.kind, 'consent');
  assert.equal(profile.basis.records.length, 3, JSON.stringify(profile.basis));
  assert.deepEqual(new Set(profile.basis.records.map((r) => r.method)), new Set(['written']));
  // R8: with the consents of the entitled people the checklist has no consent point for it.
  const consentPoints = flow.checklist.filter((c) => c.targetId === item.id && /toestemming/i.test(c.message));
  assert.deepEqual(consentPoints, [], JSON.stringify(consentPoints));
  const row = await rowById(d, 'item-row', item.id);
  assert.match(await row.getText(), /Toestemming van 3 personen/);
  // The form is ready for the next item: no consent left ticked.
  assert.equal((await d.findElements(By.css('[data-testid^="item-consent-"]'))).length, 0);

  // ---- a consent by someone not entitled is refused with the reason ---------------------
  // The school is not under the WGBO: the 14-year-old decides alone; the mother's consent
  // does not count. Through the basis editor, where any holder of gezag can be chosen.
  const schoolItem = (await invokeOk(d, 'add_item', {
    input: { meetingId: p.m, contributorId: p.school, text: 'Yasmina verzuimt vaak op maandag.', source: 'own', kind: 'fact', category: 'general', subjectIds: [p.youth] },
  })).id;
  await invokeOk(d, 'set_item_basis', { input: { meetingId: p.m, itemId: schoolItem, subjectIds: [p.youth], basis: { kind: 'consent', notCompetent: [] } } });
  await d.navigate().refresh();
  await openMeeting(d, CASE);
  await showSection(d, 'items');
  const schoolRow = await rowById(d, 'item-row', schoolItem);
  await schoolRow.findElement(By.css('[data-testid="item-basis-edit"]')).click();
  await waitForTestId(d, 'consent-givenBy');
  await select(d, 'consent-givenBy', `parent:${p.mother}`);
  await setChecked(d, `consent-recipient-${p.lead}`);
  const recordsBefore = JSON.stringify((await invokeOk(d, 'get_meeting_flow', { id: p.m })).itemProfiles.find((x) => x.itemId === schoolItem).basis);
  await click(d, 'consent-submit');
  const refusal = await assertFieldError(d, 'consent', 'givenBy', 'consent-givenBy');
  assert.match(refusal, /14 jaar en kan de eigen belangen overzien/);
  assert.match(refusal, /niets opgeslagen/);
  const recordsAfter = JSON.stringify((await invokeOk(d, 'get_meeting_flow', { id: p.m })).itemProfiles.find((x) => x.itemId === schoolItem).basis);
  assert.equal(recordsAfter, recordsBefore, 'nothing stored');
  await screenshotsAt(d, SHOTS, 'consent-refused', { target: 'error-consent-givenBy' });
});

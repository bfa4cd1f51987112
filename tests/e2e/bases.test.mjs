// R7b: the chair's own legal bases per organisation type, on the real binary:
// - in Instellingen, an article without a number is refused next to the field, in Dutch,
//   and nothing is stored;
// - a law + article added for schools is offered in the basis editor for an item of the
//   school, stored, and shown with its law and article;
// - it is not offered for the wijkteam's item, and the back end refuses it there too;
// - it cannot be removed while the school's item rests on it.
// Screenshots at 1366×768 and 1920×1080 go to /tmp/shots-bases/.

import assert from 'node:assert/strict';
import { allByTestId, appTest, click, clickElement, screenshotsAt, select, textOf, type, useTauriDriver, waitForTestId, waitUntil } from './lib/app.mjs';
import {
  assertFieldError,
  backToList,
  createStore,
  invokeFromPage,
  invokeOk,
  openMeeting,
  rowById,
  showSection,
  waitForMeetingList,
} from './lib/flows.mjs';
import { By } from 'selenium-webdriver';

useTauriDriver();

const CASE = 'Gezin Van den Heuvel-Abdelkader';
const SHOTS = '/tmp/shots-bases';
const LAW = 'Wet op het primair onderwijs';
const ARTICLE = 'art. 10b';

const shoot = (d, name, testId) => screenshotsAt(d, SHOTS, name, { target: testId });

const flowOf = (d, m) => invokeOk(d, 'get_meeting_flow', { id: m });
const options = async (d, id) =>
  (await d.executeScript('return Array.from(arguments[0].options).map(o => o.value);', await waitForTestId(d, id))).filter((v) => v !== '');

async function openBasisEditor(d, item) {
  await showSection(d, 'items');
  const row = await rowById(d, 'item-row', item);
  await clickElement(d, await row.findElement(By.css('[data-testid="item-basis-edit"]')));
  await waitForTestId(d, 'basis-kind');
}

appTest('R7b: a legal basis of the chair\'s own, for one organisation type only', async (ctx) => {
  const d = await ctx.launch(['--idle-seconds=3600']);
  await createStore(d);
  await waitForMeetingList(d);

  // A meeting with a wijkteam lead and a school.
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: CASE, date: '2026-11-24', purpose: 'Afstemmen van de hulp aan het gezin', familyPresent: false },
  })).id;
  const person = async (name, organisation, role, organisationType) =>
    (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name, organisation, function: '', phone: '', email: '', role, organisationType, secrecy: false },
    })).id;
  const lead = await person('Annemarie van Oudshoorn-Bakker', 'Wijkteam Utrecht-Zuidwest', 'caseLead', 'wijkteam');
  const school = await person('Joost Verhoeven-Lammers', 'Openbare Basisschool De Klimop', 'contentRole', 'onderwijs');
  const youth = (await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation: 'youth', name: 'Yasmine Abdelkader', birthDate: '2016-03-01', present: false, parentalAuthority: false },
  })).subjects.at(-1).id;
  const add = async (contributorId, text) =>
    (await invokeOk(d, 'add_item', {
      input: { meetingId: m, contributorId, text, source: 'own', kind: 'fact', category: 'general', subjectIds: [youth] },
    })).id;
  const bySchool = await add(school, 'Yasmine verzuimt sinds oktober op maandag en vrijdag.');
  const byLead = await add(lead, 'Het gezin heeft sinds de zomer schulden bij de woningcorporatie.');

  // ---- Instellingen: an article without a number is refused next to the field ---------
  await click(d, 'open-settings');
  await waitForTestId(d, 'customBasis-none');
  await select(d, 'customBasis-organisation', 'onderwijs');
  await type(d, 'customBasis-law', LAW);
  await type(d, 'customBasis-article', 'artikel tien');
  await click(d, 'customBasis-add');
  const msg = await assertFieldError(d, 'customBasis', 'article');
  assert.match(msg, /nummer/, msg);
  assert.deepEqual(await invokeOk(d, 'list_custom_bases'), [], 'a refused basis was stored');
  await shoot(d, 'settings-article-without-number', 'customBasis-article');

  // ---- and with the article number it is added ----------------------------------------
  await type(d, 'customBasis-article', ARTICLE);
  await type(d, 'customBasis-note', 'Zorgplicht passend onderwijs, overleg met leerplicht');
  await click(d, 'customBasis-add');
  await waitUntil(async () => (await allByTestId(d, 'customBasis-row')).length === 1, { message: 'the new basis row' });
  const [stored] = await invokeOk(d, 'list_custom_bases');
  assert.equal(stored.organisationType, 'onderwijs');
  assert.equal(stored.label, `${LAW}, ${ARTICLE}`);
  const rowText = await textOf(d, await waitForTestId(d, 'customBasis-row'));
  assert.match(rowText, /Wet op het primair onderwijs/);
  assert.match(rowText, /art\. 10b/);
  await shoot(d, 'settings-custom-bases', 'customBasis-row');

  // ---- the basis editor of the school's item offers it ------------------------------
  await backToList(d);
  await openMeeting(d, CASE);
  await openBasisEditor(d, bySchool);
  await select(d, 'basis-kind', 'legal');
  const schoolOffered = await options(d, 'basis-legalBasis');
  assert.ok(schoolOffered.includes(stored.code), `not offered to the school: ${JSON.stringify(schoolOffered)}`);
  await select(d, 'basis-legalBasis', stored.code);
  await shoot(d, 'basis-picker-custom', 'basis-legalBasis');
  await click(d, 'basis-submit');
  await waitUntil(async () => {
    const p = (await flowOf(d, m)).itemProfiles.find((i) => i.itemId === bySchool);
    return p?.basis?.kind === 'legal' && p.basis.legalBasis === stored.code && p.basisProblem === null;
  }, { message: 'the school item to rest on the custom basis' });
  await waitUntil(async () => /art\. 10b/.test(await (await rowById(d, 'item-row', bySchool)).getText()), {
    message: 'the item row to show the law and article',
  });

  // ---- not for the wijkteam: not offered, and refused by the back end ------------------
  await openBasisEditor(d, byLead);
  await select(d, 'basis-kind', 'legal');
  const leadOffered = await options(d, 'basis-legalBasis');
  assert.ok(!leadOffered.includes(stored.code), `offered to the wijkteam: ${JSON.stringify(leadOffered)}`);
  const refused = await invokeFromPage(d, 'set_item_basis', {
    input: { meetingId: m, itemId: byLead, subjectIds: [youth], basis: { kind: 'legal', legalBasis: stored.code } },
  });
  assert.equal(refused.ok, false);
  assert.equal(refused.error.code, 'legal_basis_not_for_organisation');
  assert.equal((await flowOf(d, m)).itemProfiles.find((i) => i.itemId === byLead).basis, null);

  // ---- removing it while the school's item rests on it is refused ----------------------
  const removal = await invokeFromPage(d, 'remove_custom_basis', { basisId: stored.id });
  assert.equal(removal.ok, false);
  assert.equal(removal.error.code, 'still_needed');
  assert.equal((await invokeOk(d, 'list_custom_bases')).length, 1);
});

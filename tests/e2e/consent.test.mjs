// Consent to the letter, through the real UI (R7a/R8, seed 004 art. 6.4b, R4):
// - an item about nobody cannot rest on consent: saving that basis is refused with a Dutch
//   message next to the subjects;
// - a consent records to whom the item may go; a release to anyone else is refused, and the
//   reason is shown in Dutch next to the cell of the release matrix;
// - in an anonymous meeting the case label becomes a code and a holder of gezag is recorded
//   by relation only; switching to anonymous is refused while a text of the meeting (here a
//   decision's reason) identifies the family.
// Screenshots at 1366×768 and 1920×1080 go to /tmp/shots-consent/ (not in git).

import assert from 'node:assert/strict';
import { appTest, click, clickElement, screenshotsAt, select, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import {
  assertFieldError,
  createStore,
  decideReleaseCell,
  invokeOk,
  meetingWithPeople,
  openMeeting,
  rowById,
  setChecked,
  showSection,
  waitForMeetingList,
} from './lib/flows.mjs';

useTauriDriver();

const SHOTS = '/tmp/shots-consent';
const CASE = 'Gezin Van den Berg-Oudshoorn';

const shoot = (d, name, focus = null) => screenshotsAt(d, SHOTS, name, { target: focus });

/** A meeting with a case lead, a huisarts and a school, one mother; two items of the huisarts. */
async function prepare(d) {
  const { m, ids, subject } = await meetingWithPeople(d, {
    caseLabel: CASE,
    purpose: 'Zorg en school op elkaar afstemmen',
    people: [
      ['Anna-Maria van Rijswijk-de Groot', 'caseLead', 'wijkteam', 'Wijkteam Centrum-Noord'],
      ['Dokter Willemijn Bosch-Hoogendoorn', 'contentRole', 'huisarts', 'Huisartsenpraktijk De Linde'],
      ['Meester Jan-Willem Oosterhuis', 'contentRole', 'onderwijs', 'Basisschool De Regenboog'],
    ],
  });
  const [lead, gp, school] = ids;
  // R2: everyone at the table pledged, so only the consent scope decides the releases.
  for (const p of [lead, gp, school]) await invokeOk(d, 'record_pledge', { meetingId: m, participantId: p });
  const mother = await subject('parent', 'Fatima van den Berg-Oudshoorn', '1988-03-01', true);
  const item = async (text, subjectIds) =>
    (await invokeOk(d, 'add_item', { input: { meetingId: m, contributorId: gp, text, source: 'own', kind: 'fact', category: 'special', subjectIds } })).id;
  const nobody = await item('Er is sprake van een chronische aandoening in het gezin.', []);
  const aboutMother = await item('Moeder is onder behandeling voor slaapproblemen.', [mother]);
  let flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: lead, what: 'Gezinsplan opstellen met de huisarts', due: '2026-12-15', reliesOn: [] } });
  const leadAction = flow.actions.at(-1).id;
  flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: school, what: 'Extra begeleiding in de klas regelen', due: '2026-12-20', reliesOn: [] } });
  const schoolAction = flow.actions.at(-1).id;
  return { m, lead, gp, school, mother, nobody, aboutMother, leadAction, schoolAction };
}

async function openBasis(d, itemId) {
  await showSection(d, 'items');
  const row = await rowById(d, 'item-row', itemId);
  await clickElement(d, await row.findElement({ css: '[data-testid="item-basis-edit"]' }));
  await waitForTestId(d, 'basis-kind');
}

appTest('R7/R8 consent needs a subject; seed 004 art. 6.4b no release outside consent scope', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const p = await prepare(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, CASE);

  // ---- R7a/R8: an item about nobody cannot rest on consent ----------------------------
  await openBasis(d, p.nobody);
  await select(d, 'basis-kind', 'consent');
  await click(d, 'basis-submit');
  const msg = await assertFieldError(d, 'basis', 'subjectIds', `basis-subject-${p.mother}`);
  assert.match(msg, /Toestemming moet van iemand komen/);
  {
    const flow = await invokeOk(d, 'get_meeting_flow', { id: p.m });
    const profile = flow.itemProfiles.find((i) => i.itemId === p.nobody);
    assert.equal(profile.basis, null, 'nothing changed');
  }
  await shoot(d, 'consent-without-subject');

  // ---- seed 004 art. 6.4b: consent with a scope --------------------------------------
  await invokeOk(d, 'set_item_basis', {
    input: { meetingId: p.m, itemId: p.aboutMother, subjectIds: [p.mother], basis: { kind: 'consent', notCompetent: [] } },
  });
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, CASE);
  await openBasis(d, p.aboutMother);
  await waitForTestId(d, 'consent-submit');
  // Without a recipient the consent is refused next to the recipients.
  await select(d, 'consent-givenBy', 'subject');
  await select(d, 'consent-method', 'written');
  await click(d, 'consent-submit');
  await assertFieldError(d, 'consent', 'scopeRecipients', `consent-recipient-${p.lead}`);
  await setChecked(d, `consent-recipient-${p.lead}`, true);
  await type(d, 'consent-scopePurpose', 'Afstemmen van de zorg met het wijkteam');
  await click(d, 'consent-submit');
  await waitForCount(d, 'consent-row', 1);
  assert.match(await textOf(d, 'consent-scope'), /Anna-Maria van Rijswijk-de Groot\. Doel: Afstemmen van de zorg met het wijkteam/);
  await shoot(d, 'consent-scope-form', await waitForTestId(d, 'consent-row'));

  // The release matrix: to the case lead it may go, to the school it may not.
  await showSection(d, 'releases');
  const leadCell = `release-${p.aboutMother}-${p.lead}`;
  const schoolCell = `release-${p.aboutMother}-${p.school}`;
  await decideReleaseCell(d, p.aboutMother, p.lead, `release:${p.leadAction}`);
  // A special-category item needs a motivation (R9): the dialog asks for it.
  await waitForTestId(d, 'release-motivation');
  await type(d, 'release-motivation', 'Nodig om het gezinsplan af te stemmen.');
  await click(d, 'release-motivation-submit');
  await waitUntil(async () => (await invokeOk(d, 'get_meeting_flow', { id: p.m })).releases
    .some((c) => c.itemId === p.aboutMother && c.recipientId === p.lead && c.kind === 'released'), {
    message: 'the release to the case lead to be stored',
  });
  await decideReleaseCell(d, p.aboutMother, p.school, `release:${p.schoolAction}`);
  await waitForTestId(d, 'release-motivation');
  await type(d, 'release-motivation', 'De school wil weten waarom zij moe is.');
  await click(d, 'release-motivation-submit');
  const cellError = await waitForTestId(d, `release-error-${p.aboutMother}-${p.school}`);
  const why = await cellError.getText();
  assert.match(why, /toestemming van het gezin geldt niet voor deze persoon/, why);
  {
    const flow = await invokeOk(d, 'get_meeting_flow', { id: p.m });
    assert.ok(!flow.releases.some((c) => c.itemId === p.aboutMother && c.recipientId === p.school && c.kind === 'released'),
      'seed 004 art. 6.4b: nothing released to the school');
    // Next to the cell: close to its select.
    const [rs, re] = [await (await waitForTestId(d, schoolCell)).getRect(), await cellError.getRect()];
    assert.ok(Math.abs(re.x - rs.x) < 40 && re.y - (rs.y + rs.height) < 60, `error ${JSON.stringify(re)} next to cell ${JSON.stringify(rs)}`);
  }
  await shoot(d, 'release-outside-scope', await waitForTestId(d, schoolCell));
});

appTest('R4 anonymous meeting: a case code, holders of gezag by relation only, identifying text refused', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const p = await prepare(d);
  // Switch to anonymous: the mother's name and birth date must go first (R4).
  await invokeOk(d, 'remove_item', { meetingId: p.m, itemId: p.aboutMother });
  await invokeOk(d, 'remove_subject', { meetingId: p.m, subjectId: p.mother });
  // R4: switching checks every text of the meeting first, the reason of a decision too.
  const decided = await invokeOk(d, 'add_decision', {
    input: { meetingId: p.m, what: 'De huisarts belt moeder over de zorg', why: 'Moeder is bereikbaar op 06-12345678 na vieren.', restsOn: [] },
  });
  const decision = decided.decisions.at(-1).id;
  const switchTo = async () => {
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, CASE);
    await showSection(d, 'preparation');
    await setChecked(d, 'prep-anonymous', true);
    await click(d, 'prep-submit');
  };
  await switchTo();
  const refusedSwitch = await textOf(d, await waitForTestId(d, 'error-prep'));
  assert.match(refusedSwitch, /anoniem.*waarom dit besloten is.*telefoonnummer/, refusedSwitch);
  assert.equal((await invokeOk(d, 'get_meeting_flow', { id: p.m })).anonymous, false, 'R4: the switch changed nothing');
  await shoot(d, 'anonymous-switch-refused', await waitForTestId(d, 'error-prep'));
  await invokeOk(d, 'remove_decision', { meetingId: p.m, decisionId: decision });
  await switchTo();
  const flow = await waitUntil(async () => {
    const f = await invokeOk(d, 'get_meeting_flow', { id: p.m });
    return f.anonymous ? f : null;
  }, { message: 'the meeting to become anonymous' });
  assert.match(flow.caseLabel, /^Casus [A-Z]-\d[A-Z]\d$/, `R4: the case label is a code: ${flow.caseLabel}`);
  assert.ok(!JSON.stringify(flow).includes('Oudshoorn'), 'R4: the family name is gone');

  // Identifying text in an item is refused with a Dutch message next to the text.
  await showSection(d, 'items');
  await select(d, 'item-contributor', p.gp);
  await type(d, 'item-text', 'Moeder is bereikbaar op 06-12345678 na vieren.');
  await waitForTestId(d, 'item-hints');
  await click(d, 'item-submit');
  const refused = await assertFieldError(d, 'item', 'text', 'item-text');
  assert.match(refused, /anoniem.*telefoonnummer/, refused);
  await shoot(d, 'anonymous-item-refused');

  // A holder of gezag is recorded by relation only.
  const youth = (await invokeOk(d, 'add_subject', {
    input: { meetingId: p.m, relation: 'youth', name: '', birthDate: '', present: false, parentalAuthority: false },
  })).subjects.at(-1).id;
  const it = (await invokeOk(d, 'add_item', {
    input: { meetingId: p.m, contributorId: p.gp, text: 'De jeugdige slaapt slecht.', source: 'own', kind: 'fact', category: 'general', subjectIds: [youth] },
  })).id;
  await invokeOk(d, 'set_item_basis', {
    input: { meetingId: p.m, itemId: it, subjectIds: [youth], basis: { kind: 'consent', notCompetent: [] } },
  });
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, flow.caseLabel);
  await openBasis(d, it);
  await select(d, 'consent-givenBy', 'other');
  await select(d, 'consent-otherRelation', 'guardian');
  await setChecked(d, `consent-recipient-${p.lead}`, true);
  await click(d, 'consent-submit');
  await waitForCount(d, 'consent-row', 1);
  const row = await (await waitForTestId(d, 'consent-row')).getText();
  assert.match(row, /Iemand anders met gezag: Voogd/, row);
  await shoot(d, 'anonymous-consent-by-relation');
});

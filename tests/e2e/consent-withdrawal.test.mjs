// R10 on the real binary: a consent withdrawn on a finalized meeting through the UI
// (seed 004 art. 6.4c–d; AVG art. 7 lid 3: as easy as giving it). The meeting (prepared
// through the app's own commands and finalized) holds two items released to the
// regiehouder: one resting on the mother's consent, one on a legal basis. In the UI the
// chair records "Toestemming ingetrokken" (day, by whom, how): a day before the meeting and
// a withdrawal by the father (not entitled for an adult's consent, R8) are refused at the
// field and change nothing. Then the page shows "Wie moet u informeren" (name,
// organisation, item), the chair marks it "Gedaan op <datum>", and a new extract for the
// regiehouder (read back from the PDF) no longer holds the withdrawn item. Audited.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { By } from 'selenium-webdriver';
import {
  appTest, click, clickElement, screenshotsAt, select, textOf, type, useTauriDriver, waitForTestId, waitUntil,
} from './lib/app.mjs';
import { createStore, invokeOk, openMeeting, rowById, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-withdraw';
const CASE = 'Gezin Van der Heijden-Bakker';
const LEAD = 'Annemarie van der Heijden-Bakker';
const LEAD_ORG = 'Wijkteam Delft-Zuid en Omstreken';
const ON_CONSENT = 'Moeder is sinds september in behandeling bij de praktijkondersteuner voor somberheid';
const ON_LAW = 'Het gezin staat sinds oktober op de wachtlijst voor schuldhulpverlening';

async function prepareMeeting(d) {
  const m = (await invokeOk(d, 'create_meeting', {
    input: {
      caseLabel: CASE, date: '2026-11-24', purpose: 'Hulp aan het gezin afstemmen',
      criteria: 'Zorgen over de veiligheid thuis; school en wijkteam zijn allebei betrokken.',
      familyPresent: false, familyAbsenceReason: 'Moeder wil eerst zelf met de school praten en sluit daarna aan.',
    },
  })).id;
  const person = async (name, organisation, role, organisationType) =>
    (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name, organisation, function: '', phone: '', email: '', role, organisationType, secrecy: true },
    })).id;
  const lead = await person(LEAD, LEAD_ORG, 'caseLead', 'wijkteam');
  const coach = await person('Mohammed El Amrani-Verhoeven', 'Wijkteam Delft-Zuid', 'contentRole', 'wijkteam');
  for (const p of [lead, coach]) await invokeOk(d, 'record_pledge', { meetingId: m, participantId: p });
  let flow = await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation: 'parent', name: 'Fatima van der Heijden-Bakker', birthDate: '1988-03-01', present: false, parentalAuthority: true },
  });
  const mother = flow.subjects.at(-1).id;
  flow = await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation: 'parent', name: 'Johannes van der Heijden', birthDate: '1986-07-12', present: false, parentalAuthority: true },
  });
  const father = flow.subjects.at(-1).id;
  const item = async (text) => (await invokeOk(d, 'add_item', {
    input: { meetingId: m, contributorId: coach, text, source: 'family', sourceDetail: 'huisbezoek', kind: 'fact', category: 'general', subjectIds: [mother] },
  })).id;
  const onConsent = await item(ON_CONSENT);
  const onLaw = await item(ON_LAW);
  await invokeOk(d, 'set_item_basis', { input: { meetingId: m, itemId: onConsent, subjectIds: [mother], basis: { kind: 'consent', notCompetent: [] } } });
  await invokeOk(d, 'add_consent', {
    input: { meetingId: m, itemId: onConsent, subjectId: mother, givenBy: { kind: 'subject' }, method: 'written', scopeRecipients: [lead], scopePurpose: 'Hulp aan het gezin afstemmen' },
  });
  const refs = await invokeOk(d, 'reference_data');
  const law = refs.organisationTypes.find((t) => t.code === 'wijkteam').legalBases[0].code;
  await invokeOk(d, 'set_item_basis', { input: { meetingId: m, itemId: onLaw, subjectIds: [mother], basis: { kind: 'legal', legalBasis: law } } });
  flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: lead, what: 'Gesprek met moeder plannen', due: '2026-12-15', reliesOn: [] } });
  const action = flow.actions.at(-1).id;
  for (const itemId of [onConsent, onLaw]) {
    await invokeOk(d, 'decide_release', { input: { meetingId: m, itemId, recipientId: lead, choice: { kind: 'release', actionId: action, motivation: '' } } });
  }
  await invokeOk(d, 'add_notification', {
    input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } },
  });
  const done = await invokeOk(d, 'finalize_meeting', { meetingId: m });
  assert.ok(done.finalizedAt, 'the meeting is finalized');
  const consentId = done.itemProfiles.find((p) => p.itemId === onConsent).basis.records[0].id;
  return { m, lead, mother, father, onConsent, onLaw, consentId };
}

function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

appTest('R10 a consent withdrawn on a finalized meeting: whom to inform, marked done, a new extract without the item', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-withdraw-'));
  try {
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    const f = await prepareMeeting(d);
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, CASE);
    await waitForTestId(d, 'finalized-banner');
    await showSection(d, 'items');
    await waitForTestId(d, 'withdrawals');

    // Per consent a "Toestemming ingetrokken" action.
    const row = await rowById(d, 'withdrawal-consent-row', f.consentId);
    assert.match(await row.getText(), /Geldig/);
    await clickElement(d, await row.findElement(By.css('[data-testid="withdrawal-open"]')));
    await waitForTestId(d, 'withdrawal-submit');
    await screenshotsAt(d, SHOTS, 'withdrawal-form', { target: 'withdrawal-submit' });

    // A day before the meeting: refused at the date field, nothing changes.
    await type(d, 'withdrawal-withdrawnOn', '2026-11-20');
    await click(d, 'withdrawal-submit');
    const dateError = await waitForTestId(d, 'error-withdrawal-withdrawnOn');
    assert.match(await dateError.getText(), /vanaf de dag van het overleg tot en met vandaag/);

    // R8: the father may not withdraw the consent of an adult mother: refused with the reason.
    const today = new Date().toISOString().slice(0, 10);
    await type(d, 'withdrawal-withdrawnOn', today);
    const byOptions = await d.findElements(By.css('[data-testid="withdrawal-withdrawnBy"] option'));
    let fatherValue = null;
    for (const o of byOptions) if (/Johannes/.test(await o.getText())) fatherValue = await o.getAttribute('value');
    assert.ok(fatherValue !== null, 'the father is offered');
    await select(d, 'withdrawal-withdrawnBy', fatherValue);
    await click(d, 'withdrawal-submit');
    const byError = await waitForTestId(d, 'error-withdrawal-withdrawnBy');
    assert.match(await byError.getText(), /mag deze toestemming niet intrekken/);
    await screenshotsAt(d, SHOTS, 'withdrawal-refused', { target: 'error-withdrawal-withdrawnBy' });
    let flow = await invokeOk(d, 'get_meeting_flow', { id: f.m });
    assert.equal(flow.withdrawals.length, 0, 'nothing changed');

    // The mother herself, by phone: recorded.
    const selfValue = await (await d.findElement(By.css('[data-testid="withdrawal-withdrawnBy"] option'))).getAttribute('value');
    await select(d, 'withdrawal-withdrawnBy', selfValue);
    await select(d, 'withdrawal-method', 'verbal');
    await click(d, 'withdrawal-submit');

    // The task "Wie moet u informeren": name, organisation, the item.
    await waitForTestId(d, 'inform-tasks');
    const tasks = await textOf(d, 'inform-tasks');
    assert.match(tasks, /Wie moet u informeren/);
    assert.ok(tasks.includes(`${LEAD} (${LEAD_ORG})`), `name and organisation: ${tasks}`);
    assert.ok(tasks.includes(ON_CONSENT.slice(0, 40)), `the item: ${tasks}`);
    assert.ok(!tasks.includes(ON_LAW.slice(0, 40)), 'the item on a legal basis is not affected');
    await screenshotsAt(d, SHOTS, 'withdrawal-inform-task', { target: 'inform-tasks', block: 'start' });

    flow = await invokeOk(d, 'get_meeting_flow', { id: f.m });
    assert.equal(flow.withdrawals.length, 1);
    const w = flow.withdrawals[0];
    assert.equal(w.withdrawnOn, today);
    assert.equal(w.method, 'verbal');
    assert.deepEqual(w.withdrawnBy, { kind: 'subject' });
    assert.deepEqual(w.itemIds, [f.onConsent]);
    const taskId = w.tasks[0].id;
    assert.equal(w.tasks[0].recipientId, f.lead);

    // Marked done, with its date.
    const taskRow = await rowById(d, 'inform-task', taskId);
    await clickElement(d, await taskRow.findElement(By.css('[data-testid="inform-task-save"]')));
    await waitUntil(async () => /Gedaan op/.test(await textOf(d, 'inform-tasks')), { message: 'Gedaan op <datum>' });
    const [y, , da] = today.split('-');
    const doneText = await textOf(d, 'inform-task-done');
    assert.ok(doneText.includes(`${Number(da)} `) && doneText.includes(y), `the day it was done: ${doneText}`);
    await screenshotsAt(d, SHOTS, 'withdrawal-inform-done', { target: 'inform-tasks', block: 'start' });
    flow = await invokeOk(d, 'get_meeting_flow', { id: f.m });
    assert.equal(flow.withdrawals[0].tasks[0].doneOn, today);

    // A new extract for the regiehouder no longer holds the item.
    await showSection(d, 'finalize');
    await waitForTestId(d, 'documents');
    await click(d, 'documents-save-all');
    await waitUntil(async () => /opgeslagen/.test(await textOf(d, 'documents-saved')), { message: 'documents saved' });
    await ctx.quit(d);

    const files = (await fsp.readdir(exportDir)).sort();
    const extracts = files.filter((f) => f.includes('wijkteam-delft-zuid-en-omstreken'));
    assert.equal(extracts.length, 1, JSON.stringify(files));
    const extract = pdfText(path.join(exportDir, extracts[0]));
    assert.ok(extract.includes(ON_LAW.slice(0, 40)), 'R9: the item on a legal basis is still there');
    assert.ok(!extract.includes(ON_CONSENT.slice(0, 40)), 'R10: the item whose consent was withdrawn is not');
    for (const file of files) {
      assert.ok(!pdfText(path.join(exportDir, file)).includes(ON_CONSENT.slice(0, 40)), `R10: not in ${file}`);
    }
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

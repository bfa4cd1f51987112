// Bringing in expertise without data (issue 17 point 5; seed 002 "alleen jouw expertise
// ... in te brengen", R1/R5/R9/R13/R14) on the real binary. The chair adds an adviser
// who takes part with expertise only through the participant form; the domain decides
// what follows and the UI only shows it: the adviser is not offered as contributor, the
// action form offers no items for them, the release matrix never has a column for them
// (not even on request), the meeting finalizes without a release decision for them, the
// plan lists them as "alleen deskundigheid" and they get no extract. Then the big meeting
// with one of its 12 participants expertise-only: screenshots of the participants and the
// release matrix at 1366×768 and 1920×1080 (E2E_SHOTS_DIR, default /tmp/shots-expertise).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { By, Key } from 'selenium-webdriver';
import {
  allByTestId,
  appTest,
  click,
  screenshotsAt,
  select,
  selectByLabel,
  sel,
  textOf,
  type,
  useTauriDriver,
  waitForCount,
  waitForTestId,
  waitUntil,
} from './lib/app.mjs';
import { BIG_CASE, BIG_PEOPLE, buildBigMeeting } from './lib/big-meeting.mjs';
import {
  createStore,
  invokeOk,
  openMeeting,
  rowByText,
  setChecked,
  showSection,
  waitForMeetingList,
} from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-expertise';
const CASE = 'Gezin Deskundigheid';
const ADVISER = { name: 'Ada Adviseur', organisation: 'Expertisecentrum Passend Onderwijs' };
const ITEM_TEXT = 'Kind slaapt slecht sinds de verhuizing in de zomer';

/** The options of a <select> as their visible texts. */
async function optionTexts(d, id) {
  const el = await waitForTestId(d, id);
  return d.executeScript('return Array.from(arguments[0].options).map((o) => o.textContent);', el);
}

/** The names in the header of the release matrix. */
async function matrixColumns(d) {
  const heads = await d.findElements(By.css('[data-testid="release-matrix"] .release-recipient__name'));
  return Promise.all(heads.map((h) => h.getText()));
}

appTest('R1/R5/R9/R13 an adviser with expertise only: added in the UI, offered nothing, no release decision, in the plan', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-expertise-'));
  try {
    const d = await ctx.launch(['--idle-seconds=3600', `--export-dir=${exportDir}`]);
    await createStore(d);
    // The rest of the meeting through the app's own commands; the adviser through the UI.
    const m = (await invokeOk(d, 'create_meeting', {
      input: {
        caseLabel: CASE, date: '2026-11-24', purpose: 'Slaap en school afstemmen',
        criteria: 'Zorgen over de slaap en de schoolgang; huisarts en wijkteam zijn allebei betrokken.', familyPresent: true,
      },
    })).id;
    const person = async (name, organisation, role, organisationType) =>
      (await invokeOk(d, 'add_participant', {
        input: { meetingId: m, name, organisation, function: '', phone: '', email: '', role, organisationType, secrecy: true },
      })).id;
    const lead = await person('Anna Regie', 'Wijkteam Noord', 'caseLead', 'wijkteam');
    const gp = await person('Dokter Bos', 'Huisartsenpraktijk De Linde', 'contentRole', 'huisarts');
    for (const p of [lead, gp]) await invokeOk(d, 'record_pledge', { meetingId: m, participantId: p });
    const child = (await invokeOk(d, 'add_subject', {
      input: { meetingId: m, relation: 'youth', name: 'Kind', birthDate: '2014-05-01', present: true },
    })).subjects.at(-1).id;
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, CASE);

    // The participant form: the checkbox is offered for the roles the domain allows.
    await showSection(d, 'participants');
    await type(d, 'participant-name', ADVISER.name);
    await type(d, 'participant-organisation', ADVISER.organisation);
    await select(d, 'participant-role', 'caseLead');
    await waitUntil(async () => (await d.findElements(sel('participant-expertiseOnly'))).length === 0, {
      message: 'no expertise-only checkbox for the regiehouder (R1)',
    });
    await select(d, 'participant-role', 'expert');
    await setChecked(d, 'participant-expertiseOnly', true);
    await click(d, 'participant-submit');
    await waitForCount(d, 'participant-row', 3);
    const row = await rowByText(d, 'participant-row', ADVISER.name);
    assert.match(await row.el.getText(), /Alleen deskundigheid/, 'the table shows it in the role column');
    const adviser = row.id;
    let flow = await invokeOk(d, 'get_meeting_flow', { id: m });
    const view = flow.participants.find((p) => p.id === adviser);
    assert.deepEqual([view.expertiseOnly, view.mayBringIn, view.mayReceive], [true, false, false]);

    // R5: not offered as contributor.
    await showSection(d, 'items');
    const contributors = await optionTexts(d, 'item-contributor');
    assert.ok(contributors.some((t) => t.includes('Dokter Bos')), JSON.stringify(contributors));
    assert.ok(!contributors.some((t) => t.includes(ADVISER.name)), `R5: ${JSON.stringify(contributors)}`);

    // The GP's item with a basis (R7), relied on by the lead's action (IPC).
    const item = (await invokeOk(d, 'add_item', {
      input: { meetingId: m, contributorId: gp, text: ITEM_TEXT, source: 'own', kind: 'fact', category: 'general', subjectIds: [child] },
    })).id;
    await invokeOk(d, 'set_item_basis', {
      input: {
        meetingId: m, itemId: item, subjectIds: [child],
        basis: { kind: 'conflictOfDuties', answers: { legitimatePurpose: true, onlyWay: true, consentAskedOrImpossible: true, childInterestOutweighs: true }, motivation: 'De gezondheid van het kind gaat hier voor het beroepsgeheim.' },
      },
    });
    flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: lead, what: 'Slaapadvies met moeder bespreken', due: '2026-12-15', reliesOn: [item] } });
    const leadAction = flow.actions.at(-1).id;
    // The page loaded the meeting before these commands: open it again.
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, CASE);

    // R11: an action for the adviser relies on no item; the form offers none for them.
    await showSection(d, 'plan');
    await waitForCount(d, 'action-row', 1);
    await selectByLabel(d, 'action-who', ADVISER.name);
    await waitForTestId(d, 'action-no-items');
    assert.equal((await d.findElements(sel(`action-reliesOn-${item}`))).length, 0, 'no items offered for the adviser');
    await type(d, 'action-what', 'Geeft advies aan de regiehouder over passend onderwijs');
    await type(d, 'action-due', '2026-12-10');
    await click(d, 'action-submit');
    await waitForCount(d, 'action-row', 2);
    // Another participant: the items are offered again.
    await selectByLabel(d, 'action-who', 'Dokter Bos');
    await waitForTestId(d, `action-reliesOn-${item}`);

    // R9: no column for the adviser, not even when the chair shows every participant.
    await showSection(d, 'releases');
    await waitForTestId(d, 'release-matrix');
    let columns = await matrixColumns(d);
    assert.ok(columns.includes('Anna Regie') && !columns.includes(ADVISER.name), JSON.stringify(columns));
    if ((await d.findElements(sel('release-show-all'))).length > 0) {
      await setChecked(d, 'release-show-all', true);
      await waitUntil(async () => (await matrixColumns(d)).includes('Dokter Bos'), { message: 'every receiver shown' });
      columns = await matrixColumns(d);
      assert.ok(!columns.includes(ADVISER.name), `R9: never a column: ${JSON.stringify(columns)}`);
    }
    await invokeOk(d, 'decide_release', { input: { meetingId: m, itemId: item, recipientId: lead, choice: { kind: 'release', actionId: leadAction, motivation: '' } } });
    // R9 through the real IPC: refused, next to the recipient.
    const refused = await d.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       window.__TAURI_INTERNALS__.invoke('decide_release', { input: arguments[0] }).then(() => done('ok'), (e) => done(e));`,
      { meetingId: m, itemId: item, recipientId: adviser, choice: { kind: 'stays' } },
    );
    assert.equal(refused.field, 'recipientId', JSON.stringify(refused));

    // R2: the adviser also confirms confidentiality (they hear everything at the table).
    flow = await invokeOk(d, 'get_meeting_flow', { id: m });
    assert.ok(flow.checklist.some((p) => JSON.stringify(p).includes(adviser)), 'R2: the adviser still confirms');
    await invokeOk(d, 'record_pledge', { meetingId: m, participantId: adviser });
    flow = await invokeOk(d, 'get_meeting_flow', { id: m });
    assert.deepEqual(flow.checklist, [], 'R13: no release decision asked for the adviser');
    assert.ok(flow.releaseNeeds.filter((n) => n.recipientId === adviser).every((n) => n.need === 'expertiseOnly'));

    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, CASE);
    // R5: the wall says who takes part with expertise only.
    await click(d, 'presentation-toggle');
    await waitForTestId(d, 'presentation');
    const onWall = `${ADVISER.name}, ${ADVISER.organisation} (Adviseur of expert, alleen deskundigheid)`;
    await waitUntil(async () => (await textOf(d, 'presentation')).includes(onWall), { message: 'the wall names the adviser with expertise only' });
    await d.actions().keyDown(Key.ALT).sendKeys('p').keyUp(Key.ALT).perform();
    await waitUntil(async () => (await allByTestId(d, 'presentation')).length === 0, { message: 'back from the wall' });
    await showSection(d, 'finalize');
    await click(d, 'finalize-submit');
    await waitForTestId(d, 'finalized-banner');
    await waitForTestId(d, 'documents');
    await click(d, 'documents-save-all');
    await waitUntil(async () => /opgeslagen/.test(await textOf(d, 'documents-saved')), { message: 'documents saved' });
    await ctx.quit(d);

    const files = (await fsp.readdir(exportDir)).sort();
    const flat = (f) => execFileSync('pdftotext', ['-layout', path.join(exportDir, f), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const plan = flat(files.find((f) => f.includes('plan-van-aanpak')));
    assert.match(plan, /Ada Adviseur — Expertisecentrum Passend Onderwijs \(adviseur\/expert, alleen deskundigheid\)/);
    assert.match(plan, /Geeft advies aan de regiehouder over passend onderwijs/);
    // R14b: an extract for the lead only, none (not even an empty one) for the adviser.
    assert.ok(files.some((f) => f.includes('wijkteam-noord')), JSON.stringify(files));
    assert.ok(!files.some((f) => f.includes('expertisecentrum')), `no extract for the adviser: ${JSON.stringify(files)}`);
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
}, { timeout: 300_000 });

appTest('big meeting with one expertise-only participant: participants and release matrix, screenshots', async (ctx) => {
  const d = await ctx.launch(['--idle-seconds=3600']);
  await createStore(d);
  // Dirk-Jan (Schuldhulpmaatje, "overig") takes part with expertise only.
  const only = 10;
  await buildBigMeeting(d, { expertiseOnly: [only] });
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, BIG_CASE);
  const name = BIG_PEOPLE[only][0];

  await showSection(d, 'participants');
  await waitForCount(d, 'participant-row', 12);
  const row = await rowByText(d, 'participant-row', name);
  assert.match(await row.el.getText(), /Alleen deskundigheid/);
  assert.equal((await allByTestId(d, 'expertise-only-badge')).length, 1);
  await screenshotsAt(d, SHOTS, 'participants', { target: row.el });
  // The form with the checkbox and its hint (offered for an adviseur/expert).
  await select(d, 'participant-role', 'expert');
  await waitForTestId(d, 'participant-expertiseOnly');
  await screenshotsAt(d, SHOTS, 'participant-form', { target: 'participant-expertiseOnly' });

  await showSection(d, 'releases');
  await waitForTestId(d, 'release-matrix');
  await setChecked(d, 'release-show-all', true);
  await waitUntil(async () => (await matrixColumns(d)).length === 11, {
    message: async () => `11 receivers shown (is ${JSON.stringify(await matrixColumns(d))})`,
  });
  assert.ok(!(await matrixColumns(d)).includes(name), 'R9: never a column');
  await screenshotsAt(d, SHOTS, 'releases', { target: 'release-matrix', block: 'start' });
  // The right end of the matrix with every receiver shown: the last columns, without them.
  await d.executeScript('const w = document.querySelector(".release-grid-wrap"); w.scrollLeft = w.scrollWidth;');
  await screenshotsAt(d, SHOTS, 'releases-end', { target: 'release-matrix', block: 'start' });
  await ctx.quit(d);
}, { timeout: 400_000 });

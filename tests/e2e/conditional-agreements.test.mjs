// Conditional agreements (issue 17 point 4; seed 004 art. 1.4, the exchange model's
// `Actie.conditie`) on the real binary:
// - the chair adds an action with a condition in the plan form; a condition over 500
//   characters gets a Dutch error next to its field and adds nothing;
// - the plan table shows the condition, and so does the plan PDF after finalizing;
// - in the follow-up meeting the conditional action comes back with its condition, and the
//   chair can record "the condition did not occur" for it (not for an unconditional one):
//   the action is settled, and it stands again in the next follow-up.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { allByTestId, appTest, click, screenshotsAt, select, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { BIG_CASE, buildBigMeeting } from './lib/big-meeting.mjs';
import { assertFieldError, createStore, invokeOk, openMeeting, rowTexts, showSection, waitForMeetingList, addPerson } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-conditions';
const WHEN = 'Noah verzuimt weer een dag zonder bericht';

appTest('R11 a conditional agreement: entered in the plan form, printed in the plan, answered in the follow-up', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-conditions-'));
  try {
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    const m = (await invokeOk(d, 'create_meeting', {
      input: { caseLabel: 'Gezin Voorwaarde', date: '2026-11-24', purpose: 'Afstemmen hulp', criteria: 'Zorgen over het verzuim; school en wijkteam zijn allebei betrokken.', familyPresent: false, familyAbsenceReason: 'Moeder wil eerst zelf met de school praten en sluit daarna aan.' },
    })).id;
    const lead = await addPerson(d, m, 'Anna Regie', 'caseLead');
    const school = await addPerson(d, m, 'Meester Jan', 'contentRole');
    for (const who of [lead, school]) await invokeOk(d, 'record_pledge', { meetingId: m, participantId: who });
    await invokeOk(d, 'add_action', { input: { meetingId: m, who: lead, what: 'Gezinsplan opstellen', due: '2026-12-15', reliesOn: [] } });
    await invokeOk(d, 'add_notification', {
      input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } },
    });

    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, 'Gezin Voorwaarde');
    await showSection(d, 'plan');
    await waitForCount(d, 'action-row', 1);

    // Too long a condition: a Dutch error next to the field, and nothing is added.
    await select(d, 'action-who', school);
    await type(d, 'action-what', 'Leerplicht inschakelen');
    await type(d, 'action-condition', 'x'.repeat(501));
    await type(d, 'action-due', '15-12-2026');
    await click(d, 'action-submit');
    const msg = await assertFieldError(d, 'action', 'condition');
    assert.match(msg, /voorwaarde/i);
    assert.equal((await allByTestId(d, 'action-row')).length, 1, 'nothing was added');

    await type(d, 'action-condition', WHEN);
    await click(d, 'action-submit');
    await waitForCount(d, 'action-row', 2);
    const rows = await rowTexts(d, 'action-row');
    assert.match(rows[1], new RegExp(`Leerplicht inschakelen\\s*Voorwaarde: ${WHEN}`));
    assert.doesNotMatch(rows[0], /Voorwaarde/);

    // Finalize and read the plan back: the condition is under its action.
    await showSection(d, 'finalize');
    await click(d, 'finalize-submit');
    await waitForTestId(d, 'finalized-banner');
    await click(d, 'documents-save-all');
    await waitUntil(async () => /opgeslagen/.test(await textOf(d, 'documents-saved')), { message: 'the documents to be saved' });
    const plan = (await fsp.readdir(exportDir)).find((f) => /plan/i.test(f));
    assert.ok(plan, 'a plan PDF was saved');
    const text = execFileSync('pdftotext', [path.join(exportDir, plan), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(text, new RegExp(`Leerplicht inschakelen Voorwaarde: ${WHEN}`));

    // The follow-up: the conditional action comes back with its condition.
    await click(d, 'follow-up-open');
    await type(d, 'follow-up-date', '2027-01-12');
    await click(d, 'follow-up-submit');
    await waitUntil(async () => (await allByTestId(d, 'finalized-banner')).length === 0, {
      message: 'the follow-up meeting (a draft) to open',
    });
    await showSection(d, 'plan');
    await waitForCount(d, 'carried-row', 2);
    const carried = await rowTexts(d, 'carried-row');
    assert.doesNotMatch(carried[0], /Voorwaarde/);
    assert.match(carried[1], new RegExp(`Voorwaarde: ${WHEN}`));

    // "Did not occur" is offered only for the conditional action.
    const outcomes = async () => {
      const el = await waitForTestId(d, 'carried-outcome');
      return Promise.all((await el.findElements({ css: 'option' })).map((o) => o.getAttribute('value')));
    };
    assert.ok(!(await outcomes()).includes('conditionNotMet'), 'not for an action without a condition');
    await select(d, 'carried-outcome', 'done');
    await click(d, 'carried-save');
    const ids = (await invokeOk(d, 'list_meetings')).meetings.map((x) => x.id);
    const next = ids.find((x) => x !== m);
    const status = async (i) => (await invokeOk(d, 'get_meeting_flow', { id: next })).carriedActions[i].status.kind;
    await waitUntil(async () => (await status(0)) === 'done', { message: 'the first carried action is done' });
    const second = (await invokeOk(d, 'get_meeting_flow', { id: next })).carriedActions[1].id;
    await select(d, 'carried-which', second);
    await waitUntil(async () => (await outcomes()).includes('conditionNotMet'), { message: 'the condition answer to be offered' });
    await select(d, 'carried-outcome', 'conditionNotMet');
    assert.equal((await allByTestId(d, 'carried-note')).length, 0, 'no note asked for a condition that did not occur');
    await click(d, 'carried-save');
    await waitUntil(async () => (await status(1)) === 'conditionNotMet', { message: 'the second carried action: condition not met' });
    await waitUntil(async () => {
      const texts = [];
      for (const el of await allByTestId(d, 'carried-status')) texts.push(await el.getText());
      return /Voorwaarde deed zich niet voor/.test(texts[1] ?? '');
    }, { message: 'the table shows the answer' });
    await screenshotsAt(d, SHOTS, 'follow-up-conditions', { target: 'carried-actions' });

    // The agreement stands: finalize the follow-up, and the next one carries it again.
    // The follow-up took over the people the chair confirmed (by default everyone).
    const flow = await invokeOk(d, 'get_meeting_flow', { id: next });
    const nextLead = flow.participants.find((p) => p.role === 'caseLead')?.id
      ?? await addPerson(d, next, 'Anna Regie', 'caseLead');
    for (const p of (await invokeOk(d, 'get_meeting_flow', { id: next })).participants) {
      await invokeOk(d, 'record_pledge', { meetingId: next, participantId: p.id });
    }
    await invokeOk(d, 'add_notification', { input: { meetingId: next, subjectIds: [], informer: nextLead, method: 'conversation', timing: { kind: 'beforehand' } } });
    await invokeOk(d, 'finalize_meeting', { meetingId: next });
    const third = await invokeOk(d, 'create_follow_up', { input: { previousMeetingId: next, date: '2027-03-01', participantIds: [], subjectIds: [] } });
    const again = third.carriedActions;
    assert.deepEqual(again.map((c) => [c.what, c.condition, c.status.kind]), [['Leerplicht inschakelen', WHEN, 'unsettled']]);
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

appTest('R11 conditional agreements in a big meeting: plan table and form at 1366x768 and 1920x1080', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  await buildBigMeeting(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, BIG_CASE);
  await showSection(d, 'plan');
  await waitForCount(d, 'action-row', 6);
  const rows = await rowTexts(d, 'action-row');
  assert.equal(rows.filter((r) => /Voorwaarde: Anne-Marije blijft/.test(r)).length, 2, JSON.stringify(rows));
  await screenshotsAt(d, SHOTS, 'big-plan-conditions', { target: 'action-row', block: 'start' });
  await screenshotsAt(d, SHOTS, 'big-plan-form', { target: 'action-condition' });
});

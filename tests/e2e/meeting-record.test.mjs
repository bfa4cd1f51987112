// The time and the record of the meeting (seed 002 Feitenonderzoek 4, "We spreken af wat
// en hoe wordt opgenomen"), through the UI as a chair uses it:
// 1. the big meeting: the start time with "Nu", a bad end time and an end before the start
//    give the Dutch error next to the field, an account with a BSN shows the minimisation
//    warning, a written account that is not agreed is an open point of the checklist, the
//    time shows in the facts box under the meeting bar; screenshots at 1366×768 and 1920×1080;
// 2. a small meeting: times and account recorded and agreed in the UI, finalized in the UI,
//    the record read-only afterwards, the plan saved and read back with pdftotext: the date
//    with start–end time, the account and "akkoord".
// Pictures: E2E_SHOTS_DIR (default /tmp/shots-record).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  appTest, click, screenshotsAt, textOf, type, useTauriDriver, valueOf, waitForTestId, waitUntil,
} from './lib/app.mjs';
import { BIG_CASE, buildBigMeeting } from './lib/big-meeting.mjs';
import {
  assertFieldError, createStore, invokeOk, openMeeting, setChecked, showSection, waitForMeetingList,
} from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-record';
const ACCOUNT =
  'Alle deelnemers kwamen aan het woord. School en wijkteam vulden elkaar aan; de zorgen over de slaap ' +
  'van Anne-Marije zijn rustig besproken. Het overleg eindigde met een plan dat iedereen steunt.';

async function checklistText(d) {
  return waitUntil(async () => {
    const el = await d.findElements({ css: '[data-testid="checklist"]' });
    return el.length ? el[0].getText() : null;
  });
}

/** The recorded time as the facts box under the meeting bar shows it (closed or open). */
async function meetingTime(d) {
  return d.executeScript('return document.querySelector(\'[data-testid="meeting-time"]\')?.textContent ?? "";');
}

async function saved(d) {
  await waitUntil(async () => (await textOf(d, 'record-saved')).length > 0, { message: 'record saved' });
}

appTest('seed 002: start and end time and the account in the big meeting; Dutch errors next to the field; screenshots', async (ctx) => {
  const d = await ctx.launch(['--idle-seconds=3600']);
  await createStore(d);
  const m = await buildBigMeeting(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, BIG_CASE);
  await showSection(d, 'finalize');

  // Nothing recorded yet: a hint, not an open point.
  const hints = await textOf(d, await waitForTestId(d, 'record-hints'));
  assert.match(hints, /begintijd en de eindtijd/);
  assert.doesNotMatch(await checklistText(d), /verloop|begintijd/i);

  // "Nu" fills the start time with the clock time.
  await click(d, 'record-start-now');
  assert.match(await valueOf(d, 'record-startTime'), /^\d\d:\d\d$/);
  await type(d, 'record-startTime', '9.30');

  // A bad time: the Dutch error next to the field, nothing saved.
  await type(d, 'record-endTime', '25:00');
  await click(d, 'record-submit');
  const bad = await assertFieldError(d, 'record', 'endTime', 'record-endTime');
  assert.match(bad, /eindtijd/);
  assert.match(bad, /09:30/, 'the message shows how to write a time');
  await screenshotsAt(d, SHOTS, 'record-error', { target: 'record-endTime' });

  // The end before the start.
  await type(d, 'record-endTime', '09:00');
  await click(d, 'record-submit');
  const before = await assertFieldError(d, 'record', 'endTime', 'record-endTime');
  assert.match(before, /later .* begintijd/);

  // Agreed without an account: refused next to the checkbox.
  await type(d, 'record-endTime', '11:05');
  await setChecked(d, 'record-agreed', true);
  await click(d, 'record-submit');
  await assertFieldError(d, 'record', 'agreed', 'record-agreed');
  await setChecked(d, 'record-agreed', false);

  // An account with a BSN: the minimisation warning while typing (like items).
  await type(d, 'record-account', `${ACCOUNT} BSN van moeder: 111222333.`);
  const warning = await textOf(d, await waitForTestId(d, 'record-identifying'));
  assert.match(warning, /burgerservicenummer/);
  await type(d, 'record-account', ACCOUNT);
  await waitUntil(async () => (await d.findElements({ css: '[data-testid="record-identifying"]' })).length === 0, {
    message: 'the warning to go once the BSN is gone',
  });
  await click(d, 'record-submit');
  await saved(d);

  // Stored: the time in the meeting bar; the account not agreed yet is an open point.
  await waitUntil(async () => /09:30–11:05 uur/.test(await meetingTime(d)), { message: 'time in the facts box' });
  // The form shows the times as stored (9.30 → 09:30).
  assert.equal(await valueOf(d, 'record-startTime'), '09:30');
  await waitUntil(async () => /nog niet akkoord/.test(await checklistText(d)), { message: 'open point account_not_agreed' });
  const flow = await invokeOk(d, 'get_meeting_flow', { id: m });
  assert.deepEqual(
    [flow.minutes.startTime, flow.minutes.endTime, flow.minutes.account, flow.minutes.agreed],
    ['09:30', '11:05', ACCOUNT, false],
  );
  assert.ok(flow.checklist.some((p) => p.code === 'account_not_agreed'), JSON.stringify(flow.checklist.map((p) => p.code)));

  await setChecked(d, 'record-agreed', true);
  await click(d, 'record-submit');
  await saved(d);
  await waitUntil(async () => !/nog niet akkoord/.test(await checklistText(d)), { message: 'point gone once agreed' });

  await d.executeScript('window.scrollTo({ top: 0, behavior: "instant" })');
  await screenshotsAt(d, SHOTS, 'record-form', { target: 'record-startTime', block: 'center' });
  await click(d, 'meeting-facts');
  await screenshotsAt(d, SHOTS, 'record-facts', { target: 'meeting-facts', block: 'start' });
});

appTest('seed 002: record and agree in the UI, finalize, read-only afterwards, and the plan PDF carries it', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-record-'));
  try {
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    const m = (await invokeOk(d, 'create_meeting', {
      input: {
        caseLabel: 'Gezin Verloop', date: '2026-11-24', purpose: 'Afstemmen van de hulp',
        criteria: 'Zorgen over school en thuis; drie organisaties zijn betrokken.', familyPresent: true,
      },
    })).id;
    const lead = (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name: 'Anna Regie', organisation: 'Wijkteam Noord', function: '', phone: '', email: '', role: 'caseLead', organisationType: 'wijkteam', secrecy: true },
    })).id;
    await invokeOk(d, 'record_pledge', { meetingId: m, participantId: lead });
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, 'Gezin Verloop');
    await showSection(d, 'finalize');

    await type(d, 'record-startTime', '9:30');
    await type(d, 'record-endTime', '11.05');
    await type(d, 'record-account', ACCOUNT);
    await setChecked(d, 'record-agreed', true);
    await click(d, 'record-submit');
    await saved(d);
    // The form shows what was stored, in the app's notation.
    await waitUntil(async () => /09:30–11:05 uur/.test(await meetingTime(d)), { message: 'time in the facts box' });

    await click(d, 'finalize-submit');
    await waitForTestId(d, 'finalized-banner');
    // R13: read-only afterwards, and the IPC refuses a change.
    const view = await textOf(d, await waitForTestId(d, 'record-view'));
    assert.match(view, /09:30–11:05 uur/);
    assert.match(view, /Alle deelnemers kwamen aan het woord/);
    assert.match(view, /akkoord gegaan met dit verslag/);
    assert.equal((await d.findElements({ css: '[data-testid="record-submit"]' })).length, 0);
    const refused = await d.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       window.__TAURI_INTERNALS__.invoke('set_meeting_record', { meetingId: arguments[0], startTime: '08:00', endTime: '09:00', account: 'Anders', agreed: true })
         .then(() => done('ok'), (e) => done(e.code));`,
      m,
    );
    assert.equal(refused, 'meeting_finalized');
    await screenshotsAt(d, SHOTS, 'record-finalized', { target: 'record-view', block: 'center' });

    await waitForTestId(d, 'document-row');
    await click(d, 'documents-save-all');
    await waitUntil(async () => /opgeslagen/.test(await textOf(d, 'documents-saved')), { message: 'documents saved' });
    await ctx.quit(d);

    const files = await fsp.readdir(exportDir);
    const planFile = files.find((f) => f.includes('plan-van-aanpak'));
    assert.ok(planFile, JSON.stringify(files));
    const plan = execFileSync('pdftotext', [path.join(exportDir, planFile), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(plan, /Datum: 24-11-2026, 09:30–11:05 uur/);
    assert.match(plan, /Verloop van het overleg/);
    assert.ok(plan.includes(ACCOUNT), plan);
    assert.match(plan, /Het overleg is akkoord gegaan met dit verslag van het verloop\./);
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

// The family's language (issue 17 point 7; seed 004 art. 1.2 on cultural background) on the
// real binary:
// - in the Gezin section the chair sets a parent's letter language to English and marks that
//   an interpreter for Arabic is needed; the notification agreement then shows it;
// - after finalizing, the parent's letter is in English from title to footer, the young
//   person's letter stays Dutch, and the plan names the language and the interpreter.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { By, Key } from 'selenium-webdriver';
import { appTest, click, clickElement, screenshotsAt, textOf, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { BIG_CASE, buildBigMeeting } from './lib/big-meeting.mjs';
import { createStore, invokeOk, openMeeting, rowByText, rowTexts, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-language';
const pdfText = (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Chooses `value` in the letter-language select of the family member row holding `name`. */
async function chooseLetterLanguage(d, name, value) {
  const row = await rowByText(d, 'subject-row', name);
  const sel = await row.el.findElement(By.css('[data-testid="subject-letter-language"]'));
  await clickElement(d, sel);
  await d.executeScript(
    'const s = arguments[0]; s.value = arguments[1]; s.dispatchEvent(new Event("change", { bubbles: true }));',
    sel,
    value,
  );
}

appTest('a parent who reads English and needs an Arabic interpreter: set in the Gezin table, shown with the notification agreement, her letter in English', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-language-'));
  try {
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    const m = (await invokeOk(d, 'create_meeting', {
      input: { caseLabel: 'Gezin Taal', date: '2026-11-24', purpose: 'Afstemmen hulp', criteria: 'Zorgen over het verzuim; school en wijkteam zijn allebei betrokken.', familyPresent: false, familyAbsenceReason: 'Moeder kon niet komen door haar werk.' },
    })).id;
    const lead = (await invokeOk(d, 'add_participant', { input: { meetingId: m, name: 'Anna Regie', organisation: 'Wijkteam Zuid', function: 'Gezinscoach', phone: '020-1234567', email: '', role: 'caseLead', organisationType: 'wijkteam', secrecy: true } })).id;
    await invokeOk(d, 'record_pledge', { meetingId: m, participantId: lead });
    await invokeOk(d, 'add_subject', { input: { meetingId: m, relation: 'youth', name: 'Yusuf El Idrissi', birthDate: '2010-03-01', present: false } });
    await invokeOk(d, 'add_subject', { input: { meetingId: m, relation: 'parent', name: 'Samira El Idrissi', birthDate: '1984-05-05', present: false, parentalAuthority: true } });
    await invokeOk(d, 'add_notification', { input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } } });

    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, 'Gezin Taal');
    await showSection(d, 'family');
    await waitForCount(d, 'notification-row', 1);
    // Dutch without an interpreter: nothing to mention with the agreement.
    assert.equal((await d.findElements(By.css('[data-testid="notification-language"]'))).length, 0);
    await showSection(d, 'subjects');

    // The chair sets Samira's letter to English and asks for an interpreter in Arabic.
    await chooseLetterLanguage(d, 'Samira El Idrissi', 'en');
    await waitUntil(async () => (await invokeOk(d, 'get_meeting_flow', { id: m })).subjects[1].letterLanguage === 'en', { message: 'the letter language to be saved' });
    const row = await rowByText(d, 'subject-row', 'Samira El Idrissi');
    await clickElement(d, await row.el.findElement(By.css('[data-testid="subject-interpreter-toggle"]')));
    const spoken = await waitUntil(async () => (await row.el.findElements(By.css('[data-testid="subject-spoken-language"]')))[0], { message: 'the interpreter language field' });
    await clickElement(d, spoken);
    await spoken.sendKeys('Arabisch', Key.TAB);
    await waitUntil(async () => (await invokeOk(d, 'get_meeting_flow', { id: m })).subjects[1].spokenLanguage === 'Arabisch', { message: 'the interpreter language to be saved' });
    assert.match((await rowTexts(d, 'subject-row'))[1], /Engels/);
    await screenshotsAt(d, SHOTS, 'language-subjects-small', { target: 'subject-row' });
    // The agreement names it, for Samira only.
    await showSection(d, 'family');
    await waitUntil(async () => /Samira El Idrissi[^:]*: brief in het Engels, tolk nodig \(Arabisch\)$/.test(await textOf(d, 'notification-language')), {
      message: 'the notification agreement to show the language and the interpreter',
    });
    assert.equal((await d.findElements(By.css('[data-testid="notification-language"]'))).length, 1);
    await screenshotsAt(d, SHOTS, 'language-family-small', { target: 'notification-row' });

    await showSection(d, 'finalize');
    await click(d, 'finalize-submit');
    await waitForTestId(d, 'finalized-banner');
    // The documents list says which letter is in English.
    await waitUntil(async () => (await rowTexts(d, 'document-row')).some((t) => t.includes('Brief aan Samira El Idrissi (in het Engels)')), {
      message: 'the documents list to name the English letter',
    });
    assert.ok((await rowTexts(d, 'document-row')).some((t) => /Brief aan Yusuf El Idrissi(?! \(in)/.test(t)));
    await screenshotsAt(d, SHOTS, 'language-documents-small', { target: 'document-row' });
    await click(d, 'documents-save-all');
    await waitUntil(async () => /opgeslagen/.test(await textOf(d, 'documents-saved')), { message: 'the documents to be saved' });
    const files = await fsp.readdir(exportDir);
    assert.ok(files.every((f) => !/Samira|Yusuf|Idrissi/i.test(f)), `no name in a file name: ${files}`);
    const plan = pdfText(path.join(exportDir, files.find((f) => /plan-van-aanpak/.test(f))));
    assert.match(plan, /Samira El Idrissi \(ouder\): brief in het Engels, tolk nodig \(Arabisch\)\./);
    assert.doesNotMatch(plan, /Yusuf El Idrissi \(jeugdige\): brief/, 'Dutch without an interpreter is not mentioned');

    const letters = files.filter((f) => /brief-gezin/.test(f)).map((f) => pdfText(path.join(exportDir, f)));
    assert.equal(letters.length, 2);
    const samira = letters.find((t) => /Dear Samira El Idrissi,/.test(t));
    const yusuf = letters.find((t) => /Beste Yusuf El Idrissi,/.test(t));
    assert.ok(samira && yusuf, `one English and one Dutch letter: ${letters.map((t) => t.slice(0, 200))}`);
    for (const s of ['Letter about the case conference', 'Date: ', 'On 24 November 2026', 'Your contact person is Anna Regie of Wijkteam Zuid.', 'Your rights', 'Kind regards,', 'Confidential', 'page 1 of']) {
      assert.ok(samira.includes(s), `${s} in the English letter: ${samira}`);
    }
    for (const s of ['Beste', 'Uw rechten', 'Met vriendelijke groet', 'Vertrouwelijk', 'pagina']) {
      assert.ok(!samira.includes(s), `no Dutch '${s}' in the English letter`);
    }
    for (const s of ['Brief over het casusoverleg', 'Op 24-11-2026', 'Uw rechten', 'Met vriendelijke groet', 'Vertrouwelijk']) {
      assert.ok(yusuf.includes(s), `${s} in the Dutch letter`);
    }
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

appTest('the family\'s language in a big meeting at 1366x768 and 1920x1080', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const m = await buildBigMeeting(d);
  const flow = await invokeOk(d, 'get_meeting_flow', { id: m });
  const [youth, parent] = flow.subjects.map((s) => s.id);
  await invokeOk(d, 'set_subject_language', { input: { meetingId: m, subjectId: parent, letterLanguage: 'en', interpreterNeeded: true, spokenLanguage: 'Tigrinya' } });
  await invokeOk(d, 'set_subject_language', { input: { meetingId: m, subjectId: youth, letterLanguage: 'nl', interpreterNeeded: true, spokenLanguage: '' } });
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, BIG_CASE);
  await showSection(d, 'subjects');
  await waitForTestId(d, 'subject-letter-language');
  await screenshotsAt(d, SHOTS, 'big-language-subjects', { target: 'subject-row', block: 'start' });
  await showSection(d, 'family');
  await waitForCount(d, 'notification-language', 2);
  const notes = (await Promise.all((await d.findElements(By.css('[data-testid="notification-language"]'))).map((e) => e.getText())));
  assert.match(notes.join('\n'), /Anne-Marije van der Heijden-Schoonhoven[^:\n]*: brief in het Nederlands, tolk nodig$/m);
  assert.match(notes.join('\n'), /Wilhelmina Adriana van der Heijden-Schoonhoven[^:\n]*: brief in het Engels, tolk nodig \(Tigrinya\)$/m);
  await screenshotsAt(d, SHOTS, 'big-language-notification', { target: 'notification-row' });
});

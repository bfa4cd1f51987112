// The family's and the child's own voice (issue 17 point 1; seed 002 "Wij nodigen het gezin
// uit om te zeggen wat ze vinden", seed 001 position 2 on objections) on the real binary:
// - the chair records a family member's view, wish or objection in the Gezin section, with
//   how it reached the table; "said at the table" for someone who was not there gets a
//   Dutch error next to that field and records nothing;
// - an objection without the meeting's answer is an open point of the checklist; once
//   answered the meeting finalizes;
// - the plan PDF prints what was said with the answer; the objecting young person's letter
//   holds their own words and the answer, the parent's letter does not.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { allByTestId, appTest, click, screenshotsAt, select, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { BIG_CASE, buildBigMeeting } from './lib/big-meeting.mjs';
import { assertFieldError, createStore, invokeOk, openMeeting, rowTexts, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-voices';
const OBJECTION = 'Ik wil niet dat mijn voetbaltrainer iets hoort over thuis';
const ANSWER = 'De trainer zit niet aan tafel en krijgt niets mee uit dit overleg';
const WISH = 'Moeder wil dat de hulp na schooltijd plaatsvindt';

const pdfText = (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

appTest('a family member\'s objection: recorded in the UI, blocks finalizing until answered, printed in the plan and only in their own letter', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-voices-'));
  try {
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    const m = (await invokeOk(d, 'create_meeting', {
      input: { caseLabel: 'Gezin Stem', date: '2026-11-24', purpose: 'Afstemmen hulp', criteria: 'Zorgen over het verzuim; school en wijkteam zijn allebei betrokken.', familyPresent: false, familyAbsenceReason: 'Sem wilde liever niet bij het overleg zijn.' },
    })).id;
    const lead = (await invokeOk(d, 'add_participant', { input: { meetingId: m, name: 'Anna Regie', organisation: 'Wijkteam Zuid', function: 'Gezinscoach', phone: '020-1234567', email: '', role: 'caseLead', organisationType: 'wijkteam', secrecy: true } })).id;
    await invokeOk(d, 'record_pledge', { meetingId: m, participantId: lead });
    await invokeOk(d, 'add_subject', { input: { meetingId: m, relation: 'youth', name: 'Sem Pieters', birthDate: '2011-03-01', present: false } });
    await invokeOk(d, 'add_subject', { input: { meetingId: m, relation: 'parent', name: 'Marja Pieters', birthDate: '1985-05-05', present: true, parentalAuthority: true } });
    await invokeOk(d, 'add_notification', { input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } } });
    const flow = await invokeOk(d, 'get_meeting_flow', { id: m });
    const [sem, marja] = flow.subjects.map((s) => s.id);

    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, 'Gezin Stem');
    await showSection(d, 'subjects');
    await waitForTestId(d, 'voice-text');

    // Sem was not at the table: "said it there" is refused next to the field, nothing stored.
    await select(d, 'voice-subject', sem);
    await select(d, 'voice-kind', 'objection');
    await select(d, 'voice-channel', 'inPerson');
    await type(d, 'voice-text', OBJECTION);
    await click(d, 'voice-submit');
    const msg = await assertFieldError(d, 'voice', 'voiceChannel', 'voice-channel');
    assert.match(msg, /niet bij het overleg/);
    assert.equal((await allByTestId(d, 'voice-row')).length, 0);

    await select(d, 'voice-channel', 'byCaseLead');
    await click(d, 'voice-submit');
    await waitForCount(d, 'voice-row', 1);
    // The mother was there: her wish, said at the table.
    await select(d, 'voice-subject', marja);
    await select(d, 'voice-kind', 'wish');
    await select(d, 'voice-channel', 'inPerson');
    await type(d, 'voice-text', WISH);
    await click(d, 'voice-submit');
    await waitForCount(d, 'voice-row', 2);
    const rows = await rowTexts(d, 'voice-row');
    assert.match(rows[0], /Sem Pieters[\s\S]*Bezwaar · Ingebracht door de regiehouder/);
    assert.match(rows[0], /Nog geen antwoord/);
    assert.match(rows[1], /Wens · Zelf gezegd in het overleg/);

    // The unanswered objection is an open point of the checklist, in the Gezin section.
    const open = async () => (await invokeOk(d, 'get_meeting_flow', { id: m })).checklist;
    assert.deepEqual((await open()).map((p) => [p.code, p.section]), [['objection_unanswered', 'subjects']]);
    await showSection(d, 'finalize');
    await waitUntil(async () => /Sem Pieters maakte bezwaar/.test(await textOf(d, 'checklist')), {
      message: 'the checklist names the unanswered objection',
    });

    // The answer, in the UI.
    await showSection(d, 'subjects');
    await select(d, 'voice-which', (await invokeOk(d, 'get_meeting_flow', { id: m })).voices[0].id);
    await type(d, 'voice-answer-edit', ANSWER);
    await click(d, 'voice-answer-save');
    await waitUntil(async () => (await open()).length === 0, { message: 'the checklist to be empty once answered' });
    await waitUntil(async () => (await rowTexts(d, 'voice-row'))[0].includes(ANSWER), { message: 'the answer in the table' });
    await screenshotsAt(d, SHOTS, 'voices-small', { target: 'voices' });

    await showSection(d, 'finalize');
    await click(d, 'finalize-submit');
    await waitForTestId(d, 'finalized-banner');
    await click(d, 'documents-save-all');
    await waitUntil(async () => /opgeslagen/.test(await textOf(d, 'documents-saved')), { message: 'the documents to be saved' });
    const files = await fsp.readdir(exportDir);
    const plan = pdfText(path.join(exportDir, files.find((f) => /plan-van-aanpak/.test(f))));
    assert.match(plan, /Wat het gezin vindt/);
    assert.match(plan, new RegExp(`Bezwaar van Sem Pieters \\(jeugdige\\) \\(ingebracht door de regiehouder\\) ${OBJECTION} Antwoord van het overleg: ${ANSWER}`));
    assert.match(plan, new RegExp(`Wens van Marja Pieters \\(ouder\\) \\(zelf gezegd in het overleg\\) ${WISH}`));
    const letters = files.filter((f) => /brief-gezin/.test(f)).map((f) => pdfText(path.join(exportDir, f)));
    const semLetter = letters.find((t) => /Beste Sem Pieters/.test(t));
    assert.ok(semLetter, `a letter to Sem (letters: ${letters.length})`);
    assert.match(semLetter, new RegExp(`Uw bezwaar: ${OBJECTION}. Het antwoord van het overleg: ${ANSWER}.`));
    assert.doesNotMatch(semLetter, new RegExp(WISH), 'Sem\'s letter holds only Sem\'s own words');
    for (const other of letters.filter((t) => t !== semLetter)) {
      assert.doesNotMatch(other, new RegExp(OBJECTION), 'nobody else\'s letter holds Sem\'s objection');
    }
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

appTest('what the family says, in a big meeting at 1366x768 and 1920x1080', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const m = await buildBigMeeting(d);
  const flow = await invokeOk(d, 'get_meeting_flow', { id: m });
  const [youth, parent] = flow.subjects.map((s) => s.id);
  await invokeOk(d, 'add_voice', { input: { meetingId: m, voiceSubject: youth, voiceKind: 'objection', voiceChannel: 'inPerson', voiceText: 'Anne-Marije wil niet dat haar mentor op school hoort dat er thuis ruzie is over geld', voiceAnswer: 'De mentor krijgt alleen te horen dat Anne-Marije extra steun krijgt bij het plannen van huiswerk' } });
  await invokeOk(d, 'add_voice', { input: { meetingId: m, voiceSubject: parent, voiceKind: 'wish', voiceChannel: 'inWriting', voiceText: 'Wilhelmina Adriana wil graag één vast aanspreekpunt in plaats van vijf verschillende hulpverleners', voiceAnswer: '' } });
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, BIG_CASE);
  await showSection(d, 'subjects');
  await waitForCount(d, 'voice-row', 2);
  await screenshotsAt(d, SHOTS, 'big-voices', { target: 'voices', block: 'start' });
  await screenshotsAt(d, SHOTS, 'big-voices-form', { target: 'voice-text' });
});

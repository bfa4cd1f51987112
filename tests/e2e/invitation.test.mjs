// Preparing the meeting on paper (issue 17 point 8; seed 002 "Het overleg is
// vertrouwelijk", seed 004 art. 6.1) on the real binary, with the big meeting:
// - in the participants section the chair saves every invitation into a folder, one
//   invitation for one participant, and the attendance sheet;
// - each invitation holds the date, the purpose and the confidentiality statement, and no
//   family member's name or birth date; the sheet lists every participant to sign;
// - saving is audited without a name or a path;
// - screenshots of the section at 1366x768 and 1920x1080.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appTest, click, screenshotsAt, select, textOf, useTauriDriver, waitForTestId, waitUntil } from './lib/app.mjs';
import { BIG_CASE, BIG_PEOPLE, buildBigMeeting } from './lib/big-meeting.mjs';
import { createStore, invokeOk, openMeeting, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-invitation';
const YOUTH = 'Anne-Marije van der Heijden-Schoonhoven';

function pdfText(file) {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

appTest('issue 17 point 8: invitations and the attendance sheet, saved from the participants section and read back', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-invitation-'));
  try {
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    const m = await buildBigMeeting(d);
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, BIG_CASE);
    await showSection(d, 'participants');
    await waitForTestId(d, 'preparation');
    const logOf = () => invokeOk(d, 'audit_log', { input: { meetingId: m, from: '', to: '' } });
    const before = (await logOf()).total;

    await click(d, 'invitations-save-all');
    await waitUntil(async () => /12 documenten opgeslagen/.test(await textOf(d, 'preparation-saved')), { message: 'twelve invitations saved' });
    const files = (await fsp.readdir(exportDir)).sort();
    const invitations = files.filter((f) => /uitnodiging-\d\d-/.test(f));
    assert.equal(invitations.length, 12, JSON.stringify(files));
    // No person's name in a file name: the organisation only.
    for (const [name] of BIG_PEOPLE) {
      assert.ok(!files.some((f) => f.toLowerCase().includes(name.split(' ')[0].toLowerCase())), `${name} in a file name`);
    }
    const school = pdfText(path.join(exportDir, invitations[3]));
    for (const s of [
      'Uitnodiging casusoverleg',
      `Beste ${BIG_PEOPLE[3][0]},`,
      'U bent uitgenodigd voor een casusoverleg op 24-11-2026.',
      'Hulp afstemmen rond school, thuis en de schulden van het gezin',
      'Geheimhoudingsverklaring',
      'Wat in het overleg wordt besproken, blijft in het overleg.',
    ]) {
      assert.ok(school.includes(s), `"${s}" in ${school}`);
    }
    assert.ok(!school.includes(YOUTH) && !school.includes('2013'), `no family member in an invitation: ${school}`);

    // One participant's invitation.
    const flow = await invokeOk(d, 'get_meeting_flow', { id: m });
    await select(d, 'invitation-who', flow.participants[4].id);
    await click(d, 'invitation-save');
    await waitUntil(async () => /1 document opgeslagen/.test(await textOf(d, 'preparation-saved')), { message: 'one invitation saved' });

    // The attendance sheet.
    await click(d, 'attendance-sheet-save');
    await waitUntil(async () => (await fsp.readdir(exportDir)).some((f) => f.endsWith('presentielijst.pdf')), { message: 'the attendance sheet saved' });
    const sheetFile = (await fsp.readdir(exportDir)).find((f) => f.endsWith('presentielijst.pdf'));
    const sheet = pdfText(path.join(exportDir, sheetFile));
    assert.ok(sheet.includes('Presentielijst casusoverleg') && sheet.includes('Geheimhoudingsverklaring'), sheet);
    for (const [name] of BIG_PEOPLE) assert.ok(sheet.includes(name), `${name} on the sheet`);
    assert.ok(!sheet.includes(YOUTH), 'no family member on the sheet');

    // R18: three saves audited, without a name, path or file name.
    const log = await logOf();
    const text = JSON.stringify(log);
    assert.ok(!text.includes(exportDir) && !text.includes('uitnodiging'), 'no path or file name in the log');
    assert.equal(log.lines.filter((l) => /Uitnodiging of presentielijst opgeslagen/.test(JSON.stringify(l))).length, 3, 'each save is audited');
    assert.ok(log.total >= before + 3);

    await screenshotsAt(d, SHOTS, 'participants-preparation', { target: 'preparation', block: 'start' });
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

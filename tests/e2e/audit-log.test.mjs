// NEN 7513 × R18 on the real binary: the privacy officer's log screen (Rapportages →
// Logboek). What was done and viewed, newest first, by meeting and period, in Dutch;
// never the data itself. A reversed period is refused next to the field and shows nothing
// new; looking at the log is itself logged.

import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { allByTestId, appTest, click, select, textOf, type, useTauriDriver, waitForTestId, waitUntil } from './lib/app.mjs';
import { assertFieldError, createStore, invokeOk, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = '/tmp/shots-main';
const CASE = 'Gezin Van Oudshoorn-El Idrissi';

async function shoot(d, name, testId) {
  await fs.mkdir(SHOTS, { recursive: true });
  for (const [w, h] of [[1366, 768], [1920, 1080]]) {
    await d.manage().window().setRect({ width: w, height: h });
    await new Promise((r) => setTimeout(r, 400));
    await d.executeScript('arguments[0].scrollIntoView({block: "start"})', await waitForTestId(d, testId));
    await new Promise((r) => setTimeout(r, 200));
    await fs.writeFile(`${SHOTS}/${name}-${w}x${h}.png`, await d.takeScreenshot(), 'base64');
  }
}

const rows = async (d) =>
  Promise.all((await allByTestId(d, 'audit-log-row')).map((r) => textOf(d, r)));

appTest('R18 the log screen lists what happened by meeting and period, newest first, and logs its own use', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: CASE, date: '2026-11-24', purpose: 'Afstemmen van de hulp rond school en thuis' },
  })).id;
  await invokeOk(d, 'add_participant', {
    input: { meetingId: m, name: 'Wilhelmina van Oldenbarnevelt-Tjoa', organisation: 'Centrum voor Jeugd en Gezin Rotterdam-Zuid', function: '', phone: '', email: '', role: 'caseLead', organisationType: 'wijkteam', secrecy: true },
  });
  await invokeOk(d, 'create_meeting', { input: { caseLabel: 'Gezin Anders', date: '2026-11-25', purpose: 'Ander overleg' } });
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await click(d, 'open-reports');

  // Bad input: the last day before the first → Dutch error at "Laatste dag", no table.
  await type(d, 'audit-log-from', '2026-11-30');
  await type(d, 'audit-log-to', '2026-11-01');
  await click(d, 'audit-log-show');
  const msg = await assertFieldError(d, 'auditLog', 'to', 'audit-log-to');
  assert.match(msg, /periode/i);
  assert.equal((await allByTestId(d, 'audit-log-table')).length, 0);

  // One meeting, open period: its entries, newest first, in Dutch, with the case label.
  await type(d, 'audit-log-from', '');
  await type(d, 'audit-log-to', '');
  await select(d, 'audit-log-meeting', m);
  await click(d, 'audit-log-show');
  await waitForTestId(d, 'audit-log-table');
  const lines = await rows(d);
  assert.ok(lines.length >= 2, JSON.stringify(lines));
  assert.match(lines.at(-1), /Overleg aangemaakt/);
  assert.ok(lines.some((l) => /Deelnemer toegevoegd/.test(l)), JSON.stringify(lines));
  assert.ok(lines.every((l) => l.includes(CASE)), JSON.stringify(lines));
  assert.ok(lines.every((l) => !l.includes('Gezin Anders')));
  const numbers = lines.map((l) => Number(l.split(/\s/)[0]));
  assert.deepEqual([...numbers].sort((a, b) => b - a), numbers, 'newest first');
  assert.match(await textOf(d, await waitForTestId(d, 'audit-log-count')), /regels?\./);
  // Never the data: no participant name or purpose in the log lines.
  assert.ok(lines.every((l) => !l.includes('Oldenbarnevelt') && !l.includes('Afstemmen')));
  await shoot(d, 'audit-log-meeting', 'audit-log-table');

  // All meetings: the look at the log itself is in it now.
  await select(d, 'audit-log-meeting', '');
  await click(d, 'audit-log-show');
  await waitUntil(async () => (await rows(d)).some((l) => /Logboek bekeken/.test(l)), { message: 'the log view logged' });
  await shoot(d, 'audit-log-all', 'audit-log-table');
  await ctx.quit(d);
});

// Foundation slice: store creation/unlock, meetings, participants, items, validation,
// and encryption at rest — driven through the real app (tauri-driver + WebKitWebDriver).

import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  allByTestId,
  appTest,
  click,
  listFiles,
  tauriDriverHome,
  textOf,
  type,
  useTauriDriver,
  waitForCount,
  waitForTestId,
  waitUntil,
} from './lib/app.mjs';
import {
  PASSPHRASE,
  addItem,
  addParticipant,
  assertFieldError,
  backToList,
  createMeeting,
  createStore,
  fillMeetingForm,
  firstScreen,
  openMeeting,
  rowTexts,
  showSection,
  unlock,
  waitForMeetingList,
} from './lib/flows.mjs';

useTauriDriver();

const CASE_LABEL = 'Gezin Zoë ’t Hart 👨‍👩‍👧';
const MEETING = { caseLabel: CASE_LABEL, date: '2026-11-24', purpose: 'Afstemmen van de hulp rond de kinderen' };
const ANNA = { name: 'Anna de Vries', organisation: 'Jeugdteam Noord', function: 'Casusregisseur', role: 'caseLead' };
const BRAM = {
  name: 'Bram Özdemir',
  organisation: 'Veilig Thuis',
  email: 'bram@example.org',
  role: 'expert',
};

const marker = (tag) => `${tag}-${randomUUID().slice(0, 8)}`;

appTest('first start creates the store, data persists across restart', async (ctx) => {
  const itemMarker = marker('ITEMMARK');
  let d = await ctx.launch();

  await createStore(d);
  assert.equal((await allByTestId(d, 'meeting-row')).length, 0, 'a fresh store has no meetings');

  await createMeeting(d, MEETING);
  await addParticipant(d, ANNA);
  await addParticipant(d, BRAM);
  await showSection(d, 'participants');
  const names = await rowTexts(d, 'participant-row');
  assert.ok(names[0].includes(ANNA.name) || names[1].includes(ANNA.name), `rows: ${JSON.stringify(names)}`);
  assert.ok(names.some((t) => t.includes(BRAM.name)), `rows: ${JSON.stringify(names)}`);

  await addItem(d, { contributorName: ANNA.name, text: `Zoë gaat weer naar school. ${itemMarker}`, kind: 'fact', category: 'general' });
  await showSection(d, 'items');
  const items = await rowTexts(d, 'item-row');
  assert.equal(items.length, 1);
  assert.ok(items[0].includes(itemMarker), `item row: ${JSON.stringify(items[0])}`);

  await ctx.quit(d); // asserts that no app process survives

  d = await ctx.launch();
  assert.equal(await firstScreen(d), 'unlock', 'an existing store must show the unlock screen');
  await unlock(d);
  await waitForMeetingList(d);
  const rows = await waitForCount(d, 'meeting-row', 1);
  assert.ok((await rows[0].getText()).includes(CASE_LABEL), `meeting row: ${JSON.stringify(await rows[0].getText())}`);

  await openMeeting(d, CASE_LABEL);
  assert.ok((await textOf(d, 'meeting-title')).includes(CASE_LABEL));
  await showSection(d, 'participants');
  const pRows = await waitForCount(d, 'participant-row', 2);
  const pTexts = await Promise.all(pRows.map((r) => r.getText()));
  assert.ok(pTexts.some((t) => t.includes(ANNA.name)), `participants after restart: ${JSON.stringify(pTexts)}`);
  assert.ok(pTexts.some((t) => t.includes(BRAM.name)), `participants after restart: ${JSON.stringify(pTexts)}`);
  await showSection(d, 'items');
  const iRows = await waitForCount(d, 'item-row', 1);
  assert.ok((await iRows[0].getText()).includes(itemMarker), 'item marker after restart');
  await ctx.quit(d);
});

appTest('wrong passphrase shows Onjuist wachtwoord and allows retry', async (ctx) => {
  let d = await ctx.launch();
  await createStore(d);
  await ctx.quit(d);

  d = await ctx.launch();
  assert.equal(await firstScreen(d), 'unlock');
  await unlock(d, 'Dit is niet het wachtwoord');
  const err = await waitForTestId(d, 'unlock-error');
  await waitUntil(async () => (await err.getText()).trim() === 'Onjuist wachtwoord', {
    message: async () => `unlock-error to read exactly "Onjuist wachtwoord" (is ${JSON.stringify(await err.getText())})`,
  });
  assert.equal((await allByTestId(d, 'new-meeting')).length, 0, 'the meeting list must stay hidden after a wrong passphrase');

  await unlock(d, PASSPHRASE);
  await waitForMeetingList(d);
  await ctx.quit(d);
});

appTest('validation errors appear next to the field and change nothing', async (ctx, t) => {
  const d = await ctx.launch();
  await createStore(d);

  // Whitespace-only case label → field error, no meeting stored.
  await fillMeetingForm(d, { ...MEETING, caseLabel: '   ' });
  const msg = await assertFieldError(d, 'meeting', 'caseLabel');
  t.diagnostic(`caseLabel error message: ${msg}`);
  assert.equal((await allByTestId(d, 'meeting-title')).length, 0, 'no meeting page may open after a validation error');
  await backToList(d);
  assert.equal((await allByTestId(d, 'meeting-row')).length, 0, 'the invalid meeting must not be stored');

  // Empty participant name → field error, no participant stored.
  await createMeeting(d, { ...MEETING, caseLabel: 'Casus Validatie' });
  await type(d, 'participant-organisation', 'Jeugdteam Zuid');
  await click(d, 'participant-submit');
  await assertFieldError(d, 'participant', 'name');
  assert.equal((await allByTestId(d, 'participant-row')).length, 0, 'the invalid participant must not be stored');

  // And the stored state agrees after a lock/unlock round trip.
  await click(d, 'lock');
  await unlock(d);
  await waitForMeetingList(d);
  const rows = await waitForCount(d, 'meeting-row', 1);
  assert.ok((await rows[0].getText()).includes('Casus Validatie'));
  await openMeeting(d, 'Casus Validatie');
  await showSection(d, 'participants');
  await waitForCount(d, 'participant-row', 0);
  await ctx.quit(d);
});

appTest('store on disk is encrypted: no plaintext marker and no SQLite header in any file', async (ctx, t) => {
  const itemMarker = marker('GEHEIMMARKER');
  const nameMarker = marker('NAAMMARKER');
  const d = await ctx.launch();
  await createStore(d);
  await createMeeting(d, MEETING);
  await addParticipant(d, { ...ANNA, name: `Anna ${nameMarker}` });
  await addItem(d, { contributorName: nameMarker, text: `Vertrouwelijk: ${itemMarker}` });
  await ctx.quit(d);

  const files = await listFiles(ctx.dataDir);
  assert.ok(files.length > 0, 'the data dir must contain the store');
  let total = 0;
  const needles = [
    ['item marker (utf-8)', Buffer.from(itemMarker, 'utf8')],
    ['item marker (utf-16le)', Buffer.from(itemMarker, 'utf16le')],
    ['participant name (utf-8)', Buffer.from(nameMarker, 'utf8')],
    ['case label (utf-8)', Buffer.from('Zoë ’t Hart', 'utf8')],
    ['SQLite header', Buffer.from('SQLite format 3', 'latin1')],
  ];
  for (const f of files) {
    const buf = await fsp.readFile(f);
    total += buf.length;
    t.diagnostic(`scanned ${path.relative(ctx.dataDir, f)} (${buf.length} bytes)`);
    for (const [what, needle] of needles) {
      assert.equal(buf.indexOf(needle), -1, `${what} found in plaintext in ${path.relative(ctx.dataDir, f)}`);
    }
  }
  assert.ok(total > 0, 'the store files are empty');

  // R21: nothing of the meeting in any other file the app or WebKit wrote: the HOME and XDG
  // dirs they run under (WebKit's caches, storage and databases, the app's config). Under
  // WebDriver WebKit even runs on a persistent context (lib.rs: no incognito for
  // automation), so this holds without incognito too; WebKit's own SQLite files are plain
  // by design, so only the markers count there.
  const home = tauriDriverHome();
  const others = (await listFiles(home)).filter((f) => !f.startsWith(ctx.dataDir));
  for (const f of others) {
    const buf = await fsp.readFile(f);
    t.diagnostic(`scanned ${path.relative(home, f)} (${buf.length} bytes)`);
    for (const [what, needle] of needles.filter(([w]) => w !== 'SQLite header')) {
      assert.equal(buf.indexOf(needle), -1, `${what} found in plaintext in ${path.relative(home, f)}`);
    }
  }
});

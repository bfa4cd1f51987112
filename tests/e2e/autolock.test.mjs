// R21 auto-lock on the real binary with a short idle time: a warning first (so unsaved
// input is never lost silently), then only the unlock screen, with no meeting data left
// in the page.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { appTest, click, type, useTauriDriver, waitForTestId, waitUntil } from './lib/app.mjs';
import { addItem, addParticipant, createMeeting, createStore, unlock, rowTexts, showSection } from './lib/flows.mjs';

useTauriDriver();

const IDLE_SECONDS = 8;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function meetingWithData(d) {
  const tag = randomUUID().slice(0, 6);
  const data = {
    caseLabel: `Gezin Autolock ${tag}`,
    lead: `Lotte Slot ${tag}`,
    item: `Geheime inbreng ${tag}`,
  };
  await createStore(d);
  await createMeeting(d, { caseLabel: data.caseLabel, date: '2026-11-24', purpose: 'Vergrendeltest' });
  await addParticipant(d, { name: data.lead, organisation: 'Wijkteam West', role: 'caseLead' });
  await addItem(d, { contributorName: data.lead, text: data.item });
  return data;
}

appTest('R21 idle lock warns, then shows only the unlock screen with no meeting data in the page', async (ctx) => {
  const d = await ctx.launch([`--idle-seconds=${IDLE_SECONDS}`]);
  const data = await meetingWithData(d);
  // Unsaved input in a form: the warning must come before it is lost.
  await type(d, 'item-text', 'nog niet opgeslagen');

  const warning = await waitForTestId(d, 'autolock-warning', IDLE_SECONDS * 1000 + 10_000);
  assert.match(await warning.getText(), /vergrendeld/);
  await waitForTestId(d, 'autolock-notice', IDLE_SECONDS * 1000 + 10_000);
  await waitForTestId(d, 'unlock-passphrase');

  const source = await d.getPageSource();
  for (const secret of [data.caseLabel, data.lead, data.item, 'nog niet opgeslagen', 'Wijkteam West']) {
    assert.ok(!source.includes(secret), `page source still contains ${JSON.stringify(secret)} after the lock`);
  }
  assert.equal((await d.findElements({ css: '[data-testid="meeting-title"]' })).length, 0);

  // The lock closed the store; the passphrase opens it again and nothing was lost.
  await unlock(d);
  // The lock came over the running meeting: the unlock goes back into it.
  await waitForTestId(d, 'meeting-title');
  await showSection(d, 'items');
  const items = await rowTexts(d, 'item-row');
  assert.ok(items.some((t) => t.includes(data.item)), JSON.stringify(items));
  await ctx.quit(d);
});

appTest('R21 "Ik ben er nog" keeps the session open', async (ctx) => {
  const d = await ctx.launch([`--idle-seconds=${IDLE_SECONDS}`]);
  await meetingWithData(d);
  await waitForTestId(d, 'autolock-warning', IDLE_SECONDS * 1000 + 10_000);
  await click(d, 'autolock-stay');
  await waitUntil(async () => (await d.findElements({ css: '[data-testid="autolock-warning"]' })).length === 0, {
    message: 'the warning to go away',
  });
  // Past the moment the lock would have come without the click.
  await sleep((IDLE_SECONDS / 2) * 1000 + 1000);
  assert.equal((await d.findElements({ css: '[data-testid="unlock-passphrase"]' })).length, 0, 'locked despite the click');
  await waitForTestId(d, 'meeting-title', 1000);
  await ctx.quit(d);
});

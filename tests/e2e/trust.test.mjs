// Trust features on the real binary (R15, R18, R21): passphrase change (R21), the audit check
// (R18), and destruction of an expired meeting at unlock plus the 30-day notice with
// "Verleng met 6 maanden" (R15).

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { appTest, click, textOf, type, useTauriDriver, waitForTestId, waitUntil } from './lib/app.mjs';
import { PASSPHRASE, assertFieldError, backToList, createMeeting, createStore, rowTexts, unlock, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const NEW_PASSPHRASE = 'Nieuw-Wachtwoord 2027 ✓ lang';

/** `YYYY-MM-DD` of today shifted by whole months and days (local calendar). */
function isoDay({ months = 0, days = 0 } = {}) {
  const d = new Date();
  d.setDate(1); // avoid month overflow, the day is set below
  const day = new Date().getDate();
  d.setMonth(d.getMonth() + months);
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
  d.setDate(Math.min(day, last) + days);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function openSettings(d) {
  await backToList(d);
  await click(d, 'open-settings');
  await waitForTestId(d, 'settings-heading');
}

appTest('R21 change the passphrase, lock, and unlock with the new one only', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  await openSettings(d);

  // Wrong current passphrase: a Dutch error next to that field, nothing changed.
  await type(d, 'passphrase-old', 'niet het goede wachtwoord');
  await type(d, 'passphrase-new', NEW_PASSPHRASE);
  await type(d, 'passphrase-confirmation', NEW_PASSPHRASE);
  await click(d, 'passphrase-submit');
  const msg = await assertFieldError(d, 'passphrase', 'oldPassphrase', 'passphrase-old');
  assert.match(msg, /huidige wachtwoord is onjuist/);

  await type(d, 'passphrase-old', PASSPHRASE);
  await type(d, 'passphrase-new', NEW_PASSPHRASE);
  await type(d, 'passphrase-confirmation', NEW_PASSPHRASE);
  await click(d, 'passphrase-submit');
  await waitForTestId(d, 'passphrase-changed', 60_000);

  await click(d, 'lock');
  await unlock(d, PASSPHRASE);
  const err = await waitForTestId(d, 'unlock-error');
  assert.match(await textOf(d, err), /Onjuist wachtwoord/);
  await unlock(d, NEW_PASSPHRASE);
  await waitForMeetingList(d);
  await ctx.quit(d);

  // Also after a restart of the app.
  const d2 = await ctx.launch();
  await unlock(d2, NEW_PASSPHRASE);
  await waitForMeetingList(d2);
  await ctx.quit(d2);
});

appTest('R18 "Controleer het logboek" reports the log and the file in order; R21/R15 settings are saved', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  await createMeeting(d, { caseLabel: `Gezin Logboek ${randomUUID().slice(0, 6)}`, date: isoDay(), purpose: 'Logboektest' });
  await openSettings(d);
  await click(d, 'audit-verify');
  const result = await waitForTestId(d, 'audit-result');
  assert.equal(await result.getAttribute('data-intact'), 'true');
  const text = await textOf(d, result);
  assert.match(text, /Het logboek is in orde: \d+ regels gecontroleerd\./);
  assert.match(text, /versleutelde bestand is heel/);

  // R21/R15 settings: out-of-bounds values get a Dutch error next to the field; valid ones
  // are saved and said back.
  await type(d, 'idle-minutes', '0');
  await click(d, 'idle-submit');
  assert.match(await assertFieldError(d, 'idle', 'idleMinutes', 'idle-minutes'), /\d/);
  await type(d, 'idle-minutes', '10');
  await click(d, 'idle-submit');
  assert.match(await textOf(d, await waitForTestId(d, 'idle-saved')), /na 10 minuten/);
  await type(d, 'retention-months', 'zes');
  await click(d, 'retention-months-submit');
  assert.match(await assertFieldError(d, 'defaultRetention', 'retentionMonths', 'retention-months'), /heel getal/);
  await type(d, 'retention-months', '12');
  await click(d, 'retention-months-submit');
  assert.match(await textOf(d, await waitForTestId(d, 'retention-months-saved')), /12 maanden/);
  await ctx.quit(d);
});

appTest('R15 an expired meeting is gone after unlock; one expiring soon can be extended with a reason', async (ctx) => {
  const tag = randomUUID().slice(0, 6);
  const expired = `Gezin Verlopen ${tag}`;
  const soon = `Gezin Bijna ${tag}`;
  const current = `Gezin Actueel ${tag}`;
  const d = await ctx.launch();
  await createStore(d);
  // Held 7 months ago: the default retention (6 months) has already passed.
  await createMeeting(d, { caseLabel: expired, date: isoDay({ months: -7 }), purpose: 'Oud overleg' });
  await backToList(d);
  // Destroy-after date in 10 days.
  await createMeeting(d, { caseLabel: soon, date: isoDay({ months: -6, days: 10 }), purpose: 'Bijna verlopen' });
  await backToList(d);
  await createMeeting(d, { caseLabel: current, date: isoDay(), purpose: 'Nieuw overleg' });
  await backToList(d);

  await click(d, 'lock');
  await unlock(d);
  await waitForMeetingList(d);
  const notice = await waitForTestId(d, 'destroyed-notice');
  assert.match(await textOf(d, notice), /1 casusoverleg .* vernietigd/);
  await waitForTestId(d, 'meeting-list');
  const rows = await rowTexts(d, 'meeting-row');
  assert.equal(rows.length, 2, JSON.stringify(rows));
  assert.ok(!rows.some((r) => r.includes(expired)), JSON.stringify(rows));
  assert.ok(!(await d.getPageSource()).includes(expired), 'the destroyed meeting is still in the page');

  // The 30-day notice lists the one that expires soon, and only that one.
  await waitForTestId(d, 'expiring-notice');
  const expiring = await rowTexts(d, 'expiring-row');
  assert.equal(expiring.length, 1, JSON.stringify(expiring));
  assert.ok(expiring[0].includes(soon));
  await click(d, 'expiring-extend');
  await click(d, 'extend-submit'); // no reason yet
  await assertFieldError(d, 'extend', 'reason', 'extend-reason');
  await type(d, 'extend-reason', 'De hulp aan het gezin loopt nog');
  await click(d, 'extend-submit');
  await waitUntil(async () => (await d.findElements({ css: '[data-testid="expiring-notice"]' })).length === 0, {
    message: 'the expiring notice to go away after the extension',
  });

  // R18: the destruction and the extension left a valid chain.
  await click(d, 'open-settings');
  await click(d, 'audit-verify');
  const result = await waitForTestId(d, 'audit-result');
  assert.equal(await result.getAttribute('data-intact'), 'true');
  await ctx.quit(d);
});

// Correcting a participant on the real binary (R1): the form is filled with the current
// details, a correction is saved in place, and a second case lead is refused in Dutch.

import assert from 'node:assert/strict';
import { appTest, click, clickElement, select, textOf, type, useTauriDriver, valueOf, waitForTestId, waitUntil } from './lib/app.mjs';
import { addParticipant, createMeeting, createStore, openRowMenu, rowByText } from './lib/flows.mjs';
import { By } from 'selenium-webdriver';

useTauriDriver();

appTest('R1 a participant is corrected in place; a second case lead is refused', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  await createMeeting(d, { caseLabel: 'Gezin Correctie', date: '2026-11-24', purpose: 'Deelnemers corrigeren' });
  await addParticipant(d, { name: 'Anna Regie', organisation: 'Wijkteam Noord', role: 'caseLead' });
  await addParticipant(d, { name: 'Bert Bos', organisation: 'Schoool', role: 'contentRole' });

  const row = await rowByText(d, 'participant-row', 'Bert Bos');
  await openRowMenu(d, row.el);
  await clickElement(d, await row.el.findElement(By.css('[data-testid="participant-edit"]')));
  await waitUntil(async () => (await valueOf(d, 'participant-organisation')) === 'Schoool', {
    message: 'the form to show the current organisation',
  });
  assert.equal(await valueOf(d, 'participant-name'), 'Bert Bos');

  await type(d, 'participant-organisation', 'Basisschool De Linde');
  await click(d, 'participant-submit');
  await rowByText(d, 'participant-row', 'Basisschool De Linde');
  assert.equal(await valueOf(d, 'participant-name'), '', 'the form is empty again after saving');

  // R1: exactly one case lead.
  const again = await rowByText(d, 'participant-row', 'Bert Bos');
  await openRowMenu(d, again.el);
  await clickElement(d, await again.el.findElement(By.css('[data-testid="participant-edit"]')));
  await waitUntil(async () => (await valueOf(d, 'participant-name')) === 'Bert Bos');
  await select(d, 'participant-role', 'caseLead');
  await click(d, 'participant-submit');
  const error = await waitForTestId(d, 'error-participant-role');
  assert.match(await textOf(d, error), /regiehouder|casusregisseur/i);
  await click(d, 'participant-edit-cancel');
  const rows = await rowByText(d, 'participant-row', 'Bert Bos');
  assert.doesNotMatch(await rows.el.getText(), /Regiehouder/);
  await ctx.quit(d);
});

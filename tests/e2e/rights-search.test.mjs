// The rights register's person search on the real binary (R17, issue 19: cost grows with the
// meeting, not with the store): the chair types part of a name in "Zoek op naam" and picks
// the person from what it finds (at most 50), nothing is listed before anything is typed,
// a name nobody has says so in Dutch, and the person found is registered through the UI.
// Screenshots of the screen with many people found, at 1366x768 and 1920x1080.

import assert from 'node:assert/strict';
import { appTest, click, screenshotsAt, select, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { createStore, invokeOk, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.SHOTS_DIR || '/tmp/growth-shots';
const FIRST = ['Anna', 'Bram', 'Sanne', 'Daan', 'Emma', 'Finn', 'Julia', 'Lucas', 'Sara', 'Milan', 'Noor', 'Sem',
  'Lotte', 'Thijs', 'Eva', 'Jesse', 'Fleur', 'Ruben', 'Iris', 'Luuk', 'Yara', 'Mohamed'];
const LAST = ['de Vries', 'Vriesema', 'van der Vries'];

/** Three meetings of 22 family members each: 66 people whose name has a word starting "vries". */
async function manyPeople(d) {
  for (const [n, last] of LAST.entries()) {
    const m = (await invokeOk(d, 'create_meeting', {
      input: { caseLabel: `Gezin ${last}`, date: `2026-11-2${n}`, purpose: 'Hulp afstemmen' },
    })).id;
    for (const [i, first] of FIRST.entries()) {
      await invokeOk(d, 'add_subject', {
        input: { meetingId: m, relation: 'youth', name: `${first} ${last}`, birthDate: `20${10 + n}-0${1 + (i % 9)}-1${i % 10}`, present: false },
      });
    }
  }
}

const options = (d) => d.executeScript(
  "return Array.from(document.querySelector('[data-testid=\"rights-subject\"]').options).map(o => o.value);",
);

appTest('R17 the rights register finds a person by part of the name, at most 50', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  await manyPeople(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await click(d, 'open-rights');
  await waitForTestId(d, 'rights-subject-search');
  // Nothing typed: nobody listed (the register never lists the whole store).
  assert.deepEqual(await options(d), ['']);

  await type(d, 'rights-subject-search', 'vries');
  await waitUntil(async () => (await options(d)).length === 51, {
    message: async () => `50 people and the empty choice (has ${(await options(d)).length})`,
  });
  assert.match(await textOf(d, 'rights-subjects-found'), /^50 betrokkenen gevonden/);
  await screenshotsAt(d, SHOTS, 'rights-search-many', { target: 'rights-subject-search' });

  await type(d, 'rights-subject-search', 'Sanne vri');
  await waitUntil(async () => (await options(d)).length === 4, {
    message: async () => `three Sannes (has ${JSON.stringify(await options(d))})`,
  });
  await type(d, 'rights-subject-search', 'sanne van der');
  await waitUntil(async () => (await options(d)).length === 2, { message: 'one Sanne van der Vries' });
  const key = (await options(d))[1];
  assert.match(key, /^sanne van der vries\|2012-/);

  await type(d, 'rights-subject-search', 'Niemandsnaam');
  await waitUntil(async () => /Niemand gevonden met deze naam/.test(await textOf(d, 'rights-no-subjects')), {
    message: 'a Dutch message when nobody has the name',
  });
  await screenshotsAt(d, SHOTS, 'rights-search-nobody', { target: 'rights-subject-search' });

  await type(d, 'rights-subject-search', 'sanne van der');
  await select(d, 'rights-subject', key);
  await select(d, 'rights-requestKind', 'access');
  await select(d, 'rights-requester', 'parentWithAuthority');
  await type(d, 'rights-requesterName', 'Petra van der Vries');
  await click(d, 'rights-submit');
  await waitForCount(d, 'rights-row', 1);
  const listed = await invokeOk(d, 'list_rights_requests');
  assert.equal(listed.length, 1);
  assert.equal(listed[0].subjectKey, key);
  await ctx.quit(d);
});

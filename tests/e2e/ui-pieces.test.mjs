// The shared UI pieces (DataTable, SubmitButton) and the views that carry the domain's
// decisions, on the real binary: the rights screen offers per request only what its status
// allows (R17, `allowedActions`), the family table offers the gezag checkbox only to
// relations that may hold it (R8, `mayHoldAuthority`). Screenshots at 1366×768 and
// 1920×1080 with long Dutch names go to E2E_SHOTS_DIR (default /tmp/shots-ui).

import assert from 'node:assert/strict';
import { By } from 'selenium-webdriver';
import { allByTestId, appTest, click, screenshotsAt, useTauriDriver, waitForCount, waitForTestId } from './lib/app.mjs';
import { backToList, createStore, invokeOk, openMeeting, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-ui';

const shots = (d, name, scrollTo) =>
  screenshotsAt(d, SHOTS, name, { target: scrollTo, block: 'start' });

const CASE = 'Gezin Van der Heijden-Schoonhoven';

async function prepare(d) {
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: CASE, date: '2026-11-24', purpose: 'Hulp afstemmen rond school en thuis' },
  })).id;
  const subject = async (relation, name, birthDate) =>
    invokeOk(d, 'add_subject', { input: { meetingId: m, relation, name, birthDate, present: true } });
  await subject('youth', 'Anne-Marije van der Heijden-Schoonhoven', '2013-03-01');
  await subject('parent', 'Wilhelmina Adriana van der Heijden-Schoonhoven', '1983-07-12');
  await subject('other', 'Gerardus Johannes Schoonhoven', '');
  const request = async (name) =>
    (await invokeOk(d, 'register_rights_request', {
      input: {
        subjectKey: 'wilhelmina adriana van der heijden-schoonhoven|1983-07-12',
        kind: 'access',
        requester: 'subject',
        requesterName: name,
        receivedOn: new Date().toISOString().slice(0, 10),
        competent: true,
      },
    })).id;
  await request('Wilhelmina Adriana van der Heijden-Schoonhoven');
  const extended = await request('Mr. Bartholomeus van Oosterwijk-Brandsma');
  await invokeOk(d, 'extend_rights_request', { requestId: extended, notice: 'Wij hebben meer tijd nodig om alles te verzamelen.' });
  const granted = await request('Hendrika Petronella de Groot-Verhoeven');
  await invokeOk(d, 'grant_rights_request', { requestId: granted });
}

appTest('shared pieces: the views decide what the rights screen and the family table offer', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  await prepare(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);

  await click(d, 'open-rights');
  await waitForCount(d, 'rights-row', 3);
  const offered = [];
  for (const row of await allByTestId(d, 'rights-row')) {
    const has = async (id) => (await row.findElements(By.css(`[data-testid="${id}"]`))).length > 0;
    offered.push([await has('rights-extend'), await has('rights-grant'), await has('rights-refuse'), await has('rights-done')]);
  }
  // R17: open → extend, grant, refuse; extended → grant, refuse; granted → done.
  assert.deepEqual(
    offered.map((o) => o.join(',')).sort(),
    ['false,false,false,true', 'false,true,true,false', 'true,true,true,false'],
  );
  await shots(d, 'rights', 'rights-list');

  await click(d, 'rights-back');
  await waitForMeetingList(d);
  await openMeeting(d, CASE);
  await showSection(d, 'subjects');
  await waitForCount(d, 'subject-row', 3);
  // R8: only the parent may hold gezag; the youth and the other relative show "Nee".
  assert.equal((await allByTestId(d, 'subject-authority-toggle')).length, 1);
  await shots(d, 'subjects', 'subject-row');

  await backToList(d);
  await click(d, 'open-settings');
  await waitForTestId(d, 'passphrase-submit');
  await shots(d, 'settings');
});

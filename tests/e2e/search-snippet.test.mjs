// Search results show how often each meeting matched and a snippet of the matching text
// (one FTS5 document per meeting, docs/engineering.md §6), newest first; never the secret
// address. Screenshots of the meeting list with results at 1366×768 and 1920×1080 go to
// $E2E_SHOTS_DIR/search (default /tmp/shots-search).

import assert from 'node:assert/strict';
import { allByTestId, appTest, click, screenshotsAt, type, useTauriDriver, waitForCount } from './lib/app.mjs';
import { createStore, invokeOk } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR ? `${process.env.E2E_SHOTS_DIR}/search` : '/tmp/shots-search';
const SECRET = 'Zorgvlietstraat 9 GEHEIMADRESMARKER';

async function meeting(d, caseLabel, date, lead, texts) {
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel, date, purpose: 'Afstemmen van de hulp aan het gezin', criteria: '', familyPresent: false, familyAbsenceReason: 'Het gezin sluit later aan.' },
  })).id;
  const p = (await invokeOk(d, 'add_participant', {
    input: { meetingId: m, name: lead, organisation: 'Wijkteam Utrecht-Overvecht', function: '', phone: '', email: '', role: 'caseLead', organisationType: 'wijkteam', secrecy: true },
  })).id;
  for (const text of texts) {
    await invokeOk(d, 'add_item', {
      input: { meetingId: m, contributorId: p, text, source: 'own', kind: 'fact', category: 'general', subjectIds: [] },
    });
  }
  return m;
}

appTest('search results show the hit count and a snippet, newest first, never a secret address', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const older = await meeting(d, 'Gezin Van der Heijden-Oosterbroek', '2026-10-12', 'Annemarie van Wijngaarden-Bosscher', [
    'Moeder maakt zich zorgen over de schoolgang van de jongste zoon sinds de verhuizing naar Overvecht.',
  ]);
  const newer = await meeting(d, 'Familie Kartosen-Bouterse en grootouders', '2026-11-24', 'Zorgcoördinator Willemijn Schoonderwoerd', [
    'De school deelt de zorgen over verzuim; het wijkteam plant een huisbezoek met de leerplichtambtenaar.',
    'Vader heeft zorgen over de schulden en wil hulp bij het aanvragen van bijzondere bijstand.',
  ]);
  const subject = (await invokeOk(d, 'add_subject', {
    input: { meetingId: newer, relation: 'parent', name: 'Ravi Kartosen', birthDate: '1985-02-11', present: false, parentalAuthority: true },
  })).subjects.at(-1).id;
  await invokeOk(d, 'set_secret_address', { meetingId: newer, subjectId: subject, address: SECRET });

  await d.navigate().refresh();
  await type(d, 'search-query', 'zorg');
  await click(d, 'search-submit');
  await waitForCount(d, 'search-hit', 2);
  const hits = await allByTestId(d, 'search-hit');
  assert.deepEqual(await Promise.all(hits.map((h) => h.getAttribute('data-id'))), [newer, older]);
  const snippets = await Promise.all((await allByTestId(d, 'search-snippet')).map((s) => s.getText()));
  assert.equal(snippets.length, 2);
  assert.match(snippets[0], /zorg/i);
  assert.match(snippets[1], /zorgen over de schoolgang/);
  const list = await (await allByTestId(d, 'search-results'))[0].getText();
  // Newer: the lead's name ("Zorgcoördinator") and two items; older: one item.
  assert.match(list, /3 treffers/);
  assert.match(list, /1 treffer\b/);
  assert.ok(!(await d.getPageSource()).includes('GEHEIMADRESMARKER'), 'no secret address in the results');

  await screenshotsAt(d, SHOTS, 'search-results', { target: 'search-results' });
});

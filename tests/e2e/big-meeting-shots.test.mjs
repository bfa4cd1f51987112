// A realistic, large meeting (12 participants with long Dutch names, 50 items, a plan of
// action and notifications), built through the same IPC commands the UI uses, on every
// section of the meeting page and on the rights and reports screens, at 1366×768 and
// 1920×1080. On each screen and size the layout checks (lib/layout.mjs) must find nothing:
// no sideways page scroll, no word broken inside itself or wider than its box, no item row
// over 120 px for a text under 120 characters. The pictures (E2E_SHOTS_DIR, default
// /tmp/shots-big) are for looking at: the top of each screen and its list.

import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { appTest, click, SCREEN_SIZES, useTauriDriver, waitForCount, waitForTestId } from './lib/app.mjs';
import { layoutProblems } from './lib/layout.mjs';
import { backToList, createStore, openMeeting, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-big';
const CASE = 'Gezin Van der Heijden-Schoonhoven en Bakker-Vermeulen';

/** Every layout problem found, as "<screen> <w>x<h>: <problem>". */
const found = [];

/** At the current size: the layout checks, a picture of the top of the screen and one of its list. */
async function shots(d, size, name, scrollTo) {
  const file = (suffix) => path.join(SHOTS, `big-${name}${suffix}-${size.join('x')}.png`);
  await d.executeScript('window.scrollTo({ top: 0, behavior: "instant" })');
  await new Promise((r) => setTimeout(r, 200));
  // A page shorter than the window made WebKitWebDriver wait for ever on the next
  // screenshot or layout-reading script at 1920×1080 (seen 2026-12 on the Gezin section;
  // a body of 3000 px made it pass, 100vh did not). The checks below do not depend on the
  // page's height, so the body is made tall here, in the test only.
  await d.executeScript('document.body.style.minHeight = "3000px"');
  console.log(`# ${name} ${size.join('x')}`);
  await fsp.writeFile(file('-top'), await d.takeScreenshot(), 'base64');
  for (const p of await layoutProblems(d)) found.push(`${name} ${size.join('x')}: ${p}`);
  if (scrollTo) {
    const el = await waitForTestId(d, scrollTo);
    await d.executeScript('arguments[0].scrollIntoView({ block: "start", behavior: "instant" })', el);
    await new Promise((r) => setTimeout(r, 200));
    await fsp.writeFile(file(''), await d.takeScreenshot(), 'base64');
  }
}

const TEXTS = [
  'Anne-Marije verzuimt sinds september regelmatig de eerste twee lesuren; school heeft dit gemeld bij leerplicht.',
  'Moeder geeft aan dat de schulden oplopen en dat de energierekening al drie maanden niet is betaald.',
  'Er zijn zorgen over de slaap van Anne-Marije; zij zit tot laat achter haar telefoon.',
  'De huisarts heeft een verwijzing naar de kinder- en jeugdpsychiatrie gegeven; er is een wachtlijst van twaalf weken.',
  'Het wijkteam heeft twee huisbezoeken gedaan en ziet een betrokken moeder die overbelast is.',
];

const PEOPLE = [
  ['Wilhelmina Adriana van der Heijden-Schoonhoven', 'Stichting Jeugdbescherming Noord-Holland', 'caseLead', 'jeugdbescherming'],
  ['Bartholomeus van Oosterwijk-Brandsma', 'Huisartsenpraktijk De Lindeboom', 'contentRole', 'huisarts'],
  ['Hendrika Petronella de Groot-Verhoeven', 'Wijkteam Amsterdam-Noord', 'contentRole', 'wijkteam'],
  ['Johannes Cornelis Vermeulen-Bakker', 'Openbare Basisschool De Regenboog', 'informant', 'onderwijs'],
  ['Maria Theresia Kuijpers-van Dijk', 'GGD Amsterdam Jeugdgezondheidszorg', 'expert', 'jgz'],
  ['Geertruida Johanna Schoonhoven-de Wit', 'Veilig Thuis Amsterdam-Amstelland', 'contentRole', 'veiligthuis'],
  ['Frederik Willem van den Bosch', 'Leger des Heils Jeugdzorg en Reclassering', 'other', 'overig'],
  ['Anne-Marije Visser-Hoogendoorn', 'Gemeente Amsterdam, afdeling Leerplicht', 'informant', 'leerplicht'],
  ['Pieter Jan Mulder-Timmermans', 'Politie Eenheid Amsterdam, wijkagent', 'informant', 'politie'],
  ['Catharina Elisabeth Jansen-Smit', 'Lucertis Kinder- en Jeugdpsychiatrie', 'expert', 'ggz'],
  ['Dirk-Jan Meijer-van Leeuwen', 'Stichting Schuldhulpmaatje Amsterdam', 'other', 'overig'],
  ['Sophia Louisa de Vries-Dekker', 'Kinderdagverblijf Het Zonnetje', 'informant', 'overig'],
];

/** Builds the meeting inside the page, in one script (one WebDriver round trip, not ~80). */
async function prepare(d) {
  const raw = await d.executeAsyncScript(
    `const [caseLabel, people, texts] = arguments;
     const done = arguments[arguments.length - 1];
     const invoke = (command, args) => window.__TAURI_INTERNALS__.invoke(command, args);
     (async () => {
       const m = (await invoke('create_meeting', {
         input: { caseLabel, date: '2026-11-24', purpose: 'Hulp afstemmen rond school, thuis en de schulden van het gezin' },
       })).id;
       const refs = await invoke('reference_data', {});
       const types = new Set(refs.organisationTypes.map((t) => t.code));
       const ids = [];
       for (const [name, organisation, role, type] of people) {
         const p = await invoke('add_participant', { input: {
           meetingId: m, name, organisation, function: 'Gedragswetenschapper en casusregisseur', phone: '020-1234567',
           email: 'medewerker@voorbeeld.nl', role, organisationType: types.has(type) ? type : undefined, secrecy: true,
         } });
         ids.push(p.id);
       }
       for (const [i, id] of ids.entries()) {
         if (i % 3 !== 2) await invoke('record_pledge', { meetingId: m, participantId: id });
       }
       const flow = await invoke('add_subject', { input: {
         meetingId: m, relation: 'youth', name: 'Anne-Marije van der Heijden-Schoonhoven', birthDate: '2013-03-01', present: true,
       } });
       const youth = flow.subjects.at(-1).id;
       await invoke('add_subject', { input: {
         meetingId: m, relation: 'parent', name: 'Wilhelmina Adriana van der Heijden-Schoonhoven', birthDate: '1983-07-12',
         present: true, parentalAuthority: true,
       } });
       const items = [];
       for (let i = 0; i < 50; i++) {
         const item = await invoke('add_item', { input: {
           meetingId: m, contributorId: ids[i % ids.length], text: texts[i % texts.length] + ' (punt ' + (i + 1) + ')',
           kind: i % 4 === 0 ? 'opinion' : 'fact', category: 'general', source: 'own', subjectIds: i % 2 ? [youth] : [],
         } });
         items.push(item.id);
       }
       for (let i = 0; i < 6; i++) {
         await invoke('add_action', { input: {
           meetingId: m, who: ids[i], due: '2026-12-15', reliesOn: [items[i]],
           what: 'Gesprek plannen met moeder en school over de aanwezigheid en de slaap van Anne-Marije (' + (i + 1) + ')',
         } });
       }
       await invoke('add_notification', { input: {
         meetingId: m, subjectIds: [], informer: ids[0], method: 'conversation', timing: { kind: 'beforehand' },
       } });
       await invoke('register_rights_request', { input: {
         subjectKey: 'wilhelmina adriana van der heijden-schoonhoven|1983-07-12', kind: 'access', requester: 'subject',
         requesterName: 'Wilhelmina Adriana van der Heijden-Schoonhoven', receivedOn: new Date().toISOString().slice(0, 10),
         competent: true,
       } });
     })().then(() => done('ok'), (e) => done(JSON.stringify(e)));`,
    CASE,
    PEOPLE,
    TEXTS,
  );
  assert.equal(raw, 'ok', `building the big meeting was refused: ${raw}`);
}

appTest('big meeting: 12 participants and 50 items render through the shared table; screenshots', async (ctx) => {
  const d = await ctx.launch(['--idle-seconds=3600']);
  await createStore(d);
  await d.manage().setTimeouts({ script: 300_000 });
  const started = Date.now();
  await prepare(d);
  console.log(`# big meeting built in ${Math.round((Date.now() - started) / 1000)} s`);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await fsp.mkdir(SHOTS, { recursive: true });
  // No shot of the meeting list here: right after the refresh, WebKitWebDriver's window
  // resize + screenshot hung on it (seen 2026-12); the meeting page is what is checked.

  // One window size at a time, every screen at it: WebKitWebDriver's resize sometimes hangs
  // right after a scroll (seen 2026-12), so the window is resized twice in all.
  for (const size of SCREEN_SIZES) {
    await d.manage().window().setRect({ width: size[0], height: size[1] });
    await new Promise((r) => setTimeout(r, 400));
    const at = (name, scrollTo) => shots(d, size, name, scrollTo);
    await openMeeting(d, CASE);
    await showSection(d, 'preparation');
    await at('preparation');
    await showSection(d, 'subjects');
    await at('subjects', 'subject-row');
    await showSection(d, 'participants');
    await waitForCount(d, 'participant-row', 12);
    await at('participants', 'participant-row');
    await showSection(d, 'items');
    await waitForCount(d, 'item-row', 50);
    await at('items', 'item-row');
    await showSection(d, 'plan');
    await waitForCount(d, 'action-row', 6);
    await at('plan', 'action-row');
    await showSection(d, 'releases');
    await at('releases');
    await showSection(d, 'family');
    await waitForCount(d, 'notification-row', 1);
    await at('family', 'notification-row');
    await showSection(d, 'finalize');
    await at('finalize', 'checklist');

    await backToList(d);
    await click(d, 'open-rights');
    await waitForCount(d, 'rights-row', 1);
    await at('rights', 'rights-list');
    await click(d, 'rights-back');
    await waitForMeetingList(d);
    await click(d, 'open-reports');
    await waitForTestId(d, 'report-period-kind');
    await at('reports');
    await click(d, 'reports-back');
    await waitForMeetingList(d);
  }
  assert.deepEqual(found, [], `layout problems:\n${found.join('\n')}`);
}, { timeout: 400_000 });

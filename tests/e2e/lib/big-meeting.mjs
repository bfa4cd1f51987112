// The realistic large meeting the layout, screenshot and release tests share: 12
// participants with long Dutch names and organisations, a family, 50 items and a plan of
// action, built through the same IPC commands the UI uses, in one script inside the page
// (one WebDriver round trip instead of ~80).

import assert from 'node:assert/strict';

export const BIG_CASE = 'Gezin Van der Heijden-Schoonhoven en Bakker-Vermeulen';

export const BIG_TEXTS = [
  'Anne-Marije verzuimt sinds september regelmatig de eerste twee lesuren; school heeft dit gemeld bij leerplicht.',
  'Moeder geeft aan dat de schulden oplopen en dat de energierekening al drie maanden niet is betaald.',
  'Er zijn zorgen over de slaap van Anne-Marije; zij zit tot laat achter haar telefoon.',
  'De huisarts heeft een verwijzing naar de kinder- en jeugdpsychiatrie gegeven; er is een wachtlijst van twaalf weken.',
  'Het wijkteam heeft twee huisbezoeken gedaan en ziet een betrokken moeder die overbelast is.',
];

// name, organisation, role, organisation type.
export const BIG_PEOPLE = [
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

/**
 * Builds the big meeting and returns its id. Options:
 * - `pledgeAll`: every participant confirms the pledge (default: two in three do);
 * - `withParent`: a parent with gezag besides the youth, present (default true);
 * - `aboutYouth`: `'all'` items are about the youth, or `'odd'` ones (default);
 * - `holders`: `[[participant index, n]]`: that participant's one action relies on n items
 *   brought in by others, spread over the list, and those items get a basis (R7c) so they
 *   can be released; default: participants 0–5 each hold an action relying on item i;
 * - `familyExtras`: a notification and an access request (default true);
 * - `expertiseOnly`: indexes of participants who take part with expertise only (R1/R5/R9):
 *   they bring no items in (their share goes to the next participant); default none.
 */
export async function buildBigMeeting(d, options = {}) {
  const opts = { pledgeAll: false, withParent: true, aboutYouth: 'odd', holders: null, familyExtras: true, expertiseOnly: [], ...options };
  await d.manage().setTimeouts({ script: 300_000 });
  const raw = await d.executeAsyncScript(
    `const [caseLabel, people, texts, opts] = arguments;
     const done = arguments[arguments.length - 1];
     const invoke = (command, args) => window.__TAURI_INTERNALS__.invoke(command, args);
     (async () => {
       const m = (await invoke('create_meeting', {
         input: { caseLabel, date: '2026-11-24', purpose: 'Hulp afstemmen rond school, thuis en de schulden van het gezin' },
       })).id;
       const refs = await invoke('reference_data', {});
       const types = new Set(refs.organisationTypes.map((t) => t.code));
       const ids = [];
       for (const [n, [name, organisation, role, type]] of people.entries()) {
         const p = await invoke('add_participant', { input: {
           meetingId: m, name, organisation, function: 'Gedragswetenschapper en casusregisseur', phone: '020-1234567',
           email: 'medewerker@voorbeeld.nl', role, organisationType: types.has(type) ? type : undefined, secrecy: true,
           expertiseOnly: opts.expertiseOnly.includes(n),
         } });
         ids.push(p.id);
       }
       for (const [i, id] of ids.entries()) {
         if (opts.pledgeAll || i % 3 !== 2) await invoke('record_pledge', { meetingId: m, participantId: id });
       }
       const flow = await invoke('add_subject', { input: {
         meetingId: m, relation: 'youth', name: 'Anne-Marije van der Heijden-Schoonhoven', birthDate: '2013-03-01', present: true,
       } });
       const youth = flow.subjects.at(-1).id;
       if (opts.withParent) {
         await invoke('add_subject', { input: {
           meetingId: m, relation: 'parent', name: 'Wilhelmina Adriana van der Heijden-Schoonhoven', birthDate: '1983-07-12',
           present: true, parentalAuthority: true,
         } });
       }
       const items = [];
       for (let i = 0; i < 50; i++) {
         const about = opts.aboutYouth === 'all' || i % 2 ? [youth] : [];
         const item = await invoke('add_item', { input: {
           meetingId: m, contributorId: ids[(i + (opts.expertiseOnly.includes(i % ids.length) ? 1 : 0)) % ids.length], text: texts[i % texts.length] + ' (nr. ' + (i + 1) + ')',
           kind: i % 4 === 0 ? 'opinion' : 'fact', category: 'general', source: 'own', subjectIds: about,
         } });
         items.push(item.id);
       }
       const what = (h) => 'Gesprek plannen met moeder en school over de aanwezigheid en de slaap van Anne-Marije (' + (h + 1) + ')';
       if (opts.holders) {
         // Each holder's action relies on n items brought in by someone else, spread over the list.
         const relied = new Set();
         let next = 3;
         for (const [h, n] of opts.holders) {
           const reliesOn = [];
           while (reliesOn.length < n) {
             next = (next + 7) % 50;
             if (next % ids.length !== h && !reliesOn.includes(items[next])) reliesOn.push(items[next]);
           }
           reliesOn.forEach((i) => relied.add(i));
           await invoke('add_action', { input: { meetingId: m, who: ids[h], due: '2026-12-15', reliesOn, what: what(h) } });
         }
         // R7c: the relied-on items get a basis, so they can be released.
         for (const itemId of relied) {
           await invoke('set_item_basis', { input: {
             meetingId: m, itemId, subjectIds: [youth],
             basis: { kind: 'conflictOfDuties', motivation: 'De veiligheid van Anne-Marije gaat hier voor het beroepsgeheim.',
               answers: { legitimatePurpose: true, onlyWay: true, consentAskedOrImpossible: true, childInterestOutweighs: true } },
           } });
         }
       } else {
         for (let i = 0; i < 6; i++) {
           // R11: every third action is a conditional agreement.
           const condition = i % 3 === 1 ? 'Anne-Marije blijft in één maand weer meer dan twee dagen zonder bericht van school weg' : '';
           await invoke('add_action', { input: { meetingId: m, who: ids[i], due: '2026-12-15', reliesOn: [items[i]], what: what(i), condition } });
         }
       }
       if (opts.familyExtras) {
         await invoke('add_notification', { input: {
           meetingId: m, subjectIds: [], informer: ids[0], method: 'conversation', timing: { kind: 'beforehand' },
         } });
         await invoke('register_rights_request', { input: {
           subjectKey: 'wilhelmina adriana van der heijden-schoonhoven|1983-07-12', kind: 'access', requester: 'subject',
           requesterName: 'Wilhelmina Adriana van der Heijden-Schoonhoven', receivedOn: new Date().toISOString().slice(0, 10),
           competent: true,
         } });
       }
       return m;
     })().then((m) => done(JSON.stringify({ ok: m })), (e) => done(JSON.stringify({ error: e })));`,
    BIG_CASE,
    BIG_PEOPLE,
    BIG_TEXTS,
    opts,
  );
  const answer = JSON.parse(raw);
  assert.ok(answer.ok, `building the big meeting was refused: ${raw}`);
  return answer.ok;
}

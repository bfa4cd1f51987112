// A follow-up meeting shows what was said and decided last time (issue 17, "a chair can
// run a follow-up meeting where conditions, dissent and the family's view of last time are
// shown where they need them") on the real binary:
// - the finalized meeting holds the family's words with the answers, and decisions with
//   their reasons and one participant's dissent;
// - its follow-up shows them read-only: the family's words in the Gezin section, the
//   decisions with dissent in the Plan section beside the carried-over actions;
// - the previous meeting itself (not a follow-up) shows neither.

import assert from 'node:assert/strict';
import { appTest, screenshotsAt, textOf, useTauriDriver, waitForTestId, waitUntil, allByTestId, click, type } from './lib/app.mjs';
import { addPerson, createStore, invokeOk, openMeeting, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-last-time';
const CASE = 'Gezin Van Oosterhout-Bakker';
const OBJECTION = 'Ik wil niet dat de voetbaltrainer hoort wat er thuis gebeurt; dat is van ons.';
const ANSWER = 'De trainer zit niet aan tafel en krijgt niets mee. Alleen de school hoort wat nodig is voor het verzuim.';
const DECISION = 'Noah gaat drie middagen per week naar de naschoolse opvang van Stichting Kinderopvang Oosterhout.';
const WHY = 'Zo is Noah na school niet alleen thuis zolang moeder Marieke de Jong-van Oosterhout avonddiensten draait.';
const DISSENT = 'Eerst met Noah zelf praten; hij heeft gezegd dat hij liever bij zijn oma Gerda Bakker is.';

appTest('R11 a follow-up shows last time\'s family view, decisions and dissent, read-only', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const m = (await invokeOk(d, 'create_meeting', {
    input: {
      caseLabel: CASE, date: '2026-11-24', purpose: 'Afstemmen van de hulp rond het schoolverzuim van Noah',
      criteria: 'Zorgen over het verzuim; school, wijkteam en GGZ zijn betrokken.', familyPresent: false,
      familyAbsenceReason: 'Moeder werkt; zij sluit bij het volgende overleg aan.',
    },
  })).id;
  const lead = await addPerson(d, m, 'Anna-Sophie van der Heijden-Regiehouder', 'caseLead');
  const school = await addPerson(d, m, 'Johannes Wilhelmus van Leerplicht', 'contentRole');
  for (const who of [lead, school]) await invokeOk(d, 'record_pledge', { meetingId: m, participantId: who });
  const noah = (await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation: 'youth', name: 'Noah de Jong', birthDate: '2013-04-02', present: false },
  })).subjects.at(-1).id;
  const mother = (await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation: 'parent', name: 'Marieke de Jong-van Oosterhout', birthDate: '1986-09-14', present: false, parentalAuthority: true },
  })).subjects.at(-1).id;
  await invokeOk(d, 'add_voice', {
    input: { meetingId: m, voiceSubject: noah, voiceKind: 'objection', voiceChannel: 'byCaseLead', voiceText: OBJECTION, voiceAnswer: ANSWER },
  });
  await invokeOk(d, 'add_voice', {
    input: { meetingId: m, voiceSubject: mother, voiceKind: 'wish', voiceChannel: 'inWriting', voiceText: 'Ik wil graag dat de hulp na de zomer stopt als het goed gaat.', voiceAnswer: '' },
  });
  let flow = await invokeOk(d, 'add_decision', { input: { meetingId: m, what: DECISION, why: WHY, restsOn: [] } });
  await invokeOk(d, 'add_dissent', { input: { meetingId: m, decisionId: flow.decisions[0].id, participantId: school, why: DISSENT } });
  await invokeOk(d, 'add_decision', { input: { meetingId: m, what: 'De hulp van het wijkteam loopt door tot de zomer.', why: 'Het gaat beter, maar nog niet stabiel.', restsOn: [] } });
  await invokeOk(d, 'add_action', { input: { meetingId: m, who: lead, what: 'Gezinsplan opstellen met moeder', due: '2026-12-15', reliesOn: [] } });
  await invokeOk(d, 'add_notification', {
    input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } },
  });

  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, CASE);
  // Not a follow-up: nothing of a last time.
  await showSection(d, 'subjects');
  await waitForTestId(d, 'voices');
  assert.equal((await allByTestId(d, 'last-time-voices')).length, 0);
  assert.equal(await invokeOk(d, 'last_time', { meetingId: m }), null);

  await showSection(d, 'finalize');
  await click(d, 'finalize-submit');
  await waitForTestId(d, 'finalized-banner');
  await click(d, 'follow-up-open');
  await type(d, 'follow-up-date', '2027-01-12');
  await click(d, 'follow-up-submit');
  await waitUntil(async () => (await allByTestId(d, 'finalized-banner')).length === 0, {
    message: 'the follow-up meeting (a draft) to open',
  });

  await showSection(d, 'subjects');
  const voices = (await textOf(d, 'last-time-voices')).replace(/\s+/g, ' ');
  assert.match(voices, /Vorige keer \(dinsdag 24 november 2026\): wat het gezin vond/);
  assert.ok(voices.includes(OBJECTION) && voices.includes(ANSWER), voices);
  assert.match(voices, /Bezwaar · Ingebracht door de regiehouder/);
  assert.match(voices, /Wens · Schriftelijk.*Nog geen antwoord/);
  // Read-only: the follow-up's own list starts empty, and last time's rows have no menu.
  const voicesSection = await waitForTestId(d, 'last-time-voices');
  assert.equal((await voicesSection.findElements({ css: 'button' })).length, 0);
  await screenshotsAt(d, SHOTS, 'follow-up-gezin', { target: 'last-time-voices', block: 'start' });

  await showSection(d, 'plan');
  const decisions = (await textOf(d, 'last-time-decisions')).replace(/\s+/g, ' ');
  assert.ok(decisions.includes(DECISION) && decisions.includes(WHY), decisions);
  assert.ok(decisions.includes(`Johannes Wilhelmus van Leerplicht (Johannes Wilhelmus van Leerplicht organisatie): ${DISSENT}`), decisions);
  assert.match(decisions, /De hulp van het wijkteam loopt door tot de zomer\. Het gaat beter, maar nog niet stabiel\. Iedereen was het eens/);
  await screenshotsAt(d, SHOTS, 'follow-up-plan', { target: 'last-time-decisions', block: 'start' });
});

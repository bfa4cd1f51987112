// The rules right to the letter, on the real binary:
// - R2: a participant who sent apologies (afgemeld) and never pledged receives nothing: the
//   release matrix refuses it in Dutch, the checklist names it; after a later pledge with
//   its date (recorded in the UI) the release goes through and the point is gone.
// - R3/R4: criteria and the reason the family is absent are on the checklist until written.
// - R7c: a motivation of "." is refused next to the field, in Dutch.
// Screenshots of the changed screens at 1366×768 and 1920×1080 go to /tmp/shots-checks/.

import assert from 'node:assert/strict';
import { appTest, click, screenshotsAt, select, textOf, type, useTauriDriver, waitForTestId, waitUntil } from './lib/app.mjs';
import { backToList, createStore, decideReleaseCell, invokeFromPage, invokeOk, openMeeting, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const CASE = 'Gezin Van den Berg-El Khatib';
const SHOTS = '/tmp/shots-checks';

const shoot = (d, name) => screenshotsAt(d, SHOTS, name);

const flowOf = (d, m) => invokeOk(d, 'get_meeting_flow', { id: m });
const codes = (flow) => flow.checklist.map((p) => p.code);

appTest('R2/R3/R7c: no release to an absent participant without a pledge; a later pledge with its date; criteria and reasons required', async (ctx) => {
  const d = await ctx.launch(['--idle-seconds=3600']);
  await createStore(d);
  await waitForMeetingList(d);
  // A meeting without criteria and without a reason the family is absent.
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: CASE, date: '2026-11-24', purpose: 'Afstemmen van de hulp aan het gezin', familyPresent: false },
  })).id;
  const person = async (name, role, organisationType) =>
    (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name, organisation: `${name} organisatie`, function: '', phone: '', email: '', role, organisationType, secrecy: true },
    })).id;
  const lead = await person('Annemarie van Oudshoorn-Bakker', 'caseLead', 'wijkteam');
  const absent = await person('Bram Hendriksen-Oudenaarde', 'contentRole', 'veilig_thuis');
  await invokeOk(d, 'record_pledge', { meetingId: m, participantId: lead });
  await invokeOk(d, 'set_attendance', { input: { meetingId: m, participantId: absent, attendance: 'apologies', infoSent: true } });
  const mother = (await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation: 'parent', name: 'Fatima El Khatib', birthDate: '1988-03-01', present: false, parentalAuthority: true },
  })).subjects.at(-1).id;
  const item = (await invokeOk(d, 'add_item', {
    input: { meetingId: m, contributorId: lead, text: 'Schuldhulp loopt via de gemeente sinds september.', source: 'own', kind: 'fact', category: 'general', subjectIds: [mother] },
  })).id;
  const refs = await invokeOk(d, 'reference_data');
  const basis = refs.organisationTypes.find((t) => t.code === 'wijkteam').legalBases[0].code;
  await invokeOk(d, 'set_item_basis', { input: { meetingId: m, itemId: item, subjectIds: [mother], basis: { kind: 'legal', legalBasis: basis } } });
  const action = (await invokeOk(d, 'add_action', { input: { meetingId: m, who: absent, what: 'Gezinsgesprek plannen met moeder', due: '2026-12-15', reliesOn: [] } })).actions.at(-1).id;
  await invokeOk(d, 'add_notification', { input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } } });

  // R3/R4 and R2 on the checklist.
  let flow = await flowOf(d, m);
  for (const code of ['criteria_missing', 'family_absence_reason_missing', 'recipient_without_pledge']) {
    assert.ok(codes(flow).includes(code), `${code} missing from ${JSON.stringify(codes(flow))}`);
  }

  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, CASE);

  // ---- R2: the release to the absent, unpledged participant is refused in the UI -------
  await showSection(d, 'releases');
  await waitForTestId(d, 'release-matrix');
  await decideReleaseCell(d, item, absent, `release:${action}`);
  const refusal = await textOf(d, await waitForTestId(d, `release-error-${item}-${absent}`));
  assert.match(refusal, /geheimhouding nog niet bevestigd/, refusal);
  flow = await flowOf(d, m);
  assert.ok(!flow.releases.some((c) => c.recipientId === absent && c.kind === 'released'), 'released despite the refusal');

  // ---- R2: a later pledge with its date, through the participants section ------------
  await showSection(d, 'participants');
  await waitForTestId(d, 'laterPledge-submit');
  await select(d, 'laterPledge-participant', absent);
  // Before the meeting: refused next to the field.
  await type(d, 'laterPledge-pledgeDate', '2026-11-20');
  await click(d, 'laterPledge-submit');
  const early = await textOf(d, await waitForTestId(d, 'error-laterPledge-pledgeDate'));
  assert.match(early, /vanaf de dag van het overleg/, early);
  assert.equal((await flowOf(d, m)).profiles.find((p) => p.participantId === absent).pledgedAt, null);
  await shoot(d, 'participants-later-pledge-error');
  await type(d, 'laterPledge-pledgeDate', '2026-11-26');
  await click(d, 'laterPledge-submit');
  await waitUntil(async () => (await flowOf(d, m)).profiles.find((p) => p.participantId === absent).pledgedAt?.startsWith('2026-11-26'), {
    message: 'the later pledge to be stored with its date',
  });
  await shoot(d, 'participants-later-pledged');

  // The release now goes through the real UI.
  await showSection(d, 'releases');
  await decideReleaseCell(d, item, absent, `release:${action}`);
  await waitUntil(async () => (await flowOf(d, m)).releases.some((c) => c.recipientId === absent && c.kind === 'released'), {
    message: 'the release after the pledge',
  });
  flow = await flowOf(d, m);
  assert.ok(!codes(flow).includes('recipient_without_pledge'), JSON.stringify(codes(flow)));

  // ---- R3/R4: criteria and the reason the family is absent, through the UI -----------
  await showSection(d, 'preparation');
  await waitForTestId(d, 'prep-familyAbsenceReason');
  await type(d, 'prep-criteria', 'Zorgen over de veiligheid thuis; wijkteam en jeugdhulp zijn allebei betrokken.');
  // R7c: a reason of "." is no motivation.
  await type(d, 'prep-familyAbsenceReason', '.');
  await click(d, 'prep-submit');
  const thin = await textOf(d, await waitForTestId(d, 'error-prep-familyAbsenceReason'));
  assert.match(thin, /te kort.*hele zin.*4 woorden.*20 tekens/, thin);
  assert.equal((await flowOf(d, m)).criteria, null, 'a refused preparation changed the meeting');
  await shoot(d, 'preparation-reason-too-short');
  await type(d, 'prep-familyAbsenceReason', 'Moeder wil eerst zelf met de school praten en sluit daarna aan.');
  await click(d, 'prep-submit');
  await waitUntil(async () => (await flowOf(d, m)).familyAbsenceReason?.startsWith('Moeder wil eerst'), { message: 'the reason to be saved' });
  flow = await flowOf(d, m);
  assert.deepEqual(flow.checklist, [], `checklist left: ${JSON.stringify(codes(flow))}`);

  // ---- R15: a destroy-after date far ahead is refused (Dutch, nothing changed) --------
  const far = await invokeFromPage(d, 'set_retention', { meetingId: m, until: '2100-12-31' });
  assert.equal(far.ok, false);
  assert.equal(far.error.code, 'retention_beyond_term');
  assert.match(far.error.message, /6 maanden/);
  assert.equal((await flowOf(d, m)).retentionUntil, '2027-05-24');

  // Settings: the maximum and the rights register's term are shown and can be changed.
  await backToList(d);
  await click(d, 'open-settings');
  await waitForTestId(d, 'retention-ceiling');
  const settings = await invokeOk(d, 'get_settings');
  assert.equal(settings.retentionCeilingMonths, 24);
  assert.equal(settings.rightsRetentionMonths, 12);
  await type(d, 'rights-retention', '18');
  await click(d, 'rights-retention-submit');
  await waitForTestId(d, 'rights-retention-saved');
  assert.equal((await invokeOk(d, 'get_settings')).rightsRetentionMonths, 18);
  await shoot(d, 'settings-retention-limits');
});

// Decisions with their reasons and dissent (issue 17 points 2 and 3; R11, seed 002 "Als we
// een besluit nemen, leggen we uit waarom" and "Bij verschil van inzicht … gaan we hierover
// met elkaar in gesprek"), worked through the UI as a chair would: a decision without its
// reason is refused next to the field, a decision with reason and the inbreng it rests on,
// an action under it, a participant's dissent; then finalize, save the plan and read it back
// with pdftotext. Screenshots of the plan section with the big meeting at both sizes.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  appTest, click, screenshotsAt, select, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil,
} from './lib/app.mjs';
import { BIG_CASE, buildBigMeeting } from './lib/big-meeting.mjs';
import {
  assertFieldError, createStore, invokeOk, openMeeting, setChecked, showSection, waitForMeetingList,
} from './lib/flows.mjs';

useTauriDriver();

const CASE = 'Gezin Besluiten';
const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/shots-decisions';
const DECISION = 'Gezinscoach inzetten voor de ouders';
const WHY = 'Moeder vraagt om steun bij de opvoeding en school ziet verzuim';
const DISSENT = 'Eerst de behandeling bij de GGZ afronden';

/** A meeting whose checklist holds, through the commands the UI uses. */
async function prepareMeeting(d) {
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: CASE, date: '2026-11-24', purpose: 'Steun voor het gezin afstemmen', criteria: 'School en wijkteam zijn allebei betrokken.', familyPresent: true, familyAbsenceReason: '' },
  })).id;
  const person = async (name, organisation, role, organisationType) =>
    (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name, organisation, function: '', phone: '', email: '', role, organisationType, secrecy: true },
    })).id;
  const lead = await person('Anna Regie', 'Wijkteam Noord', 'caseLead', 'wijkteam');
  const gp = await person('Dokter Bos', 'Huisartsenpraktijk De Linde', 'contentRole', 'huisarts');
  for (const p of (await invokeOk(d, 'get_meeting_flow', { id: m })).participants) {
    await invokeOk(d, 'record_pledge', { meetingId: m, participantId: p.id });
  }
  const flow = await invokeOk(d, 'add_subject', {
    input: { meetingId: m, relation: 'youth', name: 'Kind', birthDate: '2014-11-24', present: true },
  });
  const child = flow.subjects.at(-1).id;
  const item = (await invokeOk(d, 'add_item', {
    input: { meetingId: m, contributorId: lead, text: 'Kind verzuimt school sinds september', source: 'own', kind: 'fact', category: 'general', subjectIds: [child] },
  })).id;
  const refs = await invokeOk(d, 'reference_data');
  const basis = refs.organisationTypes.find((t) => t.code === 'wijkteam').legalBases[0].code;
  await invokeOk(d, 'set_item_basis', { input: { meetingId: m, itemId: item, subjectIds: [child], basis: { kind: 'legal', legalBasis: basis } } });
  return { m, lead, gp, item };
}

function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

appTest('R11/seed 002: a decision with its reason, an action under it and a dissent reach the plan PDF', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-decisions-'));
  try {
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    const ids = await prepareMeeting(d);
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, CASE);
    await showSection(d, 'plan');

    // A decision without its reason is refused, next to the field.
    await type(d, 'decision-what', DECISION);
    await click(d, 'decision-submit');
    await assertFieldError(d, 'decision', 'why');
    await waitForCount(d, 'decision-card', 0);

    await type(d, 'decision-why', WHY);
    await setChecked(d, `decision-restsOn-${ids.item}`, true);
    await click(d, 'decision-submit');
    await waitForCount(d, 'decision-card', 1);
    assert.match(await textOf(d, 'decision-card'), new RegExp(WHY));

    // An action under the decision.
    await select(d, 'action-decision', (await invokeOk(d, 'get_meeting_flow', { id: ids.m })).decisions[0].id);
    await select(d, 'action-who', ids.lead);
    await type(d, 'action-what', 'Gezinscoach aanvragen bij het wijkteam');
    await type(d, 'action-due', '2026-12-15');
    await click(d, 'action-submit');
    await waitUntil(async () => /Gezinscoach aanvragen/.test(await textOf(d, 'decision-card')), {
      message: 'the action is listed under its decision',
    });

    // Dokter Bos disagrees, and says why.
    await click(d, 'dissent-open');
    await select(d, 'dissent-who', ids.gp);
    await type(d, 'dissent-why', DISSENT);
    await click(d, 'dissent-submit');
    await waitForTestId(d, 'dissent-line');
    assert.ok(
      (await textOf(d, 'dissent-line')).startsWith(`Dokter Bos (Huisartsenpraktijk De Linde) is het niet eens: ${DISSENT}`),
      'the dissent is listed under its decision',
    );

    await invokeOk(d, 'add_notification', {
      input: { meetingId: ids.m, subjectIds: [], informer: ids.lead, method: 'conversation', timing: { kind: 'beforehand' } },
    }).catch(() => {});
    // R14c: the chair checks that the decision reads well for the family.
    const decisionId = (await invokeOk(d, 'get_meeting_flow', { id: ids.m })).decisions[0].id;
    await showSection(d, 'family');
    await select(d, `letter-action-choice-${decisionId}`, 'checked');
    await click(d, `letter-action-save-${decisionId}`);
    await waitUntil(async () => (await invokeOk(d, 'get_meeting_flow', { id: ids.m })).decisions[0].forFamily.kind === 'checked', {
      message: 'the decision is checked for the family',
    });
    await showSection(d, 'finalize');
    await click(d, 'finalize-submit');
    await waitForTestId(d, 'finalized-banner');
    await waitForTestId(d, 'documents');
    await click(d, 'documents-save-all');
    await waitUntil(async () => /opgeslagen/.test(await textOf(d, 'documents-saved')), { message: 'documents saved' });
    await ctx.quit(d);

    const files = await fsp.readdir(exportDir);
    const plan = pdfText(path.join(exportDir, files.find((f) => f.includes('plan-van-aanpak'))));
    let from = 0;
    for (const s of [
      `Besluit 1: ${DECISION}`,
      `Waarom: ${WHY}`,
      'Berust op inbreng:',
      `Dokter Bos (Huisartsenpraktijk De Linde) is het niet eens: ${DISSENT}`,
      'Afspraak 1: Anna Regie (Wijkteam Noord)',
      'Gezinscoach aanvragen bij het wijkteam',
    ]) {
      const at = plan.indexOf(s, from);
      assert.ok(at >= 0, `plan shows "${s}" in order: ${plan}`);
      from = at + s.length;
    }
    assert.ok(!plan.includes('Kind verzuimt school'), 'the plan refers to inbreng by reference only');
    // Seed 002: the family letter explains the decision and why, never the dissent.
    const letters = files.filter((f) => /brief-gezin/.test(f)).map((f) => pdfText(path.join(exportDir, f)));
    assert.ok(letters.length > 0, JSON.stringify(files));
    for (const letter of letters) {
      assert.ok(letter.includes('Wat heeft het overleg besloten?'), letter);
      assert.ok(letter.includes(`${DECISION}. Waarom: ${WHY}.`), letter);
      assert.ok(!letter.includes(DISSENT), 'no dissent in a family letter');
    }
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

appTest('decisions in the plan section of the big meeting, at both screen sizes', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  const m = await buildBigMeeting(d);
  let flow = await invokeOk(d, 'get_meeting_flow', { id: m });
  const [a, b, c] = flow.participants.map((p) => p.id);
  for (const [what, why] of [
    ['Anne-Marije krijgt een gezinscoach van het wijkteam', 'Moeder vraagt om steun en de school ziet dat Anne-Marije vaak te laat komt en moe is'],
    ['De schuldhulpverlening wordt met voorrang ingezet', 'De schulden geven thuis veel spanning; zonder rust lukt de rest van het plan niet'],
    ['Geen melding bij Veilig Thuis op dit moment', 'Er zijn geen signalen van onveiligheid; het wijkteam volgt het gezin van dichtbij'],
  ]) {
    flow = await invokeOk(d, 'add_decision', { input: { meetingId: m, what, why, restsOn: flow.items.slice(0, 3).map((i) => i.id) } });
  }
  const [d1, d2] = flow.decisions.map((x) => x.id);
  await invokeOk(d, 'add_action', { input: { meetingId: m, who: a, what: 'Gezinscoach aanvragen en een eerste huisbezoek plannen', due: '2026-12-15', reliesOn: [], decisionId: d1 } });
  await invokeOk(d, 'add_action', { input: { meetingId: m, who: b, what: 'Aanmelding bij de schuldhulp doen met moeder', due: '2026-12-20', reliesOn: [], decisionId: d2 } });
  await invokeOk(d, 'add_dissent', { input: { meetingId: m, decisionId: d2, participantId: c, why: 'Eerst de inkomsten op orde brengen, dan pas de schuldhulp' } });
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await openMeeting(d, BIG_CASE);
  await showSection(d, 'plan');
  await waitForCount(d, 'decision-card', 3);
  await fsp.mkdir(SHOTS, { recursive: true });
  await screenshotsAt(d, SHOTS, 'plan-decisions', { target: 'decision-card', block: 'start' });
  await screenshotsAt(d, SHOTS, 'plan-decision-form', { target: 'decision-what', block: 'center' });
});

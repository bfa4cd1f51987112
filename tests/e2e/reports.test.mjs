// Rapportages on the real binary (R19/R20): a finalized meeting prepared through
// the app's own commands; the anonymous report is shown in the UI with small counts as
// "<5" and saved as CSV and JSON, the breach list names exactly the receiving
// organisations, and the consent records of the meeting are saved as ISO/IEC TS 27560 JSON
// from its documents panel. Every saved file is read back (`--export-dir`).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { allByTestId, appTest, click, select, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { assertFieldError, createStore, invokeFromPage, invokeOk, openMeeting, rowById, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const CASE = 'Gezin CASUSMARKER';
const MARKERS = ['CASUSMARKER', 'MOEDERMARKER', 'KINDMARKER', '1988-03-01', '2014-11-24', 'REGIEMARKER', 'DOKTERMARKER', 'FEITMARKER', 'GEZONDMARKER', 'AFSPRAAKMARKER', 'Wijkteam Noord', 'Huisartsenpraktijk Bos'];

async function prepareMeeting(d) {
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: CASE, date: '2026-03-10', purpose: 'Veiligheid en school', criteria: 'Zorgen over de veiligheid thuis; school en wijkteam zijn allebei betrokken.', familyPresent: false, familyAbsenceReason: 'Moeder wil eerst zelf met de school praten en sluit daarna aan.' },
  })).id;
  const person = async (name, organisation, role, organisationType) =>
    (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name, organisation, function: '', phone: '', email: '', role, organisationType, secrecy: true },
    })).id;
  const lead = await person('Anna REGIEMARKER', 'Wijkteam Noord', 'caseLead', 'wijkteam');
  const gp = await person('Dokter DOKTERMARKER', 'Huisartsenpraktijk Bos', 'contentRole', 'huisarts');
  for (const p of (await invokeOk(d, 'get_meeting_flow', { id: m })).participants) {
    await invokeOk(d, 'record_pledge', { meetingId: m, participantId: p.id });
  }
  const subject = async (relation, name, birthDate) =>
    (await invokeOk(d, 'add_subject', {
      input: { meetingId: m, relation, name, birthDate, present: false, parentalAuthority: relation === 'parent' },
    })).subjects.at(-1).id;
  const mother = await subject('parent', 'Moeder MOEDERMARKER', '1988-03-01');
  const child = await subject('youth', 'Kind KINDMARKER', '2014-11-24');
  const item = async (by, text, category, about) =>
    (await invokeOk(d, 'add_item', { input: { meetingId: m, contributorId: by, text, source: 'own', kind: 'fact', category, subjectIds: about } })).id;
  // set_item_basis sets the item's subjects (R6): the fact is about mother and child.
  const fact = await item(lead, 'FEITMARKER verzuim', 'general', [mother, child]);
  await invokeOk(d, 'set_item_basis', { input: { meetingId: m, itemId: fact, subjectIds: [mother, child], basis: { kind: 'consent', notCompetent: [] } } });
  await invokeOk(d, 'add_consent', { input: { meetingId: m, itemId: fact, subjectId: mother, givenBy: { kind: 'subject' }, method: 'written', scopeRecipients: [gp], scopePurpose: 'Hulp bij schoolverzuim afstemmen met de huisarts' } });
  // R8: the child is 11, so the mother (gezag) consents for her.
  await invokeOk(d, 'add_consent', { input: { meetingId: m, itemId: fact, subjectId: child, givenBy: { kind: 'parent', subjectId: mother }, method: 'verbal', scopeRecipients: [gp], scopePurpose: 'Hulp bij schoolverzuim afstemmen met de huisarts' } });
  const health = await item(gp, 'GEZONDMARKER behandeling', 'special', [mother]);
  await invokeOk(d, 'set_item_basis', {
    input: {
      meetingId: m, itemId: health, subjectIds: [mother],
      basis: { kind: 'conflictOfDuties', answers: { legitimatePurpose: true, onlyWay: true, consentAskedOrImpossible: true, childInterestOutweighs: true }, motivation: 'Veiligheid van het kind gaat voor' },
    },
  });
  let flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: lead, what: 'AFSPRAAKMARKER gesprek', due: '2026-04-15', reliesOn: [] } });
  const actionLead = flow.actions.at(-1).id;
  flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: gp, what: 'Doorverwijzen', due: '2026-04-20', reliesOn: [] } });
  const actionGp = flow.actions.at(-1).id;
  const decide = (itemId, recipientId, choice) => invokeOk(d, 'decide_release', { input: { meetingId: m, itemId, recipientId, choice } });
  await decide(fact, gp, { kind: 'release', actionId: actionGp, motivation: '' });
  await decide(health, lead, { kind: 'release', actionId: actionLead, motivation: 'Nodig voor het gesprek' });
  await invokeOk(d, 'add_notification', {
    input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } },
  });
  await invokeOk(d, 'finalize_meeting', { meetingId: m });
  return m;
}

async function savedText(d) {
  await waitUntil(async () => /opgeslagen in/.test(await textOf(d, 'report-saved')), {
    message: async () => `report-saved (is ${JSON.stringify(await textOf(d, 'report-saved'))})`,
  });
  return textOf(d, 'report-saved');
}

appTest('R19/R20 report screen: small cells as <5, CSV/JSON without personal data, breach list, ISO 27560 consent export', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-reports-'));
  try {
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    await prepareMeeting(d);
    await d.navigate().refresh();
    await waitForMeetingList(d);

    await click(d, 'open-reports');
    // R19: only whole months, quarters and years can be chosen.
    const kinds = await d.executeScript('return Array.from(arguments[0].options).map(o => o.value);', await waitForTestId(d, 'report-period-kind'));
    assert.deepEqual(kinds, ['month', 'quarter', 'year']);
    await select(d, 'report-period-kind', 'quarter');
    await select(d, 'report-year', '2026');
    await select(d, 'report-quarter', '1');
    await click(d, 'report-show');
    await waitForTestId(d, 'report-table');
    assert.match(await textOf(d, 'report-table'), /2026-Q1/, 'R19: the caption names the quarter');
    await select(d, 'report-period-kind', 'month');
    await select(d, 'report-month', '03');
    await click(d, 'report-show');
    await waitUntil(async () => /2026-03 /.test(await textOf(d, 'report-table')), { message: 'report of 2026-03' });
    await waitForTestId(d, 'report-table');
    const cell = async (id) => (await (await rowById(d, 'report-row', id)).getText()).trim();
    assert.match(await cell('meetings.totaal'), /<5$/, 'R19: one meeting shows as <5');
    assert.match(await cell('items_by_category.special'), /<5$/);
    assert.match(await cell('rights_requests.in_time'), /afgehandeld0$/, 'R17 × R19: no requests in the period → 0');
    // R19: no case label in the anonymous report (the breach register further down the
    // screen is the chair's own and names meetings, R20).
    const reportSection = await d.findElement({ css: 'section[aria-labelledby="report-heading"]' });
    const reportHtml = await d.executeScript('return arguments[0].outerHTML;', reportSection);
    assert.ok(!reportHtml.includes('CASUSMARKER'), 'R19: no case label in the report');

    await click(d, 'report-save-csv');
    assert.match(await savedText(d), /rapportage-2026-03\.csv/);
    await click(d, 'report-save-json');
    assert.match(await savedText(d), /rapportage-2026-03\.json/);
    // R19: a free day range is refused by the real command with a Dutch message.
    const free = await invokeFromPage(d, 'management_report', { input: { period: '2026-03-01' } });
    assert.equal(free.ok, false);
    assert.equal(free.error.code, 'invalid_period');
    assert.equal(free.error.field, 'period');
    assert.match(free.error.message, /hele maand, een kwartaal of een jaar/);

    // R20: all meetings (default): the two organisations that received released items.
    await click(d, 'breach-show');
    await waitForCount(d, 'breach-organisation', 2);
    await click(d, 'breach-save');
    assert.match(await savedText(d), /datalek-ontvangers-.*\.json/);
    await click(d, 'breach-save-pdf');
    assert.match(await savedText(d), /datalek-ontvangers-.*\.pdf/);

    await click(d, 'reports-back');
    await waitForMeetingList(d);
    await openMeeting(d, CASE);
    await showSection(d, 'finalize');
    await click(d, 'export-consent');
    await waitUntil(async () => /1 document opgeslagen/.test(await textOf(d, 'documents-saved')), {
      message: async () => `documents-saved (is ${JSON.stringify(await textOf(d, 'documents-saved'))})`,
    });
    await ctx.quit(d);

    const files = (await fsp.readdir(exportDir)).sort();
    assert.equal(files.length, 5, JSON.stringify(files));
    const read = (part, ext = '') => fsp.readFile(path.join(exportDir, files.find((f) => f.includes(part) && f.endsWith(ext))), 'utf8');
    const csv = await read('.csv');
    const json = await read('rapportage-2026-03.json');
    for (const marker of MARKERS) {
      assert.ok(!csv.includes(marker) && !json.includes(marker), `R19: ${marker} not in the report`);
    }
    assert.match(csv, /^groep,regel,omschrijving,aantal\n/);
    assert.match(csv, /\nmeetings,totaal,Casusoverleggen,<5\n/);
    for (const line of csv.trim().split('\n').slice(1)) {
      assert.doesNotMatch(line, /,[1-4]$/, `R19: no count of 1-4 in "${line}"`);
    }
    const report = JSON.parse(json);
    assert.equal(report.groups.find((g) => g.code === 'meetings').total, '<5');

    const breach = JSON.parse(await read('datalek-ontvangers-', '.json'));
    const pdf = execFileSync('pdftotext', ['-layout', path.join(exportDir, files.find((f) => f.endsWith('.pdf'))), '-'], { encoding: 'utf8' });
    assert.match(pdf, /Vertrouwelijk/);
    assert.match(pdf, /Huisartsenpraktijk Bos/);
    assert.match(pdf, /Wijkteam Noord/);
    for (const marker of ['MOEDERMARKER', 'KINDMARKER', 'CASUSMARKER', 'FEITMARKER']) assert.ok(!pdf.includes(marker), marker);
    assert.deepEqual(breach.organisations.map((o) => o.organisation), ['Huisartsenpraktijk Bos', 'Wijkteam Noord']);
    const gp = breach.organisations[0];
    assert.deepEqual(gp.categories, [{ category: 'general', items: 1, subjects: 2 }]);
    const lead = breach.organisations[1];
    assert.deepEqual(lead.categories, [{ category: 'special', items: 1, subjects: 1 }]);

    const consent = JSON.parse(await read('toestemmingen-iso27560'));
    assert.equal(consent['@graph'].length, 2);
    const record = consent['@graph'][0];
    assert.equal(record['@type'], 'dpv:ConsentRecord');
    assert.equal(record['dpv:hasDataSubject']['dct:title'], 'Moeder MOEDERMARKER');
    // DPV 2.3 / the 27560 guide: the consent's history of states (given, not withdrawn).
    assert.deepEqual(record['dpv:hasConsentStatus'].map((s) => s['@type']), ['dpv:ConsentGiven']);
    assert.equal(record['dpv:hasProcess']['dpv:hasRecipient'][0]['casus:organisation'], 'Huisartsenpraktijk Bos');
    const forChild = consent['@graph'][1];
    assert.deepEqual(forChild['dpv:hasDataSubject']['@type'], ['dpv:DataSubject', 'dpv:Child']);
    const given = forChild['dpv:hasConsentStatus'][0];
    assert.equal(given['dpv:isIndicatedBy']['@type'], 'dpv:ParentOfDataSubject');
    assert.equal(given['dpv:isIndicatedBy']['dct:title'], 'Moeder MOEDERMARKER');
    assert.equal(given['dpv:hasIndicationMethod'], 'mondeling');
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

/** `YYYY-MM-DDTHH:MM` in the app's local time, `hours` from now (what datetime-local takes). */
async function localMoment(d, hours) {
  return d.executeScript(
    `const t = new Date(Date.now() + arguments[0] * 3600 * 1000);
     const p = (n) => String(n).padStart(2, '0');
     return t.getFullYear() + '-' + p(t.getMonth() + 1) + '-' + p(t.getDate()) + 'T' + p(t.getHours()) + ':' + p(t.getMinutes());`,
    hours,
  );
}

/** Screenshots of the screen at both sizes the chair uses (only with SHOTS_DIR set). */
async function shoot(d, name) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  await fsp.mkdir(dir, { recursive: true });
  for (const [w, h] of [[1366, 768], [1920, 1080]]) {
    await d.manage().window().setRect({ x: 0, y: 0, width: w, height: h });
    await new Promise((r) => setTimeout(r, 400));
    await fsp.writeFile(path.join(dir, `${name}-${w}x${h}.png`), await d.takeScreenshot(), 'base64');
  }
}

appTest('R20 breach register: discovery moment, 24-hour clock, partners informed, whom to inform per meeting', async (ctx) => {
  const d = await ctx.launch();
  await createStore(d);
  await prepareMeeting(d);
  await d.navigate().refresh();
  await waitForMeetingList(d);
  await click(d, 'open-reports');

  // Bad input: discovered in the future → a Dutch error next to the field, nothing stored.
  await type(d, 'breach-discovered', await localMoment(d, 3));
  await type(d, 'breach-description', 'Laptop van de voorzitter kwijtgeraakt in de trein naar Utrecht Centraal');
  await click(d, 'breach-register');
  const msg = await assertFieldError(d, 'breach', 'discoveredAt', 'breach-discovered');
  assert.match(msg, /toekomst/);
  assert.equal((await allByTestId(d, 'breach-entry')).length, 0);
  // No description: refused next to that field.
  await type(d, 'breach-discovered', await localMoment(d, -2));
  await type(d, 'breach-description', ' ');
  await click(d, 'breach-register');
  await assertFieldError(d, 'breach', 'description', 'breach-description');

  // Lost laptop, discovered two hours ago: the whole store.
  await type(d, 'breach-description', 'Laptop van de voorzitter kwijtgeraakt in de trein naar Utrecht Centraal');
  await click(d, 'breach-register');
  await waitForCount(d, 'breach-entry', 1);
  assert.match(await textOf(d, 'breach-clock'), /^Nog 2[12] uur$/, 'R20: about 22 hours left');

  // Whom to inform: per meeting, organisations as contributor and recipient, the family.
  await click(d, 'breach-show-lists');
  await waitForCount(d, 'breach-list-meeting', 1);
  const orgs = await Promise.all((await allByTestId(d, 'breach-list-organisation')).map((e) => e.getText()));
  assert.deepEqual(orgs, [
    'Huisartsenpraktijk Bos (Huisarts): bracht gegevens in en kreeg gegevens',
    'Wijkteam Noord (Wijkteam of sociaal team): bracht gegevens in en kreeg gegevens',
  ]);
  const family = await Promise.all((await allByTestId(d, 'breach-list-family')).map((e) => e.getText()));
  assert.deepEqual(family, ['Moeder MOEDERMARKER (ouder)', 'Kind KINDMARKER (jeugdige)']);
  await shoot(d, 'breach-register-lists');

  // Partners told: the clock shows when.
  await click(d, 'breach-mark-informed');
  await waitUntil(async () => /^Geïnformeerd op /.test(await textOf(d, 'breach-clock')), {
    message: async () => `breach-clock (is ${JSON.stringify(await textOf(d, 'breach-clock'))})`,
  });
  assert.equal((await allByTestId(d, 'breach-mark-informed')).length, 0);

  // A breach of one meeting, found 30 hours ago and not yet passed on: "te laat".
  const meeting = (await invokeOk(d, 'list_meetings', {})).meetings[0].id;
  await type(d, 'breach-discovered', await localMoment(d, -30));
  await select(d, 'breach-scope', meeting);
  await type(d, 'breach-description', 'Uitdraai van het plan van aanpak op de printer laten liggen');
  await click(d, 'breach-register');
  await waitForCount(d, 'breach-entry', 2);
  const clocks = await Promise.all((await allByTestId(d, 'breach-clock')).map((e) => e.getText()));
  assert.match(clocks[0], /^Geïnformeerd op /, 'most recently discovered first');
  assert.match(clocks[1], /^Te laat: de 24 uur zijn [56] uur geleden verstreken$/);
  await shoot(d, 'breach-register-overdue');

  // The period picker, for the screenshots.
  await select(d, 'report-period-kind', 'quarter');
  await select(d, 'report-year', '2026');
  await select(d, 'report-quarter', '1');
  await click(d, 'report-show');
  await waitForTestId(d, 'report-table');
  await d.executeScript('window.scrollTo(0, 0)');
  await shoot(d, 'report-period');
  await ctx.quit(d);
});

// Documents on the real binary (R14): a meeting prepared through the app's own
// commands is finalized in the UI, every document is saved from the UI into a folder
// (`--export-dir`: the native folder dialog is out of WebDriver's reach), and the text of
// every PDF is read back with poppler's pdftotext: each extract holds exactly what was
// released to its recipient, every page is marked, the secret address is nowhere.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appTest, click, textOf, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { createStore, invokeOk, openMeeting, showSection, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const CASE = 'Gezin Documenten';
const SECRET = 'Verborgenlaan 7 GEHEIMADRESMARKER';
const TEXT = {
  consent: 'Kind verzuimt school sinds september',
  legal: 'Schuldhulp loopt via de gemeente',
  conflict: 'Moeder is onder behandeling bij de GGZ',
};

/** Builds a meeting whose checklist is empty, through the same commands the UI uses. */
async function prepareMeeting(d) {
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: CASE, date: '2026-11-24', purpose: 'Veiligheid en school', criteria: 'Zorgen over de veiligheid thuis; school en wijkteam zijn allebei betrokken.', familyPresent: false, familyAbsenceReason: 'Moeder wil eerst zelf met de school praten en sluit daarna aan.' },
  })).id;
  const person = async (name, organisation, role, organisationType, secrecy) =>
    (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name, organisation, function: '', phone: '', email: '', role, organisationType, secrecy },
    })).id;
  const lead = await person('Anna Regie', 'Wijkteam Noord', 'caseLead', 'wijkteam', true);
  const gp = await person('Dokter Bos', 'Huisartsenpraktijk De Linde', 'contentRole', 'huisarts', true);
  await person('Meester Jan', 'Basisschool De Regenboog', 'informant', 'onderwijs', false);
  for (const p of (await invokeOk(d, 'get_meeting_flow', { id: m })).participants) {
    await invokeOk(d, 'record_pledge', { meetingId: m, participantId: p.id });
  }
  const subject = async (relation, name, birthDate) => {
    const flow = await invokeOk(d, 'add_subject', {
      input: { meetingId: m, relation, name, birthDate, present: false, parentalAuthority: relation === 'parent' },
    });
    return flow.subjects.at(-1).id;
  };
  const mother = await subject('parent', 'Moeder', '1988-03-01');
  const child = await subject('youth', 'Kind', '2014-11-24');
  await invokeOk(d, 'set_secret_address', { meetingId: m, subjectId: mother, address: SECRET });

  const item = async (by, text, category, about) =>
    (await invokeOk(d, 'add_item', { input: { meetingId: m, contributorId: by, text, source: 'own', kind: 'fact', category, subjectIds: [about] } })).id;
  const consent = await item(lead, TEXT.consent, 'general', child);
  await invokeOk(d, 'set_item_basis', { input: { meetingId: m, itemId: consent, subjectIds: [child], basis: { kind: 'consent', notCompetent: [] } } });
  await invokeOk(d, 'add_consent', { input: { meetingId: m, itemId: consent, subjectId: child, givenBy: { kind: 'subject' }, method: 'verbal', scopeRecipients: [gp], scopePurpose: 'Zorg voor het kind afstemmen' } });
  const legal = await item(lead, TEXT.legal, 'general', mother);
  const refs = await invokeOk(d, 'reference_data');
  const basis = refs.organisationTypes.find((t) => t.code === 'wijkteam').legalBases[0].code;
  await invokeOk(d, 'set_item_basis', { input: { meetingId: m, itemId: legal, subjectIds: [mother], basis: { kind: 'legal', legalBasis: basis } } });
  const conflict = await item(gp, TEXT.conflict, 'special', mother);
  await invokeOk(d, 'set_item_basis', {
    input: {
      meetingId: m, itemId: conflict, subjectIds: [mother],
      basis: { kind: 'conflictOfDuties', answers: { legitimatePurpose: true, onlyWay: true, consentAskedOrImpossible: true, childInterestOutweighs: true }, motivation: 'Veiligheid van het kind gaat voor' },
    },
  });
  let flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: lead, what: 'Gesprek met school plannen', due: '2026-12-15', reliesOn: [] } });
  const actionLead = flow.actions.at(-1).id;
  flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: gp, what: 'Doorverwijzen naar jeugd-GGZ', due: '2026-12-20', reliesOn: [] } });
  const actionGp = flow.actions.at(-1).id;
  const decide = (itemId, recipientId, choice) => invokeOk(d, 'decide_release', { input: { meetingId: m, itemId, recipientId, choice } });
  await decide(consent, gp, { kind: 'release', actionId: actionGp, motivation: '' });
  await decide(legal, gp, { kind: 'stays' });
  await decide(conflict, lead, { kind: 'release', actionId: actionLead, motivation: 'Nodig voor het gesprek' });
  flow = await invokeOk(d, 'add_notification', {
    input: { meetingId: m, subjectIds: [], informer: lead, method: 'conversation', timing: { kind: 'beforehand' } },
  });
  assert.deepEqual(flow.checklist, [], 'the checklist must be empty before finalizing');
}

function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

appTest('R14 finalize in the UI, save every document, and read back exactly what was released', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-export-'));
  try {
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    await prepareMeeting(d);
    // The list was loaded before the meeting existed: reload the page (the store stays open).
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, CASE);

    await showSection(d, 'finalize');
    await click(d, 'finalize-submit');
    await waitForTestId(d, 'finalized-banner');
    await waitForTestId(d, 'documents');
    // Plan, a letter for each addressee (the mother and the child, 12 on the meeting date;
    // R12/R14c) and one extract for each of the two recipients.
    await waitForCount(d, 'document-row', 5);

    await click(d, 'documents-save-all');
    await waitUntil(async () => /5 documenten opgeslagen/.test(await textOf(d, 'documents-saved')), {
      message: async () => `documents-saved to report 5 files (is ${JSON.stringify(await textOf(d, 'documents-saved'))})`,
    });
    const source = await d.getPageSource();
    assert.ok(!source.includes('GEHEIMADRESMARKER'), 'R14: the secret address is not in the page');
    await ctx.quit(d);

    const files = (await fsp.readdir(exportDir)).sort();
    assert.equal(files.length, 5, JSON.stringify(files));
    assert.ok(files.every((f) => f.endsWith('.pdf')), 'no .part files left behind');
    const text = Object.fromEntries(files.map((f) => [f, pdfText(path.join(exportDir, f))]));
    for (const [file, body] of Object.entries(text)) {
      for (const page of body.split('\f').filter((p) => p.trim())) {
        assert.match(page, /Vertrouwelijk/, `every page of ${file} is marked`);
        assert.match(page, /pagina \d+ van \d+/, `every page of ${file} is numbered`);
        assert.match(page, /Logboek #\d+/, `R18: every page of ${file} says how far the audit log had come`);
      }
      assert.ok(!body.includes('GEHEIMADRESMARKER'), `R14: no secret address in ${file}`);
    }
    const flat = (s) => s.replace(/\s+/g, ' ');
    const byName = (part) => flat(text[files.find((f) => f.includes(part))]);
    const plan = byName('plan-van-aanpak');
    const letter = files.filter((f) => f.includes('brief-gezin')).map((f) => flat(text[f])).join(' ');
    assert.match(letter, /Beste Moeder,/, 'a letter for the mother');
    assert.match(letter, /Beste Kind,/, 'a letter for the child');
    // R21: file names name the recipient's organisation, never the person.
    for (const f of files) assert.ok(!/anna|regie|dokter|bos|moeder|kind/.test(f), `no person's name in ${f}`);
    const gp = byName('huisartsenpraktijk-de-linde');
    const lead = byName('wijkteam-noord');
    assert.match(plan, /Gesprek met school plannen/);
    assert.match(letter, /Anna Regie/, 'the family letter names the regiehouder');
    for (const t of Object.values(TEXT)) {
      assert.ok(!plan.includes(t) && !letter.includes(t), `no item text in plan or letter: ${t}`);
    }
    assert.ok(gp.includes(TEXT.consent), 'R9: released to the GP');
    assert.ok(!gp.includes(TEXT.legal) && !gp.includes(TEXT.conflict), 'R9: nothing else for the GP');
    assert.ok(lead.includes(TEXT.conflict), 'R9: released to the lead');
    assert.ok(!lead.includes(TEXT.consent) && !lead.includes(TEXT.legal), 'R9: nothing else for the lead');
    for (const f of files) execFileSync('qpdf', ['--check', path.join(exportDir, f)], { stdio: 'pipe' });
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

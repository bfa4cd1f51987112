// Rights requests on the real binary (R17, R14d): a family member known from a meeting is
// found by part of the name and picked in the "Verzoeken" screen, bad input is refused with a Dutch message and changes
// nothing, an access request is registered in the UI, and the access report is saved from
// the UI (`--export-dir`) as PDF and JSON. The PDF is read back with pdftotext: it holds
// the subject's item and not the other family member's.

import assert from 'node:assert/strict';
import { By } from 'selenium-webdriver';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appTest, click, select, textOf, type, useTauriDriver, waitForCount, waitForTestId, waitUntil } from './lib/app.mjs';
import { createStore, invokeOk, waitForMeetingList } from './lib/flows.mjs';

useTauriDriver();

const ANNA_ITEM = 'Anna slaapt slecht sinds de verhuizing INZAGEMARKER';
const BRAM_ITEM = 'Bram heeft ruzie op school ANDERMARKER';
const ANNA_KEY = 'anna de vries|2014-03-01';

async function prepareMeeting(d) {
  const m = (await invokeOk(d, 'create_meeting', {
    input: { caseLabel: 'Gezin De Vries', date: '2026-11-24', purpose: 'Hulp afstemmen' },
  })).id;
  const person = async (name, role) =>
    (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name, organisation: `${name} organisatie`, function: '', phone: '', email: '', role, organisationType: 'wijkteam', secrecy: true },
    })).id;
  const lead = await person('Lea Regie', 'caseLead');
  const coach = await person('Chris Coach', 'contentRole');
  // R2: the recipient confirmed confidentiality before anything is released to them.
  await invokeOk(d, 'record_pledge', { meetingId: m, participantId: lead });
  const subject = async (name, birthDate) =>
    (await invokeOk(d, 'add_subject', {
      input: { meetingId: m, relation: 'youth', name, birthDate, present: false },
    })).subjects.at(-1).id;
  const anna = await subject('Anna de Vries', '2014-03-01');
  const bram = await subject('Bram de Vries', '2012-06-06');
  const flow = await invokeOk(d, 'add_action', { input: { meetingId: m, who: lead, what: 'Hulp regelen', due: '2026-12-15', reliesOn: [] } });
  const action = flow.actions.at(-1).id;
  for (const [text, about] of [[ANNA_ITEM, anna], [BRAM_ITEM, bram]]) {
    const item = (await invokeOk(d, 'add_item', {
      input: { meetingId: m, contributorId: coach, text, source: 'own', kind: 'fact', category: 'general', subjectIds: [about] },
    })).id;
    await invokeOk(d, 'set_item_basis', {
      input: { meetingId: m, itemId: item, subjectIds: [about], basis: { kind: 'legal', legalBasis: 'jeugdwet-2.3' } },
    });
    await invokeOk(d, 'decide_release', {
      input: { meetingId: m, itemId: item, recipientId: lead, choice: { kind: 'release', actionId: action, motivation: '' } },
    });
  }
}

appTest('R17 register an access request in the UI and save the access report (PDF + JSON)', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-rights-'));
  try {
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    await prepareMeeting(d);
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await click(d, 'open-rights');
    await waitForTestId(d, 'rights-subject');

    // Bad input: no family member chosen, then a date in the future: Dutch errors, nothing registered.
    await type(d, 'rights-requesterName', 'Petra de Vries');
    await click(d, 'rights-submit');
    await waitUntil(async () => /Kies een betrokkene uit de lijst/.test(await textOf(d, 'error-rights-subject')), {
      message: 'a Dutch error next to the subject field',
    });
    // The register is a search (issue 19): the person is found by part of the name.
    await type(d, 'rights-subject-search', 'vries an');
    await select(d, 'rights-subject', ANNA_KEY);
    await select(d, 'rights-requestKind', 'access');
    await select(d, 'rights-requester', 'parentWithAuthority');
    await type(d, 'rights-receivedOn', '2999-01-01');
    await click(d, 'rights-submit');
    await waitForTestId(d, 'error-rights-receivedOn');
    const listed = await invokeOk(d, 'list_rights_requests');
    assert.equal(listed.length, 0, 'a refused request changes nothing');

    const today = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    await type(d, 'rights-receivedOn', `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`);
    await click(d, 'rights-submit');
    await waitForCount(d, 'rights-row', 1);
    assert.match(await textOf(d, 'rights-status'), /Open/);

    await click(d, 'rights-report');
    await waitUntil(async () => /inzageoverzicht-.*\.pdf en inzageoverzicht-.*\.json/.test(await textOf(d, 'rights-saved')), {
      message: async () => `rights-saved to name both files (is ${JSON.stringify(await textOf(d, 'rights-saved'))})`,
    });

    // An older request is overdue: listed first (earliest deadline) and marked in words.
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    await invokeOk(d, 'register_rights_request', {
      input: {
        subjectKey: ANNA_KEY, kind: 'access', requester: 'parentWithAuthority', requesterName: 'Piet de Vries',
        receivedOn: `${old.getFullYear()}-${pad(old.getMonth() + 1)}-${pad(old.getDate())}`,
      },
    });
    await click(d, 'rights-back');
    await waitForMeetingList(d);
    await click(d, 'open-rights');
    await waitForCount(d, 'rights-row', 2);
    const rows = await d.findElements(By.css('[data-testid="rights-row"]'));
    assert.match(await rows[0].getText(), /Te laat/, 'the overdue request comes first, marked "Te laat"');
    assert.doesNotMatch(await rows[1].getText(), /Te laat/);
    // Extending the overdue one is refused with a Dutch message; the one in time is extended.
    await click(d, 'rights-extend');
    await waitUntil(async () => /termijn van dit verzoek is al voorbij/.test(await textOf(d, 'error-rightsAction')), {
      message: 'a Dutch refusal to extend after the deadline',
    });
    const second = (await d.findElements(By.css('[data-testid="rights-row"]')))[1];
    const notice = await second.findElement(By.css('[data-testid="rights-notice"]'));
    await d.executeScript(
      "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
      notice,
      'Wij hebben meer tijd nodig',
    );
    await (await second.findElement(By.css('[data-testid="rights-extend"]'))).click();
    await waitUntil(async () => (await invokeOk(d, 'list_rights_requests')).some((r) => r.status === 'extended'), {
      message: 'the request in time to be extended',
    });
    await ctx.quit(d);

    const files = (await fsp.readdir(exportDir)).sort();
    assert.equal(files.length, 2, JSON.stringify(files));
    const pdf = files.find((f) => f.endsWith('.pdf'));
    const json = files.find((f) => f.endsWith('.json'));
    assert.ok(pdf && json, 'a PDF and a JSON file, no .part left behind');
    const text = execFileSync('pdftotext', [path.join(exportDir, pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(text, /Inzageoverzicht/);
    assert.match(text, /Vertrouwelijk/);
    assert.ok(text.includes('INZAGEMARKER'), 'the subject\'s own item is in the PDF');
    assert.ok(!text.includes('ANDERMARKER') && !text.includes('Bram'), 'nothing of the other family member in the PDF');
    const report = JSON.parse(await fsp.readFile(path.join(exportDir, json), 'utf8'));
    const items = report.meetings.flatMap((m) => m.items);
    assert.deepEqual(items.map((i) => i.text), [ANNA_ITEM]);
    assert.equal(items[0].releases[0].organisation, 'Lea Regie organisatie');
    assert.equal(report.name, 'Anna de Vries');
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

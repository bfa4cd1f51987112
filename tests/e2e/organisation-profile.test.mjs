// Issue 17 point 9, the organisation profile, through the UI as a chair uses it: the
// profile file of the organisation's IT (docs/organisatieprofiel-voorbeeld.json) is
// imported in Instellingen → Organisatie (the fixed export folder stands in for the file
// dialog), the settings show the organisation and the partners with their complaint route;
// a broken file is refused with a Dutch message naming the place, and nothing changes; a
// participant is added by picking an imported partner (its type comes with it); after
// finalizing, the family letter is saved and read back with pdftotext: the chair's
// organisation, the privacy officer and the partner's complaint route are in it.
// Pictures: E2E_SHOTS_DIR (default /tmp/org-shots).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  appTest, click, screenshotsAt, select, textOf, type, useTauriDriver, valueOf, waitForCount, waitForTestId,
  waitUntil,
} from './lib/app.mjs';
import {
  createStore, invokeOk, openMeeting, planWithLetter, safetyMeeting, showSection, waitForMeetingList,
} from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/org-shots';
const EXAMPLE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../docs/organisatieprofiel-voorbeeld.json');
const ORG = 'Gemeente Zaanstad, Team Veilig Opgroeien';
const GI = 'Jeugdbescherming Noord-Holland';
const pdfText = (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

appTest('issue 17 point 9: import the organisation profile, pick a partner, the letter carries organisation and route', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'org-e2e-'));
  const profileFile = path.join(exportDir, 'organisatieprofiel.json');
  try {
    const example = await fsp.readFile(EXAMPLE, 'utf8');
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);

    // ---- a broken file: a Dutch message with the place; nothing changes ------------
    await fsp.writeFile(profileFile, example.replace('"type": "rvdk"', '"type": "bank"'));
    await click(d, 'open-settings');
    await waitForTestId(d, 'organisation-none');
    await click(d, 'organisation-import');
    await waitForTestId(d, 'error-organisationImport');
    const fault = await textOf(d, 'error-organisationImport');
    assert.match(fault, /Bij partners\[4\]\.type: Kies een geldige waarde voor het soort organisatie\./);
    assert.match(fault, /Er is niets veranderd/);
    assert.equal((await invokeOk(d, 'organisation_settings')).kept, false);
    assert.equal((await invokeOk(d, 'address_book')).length, 0);

    // ---- the good file --------------------------------------------------------------
    await fsp.writeFile(profileFile, example);
    await click(d, 'organisation-import');
    await waitUntil(async () => (await valueOf(d, 'organisation-name')) === ORG, {
      message: async () => `organisation name in the form (is ${await valueOf(d, 'organisation-name')})`,
    });
    await waitForCount(d, 'address-book-row', 4);
    const routes = await d.executeScript(
      'return Array.from(document.querySelectorAll(\'[data-testid="address-book-route"]\')).map(e => e.textContent)',
    );
    assert.ok(routes.some((r) => r.includes('jbnh.example.nl/klacht')), JSON.stringify(routes));
    assert.equal(await valueOf(d, 'organisation-email'), 'privacy@zaanstad.example.nl');
    assert.equal((await invokeOk(d, 'list_custom_bases')).length, 3);
    await screenshotsAt(d, SHOTS, 'settings-organisation', { target: 'organisation-section', block: 'start' });
    await screenshotsAt(d, SHOTS, 'settings-partners', { target: 'address-book-row', block: 'center' });

    // ---- a participant by picking an imported partner: its type comes with it -------
    const m = await safetyMeeting(d, 'Gezin Profiel');
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, 'Gezin Profiel');
    await showSection(d, 'participants');
    await waitForTestId(d, 'participant-organisation');
    // Set by script: typing opens WebKit's native suggestion popup (see less-typing).
    await d.executeScript(
      `const el = document.querySelector('[data-testid="participant-organisation"]');
       const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
       set.call(el, arguments[0]);
       el.dispatchEvent(new Event('input', { bubbles: true }));`,
      GI,
    );
    await waitUntil(async () => (await valueOf(d, 'participant-organisationType')) === 'gi', {
      message: async () => `the type of the partner (is ${await valueOf(d, 'participant-organisationType')})`,
    });
    await type(d, 'participant-name', 'Karin Jeugdbeschermer');
    await type(d, 'participant-function', 'Jeugdbeschermer');
    await select(d, 'participant-role', 'caseLead');
    await click(d, 'participant-submit');
    await waitForCount(d, 'participant-row', 1);
    const flow = await invokeOk(d, 'get_meeting_flow', { id: m });
    const lead = flow.participants[0];
    assert.equal(lead.organisation, GI);

    // ---- the rest through the app's commands, then finalize and save in the UI ------
    await planWithLetter(d, m, lead.id);
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, 'Gezin Profiel');
    await showSection(d, 'finalize');
    await click(d, 'finalize-submit');
    await waitForTestId(d, 'finalized-banner');
    await waitForTestId(d, 'documents');
    await click(d, 'documents-save-all');
    await waitUntil(async () => /documenten opgeslagen/.test(await textOf(d, 'documents-saved')), { message: 'documents saved' });
    const files = (await fsp.readdir(exportDir)).filter((f) => f.includes('brief-gezin'));
    assert.equal(files.length, 1, JSON.stringify(files));
    const letter = pdfText(path.join(exportDir, files[0]));
    assert.ok(letter.startsWith(`${ORG} Stadhuisplein 100 1506 MZ Zaandam`), letter);
    assert.ok(letter.includes(`${GI}: Klachtencommissie Jeugdbescherming, jbnh.example.nl/klacht.`), letter);
    assert.ok(letter.includes('De privacyfunctionaris van Gemeente Zaanstad, Team Veilig Opgroeien is Jolanda de Vries.'), letter);
    assert.ok(letter.includes('zaanstad.example.nl/klacht'), 'the chair\'s own complaint procedure');
    const plan = (await fsp.readdir(exportDir)).find((f) => f.includes('plan'));
    assert.ok(pdfText(path.join(exportDir, plan)).startsWith(ORG), 'the plan is headed with the organisation');
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

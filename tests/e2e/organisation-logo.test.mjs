// Issue 17 point 9, the organisation's logo, through the UI as a chair uses it: in
// Instellingen → Organisatie the profile is imported and the logo chosen (the fixed export
// folder stands in for the system's file dialog: it takes logo.png from there); a file
// that is no PNG or JPEG is refused in Dutch and nothing changes; the preview shows the
// logo; after finalizing, the plan is saved and read back: poppler lists the logo as an
// image on page 1 and the text still reads; the logo is removed again and the next plan
// has no image. Pictures: E2E_SHOTS_DIR (default /tmp/logo-shots), with the plan's first
// page as PNG (pdftoppm).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  appTest, click, screenshotsAt, textOf, useTauriDriver, valueOf, waitForTestId, waitUntil,
} from './lib/app.mjs';
import {
  backToList, createStore, invokeOk, openMeeting, planWithLetter, safetyMeeting, showSection, waitForMeetingList,
} from './lib/flows.mjs';

useTauriDriver();

const SHOTS = process.env.E2E_SHOTS_DIR || '/tmp/logo-shots';
const DOCS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../docs');
const ORG = 'Gemeente Zaanstad, Team Veilig Opgroeien';
const pdfText = (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
/** `pdfimages -list` rows: [page, width, height, color]. */
const pdfImages = (file) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
  .split('\n').slice(2).filter((l) => l.trim()).map((l) => {
    const c = l.trim().split(/\s+/);
    return [Number(c[0]), Number(c[3]), Number(c[4]), c[5]];
  });

async function newestPlan(dir, after = new Set()) {
  const plans = (await fsp.readdir(dir)).filter((f) => f.includes('plan') && f.endsWith('.pdf') && !after.has(f));
  assert.equal(plans.length, 1, JSON.stringify(plans));
  return path.join(dir, plans[0]);
}

async function hasPreview(d) {
  return d.executeScript('return document.querySelector(\'[data-testid="organisation-logo-preview"]\') !== null');
}

appTest('issue 17 point 9: choose the logo in the settings, the plan carries it, remove it', async (ctx) => {
  const exportDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'logo-e2e-'));
  try {
    await fsp.copyFile(path.join(DOCS, 'organisatieprofiel-voorbeeld.json'), path.join(exportDir, 'organisatieprofiel.json'));
    const d = await ctx.launch([`--export-dir=${exportDir}`]);
    await createStore(d);
    await click(d, 'open-settings');
    await waitForTestId(d, 'organisation-logo-none');
    await click(d, 'organisation-import');
    await waitUntil(async () => (await valueOf(d, 'organisation-name')) === ORG, { message: 'profile imported' });

    // ---- not a PNG or JPEG (a GIF named logo.png): refused in Dutch, nothing kept ----
    await fsp.writeFile(path.join(exportDir, 'logo.png'), Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
    await click(d, 'organisation-logo-choose');
    await waitForTestId(d, 'error-organisationLogo');
    assert.match(await textOf(d, 'error-organisationLogo'), /Het logo moet een PNG- of JPEG-bestand zijn\./);
    assert.equal((await invokeOk(d, 'organisation_settings')).logo, null);
    assert.equal(await hasPreview(d), false);
    await screenshotsAt(d, SHOTS, 'settings-organisation-logo-refused', { target: 'organisation-logo-choose', block: 'center' });

    // ---- a real PNG: kept, the preview shows it ----------------------------------------
    await fsp.copyFile(path.join(DOCS, 'logo-voorbeeld.png'), path.join(exportDir, 'logo.png'));
    await click(d, 'organisation-logo-choose');
    const preview = await waitForTestId(d, 'organisation-logo-preview');
    await waitUntil(async () => (await d.executeScript('return arguments[0].complete && arguments[0].naturalWidth', preview)) === 360, {
      message: 'the preview image loads (360 pixels wide)',
    });
    assert.equal(await d.executeScript('return document.querySelector(\'[data-testid="error-organisationLogo"]\')'), null);
    const shown = await d.executeScript('const r = arguments[0].getBoundingClientRect(); return [r.width, r.height]', preview);
    assert.ok(shown[1] > 30 && shown[1] <= 80, `preview height ${shown}`);
    assert.ok((await invokeOk(d, 'organisation_settings')).logo.startsWith('data:image/png;base64,'));
    await screenshotsAt(d, SHOTS, 'settings-organisation-logo', { target: 'organisation-logo-choose', block: 'center' });

    // ---- a finalized meeting: the plan carries the logo --------------------------------
    const m = await safetyMeeting(d, 'Gezin Logo');
    const lead = (await invokeOk(d, 'add_participant', {
      input: { meetingId: m, name: 'Karin Jeugdbeschermer', organisation: 'Jeugdbescherming Noord-Holland', function: 'Jeugdbeschermer', phone: '', email: '', role: 'caseLead', organisationType: 'gi', secrecy: true },
    })).id;
    await planWithLetter(d, m, lead);
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, 'Gezin Logo');
    await showSection(d, 'finalize');
    await click(d, 'finalize-submit');
    await waitForTestId(d, 'finalized-banner');
    await waitForTestId(d, 'documents');
    await click(d, 'documents-save-all');
    await waitUntil(async () => /documenten opgeslagen/.test(await textOf(d, 'documents-saved')), { message: 'documents saved' });
    const plan = await newestPlan(exportDir);
    assert.deepEqual(pdfImages(plan), [[1, 360, 120, 'rgb']]);
    assert.ok(pdfText(plan).startsWith(`${ORG} Stadhuisplein 100 1506 MZ Zaandam Plan van aanpak casusoverleg`), pdfText(plan));
    const letter = (await fsp.readdir(exportDir)).find((f) => f.includes('brief-gezin'));
    assert.equal(pdfImages(path.join(exportDir, letter)).length, 1, 'the family letter carries the logo too');
    await fsp.mkdir(SHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', plan, path.join(SHOTS, 'plan-page-1')]);

    // ---- remove the logo: the next plan has none ---------------------------------------
    await backToList(d);
    await click(d, 'open-settings');
    await click(d, 'organisation-logo-remove');
    await waitForTestId(d, 'organisation-logo-none');
    assert.equal(await d.executeScript('return document.activeElement.dataset.testid'), 'organisation-logo-choose');
    assert.equal(await hasPreview(d), false);
    assert.equal((await invokeOk(d, 'organisation_settings')).logo, null);
    const before = new Set(await fsp.readdir(exportDir));
    for (const f of before) if (f.endsWith('.pdf')) await fsp.rm(path.join(exportDir, f));
    await d.navigate().refresh();
    await waitForMeetingList(d);
    await openMeeting(d, 'Gezin Logo');
    await showSection(d, 'finalize');
    await waitForTestId(d, 'documents');
    await click(d, 'documents-save-all');
    await waitUntil(async () => /documenten opgeslagen/.test(await textOf(d, 'documents-saved')), { message: 'documents saved again' });
    const again = await newestPlan(exportDir);
    assert.deepEqual(pdfImages(again), []);
    assert.ok(pdfText(again).startsWith(ORG), 'still headed with the organisation');
  } finally {
    await fsp.rm(exportDir, { recursive: true, force: true });
  }
});

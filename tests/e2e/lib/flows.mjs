// User-level flows built on the harness; testids from docs/ipc.md (ui/src/lib/testids.ts).

import assert from 'node:assert/strict';
import {
  allByTestId,
  click,
  clickElement,
  select,
  selectByLabel,
  textOf,
  type,
  waitForCount,
  waitForTestId,
  waitUntil,
  sel,
} from './app.mjs';
import { By } from 'selenium-webdriver';

export const PASSPHRASE = 'Overleg-Wachtwoord 2026 ✓';

/** Which first screen is shown: 'setup' | 'unlock' | 'list'. */
export async function firstScreen(driver) {
  return waitUntil(
    async () => {
      for (const [id, name] of [
        ['setup-passphrase', 'setup'],
        ['unlock-passphrase', 'unlock'],
        ['new-meeting', 'list'],
      ]) {
        const els = await driver.findElements(sel(id));
        for (const el of els) if (await el.isDisplayed()) return name;
      }
      return null;
    },
    { message: 'the setup, unlock or meeting-list screen' },
  );
}

export async function waitForMeetingList(driver) {
  await waitForTestId(driver, 'new-meeting');
}

export async function createStore(driver, passphrase = PASSPHRASE) {
  assert.equal(await firstScreen(driver), 'setup', 'an empty data dir must show the setup screen');
  await type(driver, 'setup-passphrase', passphrase);
  await type(driver, 'setup-confirmation', passphrase);
  await click(driver, 'setup-submit');
  await waitForMeetingList(driver);
}

export async function unlock(driver, passphrase = PASSPHRASE) {
  await waitForTestId(driver, 'unlock-passphrase');
  await type(driver, 'unlock-passphrase', passphrase);
  await click(driver, 'unlock-submit');
}

export async function fillMeetingForm(driver, { caseLabel, date, purpose }) {
  await click(driver, 'new-meeting');
  await waitForTestId(driver, 'meeting-caseLabel');
  await type(driver, 'meeting-caseLabel', caseLabel);
  await type(driver, 'meeting-date', date);
  await type(driver, 'meeting-purpose', purpose);
  await click(driver, 'meeting-submit');
}

export async function createMeeting(driver, meeting) {
  await fillMeetingForm(driver, meeting);
  const title = await waitForTestId(driver, 'meeting-title');
  await waitUntil(async () => (await title.getText()).includes(meeting.caseLabel), {
    message: async () => `meeting-title to contain ${JSON.stringify(meeting.caseLabel)} (is ${JSON.stringify(await title.getText())})`,
  });
}

/** Shows one section of the meeting page (`section-<name>` button), if the page has sections. */
export async function showSection(driver, name) {
  const buttons = await driver.findElements(sel(`section-${name}`));
  if (buttons.length > 0) await click(driver, `section-${name}`);
}

export async function addParticipant(driver, p) {
  await showSection(driver, 'participants');
  const before = (await allByTestId(driver, 'participant-row')).length;
  await type(driver, 'participant-name', p.name);
  if (p.organisation !== undefined) await type(driver, 'participant-organisation', p.organisation);
  if (p.function !== undefined) await type(driver, 'participant-function', p.function);
  if (p.phone !== undefined) await type(driver, 'participant-phone', p.phone);
  if (p.email !== undefined) await type(driver, 'participant-email', p.email);
  if (p.role !== undefined) await select(driver, 'participant-role', p.role);
  await click(driver, 'participant-submit');
  await waitForCount(driver, 'participant-row', before + 1);
}

export async function addItem(driver, { contributorName, text, kind = 'fact', category = 'general' }) {
  await showSection(driver, 'items');
  const before = (await allByTestId(driver, 'item-row')).length;
  await selectByLabel(driver, 'item-contributor', contributorName);
  await type(driver, 'item-text', text);
  await select(driver, 'item-kind', kind);
  await select(driver, 'item-category', category);
  await click(driver, 'item-submit');
  await waitForCount(driver, 'item-row', before + 1);
}

/** Texts of all elements with that testid. */
export async function rowTexts(driver, id) {
  const out = [];
  for (const el of await allByTestId(driver, id)) out.push(await el.getText());
  return out;
}

/** Opens the meeting whose row shows `caseLabel` (clicks a link/button inside the row, else the row). */
export async function openMeeting(driver, caseLabel) {
  const row = await waitUntil(
    async () => {
      for (const el of await allByTestId(driver, 'meeting-row')) {
        if ((await el.getText()).includes(caseLabel)) return el;
      }
      return null;
    },
    { message: async () => `a meeting-row with ${JSON.stringify(caseLabel)} (rows: ${JSON.stringify(await rowTexts(driver, 'meeting-row'))})` },
  );
  const tag = (await row.getTagName()).toLowerCase();
  let target = row;
  if (tag !== 'a' && tag !== 'button') {
    const inner = await row.findElements(By.css('a, button'));
    if (inner.length > 0) target = inner[0];
  }
  await clickElement(driver, target);
  await waitForTestId(driver, 'meeting-title');
}

/** Gets from wherever we are to the meeting list (back-to-list, else lock + unlock). */
export async function backToList(driver, passphrase = PASSPHRASE) {
  const visible = async (id) => {
    for (const el of await allByTestId(driver, id)) if (await el.isDisplayed()) return el;
    return null;
  };
  if (await visible('back-to-list')) {
    await click(driver, 'back-to-list');
  } else if (await visible('new-meeting')) {
    return;
  } else {
    // The new-meeting form has no testid'd way back: lock and unlock (also proves persistence).
    await click(driver, 'lock');
    await unlock(driver, passphrase);
  }
  await waitForMeetingList(driver);
}

/** Asserts that a field error with a Dutch, non-empty message is shown next to its field. */
export async function assertFieldError(driver, form, field, fieldTestId = `${form}-${field}`) {
  const errId = `error-${form}-${field}`;
  const err = await waitForTestId(driver, errId);
  const msg = await textOf(driver, err);
  assert.ok(msg.length > 0, `${errId} is empty`);
  // The domain's English texts ("… is empty") and wire names must not leak to the chair.
  assert.doesNotMatch(msg, /\b(is empty|empty|required|must|invalid)\b/i, `${errId} is not Dutch: ${JSON.stringify(msg)}`);
  assert.doesNotMatch(msg, /caseLabel|contributorId|ApiError|undefined|\[object/i, `${errId} leaks internals: ${JSON.stringify(msg)}`);
  // "Next to the field": the message is rendered close to its input.
  const input = await waitForTestId(driver, fieldTestId);
  const [ri, re] = [await input.getRect(), await err.getRect()];
  const vGap = Math.max(0, Math.max(ri.y, re.y) - Math.min(ri.y + ri.height, re.y + re.height));
  assert.ok(vGap <= 120, `${errId} is ${vGap}px away from ${fieldTestId} (input ${JSON.stringify(ri)}, error ${JSON.stringify(re)})`);
  return msg;
}

// ---------------------------------------------------------------------------
// Helpers for the complete meeting (R1–R13): checkboxes, rows by data-id, IPC from the page
// ---------------------------------------------------------------------------

/** Whether a checkbox (element or testid) is checked (DOM property, not the attribute). */
export async function isChecked(driver, idOrEl) {
  const el = typeof idOrEl === 'string' ? await waitForTestId(driver, idOrEl) : idOrEl;
  return driver.executeScript('return arguments[0].checked === true;', el);
}

/** Brings a checkbox to `want` by a (native) click, and waits until it shows that state. */
export async function setChecked(driver, idOrEl, want = true) {
  const el = typeof idOrEl === 'string' ? await waitForTestId(driver, idOrEl) : idOrEl;
  const what = typeof idOrEl === 'string' ? `[data-testid="${idOrEl}"]` : 'checkbox';
  if ((await isChecked(driver, el)) !== want) await clickElement(driver, el);
  await waitUntil(async () => (await isChecked(driver, el)) === want, {
    message: `${what} to be ${want ? 'checked' : 'unchecked'}`,
  });
}

/**
 * The first element with testid `id` whose text contains `text`, as `{ el, id }` where `id`
 * is its `data-id` (rows of the meeting page carry the entity id there).
 */
export async function rowByText(driver, id, text) {
  return waitUntil(
    async () => {
      for (const el of await allByTestId(driver, id)) {
        if ((await el.getText()).includes(text)) return { el, id: await el.getAttribute('data-id') };
      }
      return null;
    },
    { message: async () => `a [data-testid="${id}"] containing ${JSON.stringify(text)} (rows: ${JSON.stringify(await rowTexts(driver, id))})` },
  );
}

/**
 * Shows the less frequent actions of a table row (change, remove) behind its "Meer" button
 * (RowMenu.svelte), if they are not shown yet.
 */
export async function openRowMenu(driver, row) {
  const button = await row.findElement(By.css('[data-testid="row-menu"]'));
  if ((await button.getAttribute('aria-expanded')) !== 'true') await clickElement(driver, button);
  await waitUntil(async () => (await button.getAttribute('aria-expanded')) === 'true', { message: 'the row menu to open' });
}

/** The row with testid `id` and `data-id="<dataId>"` (waits until it exists). */
export async function rowById(driver, id, dataId) {
  return waitUntil(
    async () => {
      const els = await driver.findElements(By.css(`[data-testid="${id}"][data-id="${dataId}"]`));
      return els[0] || null;
    },
    { message: `[data-testid="${id}"][data-id="${dataId}"]` },
  );
}

/**
 * Calls a back-end command through the real Tauri IPC of the page
 * (`window.__TAURI_INTERNALS__.invoke`), as the UI does. Returns `{ ok: true, value }` or
 * `{ ok: false, error: { code, message, field } }`; never throws for a rejected command.
 */
export async function invokeFromPage(driver, command, args = {}) {
  const raw = await driver.executeAsyncScript(
    `const command = arguments[0], args = arguments[1], done = arguments[arguments.length - 1];
     const internals = window.__TAURI_INTERNALS__;
     if (!internals || typeof internals.invoke !== 'function') {
       done(JSON.stringify({ ok: false, error: { code: 'no_ipc', message: 'window.__TAURI_INTERNALS__.invoke is missing', field: null } }));
       return;
     }
     Promise.resolve()
       .then(() => internals.invoke(command, args))
       .then(
         (value) => done(JSON.stringify({ ok: true, value: value === undefined ? null : value })),
         (e) => done(JSON.stringify({ ok: false, error: e !== null && typeof e === 'object'
           ? { code: e.code, message: e.message, field: e.field === undefined ? null : e.field }
           : { code: 'raw', message: String(e), field: null } })),
       );`,
    command,
    args,
  );
  return JSON.parse(raw);
}

/** Like invokeFromPage, but throws when the command is refused. */
export async function invokeOk(driver, command, args = {}) {
  const res = await invokeFromPage(driver, command, args);
  if (!res.ok) throw new Error(`${command} was refused: ${JSON.stringify(res.error)}`);
  return res.value;
}

/**
 * A draft meeting on 24-11-2026 (family not at the table) with `people` at the table, built
 * through the IPC commands the UI uses. `people`: `[name, role, organisationType,
 * organisation]`; every one confirmed secrecy. Returns the meeting id, the participant ids in
 * order, and `subject(relation, name, birthDate, parentalAuthority)` to add a family member
 * (returns its id).
 */
export async function meetingWithPeople(driver, { caseLabel, purpose, people, functionName = '' }) {
  const m = (await invokeOk(driver, 'create_meeting', {
    input: { caseLabel, date: '2026-11-24', purpose, criteria: '', familyPresent: false },
  })).id;
  const ids = [];
  for (const [name, role, organisationType, organisation] of people) {
    const input = { meetingId: m, name, organisation, function: functionName, phone: '', email: '', role, organisationType, secrecy: true };
    ids.push((await invokeOk(driver, 'add_participant', { input })).id);
  }
  const subject = async (relation, name, birthDate, parentalAuthority) =>
    (await invokeOk(driver, 'add_subject', {
      input: { meetingId: m, relation, name, birthDate, present: false, parentalAuthority },
    })).subjects.at(-1).id;
  return { m, ids, subject };
}

/**
 * A draft meeting on 24-11-2026 about Sem, the family not at the table, built through the IPC
 * command the UI uses. Returns its id.
 */
export async function safetyMeeting(driver, caseLabel) {
  return (await invokeOk(driver, 'create_meeting', {
    input: {
      caseLabel, date: '2026-11-24', purpose: 'Samen zorgen dat Sem veilig thuis kan wonen',
      criteria: 'Zorgen over de veiligheid thuis; de GI en het wijkteam zijn betrokken.', familyPresent: false,
      familyAbsenceReason: 'Moeder wil eerst zelf met de jeugdbeschermer praten.',
    },
  })).id;
}

/**
 * What meeting `m` needs besides its case lead `lead` to be finalized with a family letter:
 * the lead's secrecy pledge, one action for the lead, the mother (with parental authority)
 * and an agreement that the lead informs her by letter beforehand. Returns the mother's id.
 */
export async function planWithLetter(driver, m, lead) {
  await invokeOk(driver, 'record_pledge', { meetingId: m, participantId: lead });
  await invokeOk(driver, 'add_action', { input: { meetingId: m, who: lead, what: 'Gesprek met moeder plannen', due: '2026-12-15', reliesOn: [] } });
  const mother = (await invokeOk(driver, 'add_subject', {
    input: { meetingId: m, relation: 'parent', name: 'Moeder Lotte Bakker', birthDate: '1986-04-04', present: false, parentalAuthority: true },
  })).subjects.at(-1).id;
  await invokeOk(driver, 'add_notification', {
    input: { meetingId: m, subjectIds: [mother], informer: lead, method: 'letter', timing: { kind: 'beforehand' } },
  });
  return mother;
}

/**
 * Adds a participant to meeting `m` through the IPC command the UI uses (organisation
 * `<name> organisatie`, a wijkteam, secrecy confirmed; `extra` overrides). Returns the id.
 */
export async function addPerson(driver, m, name, role, extra = {}) {
  return (await invokeOk(driver, 'add_participant', {
    input: {
      meetingId: m, name, organisation: `${name} organisatie`, function: '', phone: '', email: '',
      role, organisationType: 'wijkteam', secrecy: true, ...extra,
    },
  })).id;
}

/**
 * R9: decides one cell of the release matrix as a mouse user does: click the cell, pick
 * `value` ("stays" or "release:<actionId>") in the dialog that names item and recipient,
 * and submit. When the back end asks for a motivation, the same dialog then shows the
 * `release-motivation` field (the caller fills it in).
 */
export async function decideReleaseCell(driver, itemId, recipientId, value) {
  const cell = await waitForTestId(driver, `release-${itemId}-${recipientId}`);
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center", inline: "center" })', cell);
  await clickElement(driver, cell);
  await waitForTestId(driver, 'release-choice');
  await select(driver, 'release-choice', value);
  await click(driver, 'release-choice-submit');
}

/** The state a release matrix cell shows: open, openNeeded, stays, released or none. */
export async function releaseCellState(driver, itemId, recipientId) {
  const cell = await waitForTestId(driver, `release-${itemId}-${recipientId}`);
  return cell.getAttribute('data-state');
}

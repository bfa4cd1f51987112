// R1–R13 on the real binary: one realistic casusoverleg, done completely through the UI
// (R1–R13), then finalized; after that an edit through the real IPC is refused, and the
// meeting is still finalized after a restart.
//
// The meeting (date = today in Europe/Amsterdam, so ages are exact to the day, R8):
// - family (R4/R6/R12): two parents and four children aged 11, 12 (birthday today), 15 and
//   16; nobody is present, so one notification for the whole family, beforehand.
// - participants (R1/R2/R7): every role once, each with organisation type and secrecy, and
//   each confirms confidentiality.
// - items (R5–R8), one per basis:
//     I1 Veilig Thuis (expert)          about the parents   legal basis of Veilig Thuis
//     I2 huisarts (content role)        about the 15-y-old  conflict of duties, special data
//     I3 wijkteam (case lead)           about the 12-y-old  consent of the 12-year-old
// - plan (R11): A1 case lead relies on I1 + I2; A2 Veilig Thuis relies on I3.
// - releases (R9): Anna ← I1 (A1), Anna ← I2 (A1, special → motivation),
//   Bram ← I2 stays, Bram ← I3 (A2, expert → motivation).

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { By } from 'selenium-webdriver';
import {
  allByTestId,
  appTest,
  click,
  clickElement,
  sel,
  select,
  selectByLabel,
  textOf,
  type,
  useTauriDriver,
  waitForCount,
  waitForTestId,
  waitUntil,
} from './lib/app.mjs';
import {
  createMeeting,
  createStore,
  decideReleaseCell,
  firstScreen,
  invokeFromPage,
  invokeOk,
  isChecked,
  openMeeting,
  openRowMenu,
  releaseCellState,
  rowById,
  rowByText,
  rowTexts,
  setChecked,
  showSection,
  unlock,
  waitForMeetingList,
} from './lib/flows.mjs';

useTauriDriver();

// No idle lock in the middle of a long flow on a slow machine (R21 has its own test).
const APP_ARGS = ['--idle-seconds=3600'];

// ---------------------------------------------------------------------------
// Dates (YYYY-MM-DD, calendar arithmetic in UTC)
// ---------------------------------------------------------------------------

function todayIn(timeZone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `iso` moved by years/months (day clamped to the month's length), then by days. */
function shift(iso, { years = 0, months = 0, days = 0 }) {
  const [y, m, d] = iso.split('-').map(Number);
  const total = (y + years) * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  const dt = new Date(Date.UTC(ny, nm, Math.min(d, last)));
  dt.setUTCDate(dt.getUTCDate() + days);
  return dt.toISOString().slice(0, 10);
}

/** Age in whole years on `on` (a birthday on `on` counts). */
function ageOn(birth, on) {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

const MEETING_DATE = todayIn('Europe/Amsterdam');
const TAG = randomUUID().slice(0, 6);
const CASE_LABEL = `Gezin Jansen-El Amrani ${TAG}`;
// R14/R21: a secret address with a unique marker; the page must never contain it.
const SECRET_MARKER = `GEHEIM-${randomUUID()}`;

// ---------------------------------------------------------------------------
// The people
// ---------------------------------------------------------------------------

const FAMILY = {
  // R8: the mother holds gezag, the father does not.
  mother: { relation: 'parent', name: 'Marieke Jansen', birthDate: shift(MEETING_DATE, { years: -41, months: -2 }), age: 41, gezag: true },
  father: { relation: 'parent', name: 'Karim El Amrani', birthDate: shift(MEETING_DATE, { years: -44, months: -9 }), age: 44 },
  sem: { relation: 'youth', name: 'Sem Jansen', birthDate: shift(MEETING_DATE, { years: -11, months: -5 }), age: 11 },
  // R8: a 12th birthday on the meeting date counts as 12.
  noor: { relation: 'youth', name: 'Noor Jansen', birthDate: shift(MEETING_DATE, { years: -12 }), age: 12 },
  daan: { relation: 'youth', name: 'Daan Jansen', birthDate: shift(MEETING_DATE, { years: -15, months: -3 }), age: 15 },
  lieke: { relation: 'youth', name: 'Lieke Jansen', birthDate: shift(MEETING_DATE, { years: -16, months: -7 }), age: 16 },
};

const PEOPLE = {
  anna: {
    name: 'Anna de Vries',
    organisation: 'Wijkteam Noord',
    function: 'Casusregisseur',
    email: 'a.devries@example.org',
    role: 'caseLead',
    organisationType: 'wijkteam',
    secrecy: true,
  },
  joost: {
    name: 'Joost Hendriks',
    organisation: 'Huisartsenpraktijk De Linde',
    function: 'Huisarts',
    role: 'contentRole',
    organisationType: 'huisarts',
    secrecy: true,
  },
  bram: {
    name: 'Bram Özdemir',
    organisation: 'Veilig Thuis Utrecht',
    function: 'Aandachtsfunctionaris',
    email: 'bram@example.org',
    role: 'expert',
    organisationType: 'veilig_thuis',
    secrecy: true,
  },
  petra: {
    name: 'Petra van Dijk',
    organisation: 'Basisschool De Regenboog',
    function: 'Intern begeleider',
    role: 'informant',
    organisationType: 'onderwijs',
    secrecy: false,
  },
  sanne: {
    name: 'Sanne Bakker',
    organisation: 'Sportvereniging Vooruit',
    function: 'Buurtsportcoach',
    role: 'other',
    organisationType: 'overig',
    secrecy: false,
  },
};

const ITEMS = {
  legal: {
    by: 'bram',
    text: `In 2025 heeft Veilig Thuis een melding over spanningen tussen de ouders onderzocht; er zijn toen veiligheidsafspraken gemaakt. [I1-${TAG}]`,
    kind: 'fact',
    category: 'general',
    about: ['mother', 'father'],
  },
  conflict: {
    by: 'joost',
    text: `Daan heeft klachten die passen bij ernstige stress; een verwijzing naar de GGZ lijkt nodig. [I2-${TAG}]`,
    kind: 'opinion',
    category: 'special',
    about: ['daan'],
  },
  consent: {
    by: 'anna',
    text: `Noor vertelt dat zij zich zorgen maakt over de ruzies thuis en graag met iemand wil praten. [I3-${TAG}]`,
    kind: 'fact',
    category: 'general',
    about: ['noor'],
  },
};

const ACTIONS = {
  plan: { who: 'anna', what: `Gezinsplan opstellen en de hulp coördineren [A1-${TAG}]`, due: shift(MEETING_DATE, { days: 21 }), reliesOn: ['legal', 'conflict'] },
  safety: { who: 'bram', what: `Veiligheidsafspraken met de ouders opnieuw bespreken [A2-${TAG}]`, due: shift(MEETING_DATE, { days: 14 }), reliesOn: ['consent'] },
};

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

const ids = { meeting: null, subjects: {}, people: {}, items: {}, actions: {} };

async function flowOf(d) {
  return invokeOk(d, 'get_meeting_flow', { id: ids.meeting });
}

/** Polls the meeting (real IPC) until `pred(flow)` holds; returns that flow. */
async function waitForFlow(d, pred, message) {
  let last = null;
  return waitUntil(
    async () => {
      last = await flowOf(d);
      return pred(last) ? last : null;
    },
    { message: () => `${message} (checklist: ${JSON.stringify(last && last.checklist)})` },
  );
}

async function displayed(d, id) {
  for (const el of await allByTestId(d, id)) if (await el.isDisplayed().catch(() => false)) return true;
  return false;
}

async function checklistTexts(d) {
  // Open points are grouped per section and a large group shows its first few: unfold
  // every group first, so every open point is read.
  for (const toggle of await allByTestId(d, 'checklist-group-toggle')) {
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await clickElement(d, toggle);
  }
  return rowTexts(d, 'checklist-item');
}

/** Dutch, for the chair: no English, no wire names, not empty. */
function assertDutchMessage(msg, what) {
  assert.equal(typeof msg, 'string', `${what}: no message`);
  assert.ok(msg.trim().length > 0, `${what}: empty message`);
  assert.doesNotMatch(msg, /\b(the|meeting|finali[sz]ed|cannot|error|not allowed|checklist_open|meeting_finalized)\b/i, `${what} is not Dutch: ${JSON.stringify(msg)}`);
  assert.match(msg, /\b(het|de|niet|kan|overleg|casusoverleg|nog|meer)\b/i, `${what} is not Dutch: ${JSON.stringify(msg)}`);
}

// ---- preparation, family, participants ------------------------------------------------

async function addSubject(d, key) {
  const s = FAMILY[key];
  await showSection(d, 'subjects');
  const before = (await allByTestId(d, 'subject-row')).length;
  await select(d, 'subject-relation', s.relation);
  await type(d, 'subject-name', s.name);
  await type(d, 'subject-birthDate', s.birthDate);
  await setChecked(d, 'subject-present', false); // R12: the family is not at the table
  if (s.relation !== 'youth') await setChecked(d, 'subject-authority', Boolean(s.gezag)); // R8
  await click(d, 'subject-submit');
  await waitForCount(d, 'subject-row', before + 1);
  const row = await rowByText(d, 'subject-row', s.name);
  assert.ok(row.id, `subject-row of ${s.name} has no data-id`);
  ids.subjects[key] = row.id;
}

async function addParticipant(d, key) {
  const p = PEOPLE[key];
  await showSection(d, 'participants');
  const before = (await allByTestId(d, 'participant-row')).length;
  await type(d, 'participant-name', p.name);
  await type(d, 'participant-organisation', p.organisation);
  if (p.function) await type(d, 'participant-function', p.function);
  if (p.email) await type(d, 'participant-email', p.email);
  await select(d, 'participant-role', p.role);
  await select(d, 'participant-organisationType', p.organisationType);
  await setChecked(d, 'participant-secrecy', p.secrecy);
  await click(d, 'participant-submit');
  await waitForCount(d, 'participant-row', before + 1);
  const row = await rowByText(d, 'participant-row', p.name);
  assert.ok(row.id, `participant-row of ${p.name} has no data-id`);
  ids.people[key] = row.id;
}

async function pledge(d, key) {
  await showSection(d, 'participants');
  const row = await rowById(d, 'participant-row', ids.people[key]);
  const button = await waitUntil(async () => (await row.findElements(sel('participant-pledge')))[0], {
    message: `a participant-pledge button in the row of ${PEOPLE[key].name}`,
  });
  await clickElement(d, button);
  await waitUntil(async () => (await row.findElements(sel('participant-pledge'))).length === 0, {
    message: `the participant-pledge button of ${PEOPLE[key].name} to go away`,
  });
}

// ---- items and their bases ------------------------------------------------------------

async function addItem(d, key) {
  const it = ITEMS[key];
  await showSection(d, 'items');
  const before = (await allByTestId(d, 'item-row')).length;
  await selectByLabel(d, 'item-contributor', PEOPLE[it.by].name);
  await type(d, 'item-text', it.text);
  await select(d, 'item-kind', it.kind);
  await select(d, 'item-category', it.category);
  for (const s of it.about) await setChecked(d, `item-subject-${ids.subjects[s]}`, true);
  // The three bases are set in the basis editor below (R7a, R7b, R7c); here the item form's
  // proposal is put aside (item-consent.test.mjs covers basis and consent in the item form).
  await select(d, 'item-basisKind', 'later');
  await click(d, 'item-submit');
  await waitForCount(d, 'item-row', before + 1);
  const row = await rowByText(d, 'item-row', it.text.match(/\[I\d-[^\]]+\]/)[0]);
  assert.ok(row.id, `item-row of ${key} has no data-id`);
  ids.items[key] = row.id;
}

async function itemRow(d, key) {
  await showSection(d, 'items');
  return rowById(d, 'item-row', ids.items[key]);
}

async function openBasisEditor(d, key) {
  const row = await itemRow(d, key);
  const button = await row.findElement(sel('item-basis-edit'));
  await clickElement(d, button);
  await waitForTestId(d, 'basis-kind');
  // The editor starts from what is stored: the subjects chosen in the item form (R6).
  for (const s of ITEMS[key].about) {
    const box = await waitForTestId(d, `basis-subject-${ids.subjects[s]}`);
    assert.equal(await isChecked(d, box), true, `basis-subject of ${s} is not checked for item ${key}`);
  }
}

async function closeBasisEditor(d, key) {
  const row = await itemRow(d, key);
  if ((await allByTestId(d, 'basis-kind')).length > 0) {
    await clickElement(d, await row.findElement(sel('item-basis-edit')));
  }
  await waitUntil(async () => (await allByTestId(d, 'basis-kind')).length === 0, { message: 'the basis editor to close' });
}

function profileOf(flow, key) {
  return flow.itemProfiles.find((p) => p.itemId === ids.items[key]);
}

/** Saves the basis editor; returns the item row's text from before, to see it change. */
async function submitBasis(d, key) {
  const before = await (await itemRow(d, key)).getText();
  await click(d, 'basis-submit');
  return before;
}

/** R7 holds for the item: back end says no problem, and the row shows none. */
async function assertBasisHolds(d, key, kind, rowTextBefore, problemTextsSeen = []) {
  const flow = await waitForFlow(
    d,
    (f) => {
      const p = profileOf(f, key);
      return p && p.basis && p.basis.kind === kind && p.basisProblem === null;
    },
    `item ${key} to rest on a valid ${kind} basis`,
  );
  const profile = profileOf(flow, key);
  assert.equal(profile.withdrawn, false);
  const row = await itemRow(d, key);
  await waitUntil(
    async () => {
      const text = await row.getText();
      return text !== rowTextBefore && problemTextsSeen.every((t) => !text.includes(t));
    },
    {
      message: async () =>
        `the item-row of ${key} to show its new basis and no basis problem (before: ${JSON.stringify(rowTextBefore)}, now: ${JSON.stringify(await row.getText())})`,
    },
  );
  // The UI shows a basis problem (or a withdrawal) emphasised in the basis cell.
  const strong = await row.findElements(By.css('strong'));
  const strongTexts = await Promise.all(strong.map((s) => s.getText()));
  assert.deepEqual(strongTexts, [], `item-row of ${key} still shows a warning: ${JSON.stringify(strongTexts)}`);
}

// ---- plan, releases ------------------------------------------------------------------

async function addAction(d, key) {
  const a = ACTIONS[key];
  await showSection(d, 'plan');
  const before = (await allByTestId(d, 'action-row')).length;
  await select(d, 'action-who', ids.people[a.who]);
  await type(d, 'action-what', a.what);
  await type(d, 'action-due', a.due);
  for (const item of a.reliesOn) await setChecked(d, `action-reliesOn-${ids.items[item]}`, true);
  await click(d, 'action-submit');
  await waitForCount(d, 'action-row', before + 1);
  const row = await rowByText(d, 'action-row', a.what.match(/\[A\d-[^\]]+\]/)[0]);
  assert.ok(row.id, `action-row of ${key} has no data-id`);
  ids.actions[key] = row.id;
}

/** R9: one cell of the release matrix; with `motivation` the back end must ask for one. */
async function decideRelease(d, itemKey, recipientKey, value, motivation = null) {
  await showSection(d, 'releases');
  await waitForTestId(d, 'release-matrix');
  const itemId = ids.items[itemKey];
  const recipientId = ids.people[recipientKey];
  const cell = `release-${itemId}-${recipientId}`;
  await decideReleaseCell(d, itemId, recipientId, value);
  if (motivation !== null) {
    // The back end answers motivation_required; the UI asks for it in a dialog.
    await waitForTestId(d, 'release-motivation');
    await type(d, 'release-motivation', motivation);
    await click(d, 'release-motivation-submit');
    await waitUntil(async () => !(await displayed(d, 'release-motivation')), {
      message: async () =>
        `the release-motivation dialog to close (error: ${JSON.stringify(await rowTexts(d, 'error-release-motivation'))} ${JSON.stringify(await rowTexts(d, 'error-release'))})`,
    });
  }
  const flow = await waitForFlow(
    d,
    (f) =>
      f.releases.some(
        (c) =>
          c.itemId === itemId &&
          c.recipientId === recipientId &&
          (value === 'stays' ? c.kind === 'stays' : c.kind === 'released' && `release:${c.actionId}` === value),
      ),
    `release cell ${itemKey} → ${recipientKey} to be ${value}`,
  );
  const stored = flow.releases.find((c) => c.itemId === itemId && c.recipientId === recipientId);
  if (motivation !== null) assert.equal(stored.motivation, motivation, 'the motivation is stored with the release');
  const shown = value === 'stays' ? 'stays' : 'released';
  await waitUntil(async () => (await releaseCellState(d, itemId, recipientId)) === shown, {
    message: async () => `${cell} to show ${shown} (shows ${JSON.stringify(await releaseCellState(d, itemId, recipientId))})`,
  });
  assert.equal(await displayed(d, 'release-motivation'), false, 'no motivation dialog left open');
  assert.equal(await displayed(d, 'error-release'), false, `release error: ${JSON.stringify(await rowTexts(d, 'error-release'))}`);
}

// ---- finalized: no edit forms anywhere -----------------------------------------------

/** What each section must show once finalized (so the absence checks are not vacuous). */
const SHOWN = {
  subjects: ['subject-row', 6],
  participants: ['participant-row', 5],
  items: ['item-row', 3],
  plan: ['action-row', 2],
  releases: ['release-matrix', 1],
  family: ['notification-row', 1],
};

const EDIT_TESTIDS = {
  preparation: ['prep-submit', 'prep-purpose', 'prep-criteria', 'prep-familyPresent'],
  subjects: ['subject-submit', 'subject-name', 'subject-present-toggle', 'subject-authority-toggle', 'secret-address-edit', 'secret-address-clear', 'secret-address-input', 'remove-subject'],
  participants: ['participant-submit', 'participant-name', 'participant-pledge', 'row-menu', 'remove-participant'],
  items: ['item-submit', 'item-text', 'item-basis-edit', 'basis-kind', 'row-menu', 'remove-item'],
  plan: ['action-submit', 'action-what', 'remove-action'],
  // R13: the (hidden) motivation dialog is not rendered at all once finalized.
  releases: ['release-motivation', 'release-motivation-submit', 'release-bulk-matrix', 'release-choice'],
  family: ['notification-submit', 'notification-informer', 'remove-notification'],
  finalize: ['retention-submit', 'retention-until', 'finalize-submit', 'checklist'],
};

async function assertNoEditForms(d) {
  for (const [section, testIds] of Object.entries(EDIT_TESTIDS)) {
    await showSection(d, section);
    if (SHOWN[section]) await waitForCount(d, SHOWN[section][0], SHOWN[section][1]);
    for (const id of testIds) {
      assert.equal((await allByTestId(d, id)).length, 0, `finalized, yet [data-testid="${id}"] is on the ${section} section`);
    }
    if (section === 'releases') {
      assert.equal((await d.findElements(By.css('dialog'))).length, 0, 'finalized, yet a <dialog> is in the DOM');
      const selects = await d.findElements(By.css('[data-testid="release-matrix"] select, select[data-testid^="release-"]'));
      assert.equal(selects.length, 0, 'finalized, yet the release matrix still has selects');
    }
    if (section === 'items' || section === 'subjects' || section === 'family' || section === 'plan') {
      // R12: recording that the family was told (or lifting a postponement) is a later
      // event of the finalized meeting, not an edit of it: those forms are allowed.
      const forms = await d.findElements(By.css('section.section form:not(.later-event), form:not(.later-event)'));
      const visible = [];
      for (const f of forms) if (await f.isDisplayed().catch(() => false)) visible.push(await f.getText());
      assert.deepEqual(visible, [], `finalized, yet the ${section} section shows a form`);
    }
  }
}

// ---------------------------------------------------------------------------
// The test
// ---------------------------------------------------------------------------

appTest(
  'R1–R13: a complete meeting through the UI — every role, family of six, three bases, releases, plan, notification, finalize; then edits are refused',
  async (ctx, t) => {
    // Sanity of the date arithmetic the scenario rests on (R8: exact to the day).
    for (const [key, s] of Object.entries(FAMILY)) {
      assert.equal(ageOn(s.birthDate, MEETING_DATE), s.age, `test data: ${key} born ${s.birthDate} is not ${s.age} on ${MEETING_DATE}`);
    }
    assert.equal(FAMILY.noor.birthDate.slice(5), MEETING_DATE.slice(5), 'test data: Noor has her birthday on the meeting date');
    t.diagnostic(`meeting date ${MEETING_DATE}; births ${JSON.stringify(Object.fromEntries(Object.entries(FAMILY).map(([k, s]) => [k, s.birthDate])))}`);

    let d = await ctx.launch(APP_ARGS);
    await createStore(d);
    await createMeeting(d, {
      caseLabel: CASE_LABEL,
      date: MEETING_DATE,
      purpose: 'Afstemmen van de hulp aan het gezin en afspraken maken over veiligheid en school.',
    });
    const list = await invokeOk(d, 'list_meetings');
    const meetings = Array.isArray(list) ? list : list.meetings;
    const summary = meetings.find((m) => m.caseLabel === CASE_LABEL);
    assert.ok(summary, `list_meetings has no meeting ${CASE_LABEL}: ${JSON.stringify(list)}`);
    ids.meeting = summary.id;
    const reference = await invokeOk(d, 'reference_data');

    // ---- R3/R4 preparation: criteria recorded, the family is not at the table --------
    await showSection(d, 'preparation');
    await type(d, 'prep-criteria', 'Zorgen over de veiligheid thuis en over het welzijn van de kinderen; wijkteam, huisarts, Veilig Thuis en school zijn betrokken.');
    await setChecked(d, 'prep-familyPresent', false);
    await setChecked(d, 'prep-anonymous', false);
    // R3/R4: without the family, the reason why is required (seed 001 position 4).
    await waitForTestId(d, 'prep-familyAbsenceReason');
    await type(d, 'prep-familyAbsenceReason', 'Moeder wil eerst zelf met de school praten; zij sluit bij het volgende overleg aan.');
    await click(d, 'prep-submit');
    await waitForFlow(d, (f) => (f.criteria || '').startsWith('Zorgen over de veiligheid thuis') && f.familyPresent === false && f.anonymous === false && (f.familyAbsenceReason || '').startsWith('Moeder wil eerst'), 'the preparation to be saved');

    // ---- family: two parents, children of 11, 12 (birthday today), 15 and 16 ---------
    for (const key of Object.keys(FAMILY)) await addSubject(d, key);
    {
      const flow = await flowOf(d);
      assert.equal(flow.subjects.length, 6);
      for (const [key, s] of Object.entries(FAMILY)) {
        const got = flow.subjects.find((x) => x.id === ids.subjects[key]);
        assert.ok(got, `subject ${key} missing from the flow`);
        assert.equal(got.relation, s.relation, `${key}: relation`);
        assert.equal(got.birthDate, s.birthDate, `${key}: birth date`);
        assert.equal(got.age, s.age, `${key}: age on the meeting date (R8)`);
        assert.equal(got.present, false, `${key}: present`);
      }
      for (const key of ['sem', 'noor', 'daan', 'lieke']) {
        const row = await rowById(d, 'subject-row', ids.subjects[key]);
        const cells = await Promise.all((await row.findElements(By.css('td, th'))).map((c) => c.getText()));
        assert.ok(
          cells.some((c) => new RegExp(`(^|\\D)${FAMILY[key].age} jaar\\b`).test(c.trim())),
          `subject-row of ${key} shows the age ${FAMILY[key].age}: ${JSON.stringify(cells)}`,
        );
      }
    }

    // ---- R8 gezag; R14/R21 a write-only secret address; removing a subject (R13) -----
    {
      const flow = await flowOf(d);
      const byKey = (key) => flow.subjects.find((x) => x.id === ids.subjects[key]);
      assert.equal(byKey('mother').parentalAuthority, true, 'mother holds gezag');
      assert.equal(byKey('father').parentalAuthority, false, 'father holds no gezag');
      for (const key of ['sem', 'noor', 'daan', 'lieke']) assert.equal(byKey(key).parentalAuthority, false);
      // The chair corrects it in the table: the father holds gezag after all, then not.
      const fatherRow = await rowById(d, 'subject-row', ids.subjects.father);
      const toggle = (await fatherRow.findElements(sel('subject-authority-toggle')))[0];
      assert.ok(toggle, 'the father row has a gezag toggle');
      await setChecked(d, toggle, true);
      await waitForFlow(d, (f) => f.subjects.find((x) => x.id === ids.subjects.father).parentalAuthority === true, 'gezag of the father to be set');
      await setChecked(d, await rowById(d, 'subject-row', ids.subjects.father).then(async (r) => (await r.findElements(sel('subject-authority-toggle')))[0]), false);
      await waitForFlow(d, (f) => f.subjects.find((x) => x.id === ids.subjects.father).parentalAuthority === false, 'gezag of the father to be cleared');
      // No gezag toggle for a youth.
      const semRow = await rowById(d, 'subject-row', ids.subjects.sem);
      assert.equal((await semRow.findElements(sel('subject-authority-toggle'))).length, 0, 'a youth has no gezag toggle');
    }
    {
      const motherRow = await rowById(d, 'subject-row', ids.subjects.mother);
      await clickElement(d, (await motherRow.findElements(sel('secret-address-edit')))[0]);
      const input = await waitForTestId(d, 'secret-address-input');
      assert.equal(await input.getAttribute('type'), 'password', 'the secret address field is masked');
      assert.equal(await input.getAttribute('placeholder'), '••••');
      await type(d, 'secret-address-input', `Verborgen 1, ${SECRET_MARKER}`);
      await click(d, 'secret-address-save');
      const flow = await waitForFlow(d, (f) => f.subjects.find((x) => x.id === ids.subjects.mother).hasSecretAddress === true, 'the secret address to be stored');
      assert.ok(!JSON.stringify(flow).includes(SECRET_MARKER), 'the meeting flow carries the secret address');
      await waitForCount(d, 'secret-address-input', 0);
      const status = await (await rowById(d, 'subject-row', ids.subjects.mother)).findElement(sel('secret-address-status'));
      assert.equal((await status.getText()).trim(), 'ingesteld');
      assert.ok(!(await d.getPageSource()).includes(SECRET_MARKER), 'the page source contains the secret address');
      // The input's live value is gone too.
      const values = await d.executeScript('return [...document.querySelectorAll("input, textarea")].map((e) => e.value).join("|")');
      assert.ok(!String(values).includes(SECRET_MARKER), 'an input still holds the secret address');
    }
    {
      // Added by mistake, then removed: the row is gone, the flow agrees.
      await select(d, 'subject-relation', 'other');
      await type(d, 'subject-name', `Buurvrouw ${TAG}`);
      await click(d, 'subject-submit');
      await waitForCount(d, 'subject-row', 7);
      const row = await rowByText(d, 'subject-row', `Buurvrouw ${TAG}`);
      // Removing (behind the row's "Meer") asks once more; "Nee" keeps the row and stores
      // nothing.
      await openRowMenu(d, row.el);
      await clickElement(d, (await row.el.findElements(sel('remove-subject')))[0]);
      await clickElement(d, (await row.el.findElements(sel('remove-cancel')))[0]);
      assert.equal((await flowOf(d)).subjects.length, 7, 'cancelling a removal removed something');
      await openRowMenu(d, row.el);
      await clickElement(d, (await row.el.findElements(sel('remove-subject')))[0]);
      await clickElement(d, (await row.el.findElements(sel('remove-confirm')))[0]);
      await waitForCount(d, 'subject-row', 6);
      const flow = await flowOf(d);
      assert.equal(flow.subjects.length, 6);
      assert.ok(!flow.subjects.some((x) => (x.name || '').includes('Buurvrouw')), 'the removed subject is still stored');
      assert.ok(!(await d.getPageSource()).includes(`Buurvrouw ${TAG}`), 'the removed subject is still on the page');
    }

    // ---- R1/R7 participants: every role, organisation type and secrecy ----------------
    for (const key of Object.keys(PEOPLE)) await addParticipant(d, key);
    {
      const flow = await flowOf(d);
      assert.equal(flow.participants.length, 5);
      for (const [key, p] of Object.entries(PEOPLE)) {
        const part = flow.participants.find((x) => x.id === ids.people[key]);
        const prof = flow.profiles.find((x) => x.participantId === ids.people[key]);
        assert.equal(part.role, p.role, `${key}: role`);
        assert.equal(prof.organisationType, p.organisationType, `${key}: organisation type`);
        assert.equal(prof.secrecy, p.secrecy, `${key}: secrecy`);
        assert.equal(prof.pledgedAt, null, `${key}: not pledged yet`);
      }
      assert.deepEqual(
        [...new Set(flow.participants.map((x) => x.role))].sort(),
        ['caseLead', 'contentRole', 'expert', 'informant', 'other'],
        'every role is at the table',
      );
    }

    // ---- R13: the checklist has open points now, and finalizing is refused ------------
    await showSection(d, 'finalize');
    await waitForTestId(d, 'checklist');
    const early = await waitUntil(async () => {
      const texts = await checklistTexts(d);
      return texts.length > 0 ? texts : null;
    }, { message: 'at least one checklist-item before the meeting is complete' });
    t.diagnostic(`open points before completing: ${early.length}: ${JSON.stringify(early)}`);
    for (const text of early) assert.ok(text.trim().length > 0, 'a checklist-item without text');
    {
      const flow = await flowOf(d);
      assert.ok(flow.checklist.some((p) => p.code === 'pledge_missing'), `no pledge_missing point: ${JSON.stringify(flow.checklist)}`);
      assert.equal(early.length, flow.checklist.length, 'one checklist-item per open point');
    }
    // Each open point jumps to where it is fixed: the first one (a pledge) to its row.
    {
      const point = (await flowOf(d)).checklist[0];
      assert.equal(point.section, 'participants', `first open point: ${JSON.stringify(point)}`);
      await clickElement(d, (await allByTestId(d, 'checklist-item'))[0]);
      const row = await rowById(d, 'participant-row', point.targetId);
      await waitUntil(() => row.isDisplayed(), { message: 'the participants section after the checklist jump' });
      await waitUntil(async () => (await d.executeScript('return document.activeElement && document.activeElement.getAttribute("data-id");')) === point.targetId, {
        message: async () => `the focus on the row of ${point.targetId} (is on ${await d.executeScript('return document.activeElement && document.activeElement.outerHTML.slice(0, 120);')})`,
      });
      await showSection(d, 'finalize');
      await waitForTestId(d, 'checklist');
    }
    await click(d, 'finalize-submit');
    const refusal = await textOf(d, await waitForTestId(d, 'error-finalize'));
    assertDutchMessage(refusal, 'error-finalize while the checklist is open');
    assert.equal(await displayed(d, 'finalized-banner'), false, 'finalized despite open points');
    assert.equal((await flowOf(d)).finalizedAt, null);

    // ---- R2 every participant confirms confidentiality ---------------------------------
    for (const key of Object.keys(PEOPLE)) await pledge(d, key);
    {
      const flow = await flowOf(d);
      for (const key of Object.keys(PEOPLE)) {
        const prof = flow.profiles.find((x) => x.participantId === ids.people[key]);
        assert.ok(prof.pledgedAt, `${key}: pledge not recorded`);
      }
      assert.equal((await allByTestId(d, 'participant-pledge')).length, 0, 'pledge buttons left');
      assert.ok(!flow.checklist.some((p) => p.code === 'pledge_missing'), 'pledge points left');
    }

    // ---- R5/R6 items --------------------------------------------------------------------
    for (const key of Object.keys(ITEMS)) await addItem(d, key);
    {
      const flow = await flowOf(d);
      assert.equal(flow.items.length, 3);
      for (const [key, it] of Object.entries(ITEMS)) {
        const item = flow.items.find((x) => x.id === ids.items[key]);
        assert.equal(item.contributorId, ids.people[it.by], `${key}: contributor`);
        assert.equal(item.kind, it.kind, `${key}: kind`);
        assert.equal(item.category, it.category, `${key}: category`);
        assert.deepEqual([...profileOf(flow, key).subjectIds].sort(), it.about.map((s) => ids.subjects[s]).sort(), `${key}: subjects`);
        assert.equal(profileOf(flow, key).basis, null, `${key}: no basis yet`);
      }
    }

    // ---- R7b legal basis: Veilig Thuis, only its own grounds offered --------------------
    await openBasisEditor(d, 'legal');
    await select(d, 'basis-kind', 'legal');
    await waitForTestId(d, 'basis-legalBasis');
    const offered = (await d.executeScript('return Array.from(arguments[0].options).map(o => o.value);', await waitForTestId(d, 'basis-legalBasis'))).filter((v) => v !== '');
    const vtBases = reference.organisationTypes.find((o) => o.code === 'veilig_thuis').legalBases.map((b) => b.code);
    assert.deepEqual([...offered].sort(), [...vtBases].sort(), 'basis-legalBasis offers exactly the legal bases of Veilig Thuis (R7)');
    await select(d, 'basis-legalBasis', offered[0]);
    const legalRowBefore = await submitBasis(d, 'legal');
    await assertBasisHolds(d, 'legal', 'legal', legalRowBefore);
    assert.equal(profileOf(await flowOf(d), 'legal').basis.legalBasis, offered[0]);
    await closeBasisEditor(d, 'legal');

    // ---- R7c conflict of duties: huisarts with secrecy, four yes + motivation -----------
    await openBasisEditor(d, 'conflict');
    await select(d, 'basis-kind', 'conflictOfDuties');
    for (const q of ['legitimatePurpose', 'onlyWay', 'consentAskedOrImpossible', 'childInterestOutweighs']) {
      await setChecked(d, `basis-q-${q}`, true);
    }
    await type(d, 'basis-motivation', 'Daan wil niet dat zijn ouders het weten, maar zonder snelle hulp loopt hij ernstig gevaar; de huisarts heeft dit met een collega besproken.');
    const conflictRowBefore = await submitBasis(d, 'conflict');
    await assertBasisHolds(d, 'conflict', 'conflictOfDuties', conflictRowBefore);
    {
      const b = profileOf(await flowOf(d), 'conflict').basis;
      assert.deepEqual(b.answers, { legitimatePurpose: true, onlyWay: true, consentAskedOrImpossible: true, childInterestOutweighs: true });
      assert.match(b.motivation, /^Daan wil niet/);
    }
    await closeBasisEditor(d, 'conflict');

    // ---- R7a/R8 consent: the 12-year-old (birthday today) consents herself --------------
    await openBasisEditor(d, 'consent');
    await select(d, 'basis-kind', 'consent');
    // Noor is presumed competent: leave basis-notCompetent unchecked if offered.
    const nc = await allByTestId(d, `basis-notCompetent-${ids.subjects.noor}`);
    if (nc.length > 0) await setChecked(d, nc[0], false);
    await submitBasis(d, 'consent');
    const missing = await waitForFlow(
      d,
      (f) => profileOf(f, 'consent')?.basis?.kind === 'consent' && profileOf(f, 'consent').basisProblem !== null,
      'item consent to rest on consent, still incomplete',
    );
    const problem = profileOf(missing, 'consent').basisProblem;
    assertDutchMessage(problem, 'basisProblem without consent');
    {
      const row = await itemRow(d, 'consent');
      await waitUntil(async () => (await row.getText()).includes(problem), {
        message: async () => `the item-row to show the basis problem ${JSON.stringify(problem)} (row: ${JSON.stringify(await row.getText())})`,
      });
    }
    const consentRowBefore = await (await itemRow(d, 'consent')).getText();
    await select(d, 'consent-subject', ids.subjects.noor);
    await select(d, 'consent-givenBy', 'subject');
    await select(d, 'consent-method', 'verbal');
    // Seed 004 art. 6.4b: Noor agreed to sharing with Veilig Thuis, for the safety talk.
    await setChecked(d, `consent-recipient-${ids.people.bram}`, true);
    await type(d, 'consent-scopePurpose', 'Praten over de ruzies thuis en de veiligheidsafspraken');
    await click(d, 'consent-submit');
    await waitForCount(d, 'consent-row', 1);
    await assertBasisHolds(d, 'consent', 'consent', consentRowBefore, [problem]);
    {
      const b = profileOf(await flowOf(d), 'consent').basis;
      assert.equal(b.records.length, 1);
      assert.equal(b.records[0].subjectId, ids.subjects.noor);
      assert.deepEqual(b.records[0].givenBy, { kind: 'subject' });
      assert.equal(b.records[0].method, 'verbal');
      assert.equal(b.records[0].withdrawnAt, null);
      assert.deepEqual(b.records[0].scope, {
        kind: 'given',
        recipients: [ids.people.bram],
        purpose: 'Praten over de ruzies thuis en de veiligheidsafspraken',
      });
    }
    await closeBasisEditor(d, 'consent');
    {
      const flow = await flowOf(d);
      for (const key of Object.keys(ITEMS)) assert.equal(profileOf(flow, key).basisProblem, null, `${key}: basis problem`);
      assert.ok(!flow.checklist.some((p) => ['basis_missing', 'basis_invalid'].includes(p.code)), `basis points left: ${JSON.stringify(flow.checklist)}`);
    }

    // ---- R11 plan of action ---------------------------------------------------------------
    for (const key of Object.keys(ACTIONS)) await addAction(d, key);
    {
      const flow = await flowOf(d);
      assert.equal(flow.actions.length, 2);
      for (const [key, a] of Object.entries(ACTIONS)) {
        const got = flow.actions.find((x) => x.id === ids.actions[key]);
        assert.equal(got.who, ids.people[a.who], `${key}: who`);
        assert.equal(got.due, a.due, `${key}: due`);
        assert.deepEqual([...got.reliesOn].sort(), a.reliesOn.map((i) => ids.items[i]).sort(), `${key}: relies on`);
      }
      // R9/R13: every cell the domain says needs a decision (not an own item, not an
      // expert's cell their actions do not rely on: Bram × I2) needs an answer.
      const undecided = flow.checklist.filter((p) => p.code === 'release_undecided');
      assert.equal(undecided.length, 3, `3 undecided cells expected: ${JSON.stringify(flow.checklist)}`);
    }

    // ---- R9 releases: decide every required cell ---------------------------------------
    const release = (action) => `release:${ids.actions[action]}`;
    await decideRelease(d, 'legal', 'anna', release('plan')); // case lead, general: no motivation
    await decideRelease(d, 'conflict', 'anna', release('plan'), 'De regiehouder heeft dit nodig om de verwijzing naar de GGZ in het gezinsplan te regelen.'); // special data
    await decideRelease(d, 'conflict', 'bram', 'stays');
    await decideRelease(d, 'consent', 'bram', release('safety'), 'Veilig Thuis neemt de zorgen van Noor mee in het gesprek over de veiligheidsafspraken.'); // expert
    {
      const flow = await flowOf(d);
      assert.ok(!flow.checklist.some((p) => ['release_undecided', 'relies_on_unreleased'].includes(p.code)), `release points left: ${JSON.stringify(flow.checklist)}`);
    }

    // ---- R12 one notification for the whole family, beforehand --------------------------
    await showSection(d, 'family');
    for (const key of Object.keys(FAMILY)) {
      const boxes = await allByTestId(d, `notification-subject-${ids.subjects[key]}`);
      for (const b of boxes) assert.equal(await isChecked(d, b), false, `notification-subject of ${key} is checked by default`);
    }
    await select(d, 'notification-informer', ids.people.anna);
    await select(d, 'notification-method', 'conversation');
    await select(d, 'notification-timing', 'beforehand');
    await click(d, 'notification-submit');
    await waitForCount(d, 'notification-row', 1);
    {
      const flow = await flowOf(d);
      assert.equal(flow.notifications.length, 1);
      const n = flow.notifications[0];
      assert.deepEqual(n.subjectIds, [], 'the notification is about the whole family');
      assert.equal(n.informer, ids.people.anna);
      assert.equal(n.method, 'conversation');
      assert.deepEqual(n.timing, { kind: 'beforehand' });
      assert.ok(!flow.checklist.some((p) => p.code.startsWith('notification')), `notification points left: ${JSON.stringify(flow.checklist)}`);
    }

    // ---- R5/R13: a participant who brought items in cannot be removed ----------------------
    {
      await showSection(d, 'participants');
      const before = await flowOf(d);
      const row = await rowById(d, 'participant-row', ids.people.anna);
      await openRowMenu(d, row);
      await clickElement(d, (await row.findElements(sel('remove-participant')))[0]);
      await clickElement(d, (await row.findElements(sel('remove-confirm')))[0]);
      const msg = await textOf(d, await waitForTestId(d, 'error-pledge'));
      assertDutchMessage(msg, 'refused removal of a participant');
      assert.match(msg, /kan niet weg/);
      const after = await flowOf(d);
      assert.equal(after.participants.length, before.participants.length, 'a refused removal changed the meeting');
      await waitForCount(d, 'participant-row', 5);
    }

    // ---- R15 retention, R13 checklist empty, finalize -----------------------------------
    const retention = shift(MEETING_DATE, { months: 6 });
    await showSection(d, 'finalize');
    await type(d, 'retention-until', retention);
    await click(d, 'retention-submit');
    await waitForFlow(d, (f) => f.retentionUntil === retention, `retention date ${retention}`);
    await waitUntil(async () => (await allByTestId(d, 'checklist-item')).length === 0, {
      message: async () => `an empty checklist (open: ${JSON.stringify(await checklistTexts(d))}; back end: ${JSON.stringify((await flowOf(d)).checklist)})`,
    });
    assert.deepEqual((await flowOf(d)).checklist, []);
    await click(d, 'finalize-submit');
    await waitForTestId(d, 'finalized-banner');
    const final = await flowOf(d);
    assert.ok(final.finalizedAt, 'finalizedAt is set');
    assertDutchMessage(await textOf(d, 'finalized-banner'), 'finalized-banner');
    await assertNoEditForms(d);

    // ---- R13 an edit through the real IPC is refused ------------------------------------
    const counts = (f) => ({
      subjects: f.subjects.length,
      participants: f.participants.length,
      items: f.items.length,
      actions: f.actions.length,
      releases: f.releases.length,
      notifications: f.notifications.length,
    });
    const before = counts(final);
    const attempts = [
      ['add_item', { input: { meetingId: ids.meeting, contributorId: ids.people.anna, text: `Nagekomen inbreng [late-${TAG}]`, source: 'own', kind: 'fact', category: 'general', subjectIds: [] } }],
      ['add_participant', { input: { meetingId: ids.meeting, name: 'Laat Toegevoegd', organisation: 'Wijkteam Zuid', function: '', phone: '', email: '', role: 'other', organisationType: 'overig', secrecy: false } }],
      ['add_action', { input: { meetingId: ids.meeting, who: ids.people.anna, what: 'Nog een actie', due: shift(MEETING_DATE, { days: 30 }), reliesOn: [] } }],
      ['decide_release', { input: { meetingId: ids.meeting, itemId: ids.items.legal, recipientId: ids.people.anna, choice: { kind: 'stays' } } }],
      ['set_retention', { meetingId: ids.meeting, until: shift(MEETING_DATE, { months: 12 }) }],
    ];
    for (const [command, args] of attempts) {
      const res = await invokeFromPage(d, command, args);
      assert.equal(res.ok, false, `${command} on a finalized meeting was accepted: ${JSON.stringify(res.value)}`);
      assert.equal(res.error.code, 'meeting_finalized', `${command}: ${JSON.stringify(res.error)}`);
      assertDutchMessage(res.error.message, `${command} refusal`);
      t.diagnostic(`${command} refused: ${res.error.code}: ${res.error.message}`);
    }
    const after = await flowOf(d);
    assert.deepEqual(counts(after), before, 'the refused edits changed the meeting');
    // R14/R21: the secret address never reached the page, also not once finalized.
    assert.ok(after.subjects.some((x) => x.hasSecretAddress), 'the secret address is still set');
    assert.ok(!JSON.stringify(after).includes(SECRET_MARKER));
    await showSection(d, 'subjects');
    assert.ok(!(await d.getPageSource()).includes(SECRET_MARKER), 'the page source contains the secret address');
    assert.equal(after.finalizedAt, final.finalizedAt);
    assert.equal(after.retentionUntil, retention);
    assert.ok(!after.items.some((i) => i.text.includes(`late-${TAG}`)), 'the refused item is stored');
    // The page agrees.
    await showSection(d, 'items');
    await waitForCount(d, 'item-row', 3);
    await ctx.quit(d);

    // ---- still finalized after a restart ---------------------------------------------------
    d = await ctx.launch(APP_ARGS);
    assert.equal(await firstScreen(d), 'unlock');
    await unlock(d);
    await waitForMeetingList(d);
    await openMeeting(d, CASE_LABEL);
    await waitForTestId(d, 'finalized-banner');
    const reopened = await flowOf(d);
    assert.equal(reopened.finalizedAt, final.finalizedAt, 'finalizedAt survives the restart');
    assert.deepEqual(counts(reopened), before);
    assert.deepEqual(reopened.checklist, []);
    await assertNoEditForms(d);
    const res = await invokeFromPage(d, 'add_item', attempts[0][1]);
    assert.equal(res.ok, false, 'add_item accepted after restart');
    assert.equal(res.error.code, 'meeting_finalized');
    await ctx.quit(d);
  },
  { timeout: 840_000 },
);

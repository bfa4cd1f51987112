// E2E harness for Casusoverleg: tauri-driver (-> WebKitWebDriver) + selenium-webdriver.
//
// One tauri-driver per test process (started in `before`, stopped in `after`); one
// WebDriver session per app launch; one temp data dir per test (`--data-dir=<dir>`).
// See docs/engineering.md §1 for the reasons behind most choices here.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { Builder, By } from 'selenium-webdriver';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const E2E_DIR = path.resolve(HERE, '..');
export const ARTIFACTS_DIR = path.join(E2E_DIR, 'artifacts');

export const BIN = path.resolve(process.env.CASUSOVERLEG_BIN || '/work/main/target/debug/casusoverleg');
export const PORT = Number(process.env.TAURI_DRIVER_PORT || 4444);
export const NATIVE_PORT = Number(process.env.TAURI_DRIVER_NATIVE_PORT || PORT + 1);
export const SERVER_URL = `http://127.0.0.1:${PORT}/`;

/** Default wait for UI state (app start on 2 cores with software rendering is slow). */
export const WAIT_MS = Number(process.env.E2E_WAIT_MS || 30_000);
/** Prefix of every temp dir this suite creates (also used to hunt for survivors). */
const TMP_PREFIX = 'casusoverleg-e2e-';
/** Data dirs this process launched the app on: the survivor check looks only at these, so
 * two suites on one machine never kill each other's apps. */
const launchedDataDirs = new Set();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------
// tauri-driver lifecycle
// ---------------------------------------------------------------------------

let driverProc = null;
let driverHome = null;
let driverLog = '';
let watchdogProc = null;

async function statusOk() {
  try {
    const res = await fetch(`${SERVER_URL}status`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

async function portAnswers(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

export async function startTauriDriver() {
  if (driverProc) return;
  if (!fs.existsSync(BIN)) {
    throw new Error(`App binary not found: ${BIN} (set CASUSOVERLEG_BIN)`);
  }
  if ((await portAnswers(PORT)) || (await portAnswers(NATIVE_PORT))) {
    throw new Error(
      `Something already listens on port ${PORT} or ${NATIVE_PORT} (a leftover tauri-driver/WebKitWebDriver?). ` +
        'Stop it or set TAURI_DRIVER_PORT.',
    );
  }
  // Own HOME/XDG dirs: the app (and WebKit's caches) inherit tauri-driver's env, so even a
  // regression in --data-dir handling can never touch the real user's store.
  driverHome = await fsp.mkdtemp(path.join(os.tmpdir(), `${TMP_PREFIX}home-`));
  const env = {
    ...process.env,
    HOME: driverHome,
    XDG_DATA_HOME: path.join(driverHome, 'data'),
    XDG_CONFIG_HOME: path.join(driverHome, 'config'),
    XDG_CACHE_HOME: path.join(driverHome, 'cache'),
    XDG_STATE_HOME: path.join(driverHome, 'state'),
    WEBKIT_DISABLE_COMPOSITING_MODE: process.env.WEBKIT_DISABLE_COMPOSITING_MODE || '1',
    WEBKIT_DISABLE_DMABUF_RENDERER: process.env.WEBKIT_DISABLE_DMABUF_RENDERER || '1',
  };
  delete env.CASUSOVERLEG_DATA_DIR; // the --data-dir argument is what we test with
  const args = ['--port', String(PORT), '--native-port', String(NATIVE_PORT)];
  if (process.env.WEBKIT_WEBDRIVER) args.push('--native-driver', process.env.WEBKIT_WEBDRIVER);
  driverProc = spawn('tauri-driver', args, {
    env,
    detached: true, // own process group, so we can clean up WebKitWebDriver too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Watchdog: if this test process dies without running `after` (killed by the runner's
  // file timeout, Ctrl-C), stop the tauri-driver process group we created, so no driver,
  // WebKitWebDriver or app instance is left behind.
  const watchdog = spawn(
    'sh',
    [
      '-c',
      'while kill -0 "$1" 2>/dev/null; do sleep 1; done; ' +
        'if kill -0 "-$2" 2>/dev/null; then kill -TERM "$2" 2>/dev/null; sleep 3; kill -KILL "-$2" 2>/dev/null; fi',
      'e2e-watchdog',
      String(process.pid),
      String(driverProc.pid),
    ],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  watchdogProc = watchdog;
  const keep = (chunk) => {
    driverLog += chunk.toString();
    if (driverLog.length > 200_000) driverLog = driverLog.slice(-100_000);
    if (process.env.E2E_VERBOSE) process.stderr.write(chunk);
  };
  driverProc.stdout.on('data', keep);
  driverProc.stderr.on('data', keep);
  let exited = null;
  driverProc.once('exit', (code, signal) => {
    exited = { code, signal };
  });
  driverProc.once('error', (err) => {
    exited = { error: err };
  });

  // tauri-driver 2.1.0 serves before WebKitWebDriver is ready: poll /status until 200.
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (exited) {
      driverProc = null;
      throw new Error(`tauri-driver exited early: ${JSON.stringify(exited)}\n${driverLog}`);
    }
    if (await statusOk()) return;
    await sleep(200);
  }
  throw new Error(`tauri-driver did not answer GET ${SERVER_URL}status within ${WAIT_MS} ms\n${driverLog}`);
}

export async function stopTauriDriver() {
  const proc = driverProc;
  driverProc = null;
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    const gone = new Promise((r) => proc.once('exit', r));
    try {
      proc.kill('SIGTERM'); // tauri-driver kills WebKitWebDriver on SIGTERM
    } catch {}
    await Promise.race([gone, sleep(5000)]);
    // Whatever is left in the process group we created (only our own children).
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {}
  }
  if (watchdogProc) {
    try {
      watchdogProc.kill('SIGKILL');
    } catch {}
    watchdogProc = null;
  }
  // Wait for the port to be released for the next test file.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && ((await portAnswers(PORT)) || (await portAnswers(NATIVE_PORT)))) {
    await sleep(200);
  }
  if (driverHome) {
    await fsp.rm(driverHome, { recursive: true, force: true }).catch(() => {});
    driverHome = null;
  }
}

/** The HOME (with its XDG data, config, cache and state dirs) the app and WebKit run under. */
export function tauriDriverHome() {
  return driverHome;
}

export function tauriDriverLog() {
  return driverLog;
}

/**
 * Register the per-process hooks: start tauri-driver once, and at the end stop it and
 * assert that no app process of this suite survived.
 */
export function useTauriDriver() {
  before(startTauriDriver, { timeout: 60_000 });
  after(
    async () => {
      const { reasons, ...counts } = typingStats;
      console.log(`input strategies: ${JSON.stringify(counts)}${reasons.size ? `; ${[...reasons].join('; ')}` : ''}`);
      await stopTauriDriver();
      const survivors = await waitForNoAppProcess(
        (argv) => argv.some((a) => [...launchedDataDirs].some((dir) => a === `--data-dir=${dir}`)),
        10_000,
      );
      assert.deepEqual(survivors, [], `app processes survived the test run: ${JSON.stringify(survivors)}`);
    },
    { timeout: 60_000 },
  );
}

// ---------------------------------------------------------------------------
// App processes (/proc scan)
// ---------------------------------------------------------------------------

function appProcesses(match) {
  const found = [];
  const binName = path.basename(BIN);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let argv;
    try {
      argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
    } catch {
      continue;
    }
    if (argv.length === 0) continue;
    if (path.basename(argv[0]) !== binName) continue;
    // zombies still list a cmdline for a moment; ignore them
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (/\) Z /.test(stat)) continue;
    } catch {
      continue;
    }
    if (match(argv)) found.push({ pid: Number(entry), argv });
  }
  return found;
}

/** Waits until no matching app process exists; kills leftovers and returns what it found. */
async function waitForNoAppProcess(match, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let procs = appProcesses(match);
  while (procs.length > 0 && Date.now() < deadline) {
    await sleep(250);
    procs = appProcesses(match);
  }
  for (const p of procs) {
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {}
  }
  return procs;
}

const usesDataDir = (dataDir) => (argv) => argv.some((a) => a === `--data-dir=${dataDir}` || a === dataDir);

// ---------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------

function capabilities(dataDir, withBrowserName, extraArgs = []) {
  const caps = {
    'tauri:options': { application: BIN, args: [`--data-dir=${dataDir}`, ...extraArgs] },
  };
  if (withBrowserName) caps.browserName = 'wry';
  return caps;
}

async function buildSession(dataDir, withBrowserName, extraArgs) {
  const builder = new Builder()
    .usingServer(SERVER_URL)
    .withCapabilities(capabilities(dataDir, withBrowserName, extraArgs));
  // Capabilities#set('browserName', undefined) is not needed: withCapabilities copies only what we give.
  return builder.build();
}

let omitBrowserName = process.env.E2E_OMIT_BROWSERNAME === '1';

/** Launch the app on `dataDir` (plus extra app arguments) and return a selenium session. */
export async function launch(dataDir, extraArgs = []) {
  assert.ok(dataDir && path.isAbsolute(dataDir), 'launch(dataDir) needs an absolute dir');
  let driver;
  try {
    driver = await buildSession(dataDir, !omitBrowserName, extraArgs);
  } catch (err) {
    if (!omitBrowserName && /match|capabilit/i.test(String(err && err.message))) {
      // tauri-apps/tauri#10670: fall back to no browserName.
      omitBrowserName = true;
      driver = await buildSession(dataDir, false, extraArgs);
    } else {
      throw new Error(`Could not create a WebDriver session: ${err && err.message}\n--- tauri-driver log ---\n${driverLog.slice(-4000)}`);
    }
  }
  driver.__dataDir = dataDir;
  launchedDataDirs.add(dataDir);
  // Make sure the process check in quit() is not vacuous: the app must be visible in /proc
  // with our --data-dir argument.
  const procs = await waitUntil(() => appProcesses(usesDataDir(dataDir)).length > 0 && appProcesses(usesDataDir(dataDir)), {
    timeout: 10_000,
    message: `an app process (${path.basename(BIN)}) with --data-dir=${dataDir} in /proc`,
  }).catch(async (err) => {
    await driver.quit().catch(() => {});
    throw err;
  });
  driver.__appPids = procs.map((p) => p.pid);
  if (process.env.E2E_VERBOSE) console.error('app argv:', JSON.stringify(procs.map((p) => p.argv)));
  try {
    await driver.manage().setTimeouts({ implicit: 0, script: 30_000, pageLoad: 60_000 });
  } catch {}
  return driver;
}

/**
 * Quit the session, then assert no app process with that data dir survives (wait ≤10 s;
 * leftovers are killed and the call fails).
 */
export async function quit(driver, dataDir = driver && driver.__dataDir) {
  let quitError = null;
  try {
    await driver.quit();
  } catch (err) {
    quitError = err;
  }
  const survivors = await waitForNoAppProcess(usesDataDir(dataDir), 10_000);
  assert.deepEqual(
    survivors.map((p) => p.pid),
    [],
    `app process(es) survived quit() for ${dataDir}: ${JSON.stringify(survivors)}`,
  );
  if (quitError) throw quitError;
}

// ---------------------------------------------------------------------------
// Element helpers
// ---------------------------------------------------------------------------

export const sel = (id) => By.css(`[data-testid="${id}"]`);

/** Returns the first element with that data-testid (throws NoSuchElement if none). */
export function byTestId(driver, id) {
  return driver.findElement(sel(id));
}

export function allByTestId(driver, id) {
  return driver.findElements(sel(id));
}

/** Polls `fn` until it returns a truthy value (exceptions count as "not yet"). */
export async function waitUntil(fn, { timeout = WAIT_MS, interval = 150, message } = {}) {
  const deadline = Date.now() + timeout;
  let lastErr;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() >= deadline) {
      const why = message ? (typeof message === 'function' ? await message() : message) : 'condition';
      throw new Error(`Timed out after ${timeout} ms waiting for ${why}${lastErr ? ` (last error: ${lastErr.message})` : ''}`);
    }
    await sleep(interval);
  }
}

/** Waits until an element with that testid exists and is displayed; returns it. */
export function waitForTestId(driver, id, timeout = WAIT_MS) {
  return waitUntil(
    async () => {
      const els = await driver.findElements(sel(id));
      for (const el of els) if (await el.isDisplayed()) return el;
      return null;
    },
    { timeout, message: `[data-testid="${id}"] to be displayed` },
  );
}

/** Waits until the number of elements with that testid equals `n`; returns them. */
export async function waitForCount(driver, id, n, timeout = WAIT_MS) {
  let last = -1;
  return waitUntil(
    async () => {
      const els = await driver.findElements(sel(id));
      last = els.length;
      return els.length === n ? els : null;
    },
    { timeout, message: () => `${n} × [data-testid="${id}"] (last seen: ${last})` },
  );
}

export async function textOf(driver, id) {
  const el = typeof id === 'string' ? await waitForTestId(driver, id) : id;
  return (await el.getText()).trim();
}

async function scrollIntoView(driver, el) {
  try {
    // behavior 'instant': the UI's CSS sets `scroll-behavior: smooth` (Utrecht design
    // system), so a default/smooth scroll is still running when WebKitWebDriver hit-tests the
    // click target, which then fails with ElementNotInteractable.
    await driver.executeScript('arguments[0].scrollIntoView({block: "center", inline: "nearest", behavior: "instant"});', el);
  } catch {}
}

/** Native click on an element (with a scripted click as fallback for intercepted clicks). */
export async function clickElement(driver, el) {
  await scrollIntoView(driver, el);
  try {
    await el.click();
  } catch (err) {
    if (!/intercept|interactable|obscured|could not be scrolled/i.test(`${err.name} ${err.message}`)) throw err;
    typingStats.clickFallback++;
    typingStats.reasons.add(`native click failed (${err.name}), used element.click() by script`);
    await driver.executeScript('arguments[0].click();', el);
  }
}

export async function click(driver, id) {
  const el = await waitForTestId(driver, id);
  await waitUntil(() => el.isEnabled(), { message: `[data-testid="${id}"] to be enabled` });
  await clickElement(driver, el);
}

const SET_VALUE_SCRIPT = `
  const el = arguments[0], value = arguments[1];
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype
              : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype
              : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value').set;
  el.focus();
  setter.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return el.value;
`;

/** Records which typing strategy was needed (reported in the run summary). */
export const typingStats = { sendKeys: 0, scriptFallback: 0, dateByScript: 0, clickFallback: 0, reasons: new Set() };

/**
 * Replace the value of an input/textarea by `text`. Tries native sendKeys first and
 * verifies the result; falls back to setting `.value` by script + dispatching input/change
 * (WebKitWebDriver may refuse send-keys, mangle non-BMP/ZWJ characters, or not type into
 * date inputs).
 */
export async function type(driver, id, text) {
  const el = await waitForTestId(driver, id);
  const inputType = String((await el.getAttribute('type')) || '').toLowerCase();
  const tag = (await el.getTagName()).toLowerCase();
  if (tag === 'input' && ['date', 'time', 'datetime-local', 'month', 'week'].includes(inputType)) {
    typingStats.dateByScript++;
    const v = await driver.executeScript(SET_VALUE_SCRIPT, el, text);
    assert.equal(v, text, `could not set [data-testid="${id}"] (type=${inputType}) to ${JSON.stringify(text)}`);
    return;
  }
  if (typing.likeAPerson) return typeLikeAPerson(driver, el, id, text);
  // Empty the field first (script: W3C Element Clear fires no input event for Svelte bindings).
  const current = await driver.executeScript('return arguments[0].value;', el);
  if (current) await driver.executeScript(SET_VALUE_SCRIPT, el, '');
  if (!process.env.E2E_NO_SENDKEYS) {
    try {
      await scrollIntoView(driver, el);
      await el.sendKeys(text);
      const got = await driver.executeScript('return arguments[0].value;', el);
      if (got === text) {
        typingStats.sendKeys++;
        return;
      }
      typingStats.reasons.add(`sendKeys produced a different value for ${id}`);
    } catch (err) {
      typingStats.reasons.add(`sendKeys failed: ${String(err.message).split('\n')[0]}`);
    }
  }
  typingStats.scriptFallback++;
  const v = await driver.executeScript(SET_VALUE_SCRIPT, el, text);
  assert.equal(v, text, `could not set [data-testid="${id}"] to ${JSON.stringify(text)}`);
}

/**
 * How `type` sends text. A memory scan after a lock (memory.test.mjs) must find only what
 * the app keeps, not WebDriver's own copies: a whole string sent or read back through the
 * automation session stays in the app process's WebKit heap. `likeAPerson` sends one key
 * per command (as a keyboard would) and checks only the length of the result.
 */
export const typing = { likeAPerson: false };

async function typeLikeAPerson(driver, el, id, text) {
  await driver.executeScript(SET_VALUE_SCRIPT, el, '');
  await scrollIntoView(driver, el);
  for (const ch of text) await el.sendKeys(ch);
  const length = await driver.executeScript('return arguments[0].value.length;', el);
  assert.equal(length, text.length, `typing into [data-testid="${id}"] key by key`);
}

/** The two sizes every screen is judged at: a 1366×768 laptop and a 1920×1080 wall screen. */
export const SCREEN_SIZES = [[1366, 768], [1920, 1080]];

/**
 * Screenshots of the window at each size, as `<dir>/<name>-<w>x<h>.png`. `target` (a test
 * id or an element) is scrolled into view first, at `block` (`start`, `center`).
 */
export async function screenshotsAt(driver, dir, name, { target = null, block = 'center', sizes = SCREEN_SIZES } = {}) {
  await fsp.mkdir(dir, { recursive: true });
  // Under Xvfb, WebKitWebDriver's resize or screenshot never returned when the window grew
  // past the height of the document (seen 2026-12 at 1920×1080 on short sections and
  // on the wall; the app and its web process stayed idle, 0 % CPU). A body taller than any
  // window avoids it; it is reset after the pictures, so the test goes on with the page as
  // the chair sees it.
  await driver.executeScript('document.body.dataset.e2eMinHeight = document.body.style.minHeight; document.body.style.minHeight = "3000px";');
  try {
    await shotsAtSizes(driver, dir, name, { target, block, sizes });
  } finally {
    await driver.executeScript('document.body.style.minHeight = document.body.dataset.e2eMinHeight || ""; delete document.body.dataset.e2eMinHeight;');
  }
}

async function shotsAtSizes(driver, dir, name, { target, block, sizes }) {
  for (const [w, h] of sizes) {
    await driver.manage().window().setRect({ width: w, height: h });
    await new Promise((r) => setTimeout(r, 400));
    if (target) {
      const el = typeof target === 'string' ? await waitForTestId(driver, target) : target;
      await driver.executeScript(`arguments[0].scrollIntoView({ block: ${JSON.stringify(block)} })`, el);
      await new Promise((r) => setTimeout(r, 200));
    }
    await fsp.writeFile(path.join(dir, `${name}-${w}x${h}.png`), await driver.takeScreenshot(), 'base64');
  }
}

/** Set a <select> to the option with that value (fails if no such option exists). */
export async function select(driver, id, value) {
  const el = await waitForTestId(driver, id);
  const values = await waitUntil(
    async () => {
      const vs = await driver.executeScript('return Array.from(arguments[0].options).map(o => o.value);', el);
      return vs.includes(value) ? vs : null;
    },
    {
      message: async () =>
        `option ${JSON.stringify(value)} in [data-testid="${id}"] (has: ${JSON.stringify(
          await driver.executeScript('return Array.from(arguments[0].options).map(o => o.value);', el).catch(() => '?'),
        )})`,
    },
  );
  assert.ok(values.includes(value));
  const v = await driver.executeScript(SET_VALUE_SCRIPT, el, value);
  assert.equal(v, value, `could not select ${value} in [data-testid="${id}"]`);
}

/** Set the <select> `[data-testid=id][data-id=dataId]` (one per table row) to `value`. */
export async function selectInRow(driver, id, dataId, value) {
  const el = await waitUntil(
    async () => (await driver.findElements(By.css(`[data-testid="${id}"][data-id="${dataId}"]`)))[0],
    { message: `[data-testid="${id}"][data-id="${dataId}"]` },
  );
  const v = await driver.executeScript(SET_VALUE_SCRIPT, el, value);
  assert.equal(v, value, `could not select ${value} in [data-testid="${id}"][data-id="${dataId}"]`);
}

/** Set a <select> to the option whose visible label contains `label`; returns its value. */
export async function selectByLabel(driver, id, label) {
  const el = await waitForTestId(driver, id);
  const value = await waitUntil(
    () =>
      driver.executeScript(
        `const o = Array.from(arguments[0].options).find(o => o.textContent.includes(arguments[1]) && o.value !== '');
         return o ? o.value : null;`,
        el,
        label,
      ),
    { message: `an option labelled ${JSON.stringify(label)} in [data-testid="${id}"]` },
  );
  await driver.executeScript(SET_VALUE_SCRIPT, el, value);
  return value;
}

export async function valueOf(driver, id) {
  const el = await waitForTestId(driver, id);
  return driver.executeScript('return arguments[0].value;', el);
}

// ---------------------------------------------------------------------------
// Per-test context: temp data dir, sessions, artifacts on failure
// ---------------------------------------------------------------------------

export class AppCtx {
  constructor(name) {
    this.name = name;
    this.dataDir = null;
    this.drivers = new Set();
    this.driver = null;
  }

  async init() {
    this.dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), TMP_PREFIX));
    return this;
  }

  async launch(extraArgs = []) {
    const d = await launch(this.dataDir, extraArgs);
    this.drivers.add(d);
    this.driver = d;
    return d;
  }

  async quit(driver = this.driver) {
    this.drivers.delete(driver);
    if (this.driver === driver) this.driver = null;
    await quit(driver, this.dataDir);
  }

  async saveArtifacts(err) {
    // A screenshot of a never-painted page can hang in WebKitWebDriver: bound every call.
    const bounded = (p, ms = 15_000) =>
      Promise.race([p, sleep(ms).then(() => Promise.reject(new Error(`no answer within ${ms} ms`)))]);
    const safe = this.name.replace(/[^\w.-]+/g, '_').slice(0, 80);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    await fsp.mkdir(ARTIFACTS_DIR, { recursive: true });
    const base = path.join(ARTIFACTS_DIR, `${stamp}-${safe}`);
    await fsp.writeFile(`${base}.error.txt`, `${err && err.stack ? err.stack : err}\n\n--- tauri-driver log (tail) ---\n${driverLog.slice(-20_000)}`);
    let i = 0;
    for (const d of this.drivers) {
      const sfx = this.drivers.size > 1 ? `-${i++}` : '';
      try {
        await fsp.writeFile(`${base}${sfx}.html`, await bounded(d.getPageSource()));
      } catch (e) {
        await fsp.writeFile(`${base}${sfx}.html-error.txt`, String(e && e.message));
      }
      try {
        const png = await bounded(d.takeScreenshot());
        await fsp.writeFile(`${base}${sfx}.png`, png, 'base64');
      } catch (e) {
        await fsp.writeFile(`${base}${sfx}.screenshot-error.txt`, String(e && e.message));
      }
    }
    return base;
  }

  async cleanup() {
    const errors = [];
    for (const d of [...this.drivers]) {
      try {
        await this.quit(d);
      } catch (e) {
        errors.push(e);
      }
    }
    if (this.dataDir) await fsp.rm(this.dataDir, { recursive: true, force: true }).catch(() => {});
    if (errors.length) throw errors[0];
  }
}

/**
 * `node:test` test with its own data dir; on failure a screenshot, the page source and the
 * error are written to tests/e2e/artifacts/.
 */
export function appTest(name, fn, options = {}) {
  return test(name, { timeout: 240_000, ...options }, async (t) => {
    const ctx = await new AppCtx(name).init();
    try {
      await fn(ctx, t);
    } catch (err) {
      const base = await ctx.saveArtifacts(err).catch(() => null);
      if (base) t.diagnostic(`artifacts: ${base}.*`);
      await ctx.cleanup().catch(() => {});
      throw err;
    }
    await ctx.cleanup();
  });
}

/** All files (recursively) under dir. */
export async function listFiles(dir) {
  const out = [];
  for (const ent of await fsp.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await listFiles(p)));
    else if (ent.isFile()) out.push(p);
  }
  return out;
}

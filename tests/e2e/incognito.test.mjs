// R21 on the real binary, without WebDriver: the web view runs on an ephemeral WebKit
// context (incognito), so WebKit keeps no website data of the app on disk. WebDriver can
// only drive a persistent context (lib.rs), so this test starts the app by itself, as the
// chair does, under a fresh HOME and XDG dirs, waits until WebKit has set up its data
// folder, ends the app and lists what is on disk.
//
// What tells the two apart (measured on WebKitGTK 2.50): WebKit's persistent context
// creates `CacheStorage/` (the Cache API store) at start and a `storage/<origin>/` folder
// per origin that used storage; the ephemeral one creates neither. The salts, the HSTS
// database and the media-keys folder are written in both modes and hold no page data (the
// app loads nothing over the network; the e2e plaintext scan in foundation.test.mjs checks
// every file under HOME for names and item texts). The control run starts the same binary with the switch that
// keeps the persistent context for WebDriver and must see `CacheStorage/`: so this test
// can fail.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { BIN, listFiles, waitUntil } from './lib/app.mjs';

const IDENTIFIER = JSON.parse(fs.readFileSync(new URL('../../src-tauri/tauri.conf.json', import.meta.url), 'utf8')).identifier;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Start the app as a chair would (no WebDriver), wait for WebKit's data folder, end it. */
async function runAlone(extraEnv) {
  const home = await fsp.mkdtemp(path.join(os.tmpdir(), 'casusoverleg-e2e-incognito-'));
  const env = {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_STATE_HOME: path.join(home, 'state'),
    ...extraEnv,
  };
  delete env.CASUSOVERLEG_DATA_DIR;
  if (!extraEnv.TAURI_WEBVIEW_AUTOMATION) delete env.TAURI_WEBVIEW_AUTOMATION;
  const app = spawn(BIN, [`--data-dir=${path.join(home, 'store')}`], { env, stdio: 'ignore' });
  const webkitData = path.join(home, 'data', IDENTIFIER);
  try {
    // WebKit's data folder is set up once the web view exists (its `storage/salt`).
    await waitUntil(() => fs.existsSync(path.join(webkitData, 'storage', 'salt')), {
      timeout: 30_000,
      message: "WebKit's data folder of the app",
    });
    await sleep(3000); // the page loads and runs; give WebKit time to write what it writes
  } finally {
    app.kill('SIGKILL');
  }
  const files = (await listFiles(home)).map((f) => path.relative(home, f));
  await fsp.rm(home, { recursive: true, force: true });
  return files;
}

const inWebKitData = (files) => files.filter((f) => f.startsWith(path.join('data', IDENTIFIER) + path.sep));
const websiteData = (files) =>
  inWebKitData(files).filter((f) => {
    const rest = f.split(path.sep).slice(2);
    return rest[0] === 'CacheStorage' || (rest[0] === 'storage' && rest.length > 2);
  });

test('R21 the app alone keeps no website data of its own on disk (incognito web view)', { timeout: 120_000 }, async (t) => {
  const alone = await runAlone({});
  t.diagnostic(`files: ${JSON.stringify(alone)}`);
  assert.deepEqual(websiteData(alone), [], 'WebKit wrote website data for the app');
  assert.ok(inWebKitData(alone).length > 0, 'the run reached the point where WebKit writes its folder');

  // Control: the persistent context (kept only for WebDriver) does write website data.
  const persistent = await runAlone({ TAURI_WEBVIEW_AUTOMATION: 'true' });
  t.diagnostic(`control files: ${JSON.stringify(persistent)}`);
  assert.ok(websiteData(persistent).length > 0, 'the control run must show what a persistent context writes');
});

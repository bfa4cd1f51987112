// R21 on the real binary: the display choices that used to live in WebKit's local
// storage are kept beside the store by the back end (`ui-prefs.json`, 0600), so high
// contrast holds after a restart, already on the unlock screen. (The web view itself runs
// on an ephemeral WebKit context, except under WebDriver, which WebKit allows only on a
// persistent one: see `web_view_incognito` in src-tauri/src/lib.rs.)

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { appTest, click, useTauriDriver, waitForTestId, waitUntil } from './lib/app.mjs';
import { createStore } from './lib/flows.mjs';

useTauriDriver();

const highContrast = (d) =>
  d.executeScript("return document.documentElement.classList.contains('theme-high-contrast');");

appTest('R21 display choices are kept beside the store and hold after a restart', async (ctx) => {
  let d = await ctx.launch();
  await createStore(d);
  assert.equal(await highContrast(d), false);
  await click(d, 'theme-toggle');
  await waitUntil(() => highContrast(d), { message: 'high contrast on' });
  const prefsFile = path.join(ctx.dataDir, 'ui-prefs.json');
  await waitUntil(() => fs.existsSync(prefsFile), { message: 'the choice kept beside the store' });
  assert.equal(fs.statSync(prefsFile).mode & 0o777, 0o600);
  assert.deepEqual(JSON.parse(fs.readFileSync(prefsFile, 'utf8')), { theme: 'high-contrast', hints: true });
  await ctx.quit(d);

  d = await ctx.launch();
  await waitForTestId(d, 'unlock-passphrase');
  await waitUntil(() => highContrast(d), { message: 'high contrast again on the unlock screen' });
  await ctx.quit(d);
});

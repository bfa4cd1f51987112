// R21: the strength hint for a new passphrase is computed in the page (zxcvbn-ts with the
// Dutch dictionary); the domain's minimum length comes with the store state. The
// passphrase goes to the back end only when the chair submits it.
import assert from 'node:assert/strict';
import { appTest, type, useTauriDriver, waitForTestId, waitUntil } from './lib/app.mjs';

useTauriDriver();

appTest('R21 the passphrase hint judges in the page: too short, weak, strong', async (ctx) => {
  const d = await ctx.launch();
  await waitForTestId(d, 'setup-passphrase');
  const hint = async (passphrase, expected) => {
    await type(d, 'setup-passphrase', passphrase);
    await waitUntil(
      async () => (await (await waitForTestId(d, 'setup-strength')).getText()).includes(expected),
      { message: `hint "${expected}" for a passphrase of ${passphrase.length} characters` },
    );
  };
  await hint('kort', 'Te kort');
  await hint('wachtwoord12', 'Zwak');
  await hint('Fiets-boom-wolk-zee-42', 'Sterk');
  const text = await (await waitForTestId(d, 'setup-strength')).getText();
  assert.match(text, /Sterkte van het wachtwoord:\s*Sterk/);
  await ctx.quit(d);
});

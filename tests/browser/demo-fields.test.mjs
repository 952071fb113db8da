// The demo's fields are what the widget uses from the first comparison, also when the browser
// restores other values into them on a reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import { newPage, resultsDir, setUp, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

test('the fields apply on load', async () => {
  const page = await newPage(env.browser);
  // Values as a reload would restore them, set before the demo's script runs.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.getElementById('download')) return;  // the last of the fields
      observer.disconnect();
      document.getElementById('min-words').value = '8';
      document.getElementById('theme').value = 'dark';
      document.getElementById('typography').checked = true;
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(env.url);
  await waitReady(page, '#widget');
  const state = await page.evaluate(() => {
    const w = document.getElementById('widget');
    return { minWords: w.getAttribute('min-words'), theme: w.getAttribute('theme'), typography: w.hasAttribute('show-typography'), view: w.getAttribute('view') };
  });
  assert.deepEqual(state, { minWords: '8', theme: 'dark', typography: true, view: 'document' });
  // The first comparison used them: its result is the API's with those options, not the defaults.
  const same = await page.evaluate(async () => {
    const { createOverlap } = await import('/dist/overlap.mjs');
    const overlap = await createOverlap();
    const w = document.getElementById('widget');
    const expected = overlap.compare(w.texts.a, w.texts.b, { minWords: 8, showTypography: true });
    const defaults = overlap.compare(w.texts.a, w.texts.b);
    return { matches: JSON.stringify(expected) === JSON.stringify(w.result), differs: JSON.stringify(defaults) !== JSON.stringify(w.result) };
  });
  assert.deepEqual(same, { matches: true, differs: true });
  await page.screenshot({ path: join(resultsDir, 'demo-fields-on-load.png') });
});

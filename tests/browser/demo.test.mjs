// The demo page with both example pairs: every reused paragraph pair is a passage, each pair
// has the same colour on both sides and a connector, and a screenshot is kept in test-results/.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { newPage, repo, resultsDir, setUp, until, waitReady } from './helpers.mjs';
import { FERRY_PAIRS, SEED_PAIRS, pairing } from './pairs.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

// What the test needs to know of the drawn document view, read in the page.
function drawn(page) {
  return page.evaluate(() => {
    const w = document.getElementById('widget');
    const root = w.shadowRoot;
    const colour = (el) => el && getComputedStyle(el).backgroundColor;
    const passages = w.result.passages.map((_, i) => {
      const a = root.querySelector(`.scroll.a mark[part="passage"][data-passage="${i}"]`);
      const b = root.querySelector(`.scroll.b mark[part="passage"][data-passage="${i}"]`);
      return {
        colourA: colour(a), colourB: colour(b),
        badgeA: root.querySelector(`.scroll.a .badge[data-passage="${i}"]`)?.getAttribute('aria-label') ?? null,
        badgeB: root.querySelector(`.scroll.b .badge[data-passage="${i}"]`)?.getAttribute('aria-label') ?? null,
        connectors: root.querySelectorAll(`svg.links path[data-passage="${i}"]`).length,
      };
    });
    return { result: w.result, texts: w.texts, passages, summary: root.querySelector('.summary').textContent };
  });
}

function checkExample(view, pairs, name) {
  const { result, texts, passages } = view;
  assert.ok(result.passages.length >= 1, `${name}: no passage found`);
  for (const pair of pairs) {
    const { share } = pairing(result, texts, pair);
    assert.ok(share >= 0.6, `${name}: the reused paragraph "${pair[0]}…" is not shown as a passage with its partner (${Math.round(share * 100)}% paired)`);
  }
  passages.forEach((p, i) => {
    assert.ok(p.colourA && p.colourB, `${name}: passage ${i + 1} is not drawn on both sides`);
    assert.equal(p.colourA, p.colourB, `${name}: passage ${i + 1} has different colours in A and B`);
    assert.equal(p.connectors, 1, `${name}: passage ${i + 1} has ${p.connectors} connectors`);
    assert.match(p.badgeA, new RegExp(`^Passage ${i + 1} of ${passages.length}, \\d+% similar(, moved)?: also in B, paragraph \\d+$`));
    assert.match(p.badgeB, new RegExp(`^Passage ${i + 1} of ${passages.length}, \\d+% similar(, moved)?: also in A, paragraph \\d+$`));
  });
  assert.match(view.summary, /^\d+% of A appears in B · \d+% of B from A · \d+ passages? · \d+ moved · \d+ changes? · [\d,]+ words? changed$/);
}

test('the demo shows the ferry example: every reused paragraph pair is a passage, one colour and one connector each', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  const view = await drawn(page);
  assert.ok(view.texts.a.startsWith('Ferry service to Marrow Island'));
  // Every feature of the example shows: moved passages, deletions and insertions.
  assert.ok(view.result.passages.some((p) => p.moved), 'no moved passage');
  const counts = await page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    return { del: root.querySelectorAll('.scroll.a del').length, ins: root.querySelectorAll('.scroll.b ins').length };
  });
  assert.ok(counts.del > 0 && counts.ins > 0, 'no deleted or inserted words marked');
  await page.screenshot({ path: join(resultsDir, 'demo-ferry.png') });
  await page.locator('#widget').screenshot({ path: join(resultsDir, 'widget-ferry.png') });
  checkExample(view, FERRY_PAIRS, 'ferry');
  assert.deepEqual(page.problems, []);
});

test('the demo offers the seed articles as a second example when they were built in', async (t) => {
  const manifest = JSON.parse(await readFile(join(repo, 'dist/examples/index.json'), 'utf8'));
  if (!manifest.examples.some((e) => e.id === 'seeds')) {
    t.skip('no seed articles in dist/examples (../shared/seeds was absent at build time)');
    return;
  }
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  await page.selectOption('#example', 'seeds');
  await until(page, () => {
    const w = document.getElementById('widget');
    return w.state === 'ready' && w.texts.a.startsWith('Russian troops');
  }, null, 30000);
  const view = await drawn(page);
  await page.screenshot({ path: join(resultsDir, 'demo-seeds.png') });
  checkExample(view, SEED_PAIRS, 'seeds');
  assert.deepEqual(page.problems, []);
});

test('the demo downloads the result as JSON', async () => {
  const page = await newPage(env.browser, { acceptDownloads: true });
  await page.goto(env.url);
  await waitReady(page, '#widget');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.equal(download.suggestedFilename(), 'overlap-result.json');
  const saved = join(resultsDir, 'overlap-result.json');
  await download.saveAs(saved);
  const json = JSON.parse(await readFile(saved, 'utf8'));
  assert.equal(json.units, 'utf16');
  assert.deepEqual(json, await page.evaluate(() => JSON.parse(JSON.stringify(document.getElementById('widget').result))));
});

test('editing a text in the demo compares again', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  await page.fill('#text-b', 'Nothing in common with the other text at all, which is about something else entirely.');
  await until(page, () => {
    const w = document.getElementById('widget');
    return w.state === 'ready' && w.texts.b.startsWith('Nothing in common') && w.result.passages.length === 0;
  });
  const summary = await page.evaluate(() => document.getElementById('widget').shadowRoot.querySelector('.summary').textContent);
  // Nothing shared: all of A went, all of B came, two changes.
  assert.match(summary, /^0% of A appears in B · 0% of B from A · 0 passages · 0 moved · 2 changes · [\d,]+ words changed$/);
});

// Click and keyboard navigation bring the partner passage into view, level with the passage
// the reader is on: asserted on the geometry of the drawn columns.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertLevel, clickPassage, newPage, passageGeometry, settled, setUp, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

async function openDemo(options) {
  const page = await newPage(env.browser, options);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  await page.evaluate(() => {
    window.selections = [];
    document.getElementById('widget').addEventListener('overlap-select', (e) => window.selections.push(e.detail.index));
  });
  return page;
}

const count = (page) => page.evaluate(() => document.getElementById('widget').result.passages.length);

for (const motion of ['reduce', 'no-preference']) {
  test(`clicking a passage in either column brings its partner level with it (motion: ${motion})`, async () => {
    const page = await openDemo({ reducedMotion: motion });
    const n = await count(page);
    for (const from of ['a', 'b']) {
      for (let i = 0; i < n; ++i) {
        await clickPassage(page, from, i, '#widget');
        assertLevel(await passageGeometry(page, i, '#widget'), from, i);
        assert.equal(await page.evaluate(() => document.getElementById('widget').selected), i);
      }
    }
    assert.ok((await page.evaluate(() => window.selections)).length >= n);
    assert.deepEqual(page.problems, []);
  });
}

test('n and p step through the passages of a column in its order, Enter and Escape work', async () => {
  const page = await openDemo({ reducedMotion: 'reduce' });
  const n = await count(page);
  for (const side of ['a', 'b']) {
    const order = await page.evaluate((s) => {
      const passages = document.getElementById('widget').result.passages;
      return passages.map((_, i) => i).sort((x, y) => passages[x][s][0] - passages[y][s][0]);
    }, side);
    await page.locator(`#widget .scroll.${side}`).focus();
    for (let k = 0; k < n; ++k) {
      await page.keyboard.press('n');
      await settled(page, '#widget');
      const i = order[k];
      assert.equal(await page.evaluate(() => document.getElementById('widget').selected), i, `n #${k + 1} in ${side}`);
      const focused = await page.evaluate(() => {
        const el = document.getElementById('widget').shadowRoot.activeElement;
        return el && `${el.dataset.side}:${el.dataset.passage}`;
      });
      assert.equal(focused, `${side}:${i}`, 'focus follows n');
      assertLevel(await passageGeometry(page, i, '#widget'), side, i);
    }
    await page.keyboard.press('p');
    await settled(page, '#widget');
    assert.equal(await page.evaluate(() => document.getElementById('widget').selected), order[n - 2]);
    assertLevel(await passageGeometry(page, order[n - 2], '#widget'), side, order[n - 2]);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.getElementById('widget').selected), -1);
    // The connectors are redrawn in the next animation frame: on a loaded machine that may
    // come after this check, so wait for it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const selected = await page.evaluate(() => document.getElementById('widget').shadowRoot.querySelectorAll('.sel').length);
    assert.equal(selected, 0, 'Escape leaves nothing highlighted');
  }
  assert.deepEqual(page.problems, []);
});

test('Tab and Shift+Tab move between the passages; Enter brings the partner level', async () => {
  const page = await openDemo({ reducedMotion: 'reduce' });
  await page.locator('#widget .scroll.a').focus();
  const focusedPassage = () => page.evaluate(() => {
    const el = document.getElementById('widget').shadowRoot.activeElement;
    return el?.matches('.badge') ? Number(el.dataset.passage) : null;
  });
  await page.keyboard.press('Tab');
  assert.equal(await focusedPassage(), 0);
  await page.keyboard.press('Tab');
  assert.equal(await focusedPassage(), 1);
  // Focus alone highlights the pair (and selects it) without moving the other column.
  assert.equal(await page.evaluate(() => document.getElementById('widget').selected), 1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focusedPassage(), 3);
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedPassage(), 2);
  await page.keyboard.press('Enter');
  await settled(page, '#widget');
  assertLevel(await passageGeometry(page, 2, '#widget'), 'a', 2);
  assert.deepEqual(page.problems, []);
});

test('hovering a passage highlights both halves of the pair and its connector', async () => {
  const page = await openDemo();
  await page.locator('#widget .scroll.a mark[data-passage="1"]').first().hover();
  const hot = await page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    return [...root.querySelectorAll('.hot')].map((el) => `${el.localName}:${el.dataset.passage}`).sort();
  });
  assert.ok(hot.includes('path:1'), 'the connector is highlighted');
  assert.ok(hot.filter((h) => h === 'mark:1').length >= 2, 'both marks are highlighted');
  assert.ok(hot.every((h) => h.endsWith(':1')));
});

test('the passages view lists one row per pair, ordered by A or by B, moved pairs flagged', async () => {
  const page = await openDemo({ reducedMotion: 'reduce' });
  await page.click('#widget >> button[data-view="passages"]');
  await page.waitForFunction(() => {
    const w = document.getElementById('widget');
    return w.getAttribute('view') === 'passages' && w.shadowRoot.querySelectorAll('.row').length === w.result.passages.length;
  });
  const rows = () => page.evaluate(() => [...document.getElementById('widget').shadowRoot.querySelectorAll('.row')]
    .map((r) => ({ i: Number(r.dataset.passage), moved: !!r.querySelector('.moved-flag'), marks: r.querySelectorAll('mark[part="passage"]').length })));
  const byA = await rows();
  const result = await page.evaluate(() => document.getElementById('widget').result);
  assert.deepEqual(byA.map((r) => r.i), result.passages.map((_, i) => i));
  byA.forEach((r) => {
    assert.equal(r.moved, result.passages[r.i].moved);
    assert.equal(r.marks, 2);
  });
  await page.click('#widget >> button[data-order="b"]');
  await page.waitForFunction(() => document.getElementById('widget').getAttribute('order') === 'b');
  await page.waitForTimeout(100);
  const byB = await rows();
  const expected = result.passages.map((_, i) => i).sort((x, y) => result.passages[x].b[0] - result.passages[y].b[0]);
  assert.deepEqual(byB.map((r) => r.i), expected);
  await page.locator('#widget .list').focus().catch(() => {});
  await page.locator('#widget .row .badge').first().focus();
  await page.keyboard.press('n');
  assert.equal(await page.evaluate(() => document.getElementById('widget').selected), expected[1]);
  assert.deepEqual(page.problems, []);
});

// Text moved a short way (inside what would be one passage) is shown as shared and moved, never
// struck through here and underlined there: the demo's ferry story with its first six paragraphs
// reordered 0, 1, 4, 2, 3, 5 and four small wording edits, in the widget.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertLevel, clickPassage, newPage, passageGeometry, resultsDir, setUp, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const MOVED = 'Engineers from the county council inspected the slipway';

function reordered(a) {
  const paragraphs = a.split('\n\n');
  const order = [0, 1, 4, 2, 3, 5];
  let b = [...order.map((i) => paragraphs[i]), ...paragraphs.slice(6)].join('\n\n');
  for (const [from, to] of [[' said ', ' stated '], [' The ', ' A '], [' passengers ', ' travellers '], [' morning ', ' dawn ']])
    b = b.replace(from, to);
  return b;
}

test('a paragraph moved two places inside one passage is its own moved passage, with its mark, badge and connector', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  const a = await page.evaluate(() => document.getElementById('widget').texts.a);
  assert.ok(a.includes(MOVED), 'the demo opens with the ferry story');
  const b = reordered(a);
  await page.evaluate(([x, y]) => document.getElementById('widget').compare(x, y), [a, b]);
  await waitReady(page, '#widget');

  const seen = await page.evaluate((moved) => {
    const widget = document.getElementById('widget');
    const { result } = widget;
    const root = widget.shadowRoot;
    const i = result.passages.findIndex((p) => widget.texts.a.slice(p.a[0], p.a[1]).includes(moved));
    const texts = (q) => [...root.querySelectorAll(q)].map((e) => e.textContent);
    return {
      i,
      moved: i >= 0 && result.passages[i].moved,
      shared: [result.a.shared, result.b.shared],
      badges: texts(`.scroll .badge[data-passage="${i}"]`),
      marks: [root.querySelectorAll(`.scroll.a mark[data-passage="${i}"]`).length, root.querySelectorAll(`.scroll.b mark[data-passage="${i}"]`).length],
      deleted: texts('.scroll.a del').join(' | '),
      inserted: texts('.scroll.b ins').join(' | '),
      summary: root.querySelector('[part~="summary"], .summary')?.textContent ?? '',
    };
  }, MOVED);
  assert.ok(seen.i >= 0, 'the moved paragraph is a passage');
  assert.ok(seen.moved, 'marked moved');
  assert.deepEqual(seen.shared, [1, 1], 'all text of both sides is shared');
  assert.equal(seen.badges.length, 2, 'a badge on each side');
  for (const badge of seen.badges) assert.match(badge, /⇄/);
  assert.ok(seen.marks[0] > 0 && seen.marks[1] > 0, 'marked in both columns');
  // Only the four wording edits are edits: the moved paragraph is neither struck nor underlined.
  assert.doesNotMatch(seen.deleted, /Engineers|slipway|thirty knots/);
  assert.doesNotMatch(seen.inserted, /Engineers|slipway|thirty knots/);
  assert.match(seen.summary, /moved/);

  // Selecting it, from either column, brings its partner level.
  for (const from of ['a', 'b']) {
    await clickPassage(page, from, seen.i, '#widget');
    assertLevel(await passageGeometry(page, seen.i, '#widget'), from, seen.i);
    assert.equal(await page.evaluate(() => document.getElementById('widget').selected), seen.i);
  }
  // The connector of the selected pair is drawn.
  const connector = await page.evaluate((i) => {
    const root = document.getElementById('widget').shadowRoot;
    return root.querySelectorAll(`[data-passage="${i}"]:is(path, line, polygon)`).length;
  }, seen.i);
  assert.ok(connector > 0, 'a connector for the moved pair');
  await page.screenshot({ path: join(resultsDir, 'moved-text.png') });
  assert.deepEqual(page.problems, []);
});

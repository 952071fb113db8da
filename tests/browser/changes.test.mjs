// The changes view and the summary: the demo's "Versions" example opens as tracked changes
// (deletions struck, insertions underlined, the moved paragraph shown once with a marker at its
// old place, unchanged runs folded, next / previous change by buttons and keys), and the
// summary tells identical texts from edited ones with the result's own change counts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { newPage, resultsDir, setUp, until, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const shadow = (page, fn, arg) => page.evaluate(([source, a]) => {
  const root = document.getElementById('widget').shadowRoot;
  return new Function('root', 'arg', `return (${source})(root, arg);`)(root, a);
}, [fn.toString(), arg]);

// What the changes view shows, read in the page.
function changesView(page) {
  return shadow(page, (root) => {
    const text = root.querySelector('.change-text');
    return {
      hidden: root.querySelector('.changes').hidden,
      count: root.querySelector('.change-count').textContent,
      stops: root.querySelectorAll('.change-text .stop').length,
      stopTexts: [...root.querySelectorAll('.change-text .stop')].map((e) => e.textContent.trim().replace(/\s+/g, ' ')),
      paragraphs: [...root.querySelectorAll('.change-text p')].map((p) => p.textContent.trim()),
      deleted: [...text.querySelectorAll('del')].map((d) => d.textContent),
      inserted: [...text.querySelectorAll('ins')].map((d) => d.textContent),
      delStyle: text.querySelector('del') && getComputedStyle(text.querySelector('del')).textDecorationLine,
      insStyle: text.querySelector('ins') && getComputedStyle(text.querySelector('ins')).textDecorationLine,
      movedHere: [...text.querySelectorAll('.moved-here')].map((m) => m.textContent),
      movedAway: [...text.querySelectorAll('.move-away')].map((m) => m.textContent),
      folds: [...text.querySelectorAll('.fold-toggle')].map((f) => [f.textContent, f.getAttribute('aria-expanded'), f.nextElementSibling.hidden]),
      text: text.textContent,
      focused: root.activeElement?.dataset.stop ?? null,
    };
  });
}

test('the Versions example opens as tracked changes, with navigation and folded runs', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?example=versions`);
  await waitReady(page, '#widget');
  await until(page, () => document.getElementById('widget').shadowRoot.querySelectorAll('.change-text p').length > 0);
  assert.equal(await page.inputValue('#view'), 'changes');
  const view = await changesView(page);
  assert.equal(view.hidden, false);
  assert.equal(view.delStyle, 'line-through');
  assert.equal(view.insStyle, 'underline');
  // The edited sentence: old figures struck, new ones underlined, at the same place.
  assert.ok(view.deleted.some((d) => /Six/.test(d)) && view.inserted.some((i) => /Seven/.test(i)), JSON.stringify(view));
  assert.ok(view.deleted.some((d) => /thirty/.test(d)) && view.inserted.some((i) => /forty/.test(i)));
  assert.ok(view.inserted.some((i) => /^Update: The basement archive/.test(i)), 'the new paragraph is inserted');
  assert.ok(view.deleted.some((d) => /Residents of the flats/.test(d)), 'the dropped paragraph is struck');
  // The paragraph on the cause moved down: shown once, at its new place, marked at its old one.
  assert.equal(view.movedHere.length, 1);
  assert.match(view.movedHere[0], /^⇄ moved from paragraph \d+The cause of the fire is not yet known/);
  assert.equal(view.movedAway.length, 1);
  assert.match(view.movedAway[0], /^⇄ moved to paragraph \d+$/);
  assert.equal(view.text.split('The cause of the fire is not yet known').length, 2, 'moved text shown once');
  // Quote style alone is not a change: "It's" and "It’s" read the same.
  assert.ok(!view.deleted.some((d) => /'/.test(d)), `straight quotes struck: ${view.deleted}`);

  // One stop per change, in B's order: the headline (running on into the new paragraph), the two
  // figures, the two edits of the archive sentence, the moved paragraph, the dropped paragraph;
  // as many as the core counts in the in-order diff.
  const starts = ['no one injured archive saved', 'Six Seven', 'thirty forty',
    'Staff said Conservators who inspected', 'appeared to be undamaged,', '⇄ moved from paragraph',
    'Residents of the flats'];
  assert.equal(view.stopTexts.length, starts.length, view.stopTexts.join(' | '));
  starts.forEach((start, i) => assert.ok(view.stopTexts[i].startsWith(start), `${view.stopTexts[i]} / ${start}`));
  const core = await page.evaluate(async () => {
    const { createOverlap } = await import('/dist/overlap.mjs');
    const overlap = await createOverlap();
    const w = document.getElementById('widget');
    return overlap.diff(w.texts.a, w.texts.b, { minWords: 12 }).changes;
  });
  assert.equal(view.stops, core);
  // The summary gives the same figures: those of the diff the view shows.
  const summary = await shadow(page, (root) => root.querySelector('.summary').textContent);
  assert.match(summary, new RegExp(`^${core} changes · \\d+ words changed · 1 moved$`));
  const expected = view.stops;
  assert.equal(view.count, `change 0 of ${expected}`);
  // The paragraphs read as B's: the headline stays one paragraph, no stray word at a move's edge.
  assert.match(view.paragraphs[0], /^Fire closes Harbour Street library; no one injured archive saved$/);
  assert.ok(!view.paragraphs.some((p) => /^The ⇄/.test(p) || p === 'The'), view.paragraphs.join('\n'));
  const nav = (name) => page.locator('#widget').getByRole('button', { name });
  await nav('Next change').click();
  await nav('Next change').click();
  let now = await changesView(page);
  assert.equal(now.count, `change 2 of ${expected}`);
  assert.equal(now.focused, '1', 'the current change has the focus');
  await page.keyboard.press('n');
  assert.equal((await changesView(page)).count, `change 3 of ${expected}`);
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  now = await changesView(page);
  assert.equal(now.count, `change 1 of ${expected}`);
  assert.equal(now.focused, '0');
  await page.screenshot({ path: join(resultsDir, 'changes-view.png') });

  // The marker at the old place leads to the new one.
  await page.locator('#widget .move-away').click();
  assert.match(await shadow(page, (root) => root.activeElement?.className ?? ''), /moved-here/);
  assert.deepEqual(page.problems, []);
});

test('runs of unchanged paragraphs are folded, and unfold', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}?example=versions`);
  await waitReady(page, '#widget');
  const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the report says something of its own about the harbour, the bridge and the council, in words that are not repeated anywhere else.`);
  const edited = paragraphs.map((p, i) => (i === 9 ? p.replace('the bridge', 'the new bridge') : p));
  await page.evaluate(([a, b]) => document.getElementById('widget').compare(a, b), [paragraphs.join('\n\n'), edited.join('\n\n')]);
  await waitReady(page, '#widget');
  await until(page, () => document.getElementById('widget').shadowRoot.querySelector('.fold-toggle'));
  let view = await changesView(page);
  assert.deepEqual(view.folds, [['… 8 unchanged paragraphs …', 'false', true]]);
  assert.equal(view.stops, 1);
  assert.deepEqual(view.inserted, ['new ']);
  await page.locator('#widget .fold-toggle').click();
  view = await changesView(page);
  assert.deepEqual(view.folds, [['… 8 unchanged paragraphs …', 'true', false]]);
  assert.ok(view.text.includes('Paragraph 3 of the report'));
});

test('the summary tells identical texts, typography alone and real edits apart', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  const base = await page.evaluate(() => document.getElementById('widget').texts.a);
  const summaryOf = async (a, b) => {
    await page.evaluate(([x, y]) => document.getElementById('widget').compare(x, y), [a, b]);
    await waitReady(page, '#widget');
    return page.evaluate(() => ({
      summary: document.getElementById('widget').shadowRoot.querySelector('.summary').textContent,
      result: document.getElementById('widget').result,
    }));
  };
  const same = await summaryOf(base, base);
  assert.equal(same.summary, 'The texts are identical');
  assert.equal(same.result.changes, 0);

  const curly = await summaryOf(base, base.replaceAll("'", '\u2019'));
  assert.match(curly.summary, /· Same words: only quotes, dashes or spacing differ$/);

  const [first] = base.split(/\n\n/).filter((p) => p.split(' ').length > 25);
  const words = first.split(' ');
  const edited = base.replace(first, [...words.slice(0, 6), 'suddenly', ...words.slice(6, 12), ...words.slice(13)].join(' '));
  const one = await summaryOf(base, edited);
  const { changes, a, b } = one.result;
  assert.equal(changes, 2);
  assert.equal(a.changed + b.changed, 2);
  assert.match(one.summary, /^100% of A appears in B · 100% of B from A · 1 passage · 0 moved · 2 changes · 2 words changed$/);
  await page.screenshot({ path: join(resultsDir, 'summary-one-edit.png') });
});

test('an empty state in every view', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  await page.evaluate(() => document.getElementById('widget').compare('One short text about ferries.', 'Another about bridges and tolls.'));
  await waitReady(page, '#widget');
  const shown = () => shadow(page, (root) => [...root.querySelectorAll('.empty')].filter((e) => !e.hidden && e.getClientRects().length).map((e) => e.textContent));
  assert.deepEqual(await shown(), ['No passage of 12 words or more is shared: both texts are shown in full.']);
  await page.selectOption('#view', 'passages');
  assert.deepEqual(await shown(), ['No passage of 12 words or more is shared.']);
  await page.evaluate(() => document.getElementById('widget').compare('Same words here.', 'Same words here.'));
  await page.selectOption('#view', 'changes');
  await waitReady(page, '#widget');
  await until(page, () => !document.getElementById('widget').shadowRoot.querySelector('.changes .empty').hidden);
  assert.deepEqual(await shown(), ['No changes: the texts are identical.']);
});

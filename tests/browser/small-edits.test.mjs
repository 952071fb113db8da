// Small edits: differences only in quote style, apostrophes, dashes or spacing are not edits
// unless the show-typography attribute asks for them; an edit of a character or two is drawn
// as a box wide enough to see, holding the old and the new character.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { newPage, resultsDir, setUp, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const edits = (page) => page.evaluate(() => {
  const root = document.getElementById('widget').shadowRoot;
  const read = (q) => [...root.querySelectorAll(q)].map((e) => ({ text: e.textContent, width: e.getBoundingClientRect().width, tiny: e.classList.contains('tiny') }));
  return { del: read('.scroll.a del'), ins: read('.scroll.b ins'), fontSize: parseFloat(getComputedStyle(root.querySelector('.text')).fontSize) };
});

test('quote style, dashes and spacing are shown as edits only when asked, and then legibly', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  const a = await page.evaluate(() => document.getElementById('widget').texts.a);
  const b = a.replace("o'clock", 'o\u2019clock').replace('gale-force', 'gale\u2011force').replace('No one was hurt.', 'No one  was hurt.');
  assert.notEqual(a, b);
  await page.evaluate(([x, y]) => document.getElementById('widget').compare(x, y), [a, b]);
  await waitReady(page, '#widget');
  let found = await edits(page);
  assert.deepEqual([found.del, found.ins], [[], []], 'no edit by default');

  await page.evaluate(([x, y]) => {
    const w = document.getElementById('widget');
    w.setAttribute('show-typography', '');
    return w.compare(x, y);
  }, [a, b]);
  await waitReady(page, '#widget');
  found = await edits(page);
  assert.ok(found.del.some((d) => d.text === "'" && d.tiny), JSON.stringify(found.del));
  assert.ok(found.ins.some((i) => i.text === '\u2019' && i.tiny), JSON.stringify(found.ins));
  for (const edit of [...found.del, ...found.ins].filter((e) => e.tiny))
    assert.ok(edit.width >= found.fontSize, `a one-character edit is ${edit.width.toFixed(1)}px wide`);
  await page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    root.querySelector('.scroll.a del.tiny').scrollIntoView({ block: 'center' });
    root.querySelector('.scroll.b ins.tiny').scrollIntoView({ block: 'center' });
  });
  await page.screenshot({ path: join(resultsDir, 'small-edits.png') });
  assert.deepEqual(page.problems, []);
});

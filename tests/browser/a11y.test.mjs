// Accessibility: axe-core finds no violation on the demo in the light and dark themes (every
// view, the changes view included), and every text colour of the widget — on every pair colour, selected or not — has a
// contrast of at least 4.5:1, measured on the computed styles.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { newPage, repo, setUp, until, waitReady } from './helpers.mjs';
import { bigPair } from './big-texts.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const AXE = join(repo, 'node_modules/axe-core/axe.min.js');

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ') + ' ' + n.failureSummary).join(' | ')}`);
}

for (const theme of ['light', 'dark']) {
  test(`axe-core: no violations on the demo, ${theme} theme, every view`, async () => {
    const page = await newPage(env.browser, { colorScheme: theme });
    await page.goto(`${env.url}?theme=${theme}`);
    await waitReady(page, '#widget');
    // With a passage selected and one hovered, so those states are checked too.
    await page.evaluate(() => document.getElementById('widget').select(1));
    await page.locator('#widget .scroll.a mark[data-passage="0"]').first().hover();
    assert.deepEqual(await axe(page), []);
    await page.selectOption('#view', 'passages');
    await until(page, () => document.getElementById('widget').shadowRoot.querySelectorAll('.row').length > 0);
    assert.deepEqual(await axe(page), []);
    // The changes view on the versions example, with a change selected and a fold opened.
    await page.selectOption('#example', 'versions');
    await until(page, () => document.getElementById('widget').shadowRoot.querySelectorAll('.change-text .stop').length > 2);
    await page.locator('#widget').getByRole('button', { name: 'Next change' }).click();
    assert.deepEqual(await axe(page), []);
    const low = (await contrasts(page)).out.filter((c) => c.ratio < 4.5);
    assert.deepEqual(low.map((c) => `${c.what}: ${c.ratio.toFixed(2)}`), []);
  });
}

// Contrast of every text-bearing element of the widget, on its effective background.
function contrasts(page) {
  return page.evaluate(() => {
    const parse = (c) => c.match(/[\d.]+/g).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || c[3] === 1) return c.slice(0, 3);
        if (c[3] > 0) throw new Error(`translucent background on ${e.localName}`);
      }
      return [255, 255, 255];
    };
    const ratio = (el) => {
      const l1 = lum(parse(getComputedStyle(el).color));
      const l2 = lum(background(el));
      return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    };
    const root = document.getElementById('widget').shadowRoot;
    const out = [];
    const selectors = ['.text p', 'mark', 'del', 'ins', '.badge', '.badge.sel', 'mark.sel', 'mark.hot', '.label', '.summary',
      '.legend li', '.legend .swatch', '.switch button', '.switch button[aria-pressed="true"]', '.row-head span', '.where', '.cell mark',
      '.change-text p', '.change-count', '.change-nav button', '.move-tag', '.moved-here', '.fold-toggle', '.empty', 'del.tiny', 'ins.tiny'];
    for (const s of selectors) {
      for (const el of root.querySelectorAll(s)) {
        if (!el.textContent.trim() || !el.getClientRects().length) continue;
        out.push({ what: `${s}${el.dataset.passage ? ` #${el.dataset.passage}` : ''}`, ratio: ratio(el), colour: getComputedStyle(el).color });
      }
    }
    const pairColours = new Set([...root.querySelectorAll('mark')].map((m) => [...m.classList].find((c) => /^pc\d$/.test(c))));
    return { out, pairColours: pairColours.size };
  });
}

for (const theme of ['light', 'dark']) {
  test(`every text has a contrast of at least 4.5:1 on every pair colour (${theme})`, async () => {
    const page = await newPage(env.browser, { viewport: { width: 1280, height: 2400 } });
    await page.goto(`${env.url}?theme=${theme}`);
    await waitReady(page, '#widget');
    // Ten paragraphs in reverse order, some edited: ten passages, every pair colour, on screen.
    const paragraphs = bigPair(6000, 3).a.split('\n\n').slice(0, 10);
    const a = paragraphs.join('\n\n');
    const b = [...paragraphs].reverse().map((p, i) => (i % 2 ? p : p.replace(/ \w+ /, ' changed words '))).join('\n\n');
    await page.evaluate(([x, y]) => document.getElementById('widget').compare(x, y), [a, b]);
    await waitReady(page, '#widget');
    await page.evaluate(() => { document.getElementById('widget').select(2); });
    await page.locator('#widget .scroll.a mark[data-passage="4"]').first().hover();
    const document_ = await contrasts(page);
    assert.equal(document_.pairColours, 8, 'all eight pair colours drawn');
    await page.selectOption('#view', 'passages');
    await until(page, () => document.getElementById('widget').shadowRoot.querySelectorAll('.row').length > 0);
    const list = await contrasts(page);
    const low = [...document_.out, ...list.out].filter((c) => c.ratio < 4.5);
    assert.deepEqual(low.map((c) => `${c.what}: ${c.ratio.toFixed(2)}`), []);
    assert.ok(document_.out.length > 50);
  });
}

test('passages are labelled for screen readers and meaning is not carried by colour alone', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  const info = await page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    const style = (q) => getComputedStyle(root.querySelector(q));
    return {
      regions: [...root.querySelectorAll('[role="region"]')].filter((r) => r.getClientRects().length).map((r) => r.getAttribute('aria-label')),
      del: style('.scroll.a del').textDecorationLine, ins: style('.scroll.b ins').textDecorationLine,
      markEdge: style('mark').borderLeftWidth,
      badges: [...root.querySelectorAll('.scroll.a .badge')].map((b) => b.textContent.trim()),
      moved: [...root.querySelectorAll('.badge')].filter((b) => /moved/.test(b.getAttribute('aria-label'))).map((b) => b.textContent),
      status: root.querySelector('[role="status"]') !== null,
    };
  });
  assert.deepEqual(info.regions, ['Text A: Wire story', 'Text B: Published']);
  assert.equal(info.del, 'line-through');
  assert.equal(info.ins, 'underline');
  assert.equal(info.markEdge, '2px');
  assert.ok(info.badges.every((t, i) => t.startsWith(String(i + 1))), 'numbered badges in A order');
  assert.ok(info.moved.length > 0 && info.moved.every((t) => t.includes('⇄')), 'moved passages marked by a symbol');
  // A focused badge shows a visible outline.
  await page.locator('#widget .scroll.a').focus();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.getElementById('widget').shadowRoot.activeElement;
    const c = getComputedStyle(el);
    return `${c.outlineStyle} ${c.outlineWidth}`;
  });
  assert.equal(outline, 'solid 3px');
});

// Narrow containers, the dark theme, a host page with an aggressive global stylesheet, and a
// page served with a strict Content-Security-Policy all render correctly.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { newPage, passageGeometry, resultsDir, settled, setUp, until, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

// What "rendered correctly" means here, measured inside the widget.
function rendering(page, selector) {
  return page.evaluate((s) => {
    const w = document.querySelector(s);
    const root = w.shadowRoot;
    const rect = (q) => {
      const r = root.querySelector(q)?.getBoundingClientRect();
      return r && { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    };
    const style = (q) => {
      const c = getComputedStyle(root.querySelector(q));
      return {
        font: `${c.fontStyle} ${c.fontWeight} ${c.fontSize} ${c.fontFamily}`, color: c.color, background: c.backgroundColor,
        transform: c.textTransform, spacing: c.letterSpacing, align: c.textAlign, margin: c.margin, whiteSpace: c.whiteSpace,
      };
    };
    return {
      hostDisplay: getComputedStyle(w).display,
      narrow: root.querySelector('.root').classList.contains('narrow'),
      a: rect('.scroll.a'), b: rect('.scroll.b'), links: rect('svg.links'),
      text: style('.scroll.a .text'), p: style('.scroll.a p'), mark: style('.scroll.a mark'),
      badge: style('.scroll.a .badge'), root: style('.root'),
      marks: root.querySelectorAll('.doc mark').length,
      connectors: root.querySelectorAll('svg.links path').length,
      passages: w.result.passages.length,
    };
  }, selector);
}

test('narrow containers show one text at a time and still pair the passages', async () => {
  const page = await newPage(env.browser, { viewport: { width: 560, height: 900 }, reducedMotion: 'reduce' });
  await page.goto(env.url);
  await waitReady(page, '#widget');
  const r = await rendering(page, '#widget');
  assert.equal(r.narrow, true);
  assert.ok(r.a.width > 500 && r.a.height > 300, 'A uses the whole width and most of the height');
  assert.equal(r.b.width, 0, 'B waits behind the pane switch');
  assert.equal(r.links.width, 0, 'no connectors with one pane');
  // Clicking a passage in A turns to B with its partner in view.
  for (const i of [3, 4]) {
    await page.locator('#widget .panes button[data-pane="a"]').click();
    const mark = page.locator(`#widget .scroll.a mark[data-passage="${i}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.evaluate((el) => { const q = el.getClientRects()[0]; return { x: q.left + 10, y: q.top + q.height / 2 }; });
    await page.mouse.click(box.x, box.y);
    await settled(page, '#widget');
    const g = await passageGeometry(page, i, '#widget');
    assert.ok(g.b.visible, `partner of passage ${i + 1} in view in B: ${JSON.stringify(g.b)}`);
  }
  await page.locator('#widget').screenshot({ path: join(resultsDir, 'widget-narrow.png') });
  // The passages view stacks the two halves of each row too.
  await page.selectOption('#view', 'passages');
  await until(page, () => document.getElementById('widget').shadowRoot.querySelectorAll('.row').length > 0);
  const cells = await page.evaluate(() => [...document.getElementById('widget').shadowRoot.querySelectorAll('.row')[0]
    .querySelectorAll('.cell')].map((c) => c.getBoundingClientRect().top));
  assert.ok(cells[1] > cells[0] + 10, 'cells stacked');
  assert.deepEqual(page.problems, []);
});

test('the dark theme, by attribute and by prefers-color-scheme with theme="auto"', async () => {
  for (const [query, scheme] of [['?theme=dark', 'light'], ['', 'dark']]) {
    const page = await newPage(env.browser, { colorScheme: scheme });
    await page.goto(env.url + query);
    await waitReady(page, '#widget');
    const r = await rendering(page, '#widget');
    assert.equal(r.root.background, 'rgb(23, 25, 30)', `dark background (${query || 'auto'})`);
    assert.equal(r.root.color, 'rgb(233, 234, 238)');
    assert.equal(r.mark.background, 'rgb(142, 86, 15)');
    assert.equal(r.connectors, r.passages);
    if (query) await page.screenshot({ path: join(resultsDir, 'demo-dark.png') });
    assert.deepEqual(page.problems, []);
  }
  const light = await newPage(env.browser, { colorScheme: 'dark' });
  await light.goto(`${env.url}?theme=light`);
  await waitReady(light, '#widget');
  assert.equal((await rendering(light, '#widget')).root.background, 'rgb(255, 255, 255)', 'theme="light" wins over a dark system');
});

test('an aggressive global stylesheet on the host page does not break the widget', async () => {
  const reference = await newPage(env.browser);
  await reference.goto(`${env.url}test/embed.html`);
  await waitReady(reference, '#by-url');
  const expected = await rendering(reference, '#by-url');

  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/aggressive.html`);
  await waitReady(page, '#by-url');
  const got = await rendering(page, '#by-url');
  await page.screenshot({ path: join(resultsDir, 'aggressive-page.png'), fullPage: false });
  assert.equal(got.hostDisplay, 'block');
  for (const part of ['text', 'p', 'mark', 'badge', 'root']) assert.deepEqual(got[part], expected[part], `styles of ${part}`);
  assert.equal(got.marks, expected.marks);
  assert.equal(got.connectors, expected.connectors);
  // Two columns side by side with the gutter between them, as on an ordinary page.
  assert.ok(got.a.right <= got.links.left + 1 && got.links.right <= got.b.left + 1);
  assert.ok(Math.abs(got.a.width - got.b.width) < 2 && got.a.width > 300);
  assert.ok(Math.abs(got.links.width - expected.links.width) < 1);
  assert.deepEqual(page.problems, []);
});

test('under script-src \'self\' \'wasm-unsafe-eval\'; style-src \'self\' everything renders, nothing is blocked', async () => {
  const page = await newPage(env.browser);
  const response = await page.goto(`${env.cspUrl}test/embed.html`);
  assert.equal(response.headers()['content-security-policy'], "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  await waitReady(page, '#by-selector');
  await waitReady(page, '#by-url');
  await until(page, () => document.getElementById('broken').state === 'error');
  const r = await rendering(page, '#by-url');
  assert.ok(r.passages > 0 && r.marks > 0 && r.connectors === r.passages);
  assert.equal(r.mark.background, 'rgb(10, 172, 254)', 'the constructable stylesheet applies');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.problems.filter((p) => !/no-such-file|404/.test(p)), []);

  // The demo page and the worker too (large inputs are compared in the worker).
  const demo = await newPage(env.browser);
  await demo.goto(env.cspUrl);
  await waitReady(demo, '#widget');
  const big = await demo.evaluate(async () => {
    const w = document.getElementById('widget');
    const { a, b } = w.texts;
    const result = await w.compare(a.repeat(10), b.repeat(10));
    return result.passages.length;
  });
  assert.ok(big > 0);
  await demo.screenshot({ path: join(resultsDir, 'demo-csp.png') });
  assert.deepEqual(demo.problems, []);
});

test('in a right-to-left page, A is on the right and its connectors start there', async () => {
  const page = await newPage(env.browser);
  await page.goto(env.url);
  await waitReady(page, '#widget');
  await page.evaluate(() => {
    document.documentElement.dir = 'rtl';
    document.getElementById('widget').select(1);
  });
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    const svg = root.querySelector('svg.links');
    return {
      a: root.querySelector('.scroll.a').getBoundingClientRect().left, b: root.querySelector('.scroll.b').getBoundingClientRect().left,
      width: svg.getBoundingClientRect().width, d: root.querySelector('svg.links path[data-passage="1"]').getAttribute('d'),
    };
  });
  assert.ok(r.a > r.b, 'A on the right');
  assert.ok(r.d.startsWith(`M${r.width} `), `the ribbon starts on A's side: ${r.d}`);
  assert.deepEqual(page.problems, []);
});

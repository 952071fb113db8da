// The widget on real CMS pages: texts resolved in the widget's own post first, elements that
// appear later, compare() right after insertion, theme="auto" following the page, CSS zoom on
// an ancestor, and an error that replaces the previous comparison.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newPage, passageGeometry, settled, setUp, until, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const state = (page, id) => page.evaluate((i) => {
  const w = document.getElementById(i);
  return { state: w.state, a: w.texts?.a ?? null, error: w.shadowRoot.querySelector('[part="error"]').textContent,
    marks: w.shadowRoot.querySelectorAll('mark').length, result: w.result };
}, id);

test('a and b resolve in the widget\'s own post first; several matches is an error', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/cms.html`);
  await waitReady(page, '#widget-1');
  await waitReady(page, '#widget-2');
  const one = await state(page, 'widget-1');
  const two = await state(page, 'widget-2');
  assert.ok(one.a.startsWith('The central library will open'), 'the <article> post compares its own texts');
  assert.ok(two.a.startsWith('Night buses will run'), 'the .hentry post compares its own texts');
  assert.ok(one.result.passages.length >= 1 && two.result.passages.length >= 1);
  await until(page, () => document.getElementById('ambiguous').state === 'error');
  const ambiguous = await state(page, 'ambiguous');
  assert.match(ambiguous.error, /"#original" matches 2 elements on the page/);
  assert.equal(ambiguous.result, null);
  // [data-overlap-scope] marks a scope anywhere.
  await page.evaluate(() => {
    const scope = document.createElement('section');
    scope.dataset.overlapScope = '';
    scope.innerHTML = '<div id="original"><p>Scoped text one, with enough words to be compared here.</p></div>'
      + '<div id="rewrite"><p>Scoped text one, with enough words to be compared here too.</p></div>'
      + '<overlap-view id="scoped" a="#original" b="#rewrite" min-words="5" worker="never"></overlap-view>';
    document.body.append(scope);
  });
  await waitReady(page, '#scoped');
  assert.ok((await state(page, 'scoped')).a.startsWith('Scoped text one'));
  assert.deepEqual(page.problems, []);
});

test('elements that appear later are picked up; setting an attribute again reads it again', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/cms.html`);
  await page.evaluate(() => {
    const w = document.createElement('overlap-view');
    Object.assign(w, { id: 'late' });
    w.setAttribute('a', '#late-a');
    w.setAttribute('b', '#late-b');
    w.setAttribute('min-words', '5');
    w.setAttribute('worker', 'never');
    document.body.append(w);
  });
  await until(page, () => document.getElementById('late').state === 'error');
  assert.match((await state(page, 'late')).error, /No element on the page matches "#late-a"/);
  // A page script adds the texts a moment later, one after the other.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<div id="late-a"><p>Words that arrive late are compared all the same, once they are here.</p></div>');
  });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<div id="late-b"><p>Words that arrive late are compared all the same, once they are here at last.</p></div>');
  });
  // The widget's watch looks once a frame: until it has, the widget still shows its last error
  // (which waitReady would take as the outcome).
  await until(page, () => document.getElementById('late').state !== 'error', undefined, 10000);
  await waitReady(page, '#late');
  assert.ok((await state(page, 'late')).a.startsWith('Words that arrive late'));
  // The element's text changes; the same selector set again reads it again.
  await page.evaluate(() => {
    document.querySelector('#late-a p').textContent = 'Changed words that arrive late are compared all the same, once they are here.';
    document.getElementById('late').setAttribute('a', '#late-a');
  });
  await until(page, () => document.getElementById('late').texts?.a.startsWith('Changed'));
  await waitReady(page, '#late');
  assert.deepEqual(page.problems, []);
});

test('compare() right after inserting the element resolves with that comparison', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/cms.html`);
  const outcome = await page.evaluate(async () => {
    const results = [];
    for (const withAttributes of [false, true]) {
      const w = document.createElement('overlap-view');
      w.setAttribute('worker', 'never');
      w.setAttribute('min-words', '4');
      if (withAttributes) { w.setAttribute('a', '#post-1 #original'); w.setAttribute('b', '#post-1 #rewrite'); }
      document.body.append(w);
      try {
        const r = await w.compare('one two three four five six seven', 'zero one two three four five six seven');
        results.push({ passages: r.passages.length, a: w.texts.a, state: w.state });
      } catch (error) {
        results.push({ error: `${error.name}: ${error.message}` });
      }
    }
    return results;
  });
  for (const r of outcome) {
    assert.equal(r.error, undefined);
    assert.equal(r.a, 'one two three four five six seven');
    assert.equal(r.passages, 1);
    assert.equal(r.state, 'ready');
  }
  assert.deepEqual(page.problems, []);
});

const background = (page, id) => page.evaluate((i) => getComputedStyle(document.getElementById(i).shadowRoot.querySelector('.root')).backgroundColor, id);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(23, 25, 30)';

test('theme="auto" follows the page it sits in, not only the system', async () => {
  // A white page in a dark system: a light widget.
  const page = await newPage(env.browser, { colorScheme: 'dark' });
  await page.goto(`${env.url}test/cms.html`);
  await waitReady(page, '#widget-1');
  assert.equal(await background(page, 'widget-1'), WHITE);
  // The site switches itself to dark with a class on <body>: the widget follows.
  await page.addStyleTag({ content: 'body.dark { background: #101216; color: #eee; }' });
  await page.evaluate(() => document.body.classList.add('dark'));
  await until(page, ([dark]) => getComputedStyle(document.getElementById('widget-1').shadowRoot.querySelector('.root')).backgroundColor === dark, [DARK]);
  // A dark card on a light page counts: the nearest opaque background decides.
  const light = await newPage(env.browser, { colorScheme: 'light' });
  await light.goto(`${env.url}test/cms.html`);
  await light.addStyleTag({ content: '#post-2 { background: rgb(20, 20, 30); }' });
  await waitReady(light, '#widget-2');
  await light.evaluate(() => document.getElementById('widget-2').setAttribute('min-words', '9'));
  await waitReady(light, '#widget-2');
  assert.equal(await background(light, 'widget-2'), DARK);
  assert.equal(await background(light, 'widget-1'), WHITE);
  // No background anywhere: the canvas decides, dark when the page allows dark and the system
  // prefers it; theme="light" still wins.
  const canvas = await newPage(env.browser, { colorScheme: 'dark' });
  await canvas.goto(`${env.url}test/cms.html`);
  await canvas.evaluate(() => { document.documentElement.style.colorScheme = 'light dark'; });
  await until(canvas, ([dark]) => getComputedStyle(document.getElementById('widget-1').shadowRoot.querySelector('.root')).backgroundColor === dark, [DARK]);
  await canvas.evaluate(() => document.getElementById('widget-1').setAttribute('theme', 'light'));
  assert.equal(await background(canvas, 'widget-1'), WHITE);
  for (const p of [page, light, canvas]) assert.deepEqual(p.problems, []);
});

test('under CSS zoom on an ancestor, connectors and selection land on the passages', async () => {
  const page = await newPage(env.browser, { viewport: { width: 1600, height: 1300 } });
  await page.goto(`${env.url}test/cms.html`);
  await page.evaluate(() => {
    const zoomed = document.createElement('div');
    zoomed.style.zoom = '1.5';
    zoomed.innerHTML = '<overlap-view id="zoomed" src-a="/examples/ferry-wire.txt" src-b="/examples/ferry-published.txt"></overlap-view>';
    document.body.prepend(zoomed);
  });
  await waitReady(page, '#zoomed');
  // Each connector's ends are at its passage's first and last lines, in both columns.
  const ends = await page.evaluate(() => {
    const root = document.getElementById('zoomed').shadowRoot;
    const svg = root.querySelector('svg');
    const box = svg.getBoundingClientRect();
    const zoom = svg.currentCSSZoom;
    const out = [];
    for (const path of svg.querySelectorAll('path')) {
      const i = path.dataset.passage;
      const n = path.getAttribute('d').match(/-?[\d.]+/g).map(Number);
      const marks = (side) => root.querySelectorAll(`.scroll.${side} mark[data-passage="${i}"]`);
      const [a, b] = [marks('a'), marks('b')];
      const view = (side) => root.querySelector(`.scroll.${side}`).getBoundingClientRect();
      const top = (m) => m[0].getBoundingClientRect().top;
      // Only passages whose first lines are on screen on both sides: the others converge on an edge.
      if (top(a) < view('a').top || top(a) > view('a').bottom || top(b) < view('b').top || top(b) > view('b').bottom) continue;
      out.push({ i, drawnA: box.top + n[1] * zoom, markA: top(a), drawnB: box.top + n[7] * zoom, markB: top(b) });
    }
    return out;
  });
  assert.ok(ends.length >= 1, 'a passage with both ends on screen');
  for (const e of ends) {
    assert.ok(Math.abs(e.drawnA - e.markA) <= 3, `connector ${e.i} starts at its passage in A: ${JSON.stringify(e)}`);
    assert.ok(Math.abs(e.drawnB - e.markB) <= 3, `connector ${e.i} ends at its passage in B: ${JSON.stringify(e)}`);
  }
  // select() brings both passages into view, however far down they are.
  const n = await page.evaluate(() => document.getElementById('zoomed').result.passages.length);
  for (const i of [n - 1, Math.floor(n / 2)]) {
    await page.evaluate((k) => document.getElementById('zoomed').select(k, 'a'), i);
    await settled(page, '#zoomed');
    const g = await passageGeometry(page, i, '#zoomed');
    assert.ok(g.a.visible && g.b.visible, `passage ${i} in view on both sides: ${JSON.stringify(g)}`);
  }
  // Side by side or stacked is decided on the widget's own CSS width: zoomed out to half size
  // in a 600 px window, it is about 1,100 CSS px wide, room for two columns.
  await page.setViewportSize({ width: 600, height: 1300 });
  await page.evaluate(() => { document.getElementById('zoomed').parentElement.style.zoom = '0.5'; });
  // Resize observations are delivered before the next paint: two frames later the layout is set.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => document.getElementById('zoomed').shadowRoot.querySelector('.root').classList.contains('narrow')), false);
  await page.evaluate(() => { document.getElementById('zoomed').parentElement.style.zoom = '1'; });
  await until(page, () => document.getElementById('zoomed').shadowRoot.querySelector('.root').classList.contains('narrow'));
  assert.deepEqual(page.problems, []);
});

test('an error replaces the previous comparison', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/cms.html`);
  await waitReady(page, '#widget-1');
  assert.ok((await state(page, 'widget-1')).marks > 0);
  await page.evaluate(() => document.getElementById('widget-1').setAttribute('a', '#no-such-text'));
  await until(page, () => document.getElementById('widget-1').state === 'error');
  const failed = await state(page, 'widget-1');
  assert.equal(failed.marks, 0, 'no passage of the previous comparison is left');
  assert.equal(failed.result, null);
  assert.equal(failed.a, null);
  const shown = await page.evaluate(() => {
    const root = document.getElementById('widget-1').shadowRoot;
    return { text: root.querySelector('.scroll.a').textContent, summary: root.querySelector('[part="summary"]').textContent, connectors: root.querySelectorAll('svg path').length };
  });
  assert.deepEqual(shown, { text: '', summary: '', connectors: 0 });
  assert.deepEqual(page.problems, []);
});

// Embedding: the classic script and the ES module, texts from page elements and from URLs,
// fetch errors, events, attributes and the result property.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { newPage, setUp, until, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const expected404 = (text) => /404/.test(text) && /Failed to load resource/.test(text);

test('the classic script reads texts from page elements, keeping paragraph breaks', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/embed.html`);
  await waitReady(page, '#by-selector');
  const { texts, result, labels } = await page.evaluate(() => {
    const w = document.getElementById('by-selector');
    const root = w.shadowRoot;
    return {
      texts: w.texts, result: w.result,
      labels: [root.querySelector('.label.a').textContent, root.querySelector('.label.b').textContent],
    };
  });
  assert.ok(texts.a.startsWith('Harbour festival returns after three quiet years\n\nThe harbour festival'));
  assert.match(texts.a, /on Friday, with a programme/);
  assert.match(texts.a, /free for everyone\.\n\nBoat races on Saturday morning from the north pier and the lifeboat station\n\nA night market/);
  assert.match(texts.a, /Volunteers are still needed\nto steward/);
  assert.ok(!/ {2}|\n{3}/.test(texts.a), 'white space is collapsed as rendered');
  assert.deepEqual(labels, ['A · Wire story', 'B · Published']);
  assert.equal(result.units, 'utf16');
  assert.ok(result.passages.length >= 1);
  for (const p of result.passages) {
    assert.ok(texts.a.slice(p.a[0], p.a[1]).length > 0);
  }
  // Every passage highlight carries part="passage" and data-passage, the same N on both sides.
  const parts = await page.evaluate(() => {
    const root = document.getElementById('by-selector').shadowRoot;
    return [...root.querySelectorAll('.doc mark')].map((m) => [m.getAttribute('part'), m.closest('.scroll').classList.contains('a') ? 'a' : 'b', m.dataset.passage]);
  });
  assert.ok(parts.every(([part]) => part === 'passage'));
  for (let i = 0; i < result.passages.length; ++i) {
    assert.ok(parts.some(([, side, n]) => side === 'a' && n === String(i)));
    assert.ok(parts.some(([, side, n]) => side === 'b' && n === String(i)));
  }
});

test('src-a / src-b fetch documents; a failed fetch is shown and raises overlap-error', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/embed.html`);
  await waitReady(page, '#by-url');
  await until(page, () => document.getElementById('broken').state === 'error');
  const state = await page.evaluate(() => ({
    events: window.events,
    message: document.getElementById('broken').shadowRoot.querySelector('[part="error"]').textContent,
    visible: !document.getElementById('broken').shadowRoot.querySelector('[part="error"]').hidden,
    texts: document.getElementById('by-url').texts,
  }));
  assert.ok(state.texts.a.startsWith('Ferry service to Marrow Island'));
  assert.match(state.message, /Could not load .*no-such-file\.txt: HTTP 404/);
  assert.ok(state.visible);
  assert.ok(state.events.some((e) => e.type === 'overlap-error' && e.id === 'broken' && /404/.test(e.message)));
  assert.ok(state.events.some((e) => e.type === 'overlap-ready' && e.id === 'by-url'));
  assert.ok(state.events.some((e) => e.type === 'overlap-ready' && e.id === 'by-selector'));
  assert.deepEqual(page.problems.filter((p) => !expected404(p)), []);
});

test('the widget styles do not leak out into the host page', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/embed.html`);
  await waitReady(page, '#by-selector');
  const outside = await page.evaluate(() => {
    const style = (s) => getComputedStyle(document.querySelector(s));
    return {
      mark: style('#outside mark').backgroundColor, del: style('#outside del').textDecorationLine,
      p: style('#outside').fontFamily,
    };
  });
  assert.equal(outside.mark, 'rgb(255, 255, 0)');
  assert.equal(outside.del, 'line-through');
  assert.equal(outside.p, 'sans-serif');
});

test('attributes: min-words, view, label-a and script texts re-render', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/embed.html`);
  await waitReady(page, '#by-url');
  const count = () => page.evaluate(() => document.getElementById('by-url').result.passages.length);
  const before = await count();
  await page.evaluate(() => document.getElementById('by-url').setAttribute('min-words', '60'));
  await until(page, (n) => {
    const w = document.getElementById('by-url');
    return w.state === 'ready' && w.result.passages.length < n;
  }, before);
  await page.evaluate(() => document.getElementById('by-url').setAttribute('min-words', 'many'));
  await until(page, () => document.getElementById('by-url').state === 'error');
  const message = await page.evaluate(() => document.getElementById('by-url').shadowRoot.querySelector('.error').textContent);
  assert.match(message, /minWords/);
  await page.evaluate(() => {
    const w = document.getElementById('by-url');
    w.removeAttribute('min-words');
    w.setAttribute('label-a', 'Earlier <b>draft</b>');
    w.setAttribute('view', 'passages');
  });
  await until(page, () => document.getElementById('by-url').state === 'ready');
  const view = await page.evaluate(() => {
    const root = document.getElementById('by-url').shadowRoot;
    return { label: root.querySelector('.label.a').textContent, docHidden: root.querySelector('.doc').hidden, rows: root.querySelectorAll('.row').length };
  });
  assert.equal(view.label, 'A · Earlier <b>draft</b>');
  assert.equal(view.docHidden, true);
  assert.equal(await count(), before);
  const result = await page.evaluate(() => document.getElementById('by-url').compare('one two three', 'four five six').then((r) => r.passages.length));
  assert.equal(result, 0);
});

test('the ES module build works the same (dark theme, min-words)', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/module.html`);
  await waitReady(page, '#by-url');
  const state = await page.evaluate(() => {
    const w = document.getElementById('by-url');
    return {
      passages: w.result.passages.length, defined: customElements.get('overlap-view') === w.constructor,
      background: getComputedStyle(w.shadowRoot.querySelector('.root')).backgroundColor,
    };
  });
  assert.ok(state.defined && state.passages > 0);
  assert.equal(state.background, 'rgb(23, 25, 30)');
  assert.deepEqual(page.problems, []);
});

test('large inputs are compared in the worker, with progress shown meanwhile', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/module.html`);
  await waitReady(page, '#by-url');
  const seen = await page.evaluate(async () => {
    const w = document.getElementById('by-url');
    const base = w.texts;
    const a = base.a.repeat(12);
    const b = base.b.repeat(12);
    const states = new Set();
    const watch = setInterval(() => states.add(`${w.state}:${!w.shadowRoot.querySelector('progress').hidden}`), 5);
    const started = performance.now();
    await w.compare(a, b);
    clearInterval(watch);
    const workers = performance.getEntriesByType('resource').filter((e) => /overlap-worker\.mjs/.test(e.name)).length;
    return { states: [...states], workers, ms: performance.now() - started };
  });
  assert.ok(seen.workers >= 1, 'the worker script was loaded');
  assert.ok(seen.states.includes('comparing:true'), `progress was not shown: ${seen.states}`);
});

test('Chinese text loads the word dictionaries (only then) and is compared by words', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/module.html`);
  await waitReady(page, '#by-url');
  const dictionaryLoads = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /overlap-dictionaries\.dat/.test(e.name)).length);
  assert.equal(await dictionaryLoads(), 0, 'not fetched for English texts');
  const found = await page.evaluate(() => {
    const shared = '今天上午，市政府宣布将在明年春天开放新的城市图书馆，馆内将提供超过五十万册图书和一个儿童阅读区。';
    const a = `${shared}\n\n这座图书馆位于老火车站旧址。`;
    const b = `工程已经进行了三年。\n\n${shared}`;
    return document.getElementById('by-url').compare(a, b).then((r) => r.passages.map((p) => [a.slice(...p.a), b.slice(...p.b)]));
  });
  assert.equal(found.length, 1, JSON.stringify(found));
  for (const side of found[0]) assert.ok(side.includes('市政府宣布将在明年春天开放新的城市图书馆'), side);
  assert.equal(await dictionaryLoads(), 1);
  assert.deepEqual(page.problems, []);
});

// How the one-<script>-tag embed loads (issue 15): every file of the engine is requested in one
// round once the widget's script runs, not discovered import by import; the wasm is downloaded
// and compiled once per page however many widgets it has; and the texts are shown, readable,
// before the engine is there, with the highlights drawn once it is. Responses are held back
// with page.route, so what is checked is the order of events, never a duration.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { newPage, repo, resultsDir, setUp, until, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

// What the default path needs, read from the built files themselves: overlap.mjs and the modules
// it imports statically, and the wasm.
function engineFiles() {
  const found = [];
  const visit = (name) => {
    if (found.includes(name)) return;
    found.push(name);
    const source = readFileSync(join(repo, 'dist', name), 'utf8');
    // Minified (wasm/minify.cjs): any quotes, no spaces.
    for (const m of source.matchAll(/\b(?:import|export)\b[^;]*?\bfrom\s*["']\.\/([^"']+)["']/g)) visit(m[1]);
  };
  visit('overlap.mjs');
  return [...found, 'overlap.wasm'];
}

const nameOf = (url) => new URL(url).pathname.replace(/^\/dist\//, '');
const isEngineFile = (url) => /^\/dist\/overlap[\w-]*\.(mjs|wasm|dat)$/.test(new URL(url).pathname);

/**
 * Holds every response of the engine's files until release() is called, and records each
 * request with whether it was made while they were held.
 */
async function holdEngine(page) {
  const held = [];
  const requests = [];
  let holding = true;
  await page.route((url) => isEngineFile(url.href), (route) => {
    requests.push({ name: nameOf(route.request().url()), whileHeld: holding });
    if (holding) held.push(route);
    else route.continue();
  });
  return {
    requests,
    release() {
      holding = false;
      for (const route of held.splice(0)) route.continue();
    },
  };
}

/** Holds the response for overlap.wasm: `requested` resolves once the page has asked for it,
 *  release() lets it through. */
function holdWasm(page) {
  let release;
  const requested = new Promise((resolve) => {
    page.route('**/dist/overlap.wasm', (route) => {
      release = () => route.continue();
      resolve();
    });
  });
  return { requested, release: () => release() };
}

/** Waits (polling from Node) until `names` have all been requested; fails naming what is missing. */
async function requested(requests, names, what) {
  for (let i = 0; i < 200; ++i) {
    const missing = names.filter((n) => !requests.some((r) => r.name === n));
    if (!missing.length) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seen = requests.map((r) => r.name).join(', ') || 'nothing';
  assert.fail(`${what}: still not requested ${names.filter((n) => !requests.some((r) => r.name === n)).join(', ')} (requested: ${seen})`);
}

for (const csp of [false, true]) {
  test(`every file of the engine is requested at once, before any of them has arrived${csp ? ', under the strict CSP' : ''}`, async () => {
    const page = await newPage(env.browser);
    const engine = await holdEngine(page);
    await page.goto(`${csp ? env.cspUrl : env.url}test/loading.html`);
    const expected = engineFiles();
    // With the responses held, a module that is only discovered by reading another (import by
    // import) could never be requested: all of them must be, the wasm included.
    await requested(engine.requests, expected, 'with every engine response held');
    engine.release();
    await waitReady(page, '#first');
    // Nothing was requested again or later: one request per file, each made while all were held.
    const names = engine.requests.map((r) => r.name).sort();
    assert.deepEqual(names, [...expected].sort(), 'each file once, and nothing else on this path');
    assert.ok(engine.requests.every((r) => r.whileHeld), 'no request waited for another file');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the texts are readable, as plain text, before the wasm has arrived; the highlights follow', async () => {
  const page = await newPage(env.browser);
  const wasm = holdWasm(page);
  await page.goto(`${env.url}test/loading.html`);
  await wasm.requested;
  const wire = readFileSync(join(repo, 'demo/examples/ferry-wire.txt'), 'utf8');
  const published = readFileSync(join(repo, 'demo/examples/ferry-published.txt'), 'utf8');
  const firstParagraph = (text) => text.split(/\n\s*\n/)[0].trim();
  // While the engine's wasm is still held back, both columns show their text.
  const shown = await until(page, () => {
    const root = document.getElementById('first').shadowRoot;
    const text = (side) => root.querySelector(`.scroll.${side} .text`).textContent;
    return text('a') && text('b') ? {
      a: text('a'), b: text('b'), state: document.getElementById('first').state,
      marks: root.querySelectorAll('.scroll .text :is(mark, ins, del, .badge)').length,
      elements: [...root.querySelectorAll('.scroll .text *')].map((e) => e.localName),
      paragraphs: root.querySelectorAll('.scroll.a .text p').length,
    } : null;
  }, null, 10000);
  assert.equal(shown.state, 'comparing', 'the comparison is still waiting for the engine');
  assert.ok(shown.a.startsWith(firstParagraph(wire)), 'A is shown from its start');
  assert.ok(shown.b.startsWith(firstParagraph(published)), 'B is shown from its start');
  assert.equal(shown.marks, 0, 'no highlight before the engine has compared');
  assert.deepEqual([...new Set(shown.elements)].sort(), ['div', 'p'], 'plain paragraphs of text nodes');
  assert.equal(shown.paragraphs, wire.split(/\n\s*\n/).filter((p) => p.trim()).length, 'every paragraph of A');
  wasm.release();
  await waitReady(page, '#first');
  const drawn = await page.evaluate(() => {
    const root = document.getElementById('first').shadowRoot;
    return {
      marks: root.querySelectorAll('.scroll mark[part="passage"]').length,
      a: root.querySelector('.scroll.a .text').textContent,
    };
  });
  assert.ok(drawn.marks > 0, 'the passages are highlighted once the engine is there');
  assert.ok(drawn.a.includes(firstParagraph(wire)), 'the same text, now with its highlights');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('two widgets, one on the page and one in the worker, share one download and one compilation of the wasm', async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(() => {
    // Every way a page can compile wasm bytes, counted.
    window.compilations = 0;
    const count = (name) => {
      const original = WebAssembly[name];
      WebAssembly[name] = function (source, ...rest) {
        if (!(source instanceof WebAssembly.Module)) ++window.compilations;
        return original.call(this, source, ...rest);
      };
    };
    for (const name of ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming']) count(name);
  });
  const wasmRequests = [];
  page.on('request', (request) => { if (nameOf(request.url()) === 'overlap.wasm') wasmRequests.push(request); });
  await page.goto(`${env.url}test/loading-two.html`);
  await waitReady(page, '#direct');
  await waitReady(page, '#worker');
  const marks = await page.evaluate(() => ['direct', 'worker'].map((id) =>
    document.getElementById(id).shadowRoot.querySelectorAll('mark[part="passage"]').length));
  assert.ok(marks.every((n) => n > 0), 'both widgets drew their passages');
  assert.equal(wasmRequests.length, 1, 'overlap.wasm downloaded once');
  assert.equal(await page.evaluate(() => window.compilations), 1, 'compiled once, on the page; the worker gets the module');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('loading early leaves the page around the widget as it was: no element added to it', async () => {
  const page = await newPage(env.browser);
  await page.goto(`${env.url}test/loading.html`);
  await waitReady(page, '#first');
  const added = await page.evaluate(() => [...document.querySelectorAll('body > :not(overlap-view), head > *')]
    .map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(added.filter((html) => !/^<(meta|title|link rel="(icon|stylesheet)"|script src)/.test(html)), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the wasm is requested as the widget\'s script runs, before any widget is set up', async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(() => {
    // For each engine file fetched: whether the element was defined yet (its set-up, styles and
    // words come after the definition).
    window.engineFetches = [];
    const original = window.fetch;
    window.fetch = function (input, ...rest) {
      const url = String(input?.url ?? input);
      if (/\/overlap\.wasm$/.test(url)) window.engineFetches.push({ url, defined: !!customElements.get('overlap-view') });
      return original.call(this, input, ...rest);
    };
  });
  await page.goto(`${env.url}test/loading.html`);
  await waitReady(page, '#first');
  const fetches = await page.evaluate(() => window.engineFetches);
  assert.deepEqual(fetches.map((f) => new URL(f.url).pathname), ['/dist/overlap.wasm'], 'fetched once');
  assert.equal(fetches[0].defined, false, 'before <overlap-view> was defined');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a page whose widgets have nothing to compare yet loads no engine file', async () => {
  const page = await newPage(env.browser);
  const engine = await holdEngine(page);
  // One widget waiting for texts from script, one with only one side: neither compares yet.
  await page.route('**/test/waiting.html', (route) => route.fulfill({ contentType: 'text/html', body:
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Waiting</title><link rel="icon" href="data:,">'
    + '<script src="/dist/overlap-view.js" defer></script></head><body>'
    + '<overlap-view id="later"></overlap-view><overlap-view id="half" a="#nowhere"></overlap-view></body></html>' }));
  await page.goto(`${env.url}test/waiting.html`);
  // Two rendered frames after the load event: the script has run and both widgets have started.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => document.getElementById('later').state), 'idle');
  assert.deepEqual(engine.requests, [], 'nothing loaded for widgets without both texts');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an engine the page moves after the script has run loads its own wasm, not the one loaded early', async () => {
  // The page holds a widget with both texts, so the script starts loading the engine next to
  // itself; the articles are added later, after the page has moved the engine elsewhere.
  const folder = join(resultsDir, 'moved-engine');
  await mkdir(folder, { recursive: true });
  for (const name of [...engineFiles(), 'overlap-api-worker.mjs', 'overlap-worker.mjs']) await copyFile(join(repo, 'dist', name), join(folder, name));
  const page = await newPage(env.browser);
  await page.route('**/test/moved-engine.html', (route) => route.fulfill({ contentType: 'text/html', body:
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moved engine</title><link rel="icon" href="data:,">'
    + '<script src="/dist/overlap-view.js" defer></script></head><body>'
    + '<overlap-view id="late" a="#first-article" b="#second-article" worker="never"></overlap-view></body></html>' }));
  const wasm = [];
  page.on('request', (request) => { if (/overlap\.wasm$/.test(request.url())) wasm.push(new URL(request.url()).pathname); });
  await page.goto(`${env.url}test/moved-engine.html`);
  await page.evaluate(async (moved) => {
    customElements.get('overlap-view').moduleUrl = moved;
    const text = 'The river rose two metres overnight and the council opened the school hall to families from the lower streets, '
      + 'where the water reached the doors of forty houses before the pumps arrived.';
    for (const [id, body] of [['first-article', text], ['second-article', `Meanwhile, ${text}`]]) {
      document.body.append(Object.assign(document.createElement('article'), { id, textContent: body }));
    }
  }, `${env.url}results/moved-engine/overlap.mjs`);
  await waitReady(page, '#late');
  assert.ok(await page.evaluate(() => document.getElementById('late').result.passages.length) > 0, 'compared with the moved engine');
  assert.deepEqual(wasm, ['/dist/overlap.wasm', '/results/moved-engine/overlap.wasm'],
    'the early load next to the script, then the moved engine\'s own');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Loads test/loading.html in `lang` with the wasm held back, and records every Intl object the
// page makes: whether both texts were shown by then, and whether the engine was still held.
async function intlMadeWhileLoading(lang) {
  const page = await newPage(env.browser);
  await page.route('**/test/loading.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`) });
  });
  await page.addInitScript(() => {
    window.intlMade = [];
    const shown = () => {
      const root = document.querySelector('overlap-view')?.shadowRoot;
      return ['a', 'b'].every((side) => root?.querySelector(`.scroll.${side} .text`)?.textContent);
    };
    for (const name of ['NumberFormat', 'PluralRules']) {
      const Original = Intl[name];
      Intl[name] = new Proxy(Original, {
        construct(target, args) {
          window.intlMade.push({ name, textsShown: shown(), engineHeld: !window.engineReleased });
          return Reflect.construct(target, args);
        },
      });
    }
  });
  const wasm = holdWasm(page);
  await page.goto(`${env.url}test/loading.html`);
  await wasm.requested;
  return { page, wasm };
}

test('no Intl object is made before the texts are shown; the number formats are made while the engine loads', async () => {
  // The first Intl object of a page loads locale data (tens of milliseconds): a widget's start
  // would pay for it before the texts show, were its hidden messages worded up front. German
  // figures come from Intl.
  const { page, wasm } = await intlMadeWhileLoading('de');
  // While the wasm is held, the page is idle once the texts are shown: the formats are made then.
  await until(page, () => window.intlMade.length > 0 || null, null, 10000);
  await page.evaluate(() => { window.engineReleased = true; });
  wasm.release();
  await waitReady(page, '#first');
  const made = await page.evaluate(() => window.intlMade);
  assert.ok(made.length > 0);
  assert.deepEqual(made.filter((m) => !m.textsShown), [], 'every Intl object made after both texts were shown');
  assert.deepEqual(made.filter((m) => !m.engineHeld), [], 'all of them while the engine was still loading');
  assert.match(await page.evaluate(() => document.getElementById('first').shadowRoot.querySelector('.summary')?.textContent ?? ''), /^\d+\u00a0% of A/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a plain English page makes no Intl object at all', async () => {
  // English figures are written without Intl (overlap-view-english-figures.mjs): no locale data
  // to load on the way to the first highlights.
  const { page, wasm } = await intlMadeWhileLoading('en-GB');
  await until(page, () => document.getElementById('first').shadowRoot.querySelector('.scroll.b .text')?.textContent || null, null, 10000);
  wasm.release();
  await waitReady(page, '#first');
  const { made, summary } = await page.evaluate(() => ({
    made: window.intlMade, summary: document.getElementById('first').shadowRoot.querySelector('.summary').textContent,
  }));
  assert.match(summary, /^\d+% of A appears in B · \d+% of B from A · \d+ passages · /);
  assert.deepEqual(made, []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// How the one-<script>-tag embed loads (issue 15): every file of the engine is requested in one
// round once the widget's script runs, not discovered import by import; the wasm is downloaded
// and compiled once per page however many widgets it has; and the texts are shown, readable,
// before the engine is there, with the highlights drawn once it is. Responses are held back
// with page.route, so what is checked is the order of events, never a duration.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { newPage, repo, setUp, until, waitReady } from './helpers.mjs';

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
  let releaseWasm;
  const wasmHeld = new Promise((resolve) => {
    page.route('**/dist/overlap.wasm', (route) => {
      releaseWasm = () => route.continue();
      resolve();
    });
  });
  await page.goto(`${env.url}test/loading.html`);
  await wasmHeld;
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
  releaseWasm();
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

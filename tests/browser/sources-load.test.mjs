// The view of several sources (dist/overlap-view-sources.mjs) is loaded only by pages that
// compare a text with several sources (tests/browser/download-size.test.mjs checks that a page
// of two texts never asks for it): requested from next to the widget as soon as a widget knows
// it has several sources, with the engine rather than after it; working from the classic script
// and from the ES module build under the strict CSP; found next to the engine when the classic
// script was moved alone (OverlapView.moduleUrl); and a failure to load it is reported as the
// widget's error, the page keeping working and a later comparison loading it again.
import assert from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { newPage, repo, resultsDir, setUp, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const VIEW = /\/overlap-view-sources\.mjs$/;
const paths = (requests) => requests.map((url) => new URL(url).pathname);

// What a widget drawing several sources shows: its sources and its tabs.
function drawn(page, selector) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    return { sources: el.result.sources.length, tabs: el.shadowRoot.querySelectorAll('[role="tab"]').length };
  }, selector);
}

test('asked for with the engine: the wasm held back until the view is requested still arrives', async () => {
  const page = await newPage(env.browser);
  const requests = [];
  let viewRequested;
  const requested = new Promise((resolve) => { viewRequested = resolve; });
  page.on('request', (request) => {
    requests.push(request.url());
    if (VIEW.test(request.url())) viewRequested(true);
  });
  // Were the view imported only once the comparison is done, it would never be requested while
  // the wasm waits here (the bound only keeps a failing run from hanging).
  let beforeWasm = null;
  await page.route('**/overlap.wasm', async (route) => {
    beforeWasm = await Promise.race([requested, new Promise((resolve) => setTimeout(() => resolve(false), 20000))]);
    await route.continue();
  });
  await page.goto(`${env.url}test/sources.html`);
  await waitReady(page, '#by-urls');
  await waitReady(page, '#by-elements');
  assert.equal(beforeWasm, true, 'the view of several sources was requested before the wasm arrived');
  // Once for the page, from the widget's own folder, for both widgets.
  assert.deepEqual(paths(requests).filter((p) => VIEW.test(p)), ['/dist/overlap-view-sources.mjs']);
  assert.deepEqual(await drawn(page, '#by-urls'), { sources: 3, tabs: 3 });
  assert.deepEqual(await drawn(page, '#by-elements'), { sources: 3, tabs: 3 });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the ES module build imports it from next to itself, under the strict CSP', async () => {
  const page = await newPage(env.browser);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${env.cspUrl}test/sources-module.html`);
  await waitReady(page);
  assert.deepEqual(paths(requests).filter((p) => VIEW.test(p)), ['/dist/overlap-view-sources.mjs']);
  assert.deepEqual(await drawn(page, 'overlap-view'), { sources: 3, tabs: 3 });
  // Its stylesheet is adopted: the tabs are laid out as a strip, not as the default block.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('overlap-view').shadowRoot.querySelector('.tabs')).display), 'flex');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the classic script moved alone finds the view next to the engine (OverlapView.moduleUrl)', async () => {
  const folder = join(resultsDir, 'moved-widget');
  await mkdir(folder, { recursive: true });
  await copyFile(join(repo, 'dist/overlap-view.js'), join(folder, 'overlap-view.js'));
  await writeFile(join(folder, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moved</title>'
    + '<link rel="icon" href="data:,"><script src="overlap-view.js"></script></head><body><overlap-view></overlap-view></body></html>\n');
  const page = await newPage(env.browser);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${env.url}results/moved-widget/index.html`);
  const shown = await page.evaluate(async (engine) => {
    const el = document.querySelector('overlap-view');
    el.constructor.moduleUrl = engine;
    const article = 'The river rose two metres overnight and the council opened the school hall to families from the lower streets.';
    const result = await el.compare(article, [{ name: 'Wire', text: article }, { name: 'Council', text: 'Nothing in common here at all.' }]);
    return { sources: result.sources.length, tabs: el.shadowRoot.querySelectorAll('[role="tab"]').length };
  }, `${env.url}dist/overlap.mjs`);
  assert.deepEqual(shown, { sources: 2, tabs: 2 });
  // First next to the widget (not there), then next to the engine.
  assert.deepEqual(paths(requests).filter((p) => VIEW.test(p)), ['/results/moved-widget/overlap-view-sources.mjs', '/dist/overlap-view-sources.mjs']);
  assert.deepEqual(page.problems.filter((p) => !/overlap-view-sources\.mjs|404/.test(p)), []);
  await page.close();
});

test('a view that cannot load is the widget\'s error; the page keeps working and tries again', async () => {
  const page = await newPage(env.browser);
  await page.route(VIEW, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(`${env.url}test/sources.html`);
  const failure = await page.evaluate(async () => {
    const el = document.querySelector('#by-script');
    const reported = new Promise((resolve) => el.addEventListener('overlap-error', (e) => resolve(e.detail), { once: true }));
    const rejected = await el.compare('A text.', ['One source.', 'Another source.']).then(() => null, (error) => error.code);
    const detail = await reported;
    return { rejected, code: detail.code, message: detail.message, state: el.state, error: el.shadowRoot.querySelector('.error').textContent };
  });
  assert.equal(failure.rejected, 'load_failed');
  assert.equal(failure.code, 'load_failed');
  assert.equal(failure.state, 'error');
  assert.match(failure.message, /Could not load the widget's view of several sources \(overlap-view-sources\.mjs\)/);
  assert.equal(failure.error, failure.message);
  // Two texts need no view of several sources: they still compare.
  const two = await page.evaluate(async () => {
    const el = document.querySelector('#by-script');
    const result = await el.compare('The same words in both of the texts here.', 'The same words in both of the texts here.');
    return { state: el.state, sources: result.sources ?? null };
  });
  assert.deepEqual(two, { state: 'ready', sources: null });
  // Once the file can be had, a new comparison with several sources loads it.
  await page.unroute(VIEW);
  const again = await page.evaluate(async () => {
    const el = document.querySelector('#by-script');
    const text = 'The ferry to the island will run twice a day from Monday, the harbour office said.';
    await el.compare(text, [text, 'Something else entirely.']);
    return { state: el.state, tabs: el.shadowRoot.querySelectorAll('[role="tab"]').length };
  });
  assert.deepEqual(again, { state: 'ready', tabs: 2 });
  await page.close();
});

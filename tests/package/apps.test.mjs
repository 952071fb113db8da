// The npm package as its users get it: `npm pack`, then the tarball installed (offline) into fresh
// sample apps built with Vite, webpack 5 and esbuild, a plain Node ESM script, and a CDN layout
// (the package folder served at /overlap-view@VERSION/, the classic script loaded from its
// dist/). Each built app is served on loopback under the strict Content-Security-Policy and
// compares two real pairs in Chromium: English on the page, which needs the wasm; Chinese in the
// worker, which needs the worker script and the word dictionaries. All three must come through
// the bundler's output, not from the package folder.
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createServer } from 'vite';
import { startServer } from '../../scripts/serve.mjs';
import { newPage, setUp } from '../browser/helpers.mjs';
import { FERRY_PAIRS, pairing } from '../browser/pairs.mjs';
import { makeApp, pack, repo, repoPackage, run, tempDir } from './support.mjs';

const english = {
  a: await readFile(join(repo, 'demo/examples/ferry-wire.txt'), 'utf8'),
  b: await readFile(join(repo, 'demo/examples/ferry-published.txt'), 'utf8'),
};
const SHARED_ZH = '今天上午，市政府宣布将在明年春天开放新的城市图书馆，馆内将提供超过五十万册图书和一个儿童阅读区。';
const chinese = { a: `${SHARED_ZH}\n\n这座图书馆位于老火车站旧址。`, b: `工程已经进行了三年。\n\n${SHARED_ZH}` };

const { version } = await repoPackage();
// The script tag of each app's page (apps/index.html).
const SCRIPTS = {
  vite: '<script type="module" src="/main.js"></script>',  // Vite builds from the page
  webpack: '<script src="main.js" defer></script>',        // its runtime finds the chunks from this URL
  esbuild: '<script type="module" src="main.mjs"></script>',
  // A CDN that mirrors npm serves the package folder at /overlap-view@VERSION/; the test does too.
  cdn: `<script src="/overlap-view@${version}/dist/overlap-view.js" defer></script>`,
};
let env;
let tarball;
const cleanups = [];

before(async () => {
  const temp = await tempDir('pack');
  cleanups.push(temp.remove);
  ({ tarball } = await pack(temp.dir));
  env = await setUp();
});

after(async () => {
  await env?.close();
  for (const cleanup of cleanups) await cleanup();
});

async function app(name, options) {
  const made = await makeApp(name, tarball, options);
  cleanups.push(made.remove);
  return made.dir;
}

async function serve(mounts) {
  const server = await startServer({ port: 0, csp: true, mounts });
  cleanups.push(server.close);
  return server.url;
}

// Opens the app, compares both pairs and checks the results and where every file came from:
// the app's own files when bundled, only the URL paths `from` lists when given, anything of the
// app's origin when `bundled` is false (a dev server). `moduleUrl` is given to
// OverlapView.moduleUrl before the first comparison.
async function compareInChromium(url, { from = null, moduleUrl = null, bundled = true, apiUrl = null } = {}) {
  const page = await newPage(env.browser);
  const requests = [];
  const failures = [];
  const workers = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failures.push(request.url()));
  page.on('response', (response) => response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`));
  page.on('worker', (worker) => workers.push(worker.url()));
  try {
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('overlap-view'), null, { timeout: 10000 });
    if (moduleUrl) await page.evaluate((u) => { customElements.get('overlap-view').moduleUrl = u; }, moduleUrl);
    const results = await page.evaluate(async ([english, chinese]) => ({
      direct: await document.getElementById('direct').compare(english.a, english.b),
      worker: await document.getElementById('worker').compare(chinese.a, chinese.b),
      defined: window.sample?.defined ?? true,
    }), [english, chinese]);
    // Then several sources, with the view of several sources the widget imports on demand
    // (a chunk of the app's own when bundled).
    results.sources = await page.evaluate(async (english) => {
      const view = document.getElementById('direct');
      const result = await view.compare(english.a, [{ name: 'Published', text: english.b }, { name: 'Wire', text: english.a }]);
      return { sources: result.sources.length, tabs: view.shadowRoot.querySelectorAll('[role="tab"]').length };
    }, english);
    const widgetRequests = [...requests];
    // The API as the app imports it (or, with the classic script, from its `apiUrl`).
    results.version = await page.evaluate((api) => window.sample?.version() ??
      import(api).then((m) => m.createOverlap()).then((o) => o.version), apiUrl);

    assert.equal(results.defined, true, 'importing overlap-view/view defines the element');
    assert.equal(results.version, version, "the API's version is the package's");
    for (const pair of FERRY_PAIRS) assert.ok(pairing(results.direct, english, pair).share >= 0.6, `shown: ${pair[0]}`);
    assert.equal(results.worker.passages.length, 1);
    assert.deepEqual(results.sources, { sources: 2, tabs: 2 });
    for (const [side, text] of [['a', chinese.a], ['b', chinese.b]])
      assert.ok(text.slice(...results.worker.passages[0][side]).includes('市政府宣布将在明年春天开放新的城市图书馆'), side);

    const origin = new URL(url).origin;
    const fetched = (pattern) => widgetRequests.filter((r) => pattern.test(new URL(r).pathname));
    assert.equal(fetched(/\.wasm$/).length, 1, `the wasm, once: ${widgetRequests.join(' ')}`);
    assert.equal(fetched(/\.dat$/).length, 1, `the dictionaries, once: ${widgetRequests.join(' ')}`);
    assert.equal(workers.length, 1, `one worker: ${workers.join(' ')}`);
    // The classic script moved alone looks for its view of several sources next to itself
    // first (not there), then next to the engine (moduleUrl).
    const beside = (line) => !!moduleUrl && /\/elsewhere\/overlap-view-sources\.mjs$/.test(line);
    for (const file of [...requests, ...workers].filter((r) => r !== url && !beside(r))) {
      assert.equal(new URL(file).origin, origin, `${file} is served by the app`);
      if (from) assert.ok(from.some((path) => new URL(file).pathname.startsWith(path)), `${file} comes from ${from.join(' or ')}`);
      else if (bundled) assert.doesNotMatch(file, /node_modules/, 'bundled, not taken from the package folder');
    }
    assert.deepEqual(failures.filter((f) => !beside(f)), []);
    const missing = failures.some(beside);  // the console reports that 404 too
    assert.deepEqual(page.problems.filter((p) => !(missing && /404|overlap-view-sources/.test(p))), []);
  } finally {
    await page.context().close();
  }
}

test('Vite: no configuration, the element and the API from the package', async () => {
  const dir = await app('vite', { tools: ['vite'], script: SCRIPTS.vite, bundled: true });
  const { stdout, stderr } = await run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: dir });
  // A warning about the package names its files. (Vite may also report slow plugins on a busy
  // machine, which says nothing about the package.)
  assert.doesNotMatch(stdout + stderr, /overlap-view/, 'Vite builds the package without a warning');
  await compareInChromium(await serve({ '/': join(dir, 'dist') }));
});

test("Vite's dev server: the package served as it is during development", async (t) => {
  const dir = await app('vite', { tools: ['vite'], script: SCRIPTS.vite, bundled: true });
  const server = await createServer({ root: dir, configFile: false, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, hmr: false } });
  t.after(() => server.close());
  await server.listen();
  await compareInChromium(server.resolvedUrls.local[0], { bundled: false });
});

test('webpack 5: no loader or rule for the package', async () => {
  const dir = await app('webpack', { tools: ['webpack'], script: SCRIPTS.webpack, bundled: true });
  await run(process.execPath, ['build.mjs'], { cwd: dir });
  // webpack turns a bare import.meta.url into the build machine's file path: the package has none.
  for (const file of (await readdir(join(dir, 'dist'))).filter((f) => f.endsWith('.js')))
    assert.doesNotMatch(await readFile(join(dir, 'dist', file), 'utf8'), /file:\/\//, file);
  await compareInChromium(await serve({ '/': join(dir, 'dist') }));
});

test('esbuild: the worker as a second entry point, the data files copied (the README recipe)', async () => {
  const dir = await app('esbuild', { tools: ['esbuild'], script: SCRIPTS.esbuild, bundled: true });
  await run(process.execPath, ['build.mjs'], { cwd: dir });
  await compareInChromium(await serve({ '/': join(dir, 'dist') }));
});

test('CDN layout: the classic script from /overlap-view@VERSION/dist/ finds its files, or those moduleUrl names', async () => {
  const dir = await app('cdn', { script: SCRIPTS.cdn });
  const root = `/overlap-view@${version}/`;
  // The same page with the script alone in another folder, and OverlapView.moduleUrl set.
  const page = await readFile(join(dir, 'index.html'), 'utf8');
  await writeFile(join(dir, 'moved.html'), page.replace(`${root}dist/`, '/elsewhere/'));
  await mkdir(join(dir, 'elsewhere'));
  await copyFile(join(dir, 'node_modules/overlap-view/dist/overlap-view.js'), join(dir, 'elsewhere/overlap-view.js'));

  const url = await serve({ '/': dir, [root]: join(dir, 'node_modules/overlap-view') });
  const apiUrl = `${url.slice(0, -1)}${root}dist/overlap.mjs`;
  await compareInChromium(url, { from: [`${root}dist/`], apiUrl });
  await compareInChromium(`${url}moved.html`, { from: ['/elsewhere/overlap-view.js', `${root}dist/`], moduleUrl: apiUrl, apiUrl });
});

test('Node ESM: the API by the package name, on the main thread and in a worker with dictionaries', async () => {
  const dir = await app('node');
  const paths = [];
  for (const [i, text] of [english.a, english.b, chinese.a, chinese.b].entries()) {
    paths.push(join(dir, `text-${i}.txt`));
    await writeFile(paths[i], text);
  }
  const { stdout } = await run(process.execPath, ['main.mjs', ...paths], { cwd: dir });
  const out = JSON.parse(stdout);
  assert.equal(out.version, version);
  assert.equal(out.dictionaries, true);
  for (const pair of FERRY_PAIRS) assert.ok(pairing(out.direct, english, pair).share >= 0.6, `shown: ${pair[0]}`);
  assert.equal(out.worker.passages.length, 1);
  assert.ok(chinese.b.slice(...out.worker.passages[0].b).includes('市政府宣布将在明年春天开放新的城市图书馆'));
});

test("TypeScript: the declarations of both entry points, with bundler and Node16 resolution", async () => {
  const dir = await app('typescript', { tools: ['typescript'] });
  for (const config of ['tsconfig.json', 'tsconfig.node16.json'])
    await run(join(dir, 'node_modules/.bin/tsc'), ['-p', config], { cwd: dir });
});

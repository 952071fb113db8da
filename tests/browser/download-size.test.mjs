// The widget's default download stays within its budget: every script and wasm file a page with
// <overlap-view> fetches to show a comparison of two English articles, each counted as gzip -9
// of the served file, as the gzip program compresses it (what the issue measures; zlib's level 9,
// which servers use, comes within a few per cent). The dictionaries (3 MB,
// fetched only for Chinese, Japanese, Thai, Khmer, Lao and Burmese) are not part of it, and
// must not be fetched here, nor the view of several sources (dist/overlap-view-sources.mjs),
// fetched only for a text against several sources. Sizes are stable from run to run; no timing is judged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { newPage, setUp, waitReady } from './helpers.mjs';

// Issue 15 asks for at most 200 KB (decimal, as gzip sizes are usually quoted) for readers on
// slow connections, who see no highlighted comparison before all of it has arrived. Reached at
// 199.3 KB, after 392 KB before the size work, 302 KB once the one-pass sentence rules linked ICU's
// character property data, 204.6 KB since ICU's property tables, locale and resource bundle code
// left the module (tables generated from ICU instead, files opened by name), the link went to
// -Oz and the modules are shipped minified (bench/README.md, "Download size", has the steps);
// 223.2 KB once one text against several sources (issue 16) linked compare_sources into the
// wasm (+15 KB: the pipeline's stages inlined a second time) and its tabs into the widget
// (+3 KB); 211.2 KB once the code that runs a few times per comparison (API checks, selection,
// several sources, the bindings) was compiled at -Oz and printf left the module; 212.2 KB with
// edit scripts that keep a lone shared word unless it is chance (issue 12, +0.9 KB); 211.6 KB
// once the view of several sources left the widget's script (dist/overlap-view-sources.mjs,
// imported only when a page has several). Measured without that step, from 212.2 KB: 208.2 KB
// with plain C exports instead of Embind (its JS was 4.6 KB of the loader), 205.2 KB once the
// module was built without exceptions, 199.3 KB with a standalone module and no Emscripten
// loader. All of it together, with composite summaries of several sources (issue 16, +1 KB of
// wasm): 199.6 KB; 199.7 KB once the classic script requested the engine as it runs and made
// Intl's formats while the engine loads (+28 bytes of JS); 199.1 KB with the speed floor's
// changes of this session (one pass in analyse, tighter exact-run hits, a one-token gap diffed
// without dtl: 0.6 KB less gzipped wasm); 193.4 KB once the sorts off the hot path shared one
// compiled sort instead of a copy of std::sort per comparator (src/compact_sort.hpp, 5.8 KB less
// gzipped wasm); 193.7 KB with English figures written without Intl (+0.3 KB of JS: no locale
// data to load on a fast connection's way to the first highlights), and 34 bytes more of wasm to
// look for dictionary scripts eight bytes at a time instead of probing ICU. The budget is a
// ratchet just above today's size, below the target, so that no change makes the download bigger
// unnoticed: lower it with every saving.
const TARGET_BYTES = 200_000;
const BUDGET_BYTES = 193_800;

const gzip9 = (bytes) => execFileSync('gzip', ['-9c'], { input: bytes, maxBuffer: 1 << 26 }).length;

test(`the default download (all JS and wasm, gzip -9) is at most ${BUDGET_BYTES / 1000} KB (target ${TARGET_BYTES / 1000} KB)`, { timeout: 60000 }, async (t) => {
  const env = await setUp();
  try {
    const page = await newPage(env.browser);
    const fetched = new Map();  // URL -> served bytes (workers' requests included)
    page.context().on('requestfinished', async (request) => {
      fetched.set(request.url(), request.response().then((r) => r?.body()).catch(() => null));
    });
    await page.goto(`${env.url}test/download.html`);
    await waitReady(page);
    assert.deepEqual(page.problems, []);

    const sizes = [];
    for (const [url, body] of fetched) {
      const { pathname } = new URL(url);
      assert.doesNotMatch(pathname, /dictionaries/, 'English texts do not need the dictionaries');
      assert.doesNotMatch(pathname, /overlap-view-sources/, 'two texts do not need the view of several sources');
      if (!/\.(m?js|wasm)$/.test(pathname)) continue;
      const bytes = await body;
      assert.ok(bytes, `no body for ${pathname}`);
      sizes.push({ file: pathname, raw: bytes.length, gzip: gzip9(bytes) });
    }
    assert.ok(sizes.some((s) => s.file.endsWith('.wasm')), 'the wasm module was fetched');
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    const report = [...sizes.sort((x, y) => y.gzip - x.gzip).map((s) => `${s.file}: ${s.gzip} bytes gzip -9 (${s.raw} raw)`),
      `total: ${total} bytes gzip -9, budget ${BUDGET_BYTES}`];
    for (const line of report) t.diagnostic(line);
    assert.ok(total <= BUDGET_BYTES,
      `the widget's default download is ${(total / 1000).toFixed(1)} KB gzip -9, over the budget of ${BUDGET_BYTES / 1000} KB (files above)`);
  } finally {
    await env.close();
  }
});

// The API in Chromium, on a page served with the strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval'): the module loads, compares, splits Chinese with the
// dictionaries, and the worker works and cancels. Skipped where Chromium or playwright-core is
// missing (they come from scripts/setup.sh).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { distDir, sourceDir } from './support.mjs';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let chromium = null;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  // reported through `skip` below
}
const skip = !existsSync(chromiumPath) ? `no Chromium at ${chromiumPath}` : !chromium && 'playwright-core is not installed';

test('the API works in Chromium under script-src \'self\' \'wasm-unsafe-eval\'', { skip, timeout: 60000 }, async () => {
  const { startServer, STRICT_CSP } = await import(pathToFileURL(path.join(sourceDir, 'scripts/serve.mjs')).href);
  assert.match(STRICT_CSP, /script-src 'self' 'wasm-unsafe-eval'/);
  const server = await startServer({
    port: 0, csp: true, mounts: { '/dist/': distDir, '/api-test/': path.join(sourceDir, 'tests/wasm/pages') },
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(m.text()); });
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`); });
    const response = await page.goto(`${server.url}api-test/api.html`);
    assert.match(response.headers()['content-security-policy'], /wasm-unsafe-eval/);
    await page.waitForFunction(() => window.outcome, null, { timeout: 30000, polling: 50 });
    const outcome = await page.evaluate(() => window.outcome);
    assert.equal(outcome.error, undefined);
    assert.deepEqual(problems, []);
    assert.deepEqual(outcome.violations, []);
    assert.match(outcome.version, /^\d+\.\d+\.\d+$/);
    assert.equal(outcome.passages.length, 1);
    assert.match(outcome.passages[0][1], /^Meanwhile, officials said the talks/);
    assert.equal(outcome.sameInWorker, true);
    assert.deepEqual(outcome.chinese, ['我们', '今天', '去', '北京', '大学']);
    assert.equal(outcome.abortName, 'AbortError');
    assert.equal(outcome.afterAbort, 1, 'a fresh worker, without dictionaries: Chinese is one token');
  } finally {
    await browser.close();
    await server.close();
  }
});

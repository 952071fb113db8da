// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core (never a
// downloaded browser; playwright gives each run a fresh temporary profile), the repository's static server on a free port, and small page helpers.
// The tests need a built dist/ (the wasm build, then `node js/build-view.mjs`).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const resultsDir = join(repo, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

for (const file of ['dist/overlap.mjs', 'dist/overlap.wasm', 'dist/overlap-view.js']) {
  if (!existsSync(join(repo, file))) throw new Error(`${file} is missing: build the wasm module and run node js/build-view.mjs first`);
}

/** Starts Chromium and a server; returns {browser, url, cspUrl, close()}. test-results/ is
 *  served at /results/, for inputs a test generates; `mounts` adds URL prefixes (a benchmark's
 *  inputs). */
export async function setUp({ mounts: extra = {} } = {}) {
  const mounts = { '/test/': join(repo, 'tests/browser/pages'), '/results/': resultsDir, ...extra };
  await mkdir(resultsDir, { recursive: true });
  const plain = await startServer({ port: 0, mounts });
  const strict = await startServer({ port: 0, mounts, csp: true });
  const browser = await launchBrowser();
  return {
    browser, url: plain.url, cspUrl: strict.url,
    async close() {
      await browser.close();
      await Promise.all([plain.close(), strict.close()]);
    },
  };
}

/** Debian's Chromium, headless, with the flags that keep it off the network. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A new page that fails the test on any uncaught page error or CSP violation. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !/favicon/.test(text)) page.problems.push(`console: ${text}`);
  });
  return page;
}

/** Waits until the widget matching `selector` has drawn everything (state "ready"). */
export async function waitReady(page, selector = 'overlap-view', timeout = 30000) {
  await page.waitForFunction((s) => {
    const el = document.querySelector(s);
    if (el?.state === 'error') throw new Error(`widget error: ${el.shadowRoot.querySelector('.error').textContent}`);
    return el?.state === 'ready';
  }, selector, { timeout, polling: 50 });
}

/** Polls `fn` in the page until it returns a truthy value or `timeout` ms pass; returns it. */
export async function until(page, fn, arg, timeout = 5000) {
  const handle = await page.waitForFunction(fn, arg, { timeout, polling: 50 });
  return handle.jsonValue();
}

/**
 * Geometry of passage i in the document view: its first mark on each side relative to that
 * column's viewport, and whether it is fully visible there.
 */
export function passageGeometry(page, i, selector = 'overlap-view') {
  return page.evaluate(([i, s]) => {
    const root = document.querySelector(s).shadowRoot;
    const out = {};
    for (const side of ['a', 'b']) {
      const scroll = root.querySelector(`.scroll.${side}`);
      const box = scroll.getBoundingClientRect();
      const marks = scroll.querySelectorAll(`mark[data-passage="${i}"]`);
      const top = marks[0].getBoundingClientRect().top;
      const bottom = marks[marks.length - 1].getBoundingClientRect().bottom;
      out[side] = {
        top: top - box.top, bottom: bottom - box.top, height: box.height,
        scrollTop: scroll.scrollTop, maxScroll: scroll.scrollHeight - scroll.clientHeight,
        // Wholly in view, or, for a passage taller than its pane, starting in the pane's upper half.
        visible: top >= box.top - 1 && (bottom <= box.bottom + 1 || (bottom - top > box.height && top <= box.top + box.height / 2)),
      };
    }
    return out;
  }, [i, selector]);
}

/** The partner is wholly in view and its top level with the source's (±2 px), unless its
 * column cannot scroll further (then only in view). */
export function assertLevel(g, from, i) {
  const to = from === 'a' ? 'b' : 'a';
  assert.ok(g[from].visible, `passage ${i + 1} is not in view in ${from.toUpperCase()}: ${JSON.stringify(g[from])}`);
  assert.ok(g[to].visible, `the partner of passage ${i + 1} is not in view in ${to.toUpperCase()}: ${JSON.stringify(g[to])}`);
  const clamped = g[to].scrollTop <= 0 || g[to].scrollTop >= g[to].maxScroll - 1;
  if (!clamped) {
    assert.ok(Math.abs(g[from].top - g[to].top) <= 2,
      `passage ${i + 1}: partner top ${g[to].top.toFixed(1)} is not level with ${g[from].top.toFixed(1)}`);
  }
}

/** Clicks passage i's first mark in column `side` (scrolled into view), in the middle of the
 *  mark's first line box (a wrapped inline's bounding box is wider), and waits for the columns
 *  to settle. */
export async function clickPassage(page, side, i, selector = 'overlap-view') {
  const mark = page.locator(`${selector} .scroll.${side} mark[data-passage="${i}"]`).first();
  await mark.scrollIntoViewIfNeeded();
  const box = await mark.evaluate((el) => {
    const r = el.getClientRects()[0];
    return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await settled(page, selector);
}

/**
 * A passage mark on screen in column A, away from the pane's edges: {i, x, y} to click, or null.
 * Only marks in chunks on screen are measured: measuring the others would make the browser lay
 * out text it skips, and a test or benchmark would time its own probe.
 */
export function passageOnScreen(page, selector = 'overlap-view') {
  return page.evaluate((s) => {
    const root = document.querySelector(s).shadowRoot;
    const box = root.querySelector('.scroll.a').getBoundingClientRect();
    const onScreen = [...root.querySelectorAll('.scroll.a .chunk')].filter((c) => {
      const r = c.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom;
    });
    for (const mark of onScreen.flatMap((c) => [...c.querySelectorAll('mark')])) {
      const r = mark.getClientRects()[0];
      if (r && r.top > box.top + 20 && r.top < box.bottom - 60)
        return { i: Number(mark.dataset.passage), x: r.left + Math.min(10, r.width / 2), y: r.top + r.height / 2 };
    }
    return null;
  }, selector);
}

/** Waits until both columns have stopped scrolling (smooth scrolling takes a few frames). */
export async function settled(page, selector = 'overlap-view') {
  // A click's or key's smooth scroll starts a frame or two after it (on a loaded machine, later
  // still): let two frames pass, then wait for the offsets to hold over three readings, so that a
  // scroll that has not begun yet is not taken for one that has ended.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  let last = '';
  let still = 0;
  for (let i = 0; i < 100 && still < 2; ++i) {
    const now = await page.evaluate((s) => {
      const root = document.querySelector(s).shadowRoot;
      return [...root.querySelectorAll('.scroll, .list')].map((e) => e.scrollTop).join(',');
    }, selector);
    still = now === last ? still + 1 : 0;
    last = now;
    if (still < 2) await page.waitForTimeout(120);
  }
}

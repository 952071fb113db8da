#!/usr/bin/env node
// The <overlap-view> widget in Chromium (Debian's, driven by playwright-core) on the benchmark
// pairs: how soon the reader sees the first screen, how long the whole drawing takes, and whether
// the main thread stays free — long tasks (over 50 ms, as the browser reports them) and the
// longest gap of a zero-delay timer chain, from the call to compare() until everything is drawn,
// and while the reader scrolls to the middle and clicks a passage.
//
//   node bench/widget_bench.mjs [--inputs DIR] [--pairs edited-100k,edited-1m] [--runs N]
//                               [--out FILE.json] [--smoke]
//
// It runs in the browser tests' harness (tests/browser/helpers.mjs) on their big-input page
// (tests/browser/pages/big.html, whose timing.js records the long tasks and gaps). Each run is a
// fresh page (a fresh renderer: cold caches, as a reader's first visit). Needs dist/ (the wasm
// build and `node js/build-view.mjs`). The browser tests check the structure that keeps the page
// responsive; the durations belong here, where noise is reported, not failed.
import { writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newPage, passageOnScreen, setUp } from '../tests/browser/helpers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const smoke = args.includes('--smoke');
const inputs = resolve(arg('--inputs', join(root, 'build/bench-inputs')));
const pairs = arg('--pairs', smoke ? 'edited-10k' : 'edited-100k,edited-1m').split(',');
const runs = Number(arg('--runs', smoke ? 1 : 5));
const out = arg('--out', null);

// In the page, once per run: compare, then wait for the first screen and the full drawing.
async function drawing(pair) {
  const [a, b] = await Promise.all(['a', 'b'].map((side) => fetch(`/inputs/${pair}.${side}.txt`).then((r) => r.text())));
  const w = document.getElementById('big');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await frame();
  window.resetGaps();
  const t0 = performance.now();
  const first = new Promise((resolve) => w.addEventListener('overlap-ready', resolve, { once: true }));
  const done = w.compare(a, b);
  await first;
  await frame();  // the first screen has been painted
  const firstScreen = performance.now();
  const gapFirst = window.gaps.max;
  await done;
  while (w.state !== 'ready') await frame();
  const drawn = performance.now();
  const since = (x) => x.start >= t0 && x.start < drawn;
  return {
    chars: a.length + b.length, passages: w.result.passages.length,
    firstScreen: firstScreen - t0, drawn: drawn - t0,
    longTasks: window.longTasks.filter(since).map((x) => x.duration),
    // What ran in each frame over 50 ms (long-animation-frame entries): the widget, or rendering.
    longFrames: window.longFrames.filter(since).map((f) => ({
      at: Math.round(f.start - t0), duration: Math.round(f.duration), render: Math.round(f.render),
      scripts: f.scripts.map((x) => `${x.source || '?'} ${x.invoker} ${x.duration} ms (layout ${x.layout} ms)`),
    })),
    longestGapToFirstScreen: gapFirst, longestGap: window.gaps.max,
  };
}

// Scroll A to its middle, then click the first passage on screen there (a screen further down
// if none is).
async function navigation(page) {
  const since = await page.evaluate(() => {
    window.resetGaps();
    const scroll = document.getElementById('big').shadowRoot.querySelector('.scroll.a');
    scroll.scrollTop = scroll.scrollHeight / 2;
    return performance.now();
  });
  let target = null;
  for (let screens = 0; !target && screens < 10; ++screens) {
    if (screens > 0) {
      await page.evaluate(() => {
        const scroll = document.getElementById('big').shadowRoot.querySelector('.scroll.a');
        scroll.scrollTop += scroll.clientHeight;
      });
    }
    await page.waitForTimeout(300);
    target = await passageOnScreen(page, '#big');
  }
  if (target) await page.mouse.click(target.x, target.y);
  await page.waitForTimeout(800);  // the partner's scroll (reduced motion: instant) and redraws
  return page.evaluate(({ t, clicked }) => ({
    clicked,
    longTasks: window.longTasks.filter((x) => x.start >= t).map((x) => x.duration),
    longestGap: window.gaps.max,
  }), { t: since, clicked: Boolean(target) });
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

async function main() {
  const env = await setUp({ mounts: { '/inputs/': inputs } });
  const results = [];
  let chromiumVersion = '';
  try {
    for (const pair of pairs) {
      if (!existsSync(join(inputs, `${pair}.a.txt`))) {
        console.log(`${pair}: no input in ${inputs} (run bench/make_inputs.mjs)`);
        continue;
      }
      const samples = [];
      for (let k = 0; k < runs; ++k) {
        const page = await newPage(env.browser, { reducedMotion: 'reduce' });
        await page.goto(`${env.url}test/big.html`);
        await page.waitForFunction(() => customElements.get('overlap-view'));
        const m = await page.evaluate(drawing, pair);
        m.navigation = await navigation(page);
        if (page.problems.length) throw new Error(`${pair}: ${page.problems.join('; ')}`);
        samples.push(m);
        await page.context().close();
      }
      const all = (f) => samples.flatMap(f);
      const result = {
        pair, runs: samples.length, chars: samples[0].chars, passages: samples[0].passages,
        firstScreen: median(samples.map((m) => m.firstScreen)),
        drawn: median(samples.map((m) => m.drawn)),
        longTasks: all((m) => m.longTasks).length,
        longestTask: Math.max(0, ...all((m) => m.longTasks)),
        longestGap: median(samples.map((m) => m.longestGap)),
        navigationLongTasks: all((m) => m.navigation.longTasks).length,
        navigationLongestGap: median(samples.map((m) => m.navigation.longestGap)),
        samples,
      };
      results.push(result);
      const r = (x) => `${Math.round(x)} ms`;
      console.log(`${pair}: first screen ${r(result.firstScreen)}, fully drawn ${r(result.drawn)} (medians of ${runs}); ` +
                  `long tasks ${result.longTasks} in ${runs} runs (longest ${r(result.longestTask)}), median longest gap ${r(result.longestGap)}; ` +
                  `navigating: long tasks ${result.navigationLongTasks}, median longest gap ${r(result.navigationLongestGap)}`);
    }
    chromiumVersion = env.browser.version();
  } finally {
    await env.close();
  }
  if (out) writeFileSync(out, `${JSON.stringify({ chromium: chromiumVersion, results }, null, 1)}\n`);
  if (!results.length) throw new Error('no pair was measured');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

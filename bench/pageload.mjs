#!/usr/bin/env node
// Page load, as a reader meets it: a fresh page (empty cache) opens an article page holding two
// texts and the tool that compares them, served gzip-compressed from a local server
// (bench/pageload-server.mjs). Measured from navigation start, in Debian's Chromium driven by
// playwright-core: when the two texts are readable, when the first highlighted comparison is on
// screen (bench/pageload-probe.js: the first painted frame showing each), and the bytes sent.
// For <overlap-view> (dist/overlap-view.js, the one-<script>-tag embed), and for the same page
// with jsdiff diffWords or diff-match-patch rendering <ins>/<del> (bench/pageload-peer.js); and,
// for reference, the same page showing its texts with no tool at all: the browser's own floor.
// Unthrottled, and on slow 4G emulated through the DevTools protocol
// (Network.emulateNetworkConditions: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, the
// Lighthouse mobile profile; CPU as is). Each case runs several times, tools interleaved so that
// the machine's noise falls on all of them; medians are reported. Never part of CI's verdicts.
//
//   node bench/pageload.mjs [--pairs seed,edited-100k] [--runs 5] [--inputs DIR] [--out FILE.json]
//                           [--readme]   rewrite the page-load section of bench/README.md
//                           [--smoke]    one run of each case on edited-10k, nothing written
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/browser/helpers.mjs';
import { TOOLS, startPageloadServer } from './pageload-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false }, readme: { type: 'boolean', default: false },
    inputs: { type: 'string' }, pairs: { type: 'string' }, runs: { type: 'string' }, out: { type: 'string' },
  },
});
const { smoke, out } = options;
const inputs = resolve(options.inputs ?? join(root, smoke ? 'build/bench-inputs-smoke' : 'build/bench-inputs'));
const pairs = (options.pairs ?? (smoke ? 'edited-10k' : 'seed,edited-100k')).split(',');
const runs = Number(options.runs ?? (smoke ? 1 : 5));

export const NETWORKS = {
  unthrottled: null,
  'slow 4G': { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
};
const TIMEOUT_MS = 120000;

async function measure(browser, server, network, tool, pair) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (NETWORKS[network]) await cdp.send('Network.emulateNetworkConditions', NETWORKS[network]);
    server.reset();
    await page.goto(`${server.url}page/${tool}/${pair}.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.benchMarks?.highlighted !== undefined, null, { timeout: TIMEOUT_MS, polling: 100 });
    const marks = await page.evaluate(() => ({ ...window.benchMarks }));
    if (problems.length) throw new Error(`${tool} on ${pair}: ${problems.join('; ')}`);
    const sent = server.sent();
    return { ...marks, bytes: sent.reduce((n, r) => n + r.bytes, 0), requests: sent.map((r) => r.path) };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function ensureInputs() {
  const missing = pairs.filter((pair) => !existsSync(join(inputs, `${pair}.a.txt`)));
  if (!missing.length) return;
  const maxSize = pairs.some((p) => p.endsWith('-100k')) ? '100000' : '10000';
  execFileSync(process.execPath, [join(root, 'bench/make_inputs.mjs'), '--max-size', maxSize, '--out', inputs], { stdio: 'inherit' });
  const still = pairs.filter((pair) => !existsSync(join(inputs, `${pair}.a.txt`)));
  if (still.length) throw new Error(`no input for ${still.join(', ')} in ${inputs} (the seed pair needs ../shared/seeds)`);
}

async function main() {
  for (const file of ['dist/overlap-view.js', 'dist/overlap.mjs', 'dist/overlap.wasm']) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run make view first`);
  }
  ensureInputs();
  const server = await startPageloadServer({ inputs });
  const browser = await launchBrowser();
  const samples = {};  // "network|pair|tool" -> [measurement]
  try {
    for (const network of Object.keys(NETWORKS)) {
      for (const pair of pairs) {
        for (let k = 0; k < runs; ++k) {
          for (const tool of Object.keys(TOOLS)) {
            const m = await measure(browser, server, network, tool, pair);
            (samples[`${network}|${pair}|${tool}`] ??= []).push(m);
            console.log(`${network} ${pair} ${tool} run ${k + 1}: readable ${Math.round(m.readable)} ms, ` +
                        `highlighted ${Math.round(m.highlighted)} ms, ${(m.bytes / 1024).toFixed(1)} KB`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const results = Object.entries(samples).map(([key, ms]) => {
    const [network, pair, tool] = key.split('|');
    return {
      network, pair, tool, runs: ms.length,
      readable: median(ms.map((m) => m.readable)), highlighted: median(ms.map((m) => m.highlighted)),
      bytes: median(ms.map((m) => m.bytes)), requests: ms[0].requests, samples: ms,
    };
  });
  const report = { chromium: browser.version(), date: new Date().toISOString(), commit: gitCommit(), runs, results };
  if (out) writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
  const table = markdown(report);
  console.log(`\n${table}`);
  if (options.readme && !smoke) rewriteReadme(table);
}

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'js', 'wasm', 'src', 'CMakeLists.txt'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return '?';
  }
}

/** The results as the Markdown section of bench/README.md. */
export function markdown({ chromium, date, commit, runs: n, results }) {
  const find = (network, pair, tool) => results.find((r) => r.network === network && r.pair === pair && r.tool === tool);
  const ms = (x) => `${Math.round(x)} ms`;
  const ratio = (x, y) => `${(x / y).toFixed(2)}×`;
  const lines = [
    `Chromium ${chromium}, commit ${commit}, ${date.slice(0, 16).replace('T', ' ')} UTC; medians of ${n} fresh pages per case, tools interleaved.`,
    '',
    '| network | pair | tool | texts readable | first highlighted | bytes sent (gzip) | readable ÷ jsdiff | highlighted ÷ jsdiff |',
    '|---|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const network of Object.keys(NETWORKS)) {
    for (const pair of [...new Set(results.map((r) => r.pair))]) {
      const jsdiff = find(network, pair, 'jsdiff');
      for (const tool of Object.keys(TOOLS)) {
        const r = find(network, pair, tool);
        if (!r) continue;
        // The reference page highlights nothing: its one time is the texts painted.
        const highlighted = TOOLS[tool].reference ? null : r.highlighted;
        lines.push(`| ${network} | ${pair} | ${TOOLS[tool].title} | ${ms(r.readable)} | ${highlighted ? ms(highlighted) : '—'} | ` +
                   `${(r.bytes / 1024).toFixed(1)} KB | ${jsdiff ? ratio(r.readable, jsdiff.highlighted) : '—'} | ` +
                   `${jsdiff && highlighted ? ratio(highlighted, jsdiff.highlighted) : '—'} |`);
      }
    }
  }
  return lines.join('\n');
}

function rewriteReadme(table) {
  const file = join(root, 'bench/README.md');
  const text = readFileSync(file, 'utf8');
  const begin = '<!-- pageload:begin -->';
  const end = '<!-- pageload:end -->';
  if (!text.includes(begin) || !text.includes(end)) throw new Error(`bench/README.md lacks the ${begin} … ${end} markers`);
  writeFileSync(file, text.replace(new RegExp(`${begin}[\\s\\S]*${end}`), `${begin}\n${table}\n${end}`));
  console.log('rewrote the page-load section of bench/README.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

#!/usr/bin/env node
// Overlap in WebAssembly (dist/overlap.mjs) against the JavaScript diff libraries users pick,
// on the pairs bench/make_inputs.mjs wrote, in one run. Each (tool, pair) runs in a fresh child
// process: its memory high-water mark is its own, and a peer over the time limit is killed and
// reported as timed out rather than dropped.
//
//   node bench/wasm_bench.mjs [--inputs DIR] [--out FILE.json] [--only a,b] [--max-size BYTES]
//                             [--limit SECONDS] [--smoke]
//
// Per result: median seconds after warm-up runs, peak RSS over the baseline (MB), and
// `moved`: the share of the moved paragraphs' A text that the tool reports as shared (an "="
// region) rather than deleted here and inserted there.
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const inputs = resolve(arg('--inputs', join(root, 'build/bench-inputs')));

const TOOLS = ['overlap.compare', 'overlap.diff', 'jsdiff.diffWords', 'dmp.diff_main+cleanupSemantic',
               'fast-myers-diff.words', 'overlap.compare_sources'];
// A pair of kind "sources" (A against ten sources, B their concatenation) is for `compare` of A
// against the concatenation and `compare` against the sources one by one; the others are pairs.
const runsOn = (tool, pair) => (pair.kind === 'sources'
  ? tool === 'overlap.compare' || tool === 'overlap.compare_sources'
  : tool !== 'overlap.compare_sources');

// ---- what each tool reports as shared: sorted, merged [start, end) ranges of A (UTF-16) ----

function merge(ranges) {
  ranges.sort((x, y) => x[0] - y[0]);
  const out = [];
  for (const r of ranges) {
    if (out.length && r[0] <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function coverage(shared, moved) {
  if (!moved || !moved.length) return null;
  let total = 0, covered = 0, k = 0;
  for (const { a } of moved) {
    const [s, e] = a.chars;
    total += e - s;
    while (k < shared.length && shared[k][1] <= s) ++k;
    for (let j = k; j < shared.length && shared[j][0] < e; ++j)
      covered += Math.min(e, shared[j][1]) - Math.max(s, shared[j][0]);
  }
  return covered / total;
}

async function loadTool(tool) {
  if (tool.startsWith('overlap.')) {
    const started = performance.now();
    const { createOverlap } = await import(pathToFileURL(join(root, 'dist/overlap.mjs')).href);
    const overlap = await createOverlap();
    const init = (performance.now() - started) / 1000;
    const method = tool === 'overlap.diff' ? overlap.diff : overlap.compare;
    return {
      init,
      run: (a, b) => method(a, b),
      shared: (r) => merge(r.passages.flatMap((p) => p.edits.filter((e) => e[0] === '=').map((e) => e[1]))),
    };
  }
  if (tool === 'jsdiff.diffWords') {
    const { diffWords } = require('diff');
    return {
      run: (a, b) => diffWords(a, b),
      shared: (parts) => {
        const out = [];
        let at = 0;
        for (const p of parts) {
          if (p.added) continue;
          if (!p.removed) out.push([at, at + p.value.length]);
          at += p.value.length;
        }
        return merge(out);
      },
    };
  }
  if (tool.startsWith('dmp.')) {
    const DMP = require('diff-match-patch');
    const dmp = new DMP();  // library defaults, as users get them (Diff_Timeout = 1 s)
    return {
      run: (a, b) => {
        const d = dmp.diff_main(a, b);
        dmp.diff_cleanupSemantic(d);
        return d;
      },
      shared: (d) => {
        const out = [];
        let at = 0;
        for (const [op, text] of d) {
          if (op === 1) continue;
          if (op === 0) out.push([at, at + text.length]);
          at += text.length;
        }
        return merge(out);
      },
    };
  }
  if (tool === 'fast-myers-diff.words') {
    const { diff } = require('fast-myers-diff');
    const words = (s) => {
      const list = [], at = [];
      for (const m of s.matchAll(/\S+/g)) list.push(m[0]), at.push([m.index, m.index + m[0].length]);
      return { list, at };
    };
    return {
      run: (a, b) => {
        const wa = words(a), wb = words(b);
        return { wa, changes: [...diff(wa.list, wb.list)] };
      },
      shared: ({ wa, changes }) => {
        const out = [];
        let next = 0;
        const keep = (from, to) => { for (let i = from; i < to; ++i) out.push(wa.at[i]); };
        for (const [sx, ex] of changes) keep(next, sx), (next = ex);
        keep(next, wa.list.length);
        return merge(out);
      },
    };
  }
  throw new Error(`unknown tool ${tool}`);
}

// ---- child: one tool on one pair --------------------------------------------------------

const WARM_UP_RUNS = 5;

async function child(tool, name, runs, budget) {
  const a = readFileSync(join(inputs, `${name}.a.txt`), 'utf8');
  const manifest = JSON.parse(readFileSync(join(inputs, 'manifest.json'), 'utf8'));
  const pair = manifest.pairs.find((p) => p.name === name) ?? {};
  const b = tool === 'overlap.compare_sources'
    ? Array.from({ length: pair.sources }, (_, k) => readFileSync(join(inputs, `${name}.b${k + 1}.txt`), 'utf8'))
    : readFileSync(join(inputs, `${name}.b.txt`), 'utf8');
  const t = await loadTool(tool);
  const baseline = process.memoryUsage().rss;
  const times = [], cpu = [];
  let result;
  // Warm-up: V8 compiles hot wasm and JavaScript functions with its optimising tier in the
  // background, so the first runs are slower; up to WARM_UP_RUNS of them (within a second, at
  // least one) are not timed. Then up to `runs` timed ones within the time budget (at least one).
  const warmUpStart = performance.now();
  for (let i = 0; i < (runs === 0 ? 0 : WARM_UP_RUNS); ++i) {
    result = t.run(a, b);
    process.send({ progress: true });
    if (performance.now() - warmUpStart > 1000) break;
  }
  const started = performance.now();
  for (let i = 0; i < Math.max(runs, 1); ++i) {
    const t0 = performance.now(), c0 = process.cpuUsage();
    result = t.run(a, b);
    const seconds = (performance.now() - t0) / 1000, c1 = process.cpuUsage(c0);
    process.send({ progress: true });
    times.push(seconds), cpu.push((c1.user + c1.system) / 1e6);
    if ((performance.now() - started) / 1000 > budget) break;
  }
  times.sort((x, y) => x - y);
  cpu.sort((x, y) => x - y);
  const peak = process.resourceUsage().maxRSS * 1024;
  process.send({
    median: times[Math.floor(times.length / 2)], cpuMedian: cpu[Math.floor(cpu.length / 2)], runs: times.length, init: t.init,
    memMB: (peak - baseline) / 2 ** 20, moved: coverage(t.shared(result), pair.moved),
  });
}

function runChild(tool, name, runs, budget, limit) {
  return new Promise((done) => {
    const proc = fork(fileURLToPath(import.meta.url), ['--child', tool, name, String(runs), String(budget),
                                                        '--inputs', inputs],
                      { execArgv: ['--max-old-space-size=8192'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let last = null, timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { proc.kill('SIGKILL'); last = { timedOut: true, limit }; }, limit * 1000);
    };
    arm();
    proc.on('message', (m) => (m.progress ? arm() : (last = m)));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      done(last ?? { error: `exit ${code}` });
    });
  });
}

async function main() {
  const smoke = args.includes('--smoke');
  const limit = Number(arg('--limit', 20));
  const maxSize = Number(arg('--max-size', Infinity));
  const only = arg('--only', smoke ? 'seed,edited-10k' : '').split(',').filter(Boolean);
  const manifest = JSON.parse(readFileSync(join(inputs, 'manifest.json'), 'utf8'));
  const pairs = manifest.pairs.filter((p) => (!only.length || only.includes(p.name)) &&
                                              Math.max(p.bytesA, p.bytesB) <= maxSize &&
                                              existsSync(join(inputs, `${p.name}.a.txt`)));
  const results = [];
  for (const p of pairs) {
    for (const tool of TOOLS.filter((t) => runsOn(t, p))) {
      const size = p.bytesA + p.bytesB;
      const runs = smoke ? 0 : size > 4e6 ? 2 : size < 5e5 ? 21 : 7;
      const r = await runChild(tool, p.name, runs, smoke ? 0 : 5, limit);
      results.push({ pair: p.name, bytes: p.bytesA + p.bytesB, tool, ...r });
      const shown = r.timedOut ? `timed out (> ${limit} s)` : r.error ?? `${(r.median * 1000).toFixed(2)} ms`;
      console.log(`${p.name.padEnd(12)} ${tool.padEnd(30)} ${shown.padStart(18)}` +
                  (r.memMB !== undefined ? `  +${r.memMB.toFixed(1)} MB` : '') +
                  (r.moved !== undefined && r.moved !== null ? `  moved shared ${(100 * r.moved).toFixed(1)}%` : '') +
                  (r.init !== undefined ? `  init ${(r.init * 1000).toFixed(1)} ms` : ''));
    }
  }
  const out = arg('--out', null);
  if (out) writeFileSync(out, JSON.stringify({ node: process.version, limit, results }, null, 1));
}

if (args[0] === '--child') child(args[1], args[2], Number(args[3]), Number(args[4]));
else main();

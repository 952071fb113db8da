#!/usr/bin/env node
// Writes the results table of bench/README.md (between its markers) from the JSON files that
// bench/run.sh collected: native.json (Google Benchmark), wasm.json (wasm_bench.mjs),
// widget.json (widget_bench.mjs) and machine.json, plus pan.txt / pan.time when the PAN corpus run took place.
//   node bench/report.mjs RESULTS_DIR
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(process.argv[2] ?? join(here, '../build/bench-results'));
const read = (name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : null);
const machine = JSON.parse(read('machine.json') ?? '{}');
const native = JSON.parse(read('native.json') ?? '{"benchmarks": []}').benchmarks;
const wasm = JSON.parse(read('wasm.json') ?? '{"results": []}');
const widget = JSON.parse(read('widget.json') ?? '{"results": []}');

const ms = (s) => (s === undefined || s === null ? '—' : s >= 1 ? `${s.toFixed(2)} s` : `${(s * 1000).toPrecision(3)} ms`);
const pct = (x) => (x === undefined || x === null ? '—' : `${(100 * x).toFixed(0)}%`);

// ---- native: seconds per benchmark name "stage/pair" ----
const nat = new Map();
for (const b of native) {
  const [stage, pair] = b.name.split('/');
  const toSeconds = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 }[b.time_unit];
  nat.set(`${stage}/${pair}`, { ...b, s: b.cpu_time * toSeconds, wall: b.real_time * toSeconds });
}
const pairs = [...new Set(native.map((b) => b.name.split('/')[1]))];
const stages = ['segment', 'sentences', 'segment_fold', 'intern', 'analyse', 'seeding', 'exact_runs',
                'similar_sentences', 'cluster', 'band', 'carve', 'candidates_select', 'summaries',
                'edit_scripts', 'compare', 'diff'];

const lines = [];
lines.push(`Machine: ${machine.cpu ?? '?'}, ${machine.nproc ?? '?'} cores; ${machine.compiler ?? ''}; ICU ${machine.icu ?? '?'};` +
           ` Node ${machine.node ?? '?'}; Emscripten ${machine.emscripten ?? '?'}; Google Benchmark ${machine.benchmark ?? '?'}.` +
           ` Commit ${machine.commit ?? '?'}, run ${machine.date ?? ''}.`, '');

lines.push('### Native: stages and whole pipeline (CPU time per run, both texts)', '');
lines.push('CPU time, because the wall time of a single-threaded run on this shared machine also counts other ' +
           'jobs\' time slices; the wall time of `compare` is in its own column.' +
           (machine.load ? ` Load average when the run began: ${machine.load}.` : ''), '');
lines.push(`| pair | ${stages.join(' | ')} | compare (wall) | compare ÷ segment | peak RSS (compare) |`);
lines.push(`|---|${stages.map(() => '---:').join('|')}|---:|---:|---:|`);
for (const p of pairs) {
  const c = nat.get(`compare/${p}`), seg = nat.get(`segment/${p}`);
  const peak = c?.peak_MB ? `${c.peak_MB.toFixed(0)} MB = ${c.peak_B_per_B.toFixed(1)} B per input byte (${c.extra_B_per_B.toFixed(1)} beyond the loaded inputs)` : '—';
  lines.push(`| ${p} | ${stages.map((s) => ms(nat.get(`${s}/${p}`)?.s)).join(' | ')} | ${ms(c?.wall)} | ` +
             `${c && seg ? (c.s / seg.s).toFixed(1) + '×' : '—'} | ${peak} |`);
}
lines.push('');
for (const p of pairs) {
  const several = nat.get(`compare_sources/${p}`), together = nat.get(`compare/${p}`);
  if (!several || !together) continue;
  lines.push(`A against its ${p} sources one by one (\`compare_sources\`): ${ms(several.s)} CPU, ` +
             `${(several.s / together.s).toFixed(2)}× \`compare\` of A against their concatenation (${ms(together.s)}; target ≤ 2×).`, '');
}

// ---- wasm against peers ----
const tools = [...new Set(wasm.results.map((r) => r.tool))];
const wpairs = [...new Set(wasm.results.map((r) => r.pair))];
const get = (pair, tool) => wasm.results.find((r) => r.pair === pair && r.tool === tool);
const cell = (r) => (!r ? '—' : r.timedOut ? `timed out (> ${r.limit} s)` : r.error ? r.error : ms(r.median));
lines.push(`### WebAssembly (Node) against peers: median after warm-up · peak RSS growth · moved text reported as shared`, '');
lines.push(`| pair | ${tools.join(' | ')} |`);
lines.push(`|---|${tools.map(() => '---:').join('|')}|`);
for (const p of wpairs) {
  lines.push(`| ${p} | ${tools.map((t) => {
    const r = get(p, t);
    if (!r || r.timedOut || r.error) return cell(r);
    return `${cell(r)}${r.cpuMedian !== undefined ? ` (cpu ${ms(r.cpuMedian)})` : ''} · ${r.memMB.toFixed(0)} MB · ${pct(r.moved)}`;
  }).join(' | ')} |`);
}
lines.push('');
for (const p of wpairs) {
  const several = get(p, 'overlap.compare_sources'), together = get(p, 'overlap.compare');
  if (!several?.median || !together?.median) continue;
  lines.push(`WebAssembly, A against its ${p} sources one by one: ${ms(several.median)}, ` +
             `${(several.median / together.median).toFixed(2)}× \`compare\` against their concatenation (${ms(together.median)}; target ≤ 2×).`, '');
}
const peers = tools.filter((t) => !t.startsWith('overlap.'));
lines.push('Speed-up of `overlap.compare` (wasm) over each peer (peer time ÷ Overlap time; "≥" when the peer timed out):', '');
lines.push(`| pair | ${peers.join(' | ')} |`);
lines.push(`|---|${peers.map(() => '---:').join('|')}|`);
for (const p of wpairs) {
  const o = get(p, 'overlap.compare');
  if (!o?.median) continue;
  lines.push(`| ${p} | ${peers.map((t) => {
    const r = get(p, t);
    if (!r) return '—';
    if (r.timedOut) return `≥ ${(r.limit / o.median).toFixed(0)}×`;
    return r.median ? `${(r.median / o.median).toFixed(1)}×` : '—';
  }).join(' | ')} |`);
}
const init = wasm.results.filter((r) => r.tool === 'overlap.compare' && r.init).map((r) => r.init).sort((x, y) => x - y);
if (init.length) lines.push('', `Overlap start-up (\`createOverlap()\`, fresh process, median): ${ms(init[Math.floor(init.length / 2)])}.`);

// ---- the widget in Chromium ----
if (widget.results.length) {
  const r0 = (x) => `${Math.round(x)} ms`;
  lines.push('', `### The widget in Chromium ${widget.chromium ?? ''}: from \`compare()\` to the full drawing, fresh page each run`, '');
  lines.push('Medians over the runs; long tasks (over 50 ms, as the browser reports them) counted over all runs. ' +
             'Includes loading the engine (module, wasm compilation, worker start) in each fresh page.', '');
  lines.push('| pair | runs | first screen | fully drawn | long tasks while drawing (longest) | longest main-thread gap | long tasks while scrolling and clicking | longest gap then |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of widget.results) {
    lines.push(`| ${r.pair} | ${r.runs} | ${r0(r.firstScreen)} | ${r0(r.drawn)} | ${r.longTasks}${r.longTasks ? ` (${r0(r.longestTask)})` : ''} | ` +
               `${r0(r.longestGap)} | ${r.navigationLongTasks} | ${r0(r.navigationLongestGap)} |`);
  }
}

// ---- PAN corpus through the CLI ----
const pan = read('pan.time');
if (pan) {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)/.exec(pan)?.[1];
  const own = (read('pan.txt') ?? '').split('\n').find((l) => l.startsWith('wall time'));
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(pan)?.[1];
  const overall = (read('pan.txt') ?? '').split('\n').find((l) => /^overall/i.test(l))?.trim().split(/\s+/).at(-1);
  lines.push('', `PAN 2013 training corpus (5,185 pairs, \`overlap pan --jobs 1\`, one core, including I/O): ` +
             `${wall ?? '?'} wall by /usr/bin/time (CLI: "${own ?? '?'}"), peak RSS ${rss ? (rss / 1024).toFixed(0) + ' MB' : '?'}${overall ? `; overall plagdet ${overall}` : ''}.`);
}

const readme = join(here, 'README.md');
const text = readFileSync(readme, 'utf8');
const begin = '<!-- results:begin -->', end = '<!-- results:end -->';
const i = text.indexOf(begin), j = text.indexOf(end);
if (i < 0 || j < 0) throw new Error('bench/README.md lacks the results markers');
writeFileSync(readme, text.slice(0, i + begin.length) + '\n' + lines.join('\n') + '\n' + text.slice(j));
console.log(`results table written to ${readme}`);

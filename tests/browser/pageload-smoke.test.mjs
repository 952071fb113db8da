// The page-load benchmark (bench/pageload.mjs), once on the smallest pair, so that it cannot
// rot: every tool's page loads, unthrottled and on emulated slow 4G, and every figure is
// reported. Its timings are never judged here.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { repo, resultsDir } from './helpers.mjs';

const run = promisify(execFile);

test('the page-load benchmark loads every page on both networks and reports every figure', async () => {
  const inputs = join(resultsDir, 'pageload-smoke-inputs');
  const out = join(resultsDir, 'pageload-smoke.json');
  await run(process.execPath, ['bench/make_inputs.mjs', '--max-size', '10000', '--out', inputs], { cwd: repo });
  const { stdout } = await run(process.execPath, ['bench/pageload.mjs', '--smoke', '--inputs', inputs, '--out', out], { cwd: repo, timeout: 300000 });
  const { results } = JSON.parse(await readFile(out, 'utf8'));
  const cases = results.map((r) => `${r.network} ${r.tool}`).sort();
  const tools = ['dmp', 'jsdiff', 'overlap', 'overlap-hint', 'plain'];
  assert.deepEqual(cases, ['slow 4G', 'unthrottled'].flatMap((network) => tools.map((tool) => `${network} ${tool}`)));
  for (const r of results) {
    assert.equal(r.pair, 'edited-10k');
    assert.ok(Number.isFinite(r.readable) && Number.isFinite(r.highlighted), `${r.network} ${r.tool}: both times`);
    assert.ok(r.readable <= r.highlighted, `${r.network} ${r.tool}: readable no later than highlighted`);
    assert.ok(r.requests.some((path) => path.startsWith('/page/')), 'the page itself is counted');
  }
  // The widget's page downloads its engine, wasm included; the peers' pages do not.
  for (const overlap of results.filter((r) => r.tool.startsWith('overlap'))) {
    // Once, with the preload hint too: the widget's own request takes the preloaded response.
    assert.equal(overlap.requests.filter((path) => path === '/dist/overlap.wasm').length, 1, overlap.requests.join(' '));
    assert.ok(overlap.bytes > results.find((r) => r.tool === 'jsdiff').bytes);
  }
  // The reference page is the texts alone: the page and the probe, nothing else.
  for (const plain of results.filter((r) => r.tool === 'plain')) {
    assert.deepEqual(plain.requests.map((path) => path.replace(/^\/page\/.*/, '/page/')).sort(), ['/bench/pageload-probe.js', '/page/']);
    assert.equal(plain.readable, plain.highlighted);
  }
  // Its row in the table has the texts' time and no highlighted time.
  assert.match(stdout, /^\| unthrottled \| edited-10k \| the texts alone, no tool \| \d+ ms \| — \| [\d.]+ KB \| [\d.]+× \| — \|$/m);
});

// The widget benchmark (bench/widget_bench.mjs), once on the smallest pair, so that it cannot
// rot: it must draw the pair and report its figures. Its timings are never judged here.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { repo, resultsDir } from './helpers.mjs';

const run = promisify(execFile);

test('the widget benchmark runs and reports every figure', async () => {
  const inputs = join(resultsDir, 'bench-smoke-inputs');
  const out = join(resultsDir, 'widget-bench-smoke.json');
  await run(process.execPath, ['bench/make_inputs.mjs', '--max-size', '10000', '--out', inputs], { cwd: repo });
  await run(process.execPath, ['bench/widget_bench.mjs', '--smoke', '--inputs', inputs, '--out', out], { cwd: repo, timeout: 120000 });
  const { results } = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(results.length, 1);
  const [r] = results;
  assert.equal(r.pair, 'edited-10k');
  assert.ok(r.passages > 0, 'the pair was compared and drawn');
  for (const key of ['firstScreen', 'drawn', 'longestGap', 'navigationLongestGap']) assert.ok(Number.isFinite(r[key]), key);
  assert.ok(r.firstScreen <= r.drawn);
  assert.equal(r.samples[0].navigation.clicked, true, 'a passage was clicked in the middle of A');
});

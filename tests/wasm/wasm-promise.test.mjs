// The `wasm` option as a promise (what <overlap-view> passes while its early download runs):
// the direct API and the worker wait for it; the worker is started before it settles; a promise
// of a URL loads that URL, with the loader's own error when it cannot.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';

import { api, distDir } from './support.mjs';

const bytes = readFileSync(path.join(distDir, 'overlap.wasm'));
const a = 'The harbour festival will return to the old quay this summer for the first time in three years.';
const b = 'For the first time in three years, the harbour festival will return to the old quay this summer.';

test('createOverlap() takes a promise of the bytes', async () => {
  const overlap = await api.createOverlap({ wasm: Promise.resolve(bytes) });
  const reference = await api.createOverlap({ wasm: bytes });
  assert.deepEqual(overlap.compare(a, b, { minWords: 3 }), reference.compare(a, b, { minWords: 3 }));
});

test('createOverlapWorker() starts its worker while the module is still on its way', async () => {
  let deliver;
  const pending = new Promise((resolve) => { deliver = resolve; });
  // A worker_threads Worker gets its listeners as soon as it is constructed.
  const on = Worker.prototype.on;
  const spawned = new Promise((resolve) => {
    Worker.prototype.on = function (...args) {
      resolve(true);
      return on.apply(this, args);
    };
  });
  const making = api.createOverlapWorker({ wasm: pending });
  try {
    const early = await Promise.race([spawned, new Promise((resolve) => setTimeout(resolve, 10000, false))]);
    assert.equal(early, true, 'the worker was started before the module arrived');
  } finally {
    Worker.prototype.on = on;
    deliver(WebAssembly.compile(bytes));
  }
  const worker = await making;
  try {
    assert.equal((await worker.compare(a, b, { minWords: 3 })).passages.length, 1);
  } finally {
    worker.terminate();
  }
});

test('a promise of a URL loads it; a bad one fails as load_failed', async () => {
  const overlap = await api.createOverlap({ wasm: Promise.resolve(path.join(distDir, 'overlap.wasm')) });
  assert.equal(overlap.compare(a, b, { minWords: 3 }).passages.length, 1);
  await assert.rejects(api.createOverlap({ wasm: Promise.resolve(path.join(distDir, 'missing.wasm')) }), { code: 'load_failed' });
});

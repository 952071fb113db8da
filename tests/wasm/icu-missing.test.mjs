// A module whose ICU data is genuinely missing: the test-only build linked with ICU's empty stub
// package instead of the slim one (wasm/CMakeLists.txt, overlap_wasm_without_icu_data). Through
// the public JS API, directly and in a worker, compare, diff, segment and fold fail with an
// 'internal' OverlapError naming the missing item, instead of one token, one sentence and no
// folding as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { api, exists } from './support.mjs';

// The package as shipped, given that module in place of its own (the `wasm` option).
const wasm = process.env.OVERLAP_WASM_WITHOUT_ICU_DATA;
const skip = !(wasm && exists(wasm)) && 'the module without ICU data is built by the wasm preset (OVERLAP_WASM_WITHOUT_ICU_DATA)';

const text = 'The ferry to Marrow Island was pulled from service on Sunday evening.';
// The first item the module cannot open: ICU names its status, e.g. U_MISSING_RESOURCE_ERROR.
const missing = /^ICU word break rules unavailable: U_[A-Z_]+_ERROR$/;

function isMissingData(error) {
  assert.ok(error instanceof api.OverlapError, `not an OverlapError: ${error}`);
  assert.equal(error.code, 'internal');
  assert.match(error.message, missing);
  assert.equal(error.input, undefined);
  assert.equal(error.option, undefined);
  return true;
}

test('without ICU data every method reports the missing item', { skip }, async () => {
  const overlap = await api.createOverlap({ wasm });
  assert.throws(() => overlap.compare(text, text), isMissingData);
  assert.throws(() => overlap.diff(text, text), isMissingData);
  assert.throws(() => overlap.segment(text), isMissingData);
  assert.throws(() => overlap.fold(text), isMissingData);
  // An error value, not a trap: the instance still answers, with the same error.
  assert.throws(() => overlap.compare('a', 'b'), isMissingData);
  // The input checks still come first and still name their subject.
  assert.throws(() => overlap.compare(text, text, { minWords: 0 }), { code: 'invalid_options', option: 'minWords' });
});

test('without ICU data the worker reports the missing item too', { skip }, async () => {
  const worker = await api.createOverlapWorker({ wasm });
  try {
    await assert.rejects(worker.compare(text, text), isMissingData);
    await assert.rejects(worker.segment(text), isMissingData);
  } finally {
    worker.terminate();
  }
});

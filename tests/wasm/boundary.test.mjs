// The module's boundary (js/api/overlap-api-module.mjs over wasm/exports.cpp): texts copied in,
// records copied out, and a trap surfacing as a WebAssembly.RuntimeError, the one error the
// engine takes to mean that the instance must never be called again.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { distDir } from './support.mjs';

const internal = (file) => import(pathToFileURL(path.join(distDir, file)).href);
const { instantiate } = await internal('overlap-api-module.mjs');
const { compileWasm } = await internal('overlap-api-load.mjs');

const wasm = await compileWasm(path.join(distDir, 'overlap.wasm'));
const encode = (text) => new TextEncoder().encode(text);

test('results are copies: a later call that grows the memory leaves them intact', async () => {
  const module = await instantiate(wasm);
  const tokens = module.call('segment', [encode('one two')]);
  assert.deepEqual([...tokens.spans], [0, 3, 3, 4, 4, 7]);
  const big = encode('word '.repeat(1 << 20));  // 5 MB: the heap (16 MB) has to grow for it
  assert.equal(module.call('segment', [big]).kinds.length, 2 << 20);
  assert.deepEqual([...tokens.spans], [0, 3, 3, 4, 4, 7]);
  assert.deepEqual([...tokens.kinds], [2, 0, 2]);
});

test('a null result, an error record and a nested record come back as such', async () => {
  const module = await instantiate(wasm);
  assert.equal(module.call('input_too_large', [encode('A'), 10]), null);
  assert.deepEqual(module.call('input_too_large', [encode('A'), 20 * 2 ** 20]),
    { error: 'input_too_large', message: 'input A is 20 MB; the limit is 16 MB', subject: 'A' });
  const info = module.call('info', []);
  assert.equal(typeof info.layout.passage.stride, 'number');
  assert.equal(info.defaults.allowRepeats, false);
  assert.deepEqual(info.editKinds, ['=', '-', '+']);
});

test('a trap inside an export is thrown as a WebAssembly.RuntimeError', async () => {
  const module = await instantiate(wasm);
  // An address past the end of memory where a text's bytes belong: the export's first read traps.
  assert.throws(() => module.call('segment', [0xfffffff0, 64]), WebAssembly.RuntimeError);
});

test('the module checks the options itself, whatever numbers arrive', async () => {
  const module = await instantiate(wasm);
  const [a, b] = [encode('one two three'), encode('one two three')];
  // minWords, gapWords, minSimilarity, allowRepeats, showTypography: unchecked by JS here.
  assert.deepEqual(module.call('compare', [a, b, 0, 50, 0.4, 0, 0]),
    { error: 'invalid_options', message: 'min_words must be between 1 and 10000, not 0', subject: 'min_words' });
  assert.equal(module.call('diff', [a, b, 20, 50, NaN, 0, 0]).subject, 'min_similarity');
  assert.equal(module.call('compare', [a, b, 20, 50, 0.4, 1, 0]).passages.length, 0);
});
